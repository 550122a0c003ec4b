"""The critics named in the partner's line (scoring/critic.py) are found by trying the pattern
only at the words it opens on: the same matches, with the same groups up to case, as the
case-blind pattern run over the whole line."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from roleplay.scoring.critic import CRITIC, critic_matches

from .contrast_pairs import PAIRS
from .pairs import PAIRS as OLDER_PAIRS


def _same(text: str) -> None:
    mine = [(m.span(), m.group(1), m.group(2)) for m in critic_matches(text)]
    whole = [(m.span(), m.group(1), m.group(2)) for m in CRITIC.finditer(text)]
    assert [span for span, _, _ in mine] == [span for span, _, _ in whole], text
    for (_, a1, a2), (_, b1, b2) in zip(mine, whole, strict=True):
        assert (a1 or "").lower() == (b1 or "").lower(), text
        assert (a2 or "").lower() == (b2 or "").lower(), text


def test_critics_are_found_where_the_whole_pattern_finds_them() -> None:
    lines = [
        "My doctor says I drink too much, and my sister says my flat is a fire hazard.",
        "People keep telling me it wasn't a real baby.",
        "My boss is starting to notice. Our new manager thinks I'm slow.",
        "MY MUM SAYS I'M LAZY. Everyone thinks it's fine.",
        "The enemy says nothing; my team lead said we need it by Friday.",  # no "I": no critic
        "My \u00e9quipe says I'm late.",  # a letter with a case beyond ASCII: the flagged pattern
        "They said I could have it \U0001f642 and my partner thinks I'm right.",
    ]
    assert any(list(critic_matches(line)) for line in lines)
    for line in lines:
        _same(line)


def test_critics_on_the_pair_sets() -> None:
    for _d, partner, better, worse, _ in PAIRS + OLDER_PAIRS:
        for text in (partner, better, worse):
            _same(text)


_WORDS = (
    "my our My OUR people everyone everybody they They others friends family doctor sister "
    "boss new says said thinks told me keeps telling saying calls blames is are starting to "
    "noticing I I'm me mine it enemy myself oury theyre . , ! ?"
).split()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join))
def test_critics_on_generated_text(text: str) -> None:
    _same(text)
