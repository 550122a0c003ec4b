"""The TUI that workshop participants get in their browser (via ``roleplay serve``).

It is the ordinary app with a join step in front and fewer doors: the picker lists only the
workshop's scenarios, history (other people's sessions live in the same database) and exports
are switched off, and every turn is saved with the workshop and participant ids.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from textual.app import SystemCommand
from textual.drivers.web_driver import WebDriver
from textual.screen import Screen

from roleplay.errors import RoleplayError
from roleplay.scenario.catalogue import CatalogueEntry, load_entry
from roleplay.storage.resume_plan import ResumePlan
from roleplay.storage.store import SessionStore
from roleplay.storage.workshop import JoinDesk, Participant, WorkshopRecorder, WorkshopStore
from roleplay.storage.workshop.board import HEARTBEAT_S
from roleplay.storage.workshop.joining import TOO_MANY_TRIES
from roleplay.storage.workshop.link import CODE_REFUSED, JOINED, owner_from_environment
from roleplay.storage.workshop.recorder import rejoin_offer
from roleplay.storage.workshop.store import Workshop

from .app import RoleplayApp
from .messages import ScenarioChosen
from .screens.join import JoinScreen, LobbyScreen
from .screens.picker import PickerScreen
from .screens.resume import ResumeOfferScreen

if TYPE_CHECKING:
    from roleplay.engine import Session, SessionObserver
    from roleplay.scoring.types import Scorer

HOST_CHECK_S = 2.0  # how often the app checks that the host that started it is still there
HOST_GONE = 4  # the exit code when it is not


class ParticipantApp(RoleplayApp):
    TITLE = "roleplay workshop"

    def __init__(
        self,
        workshop: Workshop,
        workshops: WorkshopStore,
        sessions: SessionStore,
        entries: list[CatalogueEntry],
        *,
        mode: str = "coach",
        owner: str | None = None,
    ) -> None:
        super().__init__(mode=mode)
        # `serve --mode exam` hides the scores until the debrief: a participant cannot undo it
        self.mode_set_by = "the facilitator"
        self.owner = owner  # digest of this browser's token (see storage.workshop.link)
        self.workshop = workshop
        self.workshops = workshops
        self.sessions = sessions
        self.entries = entries
        self.participant: Participant | None = None
        self.desk = JoinDesk(workshops, workshop)  # the join rules (storage/workshop/joining.py)
        self.last_beat = 0.0
        self.offer_checked = False  # the unfinished conversation is offered once, on joining
        self.catalogue = list(entries)  # the picker lists these and never reads the library
        # The process that started this app: the workshop host (or a shell, in line tests).
        # When it dies without ending us (killed, crashed), nobody can reach this app again.
        self.parent_pid = os.getppid()

    def on_mount(self) -> None:
        # Textual also runs RoleplayApp.on_mount (it pushes the picker) after this handler;
        # the join form goes on top of the picker once that has happened.
        self.call_later(self._show_join)
        self.set_interval(HEARTBEAT_S, self.heartbeat)
        self.set_interval(HOST_CHECK_S, self.check_host)

    def _show_join(self) -> None:
        self.push_screen(JoinScreen(self.workshop.name, needs_code=self.workshop.needs_code))

    # -- joining ---------------------------------------------------------------------------
    def try_join(self, name: str, code: str, *, show_name: bool) -> str | None:
        """Join, or return a message saying why not (wrong code, bad name, database trouble)."""
        try:
            self.desk.check_code(code)
        except RoleplayError as exc:
            self.tell_host(CODE_REFUSED)
            if exc.code == TOO_MANY_TRIES:
                self.exit(3, message="Too many wrong join codes.")
            said = exc.diagnostic.message
            return f"{exc.code} {said[:1].upper()}{said[1:]}. Ask the facilitator."
        try:
            self.participant = self.workshops.join(
                self.workshop.id, name, show_name=show_name, owner=self.owner
            )
        except RoleplayError as exc:  # with its code and what to do (a name taken: pick another)
            return exc.format()
        self.tell_host(JOINED)
        self.recorder = WorkshopRecorder(self.sessions, self.workshops, self.participant)
        self.catalogue = list(self.entries)
        self.show_workshop_picker()
        return None

    def tell_host(self, event: str) -> None:
        """Report ``event`` to the workshop host (a meta packet; nothing outside a browser)."""
        driver = self._driver
        if isinstance(driver, WebDriver):
            driver.write_meta({"type": event})

    def round_open(self) -> bool:
        return self.desk.round_open()

    def show_workshop_picker(self) -> None:
        assert self.participant is not None
        if not self.round_open():
            self._replace_top(
                LobbyScreen(self.participant.name, "Waiting for the facilitator to start a round.")
            )
            return
        self._replace_top(None)
        picker = self.screen
        if isinstance(picker, PickerScreen):
            picker._fill()
            self.notify(f"Welcome, {self.participant.name}. Pick a scenario.", timeout=4)
        if not self.offer_checked:
            self.offer_checked = True
            # from the app's own queue: the join form or lobby that called this is closing,
            # and a dialog pushed from its handler would answer to that closed screen
            self.call_later(self.offer_to_resume)

    # -- rejoining ---------------------------------------------------------------------------
    def offer_to_resume(self) -> None:
        """Someone who rejoins (a closed tab, a host that crashed and was restarted) is asked
        whether to pick up their unfinished conversation of this round, where it stopped."""
        assert self.participant is not None
        try:
            offer = rejoin_offer(self.sessions, self.workshops, self.participant)
        except RoleplayError as exc:
            self.notify(exc.format(), severity="error", timeout=10)
            return
        if offer is not None:
            self.push_screen(ResumeOfferScreen(offer), lambda choice: self._answered(offer, choice))

    def _answered(self, offer: ResumePlan, choice: str | None) -> None:
        if choice == "resume":
            self._continue(offer.resume)
        elif choice == "restart" and offer.can_restart:
            self._continue(offer.start_again)

    def _continue(self, make: Callable[[Scorer, Iterable[SessionObserver]], Session]) -> None:
        from .screens.conversation import ConversationScreen

        observers = () if self.recorder is None else (self.recorder,)
        try:
            session = make(self.scorer, observers)
        except RoleplayError as exc:  # RP714: its old process still holds it
            self.notify(exc.format(), severity="error", timeout=10)
            return
        self.push_screen(ConversationScreen(session))

    def _replace_top(self, screen: JoinScreen | LobbyScreen | None) -> None:
        while isinstance(self.screen, JoinScreen | LobbyScreen):
            self.pop_screen()
        if screen is not None:
            self.push_screen(screen)

    # -- fewer doors -----------------------------------------------------------------------
    def on_scenario_chosen(self, message: ScenarioChosen) -> None:
        # RoleplayApp.on_scenario_chosen (run by Textual after this) starts the conversation,
        # unless the default is prevented here.
        if self.participant is None:
            message.prevent_default()
        elif not self.round_open():
            message.prevent_default()
            self.notify("The round is closed; wait for the next one.", severity="warning")
            self.show_workshop_picker()

    def show_picker(self) -> None:
        if self.participant is not None:
            super().show_picker()

    def action_history(self) -> None:
        self.notify("History is not available in a workshop.", timeout=4)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        # The host serves no downloads: a screenshot would only queue an SVG on the host.
        for command in super().get_system_commands(screen):
            if command.title != "Screenshot":
                yield command

    def deliver_screenshot(
        self,
        filename: str | None = None,
        path: str | None = None,
        time_format: str | None = None,
    ) -> str | None:
        self.notify("Screenshots are not available in a workshop.", timeout=4)
        return None

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        self.deliver_screenshot()

    def report_unsaved(self, lost: list[str]) -> None:
        """Said on the participant's own screen until they close it: after the app, stderr is
        the host's terminal (the workshop's, maybe on the projector), never theirs."""
        from .screens.unsaved import UnsavedScreen

        self.push_screen(UnsavedScreen(lost), lambda _closed: self.exit(2, return_code=2))

    async def action_quit(self) -> None:
        from .screens.unsaved import UnsavedScreen

        if isinstance(self.screen, UnsavedScreen):  # quitting again while it is said: exit 2
            self.exit(2, return_code=2)
            return
        await super().action_quit()

    def check_host(self) -> None:
        """End the app once the host that started it is gone (a killed or crashed ``serve``):
        its browser can never reach it again, and a process left running would hold memory
        and keep heartbeating, so the board would show its participant active for good.
        Every answered turn is already saved; :func:`run_participant` marks them left."""
        if os.getppid() != self.parent_pid:
            self._keep_replies()
            self.exit(HOST_GONE)  # no message: nobody is left to read its stderr

    def _keep_replies(self) -> None:
        """The host is gone: a last try to save each conversation's waiting changes and,
        failing that, their replies in a rescue file on the host, where the facilitator finds
        them (storage/rescue.py). The conversations are not ended: cut off, they are picked
        up when their participant rejoins."""
        from roleplay.storage.rescue import rescue

        from .screens.conversation import ConversationScreen

        sessions = list(self.unsaved_sessions)
        for screen in self.screen_stack:
            if isinstance(screen, ConversationScreen) and all(
                screen.session is not kept for kept in sessions
            ):
                sessions.append(screen.session)
        for session in sessions:
            problem = session.retry_saves()
            if problem is not None:
                rescue(session, problem)  # the file is written; no one is left to tell
        self.unsaved_sessions = []

    def heartbeat(self) -> None:
        if self.participant is None:
            return
        try:
            self.workshops.touch(self.participant.id)
        except RoleplayError:
            pass
        self.last_beat = time.time()


def workshop_entries(workshop: Workshop) -> list[CatalogueEntry]:
    from roleplay.scenario.library import resolve

    entries = []
    for ref in workshop.scenarios:
        try:
            entries.append(load_entry(resolve(ref)))
        except RoleplayError as exc:
            entries.append(CatalogueEntry(None, ref, ref, error=exc.format()))
    return entries


def run_participant(workshop_key: str, *, mode: str = "coach") -> int:
    from roleplay.storage.workshop import open_workshop_db

    conn, path = open_workshop_db()
    workshops = WorkshopStore(conn, path)
    workshop = workshops.workshop(workshop_key)
    sessions = SessionStore.open(path)
    app: ParticipantApp | None = None
    try:
        app = ParticipantApp(
            workshop,
            workshops,
            sessions,
            workshop_entries(workshop),
            # the host's command line and the workshop's kept mode: exam if either says so
            mode="exam" if "exam" in (mode, workshop.mode) else "coach",
            owner=owner_from_environment(),
        )
        code = app.run()
    finally:
        if app is not None and app.participant is not None:
            workshops.leave_quietly(app.participant.id)
        sessions.close()
        conn.close()
    return int(code or 0)
