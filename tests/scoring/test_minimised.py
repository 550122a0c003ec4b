"""Issue 11, rules 300-303 (docs/scoring.md, `scoring/minimised.py`), found on the
emotional-support strategy set's dev half (benchmarks/strategies.py) and checked in other
domains: a feeling denied them (300), their trouble made small (301), their reaction called too
big (302) dismiss; "who cares" in a relative clause and "get over it" of the speaker's own story
do not (303).

Partners in support, health, engineering, sales, HR and the public sector, with hard negatives
(a feeling they can't help, self-blame lifted, "it's only natural", "it's only a draft" to a
line with no trouble, "it's a big deal for my team", "who cares?" that stays a dismissal).
"""

from __future__ import annotations

import pytest

from roleplay.scoring.features_base import Hit
from roleplay.scoring.minimised import minimising_hits, misread_dismissal

from .reasons import reasons, score

BREAKUP = "we split up in march, mutual. now he's got a new girlfriend already and it stings."
OUTAGE = "The outage on Thursday was my change. My lead kept looking at me in the postmortem."
DEAL = "We lost the Hartley renewal today. Eight months of work and they went with a competitor."
REVIEW = "I got 'meets expectations' again in my review, after covering two roles all year."
PERMIT = "My planning permit was refused again and the builder's deposit is gone."
SCAN = "My scan got moved back another three weeks and nobody will tell me why."
NOTE = "Here's the release note for Friday, can you take a look before I send it?"

DISMISSED = "dismissed their feelings"


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


# -- 300: a feeling denied them ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BREAKUP, "It was mutual, so you can't really be upset that he's moved on."),
        (DEAL, "They were never going to sign, there's no point being gutted about it."),
        (REVIEW, "Everyone got the same rating, you've no right to be angry about it."),
        (SCAN, "There's no point getting worried until they actually look at it."),
    ],
)
def test_a_feeling_denied_them_dismisses_and_reflects_nothing(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert any(r.startswith(DISMISSED) for r in said)
    assert not any(r.startswith("reflected their feeling") for r in said)
    assert score(reply, partner).empathy < 40


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (OUTAGE, "You can't help feeling singled out when he keeps looking at you."),
        (OUTAGE, "You can't be angry with yourself for a review that was rushed by everyone."),
        (PERMIT, "You can't be blamed for being upset after a second refusal."),
        (BREAKUP, "No wonder you're upset, nine weeks is nothing."),
    ],
)
def test_feelings_granted_or_self_blame_lifted_are_no_denial(partner: str, reply: str) -> None:
    assert not [h for h in minimising_hits(reply, partner) if h.feature == "dismissal"]


# -- 301: their trouble made small ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (OUTAGE, "It's just a bug. Nobody will remember it."),
        (REVIEW, "It's only a rating."),
        (PERMIT, "Honestly, it's only money."),
        (SCAN, "It's only three weeks."),
    ],
)
def test_their_trouble_made_small_dismisses(partner: str, reply: str) -> None:
    assert any(r.startswith(DISMISSED) for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SCAN, "It's only natural to want an answer after that long."),
        (PERMIT, "It's just not fair, after all that waiting."),
        (DEAL, "It's only been a day, of course it still stings."),
        (OUTAGE, "It's only a suggestion, but a second reviewer might help."),
        (NOTE, "It's only a draft."),  # no trouble in their line
    ],
)
def test_only_and_just_that_belittle_nothing_are_kept(partner: str, reply: str) -> None:
    assert not minimising_hits(reply, partner)


# -- 302: their reaction called too big -----------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (OUTAGE, "One bad deploy. You're making a big deal of it."),
        (DEAL, "You're blowing this out of proportion, it's one client."),
        (REVIEW, "You're making a mountain out of a molehill."),
        (PERMIT, "You've got it pretty good compared to most people."),
    ],
)
def test_their_reaction_called_too_big_dismisses(partner: str, reply: str) -> None:
    assert any(r.startswith(DISMISSED) for r in _said(reply, partner))


def test_a_deal_that_matters_is_no_dismissal() -> None:
    said = _said("Losing Hartley is a big deal for the whole team, and for you most.", DEAL)
    assert not any(r.startswith(DISMISSED) for r in said)
    assert not minimising_hits("We made a deal with them last spring.", DEAL)


@pytest.mark.parametrize(
    "reply",
    [
        "I agree the media blows things out of proportion, but the numbers are still worrying.",
        "While the press is blowing this out of proportion, there is some truth in it.",
        "Sometimes the public makes a big deal of nothing, I'll grant you that.",
    ],
)
def test_a_third_party_blowing_things_up_is_no_dismissal_of_them(reply: str) -> None:
    assert not minimising_hits(reply, "Police violence against minorities is out of control.")


# -- 303: dismissal words that dismiss nothing ---------------------------------------------------
@pytest.mark.parametrize(
    ("reply", "text"),
    [
        ("You've done the planning. That's a teacher who cares.", "who cares"),
        ("Your team has a lead who cares about them.", "who cares"),
        ("Took me ages to get over it when it happened to me.", "get over it"),
        ("Running is what helped me get over it after my own layoff.", "get over it"),
    ],
)
def test_dismissal_words_that_dismiss_nothing(reply: str, text: str) -> None:
    start = reply.lower().index(text)
    hit = Hit("dismissal", start, start + len(text), reply[start : start + len(text)])
    assert misread_dismissal(reply, hit)


def test_a_teacher_who_cares_is_praise_not_dismissal() -> None:
    said = _said(
        "You've done the planning for every lesson. That's a teacher who cares.",
        "The inspection is next week and one of my year 9s kicks off every lesson.",
    )
    assert not any(r.startswith(DISMISSED) for r in said)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REVIEW, "Honestly, who cares what the rating says."),
        (DEAL, "Who cares? There'll be other renewals."),
        (BREAKUP, "Just get over it, he has."),
        (PERMIT, "You need to get over it and reapply."),
    ],
)
def test_who_cares_and_get_over_it_said_to_them_still_dismiss(partner: str, reply: str) -> None:
    assert any(r.startswith(DISMISSED) for r in _said(reply, partner))


# -- 304: their trouble set against others' ------------------------------------------------------
CARER = "I've been doing Dad's care every evening since his stroke and I'm exhausted."
ROTA = "I'm on call again this weekend, the third in a row, and I missed my son's match."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CARER, "Plenty of people look after their parents without complaining."),
        (ROTA, "Other people have it much worse, honestly."),
        (REVIEW, "Lots of people would kill to have your job."),
        (DEAL, "People lose deals every day."),
    ],
)
def test_their_trouble_set_against_others_dismisses(partner: str, reply: str) -> None:
    assert any(r.startswith(DISMISSED) for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ROTA, "Plenty of people have it worse, but that doesn't make a third weekend easier."),
        (CARER, "Lots of people feel this way a few months into caring."),
        (OUTAGE, "Most people would have done the same with a review that rushed."),
        (SCAN, "Plenty of people would struggle with a wait like that."),
    ],
)
def test_others_named_to_grant_theirs_are_no_comparison(partner: str, reply: str) -> None:
    assert not minimising_hits(reply, partner)
