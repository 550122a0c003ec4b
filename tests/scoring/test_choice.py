"""ROLEPLAY_SCORER picks the scorer by name; a typo is a coded error, never a silent fallback."""

from __future__ import annotations

import pytest

from roleplay.errors import RoleplayError
from roleplay.scoring import default_scorer
from roleplay.scoring.choice import SCORERS, scorer_named
from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.semantic import SemanticScorer

from ..cli.helpers import run_cli


def test_unset_means_the_product_scorer() -> None:
    assert isinstance(default_scorer(), SemanticScorer)


@pytest.mark.parametrize("name", sorted(SCORERS))
def test_each_name_gives_that_scorer(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setenv("ROLEPLAY_SCORER", name)
    assert default_scorer().name == name
    assert default_scorer() is default_scorer()  # built once


def test_fixed_is_the_fixed_test_scorer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROLEPLAY_SCORER", " fixed ")
    assert isinstance(default_scorer(), FixedScorer)


def test_unknown_name_is_rp006() -> None:
    with pytest.raises(RoleplayError) as info:
        scorer_named("lexcal")
    assert info.value.code == "RP006" and "fixed" in info.value.format()


def test_cli_refuses_an_unknown_scorer_in_one_line() -> None:
    res = run_cli("play", "budget_pushback", "--plain", "--json", env={"ROLEPLAY_SCORER": "nope"})
    assert res.returncode == 2
    assert "RP006 unknown scorer 'nope'" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1 and res.stdout == ""
