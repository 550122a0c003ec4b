"""Trainer commands: ``graph``, ``test`` (run in ``golden_tests``), ``new`` and ``dev``."""

from __future__ import annotations

import argparse
import json
import os
import re
import shlex
import sys
import tempfile
from pathlib import Path

from roleplay.engine.golden import SUFFIX
from roleplay.engine.graph import to_dot, to_html, to_mermaid
from roleplay.errors import Location, RoleplayError
from roleplay.report.console import Printer
from roleplay.scenario.library import library_dir, resolve
from roleplay.scenario.template import starter_scenario, starter_tests
from roleplay.scoring import default_scorer

from .common import OUTPUT_HELP, STDOUT, load_scenario, output_path, seed_value
from .golden_tests import run_test

FILE_EXISTS = "RP906"
BAD_NEW_ID = "RP907"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    g = sub.add_parser(
        "graph",
        help="draw a scenario's state machine (Mermaid, DOT or HTML)",
        description="Print the state machine with conditions and effects on the "
        "edges and endings marked. Paste Mermaid into any Mermaid renderer, or "
        "pipe DOT into `dot -Tsvg`.",
    )
    g.add_argument("scenario", help="shipped scenario id or path to a .yaml file")
    g.add_argument(
        "--format",
        choices=["mermaid", "dot", "html"],
        default="mermaid",
        help="mermaid (the default: paste it into a Mermaid viewer), dot (Graphviz: pipe it "
        "into `dot -Tsvg`) or html (a page with the diagram and a table of every transition)",
    )
    g.add_argument("-o", "--output", metavar="FILE", help=OUTPUT_HELP)
    g.add_argument(
        "--open",
        action="store_true",
        help="write an HTML page (to --output or a temporary file) and open it",
    )
    g.set_defaults(func=run_graph)

    t = sub.add_parser(
        "test",
        help="run golden transcripts (<id>.tests.yaml)",
        description="Run each scenario's golden cases: replies in, expected path, "
        "ending and score bands out. Exit 0 all pass (or no tests to run, with a "
        "note), 1 a case fails, 2 a file cannot be loaded.",
    )
    t.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="scenario files, .tests.yaml files or folders (`.` for this folder)",
    )
    t.add_argument("--json", action="store_true", help="results as one JSON document")
    t.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="show every reply's scores, transition, intents heard and meters",
    )
    t.add_argument("-k", metavar="TEXT", help="only cases whose name contains TEXT")
    t.set_defaults(func=run_test, trailing="paths")

    n = sub.add_parser(
        "new",
        help="write a commented starter scenario and its tests",
        description="Write ID.yaml and ID.tests.yaml; both validate and pass.",
    )
    n.add_argument("id", help="scenario id: lower-case letters, digits and _")
    n.add_argument("--dir", default=".", help="folder to write into (default: here)")
    n.add_argument("--force", action="store_true", help="overwrite existing files")
    n.set_defaults(func=run_new)

    d = sub.add_parser(
        "dev",
        help="play a scenario and reload it whenever the file changes",
        description="Plain-mode play that reloads the file on save, shows lint "
        "problems in place and replays your replies on the new version.",
    )
    d.add_argument("scenario", help="shipped scenario id or path to a .yaml file")
    d.add_argument(
        "--seed",
        type=seed_value,
        default=1,
        help="picks the counterpart's line variants (default 1); the same seed, the same lines",
    )
    d.add_argument("--json", action="store_true", help="one JSON object per event")
    d.set_defaults(func=run_dev_command)


# -- graph ---------------------------------------------------------------------------------
def run_graph(args: argparse.Namespace) -> int:
    if args.open and args.output == STDOUT:
        raise RoleplayError(
            "RP009",
            "--open writes a page to a file and opens it; it cannot go to standard output (-o -)",
            hint="drop -o - to open a temporary page, or name a file with -o",
        )
    loaded = load_scenario(args.scenario)
    scenario = loaded.scenario
    fmt = "html" if args.open else args.format
    text = {"mermaid": to_mermaid, "dot": to_dot, "html": to_html}[fmt](scenario)
    target = output_path(args.output)
    if args.open and target is None:
        fd, name = tempfile.mkstemp(prefix=f"roleplay-{scenario.id}-", suffix=".html")
        os.close(fd)
        target = Path(name)
    if target is None:
        sys.stdout.write(text)
        return 0
    _write_graph(text, target, loaded.path)
    Printer.for_stream(sys.stderr).line(f"wrote {target}")
    if args.open:
        import webbrowser

        if not webbrowser.open(target.resolve().as_uri()):  # a server or a container
            Printer.for_stream(sys.stderr).line(
                f"no browser could be started here: open {target} in one", "yellow"
            )
    return 0


def _write_graph(text: str, target: Path, scenario: Path | None) -> None:
    """Write the graph all at once or not at all (as exports are), never over the database
    (RP724), the scenario it draws or any other YAML file (RP002); a pipe or device is written
    into, never waited on."""
    from roleplay.paths import database_path
    from roleplay.report.export_file import refuse_database, same_file, write_atomically

    refuse_database(target, database_path(), "the graph")
    if scenario is not None and same_file(target, scenario):
        raise RoleplayError(
            "RP002",
            f"refusing to write the graph over the scenario it draws: {target}",
            hint="choose another file with -o",
        )
    if target.suffix.lower() in (".yaml", ".yml") and target.is_file():
        # a graph is never YAML: this is another scenario or the golden tests (`-o x.tests.yaml`
        # from a completed name), which would be lost
        raise RoleplayError(
            "RP002",
            f"refusing to write the graph over a YAML file (a scenario or its tests): {target}",
            hint="name a .mmd, .dot or .html file with -o",
        )
    try:
        write_atomically(text, target)
    except RoleplayError as exc:  # RP725 for an export; a trainer command's write is RP002
        raise RoleplayError("RP002", str(exc), hint=exc.diagnostic.hint) from None


# -- new -----------------------------------------------------------------------------------
def _schema_reference(folder: Path) -> str:
    """The starter's ``$schema``: the checkout's schema by a relative path when the scenario is
    written inside that checkout (``../schema/scenario.schema.json``); anywhere else (an
    installed roleplay, or a folder outside the checkout, which a path climbing to ``/`` and
    back into the checkout would tie to both staying where they are) a copy of the schema
    written beside the scenario, kept if one is already there."""
    published = library_dir().parent / "schema" / "scenario.schema.json"
    checkout = published.parent.parent.resolve()
    if published.is_file() and folder.resolve().is_relative_to(checkout):
        return Path(os.path.relpath(published.resolve(), folder.resolve())).as_posix()
    from roleplay.scenario.json_schema import schema_document

    local = folder / "scenario.schema.json"
    if not local.exists():
        local.write_text(json.dumps(schema_document(), indent=2) + "\n", encoding="utf-8")
    return "scenario.schema.json"


def _id_hint(given: str) -> str:
    """RP907's hint: the id a newcomer most likely meant. A file name (`van_hire.yaml`), a path
    (`scenarios/van_hire`, where `--dir` names the folder) or a title's spelling (`Van-Hire`) is
    turned into the id it stands for, when that is a valid one."""
    rule = "an id is lower-case letters, digits and _, starting with a letter"
    folder, _, name = given.replace("\\", "/").rpartition("/")
    for suffix in (SUFFIX, ".yaml", ".yml"):
        name = name.removesuffix(suffix)
    guess = re.sub(r"_+", "_", re.sub(r"[^a-z0-9_]", "_", name.strip().lower())).strip("_")
    try:
        starter_tests(guess)
    except ValueError:
        return "use lower-case letters, digits and _, starting with a letter"
    if folder:
        return f"`roleplay new {guess} --dir {folder}`: the id names the file, --dir the folder"
    return f"did you mean '{guess}'? {rule}, and the file is called after it"


def run_new(args: argparse.Namespace) -> int:
    folder = Path(args.dir)
    try:
        starter_tests(args.id)
    except ValueError:
        raise RoleplayError(
            BAD_NEW_ID,
            f"'{args.id}' is not a valid scenario id",
            hint=_id_hint(args.id),
            location=Location(args.id),
        ) from None
    scenario_path = folder / f"{args.id}.yaml"
    tests_path = folder / f"{args.id}{SUFFIX}"
    for p in (scenario_path, tests_path):
        if p.exists() and not args.force:
            raise RoleplayError(
                FILE_EXISTS,
                "file exists; not overwriting",
                hint="pick another id or pass --force",
                location=Location(str(p)),
            )
    created = not folder.exists()
    schema_copy = folder / "scenario.schema.json"
    had_schema = schema_copy.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        schema_ref = _schema_reference(folder)
        # the header's commands name the file as the trainer reaches it from here
        shown = shlex.quote(str(scenario_path))
        scenario = starter_scenario(args.id, schema_ref, shown)
        scenario_path.write_text(scenario, encoding="utf-8")
        tests_path.write_text(starter_tests(args.id, shown), encoding="utf-8")
    except OSError as exc:  # --dir names a file, a device, a folder that cannot be written
        why = "it is not a folder" if folder.exists() and not folder.is_dir() else exc.strerror
        raise RoleplayError(
            "RP002",
            f"cannot write the starter files: {why or exc}",
            hint="give --dir a folder you can write to",
            location=Location(str(folder)),
        ) from None
    out = Printer.for_stream(sys.stdout)
    if created:
        out.line(f"created the folder {folder}")
    out.line(f"wrote {scenario_path} and {tests_path}")
    if schema_ref == schema_copy.name and not had_schema:
        out.line(f"wrote {schema_copy} (the scenario format, for editors that complete YAML)")
    out.line(f"next: roleplay validate {scenario_path} && roleplay test {scenario_path}", "dim")
    return 0


# -- dev -----------------------------------------------------------------------------------
def run_dev_command(args: argparse.Namespace) -> int:
    return run_watch(args.scenario, args.seed, json_mode=args.json)


def run_watch(scenario: str, seed: int, *, json_mode: bool = False) -> int:
    """Plain-mode play that reloads on save (`roleplay dev`, `roleplay play --watch`)."""
    from .common import reconfigure_stdin
    from .dev_session import run_dev

    path = resolve(scenario)
    if not path.exists() and not path.is_symlink():
        # Nothing there at all (a mistyped path): say so now, with the file it probably means,
        # rather than wait for a save that will never come. A file that exists but does not
        # load is watched: the trainer fixes it and saves.
        load_scenario(str(path))
    reconfigure_stdin()
    return run_dev(path, default_scorer(), seed, json_mode=json_mode)
