"""Playing their need down in workplace words (docs/scoring.md rule 57).

Rule 20's readings of undervaluing (CaSiNo's uv_part) were written from campsite bargaining:
"you'll be fine", "you already have", "need it more than you", "you can buy it". The same moves
at work named their team, their case or someone else, and earned nothing: "Your team will
manage with two.", "Three people should be plenty for your team.", "Your case for it is weak.",
"Our need is bigger than yours.", "Can't someone else take her?", "You can get one elsewhere."
Each costs collaboration and puts the reply across the table.
"""

from __future__ import annotations

import pytest

from .reasons import score

PLAYED_DOWN = "played down what they need"
ELSEWHERE = "pointed them elsewhere for what they need"

UNDERVALUING = [
    # engineering: their side will do with less
    ("We need a second engineer on the payments team.", "Your team will manage with two."),
    (
        "We need a second engineer on the payments team.",
        "Your team will still be fine with the people you have.",
    ),
    # health: they coped before
    ("We need three more nurses on the ward.", "Your ward has managed with fewer before."),
    ("We need three more nurses on the ward.", "You've managed without agency staff all year."),
    # sales: enough for them
    (
        "We need a bigger discount to close this quarter.",
        "Ten percent is more than enough for that account.",
    ),
    ("We need two more demo units for the roadshow.", "One unit should be plenty for your team."),
    # HR: their reason is weak
    ("I need to work from home on Fridays.", "Your reason isn't that strong."),
    ("I need to work from home on Fridays.", "Your case for it is pretty weak."),
    (
        "We need a second engineer on the payments team.",
        "That's not a good enough reason for another hire.",
    ),
    # finance: no need of theirs (found on a CaSiNo TRAIN turn: "I was under the impression
    # you don't have the need for additional firewood")
    (
        "We need another analyst for the quarter close.",
        "You don't have much need for another analyst.",
    ),
    # public sector: ranking theirs below ours
    ("The library needs the extra funding.", "Our need is far bigger than yours."),
    (
        "The library needs the extra funding.",
        "The schools need the money more than your libraries do.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), UNDERVALUING)
def test_playing_their_need_down_at_work(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(PLAYED_DOWN in e.reason for e in result.evidence), result.evidence
    assert result.collaboration < 45
    assert result.same_side == "across"


POINTING_ELSEWHERE = [
    # engineering
    ("We need a second engineer on the payments team.", "You can get one elsewhere."),
    # HR: someone else
    ("I need Friday off for my daughter's recital.", "Can't someone else take her?"),
    # public sector: their own reserves
    ("The council needs extra funding for the library.", "You have reserves you can draw on."),
    # health
    ("We need the portable scanner on nights.", "You could always borrow one elsewhere."),
]


@pytest.mark.parametrize(("partner", "reply"), POINTING_ELSEWHERE)
def test_pointing_them_elsewhere_at_work(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(ELSEWHERE in e.reason for e in result.evidence), result.evidence
    assert result.collaboration < 45
    assert result.same_side == "across"


NOT_UNDERVALUING = [
    # a wish, a question
    ("We need a second engineer.", "I hope your team will be fine until the hire lands."),
    ("We need a second engineer.", "Will your team be fine with two?"),
    # giving them something so their side is fine
    (
        "We need a second engineer.",
        "I'll lend you Priya so your team will still be fine during the migration.",
    ),
    # their case is strong, or not weak
    ("I need to work from home on Fridays.", "Your case is strong, I'll take it to the panel."),
    ("I need to work from home on Fridays.", "I don't think your reason is weak at all."),
    # their need first
    ("The library needs the extra funding.", "Your need is bigger than ours, take the grant."),
    # the speaker's own side will manage
    ("We need a second engineer.", "Our team will be fine with one, take the other."),
    # encouragement after a worry, not a judgement of a need
    (
        "I'm worried about my team coping with the launch.",
        "Your team has coped with worse before, and I'm here to help.",
    ),
    # a condition or a wish about their need
    (
        "We need another analyst for the quarter close.",
        "If you don't have the need for an analyst, I'll take the headcount.",
    ),
    (
        "We need another analyst for the quarter close.",
        "I hope you won't have any need for overtime this quarter.",
    ),
    # the speaker's own reserves
    ("We need three more nurses on the ward.", "We have reserves we can draw on for the ward."),
]


@pytest.mark.parametrize(("partner", "reply"), NOT_UNDERVALUING)
def test_wishes_questions_offers_and_own_side_are_not_undervaluing(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert not any(PLAYED_DOWN in e.reason or ELSEWHERE in e.reason for e in result.evidence), (
        result.evidence
    )
