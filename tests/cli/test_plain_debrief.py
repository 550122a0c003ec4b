"""Plain mode's debrief: the core's advice rows and the better reply for the weakest turn."""

from __future__ import annotations

import io

from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer

from ..storage.helpers import GOOD_REPLIES, new_session


def test_plain_debrief_shows_advice_and_the_learners_better_reply() -> None:
    session = new_session()
    out = io.StringIO()
    PlainFrontEnd(session, Printer(out, False)).run(
        [GOOD_REPLIES[0], "/rewind", "Whatever.", "/end"]
    )
    text = out.getvalue()
    assert "A better reply for turn 1 (your own best reply to this moment, overall" in text
    assert GOOD_REPLIES[0][:40] in text.split("A better reply for turn 1")[1]
    advice = [line for line in text.splitlines() if line.strip().startswith("Turn 1: A better")]
    assert len(advice) == 1


def test_plain_debrief_says_an_unread_turn_was_not_scored_and_compares_only_read_turns() -> None:
    """Found by a learner: after a good reply and one in French, plain mode's debrief said
    "Strongest turn: 1 (66)" and "Weakest turn: 1 (66)" and nothing about turn 2, which
    counted as 0 in the overall."""
    from roleplay.engine import Session
    from roleplay.scoring.fixed import FixedScorer
    from roleplay.scoring.types import Score, ScoreInput

    from ..budget import budget

    french = "Je comprends, pouvons-nous échelonner la réduction ?"

    class FrenchUnread(FixedScorer):
        def score(self, item: ScoreInput) -> Score:
            if item.reply == french:
                return Score.unscored("language:fr")
            return super().score(item)

    session = Session.start(budget(), FrenchUnread(), 7)
    out = io.StringIO()
    PlainFrontEnd(session, Printer(out, False)).run([GOOD_REPLIES[0], french, "/end"])
    text = out.getvalue().split("== ABANDONED")[1]
    assert "Strongest turn" not in text and "Weakest turn" not in text
    assert "  Turn 2: Not scored: the reply seems to be in French;" in text
