"""A short yes or no read against the line it answers (issue 12): "No." to "Can we host them in
the US for now?" refuses US hosting and "Sure." concedes it, where on their own they say nothing.
Checked in several domains (a landlord, an IT desk, a clinic rota, a data-residency rule):
the reading of the line, the matcher with and without it, hard negatives (a no that is no
answer, an acknowledgement, a question that asks for words, a reply that says more), and the
session, which gives the matcher the line it shows."""

from __future__ import annotations

import pytest

from roleplay.engine import Session, compile_scenario
from roleplay.nlp.intent_answer import answered, short_answer
from roleplay.nlp.intents import ANSWER_UNFIT, IntentMatcher, IntentSpec
from roleplay.scenario import load_file

from ..engine.test_session import FixedScorer
from .shipped import SCENARIOS, shipped_matcher

LANDLORD = IntentMatcher(  # a tenant asks to keep a pet; the lease forbids it
    [
        IntentSpec(
            "allow_pet",
            (
                "Fine, you can keep the cat in the flat.",
                "OK, a cat is allowed as long as the carpets are cleaned when you leave.",
                "I'm happy for you to have a cat there.",
                "Go ahead and get the cat, I'll note it on the lease.",
            ),
        ),
        IntentSpec(
            "refuse_pet",
            (
                "No, you can't keep a cat in the flat.",
                "The lease doesn't allow pets, so the cat can't move in.",
                "I'm not able to agree to a cat, sorry.",
                "Pets aren't allowed in the building.",
            ),
        ),
        IntentSpec(
            "ask_why",
            (
                "What makes the cat important to you right now?",
                "Can you tell me a bit more about why you want a pet?",
                "What's behind the request?",
            ),
        ),
    ]
)
CAT = "I've found a rescue cat I love. Can I keep a cat in the flat?"

ADMIN = IntentMatcher(  # a developer asks the IT desk for admin rights on a laptop
    [
        IntentSpec(
            "grant_admin",
            (
                "OK, I'll give you admin rights on the laptop.",
                "Fine, you can have local admin for the week.",
                "I'll switch your account to administrator today.",
            ),
        ),
        IntentSpec(
            "refuse_admin",
            (
                "I can't give you admin rights on a company laptop.",
                "No admin access, the policy doesn't allow it.",
                "Local admin isn't something I can hand out.",
            ),
        ),
        IntentSpec(
            "offer_install",
            (
                "I can install the tool for you myself this afternoon.",
                "Send me the installer and I'll put it on your machine.",
                "How about I set up the software remotely for you?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("line", "reply", "yes", "reading"),
    [
        ("Can we host them in the US for now?", "No.", False, "We can't host them in the US for now."),
        ("Can we host them in the US for now?", "Sure.", True, "We can host them in the US for now."),
        ("Could you send me the lease by Friday?", "Yep.", True, "I can send you the lease by Friday."),
        ("Can I leave at three today?", "Not a chance.", False, "You can't leave at three today."),
        ("The rota is tight. Let's move the clinic to Monday.", "Fine by me.", True, "We can move the clinic to Monday."),
        ("Would you be willing to cover Saturday?", "Absolutely not.", False, "I can't cover Saturday."),
        ("Is there any way you could cover Saturday?", "I don't see why not.", True, "I can cover Saturday."),
        ("I need you to sign off the budget.", "No objection from me.", True, "I can sign off the budget."),
        ("Would your team commit to that?", "Nope.", False, "My team can't commit to that."),
        # a plan with a tag that asks for a yes, and an order before one
        ("It's a six-week wait, so we host them in the US for now. Fine, right?", "I won't stand in your way.", True, "We can host them in the US for now."),
        ("Then put scheduling in the US for now. Deal?", "No, sorry.", False, "I can't put scheduling in the US for now."),
        # what the move is for is left out
        ("Could I pair with Priya on a review so she sees I'm not a monster?", "Sure.", True, "You can pair with Priya on a review."),
    ],
)  # fmt: skip
def test_a_short_answer_is_read_as_the_line_said_back(
    line: str, reply: str, yes: bool, reading: str
) -> None:
    answer = answered(reply, line)
    assert answer is not None
    assert (answer.yes, answer.reading) == (yes, reading)


@pytest.mark.parametrize(
    ("line", "reply"),
    [
        ("Can you tell me why the audit matters?", "No."),  # it asks for words, not a move
        ("Would you mind if we skipped the review?", "No."),  # a no to "mind" is a yes
        ("Why is the migration late?", "No."),  # a wh-question has no yes or no
        ("Can they finish the audit by Friday?", "No."),  # a fact about a third party
        ("Can we not tell the client yet?", "Sure."),  # the move is already negated
        ("Are you OK with that?", "Sure."),  # "that" is said elsewhere
        ("The board meets on Friday.", "OK."),  # nothing to answer
        ("Can we host them in the US for now?", "No idea, to be honest."),  # no answer
        ("Can we host them in the US for now?", "Right."),  # it heard them, agreed to nothing
        ("Can we host them in the US for now?", "No, the data has to stay in the EU."),  # says more
        ("Can we host them in the US for now?", ""),
    ],
)
def test_what_is_not_read_as_an_answer(line: str, reply: str) -> None:
    assert answered(reply, line) is None
    assert answered(reply, None) is None


@pytest.mark.parametrize(
    ("reply", "yes"),
    [
        ("No.", False),
        ("Nope.", False),
        ("Absolutely not.", False),
        ("Not a chance.", False),
        ("Sure.", True),
        ("OK, go ahead.", True),
        ("Yeah, fine by me.", True),
        ("I'm not going to block it.", True),
        ("I won't stand in your way.", True),
        ("No objection from me.", True),
        ("No idea, to be honest.", None),
        ("Noted.", None),
        ("I see.", None),
        ("Sure, but only after the audit is done and the client has signed the new terms.", None),
    ],
)
def test_short_answers(reply: str, yes: bool | None) -> None:
    assert short_answer(reply) is yes


def test_a_short_no_and_yes_say_what_they_answer() -> None:
    for no in ("No.", "Nope.", "Absolutely not.", "Not a chance."):
        assert LANDLORD.matched(no, asked=CAT)[:1] == ("refuse_pet",)
    for yes in ("Sure.", "OK, go ahead.", "I don't see why not.", "I won't stand in your way."):
        assert LANDLORD.matched(yes, asked=CAT)[:1] == ("allow_pet",)
    assert LANDLORD.matched("Sure.") == ()  # on its own it agrees to nothing
    line = "Could you give me admin rights on the laptop, just for this week?"
    assert ADMIN.matched("No.", asked=line)[:1] == ("refuse_admin",)
    assert ADMIN.matched("Yes.", asked=line)[:1] == ("grant_admin",)
    assert ADMIN.matched("Yes.", ["refuse_admin", "offer_install"], asked=line) == ()


def test_a_reply_that_says_more_is_read_as_it_is() -> None:
    # the line never replaces what a reply says (a paraphrase and a multi-sentence reply)
    for reply in (
        "No, pets aren't allowed in the building.",
        "Sure. Though first, what makes the cat important to you right now?",
        "I hear you love the cat. The lease doesn't let pets move in, I'm afraid.",
    ):
        assert LANDLORD.matched(reply, asked=CAT) == LANDLORD.matched(reply)
    assert LANDLORD.matched("No idea, to be honest.", asked=CAT) == ()


def test_a_short_no_says_only_an_intent_that_says_no() -> None:
    # "No." to "Could you tell her to stop?" takes no side: it refuses, and the intent that
    # would have met the refusal's words ("I can't tell her to stop") agrees to it
    line = "She renamed the fields without telling anyone. You need to tell her to stop."
    matcher = shipped_matcher("teammate_conflict")
    assert "take_sides" not in matcher.matched("No.", asked=line)
    assert matcher.matched("Sure.", asked=line)[:1] == ("take_sides",)
    rows = {s.name: s for s in matcher.score("No.", asked=line)}
    assert not rows["take_sides"].matched
    assert rows["take_sides"].blocked == ANSWER_UNFIT[False]


def test_another_object_is_no_answer_to_the_crux() -> None:
    # a no to a side request on the IT desk is no refusal of admin rights
    line = "Can you send me the installer link?"
    assert "refuse_admin" not in ADMIN.matched("No.", asked=line)


def test_score_explains_the_reading() -> None:
    answer = LANDLORD.answer("No.", CAT)
    assert answer is not None and answer.asked == "Can I keep a cat in the flat?"
    best = LANDLORD.score("No.", asked=CAT)[0]
    assert best.name == "refuse_pet" and best.matched and best.span is not None
    assert answer.reading[best.span[0] : best.span[1]] == "You can't keep a cat in the flat."


def test_a_session_hears_a_short_answer_against_the_line_it_shows() -> None:
    compiled = compile_scenario(load_file(SCENARIOS / "compliance_bend.yaml"))
    caved = Session.start(compiled, FixedScorer(), 1).reply("Sure.")
    assert caved.intents[:1] == ("concede_us_hosting",)
    assert caved.next_state == "rule_bent"
    held = Session.start(compiled, FixedScorer(), 1).reply("Absolutely not.")
    assert held.intents[:1] == ("hold_eu_rule",)
    assert held.next_state != "rule_bent"


def test_a_short_yes_is_no_restatement_of_their_ask() -> None:
    # the reading repeats their words, so a `not` entry that restates their ask ("You need
    # someone to take your on-call week over the holidays.") came closer and vetoed it: a short
    # yes says the move, so near-misses do not veto a reading (a reply typed out still meets
    # them as before)
    matcher = shipped_matcher("oncall_swap")
    line = "Can you take my on-call week over the holidays?"
    assert matcher.matched("Sure.", asked=line)[:1] == ("take_whole_week",)
    rows = {s.name: s for s in matcher.score("Sure.", asked=line)}
    assert rows["take_whole_week"].matched and rows["take_whole_week"].blocked is None
    typed = "You need someone to take your on-call week over the holidays."
    assert "take_whole_week" not in matcher.matched(typed)
