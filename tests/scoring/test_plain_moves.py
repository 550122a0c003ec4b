"""Stock moves alone and the plain moves the scorer underrated (docs/scoring.md rules 111-113),
in several domains, with hard negatives: a lone stock phrase must not beat a plain, specific
reply on a line nobody tuned on, and a plain reply must not lose its credit to a stock one."""

from __future__ import annotations

import pytest

from roleplay.scoring.stock_ack import STOCK_WORDS

from .reasons import reasons, score

# partner lines in several domains, each with plain decent replies (rules 112-113)
LINES: list[tuple[str, list[str]]] = [
    # health / habits
    (
        "I've kept my gym streak going for ninety days but I'm exhausted and my knees hurt.",
        ["Ninety days is real work.", "That sounds exhausting."],
    ),
    # HR
    (
        "I announced the promotion to the team before HR had signed it off, and now it's on hold.",
        ["That sounds awkward.", "That's an uncomfortable spot to be in with the team."],
    ),
    # engineering operations
    (
        "The new on-call rota leaves me covering three weekends in a row.",
        ["That sounds draining.", "Why don't we redo the schedule together on Monday?"],
    ),
    # housing
    (
        "My landlord is keeping the whole deposit for a stain that was there when I moved in.",
        ["That sounds infuriating."],
    ),
    # public sector / finance
    (
        "Finance cut our training budget to zero after we'd already booked the courses.",
        ["That's a real blow after booking them.", "Cutting it after the bookings is awkward."],
    ),
    # health / shift work
    (
        "I've been on nights for six weeks straight and I barely see my kids.",
        ["Six weeks of nights is a lot.", "Could we put you on the day rotation from next month?"],
    ),
]
STOCK = ["I understand your concern.", "What matters most to you?", "I hear your concern."]


@pytest.mark.parametrize(("partner", "decent"), LINES)
def test_plain_replies_beat_a_lone_stock_phrase(partner: str, decent: list[str]) -> None:
    stock = max(score(s, partner).overall for s in STOCK)
    for reply in decent:
        assert score(reply, partner).overall > stock, reply


# -- 111: a reply of stock words alone ----------------------------------------------------------
@pytest.mark.parametrize(
    "partner",
    [
        "I'm worried the new rota leaves the night shift uncovered.",  # health
        "I'm concerned the migration will slip past the audit.",  # engineering
        "The client is unhappy about the renewal price.",  # sales
    ],
)
def test_a_lone_stock_phrase_earns_a_share(partner: str) -> None:
    result = score("I understand your concern.", partner)
    assert result.empathy <= 62
    assert result.overall <= 52
    question = score("What matters most to you?", partner)
    assert question.listening <= 75
    assert any("partial credit" in r for r in reasons(question))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # feeling words and validations are no stock words
        (
            "I'm really stressed about the release on Friday.",
            "It makes sense that you're stressed.",
        ),
        ("My manager took credit for my work again.", "You have every right to be upset."),
        # a word of theirs makes it engage
        (
            "I'm worried the new rota leaves the night shift uncovered.",
            "I understand your concern about the night shift.",
        ),
    ],
)
def test_validations_and_specific_acknowledgements_are_not_stock(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any("partial credit" in r for r in reasons(result)), reasons(result)
    assert result.empathy >= 60


def test_the_stock_words_hold_no_feeling_or_matter() -> None:
    for word in ("stressed", "upset", "sense", "feel", "awkward", "thursday", "ninety"):
        assert word not in STOCK_WORDS


# -- 112: a plain feeling word of its own ------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I had to tell my whole team I'd got the promotion wrong in front of the director.",
            "That sounds awkward.",
        ),
        ("My landlord kept the deposit for a stain that was already there.", "That's infuriating."),
        ("Three weekends of on-call in a row.", "That must be draining."),
        ("I've been caring for dad every evening after work for a year.", "That's real work."),
    ],
)
def test_a_plain_feeling_word_engages(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert any("acknowledged it's hard" in r for r in found), found
    assert not any("partial credit" in r for r in found), found
    assert not any("didn't engage" in r for r in found), found
    assert result.empathy >= 60


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # a stock feeling word fits any line: still a share
        ("The release slipped again.", "That sounds really hard."),
        ("Our budget got cut.", "That sounds stressful."),
    ],
)
def test_a_stock_feeling_word_stays_partial(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("partial credit" in r for r in found), found


@pytest.mark.parametrize(
    "reply",
    [
        "Fixing the pipeline takes work, so I'll start on Monday.",  # no "real work" of theirs
        "I'm not awkward about it.",  # the speaker's own
    ],
)
def test_words_near_the_effort_cue_are_not_it(reply: str) -> None:
    found = reasons(score(reply, "The pipeline broke again."))
    assert not any("acknowledged it's hard" in r for r in found), found


# -- 113: care for them is no advice -----------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I've been working till midnight every day to hit the deadline.",
            "I'd hate to see you burn out.",
        ),
        ("I'm thinking of quitting the choir after the row.", "I'd hate to see you go."),
        (
            "I'm doing every night feed myself so my wife can sleep.",
            "I'd hate to see you wear yourself out.",
        ),
    ],
)
def test_care_for_them_is_no_advice(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any("advice" in r for r in found), found
    assert any("offered support" in r for r in found), found
    assert result.empathy >= 50


def test_advice_after_care_is_still_advice() -> None:
    result = score(
        "I'd hate to see you burn out, so you should take Friday off.",
        "I've been working till midnight every day to hit the deadline.",
    )
    assert any("advice" in r for r in reasons(result)), reasons(result)


# -- 114: a concrete step proposed as a question -------------------------------------------
STEPS = [
    # engineering
    (
        "Half my team is out on Tuesday, we can't do the design review then.",
        "Could we move the review to Thursday?",
    ),
    # health
    ("The ward is short on nights again this week.", "Why don't I cover the Friday night shift?"),
    # public sector
    (
        "The consultation closes before the residents' meeting.",
        "Shall we extend the consultation until the end of March?",
    ),
    # sales
    ("The client wants the proposal sooner.", "What if we send a shorter proposal by Wednesday?"),
]


@pytest.mark.parametrize(("partner", "reply"), STEPS)
def test_a_concrete_step_put_as_a_question_is_a_next_step(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert any("proposed a concrete next step" in r for r in found), found
    assert result.collaboration >= 55  # as the same step said as a statement


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # no time: an option, not yet a step
        ("Half my team is out on Tuesday.", "Could we move the review?"),
        # their step, asked of them: not the speaker's
        ("Half my team is out on Tuesday.", "Can you move the review to Thursday?"),
        # a promise to think
        ("The client wants the proposal sooner.", "Could we think about it on Monday?"),
        # aimed against them
        ("You missed the deadline again.", "Shall I report this to HR on Monday?"),
    ],
)
def test_questions_that_propose_no_step_earn_none(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert not any("next step" in r for r in found), found
