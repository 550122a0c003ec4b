""" "What I can do is ..." offers; it asks nothing (issue 12, found by a trainer, writer21).

A sentence that opens with a question word was read as a question whatever followed, so the
common way of putting an offer after a no - "What I can do is give Lumen's key its own launch
tier for Thursday" - was an information question: it met the scenario's asking intent ("What
does Lumen actually do with the API at launch?") and not the offer. A pseudo-cleft ("what" +
the speaker or the other side + a verb or two + "is") is a statement: its move comes after the
"is". One that asks for something to be known ("What I'd like to know is how many records they
send") is still a question, as docs/authoring.md says a request for information is.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_similarity import is_question
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    "text",
    [
        "What I can do is give Lumen's key its own launch tier for Thursday.",
        "What we could do is phase it over two quarters.",
        "What I'll do is ring the surgery this morning.",
        "What you need is a pilot on one ward.",
        "What they need is the import to land before nine.",
        "What I can offer is a refund of the difference.",
    ],
)
def test_a_pseudo_cleft_is_a_statement(text: str) -> None:
    assert not is_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "What does Lumen need from the API?",
        "What I'd like to know is how many records they send.",
        "What I want to understand is why the import crawled.",
        "What do you need from me",
        "What is the deadline",
        "Which day do you fly",
    ],
)
def test_questions_stay_questions(text: str) -> None:
    assert is_question(text)


MATCHER = IntentMatcher(
    [
        IntentSpec(
            "ask_about_launch",
            (
                "What does Lumen actually do with the API at launch?",
                "How much traffic are they expecting in the first hour?",
                "Which calls are they worried about getting throttled?",
            ),
        ),
        IntentSpec(
            "offer_partner_quota",
            (
                "I can raise the quota for Lumen's API key just for launch day.",
                "We could put Lumen on a temporary launch tier with ten times the normal rate.",
                "I'll whitelist their key at a higher limit for the first 24 hours.",
            ),
        ),
    ]
)

# another domain: a surgery's list
SURGERY = IntentMatcher(
    [
        IntentSpec(
            "ask_about_symptoms",
            (
                "What symptoms is she having at the moment?",
                "How long has the pain been going on?",
                "When did it start getting worse?",
            ),
        ),
        IntentSpec(
            "offer_callback",
            (
                "I'll get the duty doctor to ring you back this morning.",
                "We could book her a telephone appointment for today.",
                "I can put her on the urgent list for a call before noon.",
            ),
        ),
    ]
)


def test_an_offer_put_as_a_cleft_is_the_offer() -> None:
    reply = "What I can do is give Lumen's key its own launch tier, well above their rate."
    assert MATCHER.matched(reply)[:1] == ("offer_partner_quota",)
    assert SURGERY.matched("What I can do is have the duty doctor call you this morning.")[:1] == (
        "offer_callback",
    )


def test_a_cleft_that_asks_to_know_still_asks() -> None:
    assert MATCHER.matched("What I'd like to know is how much traffic they expect.")[:1] == (
        "ask_about_launch",
    )
