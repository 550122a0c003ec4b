"""The app for hot-seat mode: ``roleplay workshop hotseat SCENARIO --names Ann,Bob``."""

from __future__ import annotations

from roleplay.engine import CompiledScenario, SessionObserver

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
    ) -> None:
        super().__init__(scenario, mode=mode, seed=seed, recorder=recorder)
        self.names = names

    def _conversation(self, compiled: CompiledScenario, mode: str) -> ConversationScreen:
        return HotSeatConversation(self.new_session(compiled, mode), names=self.names)

    def action_history(self) -> None:
        self.notify("History is not available in hot-seat mode.", timeout=4)
