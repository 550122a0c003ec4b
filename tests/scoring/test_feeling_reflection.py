"""Issue 11: a reflection of feeling (naming their feeling in one's own words, fitting their
line) earns clear empathy, traced to its sentence; a feeling that contradicts their line earns
nothing; more reflections earn less each. The first five tests (and the fitting-vs-contradicting
one) failed before the change; the third-party, stock/repeat and hostility tests guard the
anti-gaming rules the new credit must not get round."""

from __future__ import annotations

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.semantic import SemanticScorer

from .reasons import reasons

SCAN = "The next scan is on Monday and I can't stop thinking about it."
WIDOW = "My husband left after thirty years and the house is so quiet now."
CARER = "I've been caring for mum for two years and there's nothing left of me."
REFLECTED = "reflected their feeling in your own words"


def score(reply: str, partner: str, emotion: str | None = None) -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner, (), emotion))


def reflected(result: Score) -> list[tuple[int, tuple[int, int] | None]]:
    return [
        (e.points, e.span)
        for e in result.evidence
        if e.dimension == "empathy" and e.reason.startswith(REFLECTED)
    ]


def test_a_reflection_of_feeling_earns_clear_empathy_traced_to_its_sentence() -> None:
    reply = "You must be so frightened."
    result = score(reply, SCAN, "anxious")
    items = reflected(result)
    assert items and items[0][1] == (0, len(reply)), reasons(result)
    assert result.empathy >= 65, reasons(result)
    plain_advice = score("Try to keep busy until Monday.", SCAN, "anxious")
    assert result.empathy - plain_advice.empathy >= 20


def test_a_reflection_the_cue_layer_reads_as_validation_is_still_a_reflection() -> None:
    result = score("No wonder you're scared of the next scan.", SCAN, "anxious")
    assert reflected(result), reasons(result)
    assert result.empathy >= 65, reasons(result)


def test_a_feeling_that_contradicts_their_line_earns_nothing() -> None:
    result = score("You sound excited about the scan.", SCAN, "anxious")
    assert not reflected(result), reasons(result)
    assert not any("feeling" in r for r in reasons(result)), reasons(result)
    assert result.empathy <= 50, reasons(result)


def test_a_feeling_of_someone_else_is_not_reflected_as_theirs() -> None:
    result = score("Your mum must be so frightened.", CARER, "tired")
    assert not reflected(result), reasons(result)


def test_more_reflections_of_feeling_earn_diminishing_credit() -> None:
    reply = (
        "You must be so frightened. You're terrified it has grown again. "
        "The waiting must leave you helpless. You sound so lonely with all of it."
    )
    result = score(reply, SCAN, "anxious")
    items = reflected(result)
    assert any("diminishing returns" in r for r in reasons(result) if r.startswith(REFLECTED))
    one = score("You must be so frightened.", SCAN, "anxious")
    # four reflections earn less than twice what one earns
    assert result.empathy - 45 < 2 * (one.empathy - 45), reasons(result)
    assert len(items) <= 3


def test_stock_and_repeated_feelings_earn_no_reflection_credit() -> None:
    stuffed = score(" ".join(["You sound upset."] * 10), WIDOW, "sad")
    assert not reflected(stuffed), reasons(stuffed)
    decent = score(
        "Thirty years is a whole life together. How are the evenings for you now?", WIDOW, "sad"
    )
    assert stuffed.overall < decent.overall


def test_hostility_still_caps_a_reply_with_a_reflection_of_feeling() -> None:
    result = score(
        "You sound worn out by all of it. Honestly, you're pathetic and you brought this on "
        "yourself.",
        CARER,
        "tired",
    )
    assert result.empathy <= 30, reasons(result)


def test_a_reflection_of_feeling_fitting_their_line_earns_more_than_one_contradicting_it() -> None:
    fitting = score("That must feel lonely after thirty years together.", WIDOW, "sad")
    contradicting = score("That must feel exciting after thirty years together.", WIDOW, "sad")
    assert not any("named" in r for r in reasons(contradicting)), reasons(contradicting)
    assert fitting.empathy - contradicting.empathy >= 15
