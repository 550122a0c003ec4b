"""Constructs behind the eighth genre set's dev-half errors, each in several domains with hard
negatives (docs/scoring.md rules 34b, 53d, 59b, 62b): a non-apology in other words, a remedy
put as a question, sharing a story is no trade, threats over lost business or how they look."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

# -- rule 34b: non-apologies in other words -------------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "You closed my question as a duplicate, but the linked answer is ten years old.",
            "I'm sorry you feel that the closure was unfair.",
        ),
        (
            "You reported my fan art for tracing. I have the layered files.",
            "I apologise if you were offended by the report.",
        ),
        (
            "The clinic cancelled my scan twice without telling me.",
            "Apologies if you felt let down by the booking team.",
        ),
        (
            "You moved my shifts without asking me.",
            "I'm sorry you think that the rota was unfair to you.",
        ),
    ],
)
def test_regret_for_their_reaction_is_no_sympathy(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("brushed the feeling aside" in r for r in found), found
    assert not any("expressed sympathy" in r or r.startswith("apologised") for r in found), found


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("I feel like nobody on the team talks to me.", "I'm sorry you feel so alone with it."),
        ("You charged me twice.", "I apologise for the double charge; the refund is on its way."),
        ("My dad's in hospital again.", "I'm so sorry you're going through this."),
    ],
)
def test_sympathy_and_real_apologies_keep_their_credit(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any("brushed the feeling aside" in r for r in found), found


# -- rule 53d: a remedy put as a question ----------------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Six weeks of vertigo now. I can't drive.", "Seen an ENT yet?"),
        (
            "I've had a stoma for a month and I still haven't let my husband see it.",
            "Have you joined a support group?",
        ),
        ("My manager keeps shouting at me in meetings.", "Have you spoken to HR about it?"),
        ("I can't sleep since the redundancy.", "Tried a white-noise app?"),
    ],
)
def test_a_remedy_put_as_a_question_is_advice(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert any("advice" in r for r in found), found
    assert not any("asks about what matters" in r for r in found), found
    assert result.listening < 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("My brother and I haven't spoken since the funeral.", "Have you talked to him since?"),
        ("I was assaulted on the way home last month.", "Have you told anyone?"),
        ("The migration failed overnight.", "Have you seen the logs from the second run?"),
    ],
)
def test_questions_about_what_happened_are_no_remedy(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any("advice" in r for r in found), found


# -- rule 59b: sharing a story or a feeling is no trade ----------------------------------------


@pytest.mark.parametrize(
    "reply",
    [
        "I appreciate you taking the time to share your feelings with the community here.",
        "Thank you for taking the time to share this with me.",
        "I share some of your concerns about the rollout.",
    ],
)
def test_sharing_a_story_is_no_trade(reply: str) -> None:
    found = reasons(score(reply, "You closed my question as a duplicate."))
    assert not any("offered a trade" in r for r in found), found


@pytest.mark.parametrize(
    "reply",
    ["We could share the van on Tuesdays.", "I'll share the water if you share the firewood."],
)
def test_sharing_resources_is_still_a_trade(reply: str) -> None:
    found = reasons(score(reply, "We need transport for the Tuesday market."))
    assert any("offered a trade" in r for r in found), found


# -- rule 62b: threats over their losing the business, or how they will look ------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "The company wants me in the Berlin office by spring. My wife just started a job here.",
            "I hear you, but it might not look great if you're seen as not committed to the "
            "company.",
        ),
        (
            "We're a small agency. You want our day rate cut by a fifth.",
            "I understand it's difficult, but I'd hate for you to lose a client like us over a "
            "few percent.",
        ),
        (
            "We can't match the discount the other school suppliers are offering.",
            "You wouldn't want to lose the whole contract over this.",
        ),
    ],
)
def test_a_veiled_threat_over_business_or_standing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.empathy <= 30 and result.collaboration <= 30
    assert result.same_side == "across"


@pytest.mark.parametrize(
    "reply",
    [
        "I'd hate for you to lose your deposit over a missed form, so I'll send the link now.",
        "It might not look great on the slide, so let's use a table.",
        "I'd hate for you to lose all that work, so save a copy tonight.",
    ],
)
def test_care_over_a_loss_is_no_threat(reply: str) -> None:
    found = reasons(score(reply, "The form is due tomorrow and I've barely started."))
    assert not any("hostility" in r for r in found), found


# -- rule 41b: "Right X, wrong Y" hands their point back ----------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "You closed my question as a duplicate, but the answer you linked is for a version "
            "of the library that's ten years old.",
            "Right library, wrong decade.",
        ),
        (
            "They sent the replacement part to our old office again.",
            "Right part, wrong office.",
        ),
    ],
)
def test_right_x_wrong_y_is_a_reflection(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("restates their point" in r for r in found), found


def test_right_as_a_verdict_is_no_reflection() -> None:
    found = reasons(score("Right, Friday then.", "Can we move the review to Friday?"))
    assert not any("restates their point" in r for r in found), found


# -- rule 43b: reassurance that overrules their worry ------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I'm thirty and my parents still don't know I'm gay.",
            "I'm sure your parents will be completely fine with it, so there's really nothing "
            "to worry about.",
        ),
        ("The biopsy results come back on Thursday.", "There's nothing to worry about."),
        ("I have to present to the board tomorrow.", "I'm sure it'll be okay."),
    ],
)
def test_reassurance_that_overrules_their_worry_brushes_it_aside(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("brushed the feeling aside" in r for r in found), found


def test_a_promise_of_the_speakers_own_is_no_reassurance() -> None:
    found = reasons(
        score("I'm sure we can find a slot, I'll check the diary now.", "Can I see a doctor today?")
    )
    assert not any("brushed the feeling aside" in r for r in found), found


# -- rule 53e: a question for the cause of what someone else did ---------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "He called off the wedding three weeks before the day. My dress is still hanging "
            "in the wardrobe.",
            "Why did he call it off?",
        ),
        ("My landlord is selling the flat and we have two months to leave.", "Why is he selling?"),
        ("The board cancelled the project I'd led for two years.", "Why did they cancel it?"),
    ],
)
def test_why_someone_else_acted_earns_a_plain_question_credit(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any("asks about what matters" in r or "open question" in r for r in found), found
    assert result.listening < 50


def test_why_it_matters_to_them_still_asks() -> None:
    found = reasons(score("Why is the Friday date so important to you?", "I need it by Friday."))
    assert any("asks about what matters" in r or "asked about their needs" in r for r in found)


# -- rule 63b, 63c: reproach put as a condition, an ultimatum to take the work elsewhere ---------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "You closed my question as a duplicate.",
            "Perhaps if you'd searched a little more carefully, you'd have found the answer.",
        ),
        (
            "The backup failed and I lost a week of work.",
            "If you'd backed up daily, this wouldn't happen.",
        ),
        ("I missed the deadline for the grant.", "If you had read the guidance, you'd know."),
    ],
)
def test_a_reproach_put_as_a_condition_blames(partner: str, reply: str) -> None:
    assert any("blamed them" in r for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    "reply", ["If you'd like, I can reopen it.", "If you'd prefer a call, I'm free at two."]
)
def test_would_like_is_no_reproach(reply: str) -> None:
    assert not any("blamed them" in r for r in reasons(score(reply, "I need this fixed.")))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "We're a small agency and can't cut our day rate by a fifth.",
            "It's twenty percent or we'll go elsewhere, I'm afraid.",
        ),
        ("We can't deliver before March.", "February, or we'll take the contract elsewhere."),
    ],
)
def test_taking_the_work_elsewhere_is_an_ultimatum(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any("ultimatum" in r for r in reasons(result))
    assert result.collaboration <= 30


# -- rule 61b: "would wear anyone down" normalises their reaction --------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I haven't slept more than four hours a night since the night shifts started.",
            "Running on that little sleep would wear anyone down.",
        ),
        (
            "The inspectors were in all week and found nothing.",
            "A week like that would drain anybody.",
        ),
        ("My landlord texts me at midnight about the rent.", "That would rattle most people."),
    ],
)
def test_it_would_wear_anyone_down_validates(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("validated their view" in r for r in found), found


# -- rule 63d: "you chose this" blames ---------------------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I've been looking after my mum with dementia for two years.",
            "Well, you did choose to take this on yourself.",
        ),
        ("The on-call rota is wrecking my sleep.", "You signed up for this."),
        ("The new manager is making my life hell.", "You knew what you were getting into."),
    ],
)
def test_you_chose_this_blames(partner: str, reply: str) -> None:
    assert any("blamed them" in r for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    "reply",
    ["You chose to speak up, and that took courage.", "You asked for the report by Friday."],
)
def test_their_choice_or_request_named_plainly_is_no_blame(reply: str) -> None:
    assert not any("blamed them" in r for r in reasons(score(reply, "I raised it at the meeting.")))


# -- rule 31b: "it might be time for you to ..." is advice dressed as a reflection ----------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I've been looking after my mum with dementia for two years.",
            "It sounds like it might be time for you to look into a care home.",
        ),
        (
            "My divorce was finalised today. I just sat in the car park for an hour.",
            "Time to get out there and start dating again.",
        ),
        ("My manager keeps moving my deadlines.", "Maybe it's time you talked to HR."),
    ],
)
def test_the_time_having_come_is_advice(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("advice" in r for r in found), found
    assert not any("reflected what they said" in r for r in found), found


@pytest.mark.parametrize(
    "reply",
    [
        "That must have taken time to process.",
        "Take your time to decide.",
        "It's time to rest now.",
    ],
)
def test_time_words_that_tell_them_nothing_to_do(reply: str) -> None:
    found = reasons(score(reply, "I've had the worst month of my life."))
    assert not any("jumps to advice" in r for r in found), found


# -- rule 31g, extended: an instruction is no restatement ---------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "You commented on my recipe that the bread doesn't work. Hundreds of readers have "
            "baked it without a problem.",
            "Fix your recipe.",
        ),
        (
            "You left me one star, but the listing showed the scratch in photo four.",
            "Put the scratch in the first photo next time.",
        ),
        ("I need the release notes before the board meets on Friday.", "Send the board the draft."),
    ],
)
def test_an_instruction_restates_nothing(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any("restates their point" in r for r in found), found


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("I need the release notes before Friday.", "Leave it with us, you'll have them Thursday."),
        ("I need the release notes before Friday.", "Let me send you the draft tonight."),
    ],
)
def test_a_commitment_in_the_imperative_mood_is_no_instruction(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any("advice" in r for r in found), found
