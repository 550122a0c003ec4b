"""A no about something the conversation is not about refuses nothing (issue 12, precision15
pass): "I guess coffee won't fix this one" met every refusal intent it was run against. A
prediction that something does not help refuses a move only when that something is one of the
scenario's own things ("Phasing wouldn't help us", "A pilot won't solve the audit problem")."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_relevance import (
    off_topic,
    off_topic_prediction,
    prediction_subject,
    small_talk,
    stem,
    vocabulary,
)
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher


def test_stems_meet_across_endings() -> None:
    assert stem("phasing") == stem("phase") == stem("phased")
    assert stem("drills") == stem("drill")
    assert stem("pilot's") == stem("pilot")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("I guess coffee won't fix this one.", "coffee"),
        ("Phasing wouldn't help us, I'm afraid.", "Phasing"),
        ("A pilot won't solve the audit problem.", "A pilot"),
        ("Honestly, another meeting won't make a difference.", "another meeting"),
        ("That won't work for us.", None),  # refuses what was said
        ("I won't fix it for you.", None),  # the speaker's own no
        ("The date won't change.", None),  # a hold, not a prediction of help
        ("You can't fix this with overtime.", None),
    ],
)
def test_the_subject_of_a_prediction_that_something_does_not_help(
    text: str, subject: str | None
) -> None:
    assert prediction_subject(text) == subject


BUDGET_TOPIC = vocabulary(
    (
        "I'll phase it: half this quarter and half next.",
        "We can't cut the launch budget at all.",
        "Let's run a pilot on one team first.",
    )
)


def test_off_topic_names_no_word_of_the_scenario() -> None:
    assert off_topic("coffee", BUDGET_TOPIC)
    assert not off_topic("phasing", BUDGET_TOPIC)
    assert not off_topic("a small pilot", BUDGET_TOPIC)
    assert not off_topic("it", BUDGET_TOPIC)  # names nothing: not read here
    assert off_topic_prediction("I guess coffee won't fix this one.", BUDGET_TOPIC)
    assert not off_topic_prediction("Phasing wouldn't help us, I'm afraid.", BUDGET_TOPIC)
    assert not off_topic_prediction("We can't cut the launch budget.", BUDGET_TOPIC)


ROTA = IntentMatcher(  # health: a nurse asks for the holiday week off
    [
        IntentSpec(
            "flat_refusal",
            (
                "No, I can't give you the week off.",
                "The rota won't change, sorry.",
                "I won't sign off any leave that week.",
            ),
        ),
        IntentSpec(
            "offer_cover",
            (
                "I'll cover your Saturday shift myself.",
                "We could split the week between the two of us.",
                "Let me find an agency nurse for the late shifts.",
            ),
        ),
    ]
)
RELEASE = IntentMatcher(  # product: a feature asked for late in a release
    [
        IntentSpec(
            "refuse_flat",
            (
                "We can't take anything else on this release.",
                "No, the release is full.",
                "I won't add the feature now.",
            ),
        ),
        IntentSpec(
            "offer_trade",
            (
                "We can take it if something of the same size comes out.",
                "I'll put it in if the reporting page moves to the next release.",
                "Let's swap it for the export feature.",
            ),
        ),
    ]
)


@pytest.mark.parametrize("matcher", [ROTA, RELEASE], ids=["health", "product"])
@pytest.mark.parametrize(
    "reply",
    [
        "I guess coffee won't fix this one.",
        "Honestly, a nap wouldn't help.",
        "Sadly the weather won't make a difference.",
    ],
)
def test_a_prediction_about_something_else_refuses_nothing(
    matcher: IntentMatcher, reply: str
) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (ROTA, "An agency nurse won't help, the rota stays as it is.", "flat_refusal"),
        (ROTA, "I can't give you that week, I'm sorry.", "flat_refusal"),
        (RELEASE, "Swapping features won't help, the release is full.", "refuse_flat"),
    ],
)
def test_a_no_about_the_scenarios_own_things_still_refuses(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert intent in matcher.matched(reply)


def test_the_explanation_says_it_is_about_something_else() -> None:
    scores = {s.name: s for s in ROTA.score("I guess coffee won't fix this one.")}
    assert not any(s.matched for s in scores.values())
    blocked = scores["flat_refusal"].blocked
    assert blocked is not None and blocked.startswith("about something else")


# -- small talk put as a question -------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Did you see the email about the fire drill?",
        "Are you going to the all-hands tomorrow?",
        "How was the council meeting?",
        "Who's bringing the cake on Friday?",
        "Have you tried the new canteen menu?",
        "What time is it over there?",  # asking the clock names nothing, and asks nothing
        "Sorry, what's the time where you are?",
    ],
)
def test_small_talk_about_other_things(text: str) -> None:
    assert small_talk(text, BUDGET_TOPIC)


@pytest.mark.parametrize(
    "text",
    [
        "Did you see the phasing plan I sent?",  # the scenario's own thing
        "How's the launch budget looking this quarter?",
        "What does the board need from you?",  # not a shape of small talk
        "How are you holding up?",  # a check-in names nothing
        "Why the pilot, and why now?",
    ],
)
def test_a_question_about_the_topic_or_their_need_is_no_small_talk(text: str) -> None:
    assert not small_talk(text, BUDGET_TOPIC)


POSTMORTEM = IntentMatcher(  # engineering: a blameless review after an outage
    [
        IntentSpec(
            "ask_what_he_knows",
            (
                "Did you know the deploy check was switched off?",
                "What did you see in the logs when it started?",
                "Were you aware the alert had been muted?",
            ),
        ),
        IntentSpec(
            "name_system_cause",
            (
                "The pipeline let an unreviewed change through.",
                "Our deploy check had a gap, that's the cause.",
            ),
        ),
    ]
)
LAB = IntentMatcher(  # research: a neighbour wants the trial freezer
    [
        IntentSpec(
            "ask_what_they_need",
            (
                "What do you need the freezer space for?",
                "How much room would your samples take?",
                "Which weeks would you need it?",
            ),
        ),
        IntentSpec(
            "refuse_the_freezer",
            (
                "No, the trial freezer stays ours.",
                "We can't share the trial freezer.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (POSTMORTEM, "Did you see the email about the fire drill?"),
        (LAB, "Are you going to the retirement party tomorrow?"),
        (LAB, "How was the conference in Lisbon?"),
    ],
)
def test_small_talk_matches_no_intent(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (POSTMORTEM, "Did you see the deploy logs when it started?", "ask_what_he_knows"),
        (LAB, "How much freezer room would your samples need?", "ask_what_they_need"),
    ],
)
def test_a_question_about_the_topic_still_asks(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("name", "reply"),
    [
        ("pet_project_no", "Did you see the email about the fire drill?"),
        ("blameless_postmortem", "Did you see the email about the fire drill?"),
        ("oncall_swap", "What time is it over there?"),
        ("compliance_bend", "What time is it over there?"),
    ],
)
def test_a_shipped_scenario_hears_no_small_talk(name: str, reply: str) -> None:
    matcher = shipped_matcher(name)
    assert matcher.matched(reply) == ()
