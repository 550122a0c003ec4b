"""The real scorer: lexicon features, a small fitted linear model and the same-side indicator."""

from __future__ import annotations

from roleplay.scoring.features import extract
from roleplay.scoring.lexicon import Lexicon, load_lexicon
from roleplay.scoring.model import Weights, clamp, evidence_for, group_hits, load_weights
from roleplay.scoring.types import DIMENSIONS, Evidence, SameSide, Score, ScoreInput

# Points from "beside" behaviour needed to call a reply beside the table.
BESIDE_THRESHOLD = 8


class LexicalScorer:
    """Deterministic, offline scorer: every point comes with a reason and a span in the reply.

    score[dim] = clamp(base[dim] + sum(evidence points for dim), 0, 100); see model.py.
    """

    name = "lexical"

    def __init__(self, lexicon: Lexicon | None = None, weights: Weights | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.weights = weights if weights is not None else load_weights(self.lexicon)

    def warm_up(self) -> None:
        """Compile every cue pattern ahead (each reply compiles those of its words)."""
        self.lexicon.compile_all()

    def score(self, item: ScoreInput) -> Score:
        by_feature = group_hits(extract(item, self.lexicon))
        scores: dict[str, int] = {}
        evidence: list[tuple[str, Evidence]] = []
        for dim in DIMENSIONS:
            items = evidence_for(dim, by_feature, self.lexicon, self.weights)
            scores[dim] = clamp(self.weights.base[dim] + sum(e.points for _, e in items))
            evidence.extend(items)
        return Score(
            listening=scores["listening"],
            empathy=scores["empathy"],
            collaboration=scores["collaboration"],
            overall=round(sum(scores.values()) / len(DIMENSIONS)),
            same_side=self.same_side(evidence),
            evidence=tuple(e for _, e in evidence),
        )

    def same_side(self, evidence: list[tuple[str, Evidence]]) -> SameSide:
        """Beside: joint framing, interests, options. Across: positions, ultimatums, blame.

        Sums the points of evidence from features marked beside/across in cues.json (all three
        dimensions); across wins ties, because one ultimatum undoes a lot of "we".
        """
        beside = across = 0
        for feature, e in evidence:
            side = self.lexicon.features[feature].side
            if side == "beside" and e.points > 0:
                beside += e.points
            elif side == "across" and e.points < 0:
                across -= e.points
        if across > 0 and across >= beside:
            return "across"
        if beside >= BESIDE_THRESHOLD:
            return "beside"
        return "neutral"
