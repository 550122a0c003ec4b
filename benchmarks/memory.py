"""Peak memory of scoring 10,000 replies (tracemalloc peak and the process's ru_maxrss).

    .venv/bin/python benchmarks/memory.py [--data ../shared/data] [--n 10000] [--intents]

Replies are taken from the labelled sets, cycled to reach N; results are not kept, as in play.
--rss-only leaves tracemalloc off, so ru_maxrss is the process's own (tracemalloc's record of
every allocation adds tens of MiB to it).
With --intents each reply is also matched against the intents of every shipped scenario (each
scenario's matcher built on first use, as a session builds its scenario's), so the figure holds
the encoder, the act bank and every matcher with its tables. Skips when the data folder is absent.
"""

from __future__ import annotations

import argparse
import itertools
import resource
import sys
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

if TYPE_CHECKING:
    from roleplay.engine.intent_matching import ScenarioIntents


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Peak memory of scoring N replies.")
    parser.add_argument("--data", type=Path, default=(REPO / ".." / "shared" / "data").resolve())
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument(
        "--intents", action="store_true", help="also match every reply as the shipped scenarios do"
    )
    parser.add_argument(
        "--rss-only",
        action="store_true",
        help="no tracemalloc: its bookkeeping of every allocation is in the process's RSS too",
    )
    args = parser.parse_args(argv)
    if not (args.data / "casino" / "dev.csv").exists():
        print(f"SKIPPED: labelled data not found at {args.data} (replies to score come from it)")
        return 0
    from roleplay.scoring.labelled_data import load_set

    rows = load_set(args.data, "casino") + load_set(args.data, "receptiveness")
    pairs = [(r.reply, r.partner) for r in rows]
    del rows
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if not args.rss_only:
        tracemalloc.start()
    from roleplay.scoring import ScoreInput, default_scorer

    scorer = default_scorer()
    after_load = tracemalloc.get_traced_memory()[0]
    scenarios = shipped_intents() if args.intents else []
    total = 0
    matched = 0
    for k, (reply, partner) in enumerate(itertools.islice(itertools.cycle(pairs), args.n)):
        total += scorer.score(ScoreInput(reply, partner)).overall
        if scenarios:
            matched += bool(scenarios[k % len(scenarios)].match(reply))
    current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    to_mib = (1 / 1024) if sys.platform != "darwin" else (1 / 2**20)  # KiB on Linux, B on macOS
    print(f"scored {args.n} replies (mean overall {total / args.n:.1f})")
    if scenarios:
        print(f"matched them against {len(scenarios)} scenarios' intents ({matched} matched one)")
    if not args.rss_only:
        print(
            f"tracemalloc: after import + default_scorer() {after_load / 2**20:.2f} MiB; "
            f"peak while scoring {peak / 2**20:.2f} MiB; still held after {current / 2**20:.2f} MiB"
        )
    print(
        f"ru_maxrss (whole process, incl. the CSV rows): {rss_before * to_mib:.1f} MiB before "
        f"importing the scorer, {rss_after * to_mib:.1f} MiB after scoring"
    )
    return 0


def shipped_intents() -> list[ScenarioIntents]:
    """The intents of every shipped scenario that has any (matchers not built yet)."""
    from roleplay.engine.intent_matching import ScenarioIntents
    from roleplay.scenario.loader import load_file

    paths = sorted(p for p in (REPO / "scenarios").glob("*.yaml") if ".tests." not in p.name)
    intents = [ScenarioIntents(load_file(path).scenario) for path in paths]
    return [i for i in intents if i]


if __name__ == "__main__":
    raise SystemExit(main())
