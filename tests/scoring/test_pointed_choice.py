"""Issue 11, rule 330 (docs/scoring.md, `scoring/pointed_choice.py`): a question that asks which
of their things is the point ("Is it the money, or telling the kids, that weighs on you most?")
earns listening and collaboration; found on the genre sets' `decent` kind (the fourteenth dev
half) and checked in other domains.

Partners in workplace, on-call, housing, health, caring, online moderation and engineering
lines, with hard negatives: a choice with nothing of theirs in it, a remedy or a check put as a
yes/no question with "or" inside it, examples after "like", a loaded choice, "or not", the
speaker's own logistics, a choice in a hostile reply.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.pointed_choice import POINTED_REASON

from .reasons import score

LAYOFF = (
    "They told me on Friday that my role is being cut. Twelve years there. I have a mortgage "
    "and two kids and I don't know how to tell them."
)
ROTA = (
    "I've been on call three weekends in a row and nobody else on the team has done one since "
    "March. I'm exhausted and I feel like I'm being taken for granted."
)
LANDLORD = (
    "My landlord kept the whole deposit for 'cleaning' even though I left the flat spotless and "
    "have photos. He won't answer my emails."
)
DIABETES = (
    "Just diagnosed with type 2. The nurse gave me a leaflet and a meter and that was it. I keep "
    "reading about amputations online and I can't sleep."
)
CARER = (
    "Mum's dementia is getting worse and I'm the only one of us three who visits. My brothers "
    "say they're busy. I'm so tired and I feel guilty for resenting it."
)
MOD = (
    "You locked my thread about the bus cuts with no reason given. People in this town rely on "
    "that route and you just shut the conversation down."
)
MIGRATION = (
    "The data migration slipped another two weeks and the CFO wants someone's head. Half of it "
    "is the vendor's fault but I'm the one in the room."
)


def _pointed(reply: str, partner: str) -> dict[str, int]:
    """The points rule 330 gave the reply, per dimension."""
    return {
        e.dimension: e.points
        for e in score(reply, partner).evidence
        if e.reason.startswith(POINTED_REASON)
    }


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LAYOFF, "Is it the money, or telling the kids, that weighs on you most?"),
        (ROTA, "Is it the weekends themselves, or that nobody else seems to pick them up?"),
        (
            LANDLORD,
            "What matters more to you, the deposit or getting him to admit the flat was clean?",
        ),
        (
            DIABETES,
            "Which part keeps you up at night, the diagnosis itself or what you've been reading?",
        ),
        (CARER, "Is the tiredness the hardest bit, or the guilt about resenting it?"),
        (MOD, "Would it help more to have the thread reopened, or to know why it was locked?"),
        (MIGRATION, "Is the worry the date slipping, or carrying the blame for the vendor's part?"),
        # tied by meaning only: no word of four letters or more is theirs
        (
            "I start at a new school next week and I don't know a single person there. I keep "
            "imagining eating lunch on my own.",
            "Would saying hello to someone on day one feel possible, or is that the scary part?",
        ),
    ],
)
def test_a_choice_between_their_things_earns_listening_and_collaboration(
    partner: str, reply: str
) -> None:
    points = _pointed(reply, partner)
    assert points.get("listening", 0) > 0
    assert points.get("collaboration", 0) > 0


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LAYOFF, "Do you want tea or coffee?"),  # nothing of theirs in it
        (ROTA, "Is it raining or snowing where you are?"),
        (ROTA, "Have you tried asking for a rota swap or talking to HR about it?"),  # a remedy
        (DIABETES, "Have you been eating a lot of sugar or skipping exercise?"),  # a check
        (CARER, "Could you get help from a service, like a day centre or a carers' group?"),
        (MOD, "Did you even read the rules, or are you just posting whatever you like?"),
        (LANDLORD, "Are you going to take him to the small claims court or not?"),
        (MIGRATION, "Should I book the review for Tuesday or Wednesday?"),  # our logistics
        (ROTA, "You're pathetic. Is it the weekends or the attention you're after?"),  # hostile
        (LAYOFF, "Either the money or telling the kids will weigh on you most."),  # no question
    ],
)
def test_no_choice_between_their_things_earns_nothing(partner: str, reply: str) -> None:
    assert _pointed(reply, partner) == {}


def test_the_choice_is_credited_once_per_reply() -> None:
    reply = (
        "Is it the weekends themselves, or that nobody else picks them up? "
        "And is the tiredness the worst part, or feeling taken for granted?"
    )
    items = [e for e in score(reply, ROTA).evidence if e.reason.startswith(POINTED_REASON)]
    assert len(items) == 2  # one listening, one collaboration
    assert items[0].span == items[1].span


def test_a_pointed_choice_scores_above_the_same_reply_without_it() -> None:
    bare = "Three weekends in a row is a lot."
    asked = bare + " Is it the weekends themselves, or that nobody else picks them up?"
    before, after = score(bare, ROTA), score(asked, ROTA)
    assert after.listening > before.listening
    assert after.collaboration > before.collaboration
