"""A yes/no question about how things are asks for information, as a wh-question does (issue 12).

"Did you send the recipe to the floor?", "Are both weeks fixed?", "Is the new layout something
you'd pay extra for?" ask about the facts; they do not offer, concede or charge. Read as plain
questions they counted only 0.1 less against statements, so a question that shared the topic's
words with an offer or a concession matched it (and won over an intent that asks, taking the
paraphrase from it). They now read as questions for information (0.3 less against statements,
nothing less against questions). Not read so: a yes/no question that puts a move forward ("Does
a three-day supply to Friday work for you?", "Is a Thursday site visit something you could live
with?", "Is there any way we could move the audit interviews?", "Have you thought about a
pilot?").
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import INFO_QUESTION, QUESTION, asks_information
from roleplay.nlp.intents import IntentMatcher, IntentSpec

REFILL = IntentMatcher(  # health: a patient asks a pharmacist for an early refill
    [
        IntentSpec(
            "ask_situation",
            (
                "What's happened that you've run out early?",
                "Help me understand why you need it before Friday.",
                "Tell me more about the trip.",
            ),
        ),
        IntentSpec(
            "offer_bridge",
            (
                "I can give you a three-day supply to bridge you to Friday.",
                "We could call your GP for an emergency script this afternoon.",
                "I'll ring the prescriber and ask about an early release.",
            ),
        ),
        IntentSpec(
            "refill_early",
            (
                "OK, I'll fill the whole month today.",
                "Fine, here's your full refill now.",
                "Sure, I'll release the next supply early.",
            ),
        ),
        IntentSpec(
            "refuse_refill",
            (
                "I can't release it before the date on the script.",
                "No, the refill date is fixed.",
                "We won't dispense it early.",
            ),
        ),
    ]
)

KITCHEN = IntentMatcher(  # hospitality: a chef wants a dish out before its allergen sheet
    [
        IntentSpec(
            "ask_rush",
            (
                "What's driving the rush to serve it tonight?",
                "Why can't it wait until Thursday?",
                "Tell me what happens if it goes on next week.",
            ),
        ),
        IntentSpec(
            "offer_quick_check",
            (
                "I'll sit down with you at three and we'll fill in the sheet together.",
                "I can brief the floor staff before service if you send me the recipe.",
                "We could run the allergen check this afternoon.",
            ),
        ),
        IntentSpec(
            "skip_check",
            (
                "OK, serve it tonight and the sheet can follow.",
                "Fine, go ahead without the allergen sheet.",
                "Sure, put it on the menu now.",
            ),
        ),
    ]
)

FIT_OUT = IntentMatcher(  # architecture: a client wants a new layout after sign-off
    [
        IntentSpec(
            "ask_change",
            (
                "What made you want the open plan now?",
                "Help me understand what changed since sign-off.",
                "Which rooms bother you most?",
            ),
        ),
        IntentSpec(
            "charge_change",
            (
                "That's a variation; we'll quote it at our hourly rate.",
                "We can redraw the layout as a paid change.",
                "I'll send a fee proposal for the new plan this week.",
            ),
        ),
        IntentSpec(
            "change_free",
            (
                "OK, we'll redraw it at no cost.",
                "Fine, the new layout's on us.",
                "Sure, we'll absorb the redesign.",
            ),
        ),
    ]
)

LEAVE = IntentMatcher(  # public sector: a caseworker asks for two weeks off during an audit
    [
        IntentSpec(
            "ask_dates",
            (
                "Which days do you actually need?",
                "What's the trip for?",
                "Tell me more about the dates.",
            ),
        ),
        IntentSpec(
            "offer_some_leave",
            (
                "I can give you the first week and we cover the audit prep.",
                "We could move the audit interviews so you get four days.",
                "I'll approve the second week if the files are handed over.",
            ),
        ),
        IntentSpec(
            "grant_all",
            (
                "OK, take both weeks.",
                "Fine, I'll sign off the full fortnight.",
                "Sure, go for the two weeks.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (KITCHEN, "Is the dish going on the menu tonight?"),  # matched skip_check on main
        (KITCHEN, "Has the allergen sheet been started?"),  # skip_check
        (KITCHEN, "Did you send the recipe to the floor?"),  # offer_quick_check
        (FIT_OUT, "Is the new layout something you'd pay extra for?"),  # charge_change
        (LEAVE, "Are both weeks fixed?"),  # grant_all
        (REFILL, "Was the last supply a full month?"),  # refill_early
    ],
)
def test_a_yes_no_question_about_the_facts_makes_no_move(
    matcher: IntentMatcher, reply: str
) -> None:
    moves = [n for n in matcher.names if not n.startswith("ask")]
    assert not set(matcher.matched(reply)) & set(moves)


def test_it_asks_and_leaves_the_asking_intent_its_paraphrase() -> None:
    # on main the prescriber's early release met the offer to ring the prescriber first
    assert REFILL.matched("Has your prescriber released it early before?")[:1] == ("ask_situation",)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (REFILL, "Does a three-day supply to Friday work for you?", "offer_bridge"),
        (REFILL, "Would a three-day supply help until Friday?", "offer_bridge"),
        (LEAVE, "Is there any way we could move the audit interviews?", "offer_some_leave"),
        (KITCHEN, "Is the dish going on tonight? Fine, go ahead and serve it.", "skip_check"),
    ],
)
def test_a_yes_no_question_that_puts_a_move_forward_still_matches(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("text", "information"),
    [
        ("Did the buyers say something about the cladding?", True),  # construction
        ("Is this number annual or does it have to come out of Q3?", True),  # finance
        ("Do you need all seven days, or just some of them?", True),  # HR
        ("Has the board seen the numbers?", True),  # management
        ("So does the 30% have to come from my team?", True),
        ("Are the servers briefed already?", True),  # hospitality
        ("Was the leave on the team calendar?", True),  # public sector
        ("Does a phased cut work for you?", False),  # an offer put as a question
        ("Is a two-week pilot an option?", False),
        ("Have you thought about a pilot?", False),
        ("Is 10% now something you could live with?", False),
        ("Does that sound fair?", False),
        ("Is that enough?", False),
        ("Is there any way we could phase it?", False),
        ("Is it OK if I take Friday?", False),  # _PUTS_FORWARD's own openings
        ("Are you open to a pilot?", False),
        ("Do you want me to update the matrix now?", False),
    ],
)
def test_which_yes_no_questions_ask_for_information(text: str, information: bool) -> None:
    assert asks_information(text) is information
    assert part_mood(text) == (INFO_QUESTION if information else QUESTION)
