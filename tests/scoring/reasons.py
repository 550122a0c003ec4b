"""Scoring one reply with the product's semantic scorer and reading its evidence, for the
tests of single rules (test_cue_precision, test_normalising, test_dispute_wording, and with
their points for the rule 29 tests)."""

from __future__ import annotations

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.restated import RESTATED_REASON
from roleplay.scoring.semantic import SemanticScorer


def score(reply: str, partner: str = "") -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner))


def reasons(result: Score) -> list[str]:
    return [e.reason for e in result.evidence]


def evidence_points(reply: str, partner: str = "") -> list[tuple[str, int]]:
    """Each evidence item of the reply's score as (reason, points)."""
    return [(e.reason, e.points) for e in score(reply, partner).evidence]


def restated_listening(reply: str, partner: str) -> float:
    """Rule 190's listening units in the reply (0 when it earns none)."""
    analysis = SemanticScorer().analyse(ScoreInput(reply, partner))
    return sum(
        p.value
        for p in analysis.parts
        if p.dimension == "listening" and p.reason.startswith(RESTATED_REASON)
    )


def fired(why: str, reply: str, partner: str) -> bool:
    """An evidence item of the reply's score opens with `why` (a rule's reason or cap)."""
    return any(r.startswith(why) for r in reasons(score(reply, partner)))


def held_at(why: str, cap: int, reply: str, partner: str) -> bool:
    """`why` capped the reply, and no dimension ends above `cap`."""
    result = score(reply, partner)
    top = max(result.listening, result.empathy, result.collaboration)
    return any(r.startswith(why) for r in reasons(result)) and top <= cap
