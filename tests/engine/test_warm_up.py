"""Session.warm_up: what a first reply would wait for is done ahead, and nothing else changes."""

from __future__ import annotations

from roleplay.engine import Session, compile_scenario
from roleplay.scenario import load_text
from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.types import Score, ScoreInput

from .test_session import SCENARIO


class _CountingScorer:
    """The fixed scorer, counting its calls."""

    name = "counting"

    def __init__(self) -> None:
        self.inner = FixedScorer()
        self.scored: list[str] = []

    def score(self, item: ScoreInput) -> Score:
        self.scored.append(item.reply)
        return self.inner.score(item)


class _WarmingScorer(_CountingScorer):
    name = "warming"

    def __init__(self) -> None:
        super().__init__()
        self.warmed = 0

    def warm_up(self) -> None:
        self.warmed += 1


class _Observer:
    """Records the lifecycle events it hears."""

    def __init__(self) -> None:
        self.events: list[str] = []

    def started(self, session: Session) -> None:
        self.events.append("started")

    def resumed(self, session: Session) -> None:
        self.events.append("resumed")

    def turn(self, session: Session, result: object) -> None:
        self.events.append("turn")

    def rewound(self, session: Session, undone: object) -> None:
        self.events.append("rewound")

    def ended(self, session: Session) -> None:
        self.events.append("ended")

    def stopped(self, session: Session) -> None:
        self.events.append("stopped")


def _session(scorer: _CountingScorer, *observers: _Observer) -> Session:
    compiled = compile_scenario(load_text(SCENARIO, "tiny.yaml"))
    return Session.start(compiled, scorer, seed=1, observers=observers)


def test_a_scorer_that_warms_up_does_so_and_scores_the_rehearsal_once() -> None:
    scorer = _WarmingScorer()
    observer = _Observer()
    session = _session(scorer, observer)
    line, state, meters = session.counterpart_line, session.state, dict(session.meters)
    session.warm_up("I hear you. What matters most?")
    assert scorer.warmed == 1
    assert scorer.scored == ["I hear you. What matters most?"]
    # the session did not move: no turn, same line, state and meters, and a real reply applies
    assert session.turn == 0 and session.counterpart_line == line
    assert session.state == state and session.meters == meters
    assert observer.events == ["started"]  # nothing heard of the rehearsal
    result = session.reply("L90 I hear the 30%")
    assert result.turn == 1


def test_other_scorers_are_not_called() -> None:
    scorer = _CountingScorer()
    session = _session(scorer)
    session.warm_up("I hear you.")
    assert scorer.scored == []
    assert session.turn == 0


def test_an_ended_session_is_left_alone() -> None:
    scorer = _WarmingScorer()
    session = _session(scorer)
    session.abandon()
    session.warm_up("I hear you.")
    assert scorer.warmed == 0 and scorer.scored == []
