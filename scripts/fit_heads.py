"""Fit the semantic scorer's heads and write src/roleplay/scoring/data/heads.json.

    .venv/bin/python scripts/fit_heads.py [--data ../shared/data] [--out PATH] [--report]

Reads the labelled sets from --data (../shared/data by default; the sets are listed in
docs/scoring.md) and skips cleanly without them. Nothing is downloaded.

Features (roleplay.scoring.semantic_parts.Analysis.features): per dimension the cue layer's
points that raised it and that lowered it (`cues+`, `cues-`, in tens of points) and, per act of
the bank, the sum of its sentences' strength x diminishing-returns factor (`act:NAME`), all after
the anti-gaming rules. Per dimension a linear head: score = base + sum(points[f] * value[f]).

The fit pools sources so the heads learn constructs, not one data set's quirks:
- casino TRAIN split (negotiation turns; labels per utterance);
- receptiveness TRAIN split (rated receptiveness to an opposing view);
- the act bank's own examples, each scored with a bank that leaves that example out, with the
  target of its act's construct (the act's hand-set points on that dimension; 0 for plain
  statements).
Each (source, label) task is centred (its own intercept) and scaled to unit variance, and each
task weighs the same whatever its size. The weights solve a sign-constrained ridge least squares
(coordinate descent, numpy only): each feature's sign per dimension is fixed by its construct
(heads.feature_signs: cue points keep their direction, an act moves only the dimensions its bank
entry names) and keeps at least FLOOR_SHARE of its hand-set size; the ridge pulls towards the
hand-set sizes (acts.yaml points, the cue points as they are) in the fit's units. The test split and the held-out pair set
(tests/scoring/data/heldout_pairs.yaml) are never read.

Scale: the fit is in target standard deviations; a dimension's points per unit are the fitted
weights times the factor that maps the median prediction for the bank's positive examples of
that dimension onto the median of their hand-set points, so a clear single act is worth about
what the act bank says and the data sets only decide the relative weights.

--report prints leave-one-source-out agreement (fit on the other sources, score the left-out
one) next to the fit on all sources, and writes nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from agreement import auc, spearman  # noqa: E402

from roleplay.nlp import shared_cache  # noqa: E402
from roleplay.scoring.acts import Act, ActBank, act_bank  # noqa: E402
from roleplay.scoring.heads import DEFAULT_BASE, Heads, feature_signs  # noqa: E402
from roleplay.scoring.labelled_data import Row, default_data_dir, load_set  # noqa: E402
from roleplay.scoring.readable import unreadable_reason  # noqa: E402
from roleplay.scoring.semantic import SemanticScorer  # noqa: E402
from roleplay.scoring.text import straighten  # noqa: E402
from roleplay.scoring.types import DIMENSIONS, ScoreInput  # noqa: E402

RIDGE = 0.3
FLOOR_SHARE = 0.5
SWEEPS = 300
Features = dict[str, dict[str, float]]  # dimension -> feature -> value
# (source, dimension, label expression, task weight). "bank" targets are the act's points.
TASKS: list[tuple[str, str, str, float]] = [
    ("casino", "listening", "elicit_pref", 1.0),
    ("casino", "empathy", "showing_empathy", 1.0),
    ("casino", "empathy", "!uv_part", 0.5),
    ("casino", "collaboration", "promote_coordination", 1.0),
    ("casino", "collaboration", "!uv_part", 1.0),
    ("receptiveness", "collaboration", "receptive", 1.0),
    ("receptiveness", "listening", "receptive", 0.5),
    ("receptiveness", "empathy", "receptive", 0.5),
    ("bank", "listening", "act", 1.5),
    ("bank", "empathy", "act", 1.5),
    ("bank", "collaboration", "act", 1.5),
]


def features_of(scorer: SemanticScorer, reply: str, partner: str) -> Features | None:
    if unreadable_reason(reply) is not None:
        return None
    return scorer.analyse(ScoreInput(straighten(reply), partner)).features()


def labelled(data: Path, name: str, scorer: SemanticScorer) -> list[tuple[Row, Features]]:
    out = []
    for r in load_set(data, name):
        if r.split != "train":
            continue  # the test split is never read by the fit
        f = features_of(scorer, r.reply, r.partner)
        if f is not None:
            out.append((r, f))
    return out


def bank_examples(bank: ActBank) -> list[tuple[Act, Features]]:
    """Every example of the bank, its act found by a bank without it (leave one out)."""
    out = []
    base = SemanticScorer(bank=bank)
    for i, act in enumerate(bank.acts):
        for j, example in enumerate(act.examples):
            rest = act.examples[:j] + act.examples[j + 1 :]
            acts = (
                bank.acts[:i] + (Act(act.name, act.label, act.points, rest),) + bank.acts[i + 1 :]
            )
            scorer = SemanticScorer(
                base.lexicon, base.weights, ActBank(acts, shared_cache()), base.cache, base.heads
            )
            f = features_of(scorer, example, "")
            if f is not None:
                out.append((act, f))
    return out


def target(expr: str, row: Row) -> float:
    if expr.startswith("!"):
        return 1.0 - row.labels[expr[1:]]
    return row.labels[expr]


Source = list[tuple[Features, Callable[[str, str], float]]]  # features, (dim, expr) -> target


def sources(data: Path, bank: ActBank) -> dict[str, Source]:
    scorer = SemanticScorer(bank=bank)
    out: dict[str, Source] = {}
    for name in ("casino", "receptiveness"):
        out[name] = [(f, lambda d, e, r=r: target(e, r)) for r, f in labelled(data, name, scorer)]
        print(f"{name}: {len(out[name])} train rows", file=sys.stderr)
    out["bank"] = [
        (f, lambda d, e, a=a: float(a.points.get(d, 0)))
        for a, f in bank_examples(bank)  # type: ignore[misc]
    ]
    print(f"bank: {len(out['bank'])} examples (each left out of its own bank)", file=sys.stderr)
    return out


def bounded_ridge(
    a: np.ndarray, b: np.ndarray, prior: np.ndarray, lo: np.ndarray, hi: np.ndarray
) -> np.ndarray:
    """min |a w - b|^2 + lam |w - prior|^2 subject to lo <= w <= hi, by coordinate descent;
    lam = RIDGE x the mean diagonal of a'a, so the pull does not depend on the data's size."""
    gram = a.T @ a
    lam = RIDGE * float(np.mean(np.diag(gram)))
    gram = gram + lam * np.eye(a.shape[1])
    rhs = a.T @ b + lam * prior
    w = np.clip(prior, lo, hi)
    for _ in range(SWEEPS):
        for j in range(len(w)):
            if gram[j, j] <= 0:
                continue
            residual = rhs[j] - gram[j] @ w + gram[j, j] * w[j]
            w[j] = min(hi[j], max(lo[j], residual / gram[j, j]))
    return w


def fit(pool: dict[str, Source], names: list[str], bank: ActBank) -> dict[str, dict[str, float]]:
    """Per dimension, the points per unit of each feature."""
    signs = feature_signs(bank)
    prior_heads = Heads.from_priors(bank)
    points: dict[str, dict[str, float]] = {}
    for dim in DIMENSIONS:
        cols = sorted(signs[dim])
        blocks, targets = [], []
        for source, tdim, expr, weight in TASKS:
            if tdim != dim or source not in names:
                continue
            rows = pool[source]
            x = np.array([[f[dim].get(c, 0.0) for c in cols] for f, _ in rows])
            y = np.array([t(dim, expr) for _, t in rows])
            if y.std() == 0:
                continue
            x = x - x.mean(axis=0)
            y = (y - y.mean()) / y.std()
            scale = np.sqrt(weight / len(rows))
            blocks.append(x * scale)
            targets.append(y * scale)
        a, b = np.vstack(blocks), np.concatenate(targets)
        prior = np.array([prior_heads.weight(dim, c) for c in cols])  # type: ignore[arg-type]
        guess = a @ prior
        # the prior in the fit's units: its least-squares scale against the targets
        c = max(float(guess @ b) / float(guess @ guess), 1e-3)
        # monotone, and a construct keeps at least FLOOR_SHARE of its hand-set size (data that
        # never shows an act, like reflections in a negotiation, cannot fit it away)
        floor = FLOOR_SHARE * c * prior
        lo = np.where(prior > 0, floor, np.where(prior < 0, -np.inf, 0.0))
        hi = np.where(prior < 0, floor, np.where(prior > 0, np.inf, 0.0))
        w = bounded_ridge(a, b, c * prior, lo, hi)
        # back to points: the fitted head spreads the pooled replies as much as the prior did
        factor = float(np.std(guess)) / max(float(np.std(a @ w)), 1e-9)
        points[dim] = {k: round(float(v) * factor, 2) for k, v in zip(cols, w, strict=True)}
        points[dim] = {k: v for k, v in points[dim].items() if v}
    return points


def predict(points: dict[str, dict[str, float]], f: Features, dim: str) -> float:
    return sum(points[dim].get(k, 0.0) * v for k, v in f[dim].items())


CHECKS = [
    ("casino", "showing_empathy", "empathy", 1),
    ("casino", "promote_coordination", "collaboration", 1),
    ("casino", "elicit_pref", "listening", 1),
    ("casino", "uv_part", "collaboration", -1),
    ("receptiveness", "receptive", "collaboration", 1),
    ("receptiveness", "receptive", "overall", 1),
    ("bank", "act", "listening", 1),
    ("bank", "act", "empathy", 1),
    ("bank", "act", "collaboration", 1),
]


def agreement(
    points: dict[str, dict[str, float]], rows: Source, label: str, dim: str, sign: int
) -> float:
    def value(f: Features) -> float:
        if dim == "overall":
            return sum(predict(points, f, d) for d in DIMENSIONS)
        return predict(points, f, dim)

    xs = [sign * value(f) for f, _ in rows]
    if label == "act":  # the bank: does the head order examples by their act's direction?
        ys = [t(dim, "act") for _, t in rows]
        keep = [(x, 1.0 if y > 0 else 0.0) for x, y in zip(xs, ys, strict=True) if y != 0]
        return auc([x for x, _ in keep], [y for _, y in keep])
    ys = [t(dim, label) for _, t in rows]
    return auc(xs, ys) if set(ys) <= {0.0, 1.0} else spearman(xs, ys)


def report(pool: dict[str, Source], bank: ActBank) -> None:
    names = list(pool)
    fits = {"all": fit(pool, names, bank)}
    for left in names:
        fits[f"without {left}"] = fit(pool, [n for n in names if n != left], bank)
    print("| source | label | dimension | " + " | ".join(fits) + " |")
    print("|---|---|---|" + "---|" * len(fits))
    for source, label, dim, sign in CHECKS:
        cells = [f"{agreement(p, pool[source], label, dim, sign):.3f}" for p in fits.values()]
        low = "low " if sign < 0 else ""
        print(f"| {source} (train) | {label} | {low}{dim} | " + " | ".join(cells) + " |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(REPO))
    parser.add_argument("--out", type=Path, default=REPO / "src/roleplay/scoring/data/heads.json")
    parser.add_argument("--report", action="store_true", help="leave-one-source-out; write nothing")
    args = parser.parse_args(argv)
    if not (args.data / "casino" / "dev.csv").exists():
        print(f"SKIPPED: no labelled data at {args.data}; nothing fitted", file=sys.stderr)
        return 0
    bank = act_bank()
    pool = sources(args.data, bank)
    if args.report:
        report(pool, bank)
        return 0
    points = fit(pool, list(pool), bank)
    out = {
        "_about": "Written by scripts/fit_heads.py; do not edit by hand. score = clamp(base + "
        "sum(points[feature] * value)), see roleplay/scoring/heads.py.",
        "base": {d: DEFAULT_BASE for d in DIMENSIONS},
        "points": points,
        "fit": {
            "tasks": [list(t) for t in TASKS],
            "rows": {k: len(v) for k, v in pool.items()},
            "ridge": RIDGE,
        },
    }
    args.out.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    for dim in DIMENSIONS:
        print(dim, json.dumps(points[dim]), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
