"""The check that skips the search for a run said again (`sentences.may_repeat`) never skips a
piece the search would cut: it says no only where the pattern finds nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from roleplay.nlp import sentences
from roleplay.nlp.sentences import _REPEATED_RUN, may_repeat, split_sentences

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def _found(text: str) -> bool:
    return _REPEATED_RUN.search(text) is not None


def test_runs_said_again_are_let_through_in_several_domains() -> None:
    for text in [
        "I understand how you feel I understand how you feel",  # support
        "we can ship the patch tonight, we can ship the patch tonight",  # engineering
        "The Q3 budget stays as it is - the q3 budget stays as it is",  # finance, case aside
        "Your leave is approved for Friday; your leave is approved for Friday",  # HR
        "the permit office opens at nine the permit office opens at nine",  # public sector
        "I'll cut the price by ten percent I'll cut the price by ten percent",  # sales
    ]:
        assert _found(text) and may_repeat(text), text


def test_pieces_with_no_pair_of_words_twice_are_skipped() -> None:
    for text in [
        "I hear that the board wants the numbers by Friday, and that is tight for the team.",
        "Could we phase the cut so the launch keeps its two engineers through March?",
        "The nurse on nights covered your shift twice last month without a word of thanks.",
        "short one",
    ]:
        assert not may_repeat(text), text


def test_text_beyond_ascii_always_runs_the_pattern() -> None:
    assert may_repeat("Caf\u00e9 at noon")
    assert may_repeat("\u212aeep it")  # the Kelvin sign matches "k" without regard to case


_WORDS = ["we", "We", "can", "ship", "it", "it's", "you", "YOU", "the", "plan", "'", "x_1", "3"]
_SEPARATORS = [" ", ", ", "; ", ": ", " - ", "\u2013", "  ", ".", "'", "!", "?", "\n", ""]


@settings(max_examples=600, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=30).map(
        lambda pairs: "".join(w + s for w, s in pairs)
    )
)
@example("we can ship it we can ship it")
@example("We, can, ship, it WE, CAN, SHIP, IT")
@example("it' we can ship it' we can ship")
def test_the_check_says_no_only_where_the_pattern_finds_nothing(text: str) -> None:
    if not may_repeat(text):
        assert not _found(text)


def _benchmark_texts() -> list[str]:
    texts: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, str):
            texts.append(node)
        elif isinstance(node, dict):
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for folder in ("intent_sets", "intent_dev", "intent_dev2", "library_intents"):
        for path in sorted((BENCHMARKS / folder).glob("*.yaml")):
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
    return texts


def test_benchmark_texts_split_as_without_the_check(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _benchmark_texts()
    assert len(texts) > 1000
    sentences._split.cache_clear()
    gated = [split_sentences(t) for t in texts]
    sentences._split.cache_clear()
    monkeypatch.setattr(sentences, "may_repeat", lambda piece: True)
    ungated = [split_sentences(t) for t in texts]
    sentences._split.cache_clear()
    assert gated == ungated
    assert sum(not may_repeat(t) for t in texts) > len(texts) // 2  # the check skips most
