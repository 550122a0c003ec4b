"""The rules for joining a workshop, in one place for the browser TUI and line mode: the join
code (with a limit on wrong tries per connection) and the open round. (The cap on participants
is the host's: it counts live participant processes, serve/host.py; wrong codes are also
rate-limited per address there.)"""

from __future__ import annotations

from roleplay.errors import RoleplayError

from .store import Workshop, WorkshopStore

MAX_CODE_TRIES = 5
WRONG_CODE = "RP808"
NO_OPEN_ROUND = "RP813"
TOO_MANY_TRIES = "RP816"


class JoinDesk:
    """One connection's way into a workshop: counts its wrong codes."""

    def __init__(self, store: WorkshopStore, workshop: Workshop) -> None:
        self.store = store
        self.workshop = workshop
        self.wrong_codes = 0

    @property
    def tries_left(self) -> int:
        return MAX_CODE_TRIES - self.wrong_codes

    def check_code(self, typed: str) -> None:
        """RP808 (with the tries left) for a wrong code; RP816 once the tries are used up."""
        if not self.workshop.needs_code or self.store.check_code(self.workshop.id, typed):
            return
        self.wrong_codes += 1
        if self.tries_left <= 0:
            raise RoleplayError(
                TOO_MANY_TRIES, "too many wrong join codes", hint="ask the facilitator"
            )
        raise RoleplayError(
            WRONG_CODE,
            f"that join code is not right ({self.tries_left} tries left)",
            hint="ask the facilitator for the code",
        )

    def round_open(self) -> bool:
        return self.store.current_round(self.workshop.id) is not None

    def require_open_round(self) -> None:
        if not self.round_open():
            raise RoleplayError(
                NO_OPEN_ROUND, "no round is open", hint="wait for the facilitator to start one"
            )
