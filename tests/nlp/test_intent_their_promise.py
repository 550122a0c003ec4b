"""Someone else's promise, or a move someone else already made, is no move of the speaker's
(issue 12). "Legal will send you the pricing options by noon" met the commitment intent of its
scenario, and "The contractor quoted the brick redesign at their hourly rate" the paid
variation. Checked in several domains; hard negatives: the speaker's own team, a thing as the
subject ("The cut will come in two steps" offers a phased cut), an intent of sending them to
someone else, a threat made through someone else, and a third party's no."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_done import done_before
from roleplay.nlp.intent_their_promise import may_promise, promised, promising
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

PRICING = IntentMatcher(  # sales: a customer wants a discount over the cap
    [
        IntentSpec(
            "commit_followup",
            (
                "I'll send you the alternative pricing options by noon.",
                "You'll have a written proposal from me before the call.",
                "I'll call the customer myself this afternoon.",
            ),
        ),
        IntentSpec(
            "hold_the_cap",
            (
                "I can't go past 25%, that's the policy for every customer.",
                "No, 25% is the cap.",
                "We don't discount beyond 25%.",
            ),
        ),
    ]
)

WARD = IntentMatcher(  # health: nurses want a shared login for go-live week
    [
        IntentSpec(
            "commit_support",
            (
                "I'll be on the ward at the seven o'clock round tomorrow.",
                "I'll come up myself and sit with the night shift.",
                "Expect me on the ward first thing Monday.",
            ),
        ),
        IntentSpec(
            "route_to_helpdesk",
            (
                "Please log it with the helpdesk and they'll sort it out.",
                "The service desk will pick it up within the hour.",
                "Your IT contact is the right person for this.",
            ),
        ),
    ]
)

FACADE = IntentMatcher(  # architecture: a client wants brick instead of cladding
    [
        IntentSpec(
            "charge_variation",
            (
                "We can do the brick redesign as a variation at our hourly rate.",
                "I'll quote the brick facade as a paid change.",
                "A redesign is possible, billed as extra work.",
            ),
        ),
        IntentSpec(
            "refuse_any_change",
            (
                "We're not changing the facade, the drawings are finished.",
                "No, the cladding stays as drawn.",
                "There won't be a redesign at this stage.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    [
        "Legal will send you the pricing options by noon.",
        "The PM will put the revised scope in writing tomorrow.",
        "The charge nurse will be on the ward at seven tomorrow.",
        "My manager is going to call the customer this afternoon.",
        "Their sous chef will fill in the matrix with you at three.",
        "She'll cover the Saturday clinic.",
    ],
)
def test_someone_elses_promise_is_read(text: str) -> None:
    assert may_promise(text.lower())
    assert promised(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'll send you the options by noon.",
        "My team will be on the ward at seven tomorrow.",  # the speaker's side
        "Our engineers will write the client code for you.",
        "The cut will come in two steps: half now, the rest after the launch.",  # a thing
        "It'll be ready by Friday.",
        "HR will hear about this.",  # a threat, made through someone else
        "Your manager will get involved if it happens again.",
        "Legal won't sign off on it.",  # a third party's no
        "Will your manager send it by noon?",  # a question
        "My manager will send it, and I'll walk you through it.",  # the speaker's move after
    ],
)
def test_what_is_no_promise_of_someone_else(text: str) -> None:
    assert not promised(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ops team already started load testing every release.",
        "The contractor quoted the brick redesign at their hourly rate.",
        "Another vendor hosted their data in the US and got fined.",
        "Our vendor apologised for the outage this morning.",
        "The last architect redid their facade for free.",
    ],
)
def test_a_move_someone_else_already_made_is_read(text: str) -> None:
    assert done_before(text)


@pytest.mark.parametrize(
    ("matcher", "text", "intent"),
    [
        (PRICING, "Legal will send you the pricing options by noon.", "commit_followup"),
        (PRICING, "My manager is going to call the customer this afternoon.", "commit_followup"),
        (WARD, "The charge nurse will be on the ward at seven tomorrow.", "commit_support"),
        (
            FACADE,
            "The contractor quoted the brick redesign at their hourly rate.",
            "charge_variation",
        ),
        (FACADE, "The builder will price the brick as a variation.", "charge_variation"),
    ],
)
def test_someone_elses_move_does_not_match_the_speakers(
    matcher: IntentMatcher, text: str, intent: str
) -> None:
    assert intent not in matcher.matched(text)


@pytest.mark.parametrize(
    ("matcher", "text", "intent"),
    [
        (PRICING, "You'll have the options from me by noon.", "commit_followup"),
        (WARD, "I'll be up on the ward for the seven o'clock round.", "commit_support"),
        (WARD, "The helpdesk will sort it out for you today.", "route_to_helpdesk"),
        (FACADE, "I'll price the brick as a variation at our hourly rate.", "charge_variation"),
    ],
)
def test_the_speakers_own_move_and_sending_them_elsewhere_still_match(
    matcher: IntentMatcher, text: str, intent: str
) -> None:
    assert matcher.matched(text)[:1] == (intent,)


def test_an_intent_that_sends_them_elsewhere_keeps_third_party_promises() -> None:
    assert promising(("Please raise a ticket with support and they'll pick it up.",))
    assert not promising(("I'll send you the options by noon.",))


def test_a_threat_made_through_hr_still_threatens() -> None:
    matcher = shipped_matcher("hard_feedback")
    assert matcher.matched("If the reviews stay like this, HR will have to get involved.")[:1] == (
        "threaten_formal",
    )
