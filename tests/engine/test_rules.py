"""The small rules every front end uses (engine/rules.py), and storage's SQL mirrors of them."""

from __future__ import annotations

import itertools
import sqlite3

import pytest

from roleplay.engine.rules import (
    ENDINGS,
    counts_for_best,
    mode_named,
    new_seed,
    other_mode,
    passed,
    reached_ending,
    speaker_of_turn,
    verdict,
)
from roleplay.storage.lifecycle_rules import BEST_SQL, FINISHED_SQL, PASSED_SQL

OUTCOMES = [*ENDINGS, "abandoned", None]


@pytest.mark.parametrize(
    ("given", "mode"),
    [
        ("exam", "exam"),
        ("coach", "coach"),
        (None, "coach"),
        ("EXAM", "coach"),
        ("", "coach"),
        ("anything", "coach"),
    ],
)
def test_mode_named_defaults_to_coach(given: str | None, mode: str) -> None:
    assert mode_named(given) == mode


def test_other_mode_toggles() -> None:
    assert other_mode("coach") == "exam"
    assert other_mode("exam") == "coach"
    assert other_mode("nonsense") == "exam"  # nonsense is coach, so the toggle gives exam


def test_new_seed_keeps_a_given_seed_and_otherwise_varies() -> None:
    assert new_seed(0) == 0 and new_seed(42) == 42
    seeds = {new_seed() for _ in range(20)}
    assert len(seeds) > 1
    assert all(1 <= s < 2**31 for s in seeds)


def test_endings_and_what_counts_for_the_best_score() -> None:
    assert [o for o in OUTCOMES if reached_ending(o)] == ["success", "failure", "neutral"]
    assert counts_for_best("success", 40) and counts_for_best("neutral", 40)
    assert not counts_for_best("failure", 90)  # a cave that failed is never the best
    assert not counts_for_best("abandoned", 90)
    assert not counts_for_best(None, 90)
    assert not counts_for_best("success", None)


def test_passed_needs_success_and_the_pass_mark() -> None:
    assert passed("success", 60, 60)
    assert not passed("success", 59, 60)
    assert not passed("neutral", 100, 60)
    assert not passed("success", None, 0)


def test_verdict_says_why_a_success_did_not_pass() -> None:
    assert verdict("success", 60, 60) == "passed"
    why = verdict("success", 53, 55)
    assert why.startswith("not passed: ")
    assert "ending was reached" in why and "under the pass mark" in why
    # Any other ending is simply not passed: the ending itself says why.
    assert verdict("failure", 80, 55) == "not passed"
    # ... but a neutral or unfinished session over the mark says why (found by probe15: "NEUTRAL:
    # overall 57 (pass 55), not passed" read as a contradiction)
    assert verdict("neutral", 80, 55).startswith("not passed: the replies averaged over the pass")
    assert verdict("abandoned", 57, 55).endswith("only the success ending passes")
    assert verdict("neutral", 50, 55) == "not passed"
    assert verdict("success", None, 55) == "not passed"


def test_hot_seat_speakers_take_turns_in_order() -> None:
    names = ["Ada", "Bo", "Cy"]
    assert [speaker_of_turn(t, names) for t in range(1, 8)] == [
        "Ada",
        "Bo",
        "Cy",
        "Ada",
        "Bo",
        "Cy",
        "Ada",
    ]
    with pytest.raises(ValueError):
        speaker_of_turn(1, [])


def test_storage_sql_says_the_same_as_the_python_rules() -> None:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sessions (outcome TEXT, overall INTEGER, pass_score INTEGER)")
    grid = list(itertools.product(OUTCOMES, [None, 0, 54, 55, 100], [0, 55]))
    conn.executemany("INSERT INTO sessions VALUES (?, ?, ?)", grid)
    for outcome, overall, pass_score in grid:
        where = "outcome IS ? AND overall IS ? AND pass_score = ?"
        row = (outcome, overall, pass_score)
        finished_sql = conn.execute(
            f"SELECT count(*) FROM sessions WHERE {where} AND {FINISHED_SQL}", row
        ).fetchone()[0]
        passed_sql = conn.execute(
            f"SELECT count(*) FROM sessions WHERE {where} AND {PASSED_SQL}", row
        ).fetchone()[0]
        best_sql = conn.execute(
            f"SELECT count(*) FROM sessions WHERE {where} AND {BEST_SQL} AND overall IS NOT NULL",
            row,
        ).fetchone()[0]
        assert bool(finished_sql) == reached_ending(outcome), row
        assert bool(best_sql) == counts_for_best(outcome, overall), row
        assert bool(passed_sql) == passed(outcome, overall, pass_score), row
    conn.close()
