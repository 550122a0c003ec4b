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


def test_a_rewound_reply_that_was_not_read_is_named_so_not_given_a_score_of_0() -> None:
    """Found by a newcomer: a "?" sent by mistake, taken back and answered well, showed in the
    debrief as "Rewound turn 1: first try 0, then 60" (and +60 in the TUI): the first try had no
    score at all. Plain mode and the TUI's debrief now say "not scored" and compare nothing."""
    from rich.console import Console

    from roleplay.engine import Session, build_debrief
    from roleplay.tui.screens.debrief import render_rewinds

    from ..budget import ReadingScorer, budget

    session = Session.start(budget(), ReadingScorer(), 7)
    out = io.StringIO()
    PlainFrontEnd(session, Printer(out, False)).run(["?", "/rewind", GOOD_REPLIES[0], "/end"])
    text = out.getvalue().split("== ABANDONED")[1]
    second = session.turns[0].score.overall
    assert f"  Rewound turn 1: first try not scored, then {second}" in text

    (rewind,) = build_debrief(session).rewinds
    assert rewind.first_unread == "no_words" and rewind.second_unread is None
    rendered = render_rewinds(build_debrief(session))
    assert rendered is not None
    console = Console(width=120, record=True)
    console.print(rendered)
    shown = console.export_text()
    assert "(not scored: no words)" in shown and f"second {second:>3}" in shown
    assert f"(+{second})" not in shown and "first    0" not in shown
