"""Issue 11, rules 450-453 (docs/scoring.md): scorer defects a user hits.

Each rule is tested in several domains (a hospital, a warehouse, a school, a bank, a data
centre, a family), with hard negatives: the stock form it must still catch, or a reply of the
same shape that must keep its score.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.bare_needs import bare
from roleplay.scoring.deference import CAVE_WHY, hands_over
from roleplay.scoring.hollow import QUESTIONS_WHY, checks_in
from roleplay.scoring.stock_no import RESPECT_WHY, STOCK_NO_WHY

from .reasons import fired, held_at, score

HOSPITAL = (
    "My dad was rushed into hospital last night and I was there until 4am. I've got the "
    "quarterly report due today."
)
WAREHOUSE = "They moved me to nights with two days' notice and I've got no childcare."
FLOOD = "Our kitchen flooded on Sunday and the insurer still hasn't sent anyone round."
EXAM = "My daughter failed her mock exams and now she won't come out of her room."
HOSTING = (
    "Quick one. Klinikum Nord signs Friday if we can go live in two weeks. The EU region has a "
    "six-week wait, so we host them in the US for now and move them later. Fine, right?"
)
REFUND = "I was charged twice for the same flight and I need the money back before rent day."
LAPTOP = "Can you get the new starter's laptop set up before Monday?"


# -- rule 450: a check-in on how they are is about them --------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            HOSPITAL,
            "How are you holding up? Did you get any sleep? Is there anything I can take off "
            "your plate?",
        ),
        (FLOOD, "Are you coping? Have you eaten today? Is anyone with you tonight?"),
        (
            EXAM,
            "How are you holding up yourself? Are you sleeping? Shall I pick her up from school "
            "tomorrow?",
        ),
    ],
)
def test_a_check_in_on_how_they_are_is_not_a_volley_of_stock_questions(
    partner: str, reply: str
) -> None:
    assert not fired(QUESTIONS_WHY, reply, partner)
    assert score(reply, partner).overall > 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # the stock questions that hand them the work are still capped
        (
            HOSPITAL,
            "How are you feeling now? What do you need? Do you have support? Have you thought "
            "about what comes next?",
        ),
        (
            WAREHOUSE,
            "What do you need from me? How do you feel about that? What options do you see?",
        ),
        # one care question among stock ones is no check-in
        (FLOOD, "How are you holding up? What would you like to happen? Anything else?"),
        (EXAM, "What would you like me to do? Is there anything I can do? Any thoughts?"),
    ],
)
def test_stock_questions_stay_capped(partner: str, reply: str) -> None:
    assert held_at(QUESTIONS_WHY, 40, reply, partner)


def test_a_check_in_needs_two_care_questions_and_half_of_them() -> None:
    assert checks_in(["Did you sleep?", "Have you eaten?", "Anything else?"])
    assert not checks_in(["Did you sleep?", "What do you need?", "Any thoughts?"])
    assert not checks_in(["Is there anything I can do?", "How can I help?", "Any thoughts?"])


# -- rule 451: a yes to whatever they want, in stock words -----------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            HOSTING,
            "I completely understand, and of course we can do that for you, no problem at all.",
        ),
        (
            REFUND,
            "You're absolutely right and I won't argue with you. Whatever you'd like us to do is fine.",
        ),
        (WAREHOUSE, "Of course, you can have whichever shifts you want, no problem at all."),
        (EXAM, "You're quite right, I'll do whatever you think is best. It's your call."),
    ],
)
def test_a_yes_to_whatever_they_want_is_held_as_a_cave(partner: str, reply: str) -> None:
    assert held_at(CAVE_WHY, 45, reply, partner)


def test_a_strong_open_question_beats_the_polite_cave() -> None:
    cave = score(
        "I completely understand, and of course we can do that for you, no problem at all.",
        HOSTING,
    )
    asked = score("What does the customer actually need on day one?", HOSTING)
    assert asked.overall > cave.overall


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # a yes that names what it does, and when
        (LAPTOP, "No problem at all: I'll image it on Friday and leave it on her desk."),
        (
            REFUND,
            "Of course we can do that. I've refunded the second charge; it lands in three days.",
        ),
        # a hand-over beside matter of one's own (rule 355's negatives)
        (
            WAREHOUSE,
            "Whichever shifts you want is fine once the childcare is sorted; tell me by Friday.",
        ),
        # support offered, not a decision handed over
        (
            FLOOD,
            "Whatever you need, I'm here. I'll chase the insurer's loss adjuster this morning.",
        ),
    ],
)
def test_a_yes_with_matter_of_its_own_is_no_cave(partner: str, reply: str) -> None:
    assert not fired(CAVE_WHY, reply, partner)


def test_the_new_hand_over_wordings() -> None:
    assert hands_over("Whatever you'd like us to do is fine.") is not None
    assert hands_over("Sure, whatever keeps everyone happy.") is not None
    assert hands_over("Of course, we can do that for you.") is not None
    assert hands_over("Whatever you'd like us to do about the flood survey is fine.") is None


# -- rule 452: a bare question for their needs earns half the credit ----------------------
def test_a_bare_needs_question_earns_less_than_one_about_their_matter() -> None:
    alone = score("What do you need?", HOSTING)
    assert alone.listening < 75
    matter = score("What would you need from me to make Friday work?", HOSTING)
    assert matter.listening > alone.listening + 8


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What do you need?", True),
        ("What would you like from me?", True),
        ("What do you want to happen?", True),
        ("What do you need for the launch?", False),
        ("What does the customer need on day one?", False),
        ("What do you need from this?", False),
        ("And you?", False),
    ],
)
def test_which_needs_questions_are_bare(question: str, expected: bool) -> None:
    assert bare(question) is expected


# -- rule 454: small talk about an event of the speaker's world -----------------------------
TRIBUNAL = "My tribunal hearing is on Thursday and my union rep has just gone off sick."
CHANGED = "changed the subject"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TRIBUNAL, "Are you going to the Christmas party this year? It should be a good one."),
        (FLOOD, "Are you coming to the street barbecue on Saturday? Bring the kids!"),
        (WAREHOUSE, "Anyone else watching the new detective series? What did you make of it?"),
        (EXAM, "Did you catch the match last night? What a goal."),
    ],
)
def test_small_talk_about_an_event_changes_the_subject(partner: str, reply: str) -> None:
    assert fired(CHANGED, reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            TRIBUNAL,
            "Are you going to the hearing on your own, or can someone else from the union come?",
        ),
        (FLOOD, "Did you see the letter the insurer sent? It names a loss adjuster."),
        (EXAM, "Is she coming to the parents' evening with you? I'd like her to hear it from us."),
    ],
)
def test_a_question_about_their_matter_is_no_small_talk(partner: str, reply: str) -> None:
    assert not fired(CHANGED, reply, partner)


# -- rules 455, 456: a brush-off in the forms of politeness ----------------------------------
@pytest.mark.parametrize(
    ("why", "partner", "reply"),
    [
        (
            RESPECT_WHY,
            FLOOD,
            "With all due respect, a wet floor is hardly a disaster. Plenty of people wait "
            "longer than that.",
        ),
        (
            RESPECT_WHY,
            WAREHOUSE,
            "With respect, everyone does nights at some point. Let's keep some perspective.",
        ),
        (
            STOCK_NO_WHY,
            REFUND,
            "I'm afraid we're unable to process refunds over the phone. Thank you for your "
            "patience.",
        ),
        (STOCK_NO_WHY, EXAM, "I don't discuss other pupils' marks, sorry. Have a good day."),
        (STOCK_NO_WHY, FLOOD, "Sorry, the claim decision is final. Thanks for your understanding."),
    ],
)
def test_a_brush_off_in_polite_forms_is_capped(why: str, partner: str, reply: str) -> None:
    assert held_at(why, 40, reply, partner)


@pytest.mark.parametrize(
    ("why", "partner", "reply"),
    [
        (
            RESPECT_WHY,
            WAREHOUSE,
            "With respect, I think the notice is the real problem: can we move your start to "
            "next month?",
        ),
        (
            RESPECT_WHY,
            HOSTING,
            "With respect, I disagree. I'll send you the two EU options by tonight.",
        ),
        (
            STOCK_NO_WHY,
            REFUND,
            "I can't refund it by phone, but I can raise the claim online for you now. Thanks for "
            "your patience.",
        ),
        (
            STOCK_NO_WHY,
            FLOOD,
            "We can't send anyone until Tuesday, because the adjusters are all in the flood "
            "zone; I'll ring you Monday. Thank you for your patience.",
        ),
        (
            STOCK_NO_WHY,
            EXAM,
            "I can't discuss other pupils' marks. Would a meeting on Friday help?",
        ),
    ],
)
def test_a_no_that_gives_them_something_is_no_brush_off(why: str, partner: str, reply: str) -> None:
    assert not fired(why, reply, partner)
