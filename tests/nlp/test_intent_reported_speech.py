"""Someone else's words passed on are not the speaker's move (issue 12, precision16 pass):
"My boss said we'd cover it" met commitments, offers and apologies, because the encoder hears
the move and not who said it. A part that opens with a third party's report and makes no move
of the speaker's own after it meets only intents whose examples pass on such words. Checked in
several domains; hard negatives: the speaker's own move (after the report, or reported by the
speaker), a passed-on no, a rule cited ("The policy says ..."), and an intent that hides behind
someone else's word still match."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reported import reporting, reports
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .budget_cut import BUDGET


@pytest.mark.parametrize(
    "text",
    [
        "My boss said we'd cover it.",
        "My manager told me we could phase it.",
        "Legal said they'd sign it off next week.",
        "She told me they'd pay for the repairs.",
        "The client said they would give us more time.",
        "Priya promised the ward would get fingerprint logins.",
        "Honestly, the director thinks we should host it in the US.",
    ],
)
def test_a_report(text: str) -> None:
    assert reports(text)


@pytest.mark.parametrize(
    "text",
    [
        "I said we'd cover it.",  # the speaker's own word
        "We think we can phase it.",
        "You said you could live with a phased cut.",  # the person spoken to: a restatement
        "My boss said we'd cover it, so I'll put it in writing today.",  # and the speaker's move
        "Legal said no, and I agree with them.",  # a no passed on and held
        "The policy says 25% at most.",  # a rule cited
        "My team said they can build the checkout side.",  # the speaker's own people
        "Things feel rushed this week.",
        "Just think about what the board needs.",
    ],
)
def test_no_report(text: str) -> None:
    assert not reports(text)


REPAIRS = IntentMatcher(  # housing: a tenant's repair is overdue
    [
        IntentSpec(
            "commit_repair_date",
            (
                "I'll have the plumber there on Thursday morning.",
                "We'll fix the boiler by the end of the week.",
                "The repair will be done before the weekend, you have my word.",
            ),
        ),
        IntentSpec(
            "blame_the_contractor",
            (
                "The contractor told us the part wasn't in stock.",
                "Our supplier said it would be weeks, it's not our fault.",
                "The plumber claimed he couldn't get access.",
            ),
        ),
    ]
)
PERMIT = IntentMatcher(  # public sector: a permit the applicant wants rushed
    [
        IntentSpec(
            "promise_fast_track",
            (
                "I'll push your permit to the front of the queue.",
                "We can have it approved by Friday.",
                "Leave it with me, you'll have the permit this week.",
            ),
        ),
        IntentSpec(
            "hold_the_process",
            (
                "Every permit goes through the same checks, yours too.",
                "We can't skip the inspection.",
                "The process doesn't change for anyone.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (BUDGET, "My boss said we'd cover it."),
        (BUDGET, "Finance told me we'd absorb the whole cut."),
        (REPAIRS, "The landlord said they'd fix the boiler by Friday."),
        (PERMIT, "My colleague promised you'd have the permit this week."),
        (PERMIT, "The mayor's office said it would be approved by Friday."),
    ],
)
def test_a_report_makes_no_move(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (BUDGET, "We'll take the full 30% on the chin.", "accept_full_cut"),
        (
            BUDGET,
            "My boss said we'd cover it, so I'll book the full 30% against my team.",
            "accept_full_cut",
        ),
        (REPAIRS, "I'll get the boiler fixed by Friday, you have my word.", "commit_repair_date"),
        (REPAIRS, "The supplier told us the valve wasn't in stock.", "blame_the_contractor"),
        (
            PERMIT,
            "I'll move your permit up the queue so it's done this week.",
            "promise_fast_track",
        ),
    ],
)
def test_the_moves_and_an_intent_of_reports_still_match(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


def test_which_intents_pass_on_words() -> None:
    assert reporting(("The contractor told us the part wasn't in stock.", "It's not our fault."))
    assert not reporting(("I'll fix it by Friday.", "The policy says no exceptions."))
