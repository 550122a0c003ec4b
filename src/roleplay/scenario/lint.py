"""Lint: problems in a scenario that loads but would play badly. Codes RP4xx (see lint_rules).

``lint(loaded)`` checks one scenario; ``lint_files(loaded_list)`` also checks what needs the
whole set (duplicate ids). ``success_summary(loaded)`` reports the shortest and longest paths
to success. Every diagnostic points at ``file:line:col`` with a hint.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from roleplay.errors import Diagnostic, Location, Severity

from . import lint_rules as rules
from . import value_sets as vs
from .flow import Flow, PathSummary, analyse, success_paths
from .intent_lint import check_intents
from .loaded import LoadedScenario
from .model import Comparison, Scenario, State
from .variant_lint import check_variants

# Kept for callers of the first version.
UNREACHABLE = rules.UNREACHABLE
DEAD_END = rules.DEAD_END
NO_FALLBACK = rules.NO_FALLBACK


class _Report:
    def __init__(self, loaded: LoadedScenario) -> None:
        self.loaded = loaded
        self.out: list[Diagnostic] = []

    def add(
        self,
        code: str,
        message: str,
        hint: str,
        path: tuple[str | int, ...],
        *,
        key: bool = False,
        severity: Severity | None = None,
    ) -> None:
        where = self.loaded.source.locate(path, key=key)
        level = severity or rules.RULES_BY_CODE[code].severity
        self.out.append(Diagnostic(code, message, hint, where, level))


def reachable_states(loaded: LoadedScenario) -> set[str]:
    """States some play-through can reach (transitions that can never fire are left out)."""
    return analyse(loaded.scenario).reached


def lint(loaded: LoadedScenario) -> list[Diagnostic]:
    flow = analyse(loaded.scenario)
    report = _Report(loaded)
    _check_states(flow, report)
    _check_transitions(flow, report)
    _check_meters(flow, report)
    _check_endings(flow, report)
    _check_file_name(report)
    included = {  # intents read from an `include:`, with their file's name
        str(prefix[1]): Path(inc.file).name
        for prefix, inc in loaded.source.overlays.items()
        if len(prefix) == 2 and prefix[0] == "intents"
    }
    check_intents(loaded.scenario, report.add, included)
    check_variants(flow, report.add)
    return sorted(report.out, key=_position)


def _position(d: Diagnostic) -> tuple[int, int]:
    loc = d.location
    return (loc.line or 0, loc.col or 0) if loc is not None else (0, 0)


def _check_states(flow: Flow, report: _Report) -> None:
    sc = flow.scenario
    graph_reach = _graph_reachable(flow)
    can_end = _can_reach_ending(flow)
    for name, state in sc.states.items():
        here = ("states", name)
        if name not in flow.reached:
            why = (
                "only transitions that can never fire lead to it"
                if name in graph_reach
                else f"no transition leads to it from '{sc.start}'"
            )
            report.add(
                rules.UNREACHABLE,
                f"state '{name}' can never be reached: {why}",
                "fix the conditions of the transitions that lead to it, which can never hold, "
                "or remove it"
                if name in graph_reach
                else "add a transition to it from a state the learner reaches, or remove it",
                here,
                key=True,
            )
        if state.say is None:
            ending = state.end is not None
            report.add(
                rules.MISSING_SAY,
                f"state '{name}' has no `say`"
                + ("" if ending else ": the learner replies to silence"),
                "write the counterpart's line under `say:`",
                here,
                key=True,
                severity="warning" if ending else "error",
            )
        if state.end is not None:
            if state.transitions:
                report.add(
                    rules.IGNORED_TRANSITIONS,
                    f"ending '{name}' has transitions; they are never taken",
                    "remove them, or remove `end` to continue the conversation",
                    (*here, "transitions"),
                    key=True,
                )
            _check_ending_extras(name, state, report)
            continue
        if state.hint is None:
            report.add(
                rules.MISSING_HINT,
                f"state '{name}' has no `hint`",
                "add one line of coaching for a learner who asks for help here",
                here,
                key=True,
            )
        if not state.transitions:
            report.add(
                rules.DEAD_END,
                f"state '{name}' has no transitions and no end",
                "add transitions, or mark it `end: success|failure|neutral`",
                here,
                key=True,
            )
            continue
        if not state.transitions[-1].unconditional:
            report.add(
                rules.NO_FALLBACK,
                f"the last transition of '{name}' has conditions",
                "end with a transition without `when` so every reply goes somewhere",
                (*here, "transitions", len(state.transitions) - 1),
            )
        if name in flow.reached and name not in can_end:
            report.add(
                rules.TRAP,
                f"no ending can be reached from '{name}'",
                f"the session would loop until max_turns, {sc.max_turns}; add a way to an ending",
                here,
                key=True,
            )


def _check_ending_extras(name: str, state: State, report: _Report) -> None:
    for field in ("hint", "key_points", "emotion"):
        if getattr(state, field):
            report.add(
                rules.IGNORED_ON_ENDING,
                f"ending '{name}' has `{field}`; nobody replies to an ending, so it is never used",
                "remove it; to say something at the end use `debrief`",
                ("states", name, field),
                key=True,
            )


def _check_transitions(flow: Flow, report: _Report) -> None:
    sc = flow.scenario
    for name, edges in flow.edges.items():
        if sc.states[name].end is not None:
            continue
        for edge in edges:
            base = ("states", name, "transitions", edge.index)
            if edge.shadowed:
                report.add(
                    rules.SHADOWED_TRANSITION,
                    f"transition {edge.index + 1} of '{name}' comes after an unconditional "
                    "one and is never taken",
                    "first match wins: move the transition without `when` to the end",
                    base,
                )
                continue
            for key, reason in edge.never:
                report.add(
                    rules.NEVER_HOLDS,
                    reason,
                    "change the condition or remove it",
                    (*base, "when", key),
                )
            if edge.never or name not in flow.reached:
                continue
            _check_against_flow(flow, report, edge.state, edge.index)


def _check_against_flow(flow: Flow, report: _Report, name: str, index: int) -> None:
    """Meter and turn conditions compared with the values that can reach this state."""
    sc = flow.scenario
    edge = flow.edges[name][index]
    when = sc.states[name].transitions[index].when or {}
    base = ("states", name, "transitions", index, "when")
    seen = {**flow.meters[name], "turn": flow.turns[name]}
    always = []
    for key, value in when.items():
        if not isinstance(value, Comparison):  # mentions and intents: any reply may say them
            continue
        if key in seen:
            possible = seen[key]
            label = "the turn number" if key == "turn" else f"'{key}'"
            if not possible & edge.limits[key]:
                earlier = (
                    " (earlier transitions take those replies)" if possible & edge.own[key] else ""
                )
                report.add(
                    rules.NEVER_HOLDS,
                    f"'{key} {value}' can never hold in '{name}': {label} can only be "
                    f"{vs.describe(possible)} here{earlier}",
                    "the turn number counts the learner's replies: compare with the turns at "
                    "which this state can be answered, or remove the condition"
                    if key == "turn"
                    else "check the meter's start value and the effects on the way here",
                    (*base, key),
                )
                continue
            if possible & ~edge.own[key] == 0:
                always.append((key, value, f"{label} is always {vs.describe(possible)} here"))
        elif edge.own[key] == vs.span(0, 100):
            always.append((key, value, "scores are always 0-100"))
    if always and len(always) == len(when):
        for key, value, why in always:
            report.add(
                rules.ALWAYS_HOLDS,
                f"'{key} {value}' always holds in '{name}': {why}",
                "drop the `when` or tighten it; transitions after it are never taken"
                if index < len(sc.states[name].transitions) - 1
                else "drop the condition",
                (*base, key),
            )
    else:
        for key, value, why in always:
            report.add(
                rules.ALWAYS_HOLDS,
                f"'{key} {value}' always holds in '{name}': {why}",
                "drop this condition",
                (*base, key),
            )


def _check_meters(flow: Flow, report: _Report) -> None:
    sc = flow.scenario
    read_anywhere = {m for m in sc.meters if flow.readers(m)}
    for meter in sc.meters:
        if meter not in read_anywhere:
            report.add(
                rules.UNUSED_METER,
                f"meter '{meter}' is never read by a condition",
                f'branch on it, e.g. `when: {{{meter}: ">= 60"}}`, or remove it',
                ("meters", meter),
                key=True,
            )
    leads_to_reader = {m: flow.reaching(flow.readers(m)) for m in read_anywhere}
    for name, edges in flow.edges.items():
        if sc.states[name].end is not None:
            continue
        for edge in edges:
            tr = sc.states[name].transitions[edge.index]
            if not edge.taken or not tr.effects:
                continue
            for meter, delta in tr.effects.items():
                where = ("states", name, "transitions", edge.index, "effects", meter)
                if meter not in read_anywhere:
                    continue
                if edge.target not in leads_to_reader[meter]:
                    report.add(
                        rules.USELESS_EFFECT, *_unread(sc, meter, edge.target), where, key=True
                    )
                    continue
                before = flow.meters[name][meter] & edge.limits.get(meter, vs.span(0, 100))
                stuck = vs.single(100) if delta > 0 else vs.single(0)
                if delta == 0:
                    report.add(
                        rules.USELESS_EFFECT,
                        f"effect {meter} {delta:+d} changes nothing",
                        "remove it",
                        where,
                        key=True,
                    )
                elif before == stuck:
                    report.add(
                        rules.USELESS_EFFECT,
                        f"effect {meter} {delta:+d} never changes '{meter}': it is always "
                        f"{vs.describe(before)} when this transition is taken, and a meter "
                        "stays within 0-100",
                        "remove the effect, or change the meter in the other direction on the way "
                        "here so that this one has room to move it",
                        where,
                        key=True,
                    )


def _unread(sc: Scenario, meter: str, target: str) -> tuple[str, str]:
    """RP408's message and hint for an effect whose meter nothing reads after ``target``."""
    if sc.states[target].end is not None:
        return (
            f"effect on '{meter}' can never matter: '{target}' is an ending, the conversation "
            "stops there, and no condition reads a meter after that",
            "remove the effect; to make this move count, change the meter on an earlier "
            "transition whose change a later `when` reads",
        )
    return (
        f"effect on '{meter}' can never matter: no `when` in '{target}' or in any state after "
        f"it reads '{meter}'",
        f'remove the effect, or read the meter on the way on, e.g. `when: {{{meter}: ">= 60"}}` '
        f"in a transition of '{target}'",
    )


def _check_endings(flow: Flow, report: _Report) -> None:
    sc = flow.scenario
    successes = [n for n, s in sc.states.items() if s.end == "success"]
    if not any(n in flow.reached for n in successes):
        detail = (
            f"{', '.join(repr(s) for s in successes)} cannot be reached"
            if successes
            else "no state has `end: success`"
        )
        report.add(
            rules.NO_SUCCESS,
            f"no success ending can be reached from '{sc.start}': {detail}",
            "add a transition to it from a state the learner reaches, or loosen the conditions "
            "on the way"
            if successes
            else "mark a state `end: success` and lead a transition to it",
            ("start",),
        )
        return
    _, best = success_paths(flow)
    if best is not None and best < sc.pass_score:
        report.add(
            rules.PASS_SCORE_UNREACHABLE,
            f"pass_score {sc.pass_score} cannot be reached: the conditions on the paths to "
            f"success allow an average overall of at most {best}",
            f"lower pass_score to {best} or less, or loosen the conditions",
            ("pass_score",),
        )


def _check_file_name(report: _Report) -> None:
    loaded = report.loaded
    if loaded.path is None or loaded.path.suffix not in (".yaml", ".yml"):
        return
    if loaded.path.stem != loaded.scenario.id:
        report.add(
            rules.FILE_NAME_MISMATCH,
            f"file '{loaded.path.name}' holds scenario '{loaded.scenario.id}'",
            f"rename the file to {loaded.scenario.id}.yaml",
            ("id",),
        )
    elif loaded.path.suffix == ".yml":
        report.add(
            rules.FILE_NAME_MISMATCH,
            f"file '{loaded.path.name}' ends in .yml: golden tests, `roleplay play ID` and "
            "`roleplay validate FOLDER` look for .yaml",
            f"rename the file to {loaded.scenario.id}.yaml",
            ("id",),
        )


def _graph_reachable(flow: Flow) -> set[str]:
    sc = flow.scenario
    seen = {sc.start}
    stack = [sc.start]
    while stack:
        for tr in sc.states[stack.pop()].transitions:
            if tr.to not in seen:
                seen.add(tr.to)
                stack.append(tr.to)
    return seen


def _can_reach_ending(flow: Flow) -> set[str]:
    sc = flow.scenario
    preds: dict[str, set[str]] = {}
    for name, edges in flow.edges.items():
        for edge in edges:
            if edge.taken:
                preds.setdefault(edge.target, set()).add(name)
    done = {n for n, s in sc.states.items() if s.end is not None}
    stack = list(done)
    while stack:
        for p in preds.get(stack.pop(), ()):
            if p not in done:
                done.add(p)
                stack.append(p)
    return done


def success_summary(loaded: LoadedScenario) -> PathSummary:
    """Shortest and longest play-through (in replies) that can end in success."""
    summary, _ = success_paths(analyse(loaded.scenario))
    return summary


def lint_files(loaded: Sequence[LoadedScenario]) -> dict[int, list[Diagnostic]]:
    """Lint several scenarios together: each one's own problems plus duplicate ids.

    Returns diagnostics by position in ``loaded``.
    """
    out = {i: lint(item) for i, item in enumerate(loaded)}
    first: dict[str, LoadedScenario] = {}
    for i, item in enumerate(loaded):
        sid = item.scenario.id
        if sid in first:
            other = first[sid].source.locate(("id",))
            out[i].append(
                Diagnostic(
                    rules.DUPLICATE_ID,
                    f"scenario id '{sid}' is already used by {_where(other)}",
                    "give each scenario its own id",
                    item.source.locate(("id",)),
                )
            )
        else:
            first[sid] = item
    return out


def _where(loc: Location) -> str:
    return str(loc)
