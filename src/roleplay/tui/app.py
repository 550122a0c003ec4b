"""The Textual app: a thin shell that switches screens and holds the session-independent state.

Screens: picker -> conversation -> debrief (each in ``screens/``); help and history are pushed on
top. Game logic lives in :class:`roleplay.engine.Session`; screens only drive it and render.

Hooks for other parts of roleplay (all optional, default None):

``recorder``
    A :class:`roleplay.engine.SessionObserver` (storage's ``SessionRecorder``, the workshop's
    recorder) given to every session the app starts (:meth:`RoleplayApp.new_session`); the
    session itself tells it ``started``/``resumed``/``turn``/``rewound``/``ended``. A failed
    save follows the one policy of engine/lifecycle.py: the conversation screen says so, the
    session keeps the event and saves it again with the next step (a conversation closed for
    another one is kept and tried again every few seconds); quitting with events still unsaved
    writes that session's replies to a file and ends with the coded error RP715, which says
    where and the command that plays them again and saves them (storage/rescue.py).
``scorer``
    The :class:`roleplay.scoring.Scorer` every conversation uses; default
    ``roleplay.scoring.default_scorer()``. Tests pass a fixed one so a refit changes nothing.
``best_scores``
    ``dict[str, int]``: scenario id -> best overall score so far, shown in the picker.
``exporter``
    ``Callable[[Session], object]``: called by the debrief's Export action; its return value
    (e.g. a path) is shown to the learner. Without it, Export is greyed out.
``history``
    A :class:`roleplay.tui.hooks.HistorySource` (past sessions, progress, export): the
    ``history`` action (F6, palette "History") shows ``HistoryScreen(history)``; without one
    it says history is not available.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from rich.text import Text
from textual.app import App, SystemCommand
from textual.command import Provider
from textual.screen import Screen

from roleplay.engine.rules import counts_for_best, mode_named

from .close_signals import INTERRUPTED_CODE, CloseSignals, wait_while
from .config import TuiConfig, load_config
from .keymap import ACTIONS, Keymap, bindings_for, key_label
from .literal import LiteralNotifyApp, literal
from .messages import ScenarioChosen, SessionEnded
from .screens.picker import PickerScreen

if TYPE_CHECKING:
    from textual.timer import Timer
    from textual.widgets import Input, TextArea

    from roleplay.engine import CompiledScenario, Session, SessionObserver
    from roleplay.errors import Diagnostic
    from roleplay.scenario.catalogue import CatalogueEntry
    from roleplay.scoring.types import Scorer

    from .hooks import Exporter, HistorySource
    from .screens.conversation import ConversationScreen

Entry = TypeVar("Entry", "Input", "TextArea")

# Start-up matters (the picker should appear about as fast as an empty Textual app), so the
# conversation, debrief and help screens, the engine and the palette provider load on first use.


WARM_UP_AFTER = 0.3  # seconds after the first screen is painted
UNSAVED_RETRY_SECONDS = 5.0  # how often a closed conversation's unsaved changes are tried again


def quit_before_scored(reply: str) -> Text:
    """What the terminal shows after quitting with a reply that was not scored yet."""
    text = Text(
        "You quit before your last reply was scored, so it was not saved (the replies "
        "before it were). It was:\n"
    )
    text.append_text(literal(reply))
    return text


def warm_up_encoder() -> None:
    """Load what the first reply needs on a daemon thread, off the UI: the state machine and the
    play cache (so Enter in the picker starts at once), then the sentence encoder (numpy
    included). Not the YAML loader and pydantic: a scenario listed from the catalogue's cache
    was kept in the play cache by the same scan, and one that was not is read by the picker's
    worker, which imports them anyway."""

    def load() -> None:
        import roleplay.engine.session  # noqa: F401  (transitions, the scorer)
        import roleplay.scenario.play_cache  # noqa: F401
        from roleplay.nlp import warm_up_in_background

        warm_up_in_background()

    threading.Thread(target=load, name="roleplay-warm-up", daemon=True).start()


def _commands() -> type[Provider]:
    from .commands import RoleplayCommands

    return RoleplayCommands


class RoleplayApp(LiteralNotifyApp):
    CSS_PATH = Path(__file__).with_name("roleplay.tcss")  # absolute: subclasses live elsewhere
    TITLE = "roleplay"
    BINDINGS = bindings_for("app")
    COMMANDS = App.COMMANDS | {_commands}
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (90, "-wide")]

    def __init__(
        self,
        scenario: CompiledScenario | None = None,
        *,
        mode: str = "coach",
        seed: int | None = None,
        recorder: SessionObserver | None = None,
        best_scores: dict[str, int] | None = None,
        exporter: Exporter | None = None,
        config: TuiConfig | None = None,
        scenario_dir: Path | None = None,
        scorer: Scorer | None = None,
        history: HistorySource | None = None,
    ) -> None:
        super().__init__()
        self.first_scenario = scenario
        self.mode: str = mode_named(mode)
        self.seed = seed
        self.recorder = recorder
        self.best_scores = best_scores
        self.exporter = exporter
        self.config = config or load_config()
        self.keymap: Keymap = self.config.keymap
        self.scenario_dir = scenario_dir
        self.catalogue: list[CatalogueEntry] | None = None  # filled by the picker's worker
        self._scorer = scorer
        self.history = history
        self._warming = False
        # conversations closed (another scenario, play again) with changes the database has
        # not taken yet: kept, tried again every few seconds and on quit (nothing is dropped)
        self.unsaved_sessions: list[Session] = []
        self._retrying: Timer | None = None  # the timer trying them again, while there are any
        self.unsaved_report: list[str] = []  # RP715 lines, said on the terminal after run()
        # who chose the mode when the learner may not switch it (a workshop's facilitator)
        self.mode_set_by: str | None = None
        # SIGTERM and SIGHUP close the app as Ctrl+Q does (close_signals.py); the signal's
        # name once one has come
        self._close_signals = CloseSignals(self._signalled)
        self.interrupted_by: str | None = None

    @property
    def scorer(self) -> Scorer:
        """The scorer conversations use: the one given (tests pass a fixed one) or the default."""
        if self._scorer is None:
            from roleplay.scoring import default_scorer

            self._scorer = default_scorer()
        return self._scorer

    # -- start-up --------------------------------------------------------------------------
    def on_mount(self) -> None:
        self._close_signals.install()
        if self.config.theme in self.available_themes:
            self.theme = self.config.theme
        else:
            self.notify(f"Unknown theme '{self.config.theme}'.", severity="warning")
        self.set_keymap(self.keymap.textual_keymap())
        for warning in self.config.warnings:
            self.notify(warning, severity="warning", timeout=8)
        if self.first_scenario is not None:
            self.push_screen(self._conversation(self.first_scenario, self.mode))
            self.call_after_refresh(self.warm_up)
        else:
            self.push_screen(PickerScreen())  # it calls warm_up once its list is on screen

    def warm_up(self) -> None:
        """Start loading the engine and the encoder, once, after the first screen is painted
        (the picker: after its list, so reading the library does not compete with it) and has
        settled: the loading thread holds the interpreter while it imports, so it waits
        :data:`WARM_UP_AFTER` for the screen's first frames (the footer's keys, the list's
        columns), long before anyone has read the list and pressed Enter."""
        if not self._warming:
            self._warming = True
            self.set_timer(WARM_UP_AFTER, warm_up_encoder)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's own palette entries, minus those our actions already offer (Theme, Quit)."""
        ours = {spec.description for spec in ACTIONS if spec.scope == "app"}
        for command in super().get_system_commands(screen):
            if command.title not in ours:
                yield command

    def text_entry(self, widget: Entry) -> Entry:
        """A text box with the configured cursor (``cursor_blink = false`` keeps it steady)."""
        widget.cursor_blink = self.config.cursor_blink
        return widget

    def key(self, scope: str, name: str) -> str:
        """The first key bound to an action, for hints in the UI (``F2``)."""
        for spec in ACTIONS:
            if spec.scope == scope and spec.name == name:
                return key_label(self.keymap.keys(spec).split(",")[0])
        return "?"

    def new_session(self, compiled: CompiledScenario, mode: str) -> Session:
        """A new session with this app's scorer, seed rule and observers (the recorder)."""
        from roleplay.engine import Session
        from roleplay.engine.rules import mode_named, new_seed

        observers = () if self.recorder is None else (self.recorder,)
        return Session.start(
            compiled, self.scorer, new_seed(self.seed), mode=mode_named(mode), observers=observers
        )

    def _conversation(self, compiled: CompiledScenario, mode: str) -> ConversationScreen:
        from .screens.conversation import ConversationScreen

        return ConversationScreen(self.new_session(compiled, mode))

    # -- moving between screens -------------------------------------------------------------
    def on_scenario_chosen(self, message: ScenarioChosen) -> None:
        from roleplay.engine import compile_scenario
        from roleplay.errors import RoleplayError

        try:
            compiled = compile_scenario(message.entry.load(notice=self._cache_notice))
        except RoleplayError as exc:
            self.notify(exc.format().splitlines()[0], severity="error", timeout=8)
            return
        self.push_screen(self._conversation(compiled, message.mode))

    def _cache_notice(self, diagnostic: Diagnostic) -> None:
        """A kept copy of the scenario was set aside (RP012): say so, it is read from YAML."""
        self.notify(diagnostic.format(), severity="warning", timeout=8)

    def on_session_ended(self, message: SessionEnded) -> None:
        """Keep the picker's Best column current: an ending counts, an abandoned session not
        (the rule of ``SessionStore.best_scores``)."""
        overall = message.overall
        if overall is None or not counts_for_best(message.outcome, overall):
            return
        if message.scenario_id:
            best = self.best_scores if self.best_scores is not None else {}
            best[message.scenario_id] = max(best.get(message.scenario_id, 0), overall)
            self.best_scores = best

    def _leave_conversations(self) -> None:
        from .screens.conversation import ConversationScreen

        for screen in self.screen_stack:
            if isinstance(screen, ConversationScreen):
                screen.leave()
                self._keep_unsaved(screen.session)

    def _keep_unsaved(self, session: Session) -> None:
        """A conversation closed with changes not saved yet is kept and tried again."""
        if session.save_problem is None or session in self.unsaved_sessions:
            return
        self.unsaved_sessions.append(session)
        if self._retrying is None:
            self._retrying = self.set_interval(
                UNSAVED_RETRY_SECONDS, self._retry_unsaved, name="retry saves"
            )

    def _retry_unsaved(self) -> None:
        self.unsaved_sessions = [s for s in self.unsaved_sessions if s.retry_saves() is not None]
        if not self.unsaved_sessions and self._retrying is not None:
            self._retrying.stop()  # all saved: no timer left running
            self._retrying = None

    def _pop_until(self, kind: type[Screen[None]]) -> bool:
        while not isinstance(self.screen, kind) and len(self.screen_stack) > 2:
            self.pop_screen()
        return isinstance(self.screen, kind)

    def open_debrief(self, conversation: ConversationScreen) -> None:
        from .screens.debrief import DebriefScreen

        if self.screen is conversation:
            self.push_screen(DebriefScreen(conversation.session, mode=conversation.mode))

    def rewind_after_debrief(self) -> None:
        from .screens.conversation import ConversationScreen

        if self._pop_until(ConversationScreen):
            screen = self.screen
            assert isinstance(screen, ConversationScreen)
            screen.action_rewind()

    def play_again(self) -> None:
        from .screens.conversation import ConversationScreen

        if not self._pop_until(ConversationScreen):
            return
        old = self.screen
        assert isinstance(old, ConversationScreen)
        old.leave()
        self._keep_unsaved(old.session)
        self.switch_screen(self._conversation(old.session.compiled, old.mode))

    def show_picker(self) -> None:
        self._leave_conversations()
        if not self._pop_until(PickerScreen):
            self.switch_screen(PickerScreen())

    # -- app-wide actions -------------------------------------------------------------------
    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        where = self.config.path or "the config file"
        note = f"Rebind keys in {where} (format: roleplay docs tui)."
        self.push_screen(HelpScreen(self.keymap, note, getattr(self.screen, "SCOPE", None)))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"

    def action_history(self) -> None:
        if self.history is None:
            self.notify("History is not available here (no saved sessions).", timeout=4)
            return
        from .screens.history import HistoryScreen

        self.push_screen(HistoryScreen(self.history))

    def on_unmount(self) -> None:
        self._close_signals.remove()

    def run(self, *args: Any, **kwargs: Any) -> Any:
        """Run the app; then say what could not be saved (RP715) as every command says an
        error, one ``error:`` line each, left whole for the terminal to wrap (Textual's exit
        message is wrapped or cut at the screen's width, inside the file's path and the
        command that saves the replies); closed by a signal, say that (as plain mode does),
        if the terminal is still there to read it."""
        result = super().run(*args, **kwargs)
        if self.unsaved_report or self.interrupted_by is not None:
            import contextlib
            import sys

            from roleplay.report.console import Printer

            said = self.unsaved_report or [f"interrupted ({self.interrupted_by})"]
            with contextlib.suppress(OSError):  # a closed terminal window reads nothing
                Printer.for_stream(sys.stderr).error("\n".join(said))
        return result

    def _rescue_unsaved(self) -> list[str]:
        """A last try to save every conversation of this run; for each that still fails, its
        replies go to a file and one coded line says where and how to save them."""
        from roleplay.storage.rescue import rescue

        lost = []
        for session in self.unsaved_sessions:
            problem = session.retry_saves()
            if problem is not None:
                lost.append(rescue(session, problem).format())
        self.unsaved_sessions = []
        return lost

    def report_unsaved(self, lost: list[str]) -> None:
        """Closing with replies kept in a file (RP715 lines): said on the terminal once the
        screen is gone (see :meth:`run`), exit 2."""
        self.unsaved_report = lost
        self.exit(2, return_code=2)

    def _signalled(self, name: str) -> None:
        """SIGTERM or SIGHUP: close as Ctrl+Q does, once the reply in flight is saved."""
        if self.interrupted_by is None:
            self.interrupted_by = name
            self.run_worker(self._close_for_signal(), name="close on signal", group="close")

    async def _close_for_signal(self) -> None:
        await wait_while(self._scoring_in_flight)
        await self._close(interrupted=True)

    def _scoring_in_flight(self) -> bool:
        """Whether a reply sent is still being scored (not one waiting on the learner's yes to
        a reply that cannot be scored: nobody is left to give it)."""
        from .screens.confirm_send import ConfirmSendScreen
        from .screens.conversation import ConversationScreen

        stack = self.screen_stack
        if any(isinstance(screen, ConfirmSendScreen) for screen in stack):
            return False
        return any(isinstance(s, ConversationScreen) and s.pending is not None for s in stack)

    async def action_quit(self) -> None:
        await self._close(interrupted=False)

    async def _close(self, *, interrupted: bool) -> None:
        """The way out of every quit: a last save, the rescue file for what still fails (RP715,
        exit 2), the words of a reply never scored given back. ``interrupted``: closed by a
        signal, with nobody left to answer a question (exit 130 when nothing is lost)."""
        from .screens.conversation import ConversationScreen

        unscored = [
            reply
            for screen in self.screen_stack
            if isinstance(screen, ConversationScreen)
            and (reply := screen.unsaved_reply()) is not None
        ]
        self._leave_conversations()
        lost = self._rescue_unsaved()
        if lost and interrupted:  # said on the terminal after the app (see :meth:`run`)
            self.unsaved_report = lost
            self.exit(2, return_code=2)
            return
        if lost:  # nothing is dropped silently: the replies are in a file, said in a line, exit 2
            self.report_unsaved(lost)
            return
        # a reply still being scored (or typed, or sent with Enter just before Ctrl+Q) is no
        # answered turn: never saved, so say so and give its words back on the terminal
        message = quit_before_scored(unscored[0]) if unscored else None
        code = INTERRUPTED_CODE if interrupted else 0
        self.exit(code, return_code=code, message=message)
