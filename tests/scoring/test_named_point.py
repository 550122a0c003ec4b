"""Issue 11, rule 420 (docs/scoring.md, `scoring/named_point.py`): a statement that sets one
reading of their line aside and names the one that matters to them ("It's not X, it's Y", "...
so much as ...", "It isn't X. It's Y.") earns listening and empathy; found on the genre sets'
`decent` kind (counselling and support) and checked in other domains.

Partners in caring for a parent, a redundancy, a nurse's night shift, a team lead's budget and
an online guild, with hard negatives: the speaker's own case, reassurance, advice, a second
reading that plays it down, a question, a hostile reply, a second reading with nothing of
theirs in it.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.named_point import NAMED_REASON

from .reasons import reasons, score

CARER = (
    "Mum moved in with us in March. I do her meds, her meals, the appointments. My brother "
    "rings on Sundays and tells me I'm a saint. I don't want to be a saint. I want one evening "
    "where nobody needs anything from me."
)
REDUNDANCY = (
    "They made me redundant after nineteen years. The payout is decent, I know. But I keep "
    "getting dressed at seven like I have somewhere to be, and then I just sit in the car."
)
NIGHTS = (
    "Third week of nights on the ward. I can handle the hours. What I can't handle is "
    "handing over to a day team who clearly think we sat around all night."
)
BUDGET = (
    "Finance cut my training budget to zero for the year. I'm not even that bothered about the "
    "courses. My two juniors were promised certification when they joined and now I have to "
    "tell them it's off."
)
GUILD = (
    "the mods deleted our guild channel after a single report. three years of raid logs and "
    "screenshots gone. i dont care about the channel, it's the history"
)


def named(reply: str, partner: str) -> bool:
    return any(r.startswith(NAMED_REASON) for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CARER, "It's not the meds or the meals, it's that nobody ever gives you an evening."),
        (CARER, "So it isn't the work. It's being needed by everyone, every evening."),
        (REDUNDANCY, "It's not the money, it's having nowhere to be at seven."),
        (NIGHTS, "It isn't the hours so much as a day team that thinks you sat around all night."),
        (BUDGET, "So it's not the courses. It's the promise you made to your juniors."),
        (GUILD, "it's not the channel, it's three years of your history gone."),
    ],
)
def test_a_statement_that_names_which_part_matters_earns(partner: str, reply: str) -> None:
    assert named(reply, partner)
    plain = score("Okay.", partner)
    assert score(reply, partner).listening > plain.listening


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # the speaker's own case
        (BUDGET, "It's not that I don't care, it's that we have no budget left this year."),
        (NIGHTS, "It's not my rota, it's the ward manager's."),
        # reassurance and a verdict
        (REDUNDANCY, "It's not your fault, it's the economy."),
        (GUILD, "It's not a big deal, it's only a channel."),
        # a second reading that plays it down
        (REDUNDANCY, "It's not the end of anything, it's just a change of routine."),
        (CARER, "It's not forever, it's only until she's settled."),
        # advice
        (CARER, "It's not the meds, it's you. You should get a carer in twice a week."),
        # a question
        (NIGHTS, "Is it not the hours, is it the handover?"),
        # nothing of theirs in the second reading
        (GUILD, "It's not ideal, it's Tuesday."),
        # a hostile reply
        (CARER, "It's not the meds, it's your attitude. Stop being such a martyr, idiot."),
    ],
)
def test_hard_negatives_earn_nothing(partner: str, reply: str) -> None:
    assert not named(reply, partner)


def test_it_counts_once_per_reply() -> None:
    reply = (
        "It's not the money, it's having nowhere to be at seven. "
        "And it isn't the car, it's the nineteen years."
    )
    hits = [r for r in reasons(score(reply, REDUNDANCY)) if r.startswith(NAMED_REASON)]
    assert len(hits) == 2  # listening and empathy, from one sentence
