"""RP428: a state's `model_reply` that, sent as a reply there, is routed to a wrong move (a
failure ending, or meter effects that add up to a loss). A model reply that merely also
resembles a second intent, but is routed where the author meant, is not reported: an earlier
form of the rule (trainer21's, never landed) did report it, and flagged 14 of 24 scenarios
written from docs/authoring.md alone that play correctly."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.scenario import load_file, load_text
from roleplay.scenario.lint import lint

from ..conftest import SCENARIOS
from ..model_reply_route import engine_routes_to_a_wrong_move

FIXTURE = Path(__file__).parent / "lint_fixtures" / "rp428_model_reply_fails.yaml"

# A dental practice: the hygienist wants to skip the medical-history check for a regular patient.
DENTAL = """\
id: dental_history
title: The medical history
summary: A regular patient and a skipped check.
learner: {role: Practice manager}
counterpart: {name: Rosa, role: Hygienist}
start: opening
meters: {trust: 50}
intents:
  skip_history:
    examples:
      - "Fine, skip the medical history form for her today."
      - "OK, go ahead without updating her medical history this time."
      - "Sure, she's a regular, no need for the history check today."
  ask_about_delay:
    examples:
      - "How far behind is the list this morning?"
      - "What is making the appointments run late today?"
      - "Which patients are waiting longest right now?"
  offer_reception_help:
    examples:
      - "I can have reception go through the form with her in the waiting room."
      - "Let's get the front desk to take her history while you set up."
      - "I'll ask Sam at reception to do the history questions before she comes in."
states:
  opening:
    say: "Mrs Hale is a regular. Can I skip her medical history today? We're forty minutes behind."
    hint: The history check protects her. Ask what is behind the delay, or offer help with it.
    model_reply: "MODEL"
    transitions:
TRANSITIONS
  explains:
    say: "Two emergencies came in first thing."
    hint: Offer help with the form.
    transitions:
      - when: {said: offer_reception_help}
        to: agreed
      - to: explains
  skipped:
    say: "Thanks, I'll skip it."
    end: failure
    debrief: A patient was treated without a current history.
  agreed:
    say: "That works, reception can do it."
    end: success
    debrief: The check was kept and the list caught up.
"""

ROUTES = """\
      - when: {said: skip_history}
        to: skipped
      - when: {said: ask_about_delay}
        to: explains
        effects: {trust: 10}
      - when: {said: offer_reception_help}
        to: agreed
      - when: {trust: ">= 0"}
        to: opening
"""

LOST = ROUTES.replace(
    "        to: skipped\n", "        to: opening\n        effects: {trust: -20}\n"
)

ASKS = "Forty minutes is a lot to carry. What is making the appointments run late today?"
CAVES = "Sure, she's a regular - go ahead without the medical history form today."
OFFERS = "I'll get the front desk to take her history in the waiting room while you set up."


def _rp428(model_reply: str, transitions: str = ROUTES) -> list[str]:
    text = DENTAL.replace("MODEL", model_reply).replace("TRANSITIONS\n", transitions)
    return [d.format() for d in lint(load_text(text, "dental.yaml")) if d.code == "RP428"]


def test_a_model_reply_heard_as_the_move_that_fails_is_reported_at_its_place() -> None:
    (line,) = _rp428(CAVES)
    assert line.startswith("dental.yaml:28:18 RP428 warning: the model reply of 'opening'")
    assert "heard as 'skip_history'" in line and "a failure ending" in line


@pytest.mark.parametrize("reply", [ASKS, OFFERS], ids=["asks", "offers"])
def test_a_model_reply_routed_to_a_good_move_is_not_reported(reply: str) -> None:
    assert _rp428(reply) == []


def test_a_reply_that_also_resembles_a_second_move_is_not_reported_when_it_routes_well() -> None:
    """The noise the rule leaves out: an ask that also offers help goes where it should."""
    assert _rp428(f"{ASKS} {OFFERS}") == []


def test_a_move_that_loses_on_the_meters_is_a_wrong_move_too() -> None:
    (line,) = _rp428(CAVES, LOST)
    assert "to 'opening' with trust -20, a move the debrief says did not work" in line


def test_a_wrong_move_that_waits_on_a_score_is_reported_as_one_it_can_take() -> None:
    gated = ROUTES.replace(
        "      - when: {said: skip_history}\n",
        '      - when: {said: skip_history, empathy: ">= 50"}\n',
    )
    (line,) = _rp428(CAVES, gated)
    assert "can take (its other conditions holding) transition 1" in line


def test_a_score_gate_to_failure_is_not_taken_for_a_model_reply() -> None:
    """A model reply is written to earn its score: `overall < 30` to the failure ending before
    the moves is passed over, and a good move after it is the route."""
    gate = '      - when: {overall: "< 30"}\n        to: skipped\n'
    assert _rp428(ASKS, gate + ROUTES) == []


def test_a_good_move_on_a_score_before_the_wrong_one_may_take_the_reply() -> None:
    """Benefit of the doubt: a transition that reads the score and is no wrong move may take
    a strong reply before the wrong move does, so nothing is certain enough to report."""
    first = '      - when: {overall: ">= 70"}\n        to: agreed\n'
    assert _rp428(CAVES, first + ROUTES) == []


def test_mentions_are_read_as_the_engine_reads_them() -> None:
    """A good move kept for a cave that names a later date is not taken by a cave that names
    none (before, lint took `mentions` to hold, and missed the failure behind it)."""
    later = '      - when: {said: skip_history, mentions: ["next visit", "tomorrow"]}\n        to: explains\n'
    (line,) = _rp428(CAVES, later + ROUTES)
    assert "takes transition 2" in line
    assert _rp428(CAVES + " We can do the form at her next visit.", later + ROUTES) == []


def test_a_model_reply_heard_as_nothing_that_falls_to_a_penalty_is_reported() -> None:
    fallback = ROUTES.replace(
        '      - when: {trust: ">= 0"}\n        to: opening\n',
        "      - to: opening\n        effects: {trust: -10}\n",
    )
    (line,) = _rp428("The weather has been lovely this week.", fallback)
    assert "heard as no intent" in line and "trust -10" in line


@pytest.mark.parametrize(
    ("reply", "transitions", "reported"),
    [
        (CAVES, ROUTES, True),
        (CAVES, LOST, True),
        (ASKS, ROUTES, False),
        (f"{ASKS} {OFFERS}", ROUTES, False),
    ],
    ids=["cave", "meter-loss", "ask", "ask-and-offer"],
)
def test_what_lint_says_of_a_model_reply_is_what_the_engine_does_with_it(
    reply: str, transitions: str, reported: bool
) -> None:
    """Lint reads the route without a scorer; the engine, playing the reply with the product's
    scorer, agrees on every one of these."""
    text = DENTAL.replace("MODEL", reply).replace("TRANSITIONS\n", transitions)
    loaded = load_text(text, "dental.yaml")
    assert any(d.code == "RP428" for d in lint(loaded)) is reported
    assert engine_routes_to_a_wrong_move(loaded, "opening") is reported


def test_the_fixture_names_the_code_the_docs_explain(capsys: pytest.CaptureFixture[str]) -> None:
    assert [d.code for d in lint(load_file(FIXTURE)) if d.code == "RP428"] == ["RP428"]
    assert main(["docs", "RP428"]) == 0
    shown = capsys.readouterr().out
    assert "model-reply-fails" in shown and "would fail" in shown


def test_the_shipped_library_has_no_model_reply_that_fails() -> None:
    for path in sorted(SCENARIOS.glob("*.yaml")):
        if not path.name.endswith(".tests.yaml"):
            assert [d.format() for d in lint(load_file(path)) if d.code == "RP428"] == []


def test_a_move_to_success_that_costs_on_the_meters_worked_so_it_is_no_wrong_move() -> None:
    """One judgement of a move (roleplay.scenario.move_outcome): the debrief says a move that
    ends in success worked whatever it cost on the meters, so the model reply that takes it is
    not reported (lint once read the meters first and called it a loss)."""
    costly_success = ROUTES.replace(
        "        to: agreed\n", "        to: agreed\n        effects: {trust: -5}\n", 1
    )
    assert _rp428(OFFERS, costly_success) == []


def test_lint_and_the_debrief_judge_every_shipped_transition_alike() -> None:
    """RP428's wrong move is exactly the move the debrief says did not work, on every
    transition of every shipped scenario."""
    from roleplay.engine.heard import DecisiveMove
    from roleplay.scenario.model_reply_lint import wrong_move

    judged = 0
    for path in sorted(SCENARIOS.glob("*.yaml")):
        if path.name.endswith(".tests.yaml"):
            continue
        scenario = load_file(path).scenario
        for name, state in scenario.states.items():
            for transition in state.transitions:
                target = scenario.states.get(transition.to)
                move = DecisiveMove(
                    1,
                    name,
                    transition.to,
                    ("x",),
                    ("x",),
                    ending=target.end if target is not None else None,
                    effect=sum(transition.effects.values()),
                )
                assert (wrong_move(scenario, transition) is not None) == (move.worked is False)
                judged += 1
    assert judged > 100
