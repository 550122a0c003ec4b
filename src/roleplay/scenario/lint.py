"""Lint: problems in a scenario that loads but would play badly. Codes RP4xx.

This first version checks reachability, dead ends and fallbacks; see docs/authoring.md.
"""

from __future__ import annotations

from roleplay.errors import Diagnostic

from .loader import LoadedScenario

UNREACHABLE = "RP401"
DEAD_END = "RP402"
NO_FALLBACK = "RP403"


def reachable_states(loaded: LoadedScenario) -> set[str]:
    sc = loaded.scenario
    seen = {sc.start}
    stack = [sc.start]
    while stack:
        name = stack.pop()
        for tr in sc.states[name].transitions:
            if tr.to not in seen:
                seen.add(tr.to)
                stack.append(tr.to)
    return seen


def lint(loaded: LoadedScenario) -> list[Diagnostic]:
    sc = loaded.scenario
    src = loaded.source
    out: list[Diagnostic] = []
    reach = reachable_states(loaded)
    for name, state in sc.states.items():
        where = src.locate(("states", name), key=True)
        if name not in reach:
            out.append(
                Diagnostic(
                    UNREACHABLE,
                    f"state '{name}' can never be reached from '{sc.start}'",
                    "add a transition to it or remove it",
                    where,
                )
            )
        if state.end is None and not state.transitions:
            out.append(
                Diagnostic(
                    DEAD_END,
                    f"state '{name}' has no transitions and no end",
                    "add transitions, or mark it `end: success|failure|neutral`",
                    where,
                )
            )
        if state.end is None and state.transitions and not state.transitions[-1].unconditional:
            last = len(state.transitions) - 1
            out.append(
                Diagnostic(
                    NO_FALLBACK,
                    f"the last transition of '{name}' has conditions",
                    "end with a transition without `when` so every reply goes somewhere",
                    src.locate(("states", name, "transitions", last)),
                )
            )
    return out
