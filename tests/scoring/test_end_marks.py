"""Rule 173's reading of how a sentence ends is the pattern's, without the pattern."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from roleplay.scoring.misattributed import _end_marks

_PATTERN = re.compile(r"[\W_]*$")  # what rule 173 searched before


def test_every_character_ends_a_sentence_as_the_pattern_says() -> None:
    for code in range(sys.maxunicode + 1):
        text = f"so{chr(code)}"
        found = _PATTERN.search(text)
        assert found is not None and _end_marks(text) == found.group(), hex(code)


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("ab1_ ?!.\n\u2019\u00e9\U0001f642\u0660")), max_size=12)
)
def test_any_text_ends_as_the_pattern_says(text: str) -> None:
    found = _PATTERN.search(text)
    assert found is not None and _end_marks(text) == found.group()


def test_a_question_ends_on_its_marks() -> None:
    assert _end_marks("You're upset about the trip??!") == "??!"
    assert _end_marks("You're upset about the trip?\n") == "?\n"
    assert _end_marks("You're upset about the trip_") == "_"
    assert _end_marks("") == ""
    assert _end_marks("...") == "..."
