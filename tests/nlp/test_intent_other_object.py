"""A move on another object, with the intent's object named as the one left out (issue 12): "We'll
skip the demo rehearsal, not the code review." met `skip_review` (docs-only blind 3) by its
"skip" and its "review". Checked in several domains; hard negatives: the move on the object
itself, an aside that names nothing of the intent's, a part offer that leaves out the whole
("I can take the 26th to the 28th, not the whole week")."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_other_object import excluded, key_words, other_object
from roleplay.nlp.intent_parts import cut
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

HOTFIX = IntentMatcher(  # a developer wants to ship a hotfix without code review
    [
        IntentSpec(
            "skip_review",
            (
                "OK, push it straight to production, we'll review it afterwards.",
                "Fine, skip the review this once and ship it.",
                "Go ahead and deploy without a review, I'll cover for you.",
                "Sure, merge it yourself and we'll do the review next week.",
            ),
        ),
        IntentSpec(
            "hold_review",
            (
                "It still needs a review before it goes out.",
                "No merge without a second pair of eyes, even for a hotfix.",
                "I can't let it skip review.",
            ),
        ),
    ]
)
SCHOOL = IntentMatcher(  # a parent asks a head teacher to move a pupil's exam
    [
        IntentSpec(
            "move_the_exam",
            (
                "We can move her exam to the resit week.",
                "I'll ask the board to let her sit the exam in June instead.",
                "Fine, she can take the exam on the later date.",
            ),
        ),
        IntentSpec(
            "keep_the_date",
            (
                "The exam date is set by the board, I can't change it.",
                "She'll have to sit it with everyone else.",
                "The timetable for exams is fixed.",
            ),
        ),
    ]
)


def test_key_words_are_what_the_examples_share() -> None:
    assert "revie" in key_words(HOTFIX.intents[0].spec.examples)  # stems: five letters
    assert "exam" in key_words(SCHOOL.intents[0].spec.examples)


@pytest.mark.parametrize(
    ("text", "named", "left_out"),
    [
        ("We'll skip the demo rehearsal, not the code review.", "rehea", "revie"),
        ("Let's move the school trip instead of the exam.", "trip", "exam"),
        ("Cut the offsite budget rather than the launch.", "offsi", "launc"),
    ],
)
def test_what_a_move_leaves_out(text: str, named: str, left_out: str) -> None:
    spans, _, _ = cut(text)
    found = excluded(text, spans)
    assert any(named in a and left_out in b for _, a, b in found)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (HOTFIX, "We'll skip the demo rehearsal, not the code review.", "skip_review"),
        (HOTFIX, "Let's skip the demo rehearsal instead of the review.", "skip_review"),
        (SCHOOL, "We can move the school trip, not the exam.", "move_the_exam"),
        (SCHOOL, "Let's move the trip to June instead of the exam.", "move_the_exam"),
    ],
)
def test_a_move_on_another_object_is_not_the_intent(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert intent not in matcher.matched(reply)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (HOTFIX, "Fine, skip the review this once.", "skip_review"),
        (HOTFIX, "Skip the review of the docs, not the code review.", "skip_review"),  # names it
        (SCHOOL, "We can move her exam to June, not the whole timetable.", "move_the_exam"),
    ],
)
def test_the_move_on_its_own_object_still_counts(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


def test_a_part_offer_that_leaves_out_the_whole_still_offers() -> None:
    matcher = shipped_matcher("oncall_swap")
    for reply in (
        "I can take the 26th to the 28th, not the whole week.",
        "I can do a few days instead of the whole week.",
    ):
        assert matcher.matched(reply)[:1] == ("offer_some_days",)


def test_what_is_left_out_ends_with_its_clause() -> None:
    # a pair of parts spans two sentences: the apology after "instead of from us is on us."
    # is no object left out (upset_customer's apology was set aside from the apology)
    reply = (
        "You're right, and finding out from Twitter instead of from us is on us. I'm sorry. "
        "Can you walk me through what hit you hardest on Saturday?"
    )
    assert "apologize_specific" in shipped_matcher("upset_customer").matched(reply)


def test_other_object() -> None:
    key = frozenset({"revie", "merge"})
    assert other_object(frozenset({"demo", "rehea"}), frozenset({"code", "revie"}), key)
    assert not other_object(frozenset({"revie", "doc"}), frozenset({"code", "revie"}), key)
    assert not other_object(frozenset({"demo"}), frozenset({"relea"}), key)
