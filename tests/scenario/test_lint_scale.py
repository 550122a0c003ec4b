"""Lint does work in proportion to the scenario, not to its square.

Found in review: `roleplay validate` on a 4,000-state scenario took minutes of CPU. For every
transition with an effect, lint walked every state reachable from its target and listed every
state reading the meter again (a scan of the whole scenario per transition). Counted in Python
function calls, not seconds, so the test does not depend on how busy the machine is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from roleplay.scenario import load_text
from roleplay.scenario.lint import lint, success_summary
from roleplay.scenario.loaded import LoadedScenario

HEAD = """\
id: big
title: Big
summary: A generated tree of states.
learner: {role: Lead}
counterpart: {name: Dana, role: Finance}
meters: {trust: 50, patience: 60}
pass_score: 40
start: s0
states:
"""
CONDITIONS = ('collaboration: ">=50", trust: ">=50"', 'overall: ">=60", patience: "<=60"')


def _tree(n: int, cond: Callable[[int], str] = lambda i: CONDITIONS[i % 2]) -> LoadedScenario:
    """``n`` states; state i goes to 2i+1 when ``cond(i)`` holds (trust +5), else to 2i+2
    (patience -5); past the last state to the endings."""
    lines = [HEAD]
    for i in range(n):
        a = f"s{2 * i + 1}" if 2 * i + 1 < n else "won"
        b = f"s{2 * i + 2}" if 2 * i + 2 < n else "lost"
        lines.append(
            f'  s{i}: {{say: "Item {i}?", transitions: [{{when: {{{cond(i)}}}, '
            f"to: {a}, effects: {{trust: 5}}}}, {{to: {b}, effects: {{patience: -5}}}}]}}\n"
        )
    lines.append("  won: {say: Deal., end: success}\n  lost: {say: No., end: failure}\n")
    return load_text("".join(lines))


def _calls(work: Callable[[], Any]) -> int:
    """How many Python functions ``work`` calls (C functions included)."""
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        work()
    finally:
        sys.setprofile(None)
    return count


def test_lint_grows_linearly_with_the_number_of_states() -> None:
    small, big = _tree(100), _tree(400)
    lint(small)  # anything cached per process is warm for both
    small_calls = _calls(lambda: (lint(small), success_summary(small)))
    big_calls = _calls(lambda: (lint(big), success_summary(big)))
    # four times the states: about four times the work (it was sixteen times, and more)
    assert big_calls < 6 * small_calls, (small_calls, big_calls)


def test_an_effect_no_later_state_reads_is_still_reported_in_a_big_scenario() -> None:
    """The same findings as a plain walk of the tree: an effect on patience is reported
    exactly when no state after it reads patience."""
    n = 120

    def reads_patience(i: int) -> bool:
        return i % 9 == 4

    def cond(i: int) -> str:
        return 'patience: "<=60", overall: ">=60"' if reads_patience(i) else 'overall: ">=60"'

    def read_below(i: int) -> bool:
        return i < n and (reads_patience(i) or read_below(2 * i + 1) or read_below(2 * i + 2))

    found = {
        (d.location.line or 0) - 10  # state i is on line 10 + i
        for d in lint(_tree(n, cond))
        if d.code == "RP408" and "'patience'" in d.message and d.location
    }
    expected = {i for i in range(n) if not read_below(2 * i + 2)}
    assert found == expected and 0 < len(expected) < n


def test_loading_a_big_scenario_never_runs_the_cycle_collector() -> None:
    """The collector walked every node of a big file again and again while it was read (a
    third of the time for 4,000 states, growing with the size); it now waits for the load
    (and may run once as it ends), and is on again afterwards, also when the file is refused."""
    import gc

    from roleplay.errors import ScenarioError

    text = _tree(300).text
    runs: list[int] = []

    def counted(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            runs.append(info["generation"])

    gc.callbacks.append(counted)
    try:
        load_text(text)
        assert len(runs) <= 3 and gc.isenabled()  # as the load ends (it ran 300+ times before)
        runs.clear()
        try:
            load_text(text.replace("start: s0", "start: nowhere"))
        except ScenarioError:
            pass
        assert len(runs) <= 3 and gc.isenabled()
    finally:
        gc.callbacks.remove(counted)
