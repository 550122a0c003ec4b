"""A session store whose next writes fail, as a full disk would: for the failed-save tests."""

from __future__ import annotations

from roleplay.engine import TurnResult
from roleplay.errors import StorageError
from roleplay.storage import NewSession, SessionStore


class FlakyStore(SessionStore):
    """``fail_turns = N``: the next N saves of an answered turn raise RP704 and write nothing
    (a solo session's first turn is saved with its row, in ``create_session``)."""

    fail_turns = 0

    def _fail(self, turn: TurnResult) -> None:
        if self.fail_turns > 0:
            self.fail_turns -= 1
            raise StorageError("RP704", f"{self.path}: disk full while saving turn {turn.turn}")

    def create_session(self, new: NewSession, first_turn: TurnResult | None = None) -> int:
        if first_turn is not None:
            self._fail(first_turn)
        return super().create_session(new, first_turn)

    def save_turn(self, session_id: int, turn: TurnResult) -> int:
        self._fail(turn)
        return super().save_turn(session_id, turn)
