"""Issue 11, rules 450-453 (docs/scoring.md): scorer defects a user hits.

Each rule is tested in several domains (a hospital, a warehouse, a school, a bank, a data
centre, a family), with hard negatives: the stock form it must still catch, or a reply of the
same shape that must keep its score.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.cache import shared_cache
from roleplay.scoring import ScoreInput
from roleplay.scoring.bare_needs import bare, served
from roleplay.scoring.deference import CAVE_WHY, hands_over
from roleplay.scoring.features_base import Hit
from roleplay.scoring.feeling_reflection import feeling_targets
from roleplay.scoring.hollow import QUESTIONS_WHY, checks_in
from roleplay.scoring.lexicon import load_lexicon
from roleplay.scoring.misattributed import pins_feeling

from .reasons import fired, held_at, reasons, score

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


# -- rule 452: asking what they need, or serving it, says nothing back -----------------------
def _hit(reply: str, words: str) -> Hit:
    start = reply.index(words)
    return Hit("reflection", start, start + len(words), words)


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        ("What do you need?", "you need"),
        ("When do you need it by?", "you need"),
        ("Whatever you'd like is fine.", "you'd like"),
        ("You can have whichever shifts you want.", "you want"),
        ("If you want, I can call them.", "you want"),
        ("Of course we can do that for you.", "for you"),
        ("I'll sort it for you today.", "for you"),
    ],
)
def test_reflection_words_in_a_question_an_offer_or_a_service_are_served(
    reply: str, words: str
) -> None:
    assert served(_hit(reply, words), reply)


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        ("So you need the data live by Friday.", "you need"),
        ("It sounds like you want a straight answer.", "you want"),
        ("That must be hard for you.", "for you"),
        ("Your daughter matters more to you than the grades.", "to you"),
    ],
)
def test_reflection_words_in_a_statement_still_reflect(reply: str, words: str) -> None:
    assert not served(_hit(reply, words), reply)


def test_a_bare_needs_question_earns_less_than_one_about_their_matter() -> None:
    alone = score("What do you need?", HOSTING)
    assert alone.listening < 75
    assert not any(r.startswith("reflected what they said") for r in reasons(alone))
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


# -- rule 453: a cause given back in other words is theirs -----------------------------------
BOSS = "My boss rewrote my whole report and sent it out under his name."
MOTHER = "My mother only ever phones when she wants something from me."
BROTHER = "My brother won't agree to sell dad's house, and I can't keep paying half the bills."
AUDIT = "Finance flagged my team in the audit again, and I only found out from the CFO's email."


def _pins(reply: str, partner: str) -> bool:
    lexicon = load_lexicon()
    targets = feeling_targets(ScoreInput(reply, partner), lexicon)
    return pins_feeling(reply, partner, targets, lexicon, shared_cache())


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BOSS, "You sound furious at your manager for taking credit for your work."),
        (MOTHER, "You sound hurt that your mum never asks how you are."),
        (
            "I've been out of a job for eight months and the savings are nearly gone.",
            "You're scared about being unemployed so long and running out of money.",
        ),
    ],
)
def test_a_cause_in_other_words_is_theirs(partner: str, reply: str) -> None:
    assert not _pins(reply, partner)
    assert any(
        r.startswith("reflected") or r.startswith("named a feeling")
        for r in reasons(score(reply, partner))
    )


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # another person than theirs, another matter than theirs
        (BROTHER, "You're furious with your sister for refusing."),
        (AUDIT, "You sound embarrassed that the board might read about it in the newsletter."),
        (
            "I haven't slept more than four hours a night since March. I lie there replaying "
            "every single thing I said at work that day.",
            "It sounds like you're feeling really angry at your GP for brushing you off.",
        ),
    ],
)
def test_a_cause_they_never_gave_is_still_pinned(partner: str, reply: str) -> None:
    assert _pins(reply, partner)
