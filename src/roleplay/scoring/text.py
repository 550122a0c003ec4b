"""Text helpers for the scorer: tokens with offsets, sentences, clauses, quotes and negation.

Everything here keeps character offsets into the *original* reply, so evidence spans can point
back at exactly what the learner typed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import NamedTuple

# Curly quotes and apostrophes become straight ones; every replacement is one character for one
# character, so offsets stay valid.
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

# ASCII-only lower-casing keeps every offset (str.lower() may change a string's length).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

_WORD = re.compile(r"[a-z0-9][a-z0-9%$']*", re.IGNORECASE)
# The same on ASCII text, which tokenize() has lower-cased: the flag only slows it down there
# (it also matches a few non-ASCII letters, such as the Kelvin sign, so other text keeps it).
_ASCII_WORD = re.compile(r"[a-z0-9][a-z0-9%$']*")
_SENTENCE_END = re.compile(r"[.!?\n]+|$")
# Clause boundaries: punctuation and the contrastive/coordinating words that reset negation scope.
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n\-\u2014()]|\b(?:but|however|although|though|and|yet)\b")
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


class Token(NamedTuple):
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
    lower: str  # `masked`, ASCII lower-cased, same length: what cue patterns run on
    tokens: tuple[Token, ...]
    token_starts: tuple[int, ...]
    sentences: tuple[tuple[int, int], ...]
    quotes: tuple[tuple[int, int], ...]
    clause_breaks: tuple[int, ...]


SNIPPET = 60


def snippet(text: str, start: int, end: int) -> str:
    """`text[start:end]` on one line, cut to SNIPPET characters (for evidence reasons)."""
    s = " ".join(text[start:end].split())
    return s if len(s) <= SNIPPET else s[: SNIPPET - 1].rstrip() + "\u2026"


def straighten(text: str) -> str:
    return text.translate(_STRAIGHTEN)


def ascii_lower(text: str) -> str:
    return text.translate(_ASCII_LOWER)


def tokenize(text: str) -> tuple[Token, ...]:
    make = tuple.__new__  # builds the named tuple without the Python-level __new__ (hot path)
    lower = ascii_lower(text)
    words = (_ASCII_WORD if text.isascii() else _WORD).finditer(lower)
    if "'" not in lower:  # no word can end in an apostrophe
        return tuple([make(Token, (m.group(), m.start(), m.end())) for m in words])
    out = []
    for m in words:
        word = m.group()
        if word[-1] == "'":
            word = word.rstrip("'")
        out.append(make(Token, (word, m.start(), m.end())))
    return tuple(out)


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
    masked = plain
    for start, end in quotes:
        masked = masked[: start + 1] + " " * (end - start - 2) + masked[end - 1 :]
    tokens = tokenize(plain)
    lower_plain = ascii_lower(plain)
    lower = lower_plain if masked == plain else ascii_lower(masked)
    return PreparedText(
        original=reply,
        plain=plain,
        masked=masked,
        lower=lower,
        tokens=tokens,
        token_starts=tuple(t.start for t in tokens),
        sentences=sentence_spans(plain),
        quotes=quotes,
        clause_breaks=tuple([m.start() for m in _CLAUSE_BREAK.finditer(lower_plain)]),
    )


def sentence_of(text: PreparedText, position: int) -> tuple[int, int]:
    for start, end in text.sentences:
        if start <= position < end:
            return start, end
    return 0, len(text.plain)


def tokens_before(text: PreparedText, position: int) -> int:
    """How many tokens start before `position` (index of the first token at/after it)."""
    return bisect_left(text.token_starts, position)


def is_negated(text: PreparedText, start: int, window: int = 3) -> bool:
    """True when one of the `window` words before `start`, in the same clause, is a negator."""
    k = bisect_left(text.clause_breaks, start)
    clause_start = text.clause_breaks[k - 1] if k else 0
    i = tokens_before(text, start)
    for t in text.tokens[max(0, i - window) : i]:
        if (
            t.start >= clause_start
            and t.end <= start
            and (t.text in NEGATORS or t.text.endswith("n't"))
        ):
            return True
    return False


def in_quote(text: PreparedText, start: int, end: int) -> bool:
    return any(qs < start and end <= qe for qs, qe in text.quotes)
