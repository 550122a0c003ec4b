"""What the picker's start-up loads, checked in a fresh interpreter: Textual and the picker, but
not the scenario model, the state machine or the encoder (they load after the list is shown)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

HEAVY = ("pydantic", "yaml", "transitions", "numpy", "tokenizers", "sqlite3")


def _loaded_after(statement: str) -> set[str]:
    probe = (
        f"import sys\n{statement}\n"
        f"print(__import__('json').dumps([n for n in {HEAVY!r} if n in sys.modules]))"
    )
    # Not measured under `make coverage`: coverage itself imports sqlite3 for its data file.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True,
        env=env,
    )
    return set(json.loads(done.stdout))


def test_the_console_script_and_the_picker_load_nothing_heavy() -> None:
    assert _loaded_after(
        "import roleplay.cli, roleplay.cli.play\n"
        "from roleplay.tui.app import RoleplayApp\n"
        "from roleplay.tui.screens.picker import PickerScreen\n"
        "from roleplay.scenario.catalogue import cached_catalogue"
    ) == set()


def test_the_probe_sees_a_heavy_import() -> None:
    """The check above can fail: the conversation screen does load the engine."""
    assert "transitions" in _loaded_after("import roleplay.tui.screens.conversation")


def test_the_path_with_storage_loads_no_model_engine_or_encoder() -> None:
    """`roleplay` with storage: the database, not the state machine or the encoder (the resume
    offer and the conversation load them when they are used)."""
    assert _loaded_after(
        "import roleplay.cli.play, roleplay.cli.tui_storage, roleplay.tui.resume_app"
    ) == {"sqlite3"}
