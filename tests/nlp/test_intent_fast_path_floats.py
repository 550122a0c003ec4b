"""The one-part fast path works its last steps out on plain floats, rounded to float32 where
numpy rounds: its margins must equal, to the last bit, those of the same steps on arrays."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from numpy.typing import NDArray

from roleplay.nlp.intent_fast_path import FastPath, _f32
from roleplay.nlp.intent_similarity import (
    _NONE,
    _OFF,
    CLOSE,
    CONSENSUS_WEIGHT,
    LONE_SECOND,
    MAX_DRAG,
    MOODS,
    threshold_row,
)
from roleplay.nlp.intents import IntentMatcher, IntentSpec

ROOT = Path(__file__).resolve().parents[2]


def _on_arrays(
    fast: FastPath,
    vector: NDArray[np.float32],
    negative: bool,
    mood: int,
    wanted: NDArray[np.bool_] | None,
    barred: NDArray[np.bool_] | None,
) -> list[float] | None:
    """The same decision as FastPath._one_part, every step on numpy arrays (how it was
    written before the last steps moved to floats): the reference."""
    k = fast.intents
    threshold = fast.thresholds[threshold_row(negative, mood)]
    sims = vector @ fast.vectors_t
    sims -= fast.penalties[mood, int(negative)]
    top = np.maximum.reduceat(sims, fast.starts)
    top_k = top[:k]
    reach = top_k >= threshold
    if wanted is not None:
        reach &= wanted
    if not np.count_nonzero(reach):
        return None
    head = top[: k + 1]
    used = sims[: len(fast.head_owner)]
    second = np.maximum.reduceat(
        np.where(used >= head.take(fast.head_owner), _OFF, used), fast.head_starts
    )
    second[second < _NONE] = LONE_SECOND
    drag = head - second
    drag *= CONSENSUS_WEIGHT
    np.minimum(drag, MAX_DRAG, out=drag, where=head >= CLOSE)
    scores = head - drag
    scores_k = scores[:k]
    margins = scores_k - threshold
    ok = scores_k >= np.maximum(threshold, scores[k] + fast.ordinary_margin)
    ok &= top[k + 1 :] < top_k
    if barred is not None:
        ok &= ~barred
    row = np.where(ok, margins, -np.inf)
    lead = np.maximum.reduce(row)
    if fast.rival_margin:
        lead -= fast.rival_margin
    out: list[float] = np.where(row >= lead, row, -np.inf).tolist()
    return out


SPECS = [
    IntentSpec(
        "phase_the_cut",
        (
            "Let's phase the cut over two quarters.",
            "We could take 15% now and the rest in Q4.",
            "How about half now and half after the launch?",
        ),
        ("We can't phase it, the board wants it all now.",),
    ),
    IntentSpec(
        "refuse_the_cut",
        (
            "I can't give you 30%, it would kill the launch.",
            "No, the budget has to stay as it is.",
            "That's not something I can agree to.",
        ),
    ),
    IntentSpec(
        "ask_about_the_board",
        (
            "Is the board after the annual number or this quarter?",
            "What does the board actually need to see on Friday?",
            "Who set the 30% target?",
        ),
    ),
    IntentSpec(
        "give_the_patient_rota",  # another domain in the same matcher: health rota
        (
            "I'll cover the Friday clinic myself.",
            "Put me on the weekend ward round.",
            "You can have my Sunday shift.",
        ),
        ("I won't cover the Friday clinic.",),
    ),
]


@pytest.fixture(scope="module")
def matcher() -> IntentMatcher:
    return IntentMatcher(SPECS)


@pytest.mark.parametrize(
    "reply",
    [
        "Let's phase it: 15% this quarter and the rest after launch.",
        "I can't do 30%, the launch would die.",
        "Is the 30% an annual number?",
        "I'll take the Friday clinic.",
        "Thanks for the heads-up.",
        "The weather has been lovely this week.",
        "We won't cover the ward round on Sunday.",
    ],
)
def test_one_part_margins_are_those_of_the_array_steps(matcher: IntentMatcher, reply: str) -> None:
    _, vectors, negative, moods = matcher._pieces(reply)
    assert len(vectors) == 1  # each reply above is one part
    fast = matcher._fast
    for wanted in (
        None,
        np.array([True, False, True, False]),
        np.array([False, True, False, True]),
    ):
        for barred in (None, np.array([True, False, False, False])):
            got = fast._one_part(vectors[0], negative[0], moods[0], wanted, barred)
            assert got == _on_arrays(fast, vectors[0], negative[0], moods[0], wanted, barred)


@settings(max_examples=200, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    negative=st.booleans(),
    mood=st.sampled_from(list(MOODS)),
    wanted=st.one_of(st.none(), st.lists(st.booleans(), min_size=4, max_size=4)),
    barred=st.one_of(st.none(), st.lists(st.booleans(), min_size=4, max_size=4)),
    near=st.floats(0.0, 1.0),
)
def test_any_part_vector_gives_the_margins_of_the_array_steps(
    matcher: IntentMatcher,
    seed: int,
    negative: bool,
    mood: int,
    wanted: list[bool] | None,
    barred: list[bool] | None,
    near: float,
) -> None:
    # a random direction, pulled towards one of the examples so some parts reach a threshold
    rng = np.random.default_rng(seed)
    fast = matcher._fast
    example = fast.vectors_t[:, int(rng.integers(0, fast.vectors_t.shape[1]))]
    vector = (near * example + rng.normal(size=example.shape) / 16).astype(np.float32)
    vector /= np.float32(np.linalg.norm(vector))
    w = None if wanted is None else np.array(wanted)
    b = None if barred is None else np.array(barred)
    assert fast._one_part(vector, negative, mood, w, b) == _on_arrays(
        fast, vector, negative, mood, w, b
    )


def test_floats_are_rounded_as_float32() -> None:
    values = [0.1, 0.2, 1 / 3, -2.5, 0.0, 1e-3]
    assert _f32(values) == [float(np.float32(v)) for v in values]
    # a difference of two float32 values, rounded once, is numpy's float32 difference
    a, b = np.float32(0.7312), np.float32(0.1999)
    assert _f32([float(a) - float(b)])[0] == float(a - b)


@settings(max_examples=200, deadline=None)
@given(
    seed=st.integers(0, 2**32 - 1),
    negative=st.booleans(),
    mood=st.sampled_from(list(MOODS)),
    thresholds=st.lists(st.floats(-0.2, 0.8), min_size=12, max_size=12),
    margin=st.sampled_from([-0.1, 0.0, -0.3, 0.05]),
    near=st.floats(0.0, 1.0),
)
def test_any_thresholds_give_the_margins_of_the_array_steps(
    matcher: IntentMatcher,
    seed: int,
    negative: bool,
    mood: int,
    thresholds: list[float],
    margin: float,
    near: float,
) -> None:
    # thresholds on both sides of LONE_SECOND (which the blend may lift a score to) and other
    # margins to ordinary talk: the plain-float steps still give the array steps' margins
    rng = np.random.default_rng(seed)
    table = np.array(thresholds).reshape(3, 4)
    fast = replace(
        matcher._fast,
        thresholds=table,
        threshold_lists=tuple(table.tolist()),
        ordinary_margin=margin,
    )
    example = fast.vectors_t[:, int(rng.integers(0, fast.vectors_t.shape[1]))]
    vector = (near * example + rng.normal(size=example.shape) / 16).astype(np.float32)
    vector /= np.float32(np.linalg.norm(vector))
    assert fast._one_part(vector, negative, mood, None, None) == _on_arrays(
        fast, vector, negative, mood, None, None
    )
