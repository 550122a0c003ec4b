"""FixedScorer: a frozen, rule-based scorer for tests and demonstrations.

It is never fitted and never changes, so tests outside ``tests/scoring`` (the TUI's snapshots,
storage, reports, the CLI) can use it and stay put when the real scorer is refitted. It is
honest about what it is: a handful of surface cues, nothing more. Rules (documented in
docs/scoring.md, "The fixed test scorer"):

- listening = 30, +20 for each of the state's key points the reply mentions (case-insensitive),
  +15 when the reply asks a question (contains "?");
- empathy = 30, +30 when the reply uses one of ``understand sorry sounds feel hear``;
- collaboration = 30, +30 when the reply uses one of ``we together let's us``;
- each capped at 100; overall is their rounded mean; same side is "beside" when collaboration
  is 60 or more and "across" when every dimension is 30.

Every evidence item carries the span of the words that earned it.
"""

from __future__ import annotations

import re

from .types import Evidence, SameSide, Score, ScoreInput

_WORD = re.compile(r"[A-Za-z0-9']+")
_EMPATHY = frozenset({"understand", "sorry", "sounds", "feel", "hear"})
_TOGETHER = frozenset({"we", "together", "let's", "us"})


def _first_word(reply: str, words: frozenset[str]) -> tuple[int, int] | None:
    for match in _WORD.finditer(reply):
        if match.group().lower() in words:
            return match.span()
    return None


class FixedScorer:
    name = "fixed"

    def score(self, item: ScoreInput) -> Score:
        reply = item.reply
        lowered = reply.lower()
        evidence: list[Evidence] = []
        listening = 30
        for point in item.key_points:
            at = lowered.find(point.lower())
            if point and at >= 0:
                listening += 20
                evidence.append(
                    Evidence("listening", 20, f"mentioned {point}", (at, at + len(point)))
                )
        question = reply.find("?")
        if question >= 0:
            listening += 15
            evidence.append(Evidence("listening", 15, "asked a question", (question, question + 1)))
        empathy = 30
        span = _first_word(reply, _EMPATHY)
        if span is not None:
            empathy += 30
            evidence.append(Evidence("empathy", 30, "acknowledged feelings", span))
        collaboration = 30
        span = _first_word(reply, _TOGETHER)
        if span is not None:
            collaboration += 30
            evidence.append(Evidence("collaboration", 30, "joint framing", span))
        listening, empathy, collaboration = (
            min(100, x) for x in (listening, empathy, collaboration)
        )
        overall = round((listening + empathy + collaboration) / 3)
        side: SameSide = "neutral"
        if collaboration >= 60:
            side = "beside"
        elif listening == empathy == collaboration == 30:
            side = "across"
        return Score(listening, empathy, collaboration, overall, side, tuple(evidence))
