"""A statement of the speaker's own is no question, however it ends (docs/scoring.md rule 118).

"I could give you Thursday on the staging cluster, but that is the most I could do" - typed
without a full stop - opened like "Could ...?" once its "I" was skipped as a lead-in word, and
earned `asked a question` and `asked about their needs`. Each case in several domains, with
real questions without a question mark (their word order, "I was wondering what ...", an
embedded question) as hard negatives.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.statements import speaker_states

from .reasons import reasons, score

ASKED = ("asked a question", "asked an open question", "asked about their needs")

STATEMENTS = [
    # engineering
    (
        "We need the staging cluster on Thursday and Friday.",
        "I could give you Thursday on the staging cluster, but that is the most I could do",
    ),
    # sales
    (
        "We'd like twenty demo units for the roadshow.",
        "I can do ten demo units if you would like them before the show",
    ),
    # health
    (
        "The ward needs the portable scanner tonight.",
        "ok I would need the scanner back by six if you want it tonight",
    ),
    # HR
    (
        "I'd like Fridays off for the course.",
        "I could approve two Fridays a month if you need them for the course",
    ),
    # public sector
    (
        "The library wants the meeting room on Saturday.",
        "well I can give you the room in the morning if you like",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), STATEMENTS)
def test_an_unpunctuated_statement_asks_nothing(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any(a in r for r in found for a in ASKED), found


QUESTIONS = [
    # their word order, no question mark
    ("We need the staging cluster on Thursday.", "could you tell me what your team needs most"),
    ("The ward needs the scanner tonight.", "would you like the scanner before or after eight"),
    # a lead-in, then a question word
    ("I'd like Fridays off for the course.", "I was wondering what the course needs from you"),
    # an embedded question (rule 56)
    ("The library wants the room on Saturday.", "I would like to know what your group needs most"),
    # a question mark
    ("We'd like twenty demo units.", "I could do ten, would that work for your roadshow?"),
]


@pytest.mark.parametrize(("partner", "reply"), QUESTIONS)
def test_real_questions_still_ask(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any(a in r for r in found for a in ASKED), found


@pytest.mark.parametrize(
    "sentence",
    [
        "I could do 3 water, 1 firewood",
        "ok I can give you two",
        "Well, yes I would take the Friday slot",
        "I am happy with ten units",
        "hi i do need the van on Friday",
    ],
)
def test_what_states(sentence: str) -> None:
    assert speaker_states(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "could you tell me what you need",
        "I was wondering if you need the van",
        "I wonder whether the room is free",
        "may I ask what the course costs",
        "Can I have the Friday slot",
        "we could do ten units",
    ],
)
def test_what_is_no_statement_of_the_speaker(sentence: str) -> None:
    assert not speaker_states(sentence)


def test_the_offer_no_longer_outranks_a_real_question_on_listening() -> None:
    partner = "We need the staging cluster on Thursday and Friday."
    offer = score("I could give you Thursday on staging, but that is the most I could do", partner)
    asking = score("What does your team need the cluster for on Friday?", partner)
    assert asking.listening > offer.listening
