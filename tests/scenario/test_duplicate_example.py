"""One example written under two intents (a trainer copying a line to start a new intent): RP417
said the example 'is closer to' the very same sentence '(0.90)' and RP423 asked to 'reword it so
the move is said in words'. Both now say what happened: it is an example of both intents."""

from __future__ import annotations

from roleplay.scenario import load_text
from roleplay.scenario.lint import lint

SCENARIO = """\
id: dup
title: T
summary: S
learner: {role: Analyst}
counterpart: {name: Sam, role: Analyst}
intents:
  protect_thursday:
    examples:
      - "I'll make sure the handover keeps Thursdays clear for your course."
      - "Your Thursday afternoons stay yours, the report can wait."
      - "We can move the deadline off Thursday."
  move_deadline:
    examples:
      - "The report could go out on Friday instead."
      - "Let's shift the report day."
      - "we can move the  deadline off Thursday."
start: a
states:
  a:
    say: Hi.
    hint: h
    transitions:
      - when: {said: protect_thursday}
        to: b
      - when: {said: move_deadline}
        to: b
      - to: a
  b: {say: Done., end: success}
"""


def test_an_example_under_two_intents_is_named_as_such() -> None:
    found = [d for d in lint(load_text(SCENARIO, "dup.yaml")) if d.code == "RP417"]
    (d,) = found
    assert d.message == (
        "intents 'protect_thursday' and 'move_deadline' can't be told apart: "
        "'We can move the deadline off Thursday.' is an example of both"
    )
    assert d.hint is not None and "keep it under the intent whose move it says" in d.hint
    assert d.location is not None and d.location.line == 11


def test_its_rp423_points_at_the_other_intent_instead_of_asking_for_other_words() -> None:
    for d in lint(load_text(SCENARIO, "dup.yaml")):
        if d.code == "RP423":
            assert d.hint is not None and "is also an example of" in d.hint, d.hint
