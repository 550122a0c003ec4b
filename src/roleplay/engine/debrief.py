"""What the learner reads at the end: outcome, scores, best and worst turn, what was missed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .heard import DecisiveMove, decisive_moves
from .session import Outcome, Session, TurnResult


@dataclass(frozen=True)
class TurnAdvice:
    turn: int
    state: str
    missed_points: tuple[str, ...]
    emotion: str | None
    emotion_acknowledged: bool

    def text(self) -> str:
        parts: list[str] = []
        if self.emotion and not self.emotion_acknowledged:
            parts.append(f"acknowledge how they seemed to feel ({self.emotion})")
        if self.missed_points:
            parts.append("pick up " + ", ".join(f'"{p}"' for p in self.missed_points))
        if not parts:
            return "You covered what they said; the score came from how you framed it."
        return "A better reply would " + " and ".join(parts) + "."


@dataclass(frozen=True)
class RewindComparison:
    turn: int
    first_reply: str
    first_overall: int
    second_reply: str | None
    second_overall: int | None


@dataclass(frozen=True)
class Debrief:
    scenario_id: str
    title: str
    outcome: Outcome | None
    overall: int
    pass_score: int
    passed: bool
    ending_text: str | None
    interests: tuple[str, ...]
    per_turn: tuple[int, ...]
    strongest: TurnResult | None
    weakest: TurnResult | None
    advice: tuple[TurnAdvice, ...] = field(default_factory=tuple)
    rewinds: tuple[RewindComparison, ...] = field(default_factory=tuple)
    sides: tuple[str, ...] = field(default_factory=tuple)
    moves: tuple[DecisiveMove, ...] = field(default_factory=tuple)  # turns an intent decided


def _mentioned(phrase: str, text: str) -> bool:
    words = [w for w in re.findall(r"[a-z0-9%$']+", phrase.lower()) if len(w) > 2 or w.isdigit()]
    if not words:
        return phrase.lower() in text.lower()
    lowered = text.lower()
    return all(w in lowered for w in words)


def _emotion_named(emotion: str, text: str) -> bool:
    lowered = text.lower()
    stem = emotion.lower()[:5]
    cues = ("sounds", "must be", "feel", "hear you", "understand", "stress", "pressure", "frustrat")
    return stem in lowered or any(c in lowered for c in cues)


def build_debrief(session: Session) -> Debrief:
    scenario = session.scenario
    turns = session.turns
    strongest = max(turns, key=lambda t: t.score.overall, default=None)
    weakest = min(turns, key=lambda t: t.score.overall, default=None)
    advice = []
    for t in turns:
        state = scenario.state(t.state)
        missed = tuple(k for k in state.key_points if not _mentioned(k, t.reply))
        acknowledged = state.emotion is None or _emotion_named(state.emotion, t.reply)
        advice.append(TurnAdvice(t.turn, t.state, missed, state.emotion, acknowledged))
    ending = scenario.state(session.state)
    rewinds = tuple(
        RewindComparison(
            r.original.turn,
            r.original.reply,
            r.original.score.overall,
            r.replaced_by.reply if r.replaced_by else None,
            r.replaced_by.score.overall if r.replaced_by else None,
        )
        for r in session.rewound
    )
    return Debrief(
        scenario_id=scenario.id,
        title=scenario.title,
        outcome=session.outcome,
        overall=session.overall,
        pass_score=scenario.pass_score,
        passed=session.passed,
        ending_text=ending.debrief if ending.end else None,
        interests=tuple(scenario.counterpart.interests),
        per_turn=tuple(t.score.overall for t in turns),
        strongest=strongest,
        weakest=weakest,
        advice=tuple(advice),
        rewinds=rewinds,
        sides=tuple(t.score.same_side for t in turns),
        moves=decisive_moves(scenario, turns),
    )
