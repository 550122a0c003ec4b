"""The app for hot-seat mode: ``roleplay workshop hotseat SCENARIO --names Ann,Bob``."""

from __future__ import annotations

import random

from roleplay.engine import CompiledScenario

from .app import RoleplayApp
from .hooks import Recorder
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
        recorder: Recorder | None = None,
    ) -> None:
        super().__init__(scenario, mode=mode, seed=seed, recorder=recorder)
        self.names = names

    def _conversation(self, compiled: CompiledScenario, mode: str) -> ConversationScreen:
        seed = self.seed if self.seed is not None else random.SystemRandom().randrange(1, 2**31)
        return HotSeatConversation(compiled, mode=mode, seed=seed, names=self.names)

    def action_history(self) -> None:
        self.notify("History is not available in hot-seat mode.", timeout=4)
