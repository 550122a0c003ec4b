"""The scorer's lexicons: behaviour cues and word lists, loaded once from JSON and compiled."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any, Literal

from roleplay.scoring.types import DIMENSIONS, Dimension

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
    return re.compile(_BOUNDARY_BEFORE + "(?:" + "|".join(parts) + ")" + _BOUNDARY_AFTER, re.I)


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
    pattern: re.Pattern[str] | None


@dataclass(frozen=True)
class Lexicon:
    features: dict[str, FeatureSpec]
    stopwords: frozenset[str]
    generic: frozenset[str]
    emotions: dict[str, re.Pattern[str]]
    emotion_names: dict[str, str]
    any_emotion: re.Pattern[str]
    attribution: frozenset[str]
    self_words: frozenset[str]
    question_open: frozenset[str]
    question_closed: frozenset[str]
    question_lead_ins: frozenset[str]
    interest_words: frozenset[str]

    def spec(self, name: str) -> FeatureSpec:
        return self.features[name]

    def emotion_category(self, word: str) -> str | None:
        """The feeling category of a scenario's `emotion` ("pressured" -> "pressure")."""
        word = word.strip().lower()
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
    patterns: list[str] = list(raw.get("patterns", []))
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
        pattern=compile_cues(patterns) if patterns else None,
    )


def load_lexicon() -> Lexicon:
    cues = read_package_json("cues.json")
    words = read_package_json("words.json")
    features = {name: _spec(name, raw) for name, raw in cues["features"].items()}
    emotions = {cat: compile_cues(list(stems)) for cat, stems in words["emotions"].items()}
    all_stems = [s for stems in words["emotions"].values() for s in stems]
    return Lexicon(
        features=features,
        stopwords=frozenset(words["stopwords"]),
        generic=frozenset(words["generic"]),
        emotions=emotions,
        emotion_names=dict(words["emotion_names"]),
        any_emotion=compile_cues(all_stems),
        attribution=frozenset(words["attribution"]),
        self_words=frozenset(words["self_words"]),
        question_open=frozenset(words["question_open"]),
        question_closed=frozenset(words["question_closed"]),
        question_lead_ins=frozenset(words["question_lead_ins"]),
        interest_words=frozenset(words["interest_words"]),
    )
