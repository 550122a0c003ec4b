"""Split a text into sentences, as character spans into the original text.

Rules, kept small and predictable because chat replies are short and informal:
- a sentence ends at `.`, `!`, `?` or `…` (runs like `?!` or `...` count once, closing quotes and
  brackets stay with the sentence) when whitespace or the end of the text follows;
- a line break always ends a sentence (lists and line-per-point replies);
- a question after a semicolon is a sentence of its own ("I'll ask the float pool for Sunday;
  could you manage Saturday?");
- a `.` after a common abbreviation (`e.g.`, `Dr.`, `approx.`) or a single-letter initial does
  not end one; decimals (`3.5`) and URLs never do since no whitespace follows the dot;
- a run of four to twelve words said again straight after itself with no end mark ("I understand
  how you feel I understand how you feel") ends where its copy begins: each copy is a sentence
  of its own, so a repeat is read as one (rule 88 of docs/scoring.md);
- spans exclude surrounding whitespace; a text of only whitespace has no sentences.

Scoring and intent matching both split the same reply (and scoring the same partner line turn
after turn), so the spans of recent texts are kept: the second split is a lookup.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A run of end marks with closing quotes or brackets, followed by whitespace or the end; or a run
# of line breaks. Written to open on one character class (an end mark or a line break, then the
# rest of whichever run it opened), so the engine skips from one such character to the next
# instead of trying both alternatives at every position; it finds exactly what
# `[.!?\u2026]+['"\u2019\u201d)\]]*(?=\s|$)|\n+` finds (tests/nlp/test_sentences.py).
_BOUNDARY = re.compile(
    r"""[.!?\u2026\n](?:(?<=\n)\n*|(?<!\n)[.!?\u2026]*['"\u2019\u201d)\]]*(?=\s|$))"""
)
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")
SPLIT_CACHE_SIZE = 256  # texts whose spans are kept (a reply, its partner line, ...)
# A longer run without an end mark is cut at a space before this length. Reading a sentence
# (negation, refusals, conditions) costs time growing with the square of its length: one
# unpunctuated paste of 100,000 characters kept the scorer busy for many minutes.
MAX_SENTENCE_CHARS = 1_000
# A clause that opens like a question, and one that goes on with "or": one question.
_ASKS = re.compile(
    r"\s*(?:is|are|was|were|do|does|did|can|could|would|will|should|shall|may|might|have|has|"
    r"what|why|how|when|where|who|whom|which|whose)\b",
    re.IGNORECASE,
)
_OR = re.compile(r"\s*or\b", re.IGNORECASE)
# Copies are cut off only while the text has fewer sentences than this: enough for any reply a
# person writes, and a paste of the same phrase 10,000 times does not become 10,000 sentences.
REPEAT_CUTS_UNTIL = 40
_SEPARATORS = re.compile(r"[\s,;:\u2013\u2014-]*")
_WORD = re.compile(r"\w")
# Four to twelve words, then the same words again (case aside) after a space, comma, semicolon,
# colon or dash: the copy starts a sentence of its own.
_REPEATED_RUN = re.compile(
    r"\b((?:[\w']+[\s,;:\u2013\u2014-]+){3,11}?[\w']+)[\s,;:\u2013\u2014-]+(?=\1\b)", re.IGNORECASE
)
REPEAT_MIN_WORDS = 4  # the fewest words of a run said again (the pattern's {3,11}, plus one)
_RUN_WORDS = re.compile(r"[\w']+")  # the pattern's words
ABBREVIATIONS = frozenset(
    # Only forms that are not also ordinary words ending a sentence ("No.", "I am.", "I sat.").
    """mr mrs ms dr prof sr jr st vs etc e.g i.e eg ie approx appt dept inc ltd corp cf al jan feb
    apr jun jul aug sept oct nov tues thurs a.m p.m u.s u.k""".split()
)


def _is_abbreviation(text: str, end: int) -> bool:
    """True if the `.` just before `end` closes an abbreviation or an initial, not a sentence."""
    match = _LAST_WORD.search(text, max(0, end - 12), end)
    if match is None:
        return False
    word = match.group(1).lower()
    if word in ABBREVIATIONS:
        following = text[end:].lstrip()[:1]
        return not (word == "etc" and following.isupper())  # "etc. Then" ends a sentence
    return len(word) == 1 and word.isalpha() and match.group(1).isupper()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans `(start, end)` of the sentences of `text`, in order, whitespace trimmed
    (a new list each call: the caller may change it)."""
    return list(_split(text))


@lru_cache(maxsize=SPLIT_CACHE_SIZE)
def _split(text: str) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group().startswith(".") and match.group().rstrip("'\"\u2019\u201d)]") == ".":
            if _is_abbreviation(text, match.start() + 1) and "\n" not in match.group():
                continue
        _append(text, start, end, spans)
        start = end
    _append(text, start, len(text), spans)
    return tuple(spans)


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        if cut == -1:  # one 'word' of a thousand characters: cut inside it
            cut = start + MAX_SENTENCE_CHARS
        _append_piece(text, start, cut, spans)
        start = cut
    _append_piece(text, start, end, spans)


def may_repeat(piece: str) -> bool:
    """Whether `_REPEATED_RUN` may match in `piece`: False only when it cannot.

    A match is a run of four to twelve words (each `[\\w']+`) and its copy right after, with
    separators (no `\\w` and no `'`) between the words. The run's second and third words lie
    between separators, so each is a whole run of `[\\w']` characters, and so are the copy's
    second and third, equal to them but for case. So a piece in which no two neighbouring
    words (lower-cased) come twice holds no match. Only for ASCII text, where matching without
    regard to case is lower-casing; other text always runs the pattern. The pattern's
    backreference tries every run length at every word (128 us for a 35-word sentence), this
    check one pass."""
    if not piece.isascii():
        return True
    words = _RUN_WORDS.findall(piece.lower())
    if len(words) < 2 * REPEAT_MIN_WORDS:
        return False  # a run and its copy: eight words at the least
    pairs = list(zip(words, words[1:], strict=False))
    return len(set(pairs)) < len(pairs)


def _append_piece(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    # "I understand how you feel I understand how you feel": each copy is a sentence, from where
    # it begins to where it ends (with the separator after it)
    if not may_repeat(text[start:end]):
        _append_clause(text, start, end, spans)
        return
    for match in _REPEATED_RUN.finditer(text, start, end):
        if len(spans) >= REPEAT_CUTS_UNTIL:
            break  # a hostile paste of one phrase a thousand times stays a few long pieces
        if match.start() < start:  # inside a copy already cut off
            continue
        copy_end = _SEPARATORS.match(text, match.end() + len(match.group(1)), end)
        assert copy_end is not None  # the pattern matches an empty run too
        _append_clause(text, start, match.end(), spans)
        start = match.end()
        if _WORD.search(text, copy_end.end(), end) is None:
            break  # the copy ends the sentence: its end mark stays with it
        _append_clause(text, start, copy_end.end(), spans)
        start = copy_end.end()
    _append_clause(text, start, end, spans)


def _append_clause(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    # "Let me ask the float pool for Sunday; could you manage Saturday?": a statement, then a
    # question after its semicolon, is two sentences (the commitment is no question)
    if text[start:end].rstrip().endswith("?"):
        semi = text.rfind("; ", start, end)
        if (
            semi != -1
            and "?" not in text[start:semi]
            and _ASKS.match(text, start) is None  # "Is it the date; or the scope?" asks once
            and _OR.match(text, semi + 1) is None
        ):
            _append_one(text, start, semi + 1, spans)
            start = semi + 1
    _append_one(text, start, end, spans)


def _append_one(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    left = start + (len(piece) - len(piece.lstrip()))
    spans.append((left, left + len(stripped)))
