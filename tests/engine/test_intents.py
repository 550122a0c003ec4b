"""Intents in the engine: `said` conditions route replies, `say` variants react, turns record it."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.engine import Session, compile_scenario
from roleplay.engine.compiler import CompiledScenario
from roleplay.engine.lines import CompiledLine, pick_line
from roleplay.engine.predicates import TurnContext, build_condition
from roleplay.engine.records import turn_from_json, turn_to_json
from roleplay.scenario import load_file, load_text
from roleplay.scenario.model import Comparison, IntentRef
from roleplay.scoring.types import Score

from .test_session import FixedScorer

FIXTURE = Path(__file__).parent / "fixtures" / "budget_intents.yaml"


@pytest.fixture(scope="module")
def compiled() -> CompiledScenario:
    return compile_scenario(load_file(FIXTURE))


def _ctx(*intents: str, trust: int = 50) -> TurnContext:
    return TurnContext(
        reply="",
        score=Score(50, 50, 50, 50),
        meters={"trust": trust},
        turn=1,
        intents=frozenset(intents),
    )


def test_intent_predicates() -> None:
    said = build_condition("said", IntentRef(("a", "b")), set())
    said_all = build_condition("said_all", IntentRef(("a", "b")), set())
    not_said = build_condition("not_said", IntentRef(("a", "b")), set())
    assert said(_ctx("b")) and not said(_ctx("c"))
    assert said_all(_ctx("a", "b", "c")) and not said_all(_ctx("a"))
    assert not_said(_ctx("c")) and not not_said(_ctx("a"))


def test_first_holding_variant_wins_and_plain_lines_are_the_default() -> None:
    meters = {"trust"}
    lines = (
        CompiledLine("phased", (build_condition("said", IntentRef(("p",)), meters),)),
        CompiledLine("trusting", (build_condition("trust", _cmp(">= 70"), meters),)),
        CompiledLine("default", ()),
    )
    assert pick_line(lines, 0, 1, "s", _ctx("p", trust=90)) == "phased"
    assert pick_line(lines, 0, 1, "s", _ctx(trust=90)) == "trusting"
    assert pick_line(lines, 0, 1, "s", _ctx(trust=10)) == "default"
    assert pick_line(lines, 0, 0, "s", None) == "default"  # the start: no reply yet


def _cmp(text: str) -> Comparison:
    from roleplay.scenario.model_schema import Transition

    when = Transition.model_validate({"when": {"trust": text}, "to": "x"}).when
    assert when is not None
    comparison = when["trust"]
    assert isinstance(comparison, Comparison)
    return comparison


def test_a_proposal_moves_the_conversation_and_the_line_reacts(compiled: CompiledScenario) -> None:
    session = Session.start(compiled, FixedScorer())
    turn = session.reply("Could we split it, some of the cut now and the rest in Q4?")
    assert turn.intents[:1] == ("offer_phasing",)
    assert turn.next_state == "options"
    assert turn.next_line == "Phasing it could work. What would the first half look like?"
    end = session.reply("The first half would come from the contractor budget.")
    assert end.outcome == "success"


def test_refusing_every_dollar_fails_however_politely(compiled: CompiledScenario) -> None:
    session = Session.start(compiled, FixedScorer())
    turn = session.reply(
        "I really appreciate the pressure you're under, but I can't give up "
        "a single dollar of the Q3 budget."
    )
    assert "refuse_all" in turn.intents
    assert turn.outcome == "failure"


def test_a_reply_that_says_nothing_in_particular_stays(compiled: CompiledScenario) -> None:
    session = Session.start(compiled, FixedScorer())
    turn = session.reply("OK, let me think about it.")
    assert turn.intents == () and turn.next_state == "opening"


def test_say_variants_read_meters_after_the_effects(compiled: CompiledScenario) -> None:
    # FixedScorer gives empathy 10 unless the reply starts with "Lnn": the +20 trust path needs
    # empathy >= 40, so only the L80 reply is answered with the trusting line.
    warm = Session.start(compiled, FixedScorer())
    turn = warm.reply("L80 What does the board actually need to see by Friday?")
    assert turn.next_state == "dana_explains" and turn.meters_after["trust"] == 70
    assert turn.next_line is not None and turn.next_line.startswith("Honestly?")
    cold = Session.start(compiled, FixedScorer())
    turn = cold.reply("What does the board actually need to see by Friday?")
    assert turn.next_state == "dana_explains" and turn.next_line is not None
    assert turn.next_line.startswith("It's the annual number")


def test_said_all_picks_the_line_for_both_moves(compiled: CompiledScenario) -> None:
    session = Session.start(compiled, FixedScorer())
    turn = session.reply(
        "Help me understand what's driving the 30% for the board. "
        "Could we take part of it now and the remainder next quarter?"
    )
    assert set(turn.intents) >= {"offer_phasing", "ask_interest"}
    assert turn.next_line is not None and turn.next_line.startswith("Phasing, and you asked")


def test_turns_keep_their_intents_through_json(compiled: CompiledScenario) -> None:
    session = Session.start(compiled, FixedScorer())
    turn = session.reply("What if we spread the reduction over Q3 and Q4?")
    again = turn_from_json(turn_to_json(turn))
    assert again == turn and again.intents == turn.intents
    old = turn_to_json(turn)
    del old["intents"]  # rows saved before intents existed
    assert turn_from_json(old).intents == ()


def test_scenarios_without_intents_never_build_a_matcher() -> None:
    from .test_session import SCENARIO

    compiled = compile_scenario(load_text(SCENARIO))
    session = Session.start(compiled, FixedScorer())
    assert session.reply("L80 anything").intents == ()
    assert compiled.intents._matcher is None


def test_a_state_hears_the_intents_it_and_its_next_lines_read(compiled: CompiledScenario) -> None:
    heard = compiled.intents.heard_in
    # opening's transitions read all three; options' say variants read two of them
    assert heard["opening"] == {"offer_phasing", "refuse_all", "ask_interest"}
    # dana_explains branches on offering or refusing; no line it leads to reads ask_interest
    assert heard["dana_explains"] == {"offer_phasing", "refuse_all"}
    assert heard["agreement"] == frozenset()


def test_a_reply_is_matched_only_against_what_its_state_can_use(
    compiled: CompiledScenario,
) -> None:
    session = Session.start(compiled, FixedScorer())
    session.reply("What does the board actually need to see by Friday?")
    assert session.state == "dana_explains"
    # the same question again: ask_interest decides nothing here, so nothing is "heard"
    turn = session.reply("Help me understand what's driving the 30% number.")
    assert turn.intents == () and turn.next_state == "dana_explains"


def test_intents_left_out_still_compete_for_the_words(compiled: CompiledScenario) -> None:
    matcher = compiled.intents.matcher
    reply = "What does the board actually need to see by Friday?"
    assert matcher.matched(reply)[:1] == ("ask_interest",)
    # asked only about offering: the question is still not taken as an offer
    assert matcher.matched(reply, {"offer_phasing"}) == ()
    assert matcher.matched(reply, set()) == ()


LINES_ONLY = """\
id: lines_only
title: A line that reacts
summary: The next line reads an intent no transition reads.
learner: {role: Lead}
counterpart: {name: Dana, role: Finance}
intents:
  offer_phasing:
    examples:
      - "We could phase the cut: half this quarter and the rest after the launch."
      - "What if we spread the reduction over Q3 and Q4?"
      - "Could we take part of it now and the remainder next quarter?"
start: opening
states:
  opening:
    say: "I need 30% by Friday."
    hint: Offer something.
    transitions:
      - to: reply
  reply:
    say:
      - when: {said: offer_phasing}
        text: "Phasing? Go on."
      - "So what do you propose?"
    hint: Offer something.
    transitions:
      - to: done
  done:
    say: "Thanks."
    end: success
"""


def test_a_state_hears_what_the_next_line_reads_even_without_transitions_reading_it() -> None:
    compiled = compile_scenario(load_text(LINES_ONLY))
    assert compiled.intents.heard_in["opening"] == {"offer_phasing"}
    assert compiled.intents.heard_in["reply"] == frozenset()
    session = Session.start(compiled, FixedScorer())
    turn = session.reply("Could we split it, some of the cut now and the rest in Q4?")
    assert turn.intents == ("offer_phasing",) and turn.next_line == "Phasing? Go on."
    turn = session.reply("Could we split it, some of the cut now and the rest in Q4?")
    assert turn.intents == ()  # nothing after 'reply' reads it: not matched, not "heard"


class _UnreadingScorer:
    """Reads nothing: every reply is 'no_words' (as the product's scorer says of "20%")."""

    name = "unreading"

    def score(self, item: object) -> Score:
        return Score.unscored("no_words")


def test_a_reply_the_scorer_cannot_read_is_heard_as_saying_nothing(
    compiled: CompiledScenario,
) -> None:
    """Found by a newcomer: in budget_pushback the replies "5", "31" and "20%" (no words, so
    not scored) were heard as accepting the full cut, and the session failed at once. A reply
    that earns nothing says nothing: the encoder would only guess at it."""
    reply = "Could we take part of it now and the remainder next quarter?"
    assert "offer_phasing" in Session.start(compiled, FixedScorer()).prepare(reply).intents
    session = Session.start(compiled, _UnreadingScorer())
    prepared = session.prepare(reply)
    assert prepared.intents == () and not prepared.score.scored
    turn = session.apply(prepared)
    assert turn.intents == ()
