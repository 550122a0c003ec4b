"""Agreement of the scorer with human labels on OUR held-out test split of ../shared/data.

    .venv/bin/python benchmarks/agreement.py [--data ../shared/data]

Prints a Markdown table: for each label, the metric that fits it (AUC for 0/1 labels, Spearman
for continuous ratings; macro-F1 for 0/1 labels at the threshold that is best on the TRAIN split),
for the first (lexical) scorer, the semantic scorer (the default) and two baselines on the same
rows: reply length and VADER compound sentiment. The cue weights were fitted on the train split
of casino and receptiveness only (scripts/fit_scorer.py); the semantic act layer is not fitted on
any of these sets, and Lend an Ear was never used for fitting. The split is fixed
(roleplay.scoring.labelled_data). Skips with a message when the data folder is absent.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from roleplay.scoring import LexicalScorer, Score, ScoreInput, Scorer  # noqa: E402
from roleplay.scoring.labelled_data import (  # noqa: E402
    Row,
    conversation_turns,
    default_data_dir,
    load_set,
)

# (set, label, what predicts it: dimension with sign)
CHECKS: list[tuple[str, str, str, int]] = [
    ("casino", "showing_empathy", "empathy", +1),
    ("casino", "promote_coordination", "collaboration", +1),
    ("casino", "elicit_pref", "listening", +1),
    ("casino", "uv_part", "collaboration", -1),
    ("casino", "uv_part", "empathy", -1),
    ("casino", "no_need", "collaboration", +1),
    ("casino", "small_talk", "empathy", +1),
    ("receptiveness", "receptive", "collaboration", +1),
    ("receptiveness", "receptive", "listening", +1),
    ("receptiveness", "receptive", "overall", +1),
    ("kumar_lend_an_ear", "validating_emotions", "empathy", +1),
    ("kumar_lend_an_ear", "encouraging_elaboration", "listening", +1),
    ("kumar_lend_an_ear", "demonstrating_understanding", "listening", +1),
    ("kumar_lend_an_ear", "advice_giving", "listening", -1),
    ("kumar_lend_an_ear", "self_oriented", "listening", -1),
    ("kumar_lend_an_ear", "dismissing_emotions", "empathy", -1),
]


def ranks(values: Sequence[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    rx, ry = ranks(x), ranks(y)
    n = len(x)
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def auc(scores: Sequence[float], labels: Sequence[float]) -> float:
    r = ranks(scores)
    pos = [ri for ri, y in zip(r, labels, strict=True) if y >= 0.5]
    n_pos, n_neg = len(pos), len(labels) - len(pos)
    if not n_pos or not n_neg:
        return float("nan")
    return (sum(pos) - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def macro_f1(scores: Sequence[float], labels: Sequence[float], threshold: float) -> float:
    f1s = []
    for positive in (True, False):
        tp = fp = fn = 0
        for s, y in zip(scores, labels, strict=True):
            pred = (s >= threshold) == positive
            actual = (y >= 0.5) == positive
            tp += pred and actual
            fp += pred and not actual
            fn += actual and not pred
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    return sum(f1s) / 2


def best_threshold(scores: Sequence[float], labels: Sequence[float]) -> float:
    candidates = sorted(set(scores))
    if len(candidates) > 200:
        step = len(candidates) / 200
        candidates = [candidates[int(i * step)] for i in range(200)]
    return max(candidates, key=lambda t: macro_f1(scores, labels, t))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Agreement with human labels (our test split).")
    parser.add_argument("--data", type=Path, default=default_data_dir(REPO))
    args = parser.parse_args(argv)
    if not (args.data / "casino" / "dev.csv").exists():
        print(
            f"SKIPPED: labelled data not found at {args.data} "
            "(pass --data DIR; the sets are listed in docs/scoring.md)"
        )
        return 0
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from roleplay.scoring.semantic import SemanticScorer

    scorers: list[Scorer] = [LexicalScorer(), SemanticScorer()]
    vader = SentimentIntensityAnalyzer()
    Predictors = tuple[list[dict[str, float]], float, float]

    def dims(scores: list[Score]) -> dict[str, float]:
        return {
            d: sum(s.dimension(d) for s in scores) / len(scores)
            for d in ("listening", "empathy", "collaboration", "overall")
        }

    def predictors(row: Row) -> Predictors:
        turns = (
            conversation_turns(row)
            if row.set_name == "kumar_lend_an_ear"
            else [ScoreInput(row.reply, row.partner)]
        )
        ours = [dims([scorer.score(t) for t in turns]) for scorer in scorers]
        length = float(sum(len(t.reply) for t in turns))
        sentiment = sum(vader.polarity_scores(t.reply)["compound"] for t in turns) / len(turns)
        return ours, length, sentiment

    print("| set | label | predicted by | n test | metric | lexical | semantic | length | VADER |")
    print("|---|---|---|---|---|---|---|---|---|")
    cache: dict[str, dict[str, list[tuple[Row, Predictors]]]] = {}
    for set_name, label, dim, sign in CHECKS:
        if set_name not in cache:
            rows = load_set(args.data, set_name)
            cache[set_name] = {
                part: [(r, predictors(r)) for r in rows if r.split == part]
                for part in ("train", "test")
            }
        parts = cache[set_name]
        labels = {p: [r.labels[label] for r, _ in parts[p]] for p in parts}
        columns: list[Callable[[Predictors], float]] = [
            lambda p, d=dim, s=sign: s * p[0][0][d],
            lambda p, d=dim, s=sign: s * p[0][1][d],
            lambda p: p[1],
            lambda p, s=sign: s * p[2],
        ]
        binary = set(labels["test"]) <= {0.0, 1.0}
        cells: list[str] = []
        for column in columns:
            test = [column(p) for _, p in parts["test"]]
            if binary:
                train = [column(p) for _, p in parts["train"]]
                threshold = best_threshold(train, labels["train"])
                f1 = macro_f1(test, labels["test"], threshold)
                cells.append(f"{auc(test, labels['test']):.3f} / {f1:.3f}")
            else:
                cells.append(f"{spearman(test, labels['test']):.3f}")
        metric = "AUC / macro-F1" if binary else "Spearman"
        direction = ("low " if sign < 0 else "") + dim
        n = len(parts["test"])
        print(
            f"| {set_name} | {label} | {direction} | {n} | {metric} | " + " | ".join(cells) + " |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
