"""The session's lifecycle port: who hears about a session as it is played, and what happens
when one of them (the autosave) fails.

A :class:`~roleplay.engine.session.Session` emits six events to its observers, in order:
``started`` (a new session), ``resumed`` (a saved one continues), ``turn`` (a reply was applied;
emitted before any front end shows the counterpart's next line), ``rewound`` (the last reply was
taken back), ``ended`` (an ending was reached, or the learner ended it on purpose: ``outcome``
says which) and ``stopped`` (the program stopped before an ending: quit, end of input, another
scenario; solo sessions stay resumable).
Storage's recorder and the workshop recorder are observers; front ends never call them.

One policy for a failed save, the same in every front end: an observer that raises a
:class:`~roleplay.errors.RoleplayError` keeps the event (and every later one, so the order is
never broken) in its queue; the next event, or :meth:`Lifecycle.flush`, tries again. The session
goes on — the learner's reply is kept in it — and :attr:`Lifecycle.problem` holds a
:class:`SaveProblem` whose :meth:`~SaveProblem.message` the front end shows as it is. Nothing is
dropped: when a front end closes with events still queued it reports them (RP715, exit 2).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from roleplay.errors import RoleplayError

from .turns import TurnResult

if TYPE_CHECKING:
    from .session import Session

EventKind = Literal["started", "resumed", "turn", "rewound", "ended", "stopped"]
UNSAVED = "RP715"


class SessionObserver(Protocol):
    """Hears a session's lifecycle. Raise RoleplayError for a failure the learner should hear
    about (the event is kept and delivered again); anything else is a bug and propagates."""

    def started(self, session: Session) -> None: ...

    def resumed(self, session: Session) -> None: ...

    def turn(self, session: Session, result: TurnResult) -> None: ...

    def rewound(self, session: Session, undone: TurnResult) -> None: ...

    def ended(self, session: Session) -> None: ...

    def stopped(self, session: Session) -> None: ...


@dataclass(frozen=True)
class LifecycleEvent:
    kind: EventKind
    result: TurnResult | None = None  # the turn answered (turn) or taken back (rewound)

    def deliver(self, observer: SessionObserver, session: Session) -> None:
        if self.kind == "started":
            observer.started(session)
        elif self.kind == "resumed":
            observer.resumed(session)
        elif self.kind == "ended":
            observer.ended(session)
        elif self.kind == "stopped":
            observer.stopped(session)
        else:
            assert self.result is not None
            if self.kind == "turn":
                observer.turn(session, self.result)
            else:
                observer.rewound(session, self.result)

    def describe(self) -> str:
        if self.kind == "turn" and self.result is not None:
            return f"your reply to turn {self.result.turn}"
        if self.kind == "rewound" and self.result is not None:
            return f"taking back turn {self.result.turn}"
        return {
            "started": "the new session",
            "resumed": "the resumed session",
            "stopped": "where you stopped",
        }.get(self.kind, "the end of the session")


@dataclass(frozen=True)
class SaveProblem:
    """Events an observer could not take yet: what the learner is told, in every front end."""

    first: LifecycleEvent  # the oldest event still waiting
    error: RoleplayError
    waiting: int  # how many events wait, over all observers

    def message(self) -> str:
        return (
            f"Could not save {self.first.describe()}: {self.error.format()}. "
            "It is kept and saved again with your next step; nothing is lost while this runs."
        )

    def as_error(self) -> RoleplayError:
        """For a front end closing with events still waiting: a coded error (exit 2)."""
        return RoleplayError(
            UNSAVED,
            f"{self.waiting} change(s) of this session could not be saved, starting with "
            f"{self.first.describe()}: {self.error.format()}",
            # the cause's own hint (in the message) says what to do: a lock is not a full disk
            hint="deal with that cause, then play again; the transcript above is all there is "
            "of the unsaved part",
        )


class Lifecycle:
    """Delivers a session's events to its observers, each in order, retrying failed ones."""

    def __init__(self, observers: tuple[SessionObserver, ...] = ()) -> None:
        self.observers = observers
        self._queues: tuple[deque[LifecycleEvent], ...] = tuple(deque() for _ in observers)
        self.problem: SaveProblem | None = None

    def waiting_for(self, observer: SessionObserver) -> tuple[LifecycleEvent, ...]:
        """The events ``observer`` has not taken yet, oldest first (what a rescue replays)."""
        for kept, queue in zip(self.observers, self._queues, strict=True):
            if kept is observer:
                return tuple(queue)
        return ()

    def emit(self, session: Session, event: LifecycleEvent) -> SaveProblem | None:
        for queue in self._queues:
            queue.append(event)
        return self.flush(session)

    def flush(self, session: Session) -> SaveProblem | None:
        """Deliver what is waiting; the problem left (None when everything is saved)."""
        problem: SaveProblem | None = None
        for observer, queue in zip(self.observers, self._queues, strict=True):
            while queue:
                try:
                    queue[0].deliver(observer, session)
                except RoleplayError as exc:
                    if problem is None:
                        problem = SaveProblem(queue[0], exc, 0)
                    break
                queue.popleft()
        if problem is not None:
            problem = SaveProblem(problem.first, problem.error, sum(len(q) for q in self._queues))
        self.problem = problem
        return problem
