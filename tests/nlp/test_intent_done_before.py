"""A move already made by someone else, or by the speaker long before, is no move now (issue
12, precision17 pass): "Finance already agreed to the delay", "The client already approved the
budget", "HR already offered her a raise" met concessions, offers and requests for money in
four to seven readable sets, and "Back in March we hosted everything in the US" the concession
to host there. Such a part meets only intents one of whose examples tells a third party's move
the same way. Checked in several domains; hard negatives: the speaker's own move now (a favour
already done for them, the speaker's team, a move after the story), a third party's fault
(blame), a question, a passive state, and an intent of such stories still match."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_done import done_before, telling_done
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .budget_cut import BUDGET


@pytest.mark.parametrize(
    "text",
    [
        "Finance already agreed to the delay.",
        "The client already approved the budget.",
        "Procurement already gave them a discount.",
        "HR already offered her a raise.",
        "The landlord has already waived the late fee.",
        "The charge nurse swapped her shift with Tom last week.",
        "Your predecessor promised them a free upgrade.",
        "Back in March we hosted everything in the US.",
        "In 2019 I gave a tenant his full deposit back.",
        "At my old job we let the library stay open all night.",
        "When I was at the depot we gave drivers longer breaks.",
        "The design agency built a prototype for another client.",
        "My friend got a promise in writing from her manager.",
        "Marketing always needs more budget.",  # a third party's habit
        "Sales usually gets a bigger discount.",
    ],
)
def test_a_move_already_made(text: str) -> None:
    assert done_before(text)


@pytest.mark.parametrize(
    "text",
    [
        "I've already moved your shift to Thursday.",  # the speaker's favour, done for them
        "We agreed to phase it, so let's do that.",
        "My team already built the adapter.",  # the speaker's own people
        "Finance already agreed, so I can give you 10% now.",  # a move of the speaker's after
        "Back in March we hosted in the US, and we could do the same for a month.",
        "Marcus dropped the ball on the handover.",  # a third party's fault: blame
        "Others missed the deadline as well.",
        "The supplier took so long that testing got squeezed.",
        "Legal never approved it.",  # a no passed on
        "Has finance already agreed to the delay?",  # a question
        "Finance agreed to the delay?",
        "The budget is fixed.",  # a state
        "The agent should have flagged it sooner.",  # what should have been
        "The migration I ran reduced cloud spend by a third.",  # the speaker's own work
        "The capped discount stays.",
        "How did it land with the others?",
        "We always cover each other's shifts.",  # the speaker's side
        "It usually takes a week.",
    ],
)
def test_no_move_already_made(text: str) -> None:
    assert not done_before(text)


HOSTING = IntentMatcher(  # data protection: a hospital's records and a US region
    [
        IntentSpec(
            "concede_us_hosting",
            (
                "Fine, host them in the US for now and we'll migrate later.",
                "OK, go ahead with the US region temporarily.",
                "I can live with Virginia for a few weeks if it gets them live.",
            ),
        ),
        IntentSpec(
            "hold_eu_rule",
            (
                "I can't approve US hosting for patient data.",
                "Their records can't leave the EU, not even temporarily.",
                "Patient data stays in the EU; that part is fixed.",
            ),
        ),
    ]
)
DEPOSIT = IntentMatcher(  # housing: a tenant's deposit
    [
        IntentSpec(
            "return_in_full",
            (
                "I'll return your full deposit this week.",
                "You'll get all of the deposit back, no deductions.",
                "Let's call it square and I'll refund the lot.",
            ),
        ),
        IntentSpec(
            "blame_the_agent",
            (
                "The letting agent kept the keys for a month, that's why it's late.",
                "The agency lost the inventory, it isn't on me.",
                "Your agent delayed the checkout inspection.",
            ),
        ),
    ]
)
ROTA = IntentMatcher(  # health: a nurse asks for a week off
    [
        IntentSpec(
            "grant_the_week",
            (
                "Take the week, I'll cover your shifts.",
                "You can have the whole week off.",
                "I'll swap you out of the rota for those days.",
            ),
        ),
        IntentSpec(
            "refuse_the_week",
            (
                "I can't give you that week.",
                "The rota is fixed for the month, I'm sorry.",
                "No, we're too short to let anyone off then.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "move"),
    [
        (BUDGET, "Finance already agreed to the delay.", "offer_partial_cut"),
        (BUDGET, "The other division already took the full 30% last year.", "accept_full_cut"),
        (BUDGET, "Marketing always absorbs the whole cut.", "accept_full_cut"),
        (HOSTING, "The DPO approved US hosting for another client.", "concede_us_hosting"),
        (HOSTING, "Back in March we hosted everything in the US.", "concede_us_hosting"),
        (DEPOSIT, "The previous landlord refunded the whole deposit.", "return_in_full"),
        (ROTA, "The charge nurse gave Tom the whole week off.", "grant_the_week"),
        (ROTA, "Your manager already swapped you out of the rota once.", "grant_the_week"),
    ],
)
def test_a_move_already_made_makes_none_now(matcher: IntentMatcher, reply: str, move: str) -> None:
    assert move not in matcher.matched(reply)
    # only an intent of such stories may take it (the agent's delay, a story of blame)
    assert set(matcher.matched(reply)) <= {"blame_the_agent"}


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (BUDGET, "We'll take the full 30% on the chin.", "accept_full_cut"),
        (
            BUDGET,
            "Finance already agreed, so I'll phase it over two quarters.",
            "offer_partial_cut",
        ),
        (HOSTING, "OK, spin them up in Virginia for now.", "concede_us_hosting"),
        (DEPOSIT, "I'll refund the whole deposit by Friday.", "return_in_full"),
        (DEPOSIT, "The agency took a month to hand the keys back.", "blame_the_agent"),
        (ROTA, "I've already swapped you out of the rota for that week.", "grant_the_week"),
    ],
)
def test_the_moves_and_an_intent_of_such_stories_still_match(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


def test_which_intents_tell_a_move_already_made() -> None:
    assert telling_done(("The letting agent kept the keys for a month, that's why it's late.",))
    assert telling_done(("Your agent delayed the checkout inspection.",))
    assert not telling_done(("I'll return your full deposit this week.", "The rota is fixed."))
