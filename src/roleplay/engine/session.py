"""One play-through of a scenario: state, meters, turn count, seed and transcript.

Front ends (plain mode, the TUI, the workshop host) hold no game logic: they call
:meth:`Session.reply` (or :meth:`Session.prepare` in a worker thread, then :meth:`Session.apply`
on the UI thread) and render the :class:`TurnResult` it returns. The session tells its observers
(autosave, the workshop) what happened through the lifecycle port (lifecycle.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from roleplay.errors import SessionError
from roleplay.scenario.model import Scenario, State
from roleplay.scoring.types import ScoreInput, Scorer, WarmsUp

from .compiler import CompiledScenario, Cursor
from .lifecycle import Lifecycle, LifecycleEvent, SaveProblem, SessionObserver
from .lines import pick_line
from .predicates import TurnContext
from .rules import passed
from .turns import (
    MAX_REPLY_CHARS,
    Mode,
    Outcome,
    PreparedReply,
    RewoundTurn,
    TurnResult,
    reply_too_long,
)

__all__ = [
    "MAX_REPLY_CHARS",
    "Outcome",
    "PreparedReply",
    "RewoundTurn",
    "Session",
    "TurnResult",
    "reply_too_long",
]
STALE_REPLY = "RP605"


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
    mode: Mode = "coach"
    origin: int | None = None  # the saved session this one continues (its id in the store)
    lifecycle: Lifecycle = field(default_factory=Lifecycle, repr=False)
    _cursor: Cursor = field(default_factory=Cursor, repr=False)
    _line: str = ""
    _revision: int = 0  # bumped by every change a prepared reply depends on

    @classmethod
    def start(
        cls,
        compiled: CompiledScenario,
        scorer: Scorer,
        seed: int = 0,
        *,
        mode: Mode = "coach",
        observers: Iterable[SessionObserver] = (),
    ) -> Session:
        """A new session; its observers hear ``started`` before this returns."""
        session = cls._fresh(compiled, scorer, seed, mode)
        session.lifecycle = Lifecycle(tuple(observers))
        session._emit(LifecycleEvent("started"))
        return session

    @classmethod
    def _fresh(cls, compiled: CompiledScenario, scorer: Scorer, seed: int, mode: Mode) -> Session:
        session = cls(compiled, scorer, seed, dict(compiled.scenario.meters), mode=mode)
        compiled.attach(session._cursor, compiled.scenario.start)
        start = compiled.scenario.start
        session._line = pick_line(compiled.lines[start], seed, 0, start, None)
        return session

    @classmethod
    def resume(
        cls,
        compiled: CompiledScenario,
        scorer: Scorer,
        seed: int,
        turns: list[TurnResult],
        outcome: Outcome | None = None,
        *,
        rewound: Iterable[RewoundTurn] = (),
        mode: Mode = "coach",
        origin: int | None = None,
        observers: Iterable[SessionObserver] = (),
    ) -> Session:
        """Rebuild a session from its saved turns: same state, meters and transcript. Its
        observers hear ``resumed`` before this returns."""
        session = cls._fresh(compiled, scorer, seed, mode)
        if turns:
            last = turns[-1]
            if last.next_state not in compiled.scenario.states:
                session.close()
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
        session.rewound = list(rewound)
        session.origin = origin
        session.lifecycle = Lifecycle(tuple(observers))
        session._emit(LifecycleEvent("resumed"))
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
        return passed(self.outcome, self.overall, self.scenario.pass_score)

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

    @property
    def save_problem(self) -> SaveProblem | None:
        """What could not be saved yet (shown to the learner by every front end), or None."""
        return self.lifecycle.problem

    def retry_saves(self) -> SaveProblem | None:
        """Deliver the events still waiting; the problem left, or None when all are saved."""
        return self.lifecycle.flush(self)

    def _emit(self, event: LifecycleEvent) -> None:
        self.lifecycle.emit(self, event)

    # -- actions ---------------------------------------------------------------------------
    def reply(self, text: str) -> TurnResult:
        """Score a reply, apply the first transition whose conditions hold, and move on."""
        return self.apply(self.prepare(text))

    def warm_up(self, rehearsal: str) -> None:
        """Do ahead, off the UI thread, what the first replies would wait for. A scorer that
        loads or compiles parts on first use (:class:`WarmsUp`) does so now, then
        ``rehearsal`` is prepared and dropped (the first calls of the scorer and the intent
        matcher). Leaves the session unchanged; other scorers are not called at all."""
        if isinstance(self.scorer, WarmsUp) and not self.ended:
            self.scorer.warm_up()
            self.prepare(rehearsal)

    def prepare(self, text: str) -> PreparedReply:
        """Everything slow about a reply (scoring, intent matching), without changing the
        session: safe to call from a worker thread while the UI thread only reads the session."""
        if self.ended:
            raise SessionError("RP602", "the conversation has ended", hint="start a new session")
        revision, turn, state = self._revision, self.turn + 1, self.state
        item = self.score_input(text)
        score = self.scorer.score(item)  # first: the scorer fills the shared encoding cache
        # a reply the scorer cannot read ("5", "20%", emoji, another language) earns nothing,
        # and is heard as saying nothing: the encoder would only guess at it
        # a short yes or no is heard as what it says to the line it answers (item.partner)
        intents = (
            self.compiled.intents.match(item.reply, state, item.partner) if score.scored else ()
        )
        return PreparedReply(revision, turn, state, item, score, intents)

    def apply(self, prepared: PreparedReply) -> TurnResult:
        """Take a prepared reply as this turn's answer: transition, meters, line; observers hear
        ``turn`` (and ``ended`` at an ending). Refuses a reply prepared before the session
        changed (RP605)."""
        if self.ended:
            raise SessionError("RP602", "the conversation has ended", hint="start a new session")
        if prepared.revision != self._revision:
            raise SessionError(
                STALE_REPLY,
                f"this reply was prepared for turn {prepared.turn} in '{prepared.state}', but the "
                f"session has moved on (now turn {self.turn + 1} in '{self.state}')",
                hint="prepare the reply again",
            )
        item = prepared.item
        text = item.reply
        state_name = self.state
        state = self.current
        score = prepared.score
        turn_no = self.turn + 1
        before = dict(self.meters)
        ctx = TurnContext(
            reply=text,
            score=score,
            meters=dict(before),
            turn=turn_no,
            intents=frozenset(prepared.intents),
        )
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
        ctx.meters = dict(after)  # say variants read the meters after this reply's effects
        line = pick_line(self.compiled.lines[next_state], self.seed, turn_no, next_state, ctx)
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
            intents=prepared.intents,
        )
        self.turns.append(result)
        self._link_replacement(result)
        self._line = line
        self.outcome = outcome
        self._revision += 1
        if self.ended:
            self.close()
        self._emit(LifecycleEvent("turn", result))
        if self.ended:
            self._emit(LifecycleEvent("ended"))
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
        self._revision += 1
        self._emit(LifecycleEvent("rewound", last))
        return last

    def _link_replacement(self, result: TurnResult) -> None:
        """After a rewind, link the new answer to the turn it replaced."""
        for i in range(len(self.rewound) - 1, -1, -1):
            item = self.rewound[i]
            if item.replaced_by is None and item.original.turn == result.turn:
                self.rewound[i] = replace(item, replaced_by=result)
                return

    def abandon(self) -> None:
        """The learner ends it on purpose before an ending (it is over, it does not resume);
        observers hear ``ended`` with outcome abandoned."""
        if not self.ended:
            self.outcome = "abandoned"
            self._revision += 1
            self.close()
            self._emit(LifecycleEvent("ended"))

    def stop(self) -> None:
        """The program stops before an ending (quit, end of input, another scenario): no
        outcome; observers hear ``stopped``. A solo session stays resumable."""
        if not self.ended:
            self._revision += 1
            self.close()
            self._emit(LifecycleEvent("stopped"))

    def close(self) -> None:
        self.compiled.detach(self._cursor)

    def _move_to(self, state: str) -> None:
        self.compiled.detach(self._cursor)
        self.compiled.attach(self._cursor, state)
