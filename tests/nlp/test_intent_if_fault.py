"""A fault owned only "if" it happened is no move (issue 12): "If we made a mistake, it's a
small one." met an intent in 20 readable sets, "If I missed it, it wasn't on purpose." a
handover's `own_the_gap`. Checked in several domains; hard negatives: a proposal in the past
form of a condition, a condition in the present, owning it outright."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_if_fault import admits_if, admitting_if, may_admit_if
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

HANDOVER = IntentMatcher(  # health: a ward handover missed a patient's allergy
    [
        IntentSpec(
            "own_the_gap",
            (
                "I missed the allergy at handover, and that's on me.",
                "I should have flagged it; I'm sorry.",
                "That gap was my mistake.",
            ),
        ),
        IntentSpec(
            "propose_checklist",
            (
                "Let's add allergies to the handover checklist.",
                "What if we read the allergy list aloud at every handover?",
                "We could put a red sticker on those charts.",
            ),
        ),
    ]
)

LAUNCH = IntentMatcher(  # engineering: a launch date slipped without warning
    [
        IntentSpec(
            "apologise",
            (
                "We got the date wrong and I'm sorry we didn't warn you.",
                "That slip is on us; we should have told you in March.",
                "I'm sorry, we let you down on the launch.",
            ),
        ),
        IntentSpec(
            "offer_new_date",
            (
                "We can commit to the 14th of May.",
                "If we moved the launch to May, would that work for you?",
                "I'll give you a firm date by Friday.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (HANDOVER, "If I missed it, it wasn't on purpose.", "own_the_gap"),
        (HANDOVER, "If we dropped the allergy, it was a one-off.", "own_the_gap"),
        (LAUNCH, "If we made a mistake, it's a small one.", "apologise"),
        (LAUNCH, "If we got the date wrong, someone would have said.", "apologise"),
    ],
)
def test_a_fault_owned_only_if_is_no_move(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert admits_if(reply)
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize(
    "reply",
    ["If we made a mistake, it's a small one.", "If we upset you, that was never the intention."],
)
def test_upset_customer_hears_no_apology_in_a_non_apology(reply: str) -> None:
    assert "apologize_specific" not in shipped_matcher("upset_customer").matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (LAUNCH, "If we pushed the launch to May, we could commit to the 14th.", "offer_new_date"),
        (HANDOVER, "I missed it at handover; that's my mistake.", "own_the_gap"),
        (LAUNCH, "We got the date wrong, and I'm sorry.", "apologise"),
    ],
)
def test_what_still_meets_its_intent(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "part",
    [
        "If we moved the launch to May, would that help?",
        "If we paid half now, you'd get the rest in May.",
        "If we miss the date, I'll tell the board.",
        "If we cut 15% now, we can phase the rest.",
    ],
)
def test_what_is_no_fault_owned_if(part: str) -> None:
    assert not admits_if(part)


def test_the_first_check_and_an_intent_that_owns_it_if() -> None:
    assert may_admit_if("if i missed it, sorry.")
    assert not may_admit_if("i missed it.")
    assert admitting_if(("If we upset you, it wasn't meant.",))
    assert not admitting_if(("I missed it, that's on me.",))
