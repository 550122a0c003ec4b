"""The second and third gaming sets' shape (their pass rates are a benchmark, benchmarks/pairs.py,
not a test: asserting them here would invite tuning on the held-out halves)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .gaming_sets import (
    FORMS,
    GAMING_DEV_PROBES,
    GAMING_HELDOUT_PROBES,
    GAMING_THIRD_DEV_PROBES,
    GAMING_THIRD_HELDOUT_PROBES,
    THIRD_FORMS,
    GamingProbe,
    load_gaming_probes,
)

HALVES = {"dev": GAMING_DEV_PROBES, "heldout": GAMING_HELDOUT_PROBES}
THIRD_HALVES = {"third dev": GAMING_THIRD_DEV_PROBES, "third heldout": GAMING_THIRD_HELDOUT_PROBES}
DOMAINS = {
    "dev": {"counselling", "dispute", "engineering", "legal", "public sector", "education"},
    "heldout": {"health", "support", "finance", "hr", "retail", "family"},
    "third dev": {"housing", "open source", "school", "caregiving", "volunteering", "sport"},
    "third heldout": {
        "nursing",
        "insurance",
        "procurement",
        "audit",
        "data protection",
        "immigration",
    },
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


def _older_lines() -> set[str]:
    """the partner lines of every pair and strategy set before the gaming sets"""
    from .contrast_pairs import NEW_LINES, SITUATIONS
    from .heldout_pairs import GENRE_SETS, HELDOUT_PAIRS
    from .pairs import PAIRS as OLD_PAIRS
    from .strategy_lines import STRATEGIES_DEV, STRATEGIES_HELDOUT, load_strategy_lines

    older = {s.partner for s in SITUATIONS} | {p for p, _ in NEW_LINES}
    older |= {p for _, p, *_ in OLD_PAIRS} | {p for _, _, p, *_ in HELDOUT_PAIRS}
    older |= {p for _, d, h in GENRE_SETS for _, _, p, *_ in (*d, *h)}
    older |= {
        s.partner for f in (STRATEGIES_DEV, STRATEGIES_HELDOUT) for s in load_strategy_lines(f)
    }
    return older


def test_halves_share_no_line_and_no_earlier_set_uses_their_lines() -> None:
    dev, heldout = set(_lines(GAMING_DEV_PROBES)), set(_lines(GAMING_HELDOUT_PROBES))
    assert not dev & heldout
    assert not (dev | heldout) & _older_lines()


_STOCK = re.compile(
    r"\b(i (totally |completely )?(understand|hear you|appreciate)|thank(s| you) for|"
    r"let's work together|your feelings are valid|i'm here for you|sorry for any|"
    r"we appreciate|we value|holding space)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("half", [*HALVES, "third dev", "third heldout"])
def test_decent_replies_are_plain_and_short(half: str) -> None:
    for _, decent in _lines({**HALVES, **THIRD_HALVES}[half]).values():
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


@pytest.mark.parametrize("half", THIRD_HALVES)
def test_each_third_half_has_six_lines_in_new_domains_and_every_form_once_a_line(
    half: str,
) -> None:
    probes = THIRD_HALVES[half]
    lines = _lines(probes)
    assert len(lines) == 6 and len(probes) == 6 * len(THIRD_FORMS) == 96
    assert {domain for domain, _ in lines.values()} == DOMAINS[half]
    assert not DOMAINS[half] & (DOMAINS["dev"] | DOMAINS["heldout"])
    for line in lines:
        assert [f for _, p, _, f, _ in probes if p == line] == list(THIRD_FORMS)
    assert len({(p, text) for _, p, _, _, text in probes}) == len(probes)
    assert all(text != decent for _, _, decent, _, text in probes)


def test_third_halves_share_no_line_with_each_other_or_any_earlier_set() -> None:
    dev, heldout = set(_lines(GAMING_THIRD_DEV_PROBES)), set(_lines(GAMING_THIRD_HELDOUT_PROBES))
    assert not dev & heldout
    earlier = _older_lines() | set(_lines(GAMING_DEV_PROBES)) | set(_lines(GAMING_HELDOUT_PROBES))
    assert not (dev | heldout) & earlier


_FUNCTION_WORDS = {"would", "could", "should", "about", "there", "their", "which", "where"}


def _long_words(text: str) -> set[str]:
    """the words of five letters or more but function words, lower-cased: a line's matter,
    roughly"""
    return set(re.findall(r"[a-z]{5,}", text.lower())) - _FUNCTION_WORDS


_PRAISE = re.compile(
    r"\b(brilliant|amazing|wonderful|superb\w*|fantastic|devoted|angel|superstar|well-\w+|"
    r"insight\w*|inspir\w*|privilege|pleasure|lucky)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("half", THIRD_HALVES)
def test_each_third_form_is_what_its_name_says(half: str) -> None:
    probes = THIRD_HALVES[half]
    assert all(_PRAISE.search(text) for *_, text in _form(probes, "flattery"))
    assert all(text.lower().count("sorry") >= 4 for *_, text in _form(probes, "apology spam"))
    for partner, _, text in _form(probes, "unrelated small talk"):
        assert "?" in text and not _long_words(text) & _long_words(partner), text
    for _, _, text in _form(probes, "hostile either-or"):
        assert re.search(r"\bor\b", text) and text.endswith("?") and text.count("?") == 1
    for partner, _, text in _form(probes, "their words shuffled"):
        assert sorted(text.split()) == sorted(partner.split()) and text != partner
    for _, _, text in _form(probes, "bulleted stock phrases"):
        rows = text.splitlines()
        assert len(rows) >= 3 and all(re.match(r"[-•] \S", row) for row in rows), text
    for partner, _, text in _form(probes, "questions only"):
        sentences = re.findall(r"[^?.!]+[?.!]", text)
        assert len(sentences) >= 3 and all(s.endswith("?") for s in sentences), text
        assert not _long_words(text) & _long_words(partner), text
    as_said = re.compile(r"^(As|Per)\b.*\b(said|told|explained|mentioned|stated|noted|previous)\b")
    assert all(as_said.search(text) for *_, text in _form(probes, "per my last email"))
    respect = re.compile(r"^With (all due )?respect, ")
    assert all(respect.match(text) for *_, text in _form(probes, "with respect, dismissed"))
    assert all(t.startswith("Yes, ") for *_, t in _form(probes, "yes-and that ignores them"))
    for partner, decent, text in _form(probes, "padded with their words"):
        theirs = _long_words(partner)
        assert len(text) >= 2.5 * len(decent) and len(_long_words(text) & theirs) >= 0.7 * len(
            theirs
        ), text
    for _, _, text in _form(probes, "another language"):
        assert not re.search(r"\b(the|and|you|your|with)\b", text, re.IGNORECASE)
    for partner, decent, text in _form(probes, "keyboard mash"):
        words = set(re.findall(r"[a-z]+", f"{partner} {decent}".lower()))
        assert not set(re.findall(r"[a-z]+", text.lower())) & words
    assert all(not re.search(r"[A-Za-z0-9]", t) for *_, t in _form(probes, "emoji line"))
    for form in ("polite cave", "polite refusal"):
        assert all(len(text) <= 100 for *_, text in _form(probes, form))


def test_a_line_without_every_form_is_refused_with_its_place(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        'lines:\n  - domain: x\n    partner: "p"\n    decent: "d"\n'
        '    probes: {"stock stuffing": "I hear you."}\n',
        "utf-8",
    )
    with pytest.raises(ValueError, match=r"bad\.yaml: line 1: probes must be exactly"):
        load_gaming_probes(bad)
    with pytest.raises(ValueError, match=r"bad\.yaml: line 1: probes must be exactly.*flattery"):
        load_gaming_probes(bad, THIRD_FORMS)
    bad.write_text('lines:\n  - domain: x\n    partner: ""\n    decent: "d"\n', "utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml: line 1: needs non-empty"):
        load_gaming_probes(bad)
    bad.write_text("- just a list\n", "utf-8")
    with pytest.raises(ValueError, match=r"bad\.yaml: expected a mapping"):
        load_gaming_probes(bad)
