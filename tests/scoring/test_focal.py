"""Issue 11, rules 280-282 (docs/scoring.md): their point, and what they set aside to make it.

A partner who grants one thing before saying what matters ("The rollout went fine. What bothers
me is ...", "It's not the money, it's ...", "The ward is lovely, but ...") is answered only when
the reply meets the second part. A restatement of the part they set aside earns no rule-190
credit (280); a restatement of their point earns it though the encoder reads it as no act or as
validation, or it does not point at them by its wording (281); a feeling, hardship or view
acknowledged on the part they set aside is no acknowledgement of theirs (282).

Partners in engineering, sales, health, HR, the public sector, counselling and support. Hard
negatives: a "but" that grants nothing, two sides of their ambivalence, their point copied
back, a question, advice close to their point.
"""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput
from roleplay.scoring.focal import focal_split
from roleplay.scoring.semantic import SemanticScorer

from .reasons import restated_listening

DEPLOY = (
    "The deploy pipeline works fine now, I'll give you that. What worries me is that nobody on "
    "call knows how to roll it back at night."
)
RENEWAL = (
    "We're happy with the discount on the renewal. Our real problem is that your support team "
    "takes a week to answer a ticket."
)
CLINIC = (
    "The physio has been great and my knee is healing. But I can't get back to the allotment, "
    "and that was the one place I felt like myself."
)
APPRAISAL = (
    "It's not the rating I mind. It's that my manager wrote the review without a single "
    "conversation with me."
)
LIBRARY = (
    "We accept the branch has to close on Sundays. What we can't accept is that the council "
    "never asked the people who use it."
)
TRIAL = (
    "The chemo itself I can cope with, the nurses are kind. What I really want to know is "
    "whether I'll be able to look after my grandchildren this summer."
)


@pytest.mark.parametrize(
    ("partner", "aside", "point"),
    [
        (DEPLOY, "fine now", "roll it back"),
        (RENEWAL, "discount", "support team"),
        (CLINIC, "physio", "allotment"),
        (APPRAISAL, "rating", "conversation"),
        (LIBRARY, "Sundays", "never asked"),
        (TRIAL, "chemo", "grandchildren"),
        ("I'm not even angry about the refund. He just never rang me back.", "refund", "rang"),
    ],
)
def test_a_line_that_grants_one_thing_then_says_what_matters_has_a_point(
    partner: str, aside: str, point: str
) -> None:
    shape = focal_split(partner)
    assert shape is not None
    assert aside in shape[0] and point not in shape[0]
    assert point in shape[1]


@pytest.mark.parametrize(
    "partner",
    [
        # a "but" that grants nothing: both halves are theirs
        "I want to sell the house, but my brother says selling is like spitting on dad's memory.",
        "We tried the new vendor but their API failed our load test twice.",
        # two sides of their ambivalence
        "Part of me wants to stop smoking, I know it's bad. But it's the only break I get.",
        "I know the sleeping pills aren't ideal, but without them I lie awake until four.",
        # no turn at all
        "My mum was moved to a ward two hours away and nobody told us until she was gone.",
        "The council rejected our permit twice and never said what was missing.",
    ],
)
def test_a_line_with_no_set_aside_has_no_shape(partner: str) -> None:
    assert focal_split(partner) is None


@pytest.mark.parametrize(
    ("partner", "aside", "point"),
    [
        (
            DEPLOY,
            "So the pipeline is in good shape now and you're happy with it.",
            "So the real gap is the night: no one on call could undo a bad release.",
        ),
        (
            RENEWAL,
            "So the renewal discount landed well with your team.",
            "So the week-long wait for an answer from support is what's hurting you.",
        ),
        (
            LIBRARY,
            "So you've come to terms with the branch shutting on Sundays.",
            "So the closing you can accept; being left out of the decision you can't.",
        ),
    ],
)
def test_only_a_restatement_of_their_point_earns_rule_190(
    partner: str, aside: str, point: str
) -> None:
    assert restated_listening(aside, partner) == 0
    assert restated_listening(point, partner) > 0


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            APPRAISAL,
            "Being judged on paper without even a chat is what grates, more than the grade.",
        ),
        (CLINIC, "Losing the allotment means losing the one spot where you could be yourself."),
    ],
)
def test_a_restatement_of_their_point_earns_though_it_reads_as_no_reflection(
    partner: str, reply: str
) -> None:
    assert restated_listening(reply, partner) > 0


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # their point copied back: no words of the speaker's own
        (
            APPRAISAL,
            "It's that your manager wrote the review without a single conversation with you.",
        ),
        # advice close to their point
        (DEPLOY, "You should write a rollback runbook for whoever is on call at night."),
        # a question
        (TRIAL, "Will you be able to look after your grandchildren this summer?"),
    ],
)
def test_a_copy_advice_or_a_question_on_their_point_restates_nothing(
    partner: str, reply: str
) -> None:
    assert restated_listening(reply, partner) == 0


def _empathy_items(reply: str, partner: str) -> list[str]:
    score = SemanticScorer().score(ScoreInput(reply, partner))
    return [e.reason for e in score.evidence if e.dimension == "empathy" and e.points > 0]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (APPRAISAL, "A low rating after a hard year is really disappointing."),
        (TRIAL, "Chemo is exhausting, even with kind nurses around you."),
    ],
)
def test_a_feeling_acknowledged_on_what_they_set_aside_is_not_theirs(
    partner: str, reply: str
) -> None:
    found = _empathy_items(reply, partner)
    assert not any(r.startswith(("acknowledged it's hard", "named a feeling")) for r in found)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (APPRAISAL, "Being reviewed without one conversation is really disappointing."),
        (TRIAL, "Not knowing if you can mind your grandchildren this summer must be frightening."),
    ],
)
def test_a_feeling_acknowledged_on_their_point_keeps_its_credit(partner: str, reply: str) -> None:
    found = _empathy_items(reply, partner)
    assert any(r.startswith(("acknowledged it's hard", "named a feeling")) for r in found)


def test_answering_their_point_outranks_answering_the_part_set_aside() -> None:
    scorer = SemanticScorer()
    for partner, better, worse in [
        (
            RENEWAL,
            "So it's the week you wait on every ticket that's the problem, not the price.",
            "Glad the discount on the renewal works for you.",
        ),
        (
            CLINIC,
            "The knee is mending, and it's the allotment, where you felt like yourself, that's "
            "still out of reach.",
            "It's great that the physio has been so good and the knee is healing well.",
        ),
    ]:
        b = scorer.score(ScoreInput(better, partner))
        w = scorer.score(ScoreInput(worse, partner))
        assert b.listening > w.listening
        assert b.overall > w.overall
