"""Where shipped scenarios live and how a name on the command line becomes a file."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from roleplay.errors import Diagnostic, Location, RoleplayError

from .codes import FILE_NOT_FOUND, FILE_UNREADABLE, LINK_OUT_OF_FOLDER
from .lint_rules import FILE_NAME_MISMATCH
from .readable_file import MAX_BYTES, not_regular

_PACKAGED = Path(__file__).resolve().parent.parent / "scenarios_data"
_CHECKOUT = Path(__file__).resolve().parents[3] / "scenarios"


def library_dir() -> Path:
    """The shipped scenario folder: ROLEPLAY_SCENARIOS, the checkout's scenarios/, or the wheel's."""
    override = os.environ.get("ROLEPLAY_SCENARIOS")
    if override:
        return Path(override)
    if _CHECKOUT.is_dir():
        return _CHECKOUT
    return _PACKAGED


def scenario_files(folder: Path | None = None) -> list[Path]:
    """Scenario files in a folder, sorted, leaving out golden-test files (*.tests.yaml), files
    of shared intents (what scenarios ``include:``) and anything that is not a regular file.
    A link out of the folder (whatever it leads to: a file, a device, nothing) and a link to
    nothing stay in the list, unread: whoever reads the list refuses them with
    ``link_out_of_folder`` (RP011) or ``dangling_link`` (RP001), so they are said rather than
    skipped in silence."""
    root = folder or library_dir()
    if not root.is_dir():
        return []
    return sorted(p for p in root.glob("*.yaml") if _listed(p))


def _listed(path: Path) -> bool:
    if path.name.endswith(".tests.yaml"):
        return False
    if link_out_of_folder(path) is not None or dangling_link(path) is not None:
        return True  # listed, never opened here: the reader says why it is not played
    return path.is_file() and not shared_intents_file(path)


# A key at the top level of a YAML file: at column 0, plain or quoted, then a colon.
_TOP_KEY = re.compile(
    r"""^(?:"([^"]*)"|'([^']*)'|([^\s#'"{}\[\]&*!|>%@`,?:-][^:#]*?))\s*:(?:\s|$)"""
)


def shared_intents_file(path: Path) -> bool:
    """Whether ``path`` is a file of shared intents: its only top-level key is ``intents``
    (docs/authoring.md, "Sharing intents between scenarios"). Read line by line and given up
    at the first other key, so a scenario (``id:`` comes first) costs a line or two."""
    seen = False
    try:
        info = path.stat()
        if not_regular(info.st_mode) is not None or info.st_size > MAX_BYTES:
            return False  # never opened (a pipe would wait for a writer); the loader refuses it
        with path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                found = _TOP_KEY.match(line.lstrip("\ufeff"))  # a byte-order mark first
                if found is None:
                    continue
                key = next(g for g in found.groups() if g is not None).strip()
                if key != "intents":
                    return False
                seen = True
    except OSError:
        return False
    return seen


def folder_scenarios(folder: Path) -> tuple[list[Path], list[Diagnostic]]:
    """The scenario files of a folder named on the command line (as ``scenario_files``), and a
    diagnostic for each thing it could not check that a trainer would expect checked: a
    ``*.yaml`` symlink to nothing (RP001), a ``*.yaml`` entry that cannot be looked at (RP002:
    a symlink loop, no permission), a ``*.yaml`` symlink out of the folder, whatever it leads
    to (RP011), one inside it to a pipe, device or socket (RP002) and the folder itself when it
    cannot be listed (RP002). Golden tests, files of shared intents, folders and pipes named
    ``*.yaml`` are left out as before, and so is an editor's lock link (Emacs ``.#name.yaml``,
    which points nowhere by design)."""
    try:
        with os.scandir(folder) as entries:
            names = sorted(e.name for e in entries if e.name.endswith((".yaml", ".yml")))
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return [], [
            Diagnostic(
                FILE_UNREADABLE,
                f"cannot read this folder: {reason}",
                "check its permissions; nothing in it was checked",
                Location(str(folder)),
            )
        ]
    files: list[Path] = []
    problems: list[Diagnostic] = []
    for name in names:
        if name.endswith(".tests.yaml"):
            continue
        path = folder / name
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            if (dangling := dangling_link(path)) is not None:
                problems.append(dangling)
            continue  # else it went away while we looked
        except OSError as exc:
            problems.append(
                Diagnostic(
                    FILE_UNREADABLE,
                    f"cannot read: {exc.strerror or type(exc).__name__}",
                    "a symbolic link that points at itself, or no permission to look",
                    Location(str(path)),
                )
            )
            continue
        if not stat.S_ISREG(mode):
            if name.endswith(".yaml") and not stat.S_ISDIR(mode) and path.is_symlink():
                # a link someone made to stand for a scenario: said, never opened
                problems.append(link_out_of_folder(path) or link_to_special(path, mode))
            continue  # a folder or a pipe named *.yaml is no scenario: left out quietly
        if (refused := link_out_of_folder(path)) is not None:
            if name.endswith(".yaml"):  # a .yml is no scenario here either way (below)
                problems.append(refused)
            continue
        if name.endswith(".yml"):
            if not name.endswith(".tests.yml") and _top_keys(path) >= {"start", "states"}:
                problems.append(
                    Diagnostic(
                        FILE_NAME_MISMATCH,
                        "a scenario in a .yml file: not checked (golden tests, `roleplay play "
                        "ID` and folders look for .yaml)",
                        f"rename it to {path.stem}.yaml",
                        Location(str(path)),
                        "warning",
                    )
                )
            continue
        if not shared_intents_file(path):
            files.append(path)
    return files, problems


# How the line for such a link ends, and the short reason `validate FOLDER` and `test FOLDER`
# give for it (cli/common.py)
NOT_A_FILE = "not a file, never opened"
LINK_TO_SPECIAL = "a link to a pipe, device or socket"


def link_to_special(path: Path, mode: int) -> Diagnostic:
    """RP002 for a ``*.yaml`` symbolic link inside a scenario folder to something that is not a
    file: never opened (a pipe would wait for a writer, a device may never end)."""
    kind = (
        "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
    )
    try:
        shown = os.readlink(path)
    except OSError:
        shown = "?"
    return Diagnostic(
        FILE_UNREADABLE,
        f"a symbolic link to '{shown}', {kind}: {NOT_A_FILE}",
        "scenarios and their golden tests are regular files: point the link at one, or remove it",
        Location(str(path)),
    )


def _top_keys(path: Path) -> set[str]:
    """The top-level keys of a small YAML file, read line by line (no parsing): enough to tell
    a scenario (``start:``, ``states:``) from other YAML (``services:``, ``jobs:``)."""
    keys: set[str] = set()
    try:
        if path.stat().st_size > MAX_BYTES:
            return keys
        with path.open(encoding="utf-8", errors="replace") as lines:
            for line in lines:
                found = _TOP_KEY.match(line.lstrip("\ufeff"))
                if found is not None:
                    keys.add(next(g for g in found.groups() if g is not None).strip())
    except OSError:
        pass
    return keys


def dangling_link(path: Path) -> Diagnostic | None:
    """RP001 for a symbolic link in a folder that points at nothing (None for anything else,
    and for an editor's lock link, Emacs ``.#name``, which points nowhere by design)."""
    if path.name.startswith(".#") or not path.is_symlink() or path.exists():
        return None
    try:
        target = os.readlink(path)
    except OSError:
        return None
    return Diagnostic(
        FILE_NOT_FOUND,
        f"a symbolic link to '{target}', which does not exist",
        "fix the link or remove it",
        Location(str(path)),
    )


def link_out_of_folder(path: Path) -> Diagnostic | None:
    """RP011 for a symbolic link in a scenario folder that leads out of that folder (None for
    anything else). A folder's scenarios are read only from inside it: a folder unpacked from
    someone else may hold ``notes.yaml -> ~/.ssh/config``, and listing or playing the library
    must never read a file the folder's owner did not put there. A link to a file inside the
    same folder (``short.yaml -> long_name.yaml``) is followed, and a file named on the command
    line by its path is read wherever it is: the person chose it."""
    try:
        if not path.is_symlink():
            return None
        folder = path.parent.resolve()
        target = path.resolve()
    except (OSError, RuntimeError):
        return None  # a loop or no permission: the reader says why it cannot be read
    if target.is_relative_to(folder):
        return None
    try:
        shown = os.readlink(path)
    except OSError:
        shown = str(target)
    return Diagnostic(
        LINK_OUT_OF_FOLDER,
        f"a symbolic link to '{shown}', outside this folder: not read",
        "a folder's scenarios are read only from inside it: copy the file here, or give its "
        "path on the command line",
        Location(str(path)),
    )


def _is_folder(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except OSError:
        return False  # named as a file: the loader says why it cannot be read


def expand_paths(paths: list[str]) -> tuple[list[Path], list[Diagnostic]]:
    """Files named on the command line; folders expand to the scenarios inside them. Also what
    a folder held that could not be checked (see ``folder_scenarios``)."""
    out: list[Path] = []
    problems: list[Diagnostic] = []
    for raw in paths:
        p = Path(raw)
        if _is_folder(p):
            files, skipped = folder_scenarios(p)
            out.extend(files)
            problems.extend(skipped)
        else:
            out.append(shipped_by_id(raw) or p)
    return out, problems


def shipped_by_id(name: str) -> Path | None:
    """The shipped scenario a bare id names (``budget_pushback``), as `play`, `graph`, `test`
    and `intents` read it, when no file of that name is here; None for anything else, which is
    then taken as a path (and a missing one gets RP001 with its guess)."""
    p = Path(name)
    if p.suffix in (".yaml", ".yml") or os.sep in name or "/" in name or os.path.lexists(p):
        return None
    if not name or not library_dir().is_dir():
        return None
    candidate = library_dir() / f"{name}.yaml"
    if not candidate.is_file() or link_out_of_folder(candidate) is not None:
        return None
    return candidate


def folders_below_with_scenarios(folder: Path, limit: int = 50) -> list[Path]:
    """The folders right below ``folder`` (the first ``limit`` by name) that hold a scenario
    file: where a trainer one folder too high most likely meant."""
    try:
        with os.scandir(folder) as entries:
            subs = sorted(e.name for e in entries if e.is_dir() and not e.name.startswith("."))
    except OSError:
        return []
    found: list[Path] = []
    for name in subs[:limit]:
        try:
            with os.scandir(folder / name) as entries:
                if any(
                    e.name.endswith(".yaml") and not e.name.endswith(".tests.yaml") for e in entries
                ):
                    found.append(folder / name)
        except OSError:
            continue
    return found


def no_scenarios_hint(folder: Path, command: str) -> str:
    """RP001's hint for a folder with no scenario files, the same for `validate` and `test`."""
    below = folders_below_with_scenarios(folder)
    if below:
        return f"the folder below holds some: `roleplay {command} {below[0]}`"
    return "name a scenario file or a folder that holds them; `roleplay new ID` writes one"


def missing_library(folder: Path) -> RoleplayError:
    """RP001 for a library folder that is not there (only ROLEPLAY_SCENARIOS can name one), or
    that is a file (``ROLEPLAY_SCENARIOS=scenarios/budget_pushback.yaml``)."""
    what = "no such folder of scenarios"
    if os.path.lexists(folder):
        what = "not a folder of scenarios (a file or something else)"
    return RoleplayError(
        "RP001",
        what,
        hint="ROLEPLAY_SCENARIOS names it: check the path, or unset it for the shipped ones",
        location=Location(str(folder)),
    )


def _one_file_in(folder: Path) -> str:
    """``, such as mine/my_scenario.yaml``: the first scenario file of ``folder``, or nothing."""
    try:
        names = sorted(
            f.name
            for f in folder.iterdir()
            if f.suffix in (".yaml", ".yml") and not f.name.endswith((".tests.yaml", ".tests.yml"))
        )
    except OSError:
        return ""
    return f", such as {folder / names[0]}" if names else ""


def resolve(name: str) -> Path:
    """A shipped scenario id (``budget_pushback``) or a path to a YAML file."""
    p = Path(name)
    if p.suffix in (".yaml", ".yml") or os.sep in name or "/" in name:
        return p
    candidate = library_dir() / f"{name}.yaml"
    refused = link_out_of_folder(candidate) or dangling_link(candidate)
    if refused is not None:  # whatever it leads to (a file, a device, nothing): never read
        raise RoleplayError(
            refused.code, refused.message, hint=refused.hint, location=refused.location
        )
    if candidate.is_file():
        return candidate
    if not library_dir().is_dir():  # not "no shipped scenario": there is no library at all
        raise missing_library(library_dir())
    known = sorted(f.stem for f in scenario_files())
    import difflib

    guess = difflib.get_close_matches(name, known, n=1)
    hint = f"did you mean '{guess[0]}'?" if guess else "run `roleplay list` to see the scenarios"
    nearby = next(
        (f for f in (Path(f"{name}.yaml"), Path("scenarios", f"{name}.yaml")) if f.is_file()), None
    )
    if nearby is not None:  # your own scenario: an id names only the shipped ones
        hint = f"an id names a shipped scenario; for your file give its path: {nearby}"
    elif Path(name).is_dir():  # a folder of your own (`roleplay new ID --dir mine`)
        hint = f"{name} is a folder here: give a scenario file in it" + _one_file_in(Path(name))
    raise RoleplayError(
        "RP005", f"no shipped scenario called '{name}'", hint=hint, location=Location(name)
    )
