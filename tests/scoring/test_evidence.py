"""Evidence adds up to the score, spans index the reply, and the scorer is wired in."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from roleplay.scoring import DIMENSIONS, LexicalScorer, ScoreInput, Scorer, default_scorer
from roleplay.scoring.model import clamp
from roleplay.scoring.semantic import SemanticScorer

REPLIES = [
    "It sounds like the board has you under a lot of pressure. What matters most to them?",
    "I understand, but no way. Take it or leave it.",
    "Oh great, thanks a lot. We are doing it my way.",
    "What if we phase the cut? Let's look at the numbers together, does that work for you?",
    "I don't care how you feel.",
    "  So \u201cQ3 budget\u201d means 30%\u2026 by Friday?\n\nI\u2019m sorry, that\u2019s a lot.",
    "",
]
PARTNER = "I need 30% out of your Q3 budget. The board wants the numbers by Friday."
KEY_POINTS = ("30%", "Q3 budget", "board", "Friday")


def _check(scorer: LexicalScorer | SemanticScorer, item: ScoreInput) -> None:
    score = scorer.score(item)
    if not score.scored:  # an unreadable reply earns nothing and says why
        assert score.reason and not score.evidence
        assert all(score.dimension(d) == 0 for d in (*DIMENSIONS, "overall"))
        return
    for dim in DIMENSIONS:
        points = sum(e.points for e in score.evidence if e.dimension == dim)
        assert score.dimension(dim) == clamp(scorer.weights.base[dim] + points)
        assert 0 <= score.dimension(dim) <= 100
    assert score.overall == round(sum(score.dimension(d) for d in DIMENSIONS) / 3)
    assert score.same_side in ("beside", "across", "neutral")
    for e in score.evidence:
        assert e.points != 0
        assert e.reason
        if e.span is not None:
            start, end = e.span
            assert 0 <= start < end <= len(item.reply)


def test_evidence_adds_up_and_spans_index_the_reply() -> None:
    for scorer in (LexicalScorer(), SemanticScorer()):
        for reply in REPLIES:
            _check(scorer, ScoreInput(reply, PARTNER, KEY_POINTS, "pressured"))


def test_span_points_at_the_words_in_the_reason() -> None:
    reply = "Fine. Take it or leave it."
    score = default_scorer().score(ScoreInput(reply))
    ultimatum = [e for e in score.evidence if "ultimatum" in e.reason]
    assert ultimatum
    assert all(
        e.span is not None and reply[e.span[0] : e.span[1]] == "Take it or leave it"
        for e in ultimatum
    )
    assert ultimatum[0].label().startswith("-")


@settings(max_examples=150, deadline=None)
@given(
    reply=st.text(max_size=200),
    partner=st.text(max_size=80),
    key_points=st.lists(st.text(max_size=12), max_size=3),
)
def test_any_text_scores_within_bounds(reply: str, partner: str, key_points: list[str]) -> None:
    scorer = default_scorer()
    assert isinstance(scorer, SemanticScorer)
    _check(scorer, ScoreInput(reply, partner, tuple(key_points), None))


def test_same_side() -> None:
    s = default_scorer()
    beside = "What if we phase the cut together? What matters most to the board?"
    assert s.score(ScoreInput(beside, PARTNER)).same_side == "beside"
    across = "Take it or leave it. This is your fault."
    assert s.score(ScoreInput(across, PARTNER)).same_side == "across"
    assert s.score(ScoreInput("Okay.", PARTNER)).same_side == "neutral"


def test_default_scorer_is_the_real_cached_scorer() -> None:
    scorer = default_scorer()
    assert isinstance(scorer, SemanticScorer)
    assert isinstance(scorer, Scorer)
    assert default_scorer() is scorer


def test_deterministic() -> None:
    item = ScoreInput(REPLIES[0], PARTNER, KEY_POINTS, "pressured")
    assert LexicalScorer().score(item) == LexicalScorer().score(item)


def test_key_points_move_listening() -> None:
    s = default_scorer()
    covered = s.score(
        ScoreInput("30% of the Q3 budget by Friday for the board.", PARTNER, KEY_POINTS)
    )
    missed = s.score(ScoreInput("Let me get back to you.", PARTNER, KEY_POINTS))
    assert covered.listening > missed.listening
    assert any(e.reason == 'paraphrased "Q3 budget"' for e in covered.evidence)
    assert any("missed every key point" in e.reason for e in missed.evidence)


def test_reasons_read_well() -> None:
    s = default_scorer()
    score = s.score(ScoreInput("That sounds stressful.", PARTNER, (), "pressured"))
    reasons = [e.label() for e in score.evidence]
    assert any(r.startswith("+") and "named their pressure" in r for r in reasons), reasons
