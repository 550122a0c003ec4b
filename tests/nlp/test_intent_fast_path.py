"""The session's fast path decides exactly like the explained one, on every benchmark reply."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from roleplay.nlp.intents import IntentMatcher

from .shipped import set_specs

ROOT = Path(__file__).resolve().parents[2]
SETS = sorted(
    p
    for folder in (
        "intent_sets",
        "intent_dev",
        "intent_fresh",
        "intent_blind",
        "intent_blind2",
        "intent_blind3",
        "intent_blind4",
        "intent_blind5",
        "intent_blind6",
        "intent_blind7",
        "intent_blind8",
        "intent_blind9",
        "intent_blind10",
        "intent_blind11",
        "intent_blind12",
        "intent_blind13",
        "intent_blind14",
        "library_intents",
        "library_intents/held_out",
    )
    for p in (ROOT / "benchmarks" / folder).glob("*.yaml")
)


def _matcher_and_replies(path: Path) -> tuple[IntentMatcher, list[str]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    specs = set_specs(data)
    replies = [r for group in data["cases"].values() for kind in group.values() for r in kind]
    return IntentMatcher(specs), replies + list(data.get("ordinary", []))


@pytest.mark.parametrize("path", SETS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fast_path_matches_the_explained_decision(path: Path) -> None:
    matcher, replies = _matcher_and_replies(path)
    names = matcher.names
    blind = path.parent.name.startswith("intent_blind")  # read as totals only: never show one
    for k, reply in enumerate(replies):
        shown = f"item {k + 1}" if blind else reply
        explained = tuple(s.name for s in matcher.score(reply) if s.matched)
        assert matcher.matched(reply) == explained, shown
        among = frozenset(names[::2])  # a state that reads only some of the intents
        assert matcher.matched(reply, among) == tuple(n for n in explained if n in among), shown


@pytest.mark.parametrize(
    "reply",
    [
        # parts of both polarities: a refusal, then an offer
        "We can't host patient data in the US. We could phase the migration though.",
        # a question, then a statement (two moods)
        "Could we keep scheduling in the EU? I'll host the rest in Virginia for now.",
        # one part: the plain-rows branch
        "Fine, go ahead with the US region for a few weeks.",
    ],
)
def test_parts_of_several_polarities_and_moods_decide_like_the_explained_path(reply: str) -> None:
    matcher, _ = _matcher_and_replies(
        ROOT / "benchmarks" / "library_intents" / "compliance_bend.yaml"
    )
    _, _, negative, moods = matcher._pieces(reply)
    mixed = len(set(zip(negative, moods, strict=True))) > 1
    assert mixed == (reply != "Fine, go ahead with the US region for a few weeks.")
    explained = tuple(s.name for s in matcher.score(reply) if s.matched)
    assert matcher.matched(reply) == explained
    for name in matcher.names:
        assert matcher.matched(reply, frozenset({name})) == tuple(n for n in explained if n == name)


@pytest.mark.parametrize("path", SETS[::4], ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_one_part_takes_the_decision_of_the_general_path(path: Path) -> None:
    # A one-part reply takes a shortcut (no support, no contrast); the same part given twice
    # without spans goes through the general reductions and must give the same margins.
    matcher, replies = _matcher_and_replies(path)
    fast = matcher._fast
    seen = 0
    for reply in replies:
        _, vectors, negative, moods = matcher._pieces(reply)
        if len(vectors) != 1:
            continue
        seen += 1
        one = fast.margins(vectors, negative, moods, None, None)
        two = fast.margins(np.vstack([vectors, vectors]), negative * 2, moods * 2, None, None)
        if one is None or two is None:
            assert one is None and two is None, reply
        else:
            # the same intents win (a stack of two rows is multiplied in another order by
            # BLAS, so the margins agree to float32 rounding, not to the last bit)
            assert np.isfinite(one).tolist() == np.isfinite(two).tolist(), reply
            assert np.allclose(one, two, atol=1e-5), reply
    assert seen


def test_parts_apart_are_those_that_do_not_overlap() -> None:
    from roleplay.nlp.intent_support import apart

    assert apart([(0, 10)]) is None
    # two sentences and the pair that joins them
    got = apart([(0, 10), (11, 20), (0, 20)])
    assert got is not None
    assert got.tolist() == [[False, True, False], [True, False, False], [False, False, False]]
