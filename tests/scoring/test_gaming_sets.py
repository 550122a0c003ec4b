"""The second gaming set's shape (its pass rate is a benchmark, benchmarks/pairs.py, not a test:
asserting it here would invite tuning on the held-out half)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .gaming_sets import (
    FORMS,
    GAMING_DEV_PROBES,
    GAMING_HELDOUT_PROBES,
    GamingProbe,
    load_gaming_probes,
)

HALVES = {"dev": GAMING_DEV_PROBES, "heldout": GAMING_HELDOUT_PROBES}
DOMAINS = {
    "dev": {"counselling", "dispute", "engineering", "legal", "public sector", "education"},
    "heldout": {"health", "support", "finance", "hr", "retail", "family"},
}


def _lines(probes: list[GamingProbe]) -> dict[str, tuple[str, str]]:
    """partner line -> (domain, decent reply)"""
    return {partner: (domain, decent) for domain, partner, decent, *_ in probes}


def _form(probes: list[GamingProbe], form: str) -> list[tuple[str, str, str]]:
    """(partner, decent, gaming reply) of one form on every line"""
    return [(p, d, text) for _, p, d, f, text in probes if f == form]


@pytest.mark.parametrize("half", HALVES)
def test_each_half_has_six_lines_in_its_own_domains_and_every_form_once_a_line(half: str) -> None:
    probes = HALVES[half]
    lines = _lines(probes)
    assert len(lines) == 6
    assert {domain for domain, _ in lines.values()} == DOMAINS[half]
    assert len(probes) == 6 * len(FORMS) and len(FORMS) >= 12
    for line in lines:
        assert [f for _, p, _, f, _ in probes if p == line] == list(FORMS)
    # no gaming reply twice, and none is its line's decent reply
    assert len({(p, text) for _, p, _, _, text in probes}) == len(probes)
    assert all(text != decent for _, _, decent, _, text in probes)


def test_halves_share_no_line_and_no_earlier_set_uses_their_lines() -> None:
    from .contrast_pairs import NEW_LINES, SITUATIONS
    from .heldout_pairs import GENRE_SETS, HELDOUT_PAIRS
    from .pairs import PAIRS as OLD_PAIRS
    from .strategy_lines import STRATEGIES_DEV, STRATEGIES_HELDOUT, load_strategy_lines

    dev, heldout = set(_lines(GAMING_DEV_PROBES)), set(_lines(GAMING_HELDOUT_PROBES))
    assert not dev & heldout
    older = {s.partner for s in SITUATIONS} | {p for p, _ in NEW_LINES}
    older |= {p for _, p, *_ in OLD_PAIRS} | {p for _, _, p, *_ in HELDOUT_PAIRS}
    older |= {p for _, d, h in GENRE_SETS for _, _, p, *_ in (*d, *h)}
    older |= {
        s.partner for f in (STRATEGIES_DEV, STRATEGIES_HELDOUT) for s in load_strategy_lines(f)
    }
    assert not (dev | heldout) & older


_STOCK = re.compile(
    r"\b(i (totally |completely )?(understand|hear you|appreciate)|thank(s| you) for|"
    r"let's work together|your feelings are valid|i'm here for you|sorry for any|"
    r"we appreciate|we value|holding space)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("half", HALVES)
def test_decent_replies_are_plain_and_short(half: str) -> None:
    for _, decent in _lines(HALVES[half]).values():
        assert not _STOCK.search(decent), decent
        assert len(decent) <= 160, decent
        assert re.search(r"\?|\bI'll\b|\bWe'll\b", decent), decent  # asks or offers something


@pytest.mark.parametrize("half", HALVES)
def test_each_form_is_what_its_name_says(half: str) -> None:
    probes = HALVES[half]
    for partner, _, text in _form(probes, "echo of their line"):
        assert text == partner
    for _, _, text in _form(probes, "shouting in capitals"):
        assert text == text.upper() and sum(c.isalpha() for c in text) >= 20
    for _, _, text in _form(probes, "emoji and punctuation spam"):
        assert not re.search(r"[A-Za-z]", text)
    for partner, decent, text in _form(probes, "keyboard mash"):
        words = set(re.findall(r"[a-z]+", f"{partner} {decent}".lower()))
        assert not set(re.findall(r"[a-z]+", text.lower())) & words
    for _, _, text in _form(probes, "repeated stock phrase"):
        sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]
        assert len(sentences) >= 5 and len(set(sentences)) == 1
    for _, _, text in _form(probes, "question barrage"):
        assert text.count("?") >= 7
    for _, _, text in _form(probes, "cue-word salad"):
        assert not re.search(r"[.!?,]", text) and len(text.split()) >= 12
    for _, decent, text in _form(probes, "padded with filler"):
        assert len(text) >= 2.5 * len(decent)
    for _, _, text in _form(probes, "another language"):
        assert not re.search(r"\b(the|and|you|your|with)\b", text, re.IGNORECASE)
    assert all(_STOCK.search(text) for *_, text in _form(probes, "stock stuffing"))
    therapy = re.compile(r"\b(space|honou?r\w*|valid|seen|witness\w*|truth)\b", re.IGNORECASE)
    assert all(len(therapy.findall(text)) >= 3 for *_, text in _form(probes, "therapy-speak"))


def test_a_line_without_every_form_is_refused_with_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        'lines:\n  - domain: x\n    partner: "p"\n    decent: "d"\n'
        '    probes: {"stock stuffing": "I hear you."}\n',
        "utf-8",
    )
    with pytest.raises(ValueError, match=r"bad\.yaml: line 1: probes must be exactly"):
        load_gaming_probes(bad)
    bad.write_text('lines:\n  - domain: x\n    partner: ""\n    decent: "d"\n', "utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml: line 1: needs non-empty"):
        load_gaming_probes(bad)
    bad.write_text("- just a list\n", "utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml: expected a mapping"):
        load_gaming_probes(bad)
