"""Engine: compile once, first matching transition wins, meters clamp, rewind, resume, endings."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from roleplay.engine import Session, build_debrief, compile_scenario
from roleplay.engine.records import turn_from_json, turn_to_json
from roleplay.errors import SessionError
from roleplay.scenario import load_text
from roleplay.scoring.fixed import FixedScorer as RuleScorer
from roleplay.scoring.types import Score, ScoreInput

SCENARIO = """
id: tiny
title: Tiny
summary: A tiny test scenario.
learner: {role: Lead}
counterpart: {name: Dana, role: Finance, interests: [no surprises]}
meters: {trust: 50, patience: 20}
pass_score: 50
max_turns: 6
start: opening
states:
  opening:
    say: ["Cut 30%.", "Thirty percent, please."]
    key_points: ["30%"]
    emotion: pressured
    hint: Acknowledge the pressure.
    transitions:
      - when: {listening: ">= 70", trust: ">= 50"}
        to: good
        effects: {trust: +60}
      - when: {mentions: ["quit", "resign"]}
        to: bad
      - when: {turn: ">= 3"}
        to: bad
        effects: {patience: -50}
      - to: opening
        effects: {trust: -5}
  good:
    say: Deal.
    end: success
    debrief: Well done.
  bad:
    say: No deal.
    end: failure
"""


@dataclass
class FixedScorer:
    """A test double: the score is read from the reply ("L80" -> listening 80)."""

    name: str = "fixed"

    def score(self, item: ScoreInput) -> Score:
        value = int(item.reply[1:3]) if item.reply[:1] == "L" and item.reply[1:3].isdigit() else 10
        return Score(value, value, value, value, "neutral", ())


@pytest.fixture()
def compiled():  # type: ignore[no-untyped-def]
    return compile_scenario(load_text(SCENARIO, "tiny.yaml"))


def test_first_matching_transition_wins_and_effects_clamp(compiled) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(compiled, FixedScorer(), seed=1)
    r = s.reply("L90 I hear the 30%")
    assert r.transition_index == 0
    assert r.next_state == "good"
    assert r.meters_after["trust"] == 100  # 50 + 60 clamped
    assert r.meter_changes == {"trust": 50}
    assert r.ended and r.outcome == "success" and s.outcome == "success"
    assert r.next_line == "Deal."
    with pytest.raises(SessionError):
        s.reply("more")


def test_fallback_loops_and_meter_falls(compiled) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(compiled, FixedScorer(), seed=1)
    r = s.reply("no")
    assert (r.transition_index, r.next_state, r.meters_after["trust"]) == (3, "opening", 45)
    # trust is now below 50, so even a great reply cannot take transition 0
    r = s.reply("L90 great")
    assert r.transition_index == 3
    r = s.reply("L90 great")
    assert r.transition_index == 2 and r.outcome == "failure"
    assert r.meters_after["patience"] == 0


def test_mentions_condition_matches_whole_words(compiled) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(compiled, FixedScorer(), seed=1)
    assert s.reply("the quitter stays").next_state == "opening"
    assert s.reply("then I QUIT.").next_state == "bad"


def test_rewind_restores_state_meters_and_line_and_links_new_answer(compiled) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(compiled, FixedScorer(), seed=1)
    line0 = s.counterpart_line
    s.reply("no")
    undone = s.rewind()
    assert undone.turn == 1
    assert (s.state, s.meters, s.turn, s.counterpart_line) == (
        "opening",
        {"trust": 50, "patience": 20},
        0,
        line0,
    )
    s.reply("L80 better")
    assert s.outcome == "success"
    d = build_debrief(s)
    assert [(r.turn, r.first_overall, r.second_overall) for r in d.rewinds] == [(1, 10, 80)]


def test_rewind_after_the_end_reopens_the_session(compiled) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(compiled, FixedScorer(), seed=1)
    s.reply("L90")
    assert s.ended
    s.rewind()
    assert not s.ended and s.state == "opening"
    assert s.reply("resign").next_state == "bad"


def test_turn_limit_ends_neutral() -> None:
    text = SCENARIO.replace("max_turns: 6", "max_turns: 2").replace('turn: ">= 3"', 'turn: ">= 9"')
    comp = compile_scenario(load_text(text, "t.yaml"))
    s = Session.start(comp, FixedScorer(), seed=1)
    s.reply("a")
    r = s.reply("b")
    assert r.ended and r.outcome == "neutral"


def test_say_variants_are_deterministic_per_seed(compiled) -> None:  # type: ignore[no-untyped-def]
    lines = {Session.start(compiled, FixedScorer(), seed=n).counterpart_line for n in range(40)}
    assert lines == {"Cut 30%.", "Thirty percent, please."}
    assert all(
        Session.start(compiled, FixedScorer(), seed=7).counterpart_line
        == Session.start(compiled, FixedScorer(), seed=7).counterpart_line
        for _ in range(3)
    )


def test_resume_rebuilds_state_from_saved_turns(compiled) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(compiled, FixedScorer(), seed=3)
    s.reply("no")
    s.reply("nope")
    saved = [turn_from_json(turn_to_json(t)) for t in s.turns]
    assert saved == s.turns
    again = Session.resume(compiled, FixedScorer(), 3, saved)
    assert (again.state, again.meters, again.turn) == (s.state, s.meters, s.turn)
    assert again.counterpart_line == s.counterpart_line
    assert again.reply("L90").outcome == s.reply("L90").outcome


def test_sessions_share_one_machine_without_interfering(compiled) -> None:  # type: ignore[no-untyped-def]
    a = Session.start(compiled, FixedScorer(), seed=1)
    b = Session.start(compiled, FixedScorer(), seed=1)
    a.reply("L90")
    assert a.state == "good" and b.state == "opening"
    assert b.reply("resign").next_state == "bad"


def test_debrief_names_missed_points_and_interests(compiled) -> None:  # type: ignore[no-untyped-def]
    s = Session.start(compiled, RuleScorer(), seed=1)
    s.reply("whatever")
    s.abandon()
    d = build_debrief(s)
    assert d.outcome == "abandoned" and not d.passed
    assert d.interests == ("no surprises",)
    assert d.advice[0].missed_points == ("30%",)
    assert "pressured" in d.advice[0].text()


def test_no_string_callbacks_reach_transitions(compiled) -> None:  # type: ignore[no-untyped-def]
    for event in compiled.machine.events.values():
        for transitions in event.transitions.values():
            for tr in transitions:
                assert all(callable(c.func) for c in tr.conditions)
                assert all(not isinstance(cb, str) for cb in tr.after)
