"""Rule 75: "Thanks a lot!" for what they did is sincere (IT support, HR, procurement, public
sector); harm or bad news in their line, a reproach after it, other sarcasm or hostility, or
no line of theirs keep the sarcasm reading."""

from __future__ import annotations

import pytest

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.semantic import SemanticScorer

from .reasons import reasons


def score(reply: str, partner: str) -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner))


def sarcastic(result: Score) -> bool:
    return any(r.startswith("sarcasm") for r in reasons(result))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Here's the fixed config, I tested it on staging.", "Thanks a lot!"),
        (
            "I covered your Saturday shift so you can go to the wedding.",
            "Thanks a lot, now I owe you one.",
        ),
        (
            "I found the missing purchase order and sent it to finance.",
            "Thanks a lot! That unblocks the invoice.",
        ),
        ("I booked the accessible room for your visit on Tuesday.", "Thanks a lot."),
    ],
)
def test_thanks_for_what_they_did_is_sincere(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not sarcastic(result), reasons(result)
    assert result.empathy >= 40 and result.same_side != "across", reasons(result)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # harm or bad news in their line
        ("I deleted your branch by accident.", "Thanks a lot."),
        ("Sorry, the release slipped again, it's now March.", "Thanks a lot!"),
        # a reproach in the rest of the sentence
        ("I covered your shift on Saturday.", "Thanks a lot for nothing."),
        ("I moved your meeting to 7am.", "Thanks a lot, now I have to get up at five."),
        # other sarcasm or hostility around it
        (
            "The deadline is Friday and QA keeps finding bugs.",
            "Oh great, another crisis. Thanks a lot.",
        ),
        # no line of theirs to read
        ("", "Thanks a lot."),
    ],
)
def test_thanks_around_harm_or_reproach_stays_sarcasm(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert sarcastic(result), reasons(result)
    assert result.empathy <= 30, reasons(result)
