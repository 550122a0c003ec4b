"""The fitted heads: shipped numbers respect each construct's sign, and the fit is reproducible."""

from __future__ import annotations

from roleplay.scoring.acts import act_bank
from roleplay.scoring.heads import CUES_DOWN, CUES_UP, Heads, feature_signs, load_heads
from roleplay.scoring.lexicon import read_package_json
from roleplay.scoring.types import DIMENSIONS


def test_shipped_heads_are_fitted_and_keep_every_constructs_sign() -> None:
    bank = act_bank()
    data = read_package_json("heads.json")
    assert "fit" in data and data["fit"]["rows"]["bank"] > 100
    heads = load_heads(bank)
    signs = feature_signs(bank)
    for dim in DIMENSIONS:
        assert heads.weight(dim, CUES_UP) > 0 and heads.weight(dim, CUES_DOWN) > 0
        for feature, points in heads.points[dim].items():
            assert feature in signs[dim], f"{dim}: {feature} moves a dimension it may not"
            assert points * signs[dim][feature] > 0, f"{dim}: {feature} has the wrong sign"


def test_a_stock_phrase_is_worth_nothing_by_itself_in_any_head() -> None:
    heads = load_heads(act_bank())
    assert all(heads.weight(d, "act:stock_phrase") == 0 for d in DIMENSIONS)


def test_without_fitted_numbers_the_heads_are_the_hand_set_points() -> None:
    bank = act_bank()
    prior = Heads.from_priors(bank)
    assert (
        prior.weight("listening", "act:reflection")
        == bank.by_name["reflection"].points["listening"]
    )
    assert prior.weight("empathy", CUES_UP) == 10.0
