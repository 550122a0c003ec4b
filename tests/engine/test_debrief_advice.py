"""Debrief advice follows from each turn's evidence; the weakest turn gets a better reply."""

from __future__ import annotations

import dataclasses

from roleplay.engine import Session, build_debrief, compile_scenario
from roleplay.engine.debrief import turn_advice
from roleplay.engine.session import TurnResult
from roleplay.scenario import load_text
from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.types import Evidence, Score, ScoreInput

SCENARIO = """
id: advice
title: Advice
summary: Testing the debrief advice.
learner: {role: Lead}
counterpart: {name: Dana, role: Finance}
start: first
states:
  first:
    say: "Thirty percent by Friday. What could you do?"
    key_points: ["thirty percent", "Friday", "what could you do"]
    emotion: frustrated
    transitions:
      - to: second
  second:
    say: "Go on."
    key_points: ["go on"]
    emotion: open
    model_reply: "Here is what we could do together by Friday."
    transitions:
      - to: done
  done:
    say: "Thanks."
    end: neutral
"""


def _turn(
    reply: str, listening: int, empathy: int, evidence: tuple[Evidence, ...] = ()
) -> TurnResult:
    score = Score(listening, empathy, 30, (listening + empathy + 30) // 3, "neutral", evidence)
    return TurnResult(1, "first", "line", reply, score, {}, {}, "first", None, None)


POINTS = ("thirty percent", "Friday", "what could you do")


def test_high_empathy_gets_no_feeling_advice_even_without_feeling_words() -> None:
    advice = turn_advice(_turn("Right, I see where you are.", 30, 100), POINTS, "furious")
    assert advice.acknowledge is None
    assert "feel" not in advice.text()


def test_low_empathy_with_a_difficult_feeling_is_advised() -> None:
    advice = turn_advice(_turn("Fine.", 30, 20), POINTS, "frustrated")
    assert advice.acknowledge == "frustrated" and advice.needed
    assert "acknowledge how they seemed to feel (frustrated)" in advice.text()


def test_no_feeling_advice_for_states_that_are_not_difficult_feelings() -> None:
    for emotion in ("open", "cautiously hopeful", "steady"):
        assert turn_advice(_turn("Fine.", 30, 10), (), emotion).acknowledge is None, emotion


def test_a_named_feeling_counts_as_acknowledged() -> None:
    advice = turn_advice(_turn("That sounds frustrating.", 30, 40), (), "frustrated")
    assert advice.acknowledge is None and advice.emotion_acknowledged


def test_an_unscored_reply_gets_no_content_advice_but_is_told_why_it_earned_nothing() -> None:
    """Found by a learner: a reply in French got overall 0 in the debrief with no word on why
    (the advice skipped it); the end of the conversation now says it was not read."""
    t = _turn("Je comprends votre inquiétude.", 0, 0)
    t = dataclasses.replace(t, score=Score.unscored("language:fr"))
    advice = turn_advice(t, POINTS, "frustrated")
    assert advice.needed and advice.unread == "language:fr"
    assert advice.missed_points == () and advice.acknowledge is None
    assert advice.text().startswith("Not scored: the reply seems to be in French")


def test_good_listening_gets_no_pick_up_advice() -> None:
    advice = turn_advice(_turn("Let's talk about it.", 80, 80), POINTS, "frustrated")
    assert advice.missed_points == () and not advice.needed


def test_an_answered_question_and_an_argued_point_are_not_missed() -> None:
    proposal = (Evidence("collaboration", 7, "proposed an option", (0, 7)),)
    reply = "What if I cut ten percent now and review after the launch?"
    advice = turn_advice(_turn(reply, 40, 80, proposal), POINTS, "frustrated")
    # "percent" engages "thirty percent" (argued with, not ignored); the question was answered
    assert advice.missed_points == ("Friday",)
    unanswered = turn_advice(_turn("Ten percent.", 40, 80), POINTS, "frustrated")
    assert unanswered.missed_points == ("Friday", "what could you do")


def _session() -> Session:
    return Session.start(compile_scenario(load_text(SCENARIO, "advice.yaml")), FixedScorer(), 1)


def test_advice_to_show_keeps_only_turns_with_advice() -> None:
    s = _session()
    s.reply("Whatever.")  # listening and empathy 30: both kinds of advice
    s.reply("I hear you, let's go on together?")  # good enough: nothing to advise
    d = build_debrief(s)
    assert len(d.advice) == 2
    assert [a.turn for a in d.advice_to_show()] == [1]


def test_the_weakest_turn_gets_the_scenarios_model_reply() -> None:
    s = _session()
    s.reply("I understand, thirty percent by Friday. What could we do together?")
    s.reply("No.")  # the weakest turn, in "second", which has a model reply
    d = build_debrief(s)
    assert d.weakest is not None and d.weakest.state == "second"
    assert d.better_reply is not None and d.better_reply.source == "scenario"
    assert d.better_reply.text == "Here is what we could do together by Friday."
    assert "the scenario's model reply" in d.better_reply.heading()


def test_without_a_model_reply_the_learners_best_reply_to_that_state_is_shown() -> None:
    s = _session()
    good = "I understand, thirty percent by Friday. What could we do together?"
    s.reply(good)
    s.rewind()
    s.reply("No.")  # weakest turn, in "first" (no model reply); the rewound reply was better
    d = build_debrief(s)
    assert d.better_reply is not None and d.better_reply.source == "history"
    assert d.better_reply.text == good and d.better_reply.turn == 1
    saved = build_debrief(s, lambda scenario, state: ("A saved reply", 99))
    assert saved.better_reply is not None and saved.better_reply.text == "A saved reply"


def test_no_better_reply_when_nothing_scored_higher() -> None:
    s = _session()
    s.reply("No.")
    d = build_debrief(s, lambda scenario, state: ("worse", 1))
    assert d.better_reply is None
    assert dataclasses.replace(d, better_reply=None) == d


class _EmojiUnread(FixedScorer):
    """The fixed scorer, except that a reply of emoji only cannot be read."""

    def score(self, item: ScoreInput) -> Score:
        return Score.unscored("no_words") if item.reply == "😀" else super().score(item)


def test_strongest_and_weakest_are_chosen_among_the_replies_the_scorer_read() -> None:
    scenario = compile_scenario(load_text(SCENARIO, "advice.yaml"))
    s = Session.start(scenario, _EmojiUnread(), 1)
    s.reply("😀")  # overall 0, but not a weak reply: an unread one
    s.reply("I hear you, let's go on together?")
    d = build_debrief(s)
    assert d.strongest is not None and d.strongest.turn == 2
    assert d.weakest is not None and d.weakest.turn == 2
    assert d.unread == ("no_words", None)
    assert [a.turn for a in d.advice_to_show()][:1] == [1]
    only_unread = Session.start(scenario, _EmojiUnread(), 1)
    only_unread.reply("😀")
    d = build_debrief(only_unread)
    assert d.strongest is None and d.weakest is None and d.better_reply is None
