"""Issue 11, rules 157-160 (docs/scoring.md): put-downs, threats and silver linings in plain words.

- 157: their need waved off in plain words ("Your students' theses aren't my problem.", "you
  can't really complain now", "Get a life.", "maybe it's a sign the work wasn't ready") dismisses;
- 158: their loss made their own doing in plain words ("you can't be surprised they died",
  "maybe you're in the wrong job") blames;
- 159: a sanction on their condition ("if it's ninety days, we'll have to stop work on your
  account") and an escalation if they push ("I'll take it to the head of department if you
  push") are ultimatums, whatever joint words come before;
- 160: a silver lining ("The good news is you can probably glue ...", "on the plus side", "look
  at it this way") brushes the feeling aside and takes back the acknowledgement before it.

Partners in a research lab, relocation, beekeeping, a crowdfunding dispute, supply, pottery,
health and the postal service; each rule has hard negatives that keep their reading.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

LAB = (
    "My group needs the mass spectrometer every Tuesday and Wednesday from now until the grant "
    "report in March. Three of my students' theses depend on it."
)
MOVE = (
    "We moved to Stuttgart eight months ago for my husband's job. I go home and talk to no one "
    "until six. I agreed to this, so I feel I'm not allowed to complain."
)
BEES = (
    "All five hives died over the winter. I skipped the October treatment because I was busy "
    "with my mother, so really I killed them."
)
KILN = (
    "I opened the kiln this morning and half the pieces for my first exhibition had cracked. A "
    "year of work."
)
POST = "I'm a postwoman and I've had plantar fasciitis for four months. My round is eleven miles."
SUPPLIER = "From next quarter we pay all suppliers at ninety days. That's group policy."
FORUM = "It was the Regal, not the Rialto. Whoever keeps 'correcting' my post should stop."
CLAIM = "The insurer turned down my claim for the flood damage after six weeks of waiting."


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


# -- 157 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LAB, "Your students' theses aren't my problem."),
        (MOVE, "Well, you did agree to it, so you can't really complain now, can you?"),
        (FORUM, "Rubbish yourself. Get a life."),
        (KILN, "Well, maybe it's a sign the work wasn't ready to be shown yet."),
    ],
)
def test_their_need_waved_off_in_plain_words_dismisses(partner: str, reply: str) -> None:
    assert any(r.startswith("dismissed their feelings") for r in _said(reply, partner))
    assert score(reply, partner).empathy < score("OK.", partner).empathy


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LAB, "The room booking isn't my problem to solve alone, so let's ask the facility."),
        (CLAIM, "You can complain to the ombudsman if they don't reply in eight weeks."),
        (POST, "That was a life-changing diagnosis for my dad, so I get it."),
        (KILN, "Maybe it's a sign you care a lot about this show."),
    ],
)
def test_no_dismissal_in_plain_words(partner: str, reply: str) -> None:
    assert not any(r.startswith("dismissed their feelings") for r in _said(reply, partner))


# -- 158 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BEES, "Well, if you put your mother before your bees, you can't be surprised they died."),
        (POST, "Well, maybe you're in the wrong job then."),
        (CLAIM, "Maybe you're just not cut out for dealing with insurers."),
    ],
)
def test_their_loss_made_their_own_doing_blames(partner: str, reply: str) -> None:
    assert any(r.startswith("blamed them") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BEES, "I can't be surprised by anything the varroa does any more."),
        (POST, "Maybe you're in the right job but the wrong round."),
    ],
)
def test_no_blame_in_plain_words(partner: str, reply: str) -> None:
    assert not any(r.startswith("blamed them") for r in _said(reply, partner))


# -- 159 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            SUPPLIER,
            "I understand your concern and I really value our relationship, so let's work "
            "together: if it's ninety days, we'll have to stop work on your account.",
        ),
        (SUPPLIER, "If that's the policy, we'll have to pull out of the framework."),
        (
            LAB,
            "Let's work together on this! Unfortunately, two days a week is a lot, and I'll take "
            "it to the head of department if you push.",
        ),
        (CLAIM, "We will escalate this to the ombudsman unless you reconsider."),
    ],
)
def test_a_sanction_on_their_condition_is_an_ultimatum(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert any(r.startswith("ultimatum") for r in said)
    assert score(reply, partner).collaboration < score("OK.", partner).collaboration


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LAB, "I'll take it to the head of department if you want, and ask for a second slot."),
        (SUPPLIER, "If that's the policy, we'll have to plan our cash flow around it."),
        (CLAIM, "If you need a break from the forms, we'll stop for today."),
    ],
)
def test_no_ultimatum_in_a_condition(partner: str, reply: str) -> None:
    assert not any(r.startswith("ultimatum") for r in _said(reply, partner))


# -- 160 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            KILN,
            "I hear you, that's awful. The good news is you can probably glue the smaller cracks.",
        ),
        (CLAIM, "That's rough. On the plus side, you've still got the house."),
        (POST, "That sounds painful. Look at it this way: you're getting plenty of exercise."),
        (BEES, "I'm sorry. Every cloud has a silver lining, and you can start fresh in spring."),
    ],
)
def test_a_silver_lining_takes_the_acknowledgement_back(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert any(r.startswith("brushed the feeling aside") for r in said)
    plain = score(reply.split(".")[0] + ".", partner)
    assert score(reply, partner).empathy < plain.empathy


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (KILN, "The good news is the gallery has agreed to move the opening by a week."),
        ("Every cloud provider we tried went down on Friday.", "Every cloud provider has outages."),
        (CLAIM, "That's rough. What did the letter give as the reason?"),
    ],
)
def test_no_silver_lining(partner: str, reply: str) -> None:
    assert not any(r.startswith("brushed the feeling aside") for r in _said(reply, partner))
