"""Replies to shipped scenarios that were misrouted once, routed as a learner means them.

Each was found by playing the library; they are written in other words than the scenarios'
examples, and no example or near-miss was added to make them pass.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.engine import Session, compile_scenario
from roleplay.engine.intent_matching import ScenarioIntents
from roleplay.scenario import load_file

from .test_session import FixedScorer

LIBRARY = Path(__file__).resolve().parents[2] / "scenarios"


def _intents(name: str) -> ScenarioIntents:
    return ScenarioIntents(load_file(LIBRARY / f"{name}.yaml").scenario)


@pytest.mark.parametrize(
    ("scenario", "reply", "first", "never"),
    [
        (
            "compliance_bend",
            "OK, put them in the US until the EU region opens.",
            "concede_us_hosting",
            (),
        ),
        # a reflection of her yearly target is not a refusal
        (
            "budget_pushback",
            "So what the board really needs is the yearly target, not necessarily this quarter.",
            None,
            ("refuse_any_cut",),
        ),
        (
            "budget_pushback",
            "That makes sense: you were burned by a Q4 overrun.",
            None,
            ("offer_phased_cut", "refuse_any_cut"),
        ),
        # agreeing with him and asking Aisha is not dismissing his side
        (
            "teammate_conflict",
            "That sounds fair to me. Aisha, would a heads-up the day before work for you?",
            None,
            ("dismiss_his_side",),
        ),
        (
            "upset_customer",
            "What would you need in hand by nine tomorrow to face your board?",
            "ask_what_he_needs",
            (),
        ),
        # an offer after 'but' is what the reply stands behind, not the refusal before it
        (
            "budget_pushback",
            "I can't do the full 30% today, but a tenth of it is yours now.",
            "offer_partial_cut",
            ("refuse_any_cut",),
        ),
    ],
)
def test_library_replies_route_as_meant(
    scenario: str, reply: str, first: str | None, never: tuple[str, ...]
) -> None:
    said = _intents(scenario).match(reply)
    if first is not None:
        assert said[:1] == (first,), said
    assert not set(said) & set(never), said


@pytest.mark.parametrize(
    "reply",
    [
        "Friday's close. Before I commit, does the board want the yearly figure? "
        "If so, we could phase part of it.",
        "Once we commit, who reports progress to the board?",
    ],
)
def test_a_question_before_committing_is_not_a_commitment(reply: str) -> None:
    # In the phased-plan state a commitment ends the scenario; "Before I commit, ...?" was
    # once heard as one because the question's leading clause says "commit".
    said = _intents("budget_pushback").match(reply, "phased_plan")
    assert "commit_to_plan" not in said, said


def _play(*replies: str) -> list[str | None]:
    compiled = compile_scenario(load_file(LIBRARY / "hard_feedback.yaml"))
    session = Session.start(compiled, FixedScorer())
    return [session.reply(reply).next_line for reply in replies]


def test_leo_does_not_ask_again_for_help_already_granted() -> None:
    granted = _play(
        "What's been going on for you these last few weeks?",
        "Let's move your start time to ten and give you smaller tickets while he recovers.",
        "Priya told me she's scared to open pull requests because of your review comments.",
        "L60 I know that's not who you want to be. Let's work on it together.",
    )
    assert granted[-1] is not None and granted[-1].startswith("With the smaller tickets")
    asked = _play(
        "What's been going on for you these last few weeks?",
        "Priya told me she's scared to open pull requests because of your review comments.",
        "L60 Thank you for owning that. Where would you like to start?",
    )
    assert asked[-1] is not None and asked[-1].startswith("Could I take smaller tickets")
