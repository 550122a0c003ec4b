"""Issue 11, rule 421 (docs/scoring.md, extends rule 78 in `scoring/inner_voice.py`): a feeling
frame after a cause that keeps the feeling on them ("Knowing it was kind doesn't stop it feeling
like you chose it") gives their self-reproach, not the speaker's blame; found on the sixteenth
genre set's dev half (support) and checked on a nurse, a manager after a redundancy round and a
parent after a playground fall, with hard negatives: the frame at the start of the sentence
(the speaker's own), a seeming frame that judges, blame said outright, a pause that takes the
words back.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

NURSE = (
    "I was the one on the ward when his sats dropped. The doctor said nobody could have seen it "
    "coming. I keep replaying the obs I did at two."
)
MANAGER = (
    "I had to pick which three people went in the restructure. HR signed it off, the numbers "
    "were the numbers. One of them has two kids and I see her car still in the car park."
)
PARENT = (
    "my daughter broke her wrist at the park yesterday. i was on my phone for a minute, "
    "literally a minute. everyone says accidents happen"
)


def blamed(reply: str, partner: str) -> bool:
    return any(r.startswith("blamed them") for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (NURSE, "Being told nobody could have seen it doesn't stop it feeling like you missed it."),
        (MANAGER, "The sign-off doesn't stop it feeling like you chose her."),
        (PARENT, "One minute on the phone, and that minute makes it feel as if you caused it."),
        (MANAGER, "Seeing her car every morning keeps it feeling like you should have saved her."),
    ],
)
def test_a_feeling_kept_on_them_by_a_cause_is_theirs(partner: str, reply: str) -> None:
    assert not blamed(reply, partner)
    assert score(reply, partner).empathy > 30  # no hostility cap


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # the frame at the start of the sentence is the speaker's own
        (MANAGER, "It feels like you chose this."),
        # a seeming frame that judges
        (PARENT, "Being on your phone makes it look like you caused it."),
        # blame said outright
        (NURSE, "You should have checked him again at three."),
        # a pause takes the words back
        (PARENT, "Nothing stops it feeling bad, but you caused it."),
    ],
)
def test_blame_outside_their_frame_is_still_blame(partner: str, reply: str) -> None:
    assert blamed(reply, partner)
