"""Issue 11, the eighth pass: asking what they need or prefer, and why (docs/scoring.md rule 19).
Turning the question back after saying what the speaker needs ("Water matters most to us. What
about you?") asks for their needs like "What do you need?" does; asking the reason behind what
they want ("Why do you prefer Tuesday?") asks for the interest behind their position. Both earned
a closed question's credit or were read as advice or interrogation before. Several domains;
pleasantries and doubting questions are the hard negatives."""

from __future__ import annotations

import pytest

from roleplay.scoring.eliciting import asks_their_reasons, turns_back

from .reasons import score
from .test_genre_constructs import acts

# (partner, the speaker's need or preference, then the question turned back)
TURNED_BACK = [
    (
        "We need to agree the release plan before the board meets.",
        "For us the priority is a stable build over new features. What about your side?",
    ),
    (
        "I'm trying to sort out the rota for the ward over Christmas.",
        "I'd really like Christmas Eve off this year, my kids are small. How about you?",
    ),
    (
        "Let's talk about the renewal terms.",
        "Price matters most to us this year, the budget got cut. And you?",
    ),
    (
        "We should discuss your development plan for next year.",
        "I want to move towards leading a team. What about you, what do you need from me?",
    ),
    (
        "What do you need most from the new contract?",
        "Flexible hours, how about you?",
    ),
    (
        "What are your priorities for the audit?",
        "Evidence of training, then the incident log, and yours?",
    ),
    ("Let's plan the clinic rota.", "My priority is the Monday list. What's yours? 🙂"),
]


@pytest.mark.parametrize(("partner", "reply"), TURNED_BACK)
def test_turning_the_question_back_after_a_need_asks_about_theirs(partner: str, reply: str) -> None:
    assert "curious_question" in acts(reply, partner)
    result = score(reply, partner)
    assert any("asked about their needs" in e.reason for e in result.evidence)
    # listening like asking outright, well above saying it without asking
    assert result.listening >= 70
    statement = reply[: reply.rindex(".") + 1] if "." in reply else reply.split(",")[0] + "."
    assert result.listening >= score(statement, partner).listening + 15


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("Hi, how are you doing today?", "I'm good, thanks. How about you?"),
        ("Morning! How's your week going?", "Pretty busy but fine. And you?"),
        ("Hello there, all set for the conference?", "Doing great! How about yourself?"),
        ("How was the weekend?", "We went hiking in the hills. What about you?"),
    ],
)
def test_a_pleasantry_turned_back_is_no_question_about_needs(partner: str, reply: str) -> None:
    assert not any("asked about their needs" in e.reason for e in score(reply, partner).evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "How about we meet on Tuesday?",  # a proposal, not the question turned back
        "What about the budget?",
        "Are you?",
    ],
)
def test_other_questions_are_not_turned_back(reply: str) -> None:
    assert not turns_back(reply, "I need the report by Friday.", "")


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("I want the release moved to Tuesday.", "Why do you prefer Tuesday?"),
        (
            "We need a second engineer on this.",
            "Could you tell me why you need the second engineer?",
        ),
        ("I'd like the morning appointments.", "Why are mornings so important for you?"),
        ("We want the three-year term.", "Why does the longer term matter to your team?"),
        ("I want to move to the night shift.", "Why do you want nights?"),
        # the doubting word is in the lead-in, not in the question
        (
            "We need two more servers for the pilot.",
            "Since we've never run a pilot this size, why do you think you need two?",
        ),
        ("I need the Friday slot.", "May I ask why?"),
        ("We should plan the migration.", "Which parts of the migration do you need first?"),
    ],
)
def test_asking_the_reason_behind_what_they_want_is_curious(partner: str, reply: str) -> None:
    assert asks_their_reasons(reply)
    assert acts(reply, partner) == ["curious_question"]
    result = score(reply, partner)
    assert any("asked about their needs" in e.reason for e in result.evidence)
    assert result.listening >= 70


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("We need a second engineer on this.", "Why do you even need a second engineer?"),
        ("I want the whole budget for the pilot.", "Why would you need the whole budget?"),
        ("I need the night shift again.", "Why do you keep asking for nights?"),
        ("I want to work from home on Fridays.", "Why don't you just ask your manager?"),
        ("We need more time.", "Why do you really need more time?"),
        ("We need a bigger room.", "What do you even need a bigger room for?"),
    ],
)
def test_a_doubting_why_is_not_asking_their_reasons(partner: str, reply: str) -> None:
    assert not asks_their_reasons(reply)
    plain = score(f"Why do you prefer {partner.split()[-1].rstrip('.')}?", partner)
    doubting = score(reply, partner)
    assert doubting.listening <= plain.listening
    assert doubting.overall < plain.overall


def test_the_turned_back_question_earns_once_and_repeats_earn_nothing() -> None:
    partner = "We should split the on-call weeks."
    once = score("I need the first week of May off. What about you?", partner)
    twice = score(
        "I need the first week of May off. What about you? What about you? What about you?",
        partner,
    )
    assert twice.listening <= once.listening
