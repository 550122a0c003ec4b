"""The polarity readings read a long hostile reply once, not once per marker: a condition's
marker ("if if if ..."), a turned-down aside (", not I, not I, ...") and "oh no oh no ..."
each made a reading quadratic (seconds on a 50,000-character reply; the reply limit is
100,000). The work is counted here, not timed: the characters each reading hands its patterns
must grow with the reply, not with its square. The readings themselves are unchanged (their
cases in several domains below; scripts/dump_scores.py --dev-only was byte-identical)."""

from __future__ import annotations

import re
from typing import Any

import pytest

from roleplay.nlp import intent_readings, negation
from roleplay.nlp.intent_readings import refusal_end
from roleplay.nlp.negation import aside_spans, is_negative, negator_count


class _Counted:
    """A compiled pattern that adds up how many characters it is asked to read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.read = 0
        self.calls = 0

    def _span(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.calls += 1
        self.read += (len(text) if endpos is None else min(endpos, len(text))) - pos

    def search(self, text: str, pos: int = 0, endpos: int = 2**62) -> Any:
        self._span(text, pos, endpos)
        return self.pattern.search(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**62) -> Any:
        self._span(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = 2**62) -> Any:
        self._span(text, pos, endpos)
        return self.pattern.findall(text, pos, endpos)


def _counted(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> _Counted:
    counted = _Counted(getattr(module, name))
    monkeypatch.setattr(module, name, counted)
    return counted


@pytest.mark.parametrize("n", [2_000, 20_000])
def test_conditions_are_read_once_however_many_markers(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    markers = _counted(monkeypatch, negation, "_CONDITION_MARKER")
    text = ("if we don't " * n)[:n] + ". We can't, if you don't mind, go over budget."
    assert negator_count(text) >= 1
    assert markers.read <= 2 * len(text)


@pytest.mark.parametrize("n", [2_000, 20_000])
def test_turned_down_asides_count_the_words_before_them_once(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    words = _counted(monkeypatch, negation, "_WORD")
    text = "We keep the rota as it is" + (", not I" * n)
    aside_spans(text, 0, len(text))
    assert words.read <= 3 * len(text)


@pytest.mark.parametrize("n", [2_000, 20_000])
def test_sympathy_before_no_is_found_once_per_sentence(
    monkeypatch: pytest.MonkeyPatch, n: int
) -> None:
    sympathy = _counted(monkeypatch, intent_readings, "_SYMPATHY")
    text = "oh no " * n + "and no, we won't sign it"
    assert text[: refusal_end(text)].endswith("and no")
    assert sympathy.calls == 1 and sympathy.read == len(text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # engineering, sales, health, HR, public sector: a condition's negation is the
        # condition's, a refusal after it is still one
        ("If the build isn't green by noon, we roll back.", 0),
        ("Unless the client doesn't sign, the discount stands; we won't go lower.", 1),
        ("If you can't make the ward round, tell me; I won't cover it.", 1),
        ("Whether or not she applies, the panel can't move the date.", 1),
        ("Until the audit isn't blocking us, no, the permit can't be issued.", 2),
        ("If if if we don't. We don't.", 2),  # a stretch closed by a full stop holds no condition
    ],
)
def test_conditions_keep_their_readings(text: str, count: int) -> None:
    assert negator_count(text) == count


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Let's take it to your VP as one plan, not two complaints.", False),
        ("The data stays in Frankfurt, not the US.", False),
        ("We'll pay the invoice on Friday, not I, not we, no later than that.", True),
        ("Sorry, no budget left.", True),
        ("I'll cover the shift, not that I like it.", True),
    ],
)
def test_asides_keep_their_readings(text: str, negative: bool) -> None:
    assert is_negative(text) is negative


@pytest.mark.parametrize(
    ("text", "refuses_up_to"),
    [
        ("Oh no, that's awful news about the server.", None),
        ("Ah, no! I'm so sorry about your mum.", None),
        ("Uh oh no, the deploy failed; no, we won't skip the review.", "failed; no"),
        ("Oh, no. No, the permit can't be rushed.", "No"),
        ("Oh no no, we can't sign that contract.", "Oh no no"),
    ],
)
def test_sympathy_keeps_its_reading(text: str, refuses_up_to: str | None) -> None:
    end = refusal_end(text)
    if refuses_up_to is None:
        assert end is None
    else:
        assert end is not None and text[:end].endswith(refuses_up_to)
