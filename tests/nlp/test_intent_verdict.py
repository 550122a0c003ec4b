"""A verdict on how things are, and nothing more, is no move (issue 12): "This is fine." met a
yes in 8 of the 24 readable sets, "This is fine. Everything is fine." an intent in 12. Such a
part is set aside from every intent, as a reply that only takes their words in; a verdict
beside a move leaves the move. Checked in several domains; hard negatives: the verdict with
what it approves, a verdict on something named, a negative verdict, a question."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_verdict import judges_only, may_judge
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

KITCHEN = IntentMatcher(  # hospitality: a head chef wants a dish out before its allergen check
    [
        IntentSpec(
            "skip_check",
            (
                "Fine, put the satay on tonight and we'll do the sheet tomorrow.",
                "OK, serve it without the allergen sheet just this once.",
                "That's fine by me, send it out and we'll document it later.",
                "Alright, the new dish can go out before the check.",
            ),
        ),
        IntentSpec(
            "hold_check",
            (
                "It can't go out until the allergen sheet is done.",
                "No dish is served without its allergen check.",
                "The satay waits for the sheet, I'm sorry.",
            ),
        ),
    ]
)

HIRING = IntentMatcher(  # HR: a manager wants a candidate hired without the panel
    [
        IntentSpec(
            "approve_hire",
            (
                "OK, make her the offer without the panel.",
                "Go ahead and hire him, I'll sign it.",
                "Sure, skip the panel this time and send the offer.",
                "That's fine, you can hire her on Monday.",
            ),
        ),
        IntentSpec(
            "ask_reason",
            (
                "Why does the offer have to go out before the panel?",
                "What happens if we wait a week for the panel?",
                "What's driving the rush on this hire?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "This is fine.",
        "This is fine. Everything is fine.",
        "That's fine.",
        "Fine by me.",
        "Absolutely.",
        "Well, that's just perfect, isn't it.",
        "Classic. Just classic.",
        "Oh great, just what I needed.",
        "Sounds good.",
        "Brilliant. Just brilliant.",
        "We'll see.",  # a stall
        "We'll see about that.",
        "I'll see you Friday.",  # a goodbye
        "Talk soon.",
    ],
)
@pytest.mark.parametrize(
    "matcher",
    [
        KITCHEN,
        HIRING,
        shipped_matcher("compliance_bend"),  # data protection
        shipped_matcher("budget_pushback"),  # finance
        shipped_matcher("promotion_case"),  # a career talk
    ],
    ids=["kitchen", "hiring", "compliance_bend", "budget_pushback", "promotion_case"],
)
def test_a_verdict_alone_matches_no_intent(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (KITCHEN, "That's fine, put the satay on tonight without the sheet.", "skip_check"),
        (KITCHEN, "Fine by me. Send it out before the allergen check.", "skip_check"),
        (HIRING, "Perfect, go ahead and make her the offer today.", "approve_hire"),
        (HIRING, "Absolutely, skip the panel and hire him.", "approve_hire"),
        (
            shipped_matcher("compliance_bend"),
            "That's fine. Put them in the US for now.",
            "concede_us_hosting",
        ),
        (HIRING, "See you Monday, go ahead and make her the offer.", "approve_hire"),
        (KITCHEN, "We'll see. OK, serve it tonight without the check.", "skip_check"),
    ],
)
def test_a_verdict_beside_the_move_leaves_the_move(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert intent in matcher.matched(reply)


@pytest.mark.parametrize(
    "text",
    [
        "This is fine.",
        "Everything's fine, honestly.",
        "It's all good.",
        "Oh wonderful, here we go again.",
        "Lovely, really lovely.",
        "Of course.",
        "Right, fine.",
    ],
)
def test_verdicts_are_read(text: str) -> None:
    assert may_judge(text.lower()) and judges_only(text)


@pytest.mark.parametrize(
    "text",
    [
        "The plan is fine.",  # a verdict on something named
        "Friday is fine by me.",
        "That's not fine.",  # a negative verdict: a no
        "Is that fine?",  # a question
        "That's fine, host them in the US.",  # what it approves
        "Fine by me if we phase it.",
        "It's fine to phase it.",
        "Great idea.",
        "Good point.",
        "Absolutely not.",
        "That works for me.",
        "Thanks.",
        "We'll see the numbers on Friday.",  # a stall names nothing; this names what
        "Let's see what the board says.",
        "I'll see you Friday with the phased plan.",
    ],
)
def test_not_verdicts(text: str) -> None:
    assert not judges_only(text)


def test_the_reading_is_linear_on_long_runs() -> None:
    """No pattern backtracks without end on a long run of its own words (a run of 200 would
    take minutes with nested repeats); the answer is simply no."""
    assert not judges_only("fine " * 200 + "x")
    assert not judges_only("oh, " * 200 + "x")
    assert not judges_only("just " * 200 + "fine x")
