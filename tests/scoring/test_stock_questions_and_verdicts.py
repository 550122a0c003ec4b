"""Issue 11, rules 250-254 (docs/scoring.md): stock stacks that slipped past rule 51, a loss
named as one, "impossible" said of their situation, orders dressed as teamwork, and their
fragility mocked.

- 250: "That's", "there's", "here's" and the words of a stock needs question ("your goals",
  "your feelings") name no matter of theirs, so a stack of stock phrases and generic questions
  is stuffing however it is punctuated;
- 251: "That's a hard loss / a real setback / a cruel blow" acknowledges how hard it is;
- 252: "impossible" is a flat refusal only as a verdict ("Impossible.", "That's impossible"),
  not when it says what their situation does to them ("makes your own work impossible");
- 253: "you do what I say", "do as you're told" impose, whatever joint words come before;
- 254: "being this fragile", "you're so thin-skinned" attack the person.

Partners in sport and health, finance, housing, an on-call rota, onboarding, procurement and a
school; each rule has hard negatives that keep their reading.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

PHYSIO = "My physio says I can't run the marathon this year and I've been training since January."
AUDIT = (
    "The audit found we've been paying the same invoice twice for eight months and finance wants "
    "someone's head."
)
RENT = "My landlord wants to put the rent up 20% and I've lived here nine years."
ROTA = "Our on-call rota has me on three weekends out of four this month."
NEW_HIRE = "The new hire keeps asking me basic questions and I can't get my own work done."
TOOL = "Procurement rejected our tool request again, third time, and my team is still doing this by hand."
SCHOOL = "The school says my son can't sit his exams with extra time because the form came in late."


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


def _overall(reply: str, partner: str) -> int:
    return score(reply, partner).overall


# -- 250 -----------------------------------------------------------------------------------------
STACKS = [
    "Thank you for sharing. I hear you. That's valid. Your feelings matter. Let's work together. "
    "What do you need?",
    "What do you need? What matters most? What would help? What are your goals? What else?",
    "There's a lot here. I hear you. What are your goals? Let's figure it out together.",
]


@pytest.mark.parametrize("stack", STACKS)
@pytest.mark.parametrize("partner", [PHYSIO, AUDIT, ROTA, TOOL])
def test_a_stack_of_stock_phrases_and_generic_questions_is_stuffing(
    stack: str, partner: str
) -> None:
    said = _said(stack, partner)
    credited = [e for e in score(stack, partner).evidence if e.points > 0]
    assert credited, said
    assert all("stock phrase" in e.reason for e in credited), said


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            PHYSIO,
            "That's gutting after ten months. What would you want the rest of the year to look like?",
        ),
        (
            RENT,
            "That's a big jump after nine years. What are your goals: stay and negotiate, or move?",
        ),
        (TOOL, "Three rejections is a lot. What did procurement say was missing from the request?"),
    ],
)
def test_a_question_with_their_matter_in_the_reply_is_no_stuffing(partner: str, reply: str) -> None:
    assert not any("stock phrase" in r for r in _said(reply, partner))


# -- 251 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PHYSIO, "That's a hard loss."),
        (SCHOOL, "That's a real setback for him, after all his revision."),
        (AUDIT, "Eight months unnoticed: that is a painful blow for the team."),
    ],
)
def test_a_loss_named_as_one_acknowledges_it_is_hard(partner: str, reply: str) -> None:
    assert any(r.startswith("acknowledged it's hard") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (AUDIT, "The loss is about forty thousand, finance has the figure."),
        (RENT, "A setback clause in the lease lets him do that once a year."),
    ],
)
def test_loss_and_setback_as_plain_nouns_acknowledge_nothing(partner: str, reply: str) -> None:
    assert not any(r.startswith("acknowledged it's hard") for r in _said(reply, partner))


# -- 252 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (NEW_HIRE, "Being pulled away all day makes your own work impossible."),
        (ROTA, "Three weekends in four makes any kind of plan almost impossible for you."),
        (SCHOOL, "A late form making extra time impossible must feel so unfair to him."),
        (TOOL, "It's impossible for your team to keep up by hand."),
    ],
)
def test_impossible_said_of_their_situation_is_no_refusal(partner: str, reply: str) -> None:
    assert not any(r.startswith("flat refusal") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ROTA, "Impossible. The rota is fixed."),
        (RENT, "That's impossible, the rise is already agreed."),
        (TOOL, "No, that's simply impossible this quarter."),
        (SCHOOL, "Frankly impossible, rules are rules."),
    ],
)
def test_impossible_as_a_verdict_is_still_a_flat_refusal(partner: str, reply: str) -> None:
    assert any(r.startswith("flat refusal") for r in _said(reply, partner))


# -- 253 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (NEW_HIRE, "Let's work together on this: you do what I say and we'll both be happy."),
        (ROTA, "We're a team here, so do as you're told and take the weekends."),
        (TOOL, "Together we'll sort it. You'll do exactly what I tell you and it'll be fine."),
    ],
)
def test_orders_dressed_as_teamwork_impose(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert any(r.startswith('imperious "we"') for r in said), said
    assert score(reply, partner).collaboration <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (NEW_HIRE, "Tell me what you need from me and I'll do what I say I will."),
        (TOOL, "Can you do what we said on Monday and send me the quote?"),
    ],
)
def test_doing_what_was_agreed_is_no_order(partner: str, reply: str) -> None:
    assert not any(r.startswith('imperious "we"') for r in _said(reply, partner))


# -- 254 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PHYSIO, "You poor thing, it must be so difficult being this fragile."),
        (RENT, "Honestly, you're so thin-skinned about money."),
        (SCHOOL, "You've always been a bit oversensitive about his school."),
    ],
)
def test_their_fragility_mocked_is_an_attack(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert any(r.startswith("attacked their view") for r in said), said
    assert score(reply, partner).empathy <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PHYSIO, "Your knee is still fragile after the injury, so the physio may be right."),
        (AUDIT, "The payment process is fragile and this shows it; let's fix the check."),
    ],
)
def test_fragile_said_of_a_thing_is_no_attack(partner: str, reply: str) -> None:
    assert not any(r.startswith("attacked their view") for r in _said(reply, partner))


def test_a_plain_specific_reply_outscores_the_stacks() -> None:
    decent = (
        "Ten months of training and then told no: that's a hard loss. Did she say whether a "
        "shorter race later in the year is possible?"
    )
    for stack in STACKS:
        assert _overall(decent, PHYSIO) > _overall(stack, PHYSIO), stack


# -- 255 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("stack", STACKS)
@pytest.mark.parametrize("partner", [PHYSIO, RENT, NEW_HIRE])
def test_a_stuffed_reply_ends_no_higher_than_the_middle_of_the_scale(
    stack: str, partner: str
) -> None:
    result = score(stack, partner)
    assert max(result.listening, result.empathy, result.collaboration) <= 50, reasons(result)
    assert any(r.startswith("stock phrases with nothing of theirs caps") for r in reasons(result))


def test_a_short_acknowledgement_with_their_matter_is_not_capped() -> None:
    result = score("Nine years and a 20% rise is a shock. What rent could you manage?", RENT)
    assert not any("stock phrases with nothing of theirs" in r for r in reasons(result))


# -- 256 -----------------------------------------------------------------------------------------
EULOGY = (
    "so my dad died three weeks ago and my aunt's asked me to do the eulogy. we hadn't spoken in "
    "eleven years. i don't even know if i'm sad."
)
GODMOTHER = (
    "my sister's asked our cousin to be godmother. i was there for every scan, every 3am text. "
    "she hasn't said a word to me about it."
)
INSULIN = "The pharmacy keeps running out of my insulin and I've had to ring round four shops."
HELPDESK = (
    "Leadership want every engineer on my team to do one day a week on the helpdesk. Two of them "
    "told me privately they'll start looking elsewhere."
)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (EULOGY, "Losing a parent is painful even when the relationship was distant."),
        (GODMOTHER, "Being passed over by family is painful."),
        (HELPDESK, "Being stretched thin is exhausting."),
        (RENT, "Moving is stressful at any age."),
    ],
)
def test_a_hardship_said_of_anyone_earns_a_share(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    hard = [r for r in said if r.startswith("acknowledged it's hard")]
    assert hard and all("said of anyone" in r for r in hard), said


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (INSULIN, "Ringing four shops for insulin is exhausting and scary."),
        (
            EULOGY,
            "Losing him twice, once at fourteen and now, is painful in a way that's hard to name.",
        ),
        (GODMOTHER, "Being there for every scan and then not being asked must be painful."),
        (HELPDESK, "It's hard when you're the one your team confides in."),
        (RENT, "That is a painful rise after nine years."),
    ],
)
def test_a_hardship_said_of_theirs_keeps_its_credit(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not any("said of anyone" in r for r in said), said


def test_hang_in_there_is_support_not_an_acknowledgement_of_hardship() -> None:
    said = _said("Hang in there.", EULOGY)
    assert not any(r.startswith("acknowledged it's hard") for r in said), said
    assert any(r.startswith("offered support") for r in said), said


def test_a_tough_spot_named_at_the_end_of_a_long_subject_acknowledges_it() -> None:
    reply = (
        "Being the one in the middle, between what leadership asked for and what two of your "
        "people told you in confidence, is a tough spot."
    )
    assert any(r.startswith("acknowledged it's hard") for r in _said(reply, HELPDESK))


# -- 257 -----------------------------------------------------------------------------------------
WIDOW = (
    "My husband died in March and I still can't bring myself to go to the shops we used to go to."
)
TEMPER = "My son keeps losing his temper at school and they've threatened to exclude him."
NERVES = "I've got my driving test on Friday and I'm so anxious I can't sleep."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (WIDOW, "You could join a grief support group, a lot of people find that helps."),
        (TEMPER, "You might look at an anger management course for him."),
        (NERVES, "You could try an anxiety app before you go to bed."),
    ],
)
def test_a_feeling_word_naming_a_service_names_no_feeling(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not any(r.startswith(("named a feeling", "reflected their feeling")) for r in said), said


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (WIDOW, "It sounds like the grief catches you in the places you shared."),
        (NERVES, "You sound anxious, and the lost sleep makes Friday feel even bigger."),
    ],
)
def test_a_feeling_named_as_theirs_is_still_named(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert any(r.startswith(("named a feeling", "named their")) for r in said), said


# -- 258 -----------------------------------------------------------------------------------------
COVER = "I've been covering for Sam for three weeks and nobody has said a word about it."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (COVER, "I completely understand. Can we talk about something else now?"),
        (ROTA, "I hear you. Let's move on to another topic."),
        (AUDIT, "Right. Could we discuss something different?"),
    ],
)
def test_a_move_on_to_something_else_leaves_their_matter(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert any(r.startswith("left their problem for another matter") for r in said), said
    assert not any(r.startswith("showed you understood") for r in said), said


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            COVER,
            "Could we talk about something else that's worrying you, or is Sam the main thing?",
        ),
        (ROTA, "We can talk about something else if this is too much right now."),
        (NEW_HIRE, "Is there anything else going on that makes the questions harder to handle?"),
    ],
)
def test_an_offer_of_a_break_or_a_question_about_them_is_no_move_on(
    partner: str, reply: str
) -> None:
    assert not any(r.startswith("left their problem") for r in _said(reply, partner))


def test_a_hardship_of_their_thing_pointed_at_keeps_its_credit() -> None:
    partner = "Finance cut our training budget to zero after we'd already booked the courses."
    for reply in (
        "Cutting it after the bookings is awkward.",
        "Losing the courses you booked hurts.",
    ):
        assert not any("said of anyone" in r for r in _said(reply, partner)), reply


# -- 259 -----------------------------------------------------------------------------------------
LATE = "I'm so sorry, I completely forgot to send the report yesterday."
STUDENT = "Sorry for all the questions, I know I keep asking the same thing about the referencing."
PATIENT = "I feel silly ringing again, it's probably nothing, but the rash has spread."
CAMP = "I need all three waters, my kids drink a lot and it's hot."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LATE, "You don't need to apologise. Can you send it this morning?"),
        (STUDENT, "You don't need to say sorry for asking, that's what I'm here for."),
        (PATIENT, "There's no need to apologise, and you don't need to feel silly for ringing."),
    ],
)
def test_telling_them_they_need_not_apologise_is_no_put_down(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not any(r.startswith("played down what they need") for r in said), said
    assert not any(r.startswith("negated a supportive phrase") for r in said), said
    assert score(reply, partner).empathy >= 45, said


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CAMP, "You don't need that much water, there's a lake by the site."),
        (CAMP, "You don't need three, two is plenty for kids."),
        (LATE, "You don't need the report anyway, I'll use last month's."),
    ],
)
def test_their_need_played_down_still_costs(partner: str, reply: str) -> None:
    assert any(r.startswith("played down what they need") for r in _said(reply, partner))


def test_an_apology_of_the_speakers_own_is_still_one() -> None:
    said = _said("I need to apologise, the delay was my doing.", LATE)
    assert any(r.startswith("apologised") for r in said), said
