"""The cue index's gate (scoring/lexicon.py `compile_gate`): the patterns filed under one index
key written as a trie of their common openings match at exactly the positions where their plain
alternation (`compile_cues`) matches, on the pair sets' texts and on generated text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from roleplay.scoring.lexicon import compile_cues, compile_gate, load_lexicon
from roleplay.scoring.text import ascii_lower

from .contrast_pairs import PAIRS
from .pairs import PAIRS as OLDER_PAIRS

_LEXICON = load_lexicon()
_KEYS = sorted(_LEXICON.cues.raw)
_WORD_START = re.compile(r"(?<![a-z0-9'])[a-z0-9]")


def _patterns(key: str) -> list[str]:
    return [p for ps in _LEXICON.cues.raw[key].values() for p in ps]


_PLAIN = {key: compile_cues(_patterns(key)) for key in _KEYS}
_GATES = {key: compile_gate(_patterns(key)) for key in _KEYS}


def _agree_everywhere(text: str) -> None:
    lower = ascii_lower(text)
    for m in _WORD_START.finditer(lower):
        for key in _KEYS:
            plain = _PLAIN[key].match(lower, m.start()) is not None
            gate = _GATES[key].match(lower, m.start()) is not None
            assert plain == gate, (key, lower[m.start() : m.start() + 50])


def test_openings_are_written_once() -> None:
    gate = compile_gate(["you're right", "you should", "your point", "you(?<!do\\x20you) need"])
    assert gate.pattern.count("you") == 2  # once for the trie, once in the look-behind
    for text, found in [
        ("you're right", True),
        ("youre right", True),
        ("you  should", True),
        ("your point", True),
        ("you need", True),
        ("do you need", False),
        ("you shouldn't", False),  # the boundary after the cue still holds
        ("your", False),
        ("ayou should", False),  # and the one before it
    ]:
        start = text.index("you")
        assert (gate.match(text, start) is not None) is found, text


def test_a_pattern_with_its_own_alternation_or_quantified_start_is_not_cut() -> None:
    patterns = ["no|not now", "yours? truly", "ok(?:ay)?"]
    gate, plain = compile_gate(patterns), compile_cues(patterns)
    for text in ["no", "not now", "not", "your truly", "yours truly", "you truly", "okay", "ok"]:
        assert (gate.match(text) is None) == (plain.match(text) is None), text


def test_the_gates_agree_with_the_plain_alternations_on_the_pair_sets() -> None:
    texts = {
        t for _d, partner, better, worse, _ in PAIRS + OLDER_PAIRS for t in (partner, better, worse)
    }
    assert len(texts) > 250
    for text in sorted(texts):
        _agree_everywhere(text)


# words the cue patterns open on and continue with, so generated text reaches deep into the trie
_WORDS = (
    "i i'm im i'd i'll ive i've you you're youre your yours you'll that that's thats the this "
    "there they we we'll let's it it's is not don't can't can will would should need have "
    "really so just sorry understand see hear right wrong fault blame alone fine give take "
    "deserve want think feel know already decided about for to of be being been going do did "
    "point view care hope worry sure suggest recommend more less than what how why"
).split()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(_WORDS), st.sampled_from([" ", " ", " ", "  ", ", ", ". ", "\n"])
        ),
        max_size=10,
    ).map(lambda pairs: "".join(w + sep for w, sep in pairs))
)
def test_the_gates_agree_with_the_plain_alternations_on_generated_text(text: str) -> None:
    _agree_everywhere(text)
