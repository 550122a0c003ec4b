"""Issue 11, rules 150-152 (docs/scoring.md): a split of the work, pulling rank, and a why about
what they did not do.

Issue 11 reported that "you present the part your team built and I'll cover the rest" sat at the
collaboration baseline, like "I'm the program lead, so I'll be presenting". A split of the work in
any verb now keeps the encoder's trade reading (150); a rank given as the reason to take the
decision or the task is an imperious say-so (151). Partners in engineering, sales, health, HR,
the public sector and an online community; the hard negatives blame, tell them what they need,
or use a rank to help. Rule 152 came from a fifth lead probe (20 new kinds on the eight
partner lines of `contrast_pairs.NEW_LINES`): "Could you explain why you didn't raise this
sooner? And why you didn't escalate it? ..." ranked above the decent reply on five lines.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

DASHBOARD = (
    "My team built most of the dashboard, and I think I should present it at the all-hands, "
    "not you."
)
PITCH = "I found this client, and now you want to run the pitch meeting yourself?"
WARD = "I've covered four night shifts in a row because nobody else would take them."
HIRING = "I've interviewed twelve candidates for your role and I still don't get a say."
PERMITS = "We've had three months of complaints about the permit backlog and no plan from you."
FORUM = "I wrote the whole FAQ for this forum and the mods just rewrote it without asking."

SPLITS = [
    (DASHBOARD, "You present the part your team built, and I'll cover the rest."),
    (PITCH, "You lead the pitch, since it's your client, and I'll handle pricing questions."),
    (WARD, "You take the weekend days off and I'll cover the nights myself."),
    (HIRING, "Your team runs the final interview and I'll sign off on whoever you pick."),
    (PERMITS, "I'll draft the triage rules and you review the first fifty cases with me."),
]

NOT_SPLITS = [
    (DASHBOARD, "You broke the build twice, and I'll have to present it myself."),
    (PITCH, "You need to calm down and I'll decide who runs the pitch."),
    (WARD, "You knew the rota when you signed up, and I'll remind you of it."),
    (FORUM, "You always overreact, and I'll keep editing as I see fit."),
]


@pytest.mark.parametrize(("partner", "reply"), SPLITS)
def test_a_split_of_the_work_in_any_verb_is_a_trade(partner: str, reply: str) -> None:
    result = score(reply, partner)
    said = reasons(result)
    assert result.collaboration > 45, said
    assert [r for r in said if "trade" in r or "offer" in r], said


@pytest.mark.parametrize(("partner", "reply"), NOT_SPLITS)
def test_blame_or_an_order_before_the_speakers_part_is_no_split(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.collaboration <= 45, reasons(result)


def test_the_issues_split_ranks_above_pulling_rank() -> None:
    split = score("You present the part your team built, and I'll cover the rest.", DASHBOARD)
    rank = score("I'm the program lead, so I'll be presenting.", DASHBOARD)
    assert split.collaboration > rank.collaboration
    assert split.overall > rank.overall


RANK = [
    (DASHBOARD, "I'm the program lead, so I'll be presenting."),
    (PITCH, "As the account director, I'll make the call on who pitches."),
    (WARD, "I'm the ward manager, so you follow the rota I set."),
    (HIRING, "Because I'm the hiring manager, the decision is mine."),
    (PERMITS, "I'm senior to you, so the plan is what I say it is."),
]

HELPING_RANK = [
    (WARD, "As your manager, I'll make sure you get next weekend off."),
    (HIRING, "I'm the hiring manager, so let me set up a slot for your feedback before we decide."),
    (
        PERMITS,
        "I'm in charge of the permit team, so let me see what I can move to clear the backlog.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), RANK)
def test_a_rank_as_the_reason_to_take_the_decision_is_a_say_so(partner: str, reply: str) -> None:
    result = score(reply, partner)
    said = reasons(result)
    assert [r for r in said if r.startswith('imperious "we"')], said
    assert result.collaboration < 45


@pytest.mark.parametrize(("partner", "reply"), HELPING_RANK)
def test_a_rank_used_to_help_is_no_say_so(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert not [r for r in said if r.startswith('imperious "we"')], said


# Rule 152: a why-question about what they did not do asks for no need of theirs.
REPROACHES = [
    (WARD, "And why you didn't swap with someone?"),
    (PERMITS, "Could you explain why you didn't raise this sooner?"),
    (HIRING, "Why nobody on your side flagged the gap at the time?"),
    (PITCH, "I'd like to know why you never looped me in."),
]

SINCERE_WHY = [
    (PITCH, "Why does presenting the pitch yourself matter to you?"),
    (HIRING, "Why is having a say in the final pick important to you?"),
    (WARD, "Why do you need the weekend off in particular?"),
]


@pytest.mark.parametrize(("partner", "reply"), REPROACHES)
def test_a_why_about_what_they_did_not_do_asks_no_need(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert not [r for r in said if r.startswith("asked about their needs")], said


@pytest.mark.parametrize(("partner", "reply"), SINCERE_WHY)
def test_a_why_about_what_they_need_still_asks(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert [r for r in said if r.startswith("asked about their needs")], said


def test_a_reproach_for_lateness_is_a_loaded_question() -> None:
    said = reasons(score("Could you explain why you didn't raise this sooner?", PERMITS))
    assert [r for r in said if r.startswith("loaded question")], said
    gentle = reasons(score("Can you help me understand what made it hard to raise?", PERMITS))
    assert not [r for r in gentle if r.startswith("loaded question")], gentle
