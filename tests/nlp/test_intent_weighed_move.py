"""The speaker's own move weighed in a hypothetical is a no to it (issue 12): "If we went uncapped
on breaches, our insurer would drop us." met breach_indemnity's cave, "If we doubled the general
cap, we'd be uninsured above a year of fees." its cave on the general cap, "If I switched the
limits off, every other customer would feel it." rate_limit_launch's switch-off: the outcome
names no harm the older reading knew a word for. Checked in other domains; hard negatives: an
outcome that is a gain or the listener's, the speaker's own move after it (a trade), "could",
a question."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_no_move import warns
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

LEAVE = IntentMatcher(  # a ward manager asked for two weeks' leave in the winter peak
    [
        IntentSpec(
            "grant_leave",
            (
                "OK, take the two weeks in January.",
                "Fine, I'll sign off your leave for the whole fortnight.",
                "You can have both weeks, I'll find cover.",
            ),
        ),
        IntentSpec(
            "refuse_leave",
            (
                "I can't give you two weeks in January.",
                "No, leave is frozen over the winter peak.",
                "The fortnight isn't possible this winter.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "If I signed off two weeks in January, the night shift would fall apart.",
        "If we let you have the whole fortnight, the others would ask for the same.",
        "If I gave you both weeks, we'd be two nurses short every night.",
    ],
)
def test_the_move_weighed_is_no_grant(reply: str) -> None:
    assert warns(reply)
    assert "grant_leave" not in LEAVE.matched(reply)


def test_the_shipped_near_misses() -> None:
    breach = shipped_matcher("breach_indemnity")
    assert "cave_unlimited" not in breach.matched(
        "If we went uncapped on breaches, our insurer would drop us."
    )
    assert "cave_general_cap" not in breach.matched(
        "If we doubled the general cap, we'd be uninsured above a year of fees."
    )
    limits = shipped_matcher("rate_limit_launch")
    assert "switch_off_limits" not in limits.matched(
        "If I switched the limits off, every other customer would feel it."
    )


@pytest.mark.parametrize(
    "reply",
    [
        "If we phased it, you'd still hit the annual number.",  # the listener's gain
        "If we phased it, the board would accept it.",  # a gain
        "If we phased it, it would be easier for everyone.",
        "If we doubled the cap, we'd be able to sign today.",
        "If we signed for three years, we'd want 10% off.",  # the speaker's own move: a trade
        "If we pushed the launch to May, we could commit to the 14th.",  # "could"
        "If we went to three years, would you keep the price?",  # a question
        "If you signed today, the price would stay flat.",  # their move, not the speaker's
    ],
)
def test_what_is_no_move_weighed(reply: str) -> None:
    assert not warns(reply)
