"""The group debrief: what a room of participants did with the same scenarios.

Per scenario: the outcomes and the spread of scores, the replies that scored best at each hard
state (anonymised unless the speaker agreed to show their name; never a reply that ended its
conversation in failure), and the states where most of
the room argued across the table instead of moving beside the other person; with intents, what
each best reply was heard to say and the decisive moves of the room (which intents sent
conversations where, and how those conversations ended), read from the scenario version that
was played. Pure data in, pure data out; :mod:`roleplay.report.group_export` renders it as
Markdown or HTML.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from roleplay.engine import rules
from roleplay.engine.heard import decisive_moves, ending_words, heard_text
from roleplay.errors import RoleplayError
from roleplay.report.moments import moment_words
from roleplay.scenario import load_text
from roleplay.scenario.model import Scenario
from roleplay.storage.workshop import GroupSessionRow, GroupTurnRow

OUTCOMES = ("success", "failure", "neutral", "abandoned", "in progress")
BUCKETS = ((0, 19), (20, 39), (40, 59), (60, 79), (80, 100))
HARD_BELOW = 50  # a state is hard when the room's mean overall there is under this ...
MAX_HARD_STATES = 3  # ... (or, failing that, the lowest one); at most this many are shown
BEST_PER_STATE = 3


@dataclass(frozen=True)
class Spread:
    count: int
    mean: float
    median: float
    low: int
    high: int
    histogram: tuple[int, ...]  # one count per BUCKETS entry

    @classmethod
    def of(cls, values: Sequence[int]) -> Spread:
        if not values:
            return cls(0, 0.0, 0.0, 0, 0, tuple(0 for _ in BUCKETS))
        hist = tuple(sum(1 for v in values if lo <= v <= hi) for lo, hi in BUCKETS)
        return cls(
            len(values),
            round(statistics.fmean(values), 1),
            float(statistics.median(values)),
            min(values),
            max(values),
            hist,
        )


@dataclass(frozen=True)
class BestReply:
    speaker: str  # a name only when the speaker agreed, else "Participant N"
    reply: str
    overall: int
    listening: int
    empathy: int
    collaboration: int
    same_side: str
    heard: str | None = None  # "Dana heard: you offered to phase the cut"


@dataclass(frozen=True)
class HardState:
    state: str
    turns: int
    mean_overall: float
    best: tuple[BestReply, ...]
    moment: str = ""  # the moment in words (moment_words), what the room reads


@dataclass(frozen=True)
class TableSide:
    state: str
    turns: int
    across: int
    beside: int
    moment: str = ""  # the moment in words (moment_words), what the room reads


@dataclass(frozen=True)
class RoomMove:
    """Intents that fired the same transition in several of the room's conversations."""

    state: str
    next_state: str
    words: str  # the move in words (DecisiveMove.words: the transition's label or its intents)
    ending: str | None  # the outcome, when the move led straight to an ending
    conversations: int
    succeeded: int  # of those conversations, how many ended in success

    def text(self) -> str:
        return self.words + ending_words(self.ending)


@dataclass(frozen=True)
class ScenarioGroup:
    scenario_id: str
    title: str
    sessions: int
    participants: int
    passed: int
    outcomes: dict[str, int]
    overall: Spread
    dimensions: dict[str, float]
    hard_states: tuple[HardState, ...]
    across_states: tuple[TableSide, ...]
    moves: tuple[RoomMove, ...] = ()


@dataclass(frozen=True)
class GroupDebrief:
    workshop: str
    round_number: int | None
    participants: int
    sessions: int
    scenarios: tuple[ScenarioGroup, ...] = field(default_factory=tuple)

    @property
    def empty(self) -> bool:
        return self.sessions == 0


class SpeakerLabels:
    """Stable anonymous labels: the first person seen is Participant 1, and so on."""

    def __init__(self) -> None:
        self._numbers: dict[int, int] = {}

    def label(self, person_id: int, name: str, show_name: bool) -> str:
        if person_id not in self._numbers:
            self._numbers[person_id] = len(self._numbers) + 1
        return name if show_name else f"Participant {self._numbers[person_id]}"


def _session_overall(row: GroupSessionRow) -> int | None:
    if row.overall is not None:
        return row.overall
    if not row.turns:
        return None
    return round(statistics.fmean(t.overall for t in row.turns))


def _losing_replies(rows: list[GroupSessionRow]) -> set[int]:
    """The replies that ended a conversation in failure (a session's last turn when it failed):
    whatever they scored, they are not replies to hold up to the room. Keyed by ``id()``."""
    return {id(r.turns[-1]) for r in rows if r.outcome == "failure" and r.turns}


def _hard_states(
    turns: list[GroupTurnRow],
    labels: SpeakerLabels,
    scenario: Scenario | None,
    losing: set[int],
) -> tuple[HardState, ...]:
    by_state: dict[str, list[GroupTurnRow]] = {}
    for t in turns:
        by_state.setdefault(t.state, []).append(t)
    means = {s: statistics.fmean(t.overall for t in ts) for s, ts in by_state.items()}
    ranked = sorted(means, key=lambda s: (means[s], s))
    chosen = [s for s in ranked if means[s] < HARD_BELOW][:MAX_HARD_STATES] or ranked[:1]
    out = []
    for state in chosen:
        candidates = [t for t in by_state[state] if id(t) not in losing]
        ts = sorted(candidates, key=lambda t: (-t.overall, t.speaker_id, t.turn_no))
        best = tuple(
            BestReply(
                labels.label(t.speaker_id, t.speaker, t.show_name),
                t.reply,
                t.overall,
                t.listening,
                t.empathy,
                t.collaboration,
                t.same_side,
                heard_text(scenario, t.intents, t) if scenario is not None else None,
            )
            for t in ts[:BEST_PER_STATE]
        )
        out.append(
            HardState(
                state,
                len(by_state[state]),
                round(means[state], 1),
                best,
                moment_words(scenario, state),
            )
        )
    return tuple(out)


def _across_states(turns: list[GroupTurnRow], scenario: Scenario | None) -> tuple[TableSide, ...]:
    sides: dict[str, Counter[str]] = {}
    for t in turns:
        sides.setdefault(t.state, Counter())[t.same_side] += 1
    out = [
        TableSide(state, sum(c.values()), c["across"], c["beside"], moment_words(scenario, state))
        for state, c in sides.items()
        if c["across"] > c["beside"] and 2 * c["across"] >= sum(c.values())
    ]
    return tuple(sorted(out, key=lambda s: (-s.across / s.turns, s.state)))


def _played_on(rows: list[GroupSessionRow]) -> Scenario | None:
    """The scenario version the first session was played on (None if it no longer loads)."""
    text = next((r.scenario_text for r in rows if r.scenario_text), None)
    if text is None:
        return None
    try:
        return load_text(text, f"<saved {rows[0].scenario_id}>").scenario
    except RoleplayError:
        return None


def _room_moves(rows: list[GroupSessionRow], scenario: Scenario) -> tuple[RoomMove, ...]:
    seen: dict[tuple[str, str, str, str | None], list[str | None]] = {}
    for r in rows:
        moves = decisive_moves(scenario, r.turns)
        for key in {(m.state, m.next_state, m.words, m.ending) for m in moves}:
            seen.setdefault(key, []).append(r.outcome)
    out = [
        RoomMove(state, nxt, words, ending, len(o), sum(1 for x in o if x == "success"))
        for (state, nxt, words, ending), o in seen.items()
    ]
    return tuple(sorted(out, key=lambda m: (-m.conversations, m.state, m.words)))


def _scenario_group(rows: list[GroupSessionRow], labels: SpeakerLabels) -> ScenarioGroup:
    first = rows[0]
    scenario = _played_on(rows)  # names the moments; reads the intents that were heard
    outcomes = dict.fromkeys(OUTCOMES, 0)
    for r in rows:
        outcomes[r.outcome if r.outcome in outcomes else "in progress"] += 1
    overalls = [v for v in (_session_overall(r) for r in rows) if v is not None]
    turns = [t for r in rows for t in r.turns]
    dims = {
        d: round(statistics.fmean(getattr(t, d) for t in turns), 1) if turns else 0.0
        for d in ("listening", "empathy", "collaboration")
    }
    passed = sum(1 for r in rows if rules.passed(r.outcome, _session_overall(r), r.pass_score))
    return ScenarioGroup(
        scenario_id=first.scenario_id,
        title=first.title,
        sessions=len(rows),
        participants=len({t.speaker_id for t in turns} | {r.participant_id for r in rows}),
        passed=passed,
        outcomes=outcomes,
        overall=Spread.of(overalls),
        dimensions=dims,
        hard_states=_hard_states(turns, labels, scenario, _losing_replies(rows)) if turns else (),
        across_states=_across_states(turns, scenario),
        moves=_room_moves(rows, scenario)
        if scenario is not None and any(t.intents for r in rows for t in r.turns)
        else (),
    )


def build_group_debrief(
    rows: Iterable[GroupSessionRow], *, workshop: str, round_number: int | None = None
) -> GroupDebrief:
    """Aggregate a workshop's (or one round's) sessions; scenarios in order of first play."""
    all_rows = list(rows)
    labels = SpeakerLabels()
    for r in all_rows:  # number people by when they first played, not by scenario
        labels.label(r.participant_id, r.participant, r.show_name)
    grouped: dict[str, list[GroupSessionRow]] = {}
    for r in all_rows:
        grouped.setdefault(r.scenario_id, []).append(r)
    people = {r.participant_id for r in all_rows} | {
        t.speaker_id for r in all_rows for t in r.turns
    }
    return GroupDebrief(
        workshop=workshop,
        round_number=round_number,
        participants=len(people),
        sessions=len(all_rows),
        scenarios=tuple(_scenario_group(g, labels) for g in grouped.values()),
    )
