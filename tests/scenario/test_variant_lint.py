"""RP426: a `say` variant that reads an intent no reply reaching its state can say. Found by a
trainer: a reaction to an order in the state the fallback leads to, while the opening sent every
order to an ending first - validate was clean and the line could never be seen."""

from __future__ import annotations

from roleplay.scenario import load_text
from roleplay.scenario.lint import lint

HEAD = """
id: variants
title: t
summary: s
learner: {role: Lead}
counterpart: {name: Sam, role: Peer}
intents:
  order_it:
    examples: ["Just do it, that's the way it is.", "You'll take the report from Monday, end of discussion.", "I'm not asking, I'm telling you."]
  offer_help:
    examples: ["I can take the dashboards off you this week.", "Let me cover Lee's work until Friday.", "I'll pick up one of the dashboards myself."]
start: opening
states:
  won: {say: Done., end: success}
  lost: {say: No., end: failure}
"""


def _rp426(states: str) -> list[str]:
    return [d.message for d in lint(load_text(HEAD + states)) if d.code == "RP426"]


REACT = """
  reacts:
    say:
      - when: {WHEN}
        text: "I heard that."
      - "Go on."
    hint: h
    transitions:
      - when: {said: offer_help}
        to: won
      - when: {said: order_it}
        to: lost
      - to: lost
"""


def _opening(*transitions: str) -> str:
    body = "".join(f"\n      - {t}" for t in transitions)
    return f"""
  opening:
    say: "Take the report?"
    hint: h
    transitions:{body}
"""


def test_an_earlier_said_transition_takes_every_such_reply() -> None:
    found = _rp426(
        _opening("when: {said: order_it}\n        to: lost", "to: reacts")
        + REACT.replace("{WHEN}", "{said: order_it}")
    )
    assert len(found) == 1 and "'order_it'" in found[0] and "'reacts'" in found[0]


def test_not_said_on_the_only_way_in() -> None:
    found = _rp426(
        _opening("when: {not_said: order_it}\n        to: reacts", "to: lost")
        + REACT.replace("{WHEN}", "{said: order_it}")
    )
    assert len(found) == 1


def test_one_way_in_that_can_carry_it_is_enough() -> None:
    assert not _rp426(
        _opening(
            "when: {said: order_it, listening: '< 30'}\n        to: lost",
            "to: reacts",
        )
        + REACT.replace("{WHEN}", "{said: order_it}")
    )
    assert not _rp426(
        _opening("when: {said: order_it}\n        to: reacts", "to: lost")
        + REACT.replace("{WHEN}", "{said: order_it}")
    )


def test_said_any_of_needs_every_name_refused() -> None:
    states = _opening("when: {said: order_it}\n        to: lost", "to: reacts")
    assert not _rp426(states + REACT.replace("{WHEN}", "{said: [order_it, offer_help]}"))
    assert _rp426(states + REACT.replace("{WHEN}", "{said_all: [order_it, offer_help]}"))


def test_a_variant_on_scores_or_meters_is_not_this_rule() -> None:
    assert not _rp426(
        _opening("when: {said: order_it}\n        to: lost", "to: reacts")
        + REACT.replace("{WHEN}", "{listening: '>= 60'}")
    )


START_REACTS = """
  opening:
    say:
      - when: {said: order_it}
        text: "Don't just order me about."
      - "Take the report?"
    hint: h
    transitions:
      - when: {said: offer_help}
        to: won
      - to: lost
"""


def test_a_variant_on_a_start_state_nothing_leads_back_to_is_never_said() -> None:
    """Trying the authoring path: a reaction written in the opening state was never said and
    validate was clean. Only the start reaches the opening, and at the start no reply has been
    given, so only its plain lines are candidates (docs/authoring.md)."""
    (message,) = _rp426(START_REACTS)
    assert "variant 1 of 'opening' is never said: only the start reaches 'opening'" in message


def test_a_variant_on_a_start_state_a_transition_leads_back_to_can_be_said() -> None:
    back = START_REACTS.replace("      - to: lost\n", "      - to: opening\n")
    assert _rp426(back) == []
