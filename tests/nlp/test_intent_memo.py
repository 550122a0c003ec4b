"""Readings kept per text (roleplay.nlp.memo): the same answers as reading the text afresh, in
every domain, and worked out once when the scorer and the matcher ask the same question."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from roleplay.nlp import intent_parts
from roleplay.nlp.intent_parts import acknowledges_only, cut
from roleplay.nlp.intent_readings import refusal_end
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.memo import MEMO_SIZE, forget_readings
from roleplay.nlp.negation import is_negative, negator_count

# several domains, with the hard cases of each reading: idioms, conditions, outcomes, asides,
# "oh no", hedges, a no without a negator, nothing negative at all
SENTENCES = [
    "I can't sign off on a 30% cut this quarter.",  # finance
    "No problem, I'll send the figures today.",
    "If the build isn't green by noon, we roll back.",  # engineering
    "Let's ship the fix behind a flag, not a hotfix to everyone.",
    "We'll make sure the outage doesn't happen again.",
    "Oh no, that sounds like a rough night on call.",
    "The patient records have to stay in the EU, full stop.",  # health
    "I won't pretend I love the rota, but fine.",  # HR
    "We can't give you the whole week, though I can find two days.",
    "I don't see why we can't offer a pilot.",  # sales
    "That discount isn't going to happen.",
    "Nobody on the council has signed the permit yet.",  # public sector
    "Never mind the form; I'll ring the inspector myself.",
    "We could phase the cut over two quarters.",
    "",
    "No.",
    "Absolutely not - my flight is booked.",
    "OK.",  # an assent that only takes their words in
    "Yeah, fine.",
    "Fine. Spin them up in the US.",
]
READINGS: list[Callable[[str], Any]] = [negator_count, is_negative, refusal_end, acknowledges_only]


@pytest.mark.parametrize("reading", READINGS, ids=lambda f: f.__name__)
@pytest.mark.parametrize("text", SENTENCES)
def test_a_kept_reading_is_the_one_worked_out_afresh(reading: Any, text: str) -> None:
    forget_readings()
    first = reading(text)
    again = reading(text)  # from the cache
    assert first == again == reading.__wrapped__(text)


@pytest.mark.parametrize("reading", READINGS, ids=lambda f: f.__name__)
def test_forgetting_empties_every_reading(reading: Any) -> None:
    for text in SENTENCES:
        reading(text)
    assert reading.cache_info().currsize > 0
    forget_readings()
    assert reading.cache_info().currsize == 0


def test_the_cache_is_bounded() -> None:
    forget_readings()
    for n in range(MEMO_SIZE + 50):
        negator_count(f"We can't move release {n}.")
    assert negator_count.cache_info().currsize == MEMO_SIZE  # type: ignore[attr-defined]


@pytest.mark.usefixtures("product_scorer")
def test_a_sentence_the_scorer_read_is_not_read_again_by_the_matcher() -> None:
    from roleplay.scoring import default_scorer
    from roleplay.scoring.types import ScoreInput

    reply = "I can't give you the full 30% by Friday."
    forget_readings()
    asked = "Can you give me 30% out of your budget by Friday?"
    default_scorer().score(ScoreInput(reply=reply, partner=asked))
    before = refusal_end.cache_info()  # type: ignore[attr-defined]
    cut(reply)
    after = refusal_end.cache_info()  # type: ignore[attr-defined]
    assert after.hits > before.hits


@pytest.mark.parametrize(
    "reply",
    [
        "It sounds like the on-call rota has worn you down.",  # a reflection, left whole
        "Thanks for flagging the invoice early.",  # thanks only
        "Last year we lost two nurses to burnout.",  # a story
        "You must be exhausted after the audit.",  # a guess at a feeling
    ],
)
def test_a_sentence_left_whole_has_its_mood_read_once(
    reply: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = cut(reply)
    calls: list[str] = []

    def counted(text: str, negative: bool | None = None) -> int:
        calls.append(text)
        return part_mood(text, negative)

    monkeypatch.setattr(intent_parts, "part_mood", counted)
    assert cut(reply) == expected
    assert len(calls) == len(set(calls))  # no text read twice
