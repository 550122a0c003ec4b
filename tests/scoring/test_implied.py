"""Rule 370: the feeling, want or burden they implied, named in other words, is a complex
reflection and earns listening and empathy above a parrot of their words. Positives from
counselling, a health forum, an online dispute, the workplace and family support; hard
negatives: a parrot, their line echoed back, a feeling they said themselves, a feeling that
contradicts their line, reassurance, a stock feeling, a framed guess, advice, someone else's
want, an idiom, the speaker's own side and contempt."""

from __future__ import annotations

import pytest

from roleplay.scoring.implied import IMPLIED_REASON

from .reasons import reasons, score

CANCELLED = "I've cancelled on my friends three weekends running. It's easier to stay in."
PROMOTION = "They gave the promotion to the new guy. I trained him."
BUG = "I've reported the same bug four times and each time it's closed as a duplicate."
FLARE = "Third flare this month. I've stopped telling my boss because he just sighs."
SON = "My son moved out last month. The house is so quiet I leave the radio on all day."
GRIEF = "My dad died in March. I still set out two mugs in the morning."


def credited(reply: str, partner: str, why: str = IMPLIED_REASON) -> list[str]:
    """The reply's evidence items that give the reason `why` (rule 370's by default)."""
    return [r for r in reasons(score(reply, partner)) if r.startswith(why)]


implied = credited


@pytest.mark.parametrize(
    ("partner", "complex_", "parrot"),
    [
        (  # counselling
            CANCELLED,
            "You're lonely, and staying in has become the habit that protects it.",
            "You've cancelled on your friends three weekends running because it's easier.",
        ),
        (  # workplace
            PROMOTION,
            "After all that work you're invisible to the people who decide.",
            "They gave the promotion to the new guy, and you trained him.",
        ),
        (  # online dispute
            BUG,
            "You feel like nobody is actually reading your reports.",
            "You've reported the same bug four times and it's closed as a duplicate each time.",
        ),
        (  # health forum
            FLARE,
            "You're bracing for that sigh every time your body lets you down.",
            "It's your third flare this month and you've stopped telling your boss.",
        ),
        (  # family support
            SON,
            "You're lonely without him, and the radio fills the space he left.",
            "Your son moved out last month and the house is so quiet you leave the radio on.",
        ),
    ],
)
def test_what_they_implied_ranks_above_a_parrot(partner: str, complex_: str, parrot: str) -> None:
    found = implied(complex_, partner)
    assert len(found) == 2, reasons(score(complex_, partner))  # listening and empathy, once
    assert all(complex_[:20] in r for r in found)  # the evidence names the sentence
    assert not implied(parrot, partner)
    deep, said = score(complex_, partner), score(parrot, partner)
    assert deep.empathy > said.empathy
    assert deep.listening >= said.listening
    assert deep.overall > said.overall


def test_the_evidence_names_the_word_and_the_span() -> None:
    reply = "Thanks for telling me. After all that work you're invisible to the people who decide."
    result = score(reply, PROMOTION)
    items = [e for e in result.evidence if e.reason.startswith(IMPLIED_REASON)]
    assert {e.dimension for e in items} == {"listening", "empathy"}
    assert all('"invisible"' in e.reason for e in items)
    assert all(e.span == (reply.index("After"), len(reply)) for e in items)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PROMOTION, PROMOTION),  # their line echoed back
        ("I'm so angry they gave the promotion to the new guy.", "You're angry about the new guy."),
        (GRIEF, "You're hoping for a fresh start now that he's gone."),  # contradicts their line
        (GRIEF, "You're not alone, plenty of people lose a parent at your age."),  # reassurance
        (SON, "You must feel so overwhelmed."),  # a stock feeling, nothing of theirs
        (PROMOTION, "It sounds like you're angry with your manager about the new guy."),  # framed
        (FLARE, "You need to stop carrying this alone and talk to HR."),  # advice
        (GRIEF, "Your dad would want you to be happy."),  # someone else's want
        (BUG, "Complain all you want, the ticket stays closed."),  # an idiom
        (BUG, "We understand your frustration, but duplicates are closed automatically."),
        (CANCELLED, "Are you lonely, staying in every weekend?"),  # a question
    ],
)
def test_no_credit_for_what_is_not_their_implied_state(partner: str, reply: str) -> None:
    assert not implied(reply, partner)


def test_contempt_earns_nothing_for_naming_a_feeling() -> None:
    reply = "You're lonely because you cancel on everyone, which is frankly pathetic."
    result = score(reply, CANCELLED)
    assert not any(r.startswith(IMPLIED_REASON) for r in reasons(result)) or result.empathy <= 30
    assert result.empathy <= score("That sounds like a hard few weeks.", CANCELLED).empathy


def test_a_short_reflection_in_other_words_is_not_read_as_ignoring_them() -> None:
    result = score("You're bracing for that sigh.", FLARE)
    assert "didn't engage with what they said" not in reasons(result)
    assert result.listening > 45


def test_a_state_named_after_that_you_and_a_weariness_are_theirs() -> None:
    partner = "I'm the one who got sent on the course, and he's the one who shoved me first."
    reply = "It feels unfair that you're the one sent away when he started it."
    assert implied(reply, partner)
    weary = "So you're sick of explaining the same bug to every new moderator."
    assert implied(weary, "Fifth moderator this year asking me to reproduce it. Again.")


# rule 372: both sides of them in one statement, to a line that holds two sides
BOTH = "reflected both sides of what they feel"


def both_sides(reply: str, partner: str) -> list[str]:
    return credited(reply, partner, BOTH)


@pytest.mark.parametrize(
    ("partner", "reply", "parrot"),
    [
        (  # counselling
            "Part of me wants to sell the house, but it's where we raised the kids.",
            "Part of you is ready to move on, and part of you is holding on to those years.",
            "You want to sell the house, but it's where you raised the kids.",
        ),
        (  # health forum
            "I know the insulin pump would help. I still don't want a thing attached to me.",
            "Part of you sees the sense in it, even though part of you balks at wearing it.",
            "You know the pump would help, and you don't want a thing attached to you.",
        ),
        (  # online dispute
            "I like the new moderators, honestly, but the way they closed my thread was a setup.",
            "You're giving them credit and holding them to account at the same time.",
            "You like the new moderators, but the way they closed your thread was a setup.",
        ),
    ],
)
def test_both_sides_of_them_rank_above_a_parrot(partner: str, reply: str, parrot: str) -> None:
    found = both_sides(reply, partner)
    assert len(found) == 2, reasons(score(reply, partner))  # listening and empathy, once
    assert not both_sides(parrot, partner)
    assert score(reply, partner).overall > score(parrot, partner).overall


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "Part of me wants to quit, but I love the people.",
            "Part of you wants to quit, but you love the people.",
        ),
        ("The printer jammed again.", "Part of you is done with it, and part of you keeps trying."),
        (
            "I know I should call her, but it's been years.",
            "Part of you knows it, but you should still call her.",
        ),
        (
            "I know I should call her, but it's been years.",
            "Is part of you relieved, and part of you sad?",
        ),
        (
            "I keep missing deadlines, but the brief keeps changing.",
            "Part of you knows it's your own fault, and part of you won't admit it.",
        ),
        (
            "The release slipped, but the tests were flaky.",
            "Part of the problem is you, and part is the software.",
        ),
    ],
)
def test_no_credit_for_two_sides_that_are_not_theirs(partner: str, reply: str) -> None:
    assert not both_sides(reply, partner)
