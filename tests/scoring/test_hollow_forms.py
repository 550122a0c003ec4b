"""Issue 11, rules 410-416 (docs/scoring.md): gaming forms of the third gaming set's dev half.

Found on tests/scoring/data/gaming_third_dev.yaml; every test here is written in other domains
than the lines it was found on (a bank, a clinic, a warehouse, a council, a landlord, a school
trip, a band, a gym), with hard negatives: skilled replies that share words or shape with the
gaming form keep their score.
"""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput
from roleplay.scoring.doubled import DOUBLED_WHY
from roleplay.scoring.hollow import QUESTIONS_WHY, SLOGANS_WHY, slogan_list
from roleplay.scoring.said_over import OVER_WHY
from roleplay.scoring.semantic import SemanticScorer
from roleplay.scoring.their_words import GIVEN_BACK_WHY
from roleplay.scoring.yes_and import YES_AND_WHY, yes_and

from .reasons import fired, held_at, reasons, score

HOSTILITY = "hostility caps"
POINTED = "asked which part is their point"


def listed(reply: str, partner: str) -> bool:
    """Rule 411 reads the reply as a list of stock phrases (whether or not it had to cap it)."""
    sentences = SemanticScorer().sentences(ScoreInput(reply, partner))
    return slogan_list(reply, sentences, partner) is not None


BANK = "The bank froze my account for a 'security review' and my rent goes out tomorrow."
CLINIC = "I've been on the waiting list for a knee operation for fourteen months."
WAREHOUSE = "They moved me to nights with two days' notice and I've got no childcare."
COUNCIL = "The bins on our street haven't been collected for three weeks and there are rats."
TRIP = "My son's the only one in his class who can't afford the school trip."
GYM = "I was charged for three months after I cancelled my gym membership."
BAND = "The drummer keeps turning up late to rehearsals and we've got a gig on Saturday."


# -- rules 410, 412, 413, 415: capped forms, and their hard negatives ---------------------------
# (the rule's reason, its cap, their line, the reply)
CAPPED = [
    # 410: questions only, with nothing of theirs
    (QUESTIONS_WHY, 40, BANK, "How can I help? What would you like to see happen? Anything else?"),
    (
        QUESTIONS_WHY,
        40,
        CLINIC,
        "What are your thoughts? How are you feeling about it all? What would help most right "
        "now? Anything else on your mind?",
    ),
    (
        QUESTIONS_WHY,
        40,
        WAREHOUSE,
        "What do you need from me? How do you feel about that? What options do you see?",
    ),
    # 412: phrases said twice over
    (
        DOUBLED_WHY,
        45,
        CLINIC,
        "Right, so the waiting list, the waiting list, for a knee operation, a knee operation, "
        "fourteen months, fourteen months, that's the knee and the list, really.",
    ),
    (
        DOUBLED_WHY,
        45,
        WAREHOUSE,
        "Okay, they moved you to nights, moved you to nights, with two days' notice, two days' "
        "notice, and no childcare, no childcare, so nights and notice and childcare.",
    ),
    # 413: an apology or thanks said over and over
    (OVER_WHY, 40, BANK, "Sorry. So sorry. Really, truly sorry. Sorry about all this, sorry."),
    (OVER_WHY, 40, COUNCIL, "Apologies! Sorry, sorry, so sorry, we're very sorry."),
    (OVER_WHY, 40, TRIP, "Thanks so much. Thank you, thank you. Thanks again, really, thanks."),
    # 415: their own words given back, in any order (or whole)
    (
        GIVEN_BACK_WHY,
        40,
        GYM,
        "cancelled three I months my charged gym after was membership. for I",
    ),
    (
        GIVEN_BACK_WHY,
        40,
        BAND,
        "gig rehearsals Saturday. to and on The keeps we've drummer turning late a up got",
    ),
    (
        GIVEN_BACK_WHY,
        40,
        COUNCIL,
        "rats. weeks The for on collected street our there haven't three been and bins are",
    ),
]
LEFT_ALONE = [
    # 410: their matter taken up, specific questions of the speaker's own, a statement beside
    # the questions, two generic questions
    (
        QUESTIONS_WHY,
        BANK,
        "When does the rent go out exactly? Did the bank say how long the review takes? Is "
        "there a second account you could pay from?",
    ),
    (
        QUESTIONS_WHY,
        COUNCIL,
        "Have you reported it on the council's app? Did anyone give you a case reference? Are "
        "there children or pets near the bags?",
    ),
    (
        QUESTIONS_WHY,
        CLINIC,
        "Fourteen months is a long time to be in pain. How are you managing the stairs? What "
        "does your GP say? Anything I can chase?",
    ),
    (QUESTIONS_WHY, WAREHOUSE, "What do you need from me? How are you feeling?"),
    # 412: one doubling, or emphasis
    (
        DOUBLED_WHY,
        CLINIC,
        "Fourteen months, fourteen months in pain: that's far too long. I'll ask the surgeon's "
        "secretary for a date this week.",
    ),
    (
        DOUBLED_WHY,
        WAREHOUSE,
        "No, no, two days is not enough notice for nights. I'll put you back on days until "
        "you've sorted childcare.",
    ),
    (DOUBLED_WHY, COUNCIL, "Three weeks is very, very long with rats about. I'll send a crew."),
    # 413: an apology that names the matter and acts
    (
        OVER_WHY,
        BANK,
        "I'm so sorry. Sorry the freeze landed the day before your rent; I'll ask for it to be "
        "lifted this afternoon.",
    ),
    (
        OVER_WHY,
        COUNCIL,
        "Sorry, sorry, sorry: three weeks is on us. A crew comes to your street tomorrow and "
        "pest control on Friday.",
    ),
    (
        OVER_WHY,
        CLINIC,
        "Sorry for the wait, sorry the letters said nothing, sorry nobody rang, and sorry about "
        "the pain: I've asked the surgeon's team for a date and will ring you Monday.",
    ),
    # 415: a reflection in their words with some of the speaker's own
    (GIVEN_BACK_WHY, GYM, "Three months charged after you cancelled: I'll refund all three today."),
    (
        GIVEN_BACK_WHY,
        BAND,
        "The drummer keeps turning up late and the gig is Saturday? Who books the room?",
    ),
    (
        GIVEN_BACK_WHY,
        COUNCIL,
        "Three weeks without collection, and rats on the street. Which number are you?",
    ),
    # a simple reflection that keeps their words in their order
    (
        GIVEN_BACK_WHY,
        COUNCIL,
        "The bins on your street haven't been collected for three weeks, and there are rats.",
    ),
    (
        GIVEN_BACK_WHY,
        WAREHOUSE,
        "They moved you to nights with two days' notice, and you've got no childcare.",
    ),
]


@pytest.mark.parametrize(("why", "cap", "partner", "reply"), CAPPED)
def test_a_form_with_nothing_of_theirs_is_capped(
    why: str, cap: int, partner: str, reply: str
) -> None:
    assert held_at(why, cap, reply, partner)


@pytest.mark.parametrize(("why", "partner", "reply"), LEFT_ALONE)
def test_their_matter_or_an_act_of_ones_own_is_left_alone(
    why: str, partner: str, reply: str
) -> None:
    assert not fired(why, reply, partner)


# -- rule 411: a list of stock phrases -----------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            BANK,
            "- We understand your frustration\n- Your safety is our priority\n- We value you "
            "as a customer\n- Thank you for your patience",
        ),
        (
            COUNCIL,
            "* Thank you for contacting us\n* We take every report seriously\n* We're here to "
            "help\n* Residents are at the heart of everything we do",
        ),
        (
            TRIP,
            "Thanks for getting in touch.\n1. Every pupil matters to us\n2. We believe in "
            "inclusion\n3. Let's work together",
        ),
    ],
)
def test_a_list_of_stock_phrases_with_nothing_of_theirs_is_capped(partner: str, reply: str) -> None:
    assert listed(reply, partner)
    result = score(reply, partner)
    assert max(result.listening, result.empathy, result.collaboration) <= 50


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # a list that takes up their matter
        (
            BANK,
            "- Your rent: I'll ask for a same-day release\n- The review: we'll finish it "
            "today\n- Any fee from the missed payment comes off",
        ),
        # a plan of the speaker's own, with commitments and a time
        (
            COUNCIL,
            "- A crew will come to your street by Thursday\n- Pest control visits on Friday\n"
            "- I'll ring you once it's done",
        ),
        # the same stock phrases as prose beside a commitment
        (
            TRIP,
            "Every pupil matters to us. The school fund covers the trip for him, and I'll "
            "send you the form today.",
        ),
    ],
)
def test_a_list_of_matter_or_a_plan_is_not_capped(partner: str, reply: str) -> None:
    assert not listed(reply, partner)
    assert not fired(SLOGANS_WHY, reply, partner)


# -- rule 414: a choice between two faults is an accusation --------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (GYM, "So did you not read the terms, or are you just trying it on?"),
        (TRIP, "Is he just not clever enough for the top set, or are you one of those pushy mums?"),
        (BANK, "Are you just careless with money, or were you hoping to get out of paying?"),
        (BAND, "Is he lazy, or are you just a moaner?"),
        (CLINIC, "Are you really in pain, or just after a sick note?"),
    ],
)
def test_a_choice_between_faults_is_hostile(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(r.startswith(HOSTILITY) for r in reasons(result))
    assert not any(r.startswith(POINTED) for r in reasons(result))
    assert result.overall <= 40


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (WAREHOUSE, "Are you just tired, or is something about the nights themselves?"),
        (BAND, "Do you want to talk it through, or do you just need to vent for a bit?"),
        (CLINIC, "Are you planning to ring them again, or just waiting for the letter?"),
        (
            GYM,
            "Is it the three months' fees that bother you, or that nobody answered when you "
            "cancelled?",
        ),
        (TRIP, "I'm not saying he's not good enough. Would a bursary or a payment plan help?"),
    ],
)
def test_a_caring_choice_or_a_fault_outside_a_choice_is_not_hostile(
    partner: str, reply: str
) -> None:
    assert not any(r.startswith(HOSTILITY) for r in reasons(score(reply, partner)))


# -- rule 416: a "yes" that turns to another matter ---------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (GYM, "Yes, and on that note, our summer membership offer ends on Friday!"),
        (BANK, "Absolutely, and while I have you, have you seen our new savings app?"),
        (
            TRIP,
            "Yes, totally, and speaking of trips, the choir is singing at the town hall next "
            "month if you'd like tickets.",
        ),
    ],
)
def test_a_yes_that_turns_to_another_matter_is_capped(partner: str, reply: str) -> None:
    assert yes_and(reply, partner) is not None
    result = score(reply, partner)
    assert max(result.listening, result.empathy, result.collaboration) <= 40


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (GYM, "Yes, and on that note, I'll refund the three months today."),
        (BANK, "Absolutely, and while you're here, let me ask for the freeze to be lifted."),
        (COUNCIL, "Yes, and three weeks with rats about is far too long. A crew comes tomorrow."),
        (TRIP, "Of course, and by the way, the school fund covers the trip for your son's class."),
    ],
)
def test_a_yes_followed_by_their_matter_or_a_commitment_is_not_capped(
    partner: str, reply: str
) -> None:
    assert yes_and(reply, partner) is None
    assert not fired(YES_AND_WHY, reply, partner)
