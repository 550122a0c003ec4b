"""What the picker's start-up loads, checked in a fresh interpreter: Textual and the picker, but
not the scenario model, the state machine, the scorer or the encoder (they load after the list
is shown)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# The lexical scorer's cue lists compile hundreds of patterns: a scorer loads on first use.
HEAVY = (
    "pydantic",
    "yaml",
    "transitions",
    "numpy",
    "tokenizers",
    "sqlite3",
    "roleplay.scoring.lexicon",
    "hashlib",  # OpenSSL, 0.7 MiB: the loader hashes a file it reads, the play cache does not
)


def _loaded_after(
    statement: str, names: tuple[str, ...] = HEAVY, extra_env: dict[str, str] | None = None
) -> set[str]:
    probe = (
        f"import sys\n{statement}\n"
        f"print(__import__('json').dumps([n for n in {names!r} if n in sys.modules]))"
    )
    # Not measured under `make coverage`: coverage itself imports sqlite3 for its data file.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}
    env.update(extra_env or {})
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env=env,
    )
    return set(json.loads(done.stdout))


def test_the_console_script_and_the_picker_load_nothing_heavy() -> None:
    assert (
        _loaded_after(
            "import roleplay.cli, roleplay.cli.play\n"
            "from roleplay.tui.app import RoleplayApp\n"
            "from roleplay.tui.screens.picker import PickerScreen\n"
            "from roleplay.scenario.catalogue import cached_catalogue"
        )
        == set()
    )


# Light, but not needed to paint the picker: the engine's value types and lifecycle port (and
# the scorer's types under them), argparse for bare `roleplay`, tomllib without a config file.
NOT_FOR_THE_PICKER = (
    "roleplay.engine.turns",
    "roleplay.engine.lifecycle",
    "roleplay.scoring",
    "argparse",
    "tomllib",
)
# Bare `roleplay` up to the app: the console script's module, its picker path, the app with
# its config (no config file) and the picker screen.
PICKER_PATH = (
    "import roleplay.cli, roleplay.cli.play, roleplay.cli.tui_storage, roleplay.tui.resume_app\n"
    "from roleplay.tui.screens.picker import PickerScreen\n"
    "from roleplay.tui.config import load_config\n"
    "load_config()\n"
)


def test_bare_roleplay_loads_no_engine_types_parser_or_toml(tmp_path: Path) -> None:
    """The picker's mode rule comes from engine/rules.py alone (the engine package loads its
    names on first use); argparse loads only for a command; tomllib only for a config file."""
    no_file = {"ROLEPLAY_CONFIG": str(tmp_path / "none.toml")}
    assert _loaded_after(PICKER_PATH, NOT_FOR_THE_PICKER, no_file) == set()


def test_the_probe_sees_engine_types_parser_and_toml_load(tmp_path: Path) -> None:
    """The check above can fail: a config file, a command and an engine type load them."""
    config = tmp_path / "config.toml"
    config.write_text('theme = "light"\n', encoding="utf-8")
    loaded = _loaded_after(
        PICKER_PATH + "roleplay.cli.build_parser()\nfrom roleplay.engine import TurnResult\n",
        NOT_FOR_THE_PICKER,
        {"ROLEPLAY_CONFIG": str(config)},
    )
    assert loaded == set(NOT_FOR_THE_PICKER)


def test_the_probe_sees_a_heavy_import() -> None:
    """The check above can fail: the conversation screen does load the engine."""
    assert "transitions" in _loaded_after("import roleplay.tui.screens.conversation")


def test_the_path_with_storage_loads_nothing_heavy_before_the_picker() -> None:
    """`roleplay` with storage: neither the database (sqlite3 and storage open on a worker
    after the picker is painted), the state machine nor the encoder load before the app runs."""
    loaded = _loaded_after(
        "import roleplay.cli.play, roleplay.cli.tui_storage, roleplay.tui.resume_app"
    )
    assert loaded == set()


def test_opening_storage_for_the_app_loads_the_database() -> None:
    """The probe above can fail: what the app's worker calls does import sqlite3."""
    assert "sqlite3" in _loaded_after(
        "import roleplay.cli.tui_storage as t\n"
        "import tempfile, os\n"
        "os.environ['ROLEPLAY_HOME'] = tempfile.mkdtemp()\n"
        "t.open_storage([])"
    )


NO_INTENTS = """
id: no_intents
title: No intents
summary: A scenario that branches on scores only.
learner: {role: Engineer}
counterpart: {name: Sam, role: Manager, interests: [finish on time]}
meters: {trust: 50}
start: talk
states:
  talk:
    say: We need this by Friday.
    transitions:
      - when: {overall: ">= 60"}
        to: done
      - to: talk
  done:
    say: Done.
    end: success
"""

PLAY = (
    "import roleplay.tui.screens.conversation\n"
    "from roleplay.engine import Session, compile_scenario\n"
    "from roleplay.scenario import load_text\n"
    "from roleplay.scoring.choice import scorer_named\n"
    "s = Session.start(compile_scenario(load_text({text!r})), scorer_named('lexical'), 1)\n"
    "s.reply('I hear you: Friday is tight. What matters most to you?')\n"
)


def test_a_session_without_intents_on_the_lexical_scorer_loads_no_encoder() -> None:
    """numpy and the tokenizer (about 20 MiB) load for intents or the semantic scorer only."""
    assert not _loaded_after(PLAY.format(text=NO_INTENTS)) & {"numpy", "tokenizers"}


def test_the_probe_sees_the_encoder_load_for_intents() -> None:
    """The check above can fail: a scenario with intents does load the matcher's numpy."""
    from pathlib import Path

    text = (Path(__file__).parents[2] / "scenarios" / "budget_pushback.yaml").read_text()
    assert "numpy" in _loaded_after(PLAY.format(text=text))


# The picker's Enter: the entry's scenario (CatalogueEntry.load), compiled, one reply.
PICKED = (
    "import os\n"
    "os.environ['ROLEPLAY_HOME'] = {home!r}\n"
    "import roleplay.tui.screens.conversation\n"
    "from pathlib import Path\n"
    "from roleplay.engine import Session, compile_scenario\n"
    "from roleplay.scenario.catalogue import CatalogueEntry, cached_catalogue, load_catalogue\n"
    "from roleplay.scoring.choice import scorer_named\n"
    "folder = Path({folder!r})\n"
    "entry = {entry}\n"
    "s = Session.start(compile_scenario(entry.load()), scorer_named('lexical'), 1)\n"
    "s.reply('I hear you: Friday is tight. What matters most to you?')\n"
)
SCANNED = "load_catalogue(folder)[0]"  # the first start: every file read and validated
LISTED = "cached_catalogue(folder)[0]"  # later starts: the list from the catalogue's cache
NAMED = "CatalogueEntry(folder / 'no_intents.yaml', 'no_intents', 'No intents')"


def _library(tmp_path: Path) -> tuple[str, str]:
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "no_intents.yaml").write_text(NO_INTENTS, encoding="utf-8")
    return str(tmp_path / "home"), str(folder)


def test_playing_a_listed_scenario_loads_no_pydantic_nor_yaml(tmp_path: Path) -> None:
    """After the picker's scan kept it (an earlier start), the chosen scenario comes from the
    play cache: neither pydantic nor PyYAML load to play it (about 13 MiB)."""
    home, folder = _library(tmp_path)
    assert {"pydantic", "yaml"} <= _loaded_after(
        PICKED.format(home=home, folder=folder, entry=SCANNED)
    )
    for entry in (LISTED, NAMED):
        loaded = _loaded_after(PICKED.format(home=home, folder=folder, entry=entry))
        assert not loaded & {"pydantic", "yaml", "hashlib"}, entry


def test_the_probe_sees_pydantic_load_for_a_changed_file(tmp_path: Path) -> None:
    """The check above can fail: a file changed since it was kept is validated again."""
    home, folder = _library(tmp_path)
    _loaded_after(PICKED.format(home=home, folder=folder, entry=SCANNED))
    path = Path(folder) / "no_intents.yaml"
    path.write_text(NO_INTENTS.replace("title: No intents", "title: Changed"), encoding="utf-8")
    later = path.stat().st_mtime_ns + 2_000_000_000
    os.utime(path, ns=(later, later))
    loaded = _loaded_after(PICKED.format(home=home, folder=folder, entry=NAMED))
    assert {"pydantic", "yaml", "hashlib"} <= loaded
