"""A proposal does not name what happened (issue 12): "Could you soften the tone of your review
comments for the juniors?", "Let's set up a review rota ...", "How about you pair with the
juniors ...?" met hard_feedback's `name_review_impact`, whose examples only report the effect.
Checked in several domains; hard negatives: the effect named in new words still matches, an
intent that proposes is still met by a proposal, an intent one of whose examples offers is no
intent that names only."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_names_only import names_only, proposes
from roleplay.nlp.intent_similarity import PROPOSED, REQUEST, STATEMENT
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

WARD = IntentMatcher(  # a ward manager and a nurse who keeps arriving late to handover
    [
        IntentSpec(
            "name_handover_impact",
            (
                "Every time you arrive after eight, the night staff stay late to hand over twice.",
                "The night team have told me they miss their buses because handover starts late.",
                "Two patients' drug rounds slipped last week because handover ran over.",
            ),
        ),
        IntentSpec(
            "offer_later_start",
            (
                "I can move your start to half eight for a month.",
                "How about you start at half eight and we shift handover?",
                "We could try a later start while your childcare settles.",
            ),
        ),
    ]
)


def test_which_intents_name_only() -> None:
    assert names_only(WARD.intents[0].spec.examples)
    assert not names_only(WARD.intents[1].spec.examples)
    assert not names_only(("The night team stay late.", "I'll sort the rota."))  # an offer
    assert not names_only(())


@pytest.mark.parametrize(
    ("text", "mood", "expected"),
    [
        ("Let's set up a review rota.", STATEMENT, True),
        ("Maybe you could pair with the juniors.", STATEMENT, True),
        ("I'd suggest you review on a call.", STATEMENT, True),
        ("Could you soften the tone?", REQUEST, True),
        ("How about you pair with them?", PROPOSED, True),
        ("The juniors are scared of your comments.", STATEMENT, False),
        ("Your comments have been landing as harsh.", STATEMENT, False),
    ],
)
def test_proposes(text: str, mood: int, expected: bool) -> None:
    assert proposes(text, mood) is expected


@pytest.mark.parametrize(
    "reply",
    [
        "Could you soften the tone of your review comments for the juniors?",
        "Let's set up a review rota so juniors get feedback from more people.",
        "How about you pair with the juniors on their pull requests?",
        "I'd suggest you review the juniors' PRs on a call instead of in comments.",
    ],
)
def test_a_proposal_does_not_name_the_impact(reply: str) -> None:
    assert "name_review_impact" not in shipped_matcher("hard_feedback").matched(reply)


def test_the_impact_named_in_new_words_still_matches() -> None:
    matcher = shipped_matcher("hard_feedback")
    reply = "The juniors are scared to send you PRs because of how your comments land."
    assert matcher.matched(reply)[:1] == ("name_review_impact",)
    late = "The night staff keep missing their buses because you get to handover late."
    assert WARD.matched(late)[:1] == ("name_handover_impact",)


def test_a_proposal_meets_the_intent_that_proposes() -> None:
    reply = "Could we try a half eight start so handover doesn't run over?"
    got = WARD.matched(reply)
    assert "name_handover_impact" not in got
    assert got[:1] == ("offer_later_start",)


def test_in_a_reply_of_two_sentences_the_naming_sentence_names() -> None:
    matcher = shipped_matcher("hard_feedback")
    reply = (
        "The juniors are scared to send you PRs because of how your comments land. "
        "Could you soften the tone for a while?"
    )
    assert "name_review_impact" in matcher.matched(reply)
    rows = {s.name: s for s in matcher.score(reply)}
    best = rows["name_review_impact"]
    assert best.matched and best.span is not None and best.span[0] == 0
