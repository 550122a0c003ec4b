"""Scoring and intent matching share a reply's split (and its encodings): whichever runs first,
and whether the other finds the work done, the score and the intents heard are the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.engine.intent_matching import ScenarioIntents
from roleplay.nlp import sentences
from roleplay.scenario import load_file
from roleplay.scoring import default_scorer
from roleplay.scoring.types import ScoreInput

ROOT = Path(__file__).resolve().parents[2]
REPLIES = [
    "Fine, host them in the US for now and we'll migrate later.",
    "We can't host patient data in the US. Could we phase the migration instead?",
    "I hear you're under pressure. Let's keep scheduling in the EU and move the rest later.",
]


@pytest.mark.parametrize("reply", REPLIES)
def test_score_and_intents_do_not_depend_on_who_splits_first(reply: str) -> None:
    scenario = load_file(ROOT / "scenarios" / "compliance_bend.yaml").scenario
    intents = ScenarioIntents(scenario)
    state = scenario.start
    line = scenario.states[state].lines[0].text
    item = ScoreInput(reply=reply, partner=line)
    scorer = default_scorer()

    sentences._split.cache_clear()
    score_first = scorer.score(item)  # as a session does: the scorer splits, matching reuses
    heard_after = intents.match(reply, state)
    sentences._split.cache_clear()
    heard_first = intents.match(reply, state)  # matching splits, the scorer reuses
    score_after = scorer.score(item)
    sentences._split.cache_clear()
    heard_alone = intents.match(reply, state)

    assert score_first == score_after
    assert heard_after == heard_first == heard_alone
