"""Agreeing that it is bad validates; making it smaller dismisses (scoring/severity.py).

A newcomer answered an angry customer with "That's worse than the outage itself, honestly" and
was told the sentence "dismisses how they feel"; "That's not as bad as it sounds" was credited as
acknowledging the feeling, and "At least it was only two hours" as restating their point. Each
construct is checked in several domains."""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput, default_scorer
from roleplay.scoring.acts import SentenceAct
from roleplay.scoring.semantic import SemanticScorer
from roleplay.scoring.severity import weighed

OUTAGE = "Your status page said 'all systems operational' for the first two hours. Two hours!"
ONCALL = "I was paged four nights in a row and nobody on the team even noticed."
RELEASE = "The release slipped again and I had to tell the client on a Friday evening."
WARD = "We were short two nurses all weekend and the manager never came down to the ward."

AGREEING = [
    ("That's worse than the outage itself, honestly.", OUTAGE),
    ("That's even worse, you're right.", OUTAGE),
    ("That's the worst part of it.", ONCALL),
    ("Honestly, that's unacceptable.", ONCALL),
    ("That's really not okay.", WARD),
    ("That is far worse than the slip itself.", RELEASE),
]
SMALLER = [
    ("That's not as bad as it sounds.", OUTAGE),
    ("At least it was only two hours.", OUTAGE),
    ("It's no big deal, everyone gets paged.", ONCALL),
    ("It was only a few days.", RELEASE),
    ("It's not that bad, the weekend is over now.", WARD),
]


def acts(reply: str, partner: str) -> set[str]:
    return {s.act.act for s in SemanticScorer().sentences(ScoreInput(reply, partner))}


def reasons(reply: str, partner: str) -> list[tuple[str, int]]:
    result = default_scorer().score(ScoreInput(reply, partner))
    return [(e.reason, e.points) for e in result.evidence]


@pytest.mark.parametrize(("reply", "partner"), AGREEING)
def test_agreeing_that_it_is_bad_is_not_dismissing(reply: str, partner: str) -> None:
    assert "dismissal" not in acts(reply, partner)
    assert not any("dismisses" in why for why, _ in reasons(reply, partner))


@pytest.mark.parametrize(("reply", "partner"), SMALLER)
def test_making_it_smaller_earns_no_acknowledgement_or_restatement(
    reply: str, partner: str
) -> None:
    found = acts(reply, partner)
    assert not found & {"validation", "reflection", "affirmation"}
    credited = [why for why, points in reasons(reply, partner) if points > 0]
    assert not any("acknowledges" in why or "restates" in why for why in credited), credited


@pytest.mark.parametrize(("reply", "partner"), SMALLER)
def test_making_it_smaller_scores_below_agreeing(reply: str, partner: str) -> None:
    scorer = default_scorer()
    smaller = scorer.score(ScoreInput(reply, partner)).empathy
    agreeing = scorer.score(ScoreInput("That's awful, and it's on us.", partner))
    assert smaller < agreeing.empathy


@pytest.mark.parametrize(
    "text",
    [
        "It is even worse here and I am not feeling well.",  # the speaker's own state
        "I'm not that bad at pitching, honestly.",
        "How bad was it, really?",  # a question weighs nothing
    ],
)
def test_the_speakers_own_state_and_questions_keep_the_encoders_reading(text: str) -> None:
    act = SentenceAct("dismissal", 0.7, 0.6, 0.05)
    assert weighed(act, text, text.endswith("?")) is act


def test_a_costly_act_that_also_makes_it_smaller_stays_that_act_and_clear() -> None:
    act = weighed(
        SentenceAct("blame", 0.65, 0.6, 0.02), "At least the rest only took a day.", False
    )
    assert (act.act, act.similarity, act.margin) == ("blame", 1.0, 1.0)
    assert act.strength >= 0.8


def test_only_fair_or_natural_is_not_making_it_smaller() -> None:
    act = SentenceAct("validation", 0.7, 0.6, 0.05)
    assert weighed(act, "It's only natural to be angry about that.", False) is act
