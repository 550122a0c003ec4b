"""A yes or a no that acts on "it" answers the line as a short yes or no does (issue 12): "Sure,
I'll do that." to "Can you get me a one-page answer by Wednesday?" promises the one-pager, where
read on its own it met whatever cave came closest, and "I can't do that." refuses it. Checked in several domains (a landlord, an IT desk, a data
residency rule, an escalation): paraphrases of such a yes, a verb the line asks for, hard
negatives (a verb that only considers, a no, a maybe, a move that names its object, a reply of
two sentences), and the session, which gives the matcher the line it shows."""

from __future__ import annotations

import pytest

from roleplay.engine import Session, compile_scenario
from roleplay.nlp.intent_answer import answered
from roleplay.nlp.intent_move_on_it import acts_on_it
from roleplay.scenario import load_file

from ..engine.test_session import FixedScorer
from .shipped import SCENARIOS, shipped_matcher
from .test_intent_answer import ADMIN, CAT, LANDLORD

ONE_PAGER = (
    "So can you get me a one-page answer for their IT director by Wednesday? If it's in "
    "writing, I can close Friday."
)
ADMIN_LINE = "Could you give me admin rights on the laptop, just for this week?"


@pytest.mark.parametrize(
    "reply",
    [
        "Sure, I'll do that.",
        "OK, I'll take care of it.",
        "Yes, I'll sort it out today.",
        "Fine, I'll handle it.",
        "Alright, we'll do it.",
        "Yes, I'll set it up this afternoon.",
        "OK, I'll get it done by Friday.",
        "Sure, I can do that.",
        "Happy to, I'll see to it myself.",
        "Yep, I'm going to deal with it tonight.",
    ],
)
def test_a_yes_on_it_is_read_against_the_line(reply: str) -> None:
    answer = answered(reply, ADMIN_LINE)
    assert answer is not None and answer.yes
    assert answer.reading == "I can give you admin rights on the laptop, just for this week."
    assert ADMIN.matched(reply, asked=ADMIN_LINE)[:1] == ("grant_admin",)
    assert LANDLORD.matched(reply, asked=CAT)[:1] == ("allow_pet",)


def test_a_verb_the_line_asks_for_says_yes_too() -> None:
    line = "Can you check the logs before the call?"
    assert acts_on_it("Sure, I'll check them now.", "check the logs before the call")
    answer = answered("Sure, I'll check them now.", line)
    assert answer is not None and answer.reading == "I can check the logs before the call."


@pytest.mark.parametrize(
    "reply",
    [
        "I'll think about it.",  # it only considers
        "Sure, I'll look into it.",
        "OK, I'll review it next week.",  # a verb the line does not ask for
        "I could do that.",  # a maybe
        "Maybe I'll do it.",
        "Sure, I'll set up the call.",  # it names its object: read as it is
        "Fine, I'll do it and brief the VP.",  # a second verb
        "I'll send it to legal.",  # a thing in the tail
        "Sure, I'll do that. But what does the board need to see?",  # two sentences
        "Will you do that?",  # a question
    ],
)
def test_what_is_not_a_yes_on_it(reply: str) -> None:
    assert answered(reply, ADMIN_LINE) is None
    assert ADMIN.matched(reply, asked=ADMIN_LINE) == ADMIN.matched(reply)


def test_a_line_that_asks_nothing_leaves_it_as_it_is() -> None:
    for line in (
        "The board meets on Friday.",
        "Why is the migration late?",
        "Are you OK with that?",
    ):
        assert answered("Sure, I'll do that.", line) is None


def test_the_one_pager_is_promised_not_the_rule_bent() -> None:
    matcher = shipped_matcher("compliance_bend")
    for reply in ("Sure, I'll do that.", "OK, I'll get it done.", "Alright, we'll do it."):
        got = matcher.matched(reply, asked=ONE_PAGER)
        assert got[:1] == ("promise_fast_answer",) and "concede_us_hosting" not in got


def test_a_yes_to_the_escalation_is_no_threat() -> None:
    matcher = shipped_matcher("late_dependency")
    line = (
        "OK. Would you come with me to my VP on Thursday and say what the audit is costing the "
        "launch? Coming from both of us it's a plan, not a complaint."
    )
    reply = "Yes, I'll set it up this afternoon."
    got = matcher.matched(reply, asked=line)
    assert got[:1] == ("offer_joint_escalation",) and "threaten_escalation" not in got


def test_a_session_hears_a_cave_said_as_a_yes_on_it() -> None:
    compiled = compile_scenario(load_file(SCENARIOS / "compliance_bend.yaml"))
    caved = Session.start(compiled, FixedScorer(), 1).reply("Sure, I'll set it up this afternoon.")
    assert caved.intents[:1] == ("concede_us_hosting",)
    assert caved.next_state == "rule_bent"


@pytest.mark.parametrize(
    "reply",
    [
        "I can't do that.",
        "Sorry, I won't do it.",
        "No, I can't do that this week.",
        "We can't do it.",
        "I'm not going to do that.",
        "I'm afraid I cannot handle that.",
    ],
)
def test_a_no_on_it_is_read_against_the_line(reply: str) -> None:
    answer = answered(reply, ADMIN_LINE)
    assert answer is not None and not answer.yes
    assert answer.reading == "I can't give you admin rights on the laptop, just for this week."
    assert ADMIN.matched(reply, asked=ADMIN_LINE)[:1] == ("refuse_admin",)
    assert LANDLORD.matched(reply, asked=CAT)[:1] == ("refuse_pet",)


def test_a_no_on_it_to_a_side_request_refuses_no_rule() -> None:
    # read against the one-pager request, "I can't do that." refuses the one-pager only
    matcher = shipped_matcher("compliance_bend")
    for reply in ("I can't do that.", "Sorry, I won't do it.", "We can't do it."):
        assert "hold_eu_rule" not in matcher.matched(reply, asked=ONE_PAGER)
    crux = "Can we host them in the US for now?"
    assert matcher.matched("Sorry, I won't do it.", asked=crux)[:1] == ("hold_eu_rule",)


@pytest.mark.parametrize(
    "reply",
    [
        "I can't think about it now.",  # a verb that only considers
        "I won't look into it.",
        "I can't do that, the lease forbids it.",  # it says why: read as it is
        "Can't we do it later?",  # a question
    ],
)
def test_what_is_not_a_no_on_it(reply: str) -> None:
    assert answered(reply, ADMIN_LINE) is None
