"""List the pairs of a readable pair set that the semantic scorer ranks wrong, with the evidence.

    .venv/bin/python scripts/pair_misses.py SET [SET ...] [--kinds miss,decent] [--all]

SET is a file name in tests/scoring/data without `.yaml` (`genre_fourteenth_dev`,
`genre_fifth_heldout`, ...). A pair is ranked right when the better reply scores higher than the
worse one on the pair's dimension, as `benchmarks/pairs.py` counts it (a tie is a miss). Each
miss prints the partner line, both replies, their scores on that dimension and every evidence
item, so that a rule can be written from what the scorer read.

Sets still read as totals only are refused: the first held-out pairs (`heldout_pairs`) and the
held-out halves of the eighth genre set on. The held-out halves of the first seven genre sets
(genre, fresh, third ... seventh) became readable at the start of the stop of rules 260-319:
they had been scored once per change for many stops and the newer sets are the honest check.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests" / "scoring"))

from heldout_pairs import load_heldout_pairs  # noqa: E402

from roleplay.scoring import ScoreInput  # noqa: E402
from roleplay.scoring.semantic import SemanticScorer  # noqa: E402

DATA = REPO / "tests" / "scoring" / "data"
# readable held-out halves: every other held-out file is read as a total only
RETIRED = {
    "genre_pairs_heldout",
    "genre_fresh_heldout",
    "genre_third_heldout",
    "genre_fourth_heldout",
    "genre_fifth_heldout",
    "genre_sixth_heldout",
    "genre_seventh_heldout",
}


def readable(name: str) -> bool:
    return name.endswith("_dev") or name in RETIRED


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", metavar="SET")
    parser.add_argument("--kinds", default="", help="only pairs of these kinds (comma-separated)")
    parser.add_argument("--all", action="store_true", help="print the pairs ranked right too")
    args = parser.parse_args(argv)
    kinds = {k for k in args.kinds.split(",") if k}
    scorer = SemanticScorer()
    for name in args.sets:
        path = DATA / f"{name}.yaml"
        if not path.is_file():
            print(f"pair_misses: no set {name!r} in {DATA}", file=sys.stderr)
            return 2
        if not readable(name):
            print(
                f"pair_misses: {name} is read as a total only (benchmarks/pairs.py)",
                file=sys.stderr,
            )
            return 2
        # the set's own loader (its pairs, then the generic moves crossed with every line);
        # a set that names kinds names them for its pairs only
        data = yaml.safe_load(path.read_text("utf-8"))
        named = [str(p.get("kind", "")) for p in data["pairs"]]
        rows = load_heldout_pairs(path)
        pair_kinds = named + ["generic"] * (len(rows) - len(named))
        pairs = [(k, d, p, b, w) for k, (_, d, p, b, w) in zip(pair_kinds, rows, strict=True)]
        right = 0
        for kind, dimension, partner, better, worse in pairs:
            if kinds and kind not in kinds:
                continue
            scores = [scorer.score(ScoreInput(reply, partner)) for reply in (better, worse)]
            values = [s.dimension(dimension) if s.scored else -1 for s in scores]
            ok = values[0] > values[1]
            right += ok
            if ok and not args.all:
                continue
            print(
                f"{'ok ' if ok else 'MISS'} {name} {kind} {dimension}: {values[0]} vs {values[1]}"
            )
            print(f"  partner: {partner}")
            for label, reply, score in zip(
                ("better", "worse"), (better, worse), scores, strict=True
            ):
                print(f"  {label}: {reply}")
                items = "; ".join(f"{e.points:+} {e.dimension} {e.reason}" for e in score.evidence)
                print(f"    {items or '(no evidence)'}")
        counted = sum(1 for p in pairs if not kinds or p[0] in kinds)
        print(f"{name}: {right} of {counted} ranked right")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
