"""Moves the scorer read as their opposite (docs/scoring.md rules 104-110), each in several
domains, with the wording they share with the moves they are not as hard negatives."""

from __future__ import annotations

import pytest

from roleplay.scoring.misread_moves import judges_feeling, third_party_should, why_dont_act

from .reasons import reasons, score

ADVICE = "jumps to advice"
NEEDS = "asked about their needs"

# -- 104: "Why don't we / I ...?" proposes or offers ------------------------------------------
WHY_DONT_WE = [
    # engineering
    ("We both need the staging cluster this week.", "Why don't we split the week between us?"),
    # health
    (
        "We can't cover the weekend shifts with the people we have.",
        "Why don't we ask the agency for two nurses?",
    ),
    # public sector
    ("The hall is double-booked on Saturday.", "So why don't we run both events in the morning?"),
]
WHY_DONT_I = [
    # HR
    ("Nobody wants the Saturday on-call.", "Why don't I take Saturday this month?"),
    # sales
    ("The client deck still isn't ready.", "Why don't I draft the pricing slide tonight?"),
]


@pytest.mark.parametrize(("partner", "reply"), WHY_DONT_WE + WHY_DONT_I)
def test_why_dont_we_or_i_proposes(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any(ADVICE in r for r in found), found
    assert not any(NEEDS in r for r in found), found  # it asks nothing about them
    assert result.collaboration >= 55
    assert result.overall >= 48
    assert result.same_side == "beside"


@pytest.mark.parametrize(
    "reply",
    [
        "Why don't you just ask the agency?",  # a request of them: advice
        "Why don't you ask your manager for more time?",
        "Why do we always get the Saturday shift?",  # a complaint, not a proposal
        "Why don't we ever get the good slots.",  # no question: a grumble
    ],
)
def test_why_dont_you_and_other_whys_are_not_proposals(reply: str) -> None:
    assert why_dont_act(reply) is None


def test_why_dont_you_is_still_advice() -> None:
    result = score(
        "Why don't you just ask the agency?",
        "We can't cover the weekend shifts with the people we have.",
    )
    assert any(ADVICE in r for r in reasons(result)) or any("advice" in r for r in reasons(result))
    assert result.overall <= 42


# -- 105: an ultimatum offers nothing -------------------------------------------------------------
ULTIMATUMS = [
    # procurement
    ("Your offer is too low, we need ten percent more.", "I'll walk away unless you drop the fee."),
    # engineering: going over their head
    (
        "So what are you proposing? I can't give you people I don't have.",
        "I'll take it to your VP myself.",
    ),
    # sales
    ("The price is the price.", "We'll walk away unless you match the quote by Friday."),
]


@pytest.mark.parametrize(("partner", "reply"), ULTIMATUMS)
def test_an_ultimatum_offers_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any("offers to help" in r for r in found), found
    assert not any("concrete commitment" in r for r in found), found
    assert result.collaboration <= 30


def test_a_real_commitment_still_offers() -> None:
    result = score(
        "I'll look at the fee with my manager and come back to you tomorrow.",
        "Your offer is too low, we need ten percent more.",
    )
    assert any("next step" in r or "offers to help" in r for r in reasons(result))
    assert result.collaboration >= 55


# -- 106: what a third party should do is no reflection -------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # health
        (
            "My dad's had chest pains since last night but he won't see a doctor.",
            "It sounds like he should ring the hospital.",
        ),
        # education
        (
            "My son won't do his homework and the school keeps calling.",
            "It sounds like he needs to be grounded.",
        ),
        # HR
        (
            "My manager keeps changing the rota without telling anyone.",
            "Sounds like your manager ought to publish it a week ahead.",
        ),
    ],
)
def test_what_a_third_party_should_do_is_no_reflection(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any("reflected what they said" in r for r in found), found
    assert not any("restates their point" in r for r in found), found
    assert result.listening <= 46


@pytest.mark.parametrize(
    "reply",
    [
        "It sounds like he's struggling.",
        "It sounds like the calls are wearing you down.",
        "It sounds like you should be proud of the launch.",  # second person: other rules
        "It sounds like the school has been on at you all week.",
    ],
)
def test_reflections_about_others_are_kept(reply: str) -> None:
    assert not third_party_should(reply)


def test_a_reflection_of_a_third_party_keeps_its_credit() -> None:
    result = score(
        "It sounds like the calls are wearing you down.",
        "My son won't do his homework and the school keeps calling.",
    )
    assert any("reflected what they said" in r for r in reasons(result))
    assert result.empathy >= 60


# -- 107: a promise not to harm them --------------------------------------------------------------
PROMISES = [
    # finance
    (
        "I made a mistake on the expense form and I'm scared you'll report me.",
        "I won't report you, I promise.",
    ),
    # HR
    ("Please don't tell HR I was drinking at the party.", "I'm not going to tell anyone."),
    # health
    (
        "I gave a patient the wrong dose and I'm scared you'll write me up.",
        "I won't write you up. Let's look at what happened.",
    ),
    # education
    ("I'm scared you'll tell my parents I failed.", "I won't tell your parents."),
]


@pytest.mark.parametrize(("partner", "reply"), PROMISES)
def test_a_promise_not_to_harm_them_is_no_refusal(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any("flat refusal" in r for r in found), found
    assert result.collaboration >= 45


REFUSALS = [
    ("Can you tell the board it was my call?", "I won't tell them that."),
    ("Then I'll go to your VP.", "I won't tell you it's done when it isn't."),
    ("We need two more engineers.", "I won't approve more headcount this quarter."),
    ("Can you cover my Saturday shift?", "I'm not going to cover it, sorry."),
]


@pytest.mark.parametrize(("partner", "reply"), REFUSALS)
def test_refusals_of_their_request_stay_refusals(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("flat refusal" in r for r in found), found


# -- 108: their feeling judged pointless ---------------------------------------------------------
JUDGED = [
    # family
    (
        "I resent having to do all the school runs since I went part-time.",
        "Resenting things you chose is a waste of energy.",
    ),
    # care
    (
        "I feel so guilty about putting mum in a home.",
        "Feeling guilty about it is pointless, you did what you had to.",
    ),
    # workplace
    ("I'm still angry they promoted him over me.", "There's no point being angry about it now."),
    # health
    ("I'm so worried about the biopsy results.", "Worrying won't change the result."),
]


@pytest.mark.parametrize(("partner", "reply"), JUDGED)
def test_their_feeling_judged_pointless_dismisses_it(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    # the act reading ("this sentence dismisses how they feel") or, since rule 300, the cue
    # ("dismissed their feelings") for a feeling denied them
    assert any("dismisses" in r or r.startswith("dismissed their feelings") for r in found), found
    assert not any("named" in r and "feeling" in r for r in found), found
    assert result.empathy <= 44


@pytest.mark.parametrize(
    "reply",
    [
        "Worrying about money every month is exhausting.",
        "It makes sense that you resent it.",
        "Feeling guilty shows how much you care about her.",
        "There's no point rushing the decision.",  # not a feeling of theirs
        "Being angry about it is completely understandable.",
    ],
)
def test_acknowledging_a_feeling_is_no_judgement(reply: str) -> None:
    assert not judges_feeling(reply)


# -- 109: their need claimed as met ---------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("I need more time with the kids.", "You already have plenty of time with them."),
        ("We need more support staff for the clinic.", "You already have enough staff."),
        ("I need the firewood, it gets freezing.", "You can just wear more layers."),
    ],
)
def test_a_need_claimed_as_met_restates_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any("restates their point" in r for r in found), found
    assert result.empathy <= 30


# -- 110: abuse for the one who wronged them, in sympathy ---------------------------------------
SIDING = [
    # workplace
    ("My manager shouted at me in front of the whole team.", "What a jerk, I'm sorry he did that."),
    # housing
    (
        "My landlord kept my whole deposit for a stain that was already there.",
        "What an idiot, I'm sorry he did that to you.",
    ),
    # health
    (
        "The receptionist laughed when I said I was in pain.",
        "Honestly, how dare she. I'm sorry she treated you like that.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), SIDING)
def test_sympathy_against_who_wronged_them_takes_their_side(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any("attacked their view" in r for r in found), found
    assert not any("didn't engage" in r for r in found), found
    assert result.empathy >= 50
    assert result.overall >= 46


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("My manager shouted at me in front of the whole team.", "You're an idiot."),
        ("I think the plan is fine.", "What an idiot you are, he did nothing wrong."),
    ],
)
def test_abuse_aimed_at_them_still_attacks(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any("attack" in r for r in reasons(result)), reasons(result)
    assert result.empathy <= 30


# -- 115: "I know exactly how you feel", then the speaker's own story ---------------------------
STORY_AFTER_KNOWING = [
    # housing
    (
        "Our buyers pulled out the day before exchange and the house is in boxes.",
        "I understand exactly how you feel, we had a buyer drop out once too and it was a "
        "nightmare, we lost a deposit on a kitchen.",
    ),
    # bereavement
    (
        "My dog died last week and the house feels so empty.",
        "I know how you feel, I lost my cat last year and I cried for a month.",
    ),
    # workplace
    (
        "I got passed over for the promotion again.",
        "I know exactly what you're going through, when I was passed over I nearly quit.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), STORY_AFTER_KNOWING)
def test_knowing_how_they_feel_then_ones_own_story_is_self_focus(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert any("turned the focus to yourself" in r for r in found), found
    assert not any("showed you understood" in r for r in found), found
    assert not any("acknowledged it's hard" in r for r in found), found
    assert result.empathy <= 46


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # the claim, then their matter: no story
        (
            "The rota leaves me on every Saturday this month.",
            "I know how you feel about the rota, and I'll fix Saturday for you.",
        ),
        # the claim, then a question
        ("My dog died last week.", "I understand how you feel, what was her name?"),
    ],
)
def test_knowing_how_they_feel_without_a_story_is_not_self_focus(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any("turned the focus to yourself" in r for r in found), found


# -- 108b: blame for their own trouble, in sympathy words; 108c: mock praise --------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # health
        (
            "First gout attack at 39 and my mates think it's hilarious.",
            "Honestly mate, I'm sorry, but you've probably brought this on yourself with the "
            "pints and takeaways.",
        ),
        # workplace
        ("My team missed the deadline.", "Take it as a wake-up call and plan better next time."),
        # finance
        ("The bank froze my account after the late payments.", "You kind of had it coming."),
    ],
)
def test_blame_for_their_own_trouble_is_blame(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any("blamed them" in r for r in reasons(result)), reasons(result)
    assert result.empathy <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("I think I brought this on myself.", "I brought it on myself too, once."),
        ("I got the job after six interviews!", "You deserved it."),
        ("The audit found three gaps.", "The audit was a wake-up call for all of us."),
    ],
)
def test_near_blame_wording_is_not_blame(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any("blamed them" in r for r in found), found


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # online dispute
        (
            "You muted me in chat for posting a link to my own charity stream.",
            "Oh wow, a charity stream, how noble.",
        ),
        # workplace
        ("I stayed late to fix everyone's tickets again.", "Wow, working late again, how heroic."),
        # volunteering
        ("I gave up my weekend to run the food bank.", "How noble of you."),
    ],
)
def test_mock_praise_is_sarcasm(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any("sarcasm" in r for r in reasons(result)), reasons(result)
    assert result.empathy <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("I ran it in four hours.", "Wow, four hours, how impressive is that!"),
        ("I stepped in when nobody else would.", "It was noble of you to step in."),
    ],
)
def test_praise_is_not_mock_praise(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any("sarcasm" in r for r in found), found
