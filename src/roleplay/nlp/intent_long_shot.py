"""A forecast that the move will not happen is no move of the intent's, at most a no (issue 12).

"An extension is unlikely this late in the year.", "A refund is unlikely at this stage.",
"Extra budget is a long shot this quarter.", "I wouldn't count on it.", "Don't hold your
breath.": the speaker names the move only to say it will not come. Read as sentences, such
parts share the move's words and no negator turns them round: "An extension is unlikely this
late in the year." met a docs-only blind set's proposal of an extension, "Extra budget is a
long shot this quarter." met offers, trades and a cave in 9 readable sets.

A part that is such a forecast is set aside from every intent that does not say no
(:func:`.intent_refusal.refusing`) and none of whose examples forecasts so: it may still meet a
refusal, the only move it makes.

Not read so: "Fat chance!", a colloquial no that :mod:`.intent_idioms` reads as "No!" (so it
meets what a bare no meets, see :mod:`.intent_only_no`); "unlikely to" ("It's unlikely to happen again": a reassurance about an outcome),
a question ("Is an extension unlikely?"), a move after a clause break ("An extension is
unlikely, but I can get you a week": a clause of its own).
"""

from __future__ import annotations

import re

from .intent_part import PartReading

_FORECAST = re.compile(
    r"\b(?:(?:is|['’]s|are|['’]re|looks|seems|would\s+be|will\s+be)\s+(?:very\s+|highly\s+"
    r"|pretty\s+|really\s+|extremely\s+|most\s+)?unlikely\b(?!\s+to\b)"
    r"|(?:is|['’]s|are|['’]re|looks\s+like|would\s+be)\s+(?:a\s+(?:bit\s+of\s+a\s+|real\s+)?"
    r"(?:long\s+shot|non-?starter|pipe\s+dream)|slim\s+to\s+none)\b"
    r"|(?:won['’]t|will\s+not|isn['’]t\s+going\s+to|is\s+not\s+going\s+to)\s+fly\b"
    r"|(?:i|we)\s+(?:wouldn['’]t|would\s+not)\s+count\s+on\s+(?:it|that|them)\b"
    r"|(?:don['’]t|do\s+not)\s+hold\s+your\s+breath\b)",
    re.IGNORECASE,
)
# a clause after it, which may make a move of its own
_MORE = re.compile(r"[;:—–]|\s-+\s|,?\s*\b(?:but|though|although|however)\b|,\s*(?:i|we|let['’]?s)\b",
                   re.IGNORECASE)  # fmt: skip
_WORDS = ("unlikely", "long shot", "starter", "pipe dream", "slim to none", "fly",
          "count on", "hold your breath")  # fmt: skip

# a part that forecasts the move will not happen (anywhere in it); an intent one of whose
# examples forecasts so keeps meeting it
_PART = PartReading(_WORDS, _FORECAST, _MORE, anywhere=True, examples=_FORECAST)
may_forecast = _PART.may
long_shot = _PART.reads
forecasting = _PART.held_by
