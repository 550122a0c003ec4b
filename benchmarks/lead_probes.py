"""The lead's blind probes: totals only.

    .venv/bin/python benchmarks/lead_probes.py

Each file in benchmarks/lead_probes/ was written by the lead at the start of a stop, before any
change of that stop and before any of its items was scored (the file's header says when). Until
the stop of rules 310-369 such probes lived outside the repository and were lost when the
machine was replaced; from then on they are kept here. They are read as the totals printed
below, once per finished change, never item by item (like the held-out halves of the pair sets).

Per file: pairs ranked right (the better reply scores higher on the pair's dimension) and gaming
replies ranked below the plain reply to the same line (overall; an unscored reply ranks below any
scored one).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from pairs import scorer_rank  # noqa: E402  (benchmarks/pairs.py, beside this script)

from roleplay.scoring import Scorer  # noqa: E402

PROBES = REPO / "benchmarks" / "lead_probes"


def totals(scorer: Scorer, probe: dict) -> tuple[int, int, int, int]:
    """(pairs right, pairs, gaming replies below the plain one, gaming replies)."""
    value = scorer_rank(scorer)  # an unscored reply ranks below any scored one
    pairs = probe["pairs"]
    right = sum(
        value(p["dimension"], p["partner"], p["better"])
        > value(p["dimension"], p["partner"], p["worse"])
        for p in pairs
    )
    below = 0
    count = 0
    for line in probe["gaming"]:
        plain = value("overall", line["partner"], line["plain"])
        for reply in line["gaming"]:
            count += 1
            below += plain > value("overall", line["partner"], reply)
    return right, len(pairs), below, count


def main() -> int:
    from roleplay.scoring.semantic import SemanticScorer

    scorer = SemanticScorer()
    for path in sorted(PROBES.glob("*.yaml")):
        right, pairs, below, count = totals(scorer, yaml.safe_load(path.read_text("utf-8")))
        print(
            f"{path.stem}: pairs {right} / {pairs}, gaming below the plain reply {below} / {count}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
