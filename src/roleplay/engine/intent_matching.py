"""A compiled scenario's intents: matched by meaning on the shared encoder, built on first use.

Scenarios without intents never load the encoder. The matcher is built once per compiled
scenario (the example embeddings are cached there) under a lock, and is read-only afterwards,
so sessions on several threads share it.

A reply is matched only against what its state can act on (``heard_in``: the intents its
transitions and the next line's `say` variants read); a state that reads none skips matching.
All intents still compete for the reply's words (see ``IntentMatcher.matched``). A reply that
is only a short yes or no is read against the line it answers (see
:mod:`roleplay.nlp.intent_answer`).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from roleplay.scenario.model import Scenario

if TYPE_CHECKING:  # the matcher (numpy, the encoder) loads only for a scenario with intents
    from roleplay.nlp.intents import IntentMatcher, IntentScore, IntentSpec


class ScenarioIntents:
    def __init__(self, scenario: Scenario | None) -> None:
        intents = scenario.intents if scenario is not None else {}
        self.specs: tuple[IntentSpec, ...] = ()
        if intents:
            from roleplay.nlp.intents import IntentSpec

            self.specs = tuple(
                IntentSpec(name, tuple(i.examples), tuple(i.not_)) for name, i in intents.items()
            )
        self.heard_in: dict[str, frozenset[str]] = (
            {name: scenario.intents_heard_in(name) for name in scenario.states}
            if scenario is not None
            else {}
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
                    from roleplay.nlp.intents import IntentMatcher

                    self._matcher = IntentMatcher(self.specs)
        return self._matcher

    def scores(self, text: str, asked: str | None = None) -> list[IntentScore]:
        return self.matcher.score(text, asked) if self.specs else []

    def match(
        self, text: str, state: str | None = None, asked: str | None = None
    ) -> tuple[str, ...]:
        """The intents ``text`` says, best match first; () when the scenario has none. With
        ``state``: only the intents a reply in that state can act on (() when it reads none).
        ``asked``: the counterpart's line the reply answers, against which a short yes or no
        is read ("No." to "Can we host them in the US?" refuses US hosting)."""
        among = self.heard_in.get(state, frozenset()) if state is not None else None
        if not self.specs or (among is not None and not among):
            return ()
        return self.matcher.matched(text, among, asked)
