"""Issue 11, rules 217-220 (docs/scoring.md), found on writer19's fourteenth genre set's dev
half (read as a fresh test) or in issue 11's list, and checked in other domains:

- 217: "you're the one asked to / expected to ..." names who bears it, not who is to blame;
  "..., as if it'll say something different" hands back their own words, not sarcasm;
- 218: "stop worrying about it" and "it's not that hard" dismiss what they feel;
- 219: the speaker's own story of it coming easily ("it just flowed") turns the focus to the
  speaker, and the stock acknowledgement right before it is taken back;
- 220: how hard a thing is for others to fill, match or hire ("That role is so hard to fill.")
  acknowledges nothing of theirs.

Partners in bereavement, family, sales, health, education, engineering, with hard negatives
(blame that stays blame, "as if" that mocks, a reassurance that is no order, "not that hard to
see why", a story that validates them).
"""

from __future__ import annotations

import pytest

from roleplay.scoring.easy_story import easy_story

from .reasons import reasons, score

EULOGY = (
    "my dad died three weeks ago and my aunt's asked me to do the eulogy. we hadn't spoken in "
    "eleven years, he left when i was fourteen."
)
INVITE = (
    "my sister asked our cousin to be godmother and hasn't said a word to me. i keep rereading "
    "the invite like it'll say something different"
)
PRICE = "The client says our price is 20% too high and they're talking to a competitor."
SCAR = "my vitiligo has spread to my face now and people stare at the patches."
EXAM = "Failed the citizenship test again, third time, missed by one question."
ROTA = "I've been put on the Christmas rota again, the only one on the team with kids at home."
DEPLOY = "The deploy failed again last night and the whole checkout was down for an hour."


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


# -- 217 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (EULOGY, "He left when you were fourteen, and now you're the one asked to sum him up."),
        (ROTA, "And you're the one expected to give up Christmas again."),
        (DEPLOY, "So you're the one left to explain the outage to the business."),
    ],
)
def test_the_one_it_falls_on_is_not_blamed(partner: str, reply: str) -> None:
    assert not any(r.startswith("blamed them") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DEPLOY, "You're the one who pushed it without tests."),
        (ROTA, "You're the problem here, not the rota."),
    ],
)
def test_blame_stays_blame(partner: str, reply: str) -> None:
    assert any(r.startswith("blamed them") for r in _said(reply, partner))


def test_their_as_if_handed_back_is_no_sarcasm() -> None:
    said = _said("And you keep rereading the invite, as if it'll say something different.", INVITE)
    assert not any(r.startswith("sarcasm") for r in said)
    mocking = _said("Oh sure, as if you could do any better.", DEPLOY)
    assert any(r.startswith("sarcasm") for r in mocking)


# -- 218 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PRICE, "Clients always say that, stop worrying about it."),
        (SCAR, "Stress makes it spread so stop worrying about it so much."),
        (EXAM, "It's not that hard though if you just read the book properly."),
        (DEPLOY, "Rollbacks aren't rocket science, it isn't that hard."),
    ],
)
def test_telling_them_it_is_nothing_dismisses(partner: str, reply: str) -> None:
    assert any(r.startswith("dismissed their feelings") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PRICE, "I'll call them this afternoon so you can stop worrying about the renewal date."),
        (EXAM, "It's not that hard to see why a third try stings."),
        (SCAR, "What would help you worry about it less at work?"),
    ],
)
def test_help_to_worry_less_is_no_dismissal(partner: str, reply: str) -> None:
    assert not any(r.startswith("dismissed their feelings") for r in _said(reply, partner))


# -- 219 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    [
        "When my grandad died I wrote his eulogy on the train and it just flowed.",
        "When I wrote my first grant it just clicked after a week.",
        "My first sales review was rough too but it all fell into place by spring.",
    ],
)
def test_it_came_easily_to_the_speaker(sentence: str) -> None:
    assert easy_story(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "When I lost my dad I couldn't write a word for weeks, and nobody told me that was normal.",
        "It just came out wrong when you said it.",  # no story of the speaker's
        "Did it just flow for you last time?",  # a question
    ],
)
def test_a_hard_story_or_a_question_is_no_easy_story(sentence: str) -> None:
    assert not easy_story(sentence)


def test_the_stock_words_before_an_easy_story_are_taken_back() -> None:
    miss = (
        "I hear you. When my grandad died I wrote his eulogy on the train on the way there and "
        "it just flowed, maybe it will be like that for you too."
    )
    decent = "He left when you were fourteen, and now you're the one asked to sum him up."
    assert not any(r.startswith("showed you understood") for r in _said(miss, EULOGY))
    assert score(miss, EULOGY).empathy < score(decent, EULOGY).empathy


# -- 220 ------------------------------------------------------------------------------------------
LEAD_ROLE = "I've applied for the team lead role three times and been turned down each time."
KIDNEY = "I've been on the waiting list for a kidney for four years now."
NURSES = "We're two nurses down on nights and I've done four doubles this week."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LEAD_ROLE, "That role is so hard to fill."),
        (KIDNEY, "Kidneys are really hard to match, the list is long."),
        (NURSES, "Night nurses are so hard to recruit these days."),
    ],
)
def test_a_task_hard_for_others_acknowledges_nothing_of_theirs(partner: str, reply: str) -> None:
    assert not any(r.startswith("acknowledged it's hard") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LEAD_ROLE, "It's so hard to keep going after three no's."),
        (KIDNEY, "Four years is so hard to live with."),
        (NURSES, "Four doubles in a week is really hard."),
    ],
)
def test_what_is_hard_for_them_is_still_acknowledged(partner: str, reply: str) -> None:
    assert any(r.startswith("acknowledged it's hard") for r in _said(reply, partner))


def test_task_hardness_ranks_below_a_plain_question() -> None:
    miss = score("That role is so hard to fill.", LEAD_ROLE)
    decent = score("Three times. What did they say was missing?", LEAD_ROLE)
    assert miss.overall < decent.overall
