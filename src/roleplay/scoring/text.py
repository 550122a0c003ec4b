"""Text helpers for the scorer: tokens with offsets, sentences, clauses, quotes and negation.

Everything here keeps character offsets into the *original* reply, so evidence spans can point
back at exactly what the learner typed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from itertools import accumulate
from operator import itemgetter
from typing import NamedTuple

# ASCII-only lower-casing keeps every offset (str.lower() may change a string's length).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# A word, as a group: tokenize() splits the text on it, so words and what lies between them
# alternate and each word's offset is the summed length of what precedes it.
_WORD = re.compile(r"([a-z0-9][a-z0-9%$']*)", re.IGNORECASE)
# The same on ASCII text, which tokenize() has lower-cased: the flag only slows it down there
# (it also matches a few non-ASCII letters, such as the Kelvin sign, so other text keeps it).
_ASCII_WORD = re.compile(r"([a-z0-9][a-z0-9%$']*)")
_SENTENCE_END = re.compile(r"[.!?\n]+|$")
# Clause boundaries: punctuation and the contrastive/coordinating words that reset negation scope
# (`[,;:.!?\n\-\u2014()]|\b(?:but|however|although|though|and|yet)\b`). Each alternative opens
# on its first character, with the word boundary checked after it ("no word character before
# it", one character further back), so the engine skips from one possible first character to the
# next instead of trying the whole pattern at every position (tests/scoring/test_text_fast_paths).
_CLAUSE_BREAK = re.compile(
    r",|;|:|\.|!|\?|\n|-|\u2014|\(|\)|b(?<!\w.)ut\b|h(?<!\w.)owever\b|a(?<!\w.)lthough\b|"
    r"t(?<!\w.)hough\b|a(?<!\w.)nd\b|y(?<!\w.)et\b"
)
_DOUBLE_QUOTED = re.compile(r'"[^"\n]{1,200}"')
# A single-quoted stretch must open after a space/start and close before a space/punctuation,
# so apostrophes inside words ("don't") are never taken for quotes. The opening check comes
# after the quote mark ("no non-space just before it", one character further back) so the
# engine can skip from one quote mark to the next instead of trying every position.
_SINGLE_QUOTED = re.compile(r"'(?<!\S.)[^'\n]{1,200}'(?=[\s.,;:!?)]|$)")

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


# "Oh no, I'm so sorry": the "no" of an interjection negates nothing (docs/scoring.md rule 29a).
INTERJECTIONS = frozenset({"oh", "ohh", "ah", "aw", "aww", "uh", "oh-", "o"})


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


# str.translate looks every character up in its table (~20x slower than str.lower on a chat
# reply), so ASCII text, by far the most common, takes the shortcuts: nothing to straighten,
# and str.lower changes exactly A-Z there. So does text whose other characters have no case
# (an emoji, a curly quote, a dash; one reply in six in the casino set carries an emoji).
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def caseless_beyond_ascii(text: str) -> bool:
    """Every character of `text` outside ASCII has no case (`c.lower()` and `c.upper()` are `c`
    itself): `str.lower` changes exactly A-Z, and case-insensitive matching treats those
    characters like any other (no Kelvin sign, long s, dotless i or accented letter)."""
    if text.isascii():
        return True
    others = _ASCII_RUNS.sub("", text)
    return others.lower() == others and others.upper() == others


def straighten(text: str) -> str:
    """Curly quotes and apostrophes become straight ones; every replacement is one character
    for one character, so offsets stay valid."""
    if text.isascii():
        return text
    # the four replacements in C (no table look-up per character)
    return (
        text.replace("\u2019", "'")
        .replace("\u2018", "'")
        .replace("\u201c", '"')
        .replace("\u201d", '"')
    )


def ascii_lower(text: str) -> str:
    return text.lower() if caseless_beyond_ascii(text) else text.translate(_ASCII_LOWER)


def words_at(word: re.Pattern[str], text: str) -> Iterator[tuple[str, int]]:
    """(word, start) of each match of `word` in `text`; `word` is one group around the whole
    pattern and never matches the empty string. The text is split on it ([between, word,
    between, ..., between]) and each start is the summed length of what precedes the word, so
    there is no Python step per word."""
    parts = word.split(text)
    ends = list(accumulate(map(len, parts)))  # the end of each between is a word's start
    return zip(parts[1::2], ends[0:-1:2], strict=True)


def tokenize(text: str) -> tuple[Token, ...]:
    plain_case = caseless_beyond_ascii(text)
    lower = text.lower() if plain_case else text.translate(_ASCII_LOWER)
    # [between, word, between, word, ..., between]: the offsets come from the lengths, and the
    # tokens are built in C (no Python call per word)
    parts = (_ASCII_WORD if plain_case else _WORD).split(lower)
    ends = list(accumulate(map(len, parts)))
    words = parts[1::2]
    if "'" in lower:  # a word's trailing apostrophes are not part of it (its span keeps them)
        words = [word.rstrip("'") for word in words]
    return tuple(map(_make_token, zip(words, ends[0:-1:2], ends[1::2], strict=True)))


_make_token = partial(tuple.__new__, Token)  # Token from a (text, start, end) tuple, in C
WORD_AND_START = itemgetter(0, 1)  # a token's (text, start), in C
_START = itemgetter(1)  # a token's start, in C


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
        token_starts=tuple(map(_START, tokens)),
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
    first = max(0, i - window)
    for k in range(first, i):
        t = text.tokens[k]
        if (
            t.start >= clause_start
            and t.end <= start
            and (t.text in NEGATORS or t.text.endswith("n't"))
            and not (t.text == "no" and k and text.tokens[k - 1].text in INTERJECTIONS)
            and not _negates_a_gerund(text, k, start, clause_start)
            and not _nothing_in_subject(text, k, start)
        ):
            return True
    return False


# words after which "not" + a verb in -ing opens a noun phrase ("of not knowing", "the not
# sleeping", "and not hearing back")
_GERUND_OPENERS = frozenset(
    {
        "of",
        "about",
        "from",
        "with",
        "without",
        "by",
        "for",
        "the",
        "all",
        "this",
        "that",
        "and",
        "or",
        "just",
        "simply",
        "after",
        "like",
    }
)


def _negates_a_gerund(text: PreparedText, k: int, start: int, clause_start: int) -> bool:
    """Token `k` is "not" before a verb in -ing that opens a noun phrase ("Eleven days of not
    knowing is awful", "Not being able to smile at them sounds heartbreaking"): it negates that
    verb, not the cue at `start` (rule 161), when the cue is said of that phrase (a verb comes
    between them or opens the cue: "is awful", "sounds heartbreaking"). "It's not going to be
    awful" keeps its negation (the "not" follows a verb), and so does a cue inside the phrase
    ("by not providing all of the information")."""
    if text.tokens[k].text != "not" or k + 1 >= len(text.tokens):
        return False
    after = text.tokens[k + 1]
    if after.start >= start or len(after.text) < 5 or not after.text.endswith("ing"):
        return False
    opens = (
        k == 0
        or text.tokens[k - 1].start < clause_start
        or text.tokens[k - 1].text in _GERUND_OPENERS
    )
    return opens and _PREDICATE.search(text.lower, after.end, start + 12) is not None


# words before which "nothing" is part of a noun phrase, not the subject of the clause: the
# object of a preposition ("with nothing back", "after nothing for weeks") or the second half
# of a joint subject ("three reports and nothing")
_NOTHING_OPENERS = frozenset({"and", "with", "after", "for", "of", "from", "to", "or"})


def _nothing_in_subject(text: PreparedText, k: int, start: int) -> bool:
    """Token `k` is "nothing" inside the phrase the cue at `start` is said of ("Three reports
    and nothing is infuriating", "A week with nothing back is awful"; rule 200): the cue is
    asserted of the whole phrase, not negated. "Nothing is infuriating" and "There's nothing
    hard about it" keep their negation (no opener before "nothing"), and so does a cue with no
    verb between ("and nothing awful happened")."""
    if text.tokens[k].text != "nothing" or k == 0:
        return False
    if text.tokens[k - 1].text not in _NOTHING_OPENERS:
        return False
    after = text.tokens[k].end
    return _PREDICATE.search(text.lower, after, start + 12) is not None


# a verb that says something of the phrase before it ("... is awful", "... sounds hard")
_PREDICATE = re.compile(
    r"\b(?:is|was|are|were|sounds?|feels?|seems?|must|can|could|has|had|would|will|makes?|made|"
    r"'s)\b"
)


def in_quote(text: PreparedText, start: int, end: int) -> bool:
    return any(qs < start and end <= qe for qs, qe in text.quotes)
