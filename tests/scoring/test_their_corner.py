"""Issue 11, rules 153-156 (docs/scoring.md): plain replies that side with them, name how hard it
was, or hand them a plan, read right.

- 153: a verdict against the one who wronged them ("Honestly, she was out of line.") validates;
- 154: how hard it was named in a guess ("That must have felt awful.", "... sounds
  heartbreaking", "... must have left you feeling exposed", "I imagine that's lonely");
- 155: their feeling validated by the speaker's own ("That would make me angry too", "Fair to be
  annoyed");
- 156: rule 131's plan handed to them after joint words, with a time first ("tonight you tell
  ...") or an instruction in any everyday verb ("send ...", "post ...").

Partners in family life, engineering, music, health, retail disputes, counselling, HR and a
housing office; each rule has hard negatives that keep their reading.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.handed_plan import handed_plans
from roleplay.scoring.their_corner import verdict_for_them

from .reasons import reasons, score

FAMILY = (
    "My sister-in-law told the whole family at Christmas that I'd been fired. I hadn't; I'd "
    "resigned."
)
API = (
    "Aisha renamed half the fields in the orders API on Tuesday, didn't tell anyone, and my demo "
    "blew up in front of the client."
)
CLINIC = (
    "The receptionist laughed when I asked for a female doctor, in front of the whole waiting room."
)
LANDLORD = "Our landlord let himself into the flat while we were at work. No notice, nothing."
EXAM = (
    "I froze halfway through my grade eight piano exam and had to start the piece again. My "
    "teacher didn't say a word on the drive home."
)
PALSY = (
    "Woke up on Tuesday with half my face drooping. They say it's Bell's palsy, not a stroke, "
    "but I can't smile at my own kids."
)
REDUNDANT = "They made me redundant by email after nineteen years. Not even a phone call."
KICKSTARTER = (
    "Fourteen months late, two 'small delay' updates, and now you want shipping money AGAIN? "
    "Refund me or I'm filing a chargeback."
)
STUTTGART = (
    "We moved to Stuttgart eight months ago for my husband's job. He's thriving. I go home and "
    "talk to no one until six."
)
WEDDING = "I froze halfway through the best man speech and just said 'anyway, cheers'."
ROTA = "I've been on call four weekends out of five since March."


def _empathy_reasons(reply: str, partner: str) -> list[str]:
    return [e.reason for e in score(reply, partner).evidence if e.dimension == "empathy"]


# -- 153 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FAMILY, "Honestly, she was out of line."),
        (FAMILY, "She had no right to do that."),
        (API, "She shouldn't have changed it without telling anyone."),
        (CLINIC, "That receptionist was completely out of order."),
        (LANDLORD, "Your landlord had no business letting himself in."),
        (REDUNDANT, "That was cruel of them, after nineteen years."),
    ],
)
def test_a_verdict_against_the_one_who_wronged_them_validates(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert not any("dismiss" in r for r in said)
    assert not any("didn't engage" in r for r in said)
    assert score(reply, partner).empathy > score("OK.", partner).empathy


@pytest.mark.parametrize(
    "text",
    [
        "You were out of line.",  # a verdict on them
        "You shouldn't have said that to her.",
        "She was right to say it.",  # praise of the third party
        "We shouldn't have removed it.",  # the speaker's own side
        "He was wrong to trust you.",  # the wrong is theirs
        "Honestly, I think it's fine.",
    ],
)
def test_no_verdict_for_them(text: str) -> None:
    assert not verdict_for_them(text)


def test_a_verdict_with_an_insult_keeps_its_cost() -> None:
    plain = score("She was out of line.", FAMILY)
    insulting = score("She's a stupid cow and she was out of line, get over it.", FAMILY)
    assert insulting.empathy < plain.empathy


# -- 154 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (EXAM, "That must have felt awful."),
        (EXAM, "Not knowing what your teacher thought must have left you feeling really exposed."),
        (PALSY, "Not being able to smile at your kids sounds heartbreaking."),
        (REDUNDANT, "I imagine that's both humiliating and lonely."),
        (ROTA, "Four weekends in five must feel relentless and draining."),
    ],
)
def test_how_hard_it_was_named_in_a_guess(partner: str, reply: str) -> None:
    assert any("acknowledged it's hard" in r for r in _empathy_reasons(reply, partner))
    assert score(reply, partner).empathy > score("OK.", partner).empathy


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (EXAM, "That must have felt like a relief."),  # no hardship named
        (REDUNDANT, "I imagine it is hard for the managers too."),  # a third party's
        (PALSY, "It must be very difficult for the doctors."),
        (EXAM, "That left you feeling better, I hope."),
    ],
)
def test_no_hardship_of_theirs_named(partner: str, reply: str) -> None:
    assert not any("acknowledged it's hard" in r for r in _empathy_reasons(reply, partner))


# -- 155 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (KICKSTARTER, "Being asked for more money after fourteen months would make me angry too."),
        (CLINIC, "Fair to be upset. I would be."),
        (REDUNDANT, "I'd be gutted too, honestly."),
    ],
)
def test_their_feeling_validated_by_the_speakers_own(partner: str, reply: str) -> None:
    assert any("validated their view" in r for r in _empathy_reasons(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (KICKSTARTER, "That would make me rich, if only."),  # no feeling
        (CLINIC, "It wouldn't make me angry."),  # negated
    ],
)
def test_no_validation_by_the_speakers_own(partner: str, reply: str) -> None:
    assert not any("validated their view" in r for r in _empathy_reasons(reply, partner))


# -- 156 -----------------------------------------------------------------------------------------
def _handed(text: str) -> bool:
    return bool(handed_plans(text, [(0, len(text))]))


@pytest.mark.parametrize(
    "text",
    [
        "Let's work together: tonight you tell your husband you need him home by five.",
        "Let's work together: send your brother a written version of the speech tonight.",
        "Let's tackle this together - first thing tomorrow you ring the council.",
        "Let's work on this together: you post the rota and you chase the absentees.",
    ],
)
def test_a_plan_handed_to_them_after_joint_words(text: str) -> None:
    assert _handed(text)


@pytest.mark.parametrize(
    "text",
    [
        "Let's work together: you tell me what a good week looks like.",  # asks them
        "Let's work together on this: you decide what matters most and we go from there.",
        "Let's work together: you take the weekends and I'll fix the rota.",  # both sides
        "Let's work together: you and I can sit down on Monday.",
        "Let's work together: you know this better than I do.",
    ],
)
def test_no_plan_handed_over(text: str) -> None:
    assert not _handed(text)


@pytest.mark.parametrize(
    ("partner", "handed", "question"),
    [
        (
            STUTTGART,
            "I understand your feelings. Let's work together: tonight you tell your husband you "
            "need him home by five twice a week, and tomorrow you sign up as a volunteer.",
            "Who back home did you use to talk to during the day?",
        ),
        (
            WEDDING,
            "I totally get it. Let's work together: send your brother a written version of the "
            "speech tonight and post it in the family group.",
            "What did your brother actually say when you talked?",
        ),
    ],
)
def test_a_real_question_outranks_the_handed_plan(partner: str, handed: str, question: str) -> None:
    assert score(question, partner).collaboration > score(handed, partner).collaboration
