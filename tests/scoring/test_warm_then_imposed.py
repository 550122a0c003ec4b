"""Issue 11, rules 90-92 (docs/scoring.md): warm words, then a decision imposed, a threat to go
over their head, or advice announced as what they need.

Found on the ninth genre set's dev half (written blind this stop; its dev half scored 0.633 on
main 33746b7): "I completely understand your concerns and I really value your team.
Unfortunately the decision has been made, so billing is yours from next month." scored
collaboration 64 against 53 for a real proposal; "..., if you block this move, I'll have to
report to the COO that your team isn't cooperating." was read as no threat; "What you need is a
routine: ..." and "Here's what to do: ..." were not read as advice.

Partners in engineering, healthcare, facilities, HR, retail and an online community; the hard
negatives are a turn that proposes or commits ("Still, I think we can find a way: what if we
phase it?"), a report that helps ("I'll report the side effect to the regulator"), going to the
speaker's own manager for them, and a reflection of what they need.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

BILLING = (
    "You want my team to take over support for the old billing system when its contractor leaves "
    "next month, with no extra people."
)
FLOOR = "Facilities want to move my team to the open floor by the lifts. Half of us are on calls."
ROTA = "The new rota has me on every bank holiday this year."
RETIRED = "I retired in June and thought I'd love it. Four months in, I feel useless."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            BILLING,
            "I completely understand your concerns and I really value your team. Unfortunately "
            "the decision has been made, so billing is yours from next month.",
        ),
        (
            BILLING,
            "I totally get it and I'm really grateful for your flexibility. Still, leadership "
            "expects this, so I'm going to need a yes from you by Friday, okay?",
        ),
        (
            FLOOR,
            "I totally understand your concerns and I care about your team's wellbeing. But "
            "honestly, lots of teams take calls in open plan, so they'll adapt.",
        ),
        (
            ROTA,
            "I hear you, and I appreciate how much you do. Regardless, the decision was taken by "
            "the ward manager.",
        ),
        (
            "The price rise on our contract is 18%, with a month's notice.",
            "I completely understand and I value our partnership. Sadly the board wants this, so "
            "the new rate is yours from March.",
        ),
        # "that being said" turns like "that said" (its quick pre-test once missed it)
        (BILLING, "I hear you. That being said, the decision has been made."),
        (
            FLOOR,
            "I appreciate your honesty. That being said, your team will have to adapt like "
            "everyone else.",
        ),
    ],
)
def test_warm_words_before_a_decision_imposed_earn_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.same_side == "across"
    assert result.empathy <= 40
    assert result.collaboration <= 40


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ROTA, "I hear you. Still, I think we can find a way: what if we phase it?"),
        (
            BILLING,
            "I understand. Unfortunately the contractor leaves on the 30th, so could we pair your "
            "lead with them for two weeks and I'll fund a backfill?",
        ),
        (
            FLOOR,
            "That's fair. Still, let me ask facilities for the quiet corner by the windows for "
            "your callers.",
        ),
    ],
)
def test_a_turn_that_proposes_or_commits_is_no_imposition(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.same_side != "across"
    assert result.collaboration > 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            FLOOR,
            "I hear you and I respect your team so much. However, if you block this move, I'll "
            "have to report to the COO that your team isn't cooperating.",
        ),
        (ROTA, "I'll have to report you to HR if you refuse the shifts."),
        ("Your bot keeps deleting my posts.", "Revert again and I'll report you to the admins."),
        ("The API you depend on is three weeks late.", "I'll take this to your manager."),
    ],
)
def test_going_over_their_head_is_a_threat(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.same_side == "across"
    assert result.collaboration <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "My rash got worse after the new tablets.",
            "I'll report the side effect to the regulator today.",
        ),
        (BILLING, "I'll escalate this to my manager to get you more budget."),
    ],
)
def test_a_report_or_an_escalation_that_helps_is_no_threat(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.same_side != "across"
    assert result.collaboration >= 50


@pytest.mark.parametrize(
    "reply",
    [
        "I hear you and I totally understand. What you need is a routine: up at seven, a walk, "
        "lunch at twelve.",
        "I completely understand what you're going through! Here's what to do: join a club and "
        "volunteer twice a week.",
        "I really hear you. What you need to do is set yourself a project for every month.",
    ],
)
def test_advice_announced_as_what_they_need_is_advice(reply: str) -> None:
    assert [r for r in reasons(score(reply, RETIRED)) if r.startswith("jumped to advice")]


def test_a_reflection_of_what_they_need_or_a_question_is_no_advice() -> None:
    for reply in ["So the days have lost their shape.", "What do you miss most about work?"]:
        assert not [r for r in reasons(score(reply, RETIRED)) if r.startswith("jumped to advice")]


@pytest.mark.parametrize(
    ("partner", "reply", "shared"),
    [
        # "like everyone else" says they are no exception: no shared framing
        (FLOOR, "Your team will have to adapt like everyone else.", False),
        (ROTA, "You'll work the bank holidays, same as everyone else.", False),
        (BILLING, "Everyone else managed the handover, so you can too.", False),
        # hard negatives: a plan for everyone is shared
        (FLOOR, "Let's find a spot that works for everyone on your team.", True),
        (ROTA, "Could we draw up a rota that's fair to everyone?", True),
    ],
)
def test_everyone_else_is_no_shared_framing(partner: str, reply: str, shared: bool) -> None:
    said = [r for r in reasons(score(reply, partner)) if r.startswith("framed it as shared")]
    assert bool(said) == shared
