"""The app for hot-seat mode: ``roleplay workshop hotseat SCENARIO --names Ann,Bob``."""

from __future__ import annotations

from roleplay.engine import CompiledScenario, Session, SessionObserver

from .app import RoleplayApp
from .screens.conversation import ConversationScreen
from .screens.hotseat import HotSeatConversation


class HotSeatApp(RoleplayApp):
    TITLE = "roleplay hot seat"

    def __init__(
        self,
        scenario: CompiledScenario,
        names: list[str],
        *,
        mode: str = "coach",
        seed: int | None = None,
        recorder: SessionObserver | None = None,
        picked_up: Session | None = None,
    ) -> None:
        super().__init__(scenario, mode=mode, seed=seed, recorder=recorder)
        self.names = names
        # the group's conversation that was cut off, continued (`workshop hotseat --resume`,
        # or yes at the terminal): the first screen plays it on instead of a new one
        self.picked_up = picked_up

    def _conversation(self, compiled: CompiledScenario, mode: str) -> ConversationScreen:
        session, self.picked_up = self.picked_up, None
        if session is None:
            session = self.new_session(compiled, mode)
        return HotSeatConversation(session, names=self.names)

    def action_history(self) -> None:
        self.notify("History is not available in hot-seat mode.", timeout=4)
