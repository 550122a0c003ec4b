"""The debrief names decisive moves by what they did: the advice for a turn an intent decided
starts with the move and where it went (not only words to pick up), a move that ended in failure
is advised on however well it was worded and is never the strongest turn, and a move that moved
the conversation on is never labelled the weakest turn for its wording."""

from __future__ import annotations

from roleplay.engine import Session, build_debrief, compile_scenario
from roleplay.engine.session import TurnResult
from roleplay.scenario import load_text
from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.types import Score

RESIDENCY = """
id: residency
title: Hold the line on data residency
summary: Sales wants patient data in the US region for now.
learner: {role: Privacy counsel}
counterpart: {name: Marcus, role: Sales director}
meters: {trust: 50}
intents:
  concede_us:
    label: you agreed to put patient data in the US region
    examples:
      - "Fine, host them in the US for now and we'll migrate later."
      - "OK, go ahead with the US region temporarily."
      - "I can live with Virginia for a few weeks if it gets them live."
start: ask
states:
  ask:
    say: "We host them in the US for now and move them later. Fine, right?"
    key_points: ["US for now", "move them later"]
    emotion: impatient
    transitions:
      - when: {said: concede_us}
        to: bent
      - to: ask_again
  ask_again:
    say: "Come on, it's temporary. Nobody audits month one."
    key_points: ["temporary", "nobody audits", "month one"]
    emotion: frustrated
    transitions:
      - when: {said: concede_us}
        to: bent
      - to: ask_again
  bent:
    say: "Perfect, I'll tell them it's approved."
    end: failure
"""

ROTA = """
id: rota
title: Cover the night shifts
summary: The ward manager needs two more nurses on nights next week.
learner: {role: Charge nurse}
counterpart: {name: Priya, role: Ward manager}
meters: {trust: 50, patience: 50}
intents:
  offer_split:
    label: you offered to split the nights between two teams
    examples:
      - "What if my team takes Monday to Wednesday and day staff cover the rest?"
      - "We could split the nights: three from us, two from the bank."
      - "Let's share it, half the shifts each."
start: ask
states:
  ask:
    say: "I need two more nurses on nights next week. Can you do it?"
    key_points: ["two more nurses", "nights", "next week"]
    emotion: worried
    transitions:
      - when: {said: offer_split}
        to: planning
        effects: {trust: +10}
      - to: ask
  planning:
    say: "That could work. Who goes first?"
    key_points: ["who goes first"]
    transitions:
      - to: done
  done:
    say: "Thanks, that helps."
    end: success
"""


def _score(overall: int, listening: int, empathy: int) -> Score:
    return Score(listening, empathy, overall, overall, "neutral", ())


def _turn(
    n: int,
    state: str,
    reply: str,
    overall: int,
    next_state: str,
    transition: int | None,
    intents: tuple[str, ...] = (),
    listening: int = 40,
    empathy: int = 40,
) -> TurnResult:
    return TurnResult(
        n,
        state,
        "line",
        reply,
        _score(overall, listening, empathy),
        {},
        {},
        next_state,
        None,
        transition,
        intents=intents,
    )


def _session(text: str, turns: list[TurnResult]) -> Session:
    session = Session.start(compile_scenario(load_text(text)), FixedScorer())
    session.turns = turns
    return session


def test_a_polite_cave_is_advised_on_by_the_move_and_is_never_the_strongest_turn() -> None:
    session = _session(
        RESIDENCY,
        [
            _turn(1, "ask", "Tell me more about the timeline.", 55, "ask_again", 1),
            _turn(
                2,
                "ask_again",
                "Sure, go ahead, host it in Virginia.",
                84,
                "bent",
                0,
                ("concede_us",),
                listening=30,
            ),
            _turn(3, "ask_again", "Hm.", 35, "ask_again", 1),
        ],
    )
    d = build_debrief(session)
    assert d.strongest is not None and d.strongest.turn == 1  # not the cave that scored 84
    (cave,) = [a for a in d.advice_to_show() if a.turn == 2]
    said = cave.text()
    assert said.startswith("You agreed to put patient data in the US region")
    assert "ended in failure" in said
    assert "“temporary”" in said  # the words it missed still follow the move
    # the cave is never offered back as "your own best reply to this moment"
    assert d.better_reply is None or "Virginia" not in d.better_reply.text


def test_a_cave_that_needs_no_other_advice_is_still_named() -> None:
    session = _session(
        RESIDENCY,
        [
            _turn(
                1,
                "ask",
                "Fine, host them in the US for now.",
                90,
                "bent",
                0,
                ("concede_us",),
                listening=90,
            )
        ],
    )
    (cave,) = build_debrief(session).advice_to_show()
    assert cave.text().startswith("You agreed to put patient data in the US region")


def test_an_offer_that_moved_it_on_is_not_the_weakest_turn_and_its_advice_names_it() -> None:
    session = _session(
        ROTA,
        [
            _turn(1, "ask", "That sounds worrying for next week. What's behind it?", 70, "ask", 1),
            _turn(
                2,
                "ask",
                "Split them, three us, two bank.",
                38,
                "planning",
                0,
                ("offer_split",),
                listening=20,
            ),
            _turn(3, "planning", "Sure.", 45, "done", 0),
        ],
    )
    d = build_debrief(session)
    assert d.weakest is not None and d.weakest.turn == 3  # not the offer that decided it
    (offer,) = [a for a in d.advice_to_show() if a.turn == 2]
    said = offer.text()
    assert said.startswith("You offered to split the nights between two teams")
    assert "moved it on" in said and "“nights”" in said


def test_an_offer_that_needs_no_advice_is_not_listed() -> None:
    session = _session(
        ROTA,
        [
            _turn(
                1,
                "ask",
                "Split them, three us, two bank; nights next week, two nurses.",
                70,
                "planning",
                0,
                ("offer_split",),
                listening=80,
                empathy=80,
            )
        ],
    )
    assert all(a.turn != 1 for a in build_debrief(session).advice_to_show())
