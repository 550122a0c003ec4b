"""Fit the scorer's weights from ../shared/data and write src/roleplay/scoring/data/weights.json.

Reproducible and offline, plain Python (no numpy):

    .venv/bin/python scripts/fit_scorer.py [--data ../shared/data] [--out PATH]

Method, per dimension:
- features are the lexicon features (roleplay.scoring.features), extracted from TRAIN rows only
  (fixed hash split, casino split by dialogue; see roleplay.scoring.labelled_data);
- several logistic "tasks" share one weight vector (each task has its own intercept):
  listening  <- casino elicit_pref, receptiveness (receptive > 0);
  empathy    <- casino showing_empathy, casino NOT uv_part;
  collaboration <- casino promote_coordination, casino no_need, casino NOT uv_part,
                   receptiveness (receptive > 0);
- which features may move a dimension, and in which direction, comes from the literature
  (the `prior` in cues.json); the fit keeps each weight's sign (projected gradient) and is pulled
  toward the prior by an L2 penalty, so rare cues keep their hand-set size and common ones are
  tuned by the data. Features marked `fixed` (key points, scenario emotion) are not in the data
  and keep their prior.

    .venv/bin/python scripts/fit_scorer.py --validate

cross-validates inside TRAIN (4 folds by group, see labelled_data.Row.fold: fit on three, score
the fourth, pool the held-out scores), prints agreement and writes nothing: the loop for developing
cues and fitting choices without looking at the test split.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from roleplay.scoring.features import extract, feature_values  # noqa: E402
from roleplay.scoring.labelled_data import Row, default_data_dir, load_set  # noqa: E402
from roleplay.scoring.lexicon import Lexicon, load_lexicon  # noqa: E402
from roleplay.scoring.types import DIMENSIONS, ScoreInput  # noqa: E402

POINTS_PER_UNIT = 12.0
BASE = {"listening": 45, "empathy": 45, "collaboration": 45}
L2_TO_PRIOR = 0.002
ITERATIONS = 1000
LEARNING_RATE = 0.05

Task = tuple[str, str, float]  # (set name, label expression, task weight)
TASKS: dict[str, list[Task]] = {
    "listening": [("casino", "elicit_pref", 1.0), ("receptiveness", "receptive>0", 0.5)],
    "empathy": [("casino", "showing_empathy", 1.0), ("casino", "!uv_part", 0.5)],
    "collaboration": [
        ("casino", "promote_coordination", 1.0),
        ("casino", "no_need", 0.3),
        ("casino", "!uv_part", 1.5),  # undervaluing the partner must cost collaboration clearly
        ("receptiveness", "receptive>0", 1.0),
    ],
}


def target(row: Row, expr: str) -> float:
    if expr.startswith("!"):
        return 1.0 - row.labels[expr[1:]]
    if expr.endswith(">0"):
        return 1.0 if row.labels[expr[:-2]] > 0 else 0.0
    return row.labels[expr]


def sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit_dimension(
    dim: str,
    features: dict[str, list[dict[str, float]]],
    train: dict[str, list[Row]],
    lexicon: Lexicon,
) -> dict[str, float]:
    prior = {s.name: s.prior[dim] for s in lexicon.features.values() if dim in s.prior}  # type: ignore[index]
    free = [f for f, w in prior.items() if not lexicon.features[f].fixed]
    index = {f: i for i, f in enumerate(free)}
    w = [prior[f] for f in free]
    tasks = TASKS[dim]
    bias = [0.0 for _ in tasks]
    data = []
    for set_name, expr, weight in tasks:
        xs = [[(index[f], v) for f, v in fv.items() if f in index] for fv in features[set_name]]
        ys = [target(r, expr) for r in train[set_name]]
        data.append((xs, ys, weight))
    # Adam on the summed task losses + L2 pull toward the prior, with sign projection.
    m = [0.0] * (len(w) + len(bias))
    v = [0.0] * (len(w) + len(bias))
    for step in range(1, ITERATIONS + 1):
        grad = [2 * L2_TO_PRIOR * (w[i] - prior[f]) for i, f in enumerate(free)]
        gbias = [0.0] * len(tasks)
        for t, (xs, ys, weight) in enumerate(data):
            scale = weight / len(xs)
            for x, y in zip(xs, ys, strict=True):
                z = bias[t] + sum(w[i] * val for i, val in x)
                err = (sigmoid(z) - y) * scale
                gbias[t] += err
                for i, val in x:
                    grad[i] += err * val
        full = grad + gbias
        params = w + bias
        for k, g in enumerate(full):
            m[k] = 0.9 * m[k] + 0.1 * g
            v[k] = 0.999 * v[k] + 0.001 * g * g
            mhat = m[k] / (1 - 0.9**step)
            vhat = v[k] / (1 - 0.999**step)
            params[k] -= LEARNING_RATE * mhat / (math.sqrt(vhat) + 1e-8)
        w, bias = params[: len(w)], params[len(w) :]
        for i, f in enumerate(free):  # keep the literature's direction
            if prior[f] > 0:
                w[i] = max(0.0, w[i])
            elif prior[f] < 0:
                w[i] = min(0.0, w[i])
    fitted = {f: round(prior[f], 3) for f in prior}
    fitted.update({f: round(w[i], 3) for i, f in enumerate(free)})
    return fitted


# (set, label, dimension, sign): the targets of issue 4, checked on the validation fold.
VALIDATION_CHECKS = [
    ("casino", "showing_empathy", "empathy", 1),
    ("casino", "promote_coordination", "collaboration", 1),
    ("casino", "elicit_pref", "listening", 1),
    ("casino", "uv_part", "collaboration", -1),
    ("casino", "uv_part", "empathy", -1),
    ("casino", "no_need", "collaboration", 1),
    ("receptiveness", "receptive", "collaboration", 1),
    ("receptiveness", "receptive", "listening", 1),
]


def weights_json(weights: dict[str, dict[str, float]]) -> dict[str, object]:
    return {"points_per_unit": POINTS_PER_UNIT, "base": BASE, "weights": weights}


def cross_validate(
    rows: dict[str, list[Row]],
    values: dict[str, list[dict[str, float]]],
    lexicon: Lexicon,
) -> None:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from agreement import auc, spearman

    from roleplay.scoring.labelled_data import VALIDATION_FOLDS
    from roleplay.scoring.model import Weights
    from roleplay.scoring.scorer import LexicalScorer

    held: dict[str, list[tuple[Row, dict[str, int]]]] = {name: [] for name in rows}
    for k in range(VALIDATION_FOLDS):
        fit_rows = {n: [r for r in rs if r.fold != k] for n, rs in rows.items()}
        fit_values = {
            n: [v for r, v in zip(rs, values[n], strict=True) if r.fold != k]
            for n, rs in rows.items()
        }
        weights = {dim: fit_dimension(dim, fit_values, fit_rows, lexicon) for dim in DIMENSIONS}
        scorer = LexicalScorer(lexicon, Weights.from_json(weights_json(weights), lexicon))
        for name, rs in rows.items():
            held[name] += [
                (r, scorer.score(ScoreInput(r.reply, r.partner)).as_dict())
                for r in rs
                if r.fold == k
            ]
    for set_name, label, dim, sign in VALIDATION_CHECKS:
        pairs = held[set_name]
        xs = [sign * s[dim] for _, s in pairs]
        ys = [r.labels[label] for r, _ in pairs]
        binary = set(ys) <= {0.0, 1.0}
        value = auc(xs, ys) if binary else spearman(xs, ys)
        metric = "AUC" if binary else "Spearman"
        low = "low " if sign < 0 else ""
        print(f"cv {set_name} {label} ({low}{dim}, n={len(pairs)}): {metric} {value:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(REPO))
    parser.add_argument("--out", type=Path, default=REPO / "src/roleplay/scoring/data/weights.json")
    parser.add_argument(
        "--validate",
        action="store_true",
        help="fit on the fit fold of TRAIN, print agreement on the validation fold, write nothing",
    )
    args = parser.parse_args(argv)
    if not (args.data / "casino" / "dev.csv").exists():
        print(f"no labelled data at {args.data}; nothing fitted", file=sys.stderr)
        return 2
    lexicon = load_lexicon()
    rows: dict[str, list[Row]] = {}
    values: dict[str, list[dict[str, float]]] = {}
    for name in ("casino", "receptiveness"):
        rows[name] = [r for r in load_set(args.data, name) if r.split == "train"]
        values[name] = [
            feature_values(extract(ScoreInput(r.reply, r.partner), lexicon), lexicon)
            for r in rows[name]
        ]
        print(f"{name}: {len(rows[name])} train rows", file=sys.stderr)
    if args.validate:
        cross_validate(rows, values, lexicon)
        return 0
    weights = {dim: fit_dimension(dim, values, rows, lexicon) for dim in DIMENSIONS}
    train = rows
    out = {
        "_about": "Written by scripts/fit_scorer.py; do not edit by hand. score = clamp(base + "
        "points_per_unit * sum(weight * capped feature value)), see roleplay/scoring/model.py.",
        **weights_json(weights),
        "fit": {
            "tasks": {d: [list(t) for t in ts] for d, ts in TASKS.items()},
            "train_rows": {k: len(v) for k, v in train.items()},
            "l2_to_prior": L2_TO_PRIOR,
            "iterations": ITERATIONS,
        },
    }
    args.out.write_text(json.dumps(out, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    for dim in DIMENSIONS:
        moved = {f: w for f, w in weights[dim].items()}
        print(dim, json.dumps(moved), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
