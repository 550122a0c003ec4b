"""Issue 11, rule 390 (docs/scoring.md, `scoring/took_up.py`): the part of their line that is
their point (after a "but" that turns it, a sentence that names its own weight, or what they set
aside to make it), taken up by a reply sentence, earns listening; found on the genre sets'
`decent` kind and checked in other domains.

Partners in on-call work, surgery recovery, a restructure at work, an online community and a
family line, with hard negatives: a reply about the part before the turn, a question about a
detail, reassurance, advice, the speaker's own story, a general truth, a reply that dismisses,
a line that marks no point.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.took_up import TOOK_UP_REASON, their_point

from .reasons import reasons, score

ONCALL = (
    "The pay for the extra on-call weekends is fine, honestly. But nobody asked me before "
    "putting me on the rota for the third month running."
)
SURGERY = (
    "The surgery went well and the surgeon is pleased with the scar. but i still can't lift my "
    "daughter and she keeps asking why mummy won't pick her up"
)
RESTRUCTURE = (
    "I know the restructure was needed and the new team is good. What really gets me is that I "
    "found out from a spreadsheet someone left on the shared drive."
)
FORUM = (
    "Everyone in the thread keeps saying it's only a game and I should relax. But I spent two "
    "years building that guild and the mods deleted it overnight without a word."
)
WEDDING = (
    "my sister is getting married in june and the whole family is helping. i know it's her day "
    "and i'm happy for her, though nobody has asked me a single thing about it"
)


def took_up(reply: str, partner: str) -> bool:
    return any(r.startswith(TOOK_UP_REASON) for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("partner", "point", "rest"),
    [
        # a sentence that opens on "but", after no grant: focal.py sets nothing aside here
        (FORUM, "But I spent two years", "only a game"),
        # what they set aside to make it (focal.py)
        (ONCALL, "nobody asked me", "pay for the extra"),
        (RESTRUCTURE, "What really gets me", "new team is good"),
        # a "but" or "though" inside one of their last sentences
        (WEDDING, "nobody has asked me", "happy for her"),
    ],
)
def test_their_point_is_the_part_their_wording_marks(partner: str, point: str, rest: str) -> None:
    shape = their_point(partner)
    assert shape is not None
    assert point in shape[0] and point not in shape[1]
    assert rest in shape[1] and rest not in shape[0]


@pytest.mark.parametrize(
    "partner",
    [
        "The release slipped twice this quarter and the client is threatening to walk.",
        "My dad's dementia is getting worse. I visit every day. I'm exhausted.",
        # "but" early in a long line, not in one of its last sentences
        (
            "I wanted to go part-time but my manager said no. We have three kids. The nursery "
            "fees went up again. My partner works nights. I barely see anyone."
        ),
    ],
)
def test_a_line_that_marks_no_point_has_none(partner: str) -> None:
    assert their_point(partner) is None


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("So it's being put on the rota again without anyone asking you first.", ONCALL),
        (
            "Not being able to lift your daughter, and her asking why, is the part that hurts.",
            SURGERY,
        ),
        (
            "Finding out from a spreadsheet on the shared drive, instead of from a person, is "
            "what stings.",
            RESTRUCTURE,
        ),
        ("It's the silence from the mods after two years of building the guild.", FORUM),
        (
            "So you're happy for her, and it still hurts that nobody has asked you anything.",
            WEDDING,
        ),
    ],
)
def test_a_reply_that_takes_up_their_point_earns_listening(reply: str, partner: str) -> None:
    result = score(reply, partner)
    item = next(e for e in result.evidence if e.reason.startswith(TOOK_UP_REASON))
    assert item.dimension == "listening" and item.points > 0
    assert item.span is not None and reply[item.span[0] : item.span[1]].strip()


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        # the part before the turn, said back or asked about
        ("Extra on-call pay is decent, to be fair.", ONCALL),
        ("How much is the on-call pay per weekend?", ONCALL),
        ("Good to hear the surgery went well and the scar is healing.", SURGERY),
        ("How long did the surgeon say recovery would take?", SURGERY),
        ("The new team does sound strong.", RESTRUCTURE),
        # reassurance, advice, the speaker's story, a truth about anyone
        ("You'll get used to the rota soon enough.", ONCALL),
        ("You should raise it with your manager.", ONCALL),
        ("I did four months of on-call weekends myself last year.", ONCALL),
        ("Rotas are always hard to get right.", ONCALL),
        # a line that marks no point
        (
            "So the client is close to walking after two slipped releases.",
            "The release slipped twice this quarter and the client is threatening to walk.",
        ),
    ],
)
def test_a_reply_beside_their_point_takes_nothing_up(reply: str, partner: str) -> None:
    assert not took_up(reply, partner)


def test_their_point_taken_up_then_dismissed_takes_nothing_up() -> None:
    reply = (
        "So it's being put on the rota again without anyone asking you first. Honestly, "
        "you're overreacting, it's just a rota."
    )
    assert took_up(reply.split(" Honestly")[0], ONCALL)
    assert not took_up(reply, ONCALL)


def test_a_hostile_reply_takes_nothing_up() -> None:
    reply = (
        "So it's being put on the rota again without anyone asking you first. Stop whining, "
        "you idiot."
    )
    assert not took_up(reply, ONCALL)
