"""What can actually happen in a scenario: which transitions can fire, which meter values and
turns each state can see, and how long the paths to success are.

The analysis over-approximates (it tracks each meter on its own and lets any reply score
anything its conditions allow), so "can never happen" conclusions are safe to report as errors.
"First match wins" is honoured where it is exact: a transition whose `when` has a single
comparison excludes those values from the transitions after it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field

from . import value_sets as vs
from .model import Comparison, IntentRef, Scenario

SCORE_KEYS = ("listening", "empathy", "collaboration")


@dataclass
class Edge:
    """One transition with everything known about when it can fire."""

    state: str
    index: int
    target: str
    shadowed: bool  # comes after an unconditional transition
    limits: dict[str, int]  # key -> values this transition can fire with (own ∩ not-earlier)
    own: dict[str, int]  # key -> values its own comparison accepts
    never: list[tuple[str, str]] = field(default_factory=list)  # (key, reason)
    overall: int = 0  # overall scores this transition can fire with
    taken: bool = False  # some play-through can fire it
    # intents no reply it takes can say: an earlier `said`-only transition took them, or its
    # own `not_said` refuses them (what a `say` variant of its target can hear)
    unsaid: frozenset[str] = frozenset()


@dataclass
class PathSummary:
    """Lengths (in replies) of the play-throughs that end in success."""

    shortest: int | None
    longest: int | None
    loops: bool  # a loop lies on some path to success (longest is capped by max_turns)
    example: list[str]  # one shortest path, state by state


@dataclass
class Flow:
    scenario: Scenario
    edges: dict[str, list[Edge]]
    turns: dict[str, int]  # state -> turn numbers of the reply given there
    meters: dict[str, dict[str, int]]  # state -> meter -> values seen there
    reached: set[str]

    def readers(self, meter: str) -> set[str]:
        """States with a transition or a `say` variant whose condition reads ``meter``."""
        return self._readers.get(meter, set())

    @functools.cached_property
    def _readers(self) -> dict[str, set[str]]:
        """Every condition key -> the states that read it (one pass over the scenario)."""
        found: dict[str, set[str]] = {}
        for name, state in self.scenario.states.items():
            conditions = [tr.when for tr in state.transitions] + [v.when for v in state.lines]
            for key in {k for when in conditions for k in (when or {})}:
                found.setdefault(key, set()).add(name)
        return found

    def reaching(self, targets: set[str]) -> set[str]:
        """The states from which a play-through (over transitions that can fire) reaches one
        of ``targets``, the targets included: one backward walk, whatever the number of
        states asking."""
        back: dict[str, list[str]] = {}
        for name, edges in self.edges.items():
            for e in edges:
                if e.taken:
                    back.setdefault(e.target, []).append(name)
        seen = set(targets)
        stack = list(targets)
        while stack:
            for prev in back.get(stack.pop(), ()):
                if prev not in seen:
                    seen.add(prev)
                    stack.append(prev)
        return seen

    def successors(self, name: str) -> set[str]:
        return {e.target for e in self.edges.get(name, ()) if e.taken}


def _domain(scenario: Scenario, key: str) -> tuple[int, int]:
    if key == "turn":
        return 1, scenario.max_turns
    return 0, 100


def _edges_of(scenario: Scenario, name: str) -> list[Edge]:
    state = scenario.states[name]
    out: list[Edge] = []
    excluded: dict[str, int] = {}  # key -> values already taken by an earlier transition
    said_before: set[str] = set()  # intents whose every reply an earlier transition takes
    after_fallback = False
    for index, tr in enumerate(state.transitions):
        own: dict[str, int] = {}
        for key, value in (tr.when or {}).items():
            if isinstance(value, Comparison):
                lo, hi = _domain(scenario, key)
                own[key] = vs.where(value, lo, hi)
        limits = {k: m & ~excluded.get(k, 0) for k, m in own.items()}
        for key, m in excluded.items():
            if key not in limits:
                lo, hi = _domain(scenario, key)
                limits[key] = vs.span(lo, hi) & ~m
        edge = Edge(name, index, tr.to, after_fallback, limits, own)
        refused = (tr.when or {}).get("not_said")
        edge.unsaid = frozenset(said_before) | frozenset(
            refused.names if isinstance(refused, IntentRef) else ()
        )
        _static_checks(scenario, edge, tr.when or {})
        if not edge.never:
            _intent_checks(edge, tr.when or {}, said_before)
        out.append(edge)
        when = tr.when or {}
        if tr.unconditional:
            after_fallback = True
        elif set(when) == {"said"}:
            ref = when["said"]
            assert isinstance(ref, IntentRef)
            said_before.update(ref.names)
        elif len(own) == 1 and len(when) == 1:
            ((key, m),) = own.items()
            excluded[key] = excluded.get(key, 0) | m
    return out


def _static_checks(scenario: Scenario, edge: Edge, when: Mapping[str, object]) -> None:
    """Conditions that fail whatever happens: out-of-range values, impossible combinations."""
    for key, m in edge.own.items():
        lo, hi = _domain(scenario, key)
        value = when[key]
        if m == 0:
            what = (
                f"turns run 1-{hi}"
                if key == "turn"
                else ("scores are 0-100" if key in (*SCORE_KEYS, "overall") else "meters are 0-100")
            )
            edge.never.append((key, f"'{key} {value}' can never hold: {what}"))
        elif edge.limits[key] == 0 and key not in scenario.meters and key != "turn":
            edge.never.append(
                (
                    key,
                    f"'{key} {value}' can never hold: an earlier transition of "
                    f"'{edge.state}' already takes every such reply",
                )
            )
    if edge.never:
        return
    full = vs.span(0, 100)
    dims = [edge.limits.get(k, full) for k in SCORE_KEYS]
    edge.overall = vs.overall_values(*dims) & edge.limits.get("overall", full)
    if edge.overall == 0:
        keys = [k for k in (*SCORE_KEYS, "overall") if k in edge.limits]
        edge.never.append(
            (
                keys[-1] if keys else "overall",
                f"the score conditions on {', '.join(keys)} cannot hold together "
                "(overall is the rounded mean of listening, empathy and collaboration)",
            )
        )


def _intent_checks(edge: Edge, when: Mapping[str, object], said_before: set[str]) -> None:
    """`said` conditions that contradict each other or that an earlier transition pre-empts."""
    required: dict[str, str] = {}  # intent -> the key that requires it
    for key in ("said", "said_all"):
        ref = when.get(key)
        if isinstance(ref, IntentRef) and (key == "said_all" or len(ref.names) == 1):
            required.update((name, key) for name in ref.names)
    said = when.get("said")
    if isinstance(said, IntentRef) and len(said.names) > 1 and set(said.names) <= said_before:
        required[said.names[0]] = "said"
    forbidden = when.get("not_said")
    for name, key in required.items():
        if isinstance(forbidden, IntentRef) and name in forbidden.names:
            edge.never.append(
                ("not_said", f"'said {name}' and 'not_said {name}' can never hold together")
            )
            return
        if name in said_before:
            edge.never.append(
                (
                    key,
                    f"'{key} {name}' can never hold: an earlier transition of '{edge.state}' "
                    f"already takes every reply that says '{name}'",
                )
            )
            return


def may_stay(scenario: Scenario, name: str) -> bool:
    """True when a reply can match no transition, so the session stays where it is."""
    state = scenario.states[name]
    return state.end is None and not any(tr.unconditional for tr in state.transitions)


def analyse(scenario: Scenario) -> Flow:
    edges = {name: _edges_of(scenario, name) for name in scenario.states}
    turns: dict[str, int] = {name: 0 for name in scenario.states}
    meters: dict[str, dict[str, int]] = {
        name: {m: 0 for m in scenario.meters} for name in scenario.states
    }
    turns[scenario.start] = vs.single(1)
    meters[scenario.start] = {m: vs.single(v) for m, v in scenario.meters.items()}
    reached = {scenario.start}
    work = [scenario.start]
    turn_cap = vs.span(1, scenario.max_turns + 1)  # an ending may be reached by the last reply
    while work:
        name = work.pop()
        if scenario.states[name].end is not None:
            continue
        if may_stay(scenario, name):  # no transition held: same state and meters, next turn
            stay = (turns[name] << 1) & vs.span(1, scenario.max_turns)
            if stay & ~turns[name]:
                turns[name] |= stay
                work.append(name)
        for edge in edges[name]:
            if edge.shadowed or edge.never:
                continue
            tmask = turns[name] & edge.limits.get("turn", turn_cap)
            mmasks = {
                m: meters[name][m] & edge.limits.get(m, vs.span(0, 100)) for m in meters[name]
            }
            if not tmask or not all(mmasks.values()):
                continue
            tr = scenario.states[name].transitions[edge.index]
            new_turns = (tmask << 1) & turn_cap
            target = edge.target
            if scenario.states[target].end is None:
                new_turns &= vs.span(1, scenario.max_turns)
            edge.taken = True  # it fires, even when the session then stops at max_turns
            if not new_turns:
                continue
            new_meters = {
                m: vs.shift_clamped(mask, tr.effects.get(m, 0)) for m, mask in mmasks.items()
            }
            changed = target not in reached
            reached.add(target)
            if new_turns & ~turns[target]:
                turns[target] |= new_turns
                changed = True
            for m, mask in new_meters.items():
                if mask & ~meters[target][m]:
                    meters[target][m] |= mask
                    changed = True
            if changed:
                work.append(target)
    return Flow(scenario, edges, turns, meters, reached)


def success_paths(flow: Flow) -> tuple[PathSummary, int | None]:
    """Path lengths to success, and the best average overall score any of them allows."""
    sc = flow.scenario
    best: dict[str, int] = {sc.start: 0}  # state -> best total overall with k replies
    parent: dict[tuple[int, str], str] = {}
    lengths: list[int] = []
    best_mean: int | None = None
    example: list[str] = []
    for k in range(1, sc.max_turns + 1):
        nxt: dict[str, int] = {}
        for name, total in best.items():
            if sc.states[name].end is not None:
                continue
            if may_stay(sc, name) and total + 100 > nxt.get(name, -1):
                nxt[name] = total + 100
                parent[(k, name)] = name
            for edge in flow.edges[name]:
                if not edge.taken or not (edge.limits.get("turn", -1) >> k) & 1:
                    continue
                value = total + vs.highest(edge.overall)
                if value > nxt.get(edge.target, -1):
                    nxt[edge.target] = value
                    parent[(k, edge.target)] = name
        for name, total in nxt.items():
            if sc.states[name].end == "success":
                lengths.append(k)
                mean = round(total / k)
                best_mean = mean if best_mean is None else max(best_mean, mean)
                if not example:
                    example = _walk_back(parent, k, name)
        best = nxt
        if not best:
            break
    non_endings = sum(1 for s in sc.states.values() if s.end is None)
    summary = PathSummary(
        min(lengths) if lengths else None,
        max(lengths) if lengths else None,
        bool(lengths) and max(lengths) > non_endings,
        example,
    )
    return summary, best_mean


def _walk_back(parent: dict[tuple[int, str], str], k: int, name: str) -> list[str]:
    path = [name]
    while k > 0:
        name = parent[(k, name)]
        path.append(name)
        k -= 1
    return path[::-1]
