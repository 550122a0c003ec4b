"""The scorer's lexicons: behaviour cues and word lists, loaded once from JSON and compiled."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from roleplay.scoring.branches import top_level
from roleplay.scoring.needles import Needles, may_match, needles
from roleplay.scoring.openings import finditer, openings
from roleplay.scoring.text import ascii_lower
from roleplay.scoring.types import DIMENSIONS, Dimension

EMOTION_PREFIX = "emotion:"  # feeling words share the cue index, filed under this prefix
Negation = Literal["flip", "drop", "none"]
Side = Literal["beside", "across"]

_BOUNDARY_BEFORE = r"(?<![a-z0-9'])"
_BOUNDARY_AFTER = r"(?![a-z0-9])"


def read_package_json(name: str) -> dict[str, Any]:
    text = resources.files("roleplay.scoring").joinpath("data", name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def compile_cues(patterns: list[str]) -> re.Pattern[str]:
    """One alternation for a feature's patterns; a space in a pattern matches any whitespace.

    Longer patterns come first so the widest phrase wins ("take it or leave it" over "leave").
    Apostrophes are optional, as people type them or not ("thats", "dont").
    """
    parts = sorted(
        (p.replace("'", "'?").replace(" ", r"\s+") for p in patterns), key=len, reverse=True
    )
    # No re.IGNORECASE: it makes matching several times slower; patterns are written in lower
    # case and run on ASCII-lower-cased text instead (see text.PreparedText.lower).
    return re.compile(_BOUNDARY_BEFORE + "(?:" + "|".join(parts) + ")" + _BOUNDARY_AFTER)


# What a leading character of a cue pattern becomes in its compiled form (compile_cues): a
# letter or digit itself, an apostrophe optional, a space any whitespace.
_UNIT_REGEX = {c: c for c in "abcdefghijklmnopqrstuvwxyz0123456789"} | {"'": "'?", " ": r"\s+"}
_QUANTIFIERS = ("?", "*", "+", "{")


def _leading_units(pattern: str) -> tuple[tuple[str, ...], str]:
    """The plain characters a pattern opens on (letters, digits, apostrophes, spaces, none of
    them quantified) and the rest of it; a pattern with an alternation of its own at the top
    level is all rest."""
    if len(top_level(pattern)) > 1:
        return (), pattern
    i = 0
    while (
        i < len(pattern)
        and pattern[i] in _UNIT_REGEX
        and pattern[i + 1 : i + 2] not in _QUANTIFIERS
    ):
        i += 1
    return tuple(pattern[:i]), pattern[i:]


def _trie(items: list[tuple[tuple[str, ...], str]]) -> str:
    r"""One alternation of the patterns (leading units, rest) with common openings written once:
    `you(?:'?re\s+right|\s+should)` for "you're right" and "you should". It matches where
    one of them matches (the order of its alternatives is not theirs: only a gate's yes or no
    may be read from it)."""
    alternatives: list[str] = []
    children: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for units, rest in items:
        if units:
            children.setdefault(units[0], []).append((units[1:], rest))
        else:
            alternatives.append(rest.replace("'", "'?").replace(" ", r"\s+"))
    for unit, below in children.items():
        inner = _trie(below)
        if len(top_level(inner)) > 1:
            inner = "(?:" + inner + ")"
        alternatives.append(_UNIT_REGEX[unit] + inner)
    return "|".join(dict.fromkeys(alternatives))


def compile_gate(patterns: list[str]) -> re.Pattern[str]:
    """A pattern that matches at a position exactly when `compile_cues(patterns)` does there
    (its match's end may differ: a gate is read as a yes or no). The cue patterns filed under
    one index key share their first letters, often their first words ("you", "i"); a plain
    alternation tries every one of them in turn at each word, the trie only the branches whose
    opening fits (tests/scoring/test_cue_gate.py checks the two agree)."""
    return re.compile(
        _BOUNDARY_BEFORE
        + "(?:"
        + _trie([_leading_units(p) for p in patterns])
        + ")"
        + _BOUNDARY_AFTER
    )


_LEADING_LETTERS = re.compile(r"[a-z]+")


def index_key(word: str) -> str:
    """Where a cue or a token is filed: its first one or two letters ("you're" -> "yo")."""
    m = _LEADING_LETTERS.match(word)
    return m.group()[:2] if m else ""


def _pattern_key(pattern: str) -> str:
    """The index key of a pattern when its first two characters are plain letters, else ""."""
    m = _LEADING_LETTERS.match(pattern)
    if m is None:
        return ""
    letters = m.group()
    following = pattern[len(letters) : len(letters) + 1]
    if len(letters) == 1 and following not in ("", " ", "'", "("):
        return ""  # e.g. "u?" or "i*": the first letter is not certain
    if len(letters) == 2 and following in ("?", "*", "{"):
        return letters[:1]
    return letters[:2]


def expand_leading_group(pattern: str) -> list[str]:
    """Spell out a leading group so each variant starts with letters and can be indexed:
    "(?:i |we )?understand" -> ["i understand", "we understand", "understand"]."""
    if _pattern_key(pattern) or not pattern.startswith("(?:"):
        return [pattern]
    close = pattern.find(")")
    inner = pattern[3:close]
    if "(" in inner:
        return [pattern]
    rest = pattern[close + 1 :]
    variants = [alt + rest.removeprefix("?") for alt in inner.split("|")]
    if rest.startswith("?"):
        variants.append(rest[1:])
    return [v for variant in variants for v in expand_leading_group(variant)]


Entry = tuple[re.Pattern[str], tuple[tuple[str, re.Pattern[str]], ...]]
MAX_KEYS = 50_000  # words whose entry is remembered (later new words are looked up)
_UNSEEN: Entry = (re.compile(""), ())  # what entries.get returns for a word not seen yet


@dataclass(frozen=True)
class CueIndex:
    """Named groups of patterns, filed by their first letters for speed.

    A reply is only tried against the patterns that can start at each of its words, after one
    "gate" check (any pattern filed under those letters). Patterns that start with punctuation
    or an optional group are scanned over the whole text instead.
    """

    raw: dict[str, dict[str, list[str]]]  # index key -> feature name -> patterns
    # (name, pattern, needles, openings): needles.py, the pattern runs only on text holding a
    # needle; openings.py, and there only where a match can start
    fallback: tuple[tuple[str, re.Pattern[str], Needles | None, re.Pattern[str] | None], ...]
    compiled: dict[str, Entry]  # filled on first use of a key: building stays cheap
    # word -> the entry of its index key, or None when no pattern is filed under it
    entries: dict[str, Entry | None]

    @classmethod
    def build(cls, groups: dict[str, list[str]]) -> CueIndex:
        grouped: dict[str, dict[str, list[str]]] = {}
        fallback: list[tuple[str, re.Pattern[str], Needles | None, re.Pattern[str] | None]] = []
        for name, patterns in groups.items():
            loose = []
            for p in (v for raw in patterns for v in expand_leading_group(raw)):
                key = _pattern_key(p)
                if key:
                    grouped.setdefault(key, {}).setdefault(name, []).append(p)
                else:
                    loose.append(p)
            if loose:
                compiled = compile_cues(loose)
                found = (name, compiled, needles(compiled.pattern), openings(compiled.pattern))
                fallback.append(found)
        return cls(grouped, tuple(fallback), {}, {})

    def entry(self, key: str) -> Entry | None:
        """The gate and per-feature patterns filed under `key`, compiled once."""
        found = self.compiled.get(key)
        if found is None:
            by_name = self.raw.get(key)
            if by_name is None:
                return None
            found = (
                compile_gate([p for ps in by_name.values() for p in ps]),
                tuple((name, compile_cues(ps)) for name, ps in by_name.items()),
            )
            self.compiled[key] = found
        return found

    def compile_all(self) -> None:
        """Compile every key's patterns now (a warm-up off the UI thread), not on first use."""
        for key in list(self.raw):
            self.entry(key)

    def scan(
        self, lower: str, word_starts: Iterable[tuple[str, int]]
    ) -> list[tuple[str, int, int]]:
        """(name, start, end) of every match in `lower` (ASCII lower-cased text), given its
        words as (word, start); matches of one name never overlap."""
        found: list[tuple[str, int, int]] = []
        last_end: dict[str, int] = {}
        entries = self.entries
        for word, start in word_starts:
            entry = entries.get(word, _UNSEEN)
            if entry is _UNSEEN:
                entry = self.entry(index_key(word))
                if len(entries) < MAX_KEYS:
                    entries[word] = entry
            if entry is None or entry[0].match(lower, start) is None:
                continue
            for name, pattern in entry[1]:
                if start < last_end.get(name, 0):
                    continue
                m = pattern.match(lower, start)
                if m is not None:
                    found.append((name, start, m.end()))
                    last_end[name] = m.end()
        for name, pattern, required, opening in self.fallback:
            if not may_match(required, lower):
                continue  # none of the words every match holds: it cannot match
            for m in finditer(pattern, opening, lower):
                if m.start() >= last_end.get(name, 0):
                    found.append((name, m.start(), m.end()))
        return found


@dataclass(frozen=True)
class FeatureSpec:
    """How one feature is found, explained and weighted."""

    name: str
    template: str
    cap: float
    negation: Negation
    side: Side | None
    prior: dict[Dimension, float]
    fixed: bool


@dataclass(frozen=True)
class Lexicon:
    features: dict[str, FeatureSpec]
    cues: CueIndex
    stopwords: frozenset[str]
    generic: frozenset[str]
    emotions: dict[str, re.Pattern[str]]
    emotion_names: dict[str, str]
    emotion_index: CueIndex
    attribution: frozenset[str]
    self_words: frozenset[str]
    question_open: frozenset[str]
    question_closed: frozenset[str]
    question_lead_ins: frozenset[str]
    interest_words: frozenset[str]

    def spec(self, name: str) -> FeatureSpec:
        return self.features[name]

    def compile_all(self) -> None:
        """Compile every cue pattern now; replies otherwise compile those of their words."""
        self.cues.compile_all()
        self.emotion_index.compile_all()

    def emotion_category(self, word: str) -> str | None:
        """The feeling category of a scenario's `emotion` ("pressured" -> "pressure")."""
        word = ascii_lower(word.strip())
        if not word:
            return None
        if word in self.emotions:
            return word
        for category, pattern in self.emotions.items():
            if pattern.search(word):
                return category
        return None


def _spec(name: str, raw: dict[str, Any]) -> FeatureSpec:
    prior: dict[Dimension, float] = {}
    for dim in DIMENSIONS:
        if dim in raw.get("prior", {}):
            prior[dim] = float(raw["prior"][dim])
    side = raw.get("side")
    negation = raw.get("negation", "none")
    if side not in ("beside", "across", None) or negation not in ("flip", "drop", "none"):
        raise ValueError(f"bad side/negation for feature {name}")
    return FeatureSpec(
        name=name,
        template=str(raw["template"]),
        cap=float(raw.get("cap", 1)),
        negation=negation,
        side=side,
        prior=prior,
        fixed=bool(raw.get("fixed", False)),
    )


_PART = re.compile(r"\{([a-z_]+)\}")


def with_parts(patterns: list[str], parts: dict[str, str]) -> list[str]:
    """``patterns`` with each ``{name}`` replaced by ``parts[name]``: a list of words several cues
    share (cues.json's ``parts``) is written once. A name ``parts`` lacks is an error, so a typo
    never becomes a pattern that looks for braces."""

    def part(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in parts:
            raise ValueError(f"cues.json: a pattern names the part {{{name}}}, which parts lacks")
        return parts[name]

    return [_PART.sub(part, p) for p in patterns]


def load_lexicon() -> Lexicon:
    cues = read_package_json("cues.json")
    words = read_package_json("words.json")
    parts: dict[str, str] = cues.get("parts", {})
    features = {name: _spec(name, raw) for name, raw in cues["features"].items()}
    emotions = {cat: compile_cues(list(stems)) for cat, stems in words["emotions"].items()}
    return Lexicon(
        features=features,
        cues=CueIndex.build(
            {
                name: with_parts(list(raw.get("patterns", [])), parts)
                for name, raw in cues["features"].items()
            }
            | {EMOTION_PREFIX + cat: list(stems) for cat, stems in words["emotions"].items()}
        ),
        stopwords=frozenset(words["stopwords"]),
        generic=frozenset(words["generic"]),
        emotions=emotions,
        emotion_names=dict(words["emotion_names"]),
        emotion_index=CueIndex.build(
            {cat: list(stems) for cat, stems in words["emotions"].items()}
        ),
        attribution=frozenset(words["attribution"]),
        self_words=frozenset(words["self_words"]),
        question_open=frozenset(words["question_open"]),
        question_closed=frozenset(words["question_closed"]),
        question_lead_ins=frozenset(words["question_lead_ins"]),
        interest_words=frozenset(words["interest_words"]),
    )
