"""listen20's probe (issue 11): their point against the part they set aside, and reflections
against advice, reassurance and the helper's own story.

    .venv/bin/python benchmarks/focal_probe.py

`benchmarks/focal_probe.yaml` was written before any score was seen and is not edited after.
`focal`: 16 partner lines (engineering, sales, health, HR, public sector, support) that grant
one thing and then say what matters; the better reply answers their point in other words, the
worse one answers the part they set aside. `counselling`: 8 client lines, each with a
reflection and three worse replies (advice, reassurance or a norm, a leading question or the
helper's story). Prints how often the better reply ranks above, per dimension.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from roleplay.scoring import ScoreInput  # noqa: E402
from roleplay.scoring.semantic import SemanticScorer  # noqa: E402

DIMENSIONS = ("listening", "empathy", "overall")


def main() -> int:
    probe = yaml.safe_load((REPO / "benchmarks" / "focal_probe.yaml").read_text())
    scorer = SemanticScorer()
    comparisons: dict[str, list[tuple[str, str, str]]] = {
        "their point vs the part set aside": [
            (item["partner"], item["better"], item["worse"]) for item in probe["focal"]
        ],
        "a reflection vs advice, reassurance, a story": [
            (item["client"], item["reflection"], worse)
            for item in probe["counselling"]
            for worse in item["worse"]
        ],
    }
    print("| comparison | n | " + " | ".join(DIMENSIONS) + " |")
    print("|---|---|" + "---|" * len(DIMENSIONS))
    for name, rows in comparisons.items():
        above = dict.fromkeys(DIMENSIONS, 0)
        for partner, better, worse in rows:
            b = scorer.score(ScoreInput(better, partner))
            w = scorer.score(ScoreInput(worse, partner))
            for dim in DIMENSIONS:
                above[dim] += b.dimension(dim) > w.dimension(dim)
        print(f"| {name} | {len(rows)} | " + " | ".join(str(above[d]) for d in DIMENSIONS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
