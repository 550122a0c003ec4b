"""One play-through of a scenario: state, meters, turn count, seed and transcript.

Front ends (plain mode, the TUI, the workshop host) hold no game logic: they call
:meth:`Session.reply` and render the :class:`TurnResult` it returns.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from typing import Literal

from roleplay.errors import SessionError
from roleplay.scenario.model import Scenario, State
from roleplay.scoring.types import Score, ScoreInput, Scorer

from .compiler import CompiledScenario, Cursor
from .predicates import TurnContext

Outcome = Literal["success", "failure", "neutral", "abandoned"]
MAX_REPLY_CHARS = 100_000


@dataclass(frozen=True)
class TurnResult:
    """What one reply did: its score, the meter changes and where the conversation went."""

    turn: int  # 1-based
    state: str  # the state the reply answered
    counterpart_line: str  # what the counterpart said before the reply
    reply: str
    score: Score
    meters_before: dict[str, int]
    meters_after: dict[str, int]
    next_state: str
    next_line: str | None  # what the counterpart says next (the final line at an ending)
    transition_index: int | None  # which transition fired; None when none held (stayed put)
    ended: bool = False
    outcome: Outcome | None = None
    hint: str | None = None  # the hint of the state that was answered

    @property
    def meter_changes(self) -> dict[str, int]:
        return {
            k: self.meters_after[k] - self.meters_before.get(k, 0)
            for k in self.meters_after
            if self.meters_after[k] != self.meters_before.get(k, 0)
        }


def reply_too_long(text: str) -> SessionError | None:
    """RP604 for a reply over :data:`MAX_REPLY_CHARS`: it is refused whole, never cut short."""
    if len(text) <= MAX_REPLY_CHARS:
        return None
    return SessionError(
        "RP604",
        f"the reply is {len(text):,} characters long; the limit is {MAX_REPLY_CHARS:,}",
        hint="shorten it and send it again; it was not scored or saved",
    )


@dataclass(frozen=True)
class RewoundTurn:
    """A turn the learner took back; kept so the debrief can compare both answers."""

    original: TurnResult
    replaced_by: TurnResult | None = None


def choose_line(state: State, seed: int, turn: int, state_name: str) -> str:
    """The counterpart's line for a state; variants are picked deterministically from the seed."""
    variants = state.variants
    if not variants:
        return ""
    if len(variants) == 1:
        return variants[0]
    rng = random.Random(f"{seed}/{state_name}/{turn}")
    return variants[rng.randrange(len(variants))]


@dataclass
class Session:
    """A play-through. Create with :meth:`start`, continue one from saved turns with :meth:`resume`."""

    compiled: CompiledScenario
    scorer: Scorer
    seed: int = 0
    meters: dict[str, int] = field(default_factory=dict)
    turns: list[TurnResult] = field(default_factory=list)
    rewound: list[RewoundTurn] = field(default_factory=list)
    outcome: Outcome | None = None
    _cursor: Cursor = field(default_factory=Cursor, repr=False)
    _line: str = ""

    @classmethod
    def start(cls, compiled: CompiledScenario, scorer: Scorer, seed: int = 0) -> Session:
        session = cls(compiled, scorer, seed, dict(compiled.scenario.meters))
        compiled.attach(session._cursor, compiled.scenario.start)
        session._line = choose_line(
            compiled.scenario.state(compiled.scenario.start), seed, 0, compiled.scenario.start
        )
        return session

    @classmethod
    def resume(
        cls,
        compiled: CompiledScenario,
        scorer: Scorer,
        seed: int,
        turns: list[TurnResult],
        outcome: Outcome | None = None,
    ) -> Session:
        """Rebuild a session from its saved turns: same state, meters and transcript."""
        session = cls.start(compiled, scorer, seed)
        if not turns:
            return session
        last = turns[-1]
        if last.next_state not in compiled.scenario.states:
            raise SessionError(
                "RP601",
                f"saved state '{last.next_state}' no longer exists in the scenario",
                hint="resume on the saved version of the scenario, or restart",
            )
        session.turns = list(turns)
        session.meters = dict(last.meters_after)
        session._move_to(last.next_state)
        session._line = last.next_line or ""
        session.outcome = outcome or last.outcome
        return session

    # -- read-only views -------------------------------------------------------------------
    @property
    def scenario(self) -> Scenario:
        return self.compiled.scenario

    @property
    def state(self) -> str:
        return self._cursor.state

    @property
    def current(self) -> State:
        return self.scenario.state(self.state)

    @property
    def counterpart_line(self) -> str:
        """What the counterpart is saying now (waiting for the learner's reply)."""
        return self._line

    @property
    def turn(self) -> int:
        """How many replies have been given."""
        return len(self.turns)

    @property
    def ended(self) -> bool:
        return self.outcome is not None

    @property
    def overall(self) -> int:
        """The session's overall score: the mean of the turns' overall scores."""
        if not self.turns:
            return 0
        return round(sum(t.score.overall for t in self.turns) / len(self.turns))

    @property
    def passed(self) -> bool:
        return self.outcome == "success" and self.overall >= self.scenario.pass_score

    def score_input(self, text: str) -> ScoreInput:
        """What the scorer sees for a reply given now; RP604 for a reply that is too long."""
        too_long = reply_too_long(text)
        if too_long is not None:
            raise too_long
        state = self.current
        return ScoreInput(
            reply=text,
            partner=self._line,
            key_points=tuple(state.key_points),
            emotion=state.emotion,
        )

    # -- actions ---------------------------------------------------------------------------
    def reply(self, text: str) -> TurnResult:
        """Score a reply, apply the first transition whose conditions hold, and move on."""
        if self.ended:
            raise SessionError("RP602", "the conversation has ended", hint="start a new session")
        item = self.score_input(text)
        text = item.reply
        state_name = self.state
        state = self.current
        score = self.scorer.score(item)
        turn_no = self.turn + 1
        before = dict(self.meters)
        ctx = TurnContext(reply=text, score=score, meters=dict(before), turn=turn_no)
        self._cursor.fire(ctx)
        index = ctx.fired[-1] if ctx.fired else None
        after = dict(before)
        if index is not None:
            for meter, delta in state.transitions[index].effects.items():
                after[meter] = max(0, min(100, after[meter] + delta))
        self.meters = after
        next_state = self.state
        nxt = self.scenario.state(next_state)
        outcome: Outcome | None = nxt.end
        if outcome is None and turn_no >= self.scenario.max_turns:
            outcome = "neutral"
        line = choose_line(nxt, self.seed, turn_no, next_state)
        result = TurnResult(
            turn=turn_no,
            state=state_name,
            counterpart_line=self._line,
            reply=text,
            score=score,
            meters_before=before,
            meters_after=dict(after),
            next_state=next_state,
            next_line=line,
            transition_index=index,
            ended=outcome is not None,
            outcome=outcome,
            hint=state.hint,
        )
        self.turns.append(result)
        self._link_replacement(result)
        self._line = line
        self.outcome = outcome
        if self.ended:
            self.close()
        return result

    def rewind(self) -> TurnResult:
        """Take back the last reply: state, meters and line return to before it."""
        if not self.turns:
            raise SessionError("RP603", "nothing to rewind", hint="answer at least one turn first")
        last = self.turns.pop()
        self.rewound.append(RewoundTurn(last))
        if self.outcome is not None:
            self.compiled.attach(self._cursor, last.state)
        else:
            self._move_to(last.state)
        self.meters = dict(last.meters_before)
        self._line = last.counterpart_line
        self.outcome = None
        return last

    def _link_replacement(self, result: TurnResult) -> None:
        """After a rewind, link the new answer to the turn it replaced."""
        for i in range(len(self.rewound) - 1, -1, -1):
            item = self.rewound[i]
            if item.replaced_by is None and item.original.turn == result.turn:
                self.rewound[i] = replace(item, replaced_by=result)
                return

    def abandon(self) -> None:
        if not self.ended:
            self.outcome = "abandoned"
            self.close()

    def close(self) -> None:
        self.compiled.detach(self._cursor)

    def _move_to(self, state: str) -> None:
        self.compiled.detach(self._cursor)
        self.compiled.attach(self._cursor, state)
