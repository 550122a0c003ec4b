"""Issue 11, rules 171-172 (docs/scoring.md): listening evidence that is honest.

Rule 171: acknowledging their view and then flatly denying their account ("I see your point,
but that's just not what happened.") is no receptiveness; disagreeing with a view, doubting in
a hedge, or checking the facts together keeps it.

Rule 172: one phrase that acknowledges their view ("I see your point", "I understand your
concern") earns one item per dimension, the largest, naming the other cues that read it.

Partners in engineering, sales, health, HR, public sector and operations.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.denied_account import DENIES_ACCOUNT

from .reasons import reasons, score

REPORT = "Finance wants the quarterly report in their new template, and it takes my team two days."
TESTER = "You promised my team the extra tester, and then you gave her to Sam's team."
DISCHARGE = "The ward discharged my father at midnight with no transport, and he's 84."
REVIEW = "My review says I'm 'not a team player' because I pushed back on the launch date."
PERMIT = "The council rejected our permit twice and never said what was missing."
DEPOT = "The depot moved my shifts to nights without asking, and I have two kids at home."

RECEPTIVE = "engaged with their view before giving yours"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TESTER, "I see your point, but that's just not what happened."),
        (REVIEW, "I understand your perspective, but that simply isn't true."),
        (PERMIT, "I hear what you're saying. You've got it wrong, though: we wrote to you twice."),
        (DISCHARGE, "I understand your concern, but that never happened on our ward."),
    ],
)
def test_their_account_denied_after_an_acknowledgement_is_not_receptive(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    assert not any(r.startswith(RECEPTIVE) for r in said)
    assert not any(r.startswith("acknowledged their point of view") for r in said)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TESTER, "I see your point, but I remember the meeting differently. Can we check notes?"),
        (REVIEW, "I understand your perspective, but I disagree about the launch: it was risky."),
        (
            PERMIT,
            "I see your point about the silence. I'm not sure it's right that we never wrote.",
        ),
        (DEPOT, "I understand your concern. Is it true the rota went out without a call to you?"),
    ],
)
def test_disagreeing_doubting_or_checking_stays_receptive(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert any(r.startswith(RECEPTIVE) for r in said)


@pytest.mark.parametrize(
    ("text", "denies"),
    [
        ("that's just not what happened", True),
        ("it never happened", True),
        ("you're mistaken about the date", True),
        ("that is simply wrong", True),
        ("I'm not sure that's what happened", False),
        ("I remember it differently", False),
        ("that's not what I'd choose", False),
        ("it's not the money, it's the timing", False),
    ],
)
def test_what_counts_as_a_denial_of_their_account(text: str, denies: bool) -> None:
    assert (DENIES_ACCOUNT.search(text) is not None) is denies


# Rule 172: one phrase that acknowledges their view earns one item per dimension, naming the
# cues that read it; different constructs in the same words, and separate sentences, stay apart.
ACK_LABELS = (
    "agreed with them",
    "acknowledged their point of view",
    "reflected what they said",
    "showed you understood",
)


def _ack_items(reply: str, partner: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in score(reply, partner).evidence:
        if e.points > 0 and e.reason.startswith(ACK_LABELS):
            out.setdefault(e.dimension, []).append(e.reason)
    return out


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TESTER, "I see your point about the tester. I'll ask Sam's lead about sharing her."),
        (REVIEW, "I understand your concern. Can we go through the launch call together?"),
        (PERMIT, "I see your point about the silence. We'll send a list of what's missing."),
        (DEPOT, "I understand your concern about the nights. Could days work from March?"),
    ],
)
def test_one_acknowledgement_of_their_view_is_one_item(partner: str, reply: str) -> None:
    items = _ack_items(reply, partner)
    assert items
    for reasons_of_dim in items.values():
        assert len(reasons_of_dim) == 1
    assert any("; also " in r for rs in items.values() for r in rs)


def test_separate_sentences_keep_their_own_items() -> None:
    reply = (
        "I understand. Your point about the two days a quarter is fair, and I'll ask "
        "finance for the old template."
    )
    items = _ack_items(reply, REPORT)
    assert any(len(rs) == 2 for rs in items.values())


def test_a_feeling_and_its_weight_are_left_to_other_rules() -> None:
    said = reasons(score("That sounds agonising, and lonely.", DISCHARGE))
    assert any(r.startswith("acknowledged it's hard") for r in said)
    assert any(r.startswith("named a feeling") for r in said)


# Rule 173: a feeling pinned on a cause they never gave is no reflection.
INSOMNIA = (
    "I haven't slept more than four hours a night since March. I lie there replaying every "
    "single thing I said at work that day."
)
DIALYSIS = (
    "Started dialysis three weeks ago, three times a week. I used to play five-a-side on "
    "Thursdays and now Thursdays are a chair and a machine."
)
AUDIT = "Finance flagged my team in the audit again, and I only found out from the CFO's email."
RENEWAL = "The client won't renew unless we drop the price by 15%, and my boss wants it signed."
ANGRY_REVIEW = "I'm so angry about my review. My manager never raised any of it before."
BROTHER = "My brother won't agree to sell dad's house, and I can't keep paying half the bills."

REFLECTING = ("reflected", "named a feeling", "named their", "acknowledged it's hard")


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (INSOMNIA, "It sounds like you're feeling really angry at your GP for brushing you off."),
        (
            DIALYSIS,
            "It sounds like you're scared about the long-term prognosis and your life span.",
        ),
        (AUDIT, "You sound embarrassed that the board might read about it in the newsletter."),
        (RENEWAL, "It sounds like you're anxious about your bonus and the promotion round."),
    ],
)
def test_a_feeling_pinned_on_a_cause_they_never_gave_reflects_nothing(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    assert not any(r.startswith(REFLECTING) for r in said)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DIALYSIS, "You're sad about losing your Thursdays with the team."),
        (AUDIT, "You're frustrated that you found out from the CFO's email."),
        (ANGRY_REVIEW, "You're angry at how the review was handled."),
        (BROTHER, "You're frustrated with your brother for refusing."),
        (RENEWAL, "Are you worried about your bonus?"),
    ],
)
def test_a_feeling_about_what_they_said_still_reflects(partner: str, reply: str) -> None:
    from roleplay.scoring.feeling_reflection import feeling_targets
    from roleplay.scoring.lexicon import load_lexicon
    from roleplay.scoring.misattributed import pins_feeling
    from roleplay.scoring.types import ScoreInput

    lexicon = load_lexicon()
    targets = feeling_targets(ScoreInput(reply, partner), lexicon)
    assert not pins_feeling(reply, partner, targets, lexicon)
