"""The conversation: chat on the left, side panel on the right, the reply box below."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Static

from roleplay.engine import Session
from roleplay.engine.heard import heard_line
from roleplay.engine.turns import reply_too_long
from roleplay.errors import RoleplayError

from ..crop_compositor import CropCompositor
from ..idle_gc import IdleCollector
from ..kept_arrangement import KeptArrangement, KeptHorizontal
from ..keymap import actions_for, bindings_for, keys_in_force
from ..literal import literal
from ..messages import (
    ReplyScored,
    ReplySubmitted,
    ScoringFailed,
    SessionEnded,
    TurnRewound,
)
from ..scoring_thread import ScoringThread
from ..widgets.chat_log import Bubble, ChatLog
from ..widgets.reply_input import PLACEHOLDER, ReplyInput
from ..widgets.side_panel import SidePanel
from .chat_scrolling import ChatScrolling
from .confirm_send import ask_before_sending
from .paint_hold import PaintHold
from .scorer_warm_up import warm_up_off_thread
from .transcript import show_opening

if TYPE_CHECKING:
    from ..app import RoleplayApp

OUTCOME_TEXT = {
    "success": "It worked out.",
    "neutral": "A partial result.",
    "failure": "It did not work out.",
    "abandoned": "You left the conversation.",
}

# How long the screen waits, after Enter, for the reply's score before it shows the reply alone
# (then "… is listening"). A score that comes sooner appears in the same frame as the reply:
# one layout and one paint instead of two frames (a frame is 1/60 s apart at the earliest).
HOLD_FOR_SCORE = 0.05

# Full garbage collections run after a card is painted, not inside the frame that shows it
# (idle_gc.py). One per process: the thresholds it holds are the interpreter's.
COLLECTOR = IdleCollector()

# While the learner reads the opening line, the scorer compiles all its cue patterns (each reply
# compiled those of its words: 20-130 ms on each of the first replies) and loads what it loads
# on first use, then this reply is prepared and thrown away. Started after the screen's first
# frames: the thread holds the interpreter while it works.
WARM_UP_AFTER = 0.3  # seconds after the screen is mounted
REHEARSAL = "I see what you mean. Could you tell me more about what matters most to you here?"
FINISH = next(a for a in actions_for("conversation") if a.name == "finish")


class ConversationScreen(KeptArrangement, ChatScrolling, Screen[None]):  # (kept_arrangement.py)
    SCOPE = "conversation"
    AUTO_FOCUS = "#reply"  # typing goes to the reply box from the first key (the chat is focusable)
    BINDINGS = [
        *bindings_for("conversation"),
        Binding("enter", "open_debrief", "Debrief", show=False),
        # Once the conversation is over the finish keys (F5) open the debrief and the footer
        # says so; while it goes on they say "End" and ask first (check_action picks one; the
        # shared id rebinds both).
        Binding(FINISH.keys, "show_debrief", "Debrief", id=FINISH.binding_id),
    ]

    def __init__(self, session: Session) -> None:
        """Plays ``session`` (new, or restored with its turns: the transcript is replayed).
        The app builds it (``RoleplayApp.new_session``) with its scorer and observers."""
        super().__init__()
        self.session = session
        self.pending: tuple[str, Bubble | None] | None = None
        self.last_score_seconds: float | None = None
        self.hint_shown = False
        self.debrief_opened = False
        self._footer_ended = session.ended  # what the footer's finish keys were drawn for
        self._hold = PaintHold(self, self._score_is_slow)
        self._compositor = CropCompositor()  # draws only what an update shows (the card: chat)
        self.scoring = ScoringThread(session.prepare, self.post_message)
        self._ticket = 0  # the sending of the reply being scored (scoring_thread.py)

    @property
    def rp_app(self) -> RoleplayApp:
        return self.app  # type: ignore[return-value]

    @property
    def mode(self) -> str:
        return self.session.mode

    @property
    def exam(self) -> bool:
        return self.session.mode == "exam"

    @property
    def name_(self) -> str:
        return self.session.scenario.counterpart.name

    # -- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        sc = self.session.scenario
        top = Text(" ")
        top.append_text(literal(sc.title, "bold"))
        top.append(f"  ·  {self.mode} mode", style="dim")
        yield Static(top, id="topbar")
        with KeptHorizontal(id="body"):
            yield ChatLog(id="chat", more_key=self.rp_app.key("conversation", "evidence"))
            yield SidePanel(self.session, exam=self.exam, id="side")
        yield Static("", id="status")
        screen_keys = keys_in_force(self.rp_app.keymap, ("app", "conversation"))
        yield self.rp_app.text_entry(ReplyInput(id="reply", leave_keys=screen_keys))
        yield Footer()

    def on_mount(self) -> None:
        chat = self.query_one(ChatLog)
        with chat.together():
            show_opening(chat, self.session, coach=not self.exam)
            self.query_one(SidePanel).refresh_from_session()
        self.query_one(ReplyInput).focus()
        self._status()
        self.tell_save_problem()
        self.set_timer(WARM_UP_AFTER, self.warm_up)  # once its first frames are painted

    def on_screen_resume(self) -> None:
        COLLECTOR.hold()

    def on_screen_suspend(self) -> None:
        COLLECTOR.release()

    def on_unmount(self) -> None:
        COLLECTOR.release()
        self.scoring.stop()

    def _status(self, text: str | None = None) -> None:
        s = self.session
        if text is None:
            if s.ended:
                text = (
                    f"Conversation over. Enter: debrief · {self.rp_app.key('conversation', 'rewind')}"
                    ": take back your last reply"
                )
            else:
                app = self.rp_app
                hint = "" if self.exam else f" · {app.key('conversation', 'hint')} hint"
                text = f"Turn {s.turn + 1}{hint} · {app.key('app', 'help')} help · Ctrl+P commands"
        # One line high (roleplay.tcss): a new text never changes the screen's layout.
        self.query_one("#status", Static).update(literal(text, "dim"), layout=False)
        if s.ended != self._footer_ended:  # the finish keys: "End" while it goes on, else "Debrief"
            self._footer_ended = s.ended
            self.refresh_bindings()

    # -- saving ----------------------------------------------------------------------------
    def tell_save_problem(self) -> None:
        """The one failed-save policy (engine/lifecycle.py): say plainly what is not saved yet;
        the session keeps it and saves it again with the next step."""
        problem = self.session.save_problem
        if problem is not None:
            self.notify(problem.message(), title="Not saved yet", severity="error", timeout=10)

    # -- replying --------------------------------------------------------------------------
    def on_reply_submitted(self, message: ReplySubmitted) -> None:
        message.stop()
        if self.session.ended:
            return
        if self.pending is not None:
            self.notify("Still scoring your last reply (Esc cancels it).", timeout=3)
            return
        too_long = reply_too_long(self.query_one(ReplyInput).text)
        if too_long is not None:  # refused whole and left in the box, never cut short
            self.notify(too_long.format(), severity="error", timeout=10)
            return
        COLLECTOR.defer_all()  # collections run once the card is painted (or the reply given back)
        box = self.query_one(ReplyInput)
        box.hold_paint()  # drawn empty in the frame after the card's, with the side panel
        text = box.take()
        self.pending = (text, None)  # the reply's bubble comes with its score (or on the hold)
        self._hold.start(HOLD_FOR_SCORE)  # paint nothing until the score is applied
        self._ticket += 1
        self.scoring.send(self._ticket, text)

    def _score_is_slow(self) -> None:
        """The score did not come within the hold: show the reply as pending until it does."""
        if self.pending is not None and self.pending[1] is None:
            text, _ = self.pending
            turn = self.session.turn + 1
            bubble = self.query_one(ChatLog).learner(text, turn, who=self.reply_label(turn))
            self.pending = (text, bubble)
            self._status(f"{self.name_} is listening… (Esc cancels)")
        self.query_one(ReplyInput).release_paint()
        self._hold.release()

    def reply_label(self, turn: int) -> str:
        """What heads the reply to ``turn`` in the chat ("You"; the player in a hot seat)."""
        return "You"

    def warm_up(self) -> None:
        """Warm the scorer while the learner reads (scorer_warm_up.py)."""
        warm_up_off_thread(self.session, REHEARSAL)

    async def on_reply_scored(self, message: ReplyScored) -> None:
        if self.pending is None or message.ticket != self._ticket:
            return  # cancelled while the scorer was finishing
        if not message.prepared.score.scored and not message.confirmed:
            self._hold.release()  # asked first (confirm_send.py); a no puts it back in the box
            self.query_one(ReplyInput).release_paint()
            yes = replace(message, confirmed=True)
            keep = self._restore_pending
            ask_before_sending(
                self.app, message.prepared.score.reason, yes, self.post_message, keep
            )
            return
        try:
            result = self.session.apply(message.prepared)
        except RoleplayError as exc:  # prepared before the session changed (RP605)
            self._restore_pending()
            self.notify(exc.format(), severity="error", timeout=8)
            return
        text, bubble = self.pending
        self.pending = None
        self.last_score_seconds = message.seconds
        self.tell_save_problem()
        chat = self.query_one(ChatLog)
        with chat.together():
            if bubble is None:
                bubble = chat.learner(
                    text, result.turn, pending=False, who=self.reply_label(result.turn)
                )
            heard = heard_line(
                self.session.scenario, result.intents, scored=result.score.scored, turn=result
            )
            chat.scored(bubble, result, coach=not self.exam, heard=heard)
            self._hide_hint()
            if result.next_line:
                chat.counterpart(self.name_, result.next_line, result.turn)
            if self.session.ended:
                self._ended()
        await chat.mounted()  # the new lines take part in the one layout that shows them
        # The screen is told now: the chat asks for its layout only when its own turn to idle
        # comes, and a frame painted before that (the emptied reply box) would not show them.
        self.refresh(repaint=False, layout=True)
        self._hold.release()
        # The side panel and the status line follow in the next frame: the frame that shows
        # the card draws the chat and the emptied reply box only.
        self.call_after_refresh(self._after_card)
        self.call_after_refresh(COLLECTOR.collect_if_due)  # once the card is on screen

    def _after_card(self) -> None:
        """The emptied reply box, the mood, the trajectory and the turn in the status line,
        once the card is painted."""
        if not self.is_attached:
            return
        self.query_one(ReplyInput).release_paint()
        self.query_one(SidePanel).refresh_from_session()
        if not self.session.ended:
            self._status()

    def on_scoring_failed(self, message: ScoringFailed) -> None:
        if self.pending is None or message.ticket != self._ticket:
            return  # cancelled
        self._restore_pending()
        self.notify(f"Scoring failed: {message.error}", severity="error", timeout=8)

    def _restore_pending(self) -> None:
        self.query_one(ReplyInput).release_paint()
        self._hold.release()
        COLLECTOR.resume()
        if self.pending is None:
            return
        text, bubble = self.pending
        self.pending = None
        if bubble is not None:
            self.query_one(ChatLog).drop(bubble)
        box = self.query_one(ReplyInput)
        if not box.text.strip():
            box.load_text(text)
            box.move_cursor(box.document.end)
        self._status()

    def _ended(self) -> None:
        s = self.session
        box = self.query_one(ReplyInput)
        box.disabled = True
        box.placeholder = "The conversation is over."
        outcome = str(s.outcome)
        self.query_one(ChatLog).note(
            f"— {OUTCOME_TEXT.get(outcome, outcome)} Press Enter for the debrief, or "
            f"{self.rp_app.key('conversation', 'rewind')} to take back your last reply.",
            s.turn,
        )
        self.post_message(SessionEnded(outcome, s.scenario.id, s.overall))
        self._status()

    # -- actions ---------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "hint" and self.exam:
            return False  # no hints in exam mode: not offered in the footer or the palette
        if action == "finish":
            return not self.session.ended  # "End": ends it here, after asking
        if action == "show_debrief":
            return self.session.ended  # the same keys once it is over: "Debrief"
        return True

    def action_cancel(self) -> None:
        if self.pending is not None:
            self.scoring.cancel(self._ticket)
            self._restore_pending()
            self.notify("Scoring cancelled; your reply is back in the box.", timeout=3)
        elif self.hint_shown:
            self._hide_hint()

    def action_hint(self) -> None:
        if self.session.ended:  # (exam mode never gets here: check_action refuses "hint")
            return
        if self.hint_shown:
            self._hide_hint()
            return
        self.hint_shown = True
        panel = self.query_one(SidePanel)
        if panel.has_class("hidden"):
            panel.remove_class("hidden")
        panel.show_hint(self.session.current.hint or "No hint for this moment. Trust your ear.")

    def _hide_hint(self) -> None:
        self.hint_shown = False
        self.query_one(SidePanel).show_hint(None)

    def action_rewind(self) -> None:
        s = self.session
        if self.pending is not None:
            self.notify("Esc to cancel the reply being scored first.", timeout=3)
            return
        if not s.turns:
            self.notify("Nothing to rewind yet.", timeout=3)
            return
        undone = s.rewind()
        self.tell_save_problem()
        chat = self.query_one(ChatLog)
        chat.take_back(undone.turn)
        chat.note(f"↶ You took back turn {undone.turn}. Answer again:")
        chat.counterpart(self.name_, s.counterpart_line)
        box = self.query_one(ReplyInput)
        box.disabled = False
        box.placeholder = PLACEHOLDER
        box.focus()
        self._hide_hint()
        self.query_one(SidePanel).refresh_from_session()
        self._status()
        self.post_message(TurnRewound(undone.turn))

    def action_select_all(self) -> None:
        box = self.query_one(ReplyInput)
        if not box.disabled:
            box.focus()
            box.select_all()

    def action_toggle_panel(self) -> None:
        self.query_one(SidePanel).toggle_class("hidden")

    def action_finish(self) -> None:
        """End the conversation here (abandoned: it cannot be resumed) once the learner says
        so, then open the debrief."""
        if self.session.ended:
            self.rp_app.open_debrief(self)
            return
        from .confirm_end import ConfirmEndScreen

        app = self.rp_app
        asking = ConfirmEndScreen(
            self.name_, app.keymap.keys(FINISH), app.key(self.SCOPE, "finish")
        )
        app.push_screen(asking, self._end_answered)

    def _end_answered(self, end: bool | None) -> None:
        if end:
            self.end_here()
        else:
            self.query_one(ReplyInput).focus()

    def end_here(self) -> None:
        """End the conversation now, unfinished (abandoned), and open the debrief."""
        s = self.session
        if self.pending is not None:
            self.action_cancel()
        if not s.ended:
            s.abandon()
            self.query_one(ReplyInput).disabled = True
            self.query_one(ReplyInput).placeholder = "You ended the conversation."
            self.tell_save_problem()
            self.post_message(SessionEnded("abandoned"))
            self._status()
        self.rp_app.open_debrief(self)

    def action_show_debrief(self) -> None:
        """The finish keys once the conversation is over."""
        self.rp_app.open_debrief(self)

    def action_open_debrief(self) -> None:
        """Enter outside the reply box: the debrief once the conversation is over."""
        if self.session.ended:
            self.rp_app.open_debrief(self)
        elif not self.query_one(ReplyInput).disabled:
            self.query_one(ReplyInput).focus()

    def unsaved_reply(self) -> str | None:
        """The reply that closing now would lose: one being scored, else what is in the box."""
        if self.pending is not None:
            return self.pending[0]
        if self.session.ended:
            return None
        typed = self.query_one(ReplyInput).text
        return typed if typed.strip() else None

    def leave(self) -> None:
        """Called by the app when this conversation is closed (new scenario, quit): it stops
        before an ending, so a solo session can be resumed later (F5 ends it for good)."""
        if self.pending is not None:
            self.scoring.cancel(self._ticket)
            self.pending = None
        self._hold.release()
        self.session.stop()
