"""A guess at their feeling is no demand, and a negated verb of opposing gives way (issue 12).

* "You must have felt exposed" guesses how the other person felt: the "must" of a guess, not of
  an obligation. It was read as a demand on them (DEMAND, no move of the speaker's) and so lost
  0.5 against every intent that names a feeling; it is now a reflection, which meets the
  reflections of a listening intent in full. "You must send the report by Friday" still demands.
* "I won't block a few weeks in Virginia" lets it happen: a negated verb of opposing ("block",
  "veto", "oppose", "object to", "fight", "push back", "stand / get in the way") carries no
  negation whatever it opposes. It was a negative part, compared only with the refusals.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import demands
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import DEMAND, REFLECTION
from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.nlp.negation import is_negative


@pytest.mark.parametrize(
    "reply",
    [
        "You must have felt exposed in front of the board.",  # engineering
        "You must have been mortified when the demo crashed.",  # sales
        "You must be exhausted after three night shifts in a row.",  # health
        "Your team must have been blindsided by the reorg.",  # HR
        "They must be worried sick about the permit.",  # public sector
        "You must've felt awful when the audit landed.",  # compliance
        "You must feel let down by how the review went.",  # HR
    ],
)
def test_a_guess_at_their_feeling_is_a_reflection(reply: str) -> None:
    assert not demands(reply)
    assert part_mood(reply) == REFLECTION


@pytest.mark.parametrize(
    "reply",
    [
        "You must send the report by Friday.",  # engineering
        "You must be at the review by nine.",  # HR
        "You must have the numbers ready for the board.",  # budgeting
        "Your team must file the permit before Monday.",  # public sector
        "They must wear badges on the ward.",  # health
    ],
)
def test_an_obligation_on_them_is_still_a_demand(reply: str) -> None:
    assert demands(reply)
    assert part_mood(reply) == DEMAND


FEEDBACK = IntentMatcher(  # a manager after a demo that fell over in front of a client
    [
        IntentSpec(
            "name_their_feeling",
            (
                "You were left red-faced in front of the client.",
                "You felt humiliated when it fell over in front of them.",
                "That sounds embarrassing, standing there while it broke.",
                "Having it break live must have been awful.",
            ),
        ),
        IntentSpec(
            "tell_them_to_fix_it",
            (
                "You need to rehearse the demo before the next client call.",
                "You'll have to test the build yourself next time.",
                "Make sure the demo environment is checked the day before.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "You must have felt exposed in front of the client.",
        "You must have been mortified when it fell over in front of them.",
    ],
)
def test_a_guess_at_their_feeling_meets_a_listening_intent(reply: str) -> None:
    assert FEEDBACK.matched(reply)[:1] == ("name_their_feeling",)


def test_an_obligation_does_not_meet_the_listening_intent() -> None:
    assert "name_their_feeling" not in FEEDBACK.matched(
        "You must rehearse in front of the client next time."
    )


@pytest.mark.parametrize(
    "reply",
    [
        "I won't block a few weeks in Virginia.",  # compliance
        "I'm not going to veto her transfer to the data team.",  # HR
        "I won't fight you on the rollback.",  # engineering
        "We won't stand in the way of the trial.",  # health
        "I won't push back on the 40% for this deal.",  # sales
        "I won't be the one to block the permit.",  # public sector
        "I don't oppose the pilot.",  # product
    ],
)
def test_a_negated_verb_of_opposing_gives_way(reply: str) -> None:
    assert not is_negative(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "I won't sign it.",
        "We won't stop the launch.",  # "stop" needs "you" / "them" to give way
        "I won't fight for a bigger budget this year.",  # declining to argue for it
        "I'm not going to approve it.",
        "I won't block it, but I won't sign it either.",
    ],
)
def test_a_refusal_beside_it_stays_negative(reply: str) -> None:
    assert is_negative(reply)


RESIDENCY = IntentMatcher(  # compliance: hosting patient data in the US for a few weeks
    [
        IntentSpec(
            "concede_us_hosting",
            (
                "Fine, host them in the US for now and we'll migrate later.",
                "OK, go ahead with the US region temporarily.",
                "I can live with Virginia for a few weeks if it gets them live.",
                "Sure, a few weeks in the US region is acceptable.",
            ),
        ),
        IntentSpec(
            "hold_eu_rule",
            (
                "I can't approve US hosting for patient data, even for a few weeks.",
                "No, the records don't leave the EU.",
                "We won't put patient data in Virginia.",
                "US hosting isn't an option, not even temporarily.",
            ),
        ),
    ]
)


def test_giving_way_concedes_rather_than_holds() -> None:
    assert RESIDENCY.matched("I won't block a few weeks in Virginia.")[:1] == (
        "concede_us_hosting",
    )


def test_a_refusal_in_the_same_words_still_holds() -> None:
    got = RESIDENCY.matched("I won't allow a few weeks in Virginia.")
    assert "concede_us_hosting" not in got
