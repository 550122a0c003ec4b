"""The roleplay app that offers to resume an unfinished session at start-up (``roleplay``,
``roleplay resume``); a resumed session is played by the ordinary conversation screen, which
replays the transcript so far.

Bare ``roleplay`` paints the picker before storage loads: the app is given ``open_storage``,
which it calls on a worker thread once the picker's list is on screen. What it returns
(:class:`Storage`) plugs in the recorder, history and export, fills the picker's Best column and,
when there is an unfinished session, pushes the offer over the picker. A scenario chosen in
the meantime starts once storage is in (so it is recorded); a :class:`RoleplayError` from
opening the database closes the app, and the caller reports it (:attr:`storage_error`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual import events
from textual.message import Message

from roleplay.errors import RoleplayError

from .app import RoleplayApp
from .messages import ScenarioChosen
from .screens.picker import PickerScreen
from .screens.resume import ResumeOffer, ResumeOfferScreen

if TYPE_CHECKING:  # `roleplay` paints the picker before the engine and the encoder load
    from roleplay.engine import CompiledScenario, Session, SessionObserver
    from roleplay.scoring.types import Scorer

    from .hooks import Exporter, HistorySource


@dataclass(frozen=True)
class Storage:
    """What storage gives the app once it is open (bare ``roleplay``, after the first paint)."""

    recorder: SessionObserver | None  # None: practice without saving (notice says why)
    best_scores: dict[str, int]
    exporter: Exporter | None
    history: HistorySource | None
    offer: ResumeOffer | None  # the newest unfinished session, asked about first
    notice: str | None = None  # a coded warning to show (RP716: nothing will be saved)


@dataclass
class StorageOpened(Message):
    """The storage worker finished: ``storage``, or the coded error that stopped it."""

    storage: Storage | None
    error: RoleplayError | None


class ResumeAwareApp(RoleplayApp):
    """The roleplay app plus the resume offer at start-up (see the module docstring)."""

    def __init__(
        self,
        scenario: CompiledScenario | None = None,
        *,
        offer: ResumeOffer | None = None,
        open_storage: Callable[[], Storage] | None = None,
        notice: str | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(scenario, **kwargs)  # type: ignore[arg-type]
        self.offer = offer
        self.notice = notice  # shown once the app is up (RP716: practice without saving)
        self._open_storage = open_storage
        self.storage_pending = open_storage is not None
        self.storage_error: RoleplayError | None = None
        self._chosen: ScenarioChosen | None = None  # picked before storage was in

    def on_mount(self, event: events.Mount | None = None) -> None:
        if event is not None:  # Textual would also run the base handler; it runs once, here
            event.prevent_default()
        self._show_notice()
        offer = self.offer
        if offer is None:
            super().on_mount()
            return
        wanted = self.first_scenario
        self.first_scenario = None  # the picker goes underneath; the offer decides what's next
        super().on_mount()
        self.first_scenario = wanted
        if not offer.ask_first:
            self.resume_saved(offer)
        else:
            self.push_screen(ResumeOfferScreen(offer), self._offer_answered)

    def _show_notice(self) -> None:
        if self.notice is not None:
            self.notify(self.notice, title="Not saving", severity="warning", timeout=12)

    def _offer_answered(self, choice: str | None) -> None:
        offer = self.offer
        assert offer is not None
        if choice == "resume":
            self.resume_saved(offer)
        elif choice == "restart" and offer.can_restart:
            self._start(offer.start_again)
        elif self.first_scenario is not None:
            self.push_screen(self._conversation(self.first_scenario, self.mode))
        elif self._chosen is not None:
            self._start_chosen()

    # -- storage after the first paint (bare `roleplay`) -------------------------------------
    def warm_up(self) -> None:
        """The picker's list is on screen: besides the engine's warm-up, open storage."""
        super().warm_up()
        opener, self._open_storage = self._open_storage, None
        if opener is not None:
            self.run_worker(lambda: self._open_in_thread(opener), thread=True, name="storage")

    def _open_in_thread(self, opener: Callable[[], Storage]) -> None:
        try:
            self.post_message(StorageOpened(opener(), None))
        except RoleplayError as exc:
            self.post_message(StorageOpened(None, exc))

    def on_storage_opened(self, message: StorageOpened) -> None:
        self.storage_pending = False
        if message.storage is None:
            self.storage_error = message.error
            self.exit(return_code=message.error.exit_code if message.error else 2)
            return
        storage = message.storage
        self.notice = storage.notice
        self._show_notice()
        self.recorder, self.exporter = storage.recorder, storage.exporter
        self.history, self.best_scores = storage.history, storage.best_scores
        for screen in self.screen_stack:
            if isinstance(screen, PickerScreen):
                screen.show_best_scores()
        self.offer = storage.offer
        if storage.offer is not None:
            self.push_screen(ResumeOfferScreen(storage.offer), self._offer_answered)
        elif self._chosen is not None:
            self._start_chosen()

    def on_scenario_chosen(self, message: ScenarioChosen) -> None:
        """Chosen before storage was in: it starts once it is (so the session is recorded)."""
        message.prevent_default()  # Textual would also run the base handler; it runs here
        if self.storage_pending:
            self._chosen = message
            return
        super().on_scenario_chosen(message)

    def _start_chosen(self) -> None:
        chosen, self._chosen = self._chosen, None
        if chosen is not None:
            super().on_scenario_chosen(chosen)

    def resume_saved(self, offer: ResumeOffer) -> None:
        self._start(offer.resume)

    def _start(self, make: Callable[[Scorer, Iterable[SessionObserver]], Session]) -> None:
        """Continue (or restart) the offered session with this app's scorer and recorder."""
        from .screens.conversation import ConversationScreen

        observers = () if self.recorder is None else (self.recorder,)
        try:
            session = make(self.scorer, observers)
        except RoleplayError as exc:  # e.g. RP714: another roleplay is playing it
            self.notify(exc.format(), severity="error", timeout=10)
            return
        self.push_screen(ConversationScreen(session))
