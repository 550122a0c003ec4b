"""Text helpers for the scorer: tokens with offsets, sentences, clauses, quotes and negation.

Everything here keeps character offsets into the *original* reply, so evidence spans can point
back at exactly what the learner typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Curly quotes and apostrophes become straight ones; every replacement is one character for one
# character, so offsets stay valid.
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

_WORD = re.compile(r"[a-z0-9][a-z0-9%$']*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?\n]+|$")
# Clause boundaries: punctuation and the contrastive/coordinating words that reset negation scope.
_CLAUSE_BREAK = re.compile(
    r"[,;:.!?\n\-\u2014()]|\b(?:but|however|although|though|and|yet)\b", re.I
)
_DOUBLE_QUOTED = re.compile(r'"[^"\n]{1,200}"')
# A single-quoted stretch must open after a space/start and close before a space/punctuation,
# so apostrophes inside words ("don't") are never taken for quotes.
_SINGLE_QUOTED = re.compile(r"(?:(?<=\s)|^)'[^'\n]{1,200}'(?=[\s.,;:!?)]|$)")

NEGATORS = frozenset(
    {
        "not",
        "no",
        "never",
        "nor",
        "don't",
        "dont",
        "doesn't",
        "doesnt",
        "didn't",
        "didnt",
        "isn't",
        "isnt",
        "wasn't",
        "wasnt",
        "aren't",
        "arent",
        "can't",
        "cant",
        "cannot",
        "won't",
        "wont",
        "wouldn't",
        "wouldnt",
        "shouldn't",
        "shouldnt",
        "couldn't",
        "couldnt",
        "hardly",
        "barely",
        "nothing",
        "neither",
        "ain't",
        "haven't",
        "hasn't",
    }
)


@dataclass(frozen=True)
class Token:
    """A word of the reply: lower-cased text and its character span."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class PreparedText:
    """The reply in the forms the features need, computed once per reply."""

    original: str
    plain: str  # straight quotes, same length as original
    masked: str  # quoted passages blanked out, same length (cues inside quotes don't count)
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[tuple[int, int], ...]
    clause_breaks: tuple[int, ...]


def straighten(text: str) -> str:
    return text.translate(_STRAIGHTEN)


def tokenize(text: str) -> tuple[Token, ...]:
    return tuple(
        Token(m.group().lower().strip("'"), m.start(), m.end()) for m in _WORD.finditer(text)
    )


def quote_spans(plain: str) -> tuple[tuple[int, int], ...]:
    spans = [(m.start(), m.end()) for m in _DOUBLE_QUOTED.finditer(plain)]
    for m in _SINGLE_QUOTED.finditer(plain):
        if not any(s <= m.start() < e for s, e in spans):
            spans.append((m.start(), m.end()))
    return tuple(sorted(spans))


def sentence_spans(plain: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(plain):
        end = m.end()
        if plain[start:end].strip():
            spans.append((start, end))
        start = end
        if m.end() == len(plain):
            break
    return tuple(spans)


def prepare(reply: str) -> PreparedText:
    plain = straighten(reply)
    quotes = quote_spans(plain)
    chars = list(plain)
    for start, end in quotes:
        for i in range(start + 1, end - 1):
            chars[i] = " "
    masked = "".join(chars)
    return PreparedText(
        original=reply,
        plain=plain,
        masked=masked,
        tokens=tokenize(plain),
        sentences=sentence_spans(plain),
        quotes=quotes,
        clause_breaks=tuple(m.start() for m in _CLAUSE_BREAK.finditer(plain)),
    )


def sentence_of(text: PreparedText, position: int) -> tuple[int, int]:
    for start, end in text.sentences:
        if start <= position < end:
            return start, end
    return 0, len(text.plain)


def is_negated(text: PreparedText, start: int, window: int = 3) -> bool:
    """True when one of the `window` words before `start`, in the same clause, is a negator."""
    clause_start = 0
    for b in text.clause_breaks:
        if b < start:
            clause_start = b
        else:
            break
    before = [t for t in text.tokens if clause_start <= t.start and t.end <= start]
    return any(t.text in NEGATORS or t.text.endswith("n't") for t in before[-window:])


def in_quote(text: PreparedText, start: int, end: int) -> bool:
    return any(qs < start and end <= qe for qs, qe in text.quotes)
