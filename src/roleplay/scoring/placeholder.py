"""PlaceholderScorer: a deliberately simple stand-in used only by engine tests.

It is honest about what it is: it counts a few surface cues and nothing more. The real scorer
(``roleplay.scoring.default_scorer()``) is what play uses.
"""

from __future__ import annotations

import re

from .types import Evidence, Score, ScoreInput

_WORD = re.compile(r"[a-z0-9']+")


class PlaceholderScorer:
    name = "placeholder"

    def score(self, item: ScoreInput) -> Score:
        words = _WORD.findall(item.reply.lower())
        evidence: list[Evidence] = []
        listening = 30
        hits = [k for k in item.key_points if k.lower() in item.reply.lower()]
        if hits:
            listening += 20 * len(hits)
            evidence.append(Evidence("listening", 20 * len(hits), f"mentioned {', '.join(hits)}"))
        if "?" in item.reply:
            listening += 15
            evidence.append(Evidence("listening", 15, "asked a question"))
        empathy = 30
        if {"understand", "sorry", "sounds", "feel"} & set(words):
            empathy += 30
            evidence.append(Evidence("empathy", 30, "acknowledged feelings"))
        collaboration = 30
        if {"we", "together", "let's", "us"} & set(words):
            collaboration += 30
            evidence.append(Evidence("collaboration", 30, "joint framing"))
        listening, empathy, collaboration = (min(100, x) for x in (listening, empathy, collaboration))
        overall = round((listening + empathy + collaboration) / 3)
        return Score(listening, empathy, collaboration, overall, "neutral", tuple(evidence))
