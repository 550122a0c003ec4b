"""History of 10,000 sessions: time to read it and to open the TUI History screen with its chart.

    .venv/bin/python benchmarks/storage_history.py [--sessions 10000] [--repeat 5]

Fills a temporary ROLEPLAY_HOME with N sessions (5 turns each, spread over a year), then
measures, side by side in one run: the core queries (summaries, progress, recent list, bucketed
series), what the integrity check on open (``PRAGMA quick_check``) costs, and the History screen
in a headless Textual app from push to chart rendered.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from roleplay.engine import Session, compile_scenario  # noqa: E402
from roleplay.engine.records import turn_to_json  # noqa: E402
from roleplay.report.progress import progress_series  # noqa: E402
from roleplay.scenario import load_file  # noqa: E402
from roleplay.scoring import default_scorer  # noqa: E402
from roleplay.storage import SessionStore, connection  # noqa: E402
from roleplay.storage.encoding import dump_json, timestamp  # noqa: E402

SCENARIO = REPO / "scenarios" / "budget_pushback.yaml"
TURNS_PER_SESSION = 5


def fill(store: SessionStore, sessions: int) -> None:
    """Bulk insert (one transaction) sessions and turns shaped exactly like real ones."""
    loaded = load_file(SCENARIO)
    session = Session.start(compile_scenario(loaded), default_scorer(), 1)
    sample = turn_to_json(session.reply("I hear the pressure on you to find 30% by Friday."))
    rng = random.Random(7)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    conn = store._conn
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "INSERT OR IGNORE INTO scenario_versions VALUES (?, ?, ?, ?, ?)",
        (loaded.content_hash, "budget_pushback", "Push back", loaded.text, timestamp(start)),
    )
    for i in range(sessions):
        when = timestamp(start + timedelta(minutes=53 * i))
        skill = min(95, 30 + i * 40 // max(1, sessions) + rng.randint(-10, 10))
        scores = [max(0, min(100, skill + rng.randint(-15, 15))) for _ in range(3)]
        scenario_id = f"scenario_{i % 12}"
        cur = conn.execute(
            "INSERT INTO sessions (uuid, scenario_id, content_hash, title, pass_score, learner,"
            " mode, seed, scorer, started_at, updated_at, ended_at, outcome, final_state,"
            " turn_count, listening, empathy, collaboration, overall) VALUES (?, ?, ?, ?, 55,"
            " 'bench', 'coach', 1, 'lexical', ?, ?, ?, ?, 'agreement', ?, ?, ?, ?, ?)",
            (
                f"00000000-0000-4000-8000-{i:012d}",
                scenario_id,
                loaded.content_hash,
                f"Scenario {i % 12}",
                when,
                when,
                when,
                rng.choice(["success", "failure", "neutral"]),
                TURNS_PER_SESSION,
                *scores,
                round(sum(scores) / 3),
            ),
        )
        sid = cur.lastrowid
        for turn in range(1, TURNS_PER_SESSION + 1):
            conn.execute(
                "INSERT INTO turns (session_id, turn_no, state, next_state, reply, listening,"
                " empathy, collaboration, overall, same_side, evidence, meters, payload,"
                " created_at) VALUES (?, ?, 'opening', 'opening', ?, ?, ?, ?, ?, 'beside', '[]',"
                " '{}', ?, ?)",
                (
                    sid,
                    turn,
                    sample["reply"],
                    *scores,
                    round(sum(scores) / 3),
                    dump_json({**sample, "turn": turn}),
                    when,
                ),
            )
    conn.execute("COMMIT")


def core_read() -> float:
    t0 = time.perf_counter()
    with SessionStore.open() as store:
        store.scenario_summaries()
        store.sessions(limit=100)
        progress_series(store.progress())
    return (time.perf_counter() - t0) * 1000


@contextmanager
def integrity_check_skipped() -> Iterator[None]:
    """For comparison only: open without ``PRAGMA quick_check`` (the product always runs it)."""
    saved = connection.check_integrity
    connection.check_integrity = lambda conn, path: None
    try:
        yield
    finally:
        connection.check_integrity = saved


def open_cost() -> tuple[float, float]:
    """Milliseconds for SessionStore.open() (it runs PRAGMA quick_check) and for the check alone."""
    t0 = time.perf_counter()
    with SessionStore.open() as store:
        opened = (time.perf_counter() - t0) * 1000
        t1 = time.perf_counter()
        store._conn.execute("PRAGMA quick_check(1)").fetchall()
        check = (time.perf_counter() - t1) * 1000
    return opened, check


async def tui_open() -> tuple[float, float]:
    from roleplay.tui.app import RoleplayApp
    from roleplay.tui.config import TuiConfig
    from roleplay.tui.screens.history import HistoryScreen
    from roleplay.tui.widgets.history_chart import ProgressChart

    app = RoleplayApp(None, config=TuiConfig(), seed=1)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        t0 = time.perf_counter()
        screen = HistoryScreen()
        app.push_screen(screen)
        while not screen.loaded:  # data read in a worker, tables filled, chart series set
            await asyncio.sleep(0.002)
        chart = screen.query_one(ProgressChart)
        t1 = time.perf_counter()
        chart.render()  # the first paint of the chart
        render = (time.perf_counter() - t1) * 1000
        total = (time.perf_counter() - t0) * 1000
    return total, render


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        os.environ["ROLEPLAY_HOME"] = home
        t0 = time.perf_counter()
        with SessionStore.open() as store:
            fill(store, args.sessions)
            size = store.path.stat().st_size
        print(
            f"filled {args.sessions} sessions x {TURNS_PER_SESSION} turns in "
            f"{time.perf_counter() - t0:.1f} s ({size / 1e6:.1f} MB)"
        )
        core = [core_read() for _ in range(args.repeat)]
        print(
            f"core: open + summaries + 100 recent + progress series  median "
            f"{statistics.median(core):6.1f} ms  max {max(core):6.1f} ms"
        )
        with integrity_check_skipped():
            bare = [core_read() for _ in range(args.repeat)]
        print(
            f"the same without the integrity check on open           median "
            f"{statistics.median(bare):6.1f} ms  max {max(bare):6.1f} ms  (with/without "
            f"{statistics.median(core) / statistics.median(bare):.1f}x)"
        )
        opens = [open_cost() for _ in range(args.repeat)]
        opened = statistics.median(o[0] for o in opens)
        check = statistics.median(o[1] for o in opens)
        print(
            f"open (with its integrity check)  median {opened:6.1f} ms; the quick_check alone "
            f"{check:6.1f} ms = {check / opened:.0%} of the open"
        )
        runs = [asyncio.run(tui_open()) for _ in range(args.repeat)]
        totals = [r[0] for r in runs]
        renders = [r[1] for r in runs]
        print(
            f"TUI: History screen push -> data shown + chart drawn  median "
            f"{statistics.median(totals):6.1f} ms  max {max(totals):6.1f} ms"
        )
        print(
            f"TUI: one chart render (plotext)                   median "
            f"{statistics.median(renders):6.1f} ms  max {max(renders):6.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
