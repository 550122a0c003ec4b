"""A negation in what the speaker's move is for negates no move (issue 12, precision15 pass).

"Let's spread the reduction over Q3 and Q4 so the launch isn't hit" read as a refusal: its
negator sits in the purpose clause after the move. Such a sentence is affirmative, and such a
clause cut from its sentence makes no move; a result the speaker draws ("..., so I can't staff
this") or a negated move ("We won't cut it, so ...") still says no.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_parts import cut
from roleplay.nlp.intent_purpose import bounded, negation_only_in_purpose
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    "text",
    [
        "Let's spread the reduction over Q3 and Q4 so the launch isn't hit.",  # finance
        "I'll speak to your manager so nobody reads this as a judgement of you.",  # HR
        "How about we agree on versioning so this can't happen again?",  # engineering
        "We could cover the weekend ourselves, so nobody is left without cover.",  # health
        "I'll brief the servers so guests aren't served blind.",  # hospitality
        "Let's move the go-live to the EU region in order not to breach the rule.",  # compliance
    ],
)
def test_a_negation_only_in_what_the_move_is_for(text: str) -> None:
    assert negation_only_in_purpose(text)
    _, negative, _ = cut(text)
    assert not any(negative)


@pytest.mark.parametrize(
    "text",
    [
        "I'm flying out on the 29th, so the full week won't work.",  # no move before "so"
        "My whole team is on the migration, so I can't staff this now.",  # the speaker's no
        "We won't cut it, so the launch isn't hit.",  # the move itself is negated
        "Let's phase it, so I won't need to cut the launch.",  # the speaker as the subject
        "The board won't move, so the date stays.",
        "I can't sign that.",
    ],
)
def test_a_no_or_a_result_still_holds_its_negation(text: str) -> None:
    assert not negation_only_in_purpose(text)
    _, negative, _ = cut(text)
    assert any(negative)


def test_a_purpose_clause_cut_from_its_sentence_makes_no_move() -> None:
    text = "It sounds like you're stretched, so let's move the report so nobody is left out."
    spans, negative, _ = cut(text)
    assert [text[a:b] for a, b in spans][-1].startswith("so let's move the report")
    assert negative == [False, False]


BUDGET = IntentMatcher(  # engineering: finance wants 30% of the budget
    [
        IntentSpec(
            "refuse_any_cut",
            (
                "I can't give you any of it.",
                "No, the budget isn't going down this quarter.",
                "We won't cut a single dollar.",
            ),
        ),
        IntentSpec(
            "offer_phased_cut",
            (
                "I'll phase it: half this quarter and half next.",
                "Let's spread the cut over Q3 and Q4.",
                "We could take 15% now and 15% after the launch.",
            ),
        ),
    ]
)
ROTA = IntentMatcher(  # health: a nurse wants a week off over the holidays
    [
        IntentSpec(
            "flat_refusal",
            (
                "No, I can't give you the week off.",
                "The rota won't change, sorry.",
                "That isn't possible over the holidays.",
            ),
        ),
        IntentSpec(
            "offer_cover",
            (
                "I'll cover your Saturday shift myself.",
                "We could split the week between the two of us.",
                "Let me find someone for the late shifts.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent", "not_this"),
    [
        (
            BUDGET,
            "Let's spread the reduction over two quarters so the launch isn't hit.",
            "offer_phased_cut",
            "refuse_any_cut",
        ),
        (
            ROTA,
            "I'll cover your Saturday myself so nobody is left without a shift.",
            "offer_cover",
            "flat_refusal",
        ),
    ],
)
def test_a_move_with_a_negated_purpose_is_the_move(
    matcher: IntentMatcher, reply: str, intent: str, not_this: str
) -> None:
    got = matcher.matched(reply)
    assert not_this not in got
    assert got[:1] == (intent,)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (BUDGET, "We won't cut anything, so the launch isn't hit.", "refuse_any_cut"),
        (ROTA, "I'm short on the ward, so the rota can't change.", "flat_refusal"),
    ],
)
def test_a_refusal_with_a_result_still_refuses(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert intent in matcher.matched(reply)


def test_an_example_with_a_negated_purpose_meets_itself() -> None:
    # examples are read with the replies' polarity: an example that is a move with a negated
    # purpose is affirmative, so a learner who sends it word for word matches it
    example = "I'll speak to your manager so nobody reads this as a judgement of you."
    matcher = IntentMatcher(
        [
            IntentSpec(
                "reassure_performance",
                (
                    "This review won't go near your appraisal; I'll tell your manager myself.",
                    "Post-mortems here are not used for performance decisions.",
                    example,
                ),
            ),
            IntentSpec(
                "back_him_up",
                (
                    "You present it, and I'll back you up in the room.",
                    "It's your timeline to tell, and I'll have your back.",
                    "Walk them through it yourself; I'll step in if anyone blames you.",
                ),
            ),
        ]
    )
    assert matcher.matched(example)[:1] == ("reassure_performance",)


# -- a no to the whole that only bounds what is given -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Not the whole week, but some of it, sure.",  # rota
        "Not all of it, but I can do Monday and Tuesday.",  # health
        "Not the full 30%, but 10% is doable this quarter.",  # finance
        "Not the entire facade, but the ground floor can go brick.",  # construction
    ],
)
def test_a_no_to_the_whole_before_a_part_given_is_affirmative(text: str) -> None:
    assert bounded(text)
    _, negative, _ = cut(text)
    assert negative == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Not the whole week.",  # nothing given
        "Not the whole week, but I can't do any of it anyway.",  # the part is refused too
        "Not this week, but maybe next month.",  # not a part of the whole
        "I can't give you the whole week, but I could do Monday.",  # a refusal of its own
    ],
)
def test_no_bound_without_a_part_given(text: str) -> None:
    assert not bounded(text)


SWAP = IntentMatcher(  # health: a colleague asks for the holiday week off on-call
    [
        IntentSpec(
            "flat_refusal",
            (
                "No, I can't take your on-call week.",
                "You'll need another person for those shifts.",
                "That week isn't possible for me.",
            ),
        ),
        IntentSpec(
            "offer_some_days",
            (
                "I can do a few days of it for you.",
                "I'll cover Monday to Wednesday, not the rest.",
                "What if I take the first half of the week?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "Not the whole week, but some of it, sure.",
        "Not the full week, but I can take some shifts.",
        "Not all seven days, but some, sure.",
    ],
)
def test_a_bounded_offer_is_no_flat_refusal(reply: str) -> None:
    got = SWAP.matched(reply)
    assert "flat_refusal" not in got
    assert got[:1] == ("offer_some_days",)


def test_a_flat_no_still_refuses() -> None:
    assert SWAP.matched("No, I can't do any of that week.")[:1] == ("flat_refusal",)
