"""The scorer's fast text paths give exactly what the plain ways give.

`straighten` and `ascii_lower` skip `str.translate` on ASCII text, `tokenize` and `words_at`
build words and offsets from one split of the text, and the act bank lays out its similarities
with a padding column: each is checked against the obvious implementation it replaced, on
text that has the awkward cases (apostrophes, curly quotes, the Kelvin sign and other letters
that case-insensitive matching treats specially, digits, symbols).
"""

from __future__ import annotations

import re

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from roleplay.scoring.text import Token, ascii_lower, straighten, tokenize, words_at

_ALPHABET = "aZk's%$ 9.,\n\u212a\u017f\u0130\u0131\u00e9\u2019\u2018\u201c\u201d-?!\U0001f642\u2014"
texts = st.text(alphabet=_ALPHABET, max_size=40)
_STRAIGHT = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WORD = re.compile(r"[a-z0-9][a-z0-9%$']*", re.IGNORECASE)


def reference_tokens(text: str) -> tuple[Token, ...]:
    """Tokens found one match at a time (what tokenize did before it split the text)."""
    lower = text.translate(_LOWER)
    out = []
    for m in _WORD.finditer(lower):
        word = m.group()
        if word.endswith("'"):
            word = word.rstrip("'")
        out.append(Token(word, m.start(), m.end()))
    return tuple(out)


@settings(max_examples=300, deadline=None)
@given(texts)
@example("Don't' 'quote' 50%off \u212aelvin ALL-CAPS")
@example("")
@example("...")
def test_straighten_and_lower_match_the_translation_tables(text: str) -> None:
    assert straighten(text) == text.translate(_STRAIGHT)
    assert ascii_lower(text) == text.translate(_LOWER)


@settings(max_examples=300, deadline=None)
@given(texts)
@example("Hi  there, don't' 'quote' 50%off \u00c4BC \u212a")
@example("it's o'clock''")
def test_tokenize_matches_one_match_at_a_time(text: str) -> None:
    assert tokenize(text) == reference_tokens(text)
    assert all(type(t) is Token for t in tokenize(text))


@settings(max_examples=300, deadline=None)
@given(texts)
def test_words_at_gives_each_match_and_its_start(text: str) -> None:
    word = re.compile(r"([a-z0-9']+)")
    expected = [(m.group(), m.start()) for m in word.finditer(text)]
    assert list(words_at(word, text)) == expected


def test_act_similarities_are_the_two_closest_examples_of_each_act() -> None:
    from roleplay.scoring.acts import act_bank

    bank = act_bank()
    texts = ["I hear you, that sounds hard.", "Could we split the firewood?", "", "Just do it."]
    for count in (4, 1, 4, 2):  # the padding column is kept per count: reused, and not mixed up
        rows = bank.cache.encode(texts[:count])
        got = bank.similarities(rows)
        # the same product (BLAS may round a one-row product differently from a batch's)
        product = rows @ bank._examples
        first = 0
        for a, act in enumerate(bank.acts):
            block = product[:, first : first + len(act.examples)]
            first += len(act.examples)
            top = np.sort(block, axis=1)[:, -2:]
            assert np.array_equal(got[:, a], (top[:, 1] + top[:, 0]) * np.float32(0.5))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZk'_9 .,-\n\t!?", max_size=40))
@example("Don't' can't've ____ x_y 3d 'quoted'")
def test_the_readability_check_reads_ascii_words_as_the_unicode_pattern_does(text: str) -> None:
    from roleplay.scoring import readable

    lower = text.lower()
    assert readable._ASCII_WORD.findall(lower) == readable._WORD.findall(lower)


_QUOTE_ALPHABET = "a'\" \t\n.,;:!?)x\u00a0"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_QUOTE_ALPHABET, max_size=40))
@example("'quoted' don't 'x'")
@example("\n'a'")
@example("a 'b' 'c'")
def test_single_quotes_are_found_as_with_the_check_before_the_quote_mark(text: str) -> None:
    # the pattern as it was: the opening check (a space or the start) before the quote mark
    before = re.compile(r"(?:(?<=\s)|^)'[^'\n]{1,200}'(?=[\s.,;:!?)]|$)")
    from roleplay.scoring.text import _SINGLE_QUOTED

    assert [m.span() for m in _SINGLE_QUOTED.finditer(text)] == [
        m.span() for m in before.finditer(text)
    ]


@settings(max_examples=300, deadline=None)
@given(texts)
@example("  Hi,  there!! ")
@example("!!")
def test_a_sentence_s_repeat_key_is_its_words_as_before(text: str) -> None:
    from roleplay.scoring.sentences import _ALNUM

    before = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    assert " ".join(_ALNUM.findall(text.lower())) == before


_CLAUSE_PIECES = ["but", "however", "although", "though", "and", "yet", "a", "t", "b", "y", "h"]
_CLAUSE_PIECES += [
    " ",
    ",",
    ";",
    ":",
    ".",
    "!",
    "?",
    "\n",
    "-",
    "\u2014",
    "(",
    ")",
    "_",
    "9",
    "é",
    "'",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=14).map("".join))
@example("although, but-and(yet)though however")
@example("sandbut _and éand 9yet")
def test_clause_breaks_are_found_as_with_the_boundary_before_the_word(text: str) -> None:
    from roleplay.scoring.text import _CLAUSE_BREAK

    before = re.compile(r"[,;:.!?\n\-\u2014()]|\b(?:but|however|although|though|and|yet)\b")
    assert [m.span() for m in _CLAUSE_BREAK.finditer(text)] == [
        m.span() for m in before.finditer(text)
    ]
