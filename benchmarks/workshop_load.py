"""Workshop load: 30 participants writing to one SQLite file at once, and the board reading it.

Prints, from one run on this machine:
- turn-save latency (the recorder's ``turn`` call: the turn row plus the session totals, one
  ``BEGIN IMMEDIATE`` transaction, ``synchronous=FULL``) across 30 concurrent processes;
- the board's refresh (``board_snapshot``) while they write and after they finish;
- resident memory of one participant process as ``roleplay serve`` starts it (the TUI under
  Textual's web driver) and of the line-mode participant, for comparison.

Run: .venv/bin/python benchmarks/workshop_load.py [--players 30] [--sessions 5]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SCENARIO = REPO / "tests" / "workshop" / "data" / "quick_checkin.yaml"
REPLIES = (
    "Sounds like you're rushed before planning. The release is on track for Thursday.",
    "One risk: the migration could slip a day. I'd like us to plan around that together.",
    "Could we agree that I flag it by noon tomorrow if it slips?",
)


def player(
    index: int, workshop_id: str, sessions: int, think: float, start: object, out: object
) -> None:
    import random

    from roleplay.engine import Session, compile_scenario
    from roleplay.scenario import load_file
    from roleplay.scoring import default_scorer
    from roleplay.storage.store import SessionStore
    from roleplay.storage.workshop import WorkshopRecorder, WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    person = store.join(workshop_id, f"Player {index:02d}")
    recorder = WorkshopRecorder(SessionStore.open(path), store, person)
    compiled = compile_scenario(load_file(SCENARIO))
    scorer = default_scorer()
    saves: list[float] = []
    rng = random.Random(index)
    start.wait()  # type: ignore[attr-defined]
    for n in range(sessions):
        session = Session.start(compiled, scorer, index * 100 + n)
        recorder.started(session)
        for reply in REPLIES:
            if think:
                time.sleep(rng.uniform(0, 2 * think))  # a person reading and typing, compressed
            result = session.reply(reply)
            t0 = time.perf_counter()
            recorder.turn(session, result)
            saves.append(time.perf_counter() - t0)
            if session.ended:
                break
    out.put(saves)  # type: ignore[attr-defined]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def participant_memory(workshop_id: str, tui: bool) -> float:
    """RSS of one participant process once it has drawn its first screen (or been fed input)."""
    env = dict(os.environ)
    if tui:
        env.update(
            TEXTUAL_DRIVER="textual.drivers.web_driver:WebDriver",
            COLUMNS="100",
            ROWS="30",
            TEXTUAL_COLOR_SYSTEM="truecolor",
        )
        from roleplay.serve.command import participant_argv

        cmd = participant_argv(workshop_id)  # what `roleplay serve` runs for each browser
    else:
        cmd = [
            sys.executable,
            "-m",
            "roleplay",
            "workshop",
            "play",
            "--workshop",
            workshop_id,
            "--name",
            "Memory probe",
            "--scenario",
            str(SCENARIO),
            "--json",
        ]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    )
    assert proc.stdout is not None and proc.stdin is not None
    if tui:
        proc.stdout.read(4096)  # the first frame: the app is up and drawing
        time.sleep(1.0)
    else:
        proc.stdin.write((REPLIES[0] + "\n").encode())
        proc.stdin.flush()
        proc.stdout.readline()
        proc.stdout.readline()
    peak = rss_mib(proc.pid)
    proc.kill()
    proc.wait()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--players", type=int, default=30)
    parser.add_argument("--sessions", type=int, default=5, help="sessions per player")
    parser.add_argument(
        "--think",
        type=float,
        default=0.5,
        help="mean seconds between a player's replies (0: all-out burst)",
    )
    args = parser.parse_args()
    home = tempfile.mkdtemp(prefix="roleplay-bench-")
    os.environ["ROLEPLAY_HOME"] = home
    from roleplay.storage.workshop import WorkshopStore, board_snapshot, open_workshop_db

    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    workshop = store.open_workshop(
        "Bench", [str(SCENARIO)], join_code=None, max_participants=args.players
    )
    store.start_round(workshop.id)

    ctx = mp.get_context("fork")
    start, out = ctx.Event(), ctx.Queue()
    procs = [
        ctx.Process(target=player, args=(i + 1, workshop.id, args.sessions, args.think, start, out))
        for i in range(args.players)
    ]
    for p in procs:
        p.start()
    time.sleep(2.0)  # let every process import and join before the gate opens
    start.set()
    busy_refresh: list[float] = []
    saves: list[float] = []
    finished = 0
    while finished < args.players:
        t0 = time.perf_counter()
        board_snapshot(conn, workshop.id)
        busy_refresh.append(time.perf_counter() - t0)
        while not out.empty():
            saves.extend(out.get())
            finished += 1
        time.sleep(0.05)
    for p in procs:
        p.join()
    idle_refresh = []
    for _ in range(30):
        t0 = time.perf_counter()
        snap = board_snapshot(conn, workshop.id)
        idle_refresh.append(time.perf_counter() - t0)
    ms = [s * 1000 for s in saves]
    print(
        f"players: {args.players} processes, {args.sessions} sessions each, think time "
        f"mean {args.think} s; "
        f"turns saved: {len(saves)} (board counts {snap.turns})"
    )
    print("| measure | median ms | p99 ms | max ms |")
    print("|---|---|---|---|")
    print(
        f"| turn save, {args.players} writers at once | {statistics.median(ms):.1f} | "
        f"{percentile(ms, 0.99):.1f} | {max(ms):.1f} |"
    )
    for label, values in (
        ("board refresh while they play", busy_refresh),
        ("board refresh afterwards", idle_refresh),
    ):
        vals = [v * 1000 for v in values]
        print(
            f"| {label} ({len(snap.participants)} people, {snap.turns} turns) | "
            f"{statistics.median(vals):.1f} | {percentile(vals, 0.99):.1f} | {max(vals):.1f} |"
        )
    tui = participant_memory(workshop.id, tui=True)
    line = participant_memory(workshop.id, tui=False)
    print(
        f"participant process RSS: TUI under the web driver {tui:.1f} MiB; "
        f"line mode {line:.1f} MiB; {args.players} TUI participants ~ "
        f"{args.players * tui:.0f} MiB"
    )


if __name__ == "__main__":
    main()
