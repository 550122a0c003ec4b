"""Rules 41-44 (issue 11): constructs found on the seventh genre set's dev half and in the issue's
known defects - verbless restatements, warm words then "but you'll have to ...", cheerleading that
overrules their feeling, and flat denials of their account.

Partner lines here are new (not the pair sets'), across on-call engineering, sales, health, HR,
schools, the public sector and online disputes. Each positive case failed before its fix, except
the two marked "already so before" (pinned so the rule keeps them); the hard negatives pin what
each rule must leave alone."""

from __future__ import annotations

import pytest

from .test_genre_constructs import acts, reasons, score

PAGER = "The pager went off four times last night and I was the only one on call."
CLIENT = "Our biggest client wants a 30% discount or they walk at renewal."
SCAN = "My mum's scan results are due on Friday and I can't sleep."
QUITS = "Three of my team resigned in one month and HR says it's normal churn."
PLANNING = "The council rejected my planning application twice without saying why."
CLEAN = "I've been clean for six months and I'm scared of the office party."
DESK = "I've asked three times for a standing desk for my back and nothing has happened."
EXCLUDED = "My son's school excluded him for a week over a fight he didn't start."
FATHER = "I think I'm a terrible father, I missed his school play again."
DEMO = "I messed up the client demo and I think I'll be let go."
EXAM = "I failed the nursing exam and I feel like I'm not cut out for this."
PROMOTION = "I don't think I deserve the promotion, the others are stronger than me."
REPAIR = "I'm not paying for a repair that your technician botched."
THREAD = "Everyone in this thread is piling on me for asking a simple question."
CARD = "You charged my card twice for the same order."
WAITING = "Your nurse left me waiting four hours without any pain relief."
INSPECTOR = "Your inspector failed my restaurant on a rule that doesn't exist."

RESTATES = "restates their point in other words"
IMPOSED = "told them what they'll have to put up with"


# -- rule 41: a verbless restatement is a reflection ------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PAGER, "Alone, all night."),
        (SCAN, "Friday, and the waiting till then."),
        (QUITS, "Three resignations in a month."),
        (PLANNING, "Twice, and no reason given."),
        (CLEAN, "Six months, and a party ahead."),  # already so before
    ],
)
def test_a_verbless_restatement_is_a_reflection(partner: str, reply: str) -> None:
    assert acts(reply, partner) == ["reflection"]
    result = score(reply, partner)
    assert RESTATES in reasons(result)
    assert "didn't engage" not in reasons(result)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (QUITS, "Budgets change."),  # a claim whose verb the wording cannot see
        (QUITS, "Managers lose people."),
        (CLIENT, "Lots of clients ask for discounts."),  # a general claim
        (CLIENT, "Thirty percent, no exceptions."),  # a refusal
        (SCAN, "Thanks, and good luck on Friday."),  # a pleasantry
        (QUITS, "Policy is policy."),  # a verb
        ("The reviewer tore my paper apart.", "Oh no, a reviewer with opinions, truly unheard of."),
        ("I was diagnosed with lupus last week.", "Lupus affects about one in a thousand people."),
    ],
)
def test_claims_refusals_and_pleasantries_are_no_verbless_restatement(
    partner: str, reply: str
) -> None:
    assert RESTATES not in reasons(score(reply, partner))


# -- rule 42: warm words, then "but you'll have to ..." -----------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PAGER, "I hear you, and I really value how much you carry, but you'll have to cover the rota until March."),
        (CLIENT, "I completely understand their position and I appreciate the heads-up, but the pricing policy applies to everyone."),
        (DESK, "I'm sorry to hear about your back, and I appreciate your patience, but you're going to have to wait like everyone else."),
        (EXCLUDED, "I understand how upsetting this is, but you will need to accept the school's decision."),
    ],
)  # fmt: skip
def test_warm_words_then_what_they_will_have_to_put_up_with_are_a_brush_off(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert IMPOSED in reasons(result)
    assert result.empathy < 35
    assert result.same_side == "across"
    assert "engaged with their view" not in reasons(result)
    assert "concrete commitment" not in reasons(result)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PAGER, "I hear you, but I'll take Saturday's pages myself so you can sleep."),
        (EXCLUDED, "I understand, and you'll have the head's written reasons by Friday."),
        (PLANNING, "Thanks for raising it, but you don't need to reapply; I'm asking the officer for the reasons today."),
        (DESK, "I'm sorry, but if you need to leave early for physio, just go."),
        (CLIENT, "You'll have to walk me through their numbers first."),  # no acknowledgement
    ],
)  # fmt: skip
def test_a_commitment_a_condition_or_a_request_after_the_but_is_no_brush_off(
    partner: str, reply: str
) -> None:
    assert IMPOSED not in reasons(score(reply, partner))


def test_an_advice_question_after_warm_words_and_a_but_is_advice() -> None:
    drink = "My GP says my liver results are off. I only have a glass of wine or two at night."
    reply = (
        "I really appreciate you telling me, and there's no judgement here, but have you "
        "considered that you might be drinking too much?"
    )
    assert acts(reply, drink) == ["advice"]
    assert "asked about their needs" not in reasons(score(reply, drink))
    # ... and a question about them after a "but" stays a question
    kind = "I know it's a lot to take in, but how are you feeling about the results?"
    assert acts(kind, drink) != ["advice"]


# -- rule 43: cheerleading that overrules their feeling ----------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            DEMO,
            "Don't be so hard on yourself, everyone has a bad demo now and then.",
        ),  # already so before
        (EXAM, "Stop being so negative, you'll smash it next time!"),
        (PROMOTION, "Don't be silly, of course you deserve it!"),
        (SCAN, "Nonsense, you'll be absolutely fine."),
    ],
)
def test_cheerleading_that_overrules_them_is_a_dismissal(partner: str, reply: str) -> None:
    assert acts(reply, partner) == ["dismissal"]
    assert score(reply, partner).empathy < 45


def test_cheerleading_scores_below_a_real_reflection() -> None:
    reflection = "So you're not sure you've earned it, next to the others."
    cheer = "Don't be silly, of course you deserve it!"
    assert score(reflection, PROMOTION).overall > score(cheer, PROMOTION).overall
    assert score(reflection, PROMOTION).empathy > score(cheer, PROMOTION).empathy


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Sorry to keep bothering you about the rota.", "Don't be silly, it's no bother at all."),
        ("Thank you so much for covering my shift.", "Don't be daft, happy to help."),
        ("I feel bad asking, but could someone drive me to the clinic on Monday?", "Don't be silly, I'll drive you."),
        (SCAN, "Don't be afraid to ask the radiographer anything on the day."),
        (FATHER, "Don't be late for the next one, then."),
    ],
)  # fmt: skip
def test_answering_thanks_an_offer_or_other_dont_be_is_no_overruling(
    partner: str, reply: str
) -> None:
    assert "dismissal" not in acts(reply, partner)


# -- rule 44: a flat denial of their account ----------------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REPAIR, "Our technicians don't botch repairs."),
        (THREAD, "Nobody is piling on."),
        (CARD, "We never double charge."),
        (WAITING, "Our nurses don't leave patients waiting."),
        (INSPECTOR, "This council doesn't invent rules."),
    ],
)
def test_a_flat_denial_of_their_account_is_a_dismissal(partner: str, reply: str) -> None:
    assert acts(reply, partner) == ["dismissal"]
    result = score(reply, partner)
    assert result.empathy < 45
    assert RESTATES not in reasons(result)  # their words picked up only to deny them


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("I feel like everyone on the ward blames me for the fall.", "Nobody is blaming you."),
        ("Do you charge for returns?", "We don't charge for returns."),  # an answer
        (CARD, "We didn't catch it, and that's on us."),
        (WAITING, "Our ward was short that night, so I'll look into it."),
        ("The release notes never mentioned the breaking change.", "We never meant to hide it, and I'll add it today."),
        ("Nobody told the night team the rota had changed.", "No one told us either."),
        ("Your team has been quiet for two quarters.", "We don't even have time for a prototype."),
    ],
)  # fmt: skip
def test_reassurance_answers_and_explained_denials_are_no_flat_denial(
    partner: str, reply: str
) -> None:
    assert "dismissal" not in acts(reply, partner)
