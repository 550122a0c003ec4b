"""Not following, or not believing it, is no move (issue 12, precision17 pass): "Sorry, I don't
get what you're saying" met refusals, apologies and dismissals in six readable sets, "i cant
beleive this is hapening" refusals in seven, and "im not sur i folow" a refusal of the
move-free probe, written the way learners type in a hurry. Such a part meets only intents one
of whose examples is such a reaction. Checked in several domains; hard negatives: a reason
after it (a question about their need in the negative), disbelief aimed at them, a doubt about
the move, a bare "I don't know", the speaker's own soft no, and an intent of asking what they
mean still match."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_confused import confused, confusing
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, I don't get what you're saying.",
        "I'm not sure I follow.",
        "I don't know what you mean.",
        "Hang on, I'm not following.",
        "You've lost me.",
        "Sorry, I'm a bit lost.",
        "I don't understand.",
        "I can't believe this is happening.",
        "What do you mean?",
        # typed in a hurry
        "im not sur i folow",
        "i dont no wat u meen",
        "sory i dont get wat ur saying",
        "wat do u meen by that",
        "i cant beleive this is hapening",
    ],
)
def test_not_following(text: str) -> None:
    assert confused(text)


@pytest.mark.parametrize(
    "text",
    [
        "I don't understand why we need 30%.",  # a reason asked for, in the negative
        "I can't believe you'd ask me that.",  # aimed at them
        "I don't see why we should pay more.",
        "I don't know.",  # may answer a question
        "I can't see us hosting it in the US.",  # the speaker's no
        "I'm not sure we can take that on.",
        "I'm not sure I can give you the week.",
        "I don't know what else we could offer.",
        "What do you mean by unacceptable?",  # asks what a word of theirs means
        "I don't get paid enough for this.",
    ],
)
def test_no_confusion(text: str) -> None:
    assert not confused(text)


ROTA = IntentMatcher(  # health: a nurse asks for a week off
    [
        IntentSpec(
            "refuse_the_week",
            (
                "I can't give you that week.",
                "The rota is fixed for the month, I'm sorry.",
                "No, we're too short to let anyone off then.",
                "I won't be able to approve it.",
            ),
        ),
        IntentSpec(
            "ask_what_for",
            (
                "What's the week for, if you don't mind me asking?",
                "Is it the whole week you need, or some days?",
                "What would happen if you couldn't take it?",
            ),
        ),
    ]
)
OUTAGE = IntentMatcher(  # customer service: an outage on launch day
    [
        IntentSpec(
            "apologise",
            (
                "I'm sorry, we let you down on launch day.",
                "That outage is on us and I apologise.",
                "Sorry for the six hours you lost.",
            ),
        ),
        IntentSpec(
            "minimise",
            (
                "It was only a few hours, it's not a big deal.",
                "Outages happen to everyone, I wouldn't worry.",
                "I don't think it was that bad, honestly.",
            ),
        ),
    ]
)
PERMIT = IntentMatcher(  # public sector: a builder wants a permit rushed
    [
        IntentSpec(
            "hold_the_process",
            (
                "We can't skip the inspection.",
                "I won't sign it before the checks are done.",
                "The process doesn't change for anyone.",
            ),
        ),
        IntentSpec(
            "check_understanding",
            (
                "Sorry, I don't follow - which permit is this?",
                "I'm not sure I follow, do you mean the scaffold permit?",
                "Wait, you've lost me. Is this the extension or the garage?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (ROTA, "Sorry, I don't get what you're saying."),
        (ROTA, "i dont no wat u meen"),
        (ROTA, "im not sur i folow"),
        (OUTAGE, "I can't believe this is happening."),
        (OUTAGE, "sory i dont get wat ur saying"),
        (PERMIT, "i cant beleive this is hapening"),
    ],
)
def test_not_following_makes_no_move(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (ROTA, "I can't let you have that week, I'm afraid.", "refuse_the_week"),
        (ROTA, "Sorry, I don't follow. Is it the whole week you need?", "ask_what_for"),
        (OUTAGE, "I'm sorry, the outage was on us and we let you down.", "apologise"),
        (PERMIT, "Wait, you've lost me.", "check_understanding"),
        (PERMIT, "I won't sign it off until the inspection is done.", "hold_the_process"),
    ],
)
def test_the_moves_and_an_intent_of_not_following_still_match(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("pet_project_no", "Sorry, I don't get what you're saying."),  # met the flat no
        ("upset_customer", "Sorry, I don't get what you're saying."),  # ... the apology
        ("teammate_conflict", "Sorry, I don't get what you're saying."),  # ... a dismissal
        ("hard_feedback", "I can't believe this is happening."),  # ... blaming his character
        ("upset_customer", "I can't believe this is happening."),
        ("oncall_swap", "i dont no wat u meen"),
        ("compliance_bend", "i cant beleive this is hapening"),  # ... holding the EU rule
        ("cio_priorities", "wat do u meen by that"),
    ],
)
def test_not_following_in_shipped_scenarios(name: str, reply: str) -> None:
    assert shipped_matcher(name).matched(reply) == ()


def test_which_intents_are_such_a_reaction() -> None:
    assert confusing(("Wait, you've lost me. Is this the extension?", "Which permit is this?"))
    assert confusing(("I'm not sure I follow, do you mean the scaffold permit?",))
    assert not confusing(("I can't give you that week.", "What's the week for?"))


@pytest.mark.parametrize(
    "text",
    [
        "No idea, to be honest.",
        "No clue, sorry.",
        "I've got no idea, sorry.",
        "Honestly, no idea.",
        "Not a clue.",
        "Dunno.",
        "Beats me.",
    ],
)
def test_not_knowing(text: str) -> None:
    assert confused(text)


@pytest.mark.parametrize(
    "text",
    [
        "No idea why the board needs 30% now.",  # what they do not know is named: read as usual
        "No idea is off the table.",
        "No, not a chance.",  # a no
        "No clue what we'd cut, but not the launch.",
    ],
)
def test_not_knowing_is_not_read_into(text: str) -> None:
    assert not confused(text)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (ROTA, "No clue, sorry."),
        (ROTA, "No idea, to be honest."),
        (PERMIT, "I've got no idea, sorry."),
        (PERMIT, "No clue."),
    ],
)
def test_not_knowing_refuses_nothing(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("compliance_bend", "No clue, sorry."),  # met holding the EU rule
        ("oncall_swap", "No clue."),  # ... the flat refusal
        ("upset_customer", "No clue, sorry."),  # ... the apology
        ("promotion_case", "I've got no idea, sorry."),  # ... accepting the uncertainty
    ],
)
def test_not_knowing_in_shipped_scenarios(name: str, reply: str) -> None:
    assert shipped_matcher(name).matched(reply) == ()
    # and a no that is a refusal still is one
    if name == "compliance_bend":
        assert shipped_matcher(name).matched("No, sorry.")[:1] == ("hold_eu_rule",)
