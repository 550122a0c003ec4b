"""What importing a part of roleplay loads, checked in a fresh interpreter each time: the core
never loads Textual or Rich, and storage loads no state machine (``transitions``), no YAML and
no pydantic."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

WATCHED = ("textual", "rich", "transitions", "yaml", "pydantic")


def loaded_after(statement: str) -> set[str]:
    """The watched top-level packages in sys.modules after running ``statement``."""
    probe = (
        f"import sys\n{statement}\n"
        "import json\n"
        f"print(json.dumps(sorted(n for n in {WATCHED!r} if n in sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=True
    )
    return set(json.loads(done.stdout))


@pytest.mark.parametrize(
    "module",
    [
        "roleplay.errors",
        "roleplay.scenario",
        "roleplay.scoring",
        "roleplay.engine",
        "roleplay.storage",
        "roleplay.storage.workshop",
        "roleplay.report",
        "roleplay.report.formats",
        "roleplay.plain",
    ],
)
def test_the_core_loads_neither_textual_nor_rich(module: str) -> None:
    assert not loaded_after(f"import {module}") & {"textual", "rich"}


def test_storage_loads_no_state_machine_yaml_or_pydantic() -> None:
    assert not loaded_after("import roleplay.storage, roleplay.storage.workshop") & {
        "transitions",
        "yaml",
        "pydantic",
    }


def test_engine_types_load_without_the_state_machine() -> None:
    assert "transitions" not in loaded_after(
        "from roleplay.engine import TurnResult, SessionObserver, PreparedReply"
    )


def test_the_probe_sees_a_real_import() -> None:
    """The check above can fail: using Session does load the state machine."""
    assert "transitions" in loaded_after("from roleplay.engine import Session")
