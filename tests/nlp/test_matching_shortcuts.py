"""Shortcuts of how matching runs that must leave every answer as it was: a reply of one part
encoded on its own (no matrix), and the negator check skipped for a sentence whose words hold
no negator."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from roleplay.nlp.intent_encoding import intent_encoder
from roleplay.nlp.negation import NEGATOR_WORDS, negator_count
from roleplay.nlp.word_gates import words_of

PARTS = [
    "Let's phase the cut over two quarters.",  # finance
    "I can't release the aircraft with that leak.",  # aviation
    "Could the ward cover Friday nights instead?",  # health
    "We won't charge you for the redesign.",  # architecture
    "",  # no word piece: -mean, normalised
    "Thanks!",
]


@pytest.mark.parametrize("text", PARTS)
def test_one_part_is_encoded_as_in_a_batch(text: str) -> None:
    encoder = intent_encoder()
    mean = np.linspace(-0.01, 0.01, 256, dtype=np.float32)
    alone = encoder.encode_centred([text], mean)  # type: ignore[attr-defined]
    batch = encoder.encode_centred([text, "Another part of the reply."], mean)  # type: ignore[attr-defined]
    assert alone.shape == (1, batch.shape[1])
    assert alone.dtype == batch.dtype == np.float32
    assert alone[0].tobytes() == batch[0].tobytes()  # to the last bit


@pytest.mark.parametrize(
    "text",
    [
        "We can't do that.",  # n't
        "We can’t do that.",  # n’t, a curly apostrophe
        "No, the rota is fixed.",
        "That's never going to happen",
        "Nobody here signs that off.",
        "I dont think so",
        "NOT this quarter.",
    ],
)
def test_a_sentence_with_a_negator_holds_a_negator_word(text: str) -> None:
    assert negator_count(text) > 0
    assert not words_of(text).isdisjoint(NEGATOR_WORDS)


@pytest.mark.parametrize(
    "text", ["Let's phase it.", "I'll cover Friday.", "Notably, the knot is tight."]
)
def test_a_sentence_without_a_negator_word_has_no_negator(text: str) -> None:
    assert words_of(text).isdisjoint(NEGATOR_WORDS)
    assert negator_count(text) == 0


_WORDS = ["we", "can't", "can’t", "no", "not", "nothing", "knot", "snow", "don't", "dont", "ok"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(st.sampled_from(_WORDS), st.text(alphabet="abnotx'’ ,.", max_size=6)),
        max_size=8,
    )
)
def test_no_negator_is_missed_by_the_words(pieces: list[str]) -> None:
    text = " ".join(pieces)
    if negator_count(text) > 0:
        assert not words_of(text).isdisjoint(NEGATOR_WORDS), text
