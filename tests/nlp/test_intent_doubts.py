"""A move taken back in the same breath ("I could maybe consider a pilot, but not now") and a
question that doubts a move ("Would phasing even help?") make no move (issue 12, precision16
pass): the first met the offer it names, the second offers and asking intents alike. Checked in
several domains; hard negatives: a later window ("..., but not this quarter") still offers,
the "not now" still refuses, whether it would help *them* still asks, and an intent whose
examples doubt still meets a doubt."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_doubts import doubting, doubts, taken_back
from roleplay.nlp.intents import IntentMatcher, IntentSpec


def _back(text: str) -> bool:
    """Whether the sentence's first clause (up to its first comma) is taken back."""
    return taken_back(text, 0, text.index(","))


@pytest.mark.parametrize(
    "text",
    [
        "I could maybe consider a pilot, but not now.",
        "We could phase it, but not yet.",
        "Happy to cover a shift, but not right now, sorry.",
        "I'd look at a discount, but not at the moment",
    ],
)
def test_taken_back(text: str) -> None:
    assert _back(text)


@pytest.mark.parametrize(
    "text",
    [
        "We can do a prototype, but not this quarter.",  # a later window: offered for later
        "Some of it, but not the whole week.",  # a part given
        "We could phase it, and not now but in Q4 we'd review.",
    ],
)
def test_not_taken_back(text: str) -> None:
    assert not _back(text)


@pytest.mark.parametrize(
    "text",
    [
        "Would phasing even help?",
        "Would a pilot even make a difference?",
        "Does it even matter who presents?",
        "Would another nurse even change anything?",
        "Would a prototype even convince anyone?",  # precision17: what it would win over
        "Would a discount even impress the buyer?",
        "Does a written apology even count?",
    ],
)
def test_a_doubt(text: str) -> None:
    assert doubts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Would a phased cut even help you with the board?",  # asks about their need
        "Would phasing help?",  # asks plainly
        "Phasing wouldn't even help.",  # a statement
        "Did you even read the report?",  # an accusation, read elsewhere
        "Would a prototype even convince you?",  # whether it wins *them* over
    ],
)
def test_no_doubt(text: str) -> None:
    assert not doubts(text)


PILOT = IntentMatcher(  # engineering: a pet project the learner must turn down
    [
        IntentSpec(
            "offer_prototype",
            (
                "Could we build a clickable prototype with two engineers for a few weeks?",
                "I can lend you a small pilot team to make the demo real.",
                "A demo on sample data, not the real build?",
            ),
        ),
        IntentSpec(
            "flat_refusal",
            (
                "No, we're not building it.",
                "The assistant isn't happening this year.",
                "I won't take it on.",
            ),
        ),
    ]
)
ROTA = IntentMatcher(  # health: a nurse asks for cover on a night shift
    [
        IntentSpec(
            "offer_cover",
            (
                "I'll cover your Friday night shift.",
                "I can take two of your nights next week.",
                "Let me swap my day shift for your night.",
            ),
        ),
        IntentSpec(
            "ask_what_she_needs",
            (
                "What would make the week work for you?",
                "Which nights matter most to you?",
                "What do you need covered, exactly?",
            ),
        ),
    ]
)
DEAL = IntentMatcher(  # sales: a customer pushes for a bigger discount
    [
        IntentSpec(
            "offer_other_value",
            (
                "We could keep 25% and add onboarding for free.",
                "I can add three months of premium support instead.",
                "Let's phase it: the capped discount now, a volume tier later.",
            ),
        ),
        IntentSpec(
            "question_the_value",
            (
                "Would a bigger discount even change their decision?",
                "Does the price even matter to them, or is it the term?",
                "Would 40% even move the needle for them?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (PILOT, "I could maybe consider a pilot, but not now."),
        (PILOT, "Would a pilot even make a difference?"),
        (PILOT, "Would a pilot even convince anyone?"),
        (ROTA, "I could take one of your nights, but not right now."),
        (ROTA, "Would swapping a shift even help?"),
        (DEAL, "We could throw in onboarding, but not yet."),
    ],
)
def test_no_move(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (PILOT, "We could do a small prototype, but not this quarter.", "offer_prototype"),
        (PILOT, "No pilot, not now.", "flat_refusal"),
        (ROTA, "Would taking your Friday even help you?", "offer_cover"),
        (ROTA, "I can take one of your nights, but not this week, next week.", "offer_cover"),
        (ROTA, "I'll take your Friday night, you go to the wedding.", "offer_cover"),
        (DEAL, "Would a deeper discount even change anything for them?", "question_the_value"),
    ],
)
def test_moves_still_match(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


def test_which_intents_doubt() -> None:
    assert doubting(("Would 40% even move the needle?", "Is price the issue?"))
    assert not doubting(("Would 40% help you?", "I'll phase it."))
