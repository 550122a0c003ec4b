"""Speed: microseconds per reply for our scorer and for VADER on the same replies, in one run.

    .venv/bin/python benchmarks/speed.py [--data ../shared/data] [--limit N]

Also measures, in fresh interpreters, the import time of roleplay.scoring and the time to build
the default scorer (lexicons and weights loaded once). Skips when the data folder is absent.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from roleplay.scoring import LexicalScorer, ScoreInput  # noqa: E402
from roleplay.scoring.labelled_data import default_data_dir, load_set  # noqa: E402

IMPORT_PROBE = (
    "import time; t0 = time.perf_counter(); import roleplay.scoring as s; "
    "t1 = time.perf_counter(); s.default_scorer(); t2 = time.perf_counter(); "
    "print(f'{(t1 - t0) * 1000:.1f} {(t2 - t1) * 1000:.1f}')"
)


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Per-reply speed vs VADER.")
    parser.add_argument("--data", type=Path, default=default_data_dir(REPO))
    parser.add_argument("--limit", type=int, default=0, help="first N replies only (0 = all)")
    args = parser.parse_args(argv)
    if not (args.data / "casino" / "dev.csv").exists():
        print(f"SKIPPED: labelled data not found at {args.data} (replies to time come from it)")
        return 0
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    rows = load_set(args.data, "casino") + load_set(args.data, "receptiveness")
    items = [ScoreInput(r.reply, r.partner) for r in rows]
    if args.limit:
        items = items[: args.limit]
    ours = LexicalScorer()
    vader = SentimentIntensityAnalyzer()
    for item in items:  # warm up both (ours compiles each cue group on first use)
        ours.score(item)
        vader.polarity_scores(item.reply)
    gc.collect()
    gc.disable()  # as timeit does: keep collector pauses out of both columns
    ours_us: list[float] = []
    vader_us: list[float] = []
    for item in items:  # interleaved, so both see the same machine state
        t0 = time.perf_counter_ns()
        ours.score(item)
        t1 = time.perf_counter_ns()
        vader.polarity_scores(item.reply)
        t2 = time.perf_counter_ns()
        ours_us.append((t1 - t0) / 1000)
        vader_us.append((t2 - t1) / 1000)
    gc.enable()
    sets = [r.set_name for r in rows][: len(items)]
    mean_chars = statistics.mean(len(i.reply) for i in items)
    print(f"replies: {len(items)} (casino + receptiveness, mean {mean_chars:.0f} chars)")
    print("| scorer | median us/reply | p99 us/reply |")
    print("|---|---|---|")
    for name, values in (("ours (lexical)", ours_us), ("VADER", vader_us)):
        print(f"| {name} | {statistics.median(values):.0f} | {percentile(values, 0.99):.0f} |")
    for set_name in sorted(set(sets)):
        ours_set = [v for v, s in zip(ours_us, sets, strict=True) if s == set_name]
        vader_set = [v for v, s in zip(vader_us, sets, strict=True) if s == set_name]
        print(
            f"| {set_name} only: ours / VADER | {statistics.median(ours_set):.0f} / "
            f"{statistics.median(vader_set):.0f} ({statistics.median(ours_set) / statistics.median(vader_set):.2f}x) "
            f"| {percentile(ours_set, 0.99):.0f} / {percentile(vader_set, 0.99):.0f} |"
        )
    ratio = statistics.median(ours_us) / statistics.median(vader_us)
    p99_ratio = percentile(ours_us, 0.99) / percentile(vader_us, 0.99)
    print(f"median ratio ours/VADER: {ratio:.2f}x (target <= 3x); p99 ratio: {p99_ratio:.2f}x")
    probes = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", IMPORT_PROBE],
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONPATH": str(REPO / "src")},
        ).stdout.split()
        probes.append((float(out[0]), float(out[1])))
    imp = statistics.median(p[0] for p in probes)
    build = statistics.median(p[1] for p in probes)
    print(
        f"import roleplay.scoring: {imp:.1f} ms; default_scorer() first call: {build:.1f} ms; "
        f"together {imp + build:.1f} ms (median of 5 fresh interpreters; target < 150 ms)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
