"""Letting off steam is no move (issue 12): a complaint about the speaker's own pay or job, or
a stock joke, is set aside from every intent none of whose examples vents. "I don't get paid
enough for this." met a refusal or a defence in eight of the twenty readable sets. Checked in
several domains; hard negatives: the speaker's pay given as the reason for a no about what was
asked, a no about paying them, and an intent written to catch the grumbling."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_venting import may_vent, venting, vents
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

ROTA = IntentMatcher(  # health: a nurse asks a colleague to cover a week of nights
    [
        IntentSpec(
            "refuse_cover",
            (
                "I can't cover your nights, I'm already on the rota.",
                "No, I won't take the whole week.",
                "Sorry, I'm not able to swap this time.",
            ),
        ),
        IntentSpec(
            "offer_some_nights",
            (
                "I can take Tuesday and Wednesday night for you.",
                "What if I cover the first two nights?",
                "I'll do the weekend nights if you take my Monday.",
            ),
        ),
    ]
)

VENDOR = IntentMatcher(  # procurement: a supplier raises the price
    [
        IntentSpec(
            "reject_increase",
            (
                "We won't pay a 20% increase.",
                "That price rise is not acceptable to us.",
                "No, we're not signing at that rate.",
            ),
        ),
        IntentSpec(
            "offer_longer_term",
            (
                "We could sign for three years if the rise stays at 5%.",
                "What if we prepay the year for a smaller increase?",
                "A longer contract in exchange for the old price?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "I don't get paid enough for this.",
        "They don't pay me enough to deal with this.",
        "Honestly, I'm not paid enough for any of this!",
        "I'm so underpaid.",
        "Some days I wonder why I took this job.",
        "This is not what I signed up for.",
        "Living the dream, as they say.",
        "Ha, at least it's not Monday.",
        "Have you tried turning the budget off and on again?",
        "Maybe we should just sacrifice a goat to the server gods.",
    ],
)
def test_venting_is_read(text: str) -> None:
    assert may_vent(text.lower())
    assert vents(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm not paid enough to cover your nights as well, so no.",  # a reason for a no
        "We won't pay you enough to make the rise worth it.",
        "I don't get paid for weekend nights.",
        "You never listen.",  # a complaint about them
        "The job is done.",
        "Friday is the deadline.",
    ],
)
def test_what_is_no_venting(text: str) -> None:
    assert not vents(text)


@pytest.mark.parametrize(
    ("matcher", "text"),
    [
        (ROTA, "I don't get paid enough for this."),
        (ROTA, "They don't pay me enough for this."),
        (VENDOR, "I'm not paid enough to deal with this."),
        (VENDOR, "Living the dream, as they say."),
    ],
)
def test_venting_matches_no_intent(matcher: IntentMatcher, text: str) -> None:
    assert matcher.matched(text) == ()


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("budget_pushback", "I don't get paid enough for this."),
        ("receiving_feedback", "I don't get paid enough for this."),
        ("teammate_conflict", "I'm not paid enough to deal with this."),
        ("hard_feedback", "Living the dream, as they say."),
        ("promotion_case", "Ha, at least it's not Monday."),
    ],
)
def test_venting_makes_no_move_in_shipped_scenarios(name: str, text: str) -> None:
    assert shipped_matcher(name).matched(text) == ()


@pytest.mark.parametrize(
    ("matcher", "text", "intent"),
    [
        # hard negatives: the refusals and offers themselves, with the pay as a reason
        (ROTA, "I'm not paid enough to cover your nights as well, so no.", "refuse_cover"),
        (ROTA, "I can take the first two nights; I'm not paid enough to do all five.", None),
        (ROTA, "I'll cover Tuesday and Wednesday night for you, even though I'm underpaid.", None),
        (VENDOR, "We're not paying 20% more, full stop.", "reject_increase"),
    ],
)
def test_a_no_with_the_pay_as_its_reason_still_matches(
    matcher: IntentMatcher, text: str, intent: str | None
) -> None:
    got = matcher.matched(text)
    if intent is None:
        assert got[:1] == ("offer_some_nights",)
    else:
        assert got[:1] == (intent,)


def test_an_intent_written_to_catch_grumbling_keeps_it() -> None:
    examples = ("I don't get paid enough for this.", "Why did I ever take this job?", "Ugh.")
    assert venting(examples)
    matcher = IntentMatcher(
        [
            IntentSpec("grumble", examples),
            IntentSpec("offer_help", ("I can help you with the report.", "Let me take a part.")),
        ]
    )
    assert matcher.matched("They don't pay me enough for this.")[:1] == ("grumble",)
