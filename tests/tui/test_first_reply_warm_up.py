"""The conversation warms its scorer up while the learner reads the opening line, off the UI
thread, and the rehearsal reply never reaches the session or the screen."""

from __future__ import annotations

import threading

from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.types import Score, ScoreInput
from roleplay.tui.screens.conversation import REHEARSAL, ConversationScreen
from roleplay.tui.widgets.chat_log import ChatLog

from .helpers import GOOD_REPLIES, budget, conversation_ready, make_app, say, wait_until


class _WarmingScorer(FixedScorer):
    def __init__(self) -> None:
        super().__init__()
        self.warmed_on: list[str] = []  # the thread each warm-up ran on
        self.scored: list[str] = []

    def warm_up(self) -> None:
        self.warmed_on.append(threading.current_thread().name)

    def score(self, item: ScoreInput) -> Score:
        self.scored.append(item.reply)
        return super().score(item)


async def test_the_scorer_is_warmed_on_a_thread_and_the_rehearsal_leaves_no_trace() -> None:
    scorer = _WarmingScorer()
    app = make_app(budget(), scorer=scorer)
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        lines = len(screen.query_one(ChatLog).lines())
        await wait_until(pilot, lambda: scorer.scored == [REHEARSAL], "the rehearsal scored")
        assert scorer.warmed_on == ["roleplay-first-reply"]
        assert screen.session.turn == 0 and len(screen.query_one(ChatLog).lines()) == lines
        await say(pilot, app, GOOD_REPLIES[0])
        assert screen.session.turn == 1 and screen.session.turns[0].reply == GOOD_REPLIES[0]
        assert scorer.scored == [REHEARSAL, GOOD_REPLIES[0]]
