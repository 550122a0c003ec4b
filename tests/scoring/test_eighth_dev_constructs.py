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
