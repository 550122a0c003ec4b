"""Issue 11, rules 136-140 (docs/scoring.md): decent plain replies read right, and three ways of
shutting a partner out read as such.

- 136: asking before advising ("Would it help if I shared what worked for us?") offers;
- 137: an offer asked in few words ("Want a lift to your follow-up?") offers;
- 138: a next step whose deliverable is a short word or whose time is a clock time ("I'll call
  her at six.") is a next step, and one about the person their line speaks of takes up their line;
- 139: praise for what they did well ("Oh, that's brilliant work.") is no sarcasm;
- 140: a cut-off ("Let me stop you there", "I'm going to stop you") and "let's agree to
  disagree" dismiss them; a list of four or more bare feeling words guesses, it restates nothing.

Partners in health, grant writing, parenting, family care, engineering, sales, HR and support;
each rule has hard negatives that keep their reading.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.offered_choice import offers_as_question
from roleplay.scoring.praise import PRAISE

from .reasons import reasons, score

KNEE = "My knee surgery follow-up is on Thursday across town and I can't drive yet."
GRANT = "The grant report is due Friday and I haven't started the narrative."
TODDLER = "Our toddler won't sleep and we're both wrecked."
PALSY = (
    "Woke up on Tuesday with half my face drooping. They say it's Bell's palsy, not a stroke, "
    "but I can't smile at my own kids."
)
RETIRED = (
    "I retired in June and thought I'd love it. Four months in, I don't know what day it is and "
    "I feel useless."
)
MUM = "Mum hasn't answered her phone since Sunday."
SUPPLIER = "Our supplier in Leeds missed the second delivery and he won't pick up."
MIGRATION = "I finished the migration two days early and nothing broke."
DEAL = "We closed the Henley account this morning, the biggest deal of my year."
BUILD = "I broke the build again and the release is late."
RELEASE = "The release slipped again and the client is furious."
REVIEW = "You marked me 'needs improvement' on teamwork and nobody ever raised it with me."


def offers(reply: str, partner: str) -> bool:
    return any(r.startswith("this sentence offers to help") for r in reasons(score(reply, partner)))


# -- 136-137 -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TODDLER, "Would it help if I shared what worked for us?"),
        (PALSY, "Would it help to hear how my sister's recovery went?"),
        (RETIRED, "Do you want to talk it through, or would ideas help more right now?"),
        (GRANT, "Would you like some suggestions for the narrative?"),
        (REVIEW, "Is it okay if I share how I'd raise it with your manager?"),
        (KNEE, "Want a lift to your follow-up?"),
        (GRANT, "Need a second pair of eyes on the draft?"),
    ],
)
def test_help_or_ideas_offered_as_a_question_offer(partner: str, reply: str) -> None:
    assert offers(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TODDLER, "Would it help if I shared what worked for us?"),
        (KNEE, "Want a lift to your follow-up?"),
    ],
)
def test_the_offer_asked_ranks_above_a_bare_ok(partner: str, reply: str) -> None:
    assert score(reply, partner).collaboration > score("OK.", partner).collaboration


@pytest.mark.parametrize(
    "text",
    [
        "Would it help if you called your GP?",  # their move, not the speaker's ideas
        "Want to try calling her again?",  # advice asked
        "Do you want a refund from them?",  # what they want from someone else
        "Would it help?",  # nothing offered
        "Would you like some suggestions.",  # no question
    ],
)
def test_a_question_that_offers_nothing_of_the_speakers_is_no_offer(text: str) -> None:
    assert not offers_as_question(text)


# -- 138 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (MUM, "I'll call her at six."),
        (SUPPLIER, "I'll ring him at half nine."),
        (GRANT, "I'll draft the plan by noon."),
        (KNEE, "I'll book a taxi for Thursday."),
        # rule 114's step proposed as a question, now that "send" and "plan" name a deliverable
        ("The report is late again and nobody told us!", "Can I send you the plan by Friday?"),
    ],
)
def test_a_short_step_with_a_time_is_a_next_step(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert any("concrete next step" in r for r in said)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (MUM, "I'll call her at six."),
        (SUPPLIER, "I'll ring him at half nine."),
    ],
)
def test_a_step_about_their_person_takes_up_their_line(partner: str, reply: str) -> None:
    assert "didn't engage with what they said" not in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DEAL, "We can lock the price for three years at 25% off."),  # a price, no clock time
        (MUM, "I'll look at one option."),  # "at one" is no time
        (MUM, "I'll think about it at lunch."),  # a promise to think
        (MUM, "I'll get back to you at six."),  # a promise with nothing in it
    ],
)
def test_no_step_without_a_clock_time_or_a_deliverable(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert not any("concrete next step" in r for r in said)


def test_a_step_about_someone_else_does_not_take_up_their_line() -> None:
    # their line speaks of "her"; the step speaks of "him"
    assert "didn't engage with what they said" in reasons(score("I'll call him at six.", MUM))


# -- 139 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (MIGRATION, "Oh, that's brilliant work."),
        (MIGRATION, "Well done, that's a big one."),
        (DEAL, "That's brilliant work."),
        (DEAL, "Great job, Henley took months."),
    ],
)
def test_praise_for_what_they_did_well_is_no_sarcasm(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert not [r for r in said if "mocks them" in r or r.startswith("hostility caps")]
    assert score(reply, partner).overall > score("OK.", partner).overall


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BUILD, "Oh, that's brilliant work."),  # to a failure: mock praise
        (RELEASE, "Great job, really."),
    ],
)
def test_praise_for_a_failure_stays_sarcasm(partner: str, reply: str) -> None:
    assert score(reply, partner).overall < score("OK.", partner).overall + 1


def test_praise_wording() -> None:
    assert PRAISE.search("Oh wow, that's brilliant work.")
    assert PRAISE.search("Well done.")
    assert not PRAISE.search("Brilliant, another outage.")
    assert not PRAISE.search("That went well.")


# -- 140 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (RELEASE, "I'm going to stop you, we've been over this."),
        (REVIEW, "Let me stop you right there."),
        (RELEASE, "Let's just agree to disagree and move on."),
        (REVIEW, "We'll have to agree to disagree on that."),
    ],
)
def test_a_cut_off_or_agreeing_to_disagree_dismisses_them(partner: str, reply: str) -> None:
    assert score(reply, partner).overall < score("OK.", partner).overall


def test_a_list_of_feeling_words_restates_nothing() -> None:
    listed = score("Frustrated, angry, stressed, overwhelmed, anxious.", RELEASE)
    assert not [r for r in reasons(listed) if "restates their point" in r]
    # a short list, and a list of their own matter, still hand their point back
    for reply in ("Exhausting, and lonely too.", "Slipped again, client furious, team exhausted."):
        assert [r for r in reasons(score(reply, RELEASE)) if "restates their point" in r]


def test_naming_the_wish_to_agree_is_no_dismissal() -> None:
    reply = "I'd rather we didn't agree to disagree: what does the client need by Friday?"
    assert score(reply, RELEASE).overall > score("OK.", RELEASE).overall
