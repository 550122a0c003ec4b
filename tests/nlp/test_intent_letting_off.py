"""Letting them off a term is giving way, not a refusal (issue 12, found writing a scenario from
docs/authoring.md as a trainer): "we won't hold you to the two months" releases a tenant from an
exit fee, yet its "won't" made it a refusal, so the reply met the intent that *holds* the fee,
and the concession after it ("- you can move out whenever you need") was set aside as coming
after a no. A polite cave was routed as holding the line: the one mistake issue 12 asks the
matcher never to make. "hold / keep you to", "make you pay" after a negator now negate nothing,
as "I won't stand in your way" does; the same verbs without a negator, and a real refusal beside
them, keep their polarity."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import refuses
from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.nlp.negation import is_negative

LEASE = IntentMatcher(  # a tenant asks to leave early without the two months' exit fee
    [
        IntentSpec(
            "waive_exit_penalty",
            (
                "Fine, you can leave early and we'll waive the two months' fee.",
                "OK, I'll let you out of the lease with no penalty.",
                "You can go at the end of the month, no charge.",
                "We'll release you from the lease and forget the penalty.",
                "Consider the exit fee cancelled, you're free to move out.",
            ),
        ),
        IntentSpec(
            "hold_exit_penalty",
            (
                "The two months' fee still has to be paid if you go early.",
                "I can't waive the exit fee, it's part of the lease.",
                "The break clause stays as it is.",
                "We won't cancel the penalty for leaving early.",
                "The early-exit terms aren't something I can change.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "sentence",
    [
        "We won't hold you to the two months.",
        "I'm not going to hold you to the notice period.",
        "We won't keep you to the full term.",
        "We won't make you pay the exit fee.",
        "Honestly, we won't hold them to it.",
    ],
)
def test_letting_them_off_a_term_is_neither_negative_nor_a_refusal(sentence: str) -> None:
    assert not is_negative(sentence)
    assert not refuses(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "We won't cancel the penalty for leaving early.",
        "I can't hold the flat for you past Friday.",  # holding something, not holding them to it
        "We won't hold you to it, but we can't waive the fee.",  # the refusal beside it
    ],
)
def test_a_refusal_in_neighbouring_words_stays_negative(sentence: str) -> None:
    assert is_negative(sentence)


@pytest.mark.parametrize(
    "reply",
    [
        "Honestly, given all this, we won't hold you to the two months - you can move out "
        "whenever you need.",
        "We won't make you pay the two months' fee if you go at the end of the month.",
    ],
)
def test_letting_them_off_the_fee_concedes_rather_than_holds(reply: str) -> None:
    got = LEASE.matched(reply)
    assert got[:1] == ("waive_exit_penalty",), got
    assert "hold_exit_penalty" not in got


def test_a_refusal_of_the_same_fee_still_holds() -> None:
    got = LEASE.matched("I'm afraid we won't cancel the two months' fee if you leave early.")
    assert got[:1] == ("hold_exit_penalty",), got
