"""Issue 11's known defects, rules 59-64 of docs/scoring.md, each in several domains with hard
negatives: an announced offer is no trade (59), praise of their point in any strength word is
sincere (60), implicit empathy with "must" (61), the fate of people who don't go the extra mile
(62), a flat denial is across the table (63), accepting their offer is agreement (64)."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

# -- rule 59: "here's what I'm willing to do" announces, it trades nothing ---------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "We can't afford the full package this year.",
            "I hear you. Here's what I'm willing to do: I'll drop the setup fee.",
        ),
        (
            "The ward can't spare anyone for the audit.",
            "Here's what we're willing to do: we'll run the audit on the night shift ourselves.",
        ),
    ],
)
def test_an_announced_offer_is_no_trade(partner: str, reply: str) -> None:
    assert not any("offered a trade" in r for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "We can't afford the full package this year.",
            "Here's what I'm willing to do: if you sign this week, I'll drop the setup fee.",
        ),
        ("I need two more testers for the release.", "I'm willing to do that if you cover Friday."),
    ],
)
def test_an_offer_with_a_condition_is_still_a_trade(partner: str, reply: str) -> None:
    assert any("offered a trade" in r for r in reasons(score(reply, partner)))


# -- rule 60: praise of their point ---------------------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "Under the contract you have to refund within fourteen days, legally.",
            "Legally, you make an excellent point.",
        ),
        (
            "The pilot data shows the new triage form saves ten minutes.",
            "You make an excellent point.",
        ),
        ("We could phase the rollout by region.", "That's a great point about the regions."),
    ],
)
def test_praise_of_their_point_is_sincere(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any("mocks them" in r or "hostility" in r for r in found), found
    assert result.collaboration > 45


@pytest.mark.parametrize(
    "reply", ["Oh, excellent point, genius.", "Great point, genius, really helpful."]
)
def test_praise_with_sarcasm_still_mocks(reply: str) -> None:
    result = score(reply, "We could phase the rollout by region.")
    assert result.empathy <= 30


# -- rule 61: implicit empathy with "must" ---------------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I've started betting on football again. Only small amounts, but I'm hiding it from "
            "my wife.",
            "Keeping something like that from her, day after day, must sit heavily with you.",
        ),
        ("I had to let three people go from my team yesterday.", "That must weigh on you."),
        (
            "My sister told the whole family about my diagnosis before I could.",
            "It must have stung to hear it from her.",
        ),
        ("The audit found the gap in my section of the report.", "That must be on your mind."),
    ],
)
def test_must_with_an_inner_state_acknowledges_it(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("acknowledged it's hard" in r for r in found), found


@pytest.mark.parametrize(
    "reply",
    [
        "You must hurt yourself doing that.",
        "You must send the form by Friday.",
        "It must be on the server somewhere.",
    ],
)
def test_must_without_an_inner_state_acknowledges_nothing(reply: str) -> None:
    found = reasons(score(reply, "I lifted the boxes on my own again."))
    assert not any("acknowledged it's hard" in r for r in found), found


# -- rule 62: the fate of people who don't go the extra mile ----------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I've worked every weekend this month, and now you're asking for next weekend too.",
            "I know you're tired, but people who aren't willing to go the extra mile don't tend "
            "to go far here, so think about it.",
        ),
        (
            "I can't take on the extra project this quarter.",
            "Those who push back on every deadline rarely get far in this team.",
        ),
        (
            "I keep reverting the edits that have no source.",
            "Editors who argue with every revert don't get anywhere in this community.",
        ),
    ],
)
def test_how_far_people_like_them_get_is_a_veiled_threat(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.empathy <= 30 and result.collaboration <= 30
    assert result.same_side == "across"


@pytest.mark.parametrize(
    "reply",
    [
        "People who don't rest don't get far either, so take Sunday off.",
        "Patients who skip physio don't tend to get far in recovery, so let's book it.",
    ],
)
def test_how_far_without_their_standing_is_no_threat(reply: str) -> None:
    result = score(reply, "I've worked every weekend this month.")
    assert "hostility caps" not in " ".join(reasons(result))


# -- rule 63: a flat denial is across the table ---------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "Your technician botched my boiler repair and now it leaks.",
            "Our technicians don't botch repairs.",
        ),
        ("You charged my card twice for the same order.", "We never double charge."),
        (
            "The council made up a new rule to refuse my permit.",
            "This council doesn't invent rules.",
        ),
    ],
)
def test_a_flat_denial_costs_collaboration(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any("denied their account" in r for r in reasons(result)), reasons(result)
    assert result.collaboration < 40
    assert result.same_side == "across"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I'm in need of some extra food for my trip.",
            "We currently don't have enough for our trip.",
        ),
        ("I need the firewood to keep warm.", "We don't care much for campfires."),
        ("Your technician botched my boiler repair.", "We didn't catch it, and that's on us."),
    ],
)
def test_the_speakers_own_needs_or_an_owned_fault_are_no_denial(partner: str, reply: str) -> None:
    assert not any("denied their account" in r for r in reasons(score(reply, partner)))


# -- rule 64: accepting their offer is agreement ---------------------------------------------


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "How about I take the firewood and you take the water?",
            "That sounds reasonable to me, and I'll bring the water.",
        ),
        ("I can give you two engineers if you take the night shift.", "That's fair."),
        ("What if we split the licences fifty-fifty?", "Fair enough, let's do that."),
    ],
)
def test_accepting_their_offer_is_agreement_not_validation(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any("validated their view" in r for r in found), found
    assert any("agreed with them" in r for r in found), found


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("I think the new rota is unfair to parents.", "That's fair."),
        (
            "I'm upset that nobody asked the nurses before changing the shifts.",
            "That's completely reasonable.",
        ),
    ],
)
def test_fairness_words_to_a_view_still_validate(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("validated their view" in r for r in found), found
