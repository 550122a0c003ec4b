"""A session store whose next writes fail, as a full disk would: for the failed-save tests."""

from __future__ import annotations

from roleplay.engine import TurnResult
from roleplay.errors import StorageError
from roleplay.storage import SessionStore


class FlakyStore(SessionStore):
    """``fail_turns = N``: the next N ``save_turn`` calls raise RP704 and write nothing."""

    fail_turns = 0

    def save_turn(self, session_id: int, turn: TurnResult) -> int:
        if self.fail_turns > 0:
            self.fail_turns -= 1
            raise StorageError("RP704", f"{self.path}: disk full while saving turn {turn.turn}")
        return super().save_turn(session_id, turn)
