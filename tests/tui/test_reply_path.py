"""What the learner sees around a reply being scored: a failing scorer, keys pressed while the
score is on its way, and rewinding before there is anything to take back."""

from __future__ import annotations

from textual.pilot import Pilot

from roleplay.scoring.types import Score, ScoreInput
from roleplay.tui.app import RoleplayApp
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.widgets.chat_log import Bubble
from roleplay.tui.widgets.reply_input import ReplyInput

from .helpers import (
    GOOD_REPLIES,
    HeldScorer,
    budget,
    conversation_ready,
    end_here,
    make_app,
    say,
    wait_until,
)


class _BrokenScorer:
    name = "broken"

    def score(self, item: ScoreInput) -> Score:
        raise RuntimeError("the model file is damaged")


def _notes(app: RoleplayApp) -> list[str]:
    return [str(n.message) for n in app._notifications]


def _learner_bubbles(screen: ConversationScreen) -> list[Bubble]:
    return [b for b in screen.query(Bubble) if b.who == "You"]


async def _first_reply_held(pilot: Pilot[int], app: RoleplayApp) -> ConversationScreen:
    """Send the first good reply and wait until it is being scored (the scorer holds it)."""
    await conversation_ready(pilot, app)
    screen = app.screen
    assert isinstance(screen, ConversationScreen)
    screen.query_one(ReplyInput).insert(GOOD_REPLIES[0])
    await pilot.press("enter")
    await wait_until(pilot, lambda: screen.pending is not None, "the reply being scored")
    return screen


async def test_a_failing_scorer_gives_the_reply_back_and_the_conversation_goes_on() -> None:
    app = make_app(budget(), scorer=_BrokenScorer())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        screen.query_one(ReplyInput).insert(GOOD_REPLIES[0])
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: any("Scoring failed" in n for n in _notes(app)), "the failure notice"
        )
        assert any("the model file is damaged" in n for n in _notes(app))
        assert screen.query_one(ReplyInput).text == GOOD_REPLIES[0]  # kept, to send again
        assert screen.session.turn == 0 and not _learner_bubbles(screen)
        assert screen.pending is None and not screen.session.ended


async def test_keys_while_a_reply_is_scored_wait_for_it() -> None:
    held = HeldScorer()
    app = make_app(budget(), scorer=held)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _first_reply_held(pilot, app)
        box = screen.query_one(ReplyInput)
        box.insert("a second thought")
        await pilot.press("enter")
        await pilot.press("f3")
        await wait_until(
            pilot,
            lambda: "Esc to cancel the reply being scored first." in _notes(app),
            "the rewind refusal",
        )
        assert "Still scoring your last reply (Esc cancels it)." in _notes(app)
        assert box.text == "a second thought"  # not sent, not lost
        held.release.set()
        await wait_until(
            pilot,
            lambda: screen.session.turn == 1 and screen.pending is None,
            "the first reply scored",
        )
        assert len(_learner_bubbles(screen)) == 1


async def test_ending_while_a_reply_is_scored_cancels_it_and_opens_the_debrief() -> None:
    held = HeldScorer()
    app = make_app(budget(), scorer=held)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _first_reply_held(pilot, app)
        await end_here(pilot, app)
        held.release.set()
        assert screen.session.outcome == "abandoned" and screen.session.turn == 0
        assert "Scoring cancelled; your reply is back in the box." in _notes(app)


async def test_nothing_to_rewind_yet() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await pilot.press("f3")
        await wait_until(pilot, lambda: "Nothing to rewind yet." in _notes(app), "the notice")
        await say(pilot, app, GOOD_REPLIES[0])
        await pilot.press("f3")
        screen = app.screen
        assert isinstance(screen, ConversationScreen)
        await wait_until(pilot, lambda: screen.session.turn == 0, "the reply taken back")
