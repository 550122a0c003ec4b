"""Reassurance backed by a deed is no brush-off (docs/scoring.md rule 116).

"Don't worry, I'll cover your Saturday shift" takes the cause of the worry on; it was read as
brushing the feeling aside and scored below saying nothing. Each case in several domains, with
empty reassurance, predictions about them and commitments of nothing in particular as hard
negatives (they stay brush-offs).
"""

from __future__ import annotations

import pytest

from roleplay.scoring.features_base import Hit
from roleplay.scoring.reassurance import reassures_by_deed

from .reasons import score

BRUSHED = "brushed the feeling aside"

BACKED = [
    # health
    (
        "I'm scared we won't have enough nurses on Saturday.",
        "Don't worry, I'll make sure your ward has two extra nurses on Saturday.",
    ),
    # engineering: the deed in the next sentence
    (
        "I'm worried the launch will fall over tonight.",
        "Don't worry. I'll sit with you on the launch call tonight and take the rollback myself.",
    ),
    # HR
    (
        "I'm anxious about telling Marcus I need the week off.",
        "Don't worry about Marcus, I'll talk to him this afternoon and move the rota.",
    ),
    # sales
    (
        "I'm nervous the client will walk if the units arrive late.",
        "No need to worry, we've already sent a replacement unit by courier.",
    ),
    # public sector
    (
        "I'm stressed about the council deadline for the grant form.",
        "Do not worry about the form, I will fill in the budget section for you today.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), BACKED)
def test_a_worry_phrase_backed_by_a_deed_is_no_brush_off(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(BRUSHED in e.reason for e in result.evidence), result.evidence
    assert result.empathy >= 45


EMPTY = [
    # health: a prediction about them
    ("I'm scared about the biopsy results.", "Don't worry, you'll be fine."),
    # engineering: nothing in particular
    ("I'm worried the launch will fall over tonight.", "Don't worry, we'll get through it."),
    # HR: the speaker's own state
    ("I'm anxious about the restructure.", "Don't worry about it, I'll be fine either way."),
    # sales: a promise to try
    ("I'm nervous the client will walk.", "Don't worry, I'll try to think of something."),
    # public sector: a perception, not a deed
    ("I'm stressed about the council deadline.", "Don't worry, I can tell you're doing your best."),
    # support: the deed two sentences later is not what backs the phrase
    (
        "I'm dreading the move.",
        "Don't worry. Moving is always hard. I'll send you my packing list tomorrow.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), EMPTY)
def test_empty_reassurance_still_brushes_the_feeling_aside(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(BRUSHED in e.reason for e in result.evidence), result.evidence


def test_a_deed_against_them_backs_nothing() -> None:
    reply = "Don't worry, I'll report it to HR tomorrow."
    start = reply.index("Don't")
    hit = Hit("minimising", start, start + len("Don't worry"), "Don't worry")
    assert not reassures_by_deed(reply, hit)


def test_other_minimising_phrases_are_untouched() -> None:
    reply = "Cheer up, I'll send you the new rota today."
    hit = Hit("minimising", 0, len("Cheer up"), "Cheer up")
    assert not reassures_by_deed(reply, hit)


def test_only_the_minimising_cue_is_read() -> None:
    reply = "Don't worry, I'll cover your shift on Saturday."
    hit = Hit("sympathy", 0, len("Don't worry"), "Don't worry")
    assert not reassures_by_deed(reply, hit)
    assert reassures_by_deed(reply, Hit("minimising", 0, len("Don't worry"), "Don't worry"))


def test_the_backed_reply_ranks_above_the_empty_one() -> None:
    partner = "I'm worried I can't cover the Saturday clinic on my own."
    backed = score("Don't worry, I'll take the Saturday clinic with you.", partner)
    empty = score("Don't worry, it'll all work out.", partner)
    assert backed.empathy > empty.empathy
    assert backed.overall > empty.overall
