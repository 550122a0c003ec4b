"""Rule 78: the harsh thing they say to themselves, put into words inside a frame of their
thought, worry or feeling, is a reflection, not blame, sarcasm, advice or a put-down. Domains:
health, parenting, workplace, sales, public sector; hard negatives: the same words said outright,
after a "but", after a pause, or as the speaker's own "it feels like"."""

from __future__ import annotations

import pytest

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.inner_voice import in_their_voice
from roleplay.scoring.semantic import SemanticScorer

from .reasons import reasons

DIAGNOSIS = (
    "My daughter was diagnosed with dyslexia at nine. I keep going over every school report."
)
DEAL = "We lost the Hartmann renewal this morning. I was the account lead."
REORG = "They moved my whole team under sales without telling us first."
CARE = "Mum fell again last night and I wasn't there because I was at work."
HOSTILE = ("blamed them", "sarcasm", "hostility caps", "talks down", "attacked")


def score(reply: str, partner: str) -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner))


def hostile(result: Score) -> list[str]:
    return [r for r in reasons(result) if r.startswith(HOSTILE)]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DIAGNOSIS, "You keep coming back to the thought that it's your fault for missing it."),
        (DEAL, "Losing it, I can see why it feels like nobody backed you."),
        (REORG, "I can see why it feels like nobody asked you."),
        (CARE, "Part of you thinks it's your fault she fell."),
    ],
)
def test_their_self_blame_in_a_frame_is_reflected_not_said(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not hostile(result), reasons(result)
    assert result.empathy > 40 and result.same_side != "across", reasons(result)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DIAGNOSIS, "Honestly, it's your fault for missing it."),
        (DEAL, "You feel awful, but it's your fault."),  # "but" takes it back
        (DEAL, "It feels like you never listen to the client."),  # the speaker's own feeling
        (REORG, "I understand how you feel, you absolute clown."),  # a pause, then an insult
    ],
)
def test_the_same_words_said_outright_stay_hostile(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert hostile(result), reasons(result)


def test_a_third_partys_belief_is_no_frame_of_theirs() -> None:
    sentence = "That is the belief of those who deny it with nonsense."
    assert not in_their_voice(sentence, sentence.index("nonsense"))
    sentence = "There's this worry that it's your fault."
    assert in_their_voice(sentence, sentence.index("your fault"))
