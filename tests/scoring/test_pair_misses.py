"""scripts/pair_misses.py lists a readable set's misses and refuses sets read as totals only."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "pair_misses.py"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("pair_misses", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["pair_misses"] = module
    spec.loader.exec_module(module)
    return module


def test_held_out_halves_from_the_eighth_on_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    module = _load()
    assert module.main(["genre_eighth_heldout"]) == 2
    assert module.main(["heldout_pairs"]) == 2
    assert "total only" in capsys.readouterr().err
    assert module.readable("genre_fourteenth_dev")
    assert module.readable("genre_seventh_heldout")
    assert not module.readable("genre_fourteenth_heldout")
    assert not module.readable("genre_seventeenth_heldout")
    assert not module.readable("genre_eighteenth_heldout")


def test_a_readable_set_is_listed_with_its_count(capsys: pytest.CaptureFixture[str]) -> None:
    module = _load()
    assert module.main(["genre_fourteenth_dev", "--kinds", "core", "--all"]) == 0
    out = capsys.readouterr().out
    assert "genre_fourteenth_dev: " in out and " of 16 ranked right" in out
    assert "  partner: " in out and "  better: " in out and "  worse: " in out


def test_an_unknown_set_is_a_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert _load().main(["genre_nowhere_dev"]) == 2
    assert capsys.readouterr().err.startswith("pair_misses: no set 'genre_nowhere_dev'")
