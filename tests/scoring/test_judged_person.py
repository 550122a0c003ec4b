"""Issue 11, rule 460 (docs/scoring.md): a judgement of the person in mild words is a put-down.

The judgement is tested on lines of several domains (a care home, a sober sibling, a job
application, a workplace, a health forum, a neighbour dispute), with hard negatives: a trait of
the situation, praise, a negated or questioned judgement, a third party in their story and the
speaker's own.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.judged_person import judges_person

from .reasons import score

CARE_HOME = (
    "My dad's in a care home and I've stopped visiting. I sit in the car park and can't go in. "
    "My sister does everything."
)
NURSING = (
    "They said no to my nursing application for the second time and my mum says I should give up."
)
CHECKING = (
    "I check the front door six times before bed since the break-in. My partner's lost patience."
)
ROTA = "I've told my manager I can't do weekends any more because of my kids, and now the team's annoyed."


@pytest.mark.parametrize(
    "sentence",
    [
        "Honestly that sounds a bit selfish.",
        "Honestly that's a bit lazy.",
        "Maybe you're just too sensitive.",
        "That's pretty ungrateful.",
        "Bit naive tbh.",
        "maybe your mum's right tbh, if they said no twice maybe you're not cut out for it",
        "Honestly, going behind your mum's back is a bit ungrateful.",
        "You're in your thirties, it's a bit childish to care about group chats tbh.",
        "I think you're being a bit dramatic.",
        "You come across as quite entitled, isn't it?",
        "You're such a drama queen.",
        "That sounds a bit immature of you.",
    ],
)
def test_a_trait_of_theirs_is_judged(sentence: str) -> None:
    assert judges_person(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a trait of the situation
        "That sounds exhausting.",
        "That's a lot.",
        "It's pretty hard.",
        "It's a bit much.",
        # praise, or a negated judgement
        "You're not lazy at all.",
        "That's not selfish.",
        "It's not selfish to want a break.",
        "Being tired isn't lazy.",
        "Wanting a break doesn't make you lazy.",
        "Saying no is pretty brave.",
        "You're too hard on yourself.",
        # a question, or a frame of their own thought
        "Does it feel selfish to you?",
        "You worry it sounds a bit selfish.",
        "You might feel a bit selfish for wanting it.",
        "Your mum says you're lazy.",
        # a third party in their story
        "He sounds selfish.",
        "She's being a bit selfish.",
        "That's a bit selfish of her.",
        "That's so selfish!",
        # the speaker's own
        "I was lazy about it.",
        "That was a bit lazy of me.",
        "I know this sounds a bit selfish, but can I leave early?",
        # a right, not a trait
        "Ask for a referral to a pain clinic, you're entitled to one.",
    ],
)
def test_no_judgement_of_them(sentence: str) -> None:
    assert not judges_person(sentence)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CARE_HOME, "Honestly that sounds a bit selfish."),
        (NURSING, "Maybe your mum's right, maybe you're not cut out for it."),
        (CHECKING, "Checking the door six times is a bit dramatic, you're making it worse."),
        (ROTA, "Honestly that's a bit lazy. Everyone else does weekends."),
    ],
)
def test_the_put_down_earns_no_empathy_and_caps_the_reply(partner: str, reply: str) -> None:
    # (the nursing and rota replies were already caught by the blame and attack cues)
    result = score(reply, partner)
    assert result.empathy <= 30 and result.collaboration <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CARE_HOME, "Honestly that sounds a bit selfish."),
        (CHECKING, "Checking the door six times is a bit dramatic, you're making it worse."),
        (CARE_HOME, "You're being a bit precious about it."),
    ],
)
def test_the_sentence_talks_down(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(e.reason.startswith("this sentence talks down to them") for e in result.evidence)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CARE_HOME, "Sitting in the car park and not being able to go in sounds exhausting."),
        (NURSING, "Two no's after all that work. You're not naive for wanting to try again."),
        (ROTA, "That's a lot to carry, and choosing your kids isn't selfish."),
        (
            CHECKING,
            "Does checking it six times feel a bit silly to you, or does it help you sleep?",
        ),
    ],
)
def test_a_warm_reply_keeps_its_credit(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(e.reason.startswith("this sentence talks down") for e in result.evidence)
    assert result.empathy > 40
