"""A compiled scenario's intents: matched by meaning on the shared encoder, built on first use.

Scenarios without intents never load the encoder. The matcher is built once per compiled
scenario (the example embeddings are cached there) under a lock, and is read-only afterwards,
so sessions on several threads share it.
"""

from __future__ import annotations

import threading

from roleplay.nlp.intents import IntentMatcher, IntentScore, IntentSpec
from roleplay.scenario.model import Scenario


class ScenarioIntents:
    def __init__(self, scenario: Scenario | None) -> None:
        intents = scenario.intents if scenario is not None else {}
        self.specs = tuple(
            IntentSpec(name, tuple(i.examples), tuple(i.not_)) for name, i in intents.items()
        )
        self._matcher: IntentMatcher | None = None
        self._lock = threading.Lock()

    @classmethod
    def empty(cls) -> ScenarioIntents:
        return cls(None)

    def __bool__(self) -> bool:
        return bool(self.specs)

    @property
    def matcher(self) -> IntentMatcher:
        if self._matcher is None:
            with self._lock:
                if self._matcher is None:
                    self._matcher = IntentMatcher(self.specs)
        return self._matcher

    def scores(self, text: str) -> list[IntentScore]:
        return self.matcher.score(text) if self.specs else []

    def match(self, text: str) -> tuple[str, ...]:
        """The intents ``text`` says, best match first; () when the scenario has none."""
        return self.matcher.matched(text) if self.specs else ()
