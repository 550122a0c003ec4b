"""The decision of :class:`.intents.IntentMatcher` without its explanations, in few array calls.

A session only needs which intents a reply matches, once per reply, and on tiny arrays the
cost is the number of numpy calls rather than the arithmetic. So every phrasing the decision
reads - each intent's examples, ordinary talk, each intent's near-misses - is stacked once at
load into one matrix with one penalty table (mood and polarity for examples and ordinary talk,
polarity only for near-misses, as in ``IntentMatcher._decide``), and a reply costs one matrix
product and a few reductions. The rules and constants are those of the explained path; the
tests check that both decide the same on every benchmark reply.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .intent_similarity import (
    _NONE,
    _OFF,
    CLOSE,
    CONSENSUS_WEIGHT,
    LONE_SECOND,
    MAX_DRAG,
    MOOD_PENALTIES,
    MOODS,
    Flags,
    Phrasings,
    cross_penalty,
    threshold_row,
)
from .intent_support import Spans, apart, ranks

Scores = NDArray[np.float64]


@dataclass(frozen=True)
class FastPath:
    """Everything the decision reads, stacked: groups 0..K-1 are the intents' examples, group
    K ordinary talk, groups K+1..2K the intents' near-misses."""

    vectors_t: NDArray[np.float32]  # (dim, rows)
    penalties: NDArray[np.float32]  # (moods, 2, rows): [mood, negative] of the part
    starts: NDArray[np.intp]  # (2K + 1,) first row of each group
    head_owner: NDArray[np.intp]  # (rows of the first K + 1 groups,) group of each row
    head_starts: NDArray[np.intp]  # (K + 1,) the first K + 1 groups' starts
    intents: int  # K
    thresholds: Scores  # (3, K): affirmative, negative, either (see threshold_row)
    threshold_lists: tuple[list[float], ...]  # the same rows as plain floats
    penalty_rows: tuple[tuple[NDArray[np.float32], ...], ...]  # [mood][negative]: rows of penalties
    ordinary_margin: float
    rival_margin: float

    @classmethod
    def of(
        cls,
        examples: Sequence[Phrasings],
        ordinary: Phrasings,
        near: Sequence[Phrasings],
        thresholds: Scores,
        ordinary_margin: float,
        rival_margin: float,
        handicap: Scores | None = None,
        crossing: Flags | None = None,
    ) -> FastPath:
        """``handicap`` (rows of ``ordinary``,): what each ordinary phrasing loses besides the
        rules of mood and polarity (None: nothing); ``crossing`` (rows of ``examples`` and
        ``ordinary``,): which a part of the other polarity meets (see
        :func:`.intent_similarity.cross_penalty`; None: none)."""
        groups = [*examples, ordinary, *near]
        sizes = [len(g) for g in groups]
        vectors = np.concatenate([g.vectors for g in groups]).astype(np.float32)
        negative = np.concatenate([g.negative for g in groups])
        mood = np.concatenate([g.mood for g in groups])
        moody = np.repeat([True] * (len(examples) + 1) + [False] * len(near), sizes)
        penalties = np.empty((len(MOODS), 2, len(vectors)))
        crosses = np.zeros(len(vectors), dtype=bool)
        if crossing is not None:
            crosses[: len(crossing)] = crossing
        every = Phrasings(vectors, negative, np.where(moody, mood, -1))
        for part_mood in MOODS:
            for part_negative in (0, 1):
                penalties[part_mood, part_negative] = np.where(
                    moody, MOOD_PENALTIES[part_mood][mood], 0.0
                ) + cross_penalty(every, part_mood, bool(part_negative), crosses)
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.intp)
        if handicap is not None:
            first = starts[len(examples)]
            penalties[:, :, first : first + len(ordinary)] += handicap
        head_owner = np.repeat(np.arange(len(examples) + 1), sizes[: len(examples) + 1])
        stacked = penalties.astype(np.float32)
        return cls(
            np.ascontiguousarray(vectors.T),
            stacked,
            starts,
            head_owner.astype(np.intp),
            starts[: len(examples) + 1].copy(),
            len(examples),
            thresholds,
            tuple(thresholds.tolist()),
            tuple((p[0], p[1]) for p in stacked),
            ordinary_margin,
            rival_margin,
        )

    def margins(
        self,
        vectors: NDArray[np.float32],
        negative: list[bool],
        moods: list[int],
        later: Flags | None,
        wanted: Flags | None,
        spans: Spans | None = None,
        barred: Flags | None = None,
        near_misses: bool = True,
    ) -> list[float] | None:
        """(K,) each intent's best margin over its threshold among the parts it wins, -inf
        where it wins none; None when no wanted intent (``wanted``: (K,) mask, None: all) can
        be matched. The parts are ``vectors`` (parts, dim) with each part's polarity and mood,
        at ``spans`` of the reply (for the support of :mod:`.intent_support` when intents
        compete for a part; None: no support). ``barred`` (parts, K): intents a part may not
        match (a concession after an unturned refusal, see :mod:`.intent_refusal`; None: none).
        ``near_misses``: False reads no near-miss (a short answer's reading, see
        :meth:`.intents.IntentMatcher.matched`).

        Written for few array operations: each costs more than its arithmetic, and more so
        right after scoring, which leaves numpy's caches cold. Parts that all share one
        polarity and mood (most replies) read their penalties and thresholds as plain rows.
        """
        if len(vectors) == 1:
            return self._one_part(
                vectors[0],
                negative[0],
                moods[0],
                wanted,
                None if barred is None else barred[0],
                near_misses,
            )
        k = self.intents
        if negative.count(negative[0]) == len(negative) and moods.count(moods[0]) == len(moods):
            penalties = self.penalties[moods[0], int(negative[0])]  # (rows,)
            threshold = self.thresholds[threshold_row(negative[0], moods[0])]  # (K,)
        else:
            flags = np.array(negative, dtype=np.intp)
            penalties = self.penalties[np.array(moods, dtype=np.intp), flags]  # (parts, rows)
            rows = [threshold_row(n, m) for n, m in zip(negative, moods, strict=True)]
            threshold = self.thresholds[rows]  # (parts, K)
        sims = vectors @ self.vectors_t
        sims -= penalties
        top = np.maximum.reduceat(sims, self.starts, axis=1)  # (parts, 2K + 1)
        top_k = top[:, :k]
        reach = top_k >= threshold  # the blend never lifts a score past the threshold
        if wanted is not None:
            reach &= wanted
        if not np.count_nonzero(reach):
            return None
        # the blend is for examples and ordinary talk only: the first K + 1 groups. A group
        # with no phrasing of the part's polarity scores far below any threshold as it is.
        head = top[:, : k + 1]
        used = sims[:, : len(self.head_owner)]
        second = np.maximum.reduceat(
            np.where(used >= head.take(self.head_owner, axis=1), _OFF, used),
            self.head_starts,
            axis=1,
        )
        second[second < _NONE] = LONE_SECOND
        drag = head - second
        drag *= CONSENSUS_WEIGHT
        np.minimum(drag, MAX_DRAG, out=drag, where=head >= CLOSE)
        scores = head - drag
        scores_k = scores[:, :k]
        margins = scores_k - threshold
        # at or over the threshold (margins >= 0) and not clearly under ordinary talk
        ok = scores_k >= np.maximum(threshold, scores[:, k:] + self.ordinary_margin)
        if near_misses:
            ok &= top[:, k + 1 :] < top_k  # not closer to a near-miss
        if barred is not None:
            ok &= ~barred
        rank = margins
        if spans is not None and len(spans) > 1 and np.count_nonzero(ok) > 1:
            # intents compete for a part only if some part has two: then the rest counts
            rank = ranks(margins, apart(spans))
        candidates = np.where(ok, rank, -np.inf)
        lead = np.maximum.reduce(candidates, axis=1, keepdims=True)
        if self.rival_margin:
            lead -= self.rival_margin
        wins = candidates >= lead  # -inf where no intent is ok
        if later is not None:
            wins &= ~(later & (wins & ok).any(axis=1)[None, :]).any(axis=1)[:, None]
        wins &= ok  # a part no intent reaches leaves every rank -inf, all "winning"
        best: list[float] = np.maximum.reduce(np.where(wins, margins, -np.inf), axis=0).tolist()
        return best

    def _one_part(
        self,
        vector: NDArray[np.float32],
        negative: bool,
        mood: int,
        wanted: Flags | None,
        barred: Flags | None = None,
        near_misses: bool = True,
    ) -> list[float] | None:
        """:meth:`margins` for a reply of one part (most replies): no support from other parts,
        nothing after a contrast, so the intents it wins are those it is ok for with the lead
        margin.

        After the one product and the reductions over the phrasings, what is left is a few
        numbers per intent: they are worked out as plain floats, each float32 step rounded
        to float32 as numpy rounds it (:func:`_f32`; a sum, difference or product of two
        float32 values worked out in double precision and rounded once is the float32
        result), so the margins are the same to the last bit as on arrays (tests/nlp), with a
        fifth of the array calls, which cost more than their arithmetic right after scoring.
        """
        k = self.intents
        row_of = threshold_row(negative, mood)
        threshold = self.threshold_lists[row_of]  # K floats
        sims = vector @ self.vectors_t
        sims -= self.penalty_rows[mood][negative]
        top_array = np.maximum.reduceat(sims, self.starts)  # (2K + 1,) float32
        top = top_array.tolist()
        top_k = top[:k]
        if wanted is None:
            if not any(t >= h for t, h in zip(top_k, threshold, strict=True)):
                return None
        elif not any(
            w and t >= h for w, t, h in zip(wanted.tolist(), top_k, threshold, strict=True)
        ):
            return None
        # the best of each group's other rows (rows equal to its best left out, as on arrays)
        used = sims[: len(self.head_owner)]
        second = np.maximum.reduceat(
            np.where(used >= top_array.take(self.head_owner), _OFF, used), self.head_starts
        ).tolist()  # K + 1 floats
        head = top[: k + 1]
        # drag = (head - second) * CONSENSUS_WEIGHT, at most MAX_DRAG where head >= CLOSE;
        # scores = head - drag: every step in float32
        drag = _f32(
            [h - (_LONE_SECOND if s < _NONE else s) for h, s in zip(head, second, strict=True)]
        )
        drag = _f32([d * _CONSENSUS for d in drag])
        drag = [min(d, _MAX_DRAG) if h >= _CLOSE else d for h, d in zip(head, drag, strict=True)]
        scores = _f32([h - d for h, d in zip(head, drag, strict=True)])
        floor = _f32([scores[k] + _f32([self.ordinary_margin])[0]])[0]
        blocked = [False] * k if barred is None else barred.tolist()
        near = top[k + 1 :] if near_misses else [-math.inf] * k
        row = [
            s - h if s >= max(h, floor) and n < t and not b else -math.inf
            for s, h, n, t, b in zip(scores[:k], threshold, near, top_k, blocked, strict=True)
        ]
        lead = max(row)
        if self.rival_margin:
            lead -= self.rival_margin
        return [r if r >= lead else -math.inf for r in row]


def _f32(values: list[float]) -> list[float]:
    """``values`` rounded to float32 (one C call for the list)."""
    return array("f", values).tolist()


# the constants as numpy reads them beside float32 arrays: rounded to float32 (NEP 50)
_LONE_SECOND, _CONSENSUS, _MAX_DRAG, _CLOSE = _f32([LONE_SECOND, CONSENSUS_WEIGHT, MAX_DRAG, CLOSE])
