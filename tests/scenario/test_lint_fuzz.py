"""Lint never crashes, whatever shape a (loadable) scenario has, and its reachability agrees with
actually playing: every state a random play-through visits is one lint calls reachable."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from roleplay.engine import Session, compile_scenario
from roleplay.scenario import load_text
from roleplay.scenario.flow import analyse
from roleplay.scenario.lint import lint, success_summary
from roleplay.scoring.types import Score, ScoreInput

NAMES = ["a", "b", "c", "d", "e"]
OPS = [">=", "<=", ">", "<", "==", "!="]


class RandomScorer:
    name = "random"

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def score(self, item: ScoreInput) -> Score:
        dims = [self.rng.randint(0, 100) for _ in range(3)]
        return Score(dims[0], dims[1], dims[2], overall=round(sum(dims) / 3))


condition = st.tuples(
    st.sampled_from(["listening", "empathy", "collaboration", "overall", "trust", "turn"]),
    st.sampled_from(OPS),
    st.integers(-10, 110),
)
transition = st.tuples(
    st.lists(condition, max_size=2, unique_by=lambda c: c[0]),
    st.sampled_from(NAMES),
    st.integers(-30, 30),
)
state = st.tuples(st.lists(transition, max_size=4), st.sampled_from([None, "success", "failure"]))


def render(
    states: list[tuple[list[tuple[list[tuple[str, str, int]], str, int]], str | None]],
) -> str:
    lines = [
        "id: fuzz",
        "title: T",
        "summary: S",
        "learner: {role: L}",
        "counterpart: {name: N, role: R}",
        "meters: {trust: 50}",
        "max_turns: 8",
        "start: a",
        "states:",
    ]
    for name, (transitions, end) in zip(NAMES, states, strict=True):
        lines.append(f"  {name}:")
        lines.append("    say: Hi.")
        if end:
            lines.append(f"    end: {end}")
        if transitions:
            lines.append("    transitions:")
        for conds, to, effect in transitions:
            when = ", ".join(f'{k}: "{op} {v}"' for k, op, v in conds)
            lines.append(f"      - to: {to}")
            if conds:
                lines.append(f"        when: {{{when}}}")
            if effect:
                lines.append(f"        effects: {{trust: {effect:+d}}}")
    return "\n".join(lines) + "\n"


@settings(max_examples=150, deadline=None)
@given(st.lists(state, min_size=5, max_size=5), st.integers(0, 10_000))
def test_lint_is_total_and_sound(states: list, seed: int) -> None:  # type: ignore[type-arg]
    loaded = load_text(render(states))
    for d in lint(loaded):
        assert d.code.startswith("RP4") and d.location is not None
    success_summary(loaded)
    flow = analyse(loaded.scenario)
    session = Session.start(compile_scenario(loaded), RandomScorer(seed), seed)
    visited = {session.state}
    while not session.ended:
        name, trust, turn = session.state, session.meters["trust"], session.turn + 1
        assert (flow.meters[name]["trust"] >> trust) & 1, (name, trust)
        assert (flow.turns[name] >> turn) & 1, (name, turn)
        result = session.reply("hello")
        if result.transition_index is not None:
            assert flow.edges[name][result.transition_index].taken
        if not (result.ended and loaded.scenario.states[result.next_state].end is None):
            visited.add(result.next_state)  # (a state entered as max_turns stops it is not played)
    assert visited <= flow.reached
