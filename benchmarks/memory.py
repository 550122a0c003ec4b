"""Peak memory of scoring 10,000 replies (tracemalloc peak and the process's ru_maxrss).

    .venv/bin/python benchmarks/memory.py [--data ../shared/data] [--n 10000]

Replies are taken from the labelled sets, cycled to reach N; results are not kept, as in play.
Skips when the data folder is absent.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Peak memory of scoring N replies.")
    parser.add_argument("--data", type=Path, default=(REPO / ".." / "shared" / "data").resolve())
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args(argv)
    if not (args.data / "casino" / "dev.csv").exists():
        print(f"SKIPPED: labelled data not found at {args.data} (replies to score come from it)")
        return 0
    from roleplay.scoring.labelled_data import load_set

    rows = load_set(args.data, "casino") + load_set(args.data, "receptiveness")
    pairs = [(r.reply, r.partner) for r in rows]
    del rows
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    from roleplay.scoring import ScoreInput, default_scorer

    scorer = default_scorer()
    after_load = tracemalloc.get_traced_memory()[0]
    total = 0
    for reply, partner in itertools.islice(itertools.cycle(pairs), args.n):
        total += scorer.score(ScoreInput(reply, partner)).overall
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    to_mib = (1 / 1024) if sys.platform != "darwin" else (1 / 2**20)  # KiB on Linux, B on macOS
    print(f"scored {args.n} replies (mean overall {total / args.n:.1f})")
    print(
        f"tracemalloc: after import + default_scorer() {after_load / 2**20:.2f} MiB; "
        f"peak while scoring {peak / 2**20:.2f} MiB; still held after {current / 2**20:.2f} MiB"
    )
    print(
        f"ru_maxrss (whole process, incl. the CSV rows): {rss_before * to_mib:.1f} MiB before "
        f"importing the scorer, {rss_after * to_mib:.1f} MiB after scoring"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
