"""The roleplay app that offers to resume an unfinished session at start-up (``roleplay``,
``roleplay resume``); a resumed session is played by the ordinary conversation screen, which
replays the transcript so far."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from textual import events

from roleplay.errors import RoleplayError

from .app import RoleplayApp
from .screens.resume import ResumeOffer, ResumeOfferScreen

if TYPE_CHECKING:  # `roleplay` paints the picker before the engine and the encoder load
    from roleplay.engine import CompiledScenario, Session, SessionObserver
    from roleplay.scoring.types import Scorer


class ResumeAwareApp(RoleplayApp):
    """The roleplay app plus the resume offer at start-up (see the module docstring)."""

    def __init__(
        self, scenario: CompiledScenario | None = None, *, offer: ResumeOffer | None = None,
        **kwargs: object,
    ) -> None:
        super().__init__(scenario, **kwargs)  # type: ignore[arg-type]
        self.offer = offer

    def on_mount(self, event: events.Mount | None = None) -> None:
        if event is not None:  # Textual would also run the base handler; it runs once, here
            event.prevent_default()
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

    def _offer_answered(self, choice: str | None) -> None:
        offer = self.offer
        assert offer is not None
        if choice == "resume":
            self.resume_saved(offer)
        elif choice == "restart" and offer.can_restart:
            self._start(offer.start_again)
        elif self.first_scenario is not None:
            self.push_screen(self._conversation(self.first_scenario, self.mode))

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
