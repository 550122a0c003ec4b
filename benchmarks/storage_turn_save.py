"""Turn-save latency: milliseconds to commit one answered turn (durable, synchronous=FULL).

    .venv/bin/python benchmarks/storage_turn_save.py [--turns 1000] [--writers 8]

Side by side in one run: scoring the same replies (what a turn costs before the save), one
writer alone, and N writer processes saving at once into one database (a workshop room).
Uses a fresh temporary ROLEPLAY_HOME; prints median / p95 / p99 / max in ms.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from roleplay.engine import Session, TurnResult, compile_scenario  # noqa: E402
from roleplay.scenario import load_file  # noqa: E402
from roleplay.scoring import default_scorer  # noqa: E402
from roleplay.storage import SessionRecorder, SessionStore  # noqa: E402

SCENARIO = REPO / "scenarios" / "budget_pushback.yaml"
REPLIES = [
    "It sounds like the board is putting real pressure on you to find 30% of the Q3 budget by "
    "Friday. What matters most to them?",
    "That overrun in Q4 must have been stressful to explain to the board. What would a good "
    "outcome look like for you?",
    "What if we phase it together: protect the launch, cut the rest, and review in week 6?",
    "No. Take it or leave it.",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summary(label: str, ms: list[float]) -> str:
    return (
        f"{label:<34} n={len(ms):<6} median {statistics.median(ms):7.3f}  "
        f"p95 {percentile(ms, 0.95):7.3f}  p99 {percentile(ms, 0.99):7.3f}  "
        f"max {max(ms):7.3f} ms"
    )


def turn_results() -> tuple[list[TurnResult], list[float]]:
    """A few real turns to save, and the time it took to score each reply (ms)."""
    compiled = compile_scenario(load_file(SCENARIO))
    session = Session.start(compiled, default_scorer(), 1)
    results: list[TurnResult] = []
    scoring: list[float] = []
    for _ in range(50):
        for text in REPLIES:
            if session.ended:
                session = Session.start(compiled, default_scorer(), 1)
            t0 = time.perf_counter()
            results.append(session.reply(text))
            scoring.append((time.perf_counter() - t0) * 1000)
    return results, scoring


def save_turns(turns: int, worker: int = 0) -> list[float]:
    compiled = compile_scenario(load_file(SCENARIO))
    samples, _ = turn_results()
    timings: list[float] = []
    with SessionStore.open() as store:
        recorder = SessionRecorder(store, learner=f"bench{worker}")
        session = Session.start(compiled, default_scorer(), worker)
        recorder.started(session)
        for i in range(turns):
            if i % 8 == 0:
                session = Session.start(compiled, default_scorer(), worker)
                recorder.started(session)
            result = samples[i % len(samples)]
            result = TurnResult(**{**result.__dict__, "turn": i % 8 + 1})
            t0 = time.perf_counter()
            store.save_turn(recorder.id_of(session) or 0, result)
            timings.append((time.perf_counter() - t0) * 1000)
    return timings


def _worker(args: tuple[int, int]) -> list[float]:
    return save_turns(args[0], args[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=1000)
    parser.add_argument("--writers", type=int, default=8)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        os.environ["ROLEPLAY_HOME"] = home
        _, scoring = turn_results()
        print(summary("scoring one reply (for scale)", scoring))
        alone = save_turns(args.turns)
        print(summary("save one turn, 1 writer", alone))
        per_writer = max(50, args.turns // args.writers)
        with multiprocessing.get_context("spawn").Pool(args.writers) as pool:
            runs = pool.map(_worker, [(per_writer, w + 1) for w in range(args.writers)])
        together = [ms for run in runs for ms in run]
        print(summary(f"save one turn, {args.writers} writers at once", together))
        print(
            f"ratio save/score (median): {statistics.median(alone) / statistics.median(scoring):.2f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
