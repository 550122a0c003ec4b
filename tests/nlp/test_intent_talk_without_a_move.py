"""Talk that names the move's topic without making the move (issue 12, fourteenth round).

Three readings, each with hard negatives in several domains:

* giving way with a negator is no negation ("It won't hurt to look at it, go ahead", "I won't
  stand in your way"): such a reply was compared only with negative examples and heard as a
  refusal (a discount desk heard "hold the cap");
* the other side's people doing the work ("Your other teams could build it this quarter",
  "It's your API, so your team builds all of it") is not the speaker's move, and the speaker's
  own people doing it ("My team will build it") is;
* thanks and nothing more ("Thanks for taking my call") is a courtesy, not an offer.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import demands, speaks
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import REFLECTION, STATEMENT
from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.nlp.negation import is_negative

DISCOUNT = IntentMatcher(  # sales: a rep asks the deal desk for 40% over a 25% cap
    [
        IntentSpec(
            "approve_discount",
            (
                "OK, go ahead with 40% for this one.",
                "Fine, I'll sign off on the 40% discount.",
                "Sure, give them the 40% and close it.",
                "You have my approval for the bigger discount.",
            ),
        ),
        IntentSpec(
            "hold_the_cap",
            (
                "I can't go past 25%, that's the policy for every customer.",
                "No, 40% isn't possible, the cap is 25%.",
                "We won't approve anything above the cap.",
                "Discounts above 25% are off the table.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "It won't hurt to look at it, go ahead",
        "It wouldn't hurt anyone, give them the 40%.",
        "I won't stand in your way, close it at 40%.",
        "No harm in it - go ahead with the bigger discount.",
    ],
)
def test_giving_way_is_heard_as_giving_way(reply: str) -> None:
    """The first was heard as holding the cap before (a negative part, compared only with the
    refusals)."""
    assert not is_negative(reply)
    assert DISCOUNT.matched(reply)[:1] == ("approve_discount",)


@pytest.mark.parametrize(
    "reply",
    [
        "It won't work for us.",  # a refusal (software)
        "That won't help the budget, so no.",  # budgeting
        "I won't sign it.",  # sales
        "The crane can't lift before the permit.",  # a building site
        "We won't hurry the audit.",  # compliance: "hurt" is not "hurry"
    ],
)
def test_a_refusal_stays_negative(reply: str) -> None:
    assert is_negative(reply)


@pytest.mark.parametrize(
    "sentence",
    [
        "Your other teams could build it this quarter",  # software
        "It's your API, so your team builds all of it.",
        "Your ward manager can cover the night shifts.",  # a hospital
        "Other teams could pick it up.",
    ],
)
def test_the_other_side_doing_the_work_is_no_move_of_the_speaker(sentence: str) -> None:
    assert demands(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Your team can have two of my engineers.",  # an offer: what they are given
        "Your team is the best we have.",
        "Your team committed to last week, so deliver it.",  # pressing, not redirecting
        "Your manager can sign it off and I'll do the rest.",  # the speaker acts too
    ],
)
def test_what_their_side_gets_or_is_stays_as_it_was(sentence: str) -> None:
    assert not demands(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Fine, my team will build it this quarter.",
        "My people can cover the checkout side.",
        "Our engineers will pour the slab on Monday.",  # a building site
    ],
)
def test_the_speakers_own_people_doing_it_is_the_speakers_move(sentence: str) -> None:
    assert speaks(sentence)


BUILD = IntentMatcher(  # software: an SVP wants an assistant built this quarter
    [
        IntentSpec(
            "cave_to_build",
            (
                "OK, we'll build the assistant this quarter.",
                "Fine, my team will build it this quarter.",
                "Let's do it, we'll start on the assistant next sprint.",
                "I'll pause the migration and put the team on the assistant.",
            ),
        ),
        IntentSpec(
            "refuse_build",
            (
                "We can't build it this quarter.",
                "No, the migration comes first.",
                "My team won't take the assistant on now.",
            ),
        ),
    ]
)


def test_their_teams_building_it_is_no_cave() -> None:
    """Heard as committing the speaker's team before (its words are the cave's)."""
    assert "cave_to_build" not in BUILD.matched("Your other teams could build it this quarter.")
    assert BUILD.matched("Sure, my people will build the assistant this quarter.")[:1] == (
        "cave_to_build",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks for taking my call.",  # a customer call
        "Thank you for flagging the permit so early.",  # a building site
        "I appreciate you bringing the rota to me.",  # on-call
        "Really, thanks for coming in today.",
    ],
)
def test_thanks_alone_is_a_courtesy(sentence: str) -> None:
    assert part_mood(sentence) == REFLECTION


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks, I'll take the 27th.",  # a move comes with it
        "Thank you, that works for me.",  # an assent
        "Thanks for waiting - we'll ship the fix tonight.",  # another clause
        "Thanks, but we can't take the 27th.",  # a refusal
    ],
)
def test_thanks_with_a_move_is_read_as_the_move(sentence: str) -> None:
    assert part_mood(sentence) != REFLECTION


def test_thanks_for_the_call_is_no_remedy() -> None:
    """A customer after an outage: heard as offering a remedy ("call") before."""
    support = IntentMatcher(
        [
            IntentSpec(
                "blame_customer",
                (
                    "To be fair, your team's config change started it.",
                    "The outage was caused by your own integration, not by us.",
                    "If your engineers had followed the runbook this wouldn't have happened.",
                ),
            ),
            IntentSpec(
                "apologise_and_own",
                (
                    "I'm sorry. Six hours down is on us, and I own that.",
                    "We let you down today, and I apologise.",
                    "That outage was our failure, not yours.",
                ),
            ),
            IntentSpec(
                "offer_remedy",
                (
                    "We'll credit you for the downtime and send the full post-mortem by Friday.",
                    "I'll put an engineer on a call with your team today to harden the failover.",
                    "Let me offer a service credit and a direct line to our on-call lead.",
                ),
            ),
        ]
    )
    assert support.matched("Thanks for taking my call.") == ()
    assert part_mood("Thanks - I'll set up a call with your team today.") == STATEMENT
    assert support.matched("Thanks. I'll get an engineer on a call with your team today.")[:1] == (
        "offer_remedy",
    )
