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
