"""Strategy sets: does each scorer order the strategies the way a skilled listener would?

    .venv/bin/python benchmarks/strategies.py [--set support|counselling|reflection] [--heldout]
        [--pairs]

Three sets (issue 11, each written blind; `tests/scoring/strategy_lines.py` reads them) with
one reply per strategy on every line; odd-numbered lines are the DEV half, even-numbered ones
the HELD-OUT half. `--set` keeps one of them (all by default).
- support (`strategies_{dev,heldout}.yaml`): help-seeker lines with one supporter reply per
  ESConv-style strategy (restatement, reflection of feelings, open question, affirmation,
  generic reassurance, suggestion, information, self-disclosure, dismissal);
- counselling (`counselling_{dev,heldout}.yaml`): client statements from motivational-
  interviewing sessions with one counsellor reply per MI code (simple and complex reflection,
  open and closed question, affirmation, advice with and without permission, confrontation,
  stock phrase);
- reflection (`reflection_levels_{dev,heldout}.yaml`): 30 client statements, each with a complex
  reflection, a simple reflection and three non-reflections (advice without permission, a
  closed question, a generic reassurance); on half the lines the complex reflection is the
  shorter one.

For each set's dev half it prints the mean listening / empathy / collaboration / overall of each
strategy under the semantic and the lexical scorer, then the AUC of each ordering the set
expects (`SETS` below), pooled (every high reply against every low reply of the half) and
within line (only pairs that answer the same line), ties counting one half. Columns: semantic,
lexical, reply length (longer ranks higher) and VADER compound (more positive ranks higher).
`--pairs` adds, for the dev half, the within-line rate of each (high, low) strategy pair under
the semantic scorer.

`--heldout` adds the held-out half's AUC rows: totals only, never per strategy or per line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests" / "scoring"))

from strategy_lines import (  # noqa: E402
    COUNSELLING,
    COUNSELLING_DEV,
    COUNSELLING_HELDOUT,
    REFLECTION_DEV,
    REFLECTION_HELDOUT,
    REFLECTION_LEVELS,
    STRATEGIES,
    STRATEGIES_DEV,
    STRATEGIES_HELDOUT,
    StrategyLine,
    load_strategy_lines,
)

from roleplay.scoring import LexicalScorer, ScoreInput, Scorer  # noqa: E402

DIMENSIONS = ("listening", "empathy", "collaboration", "overall")
# dimension, strategies ranked higher, strategies ranked lower
Ordering = tuple[str, tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class StrategySet:
    name: str
    strategies: tuple[str, ...]
    dev: Path
    heldout: Path
    orderings: tuple[Ordering, ...]


_REFLECTIONS = ("simple_reflection", "complex_reflection")
_POOR_LISTENING = ("advice_without_permission", "confrontation", "stock_phrase")
_NON_REFLECTIONS = ("advice_without_permission", "closed_question", "reassurance")


def _levels(dimension: str) -> tuple[Ordering, ...]:
    """Complex above simple reflection, and each reflection above every non-reflection."""
    return (
        (dimension, ("complex_reflection",), ("simple_reflection",)),
        (dimension, ("simple_reflection",), _NON_REFLECTIONS),
        (dimension, ("complex_reflection",), _NON_REFLECTIONS),
    )


SETS: dict[str, StrategySet] = {
    "support": StrategySet(
        "support",
        STRATEGIES,
        STRATEGIES_DEV,
        STRATEGIES_HELDOUT,
        (
            (
                "listening",
                ("restatement", "reflection", "open_question"),
                ("suggestion", "information", "self_disclosure", "reassurance", "dismissal"),
            ),
            (
                "empathy",
                ("reflection", "affirmation"),
                ("information", "suggestion", "dismissal", "self_disclosure"),
            ),
            ("overall", tuple(s for s in STRATEGIES if s != "dismissal"), ("dismissal",)),
        ),
    ),
    # what a skilled MI counsellor expects: reflections above telling, warning and stock
    # phrases; a complex reflection at least as good as a simple one; open above closed
    # questions; asking before advising; confronting lowest of all
    "counselling": StrategySet(
        "counselling",
        COUNSELLING,
        COUNSELLING_DEV,
        COUNSELLING_HELDOUT,
        (
            ("listening", _REFLECTIONS, _POOR_LISTENING),
            ("empathy", _REFLECTIONS, _POOR_LISTENING),
            ("listening", ("complex_reflection",), ("simple_reflection",)),
            ("empathy", ("complex_reflection",), ("simple_reflection",)),
            ("listening", ("open_question",), ("closed_question",)),
            ("collaboration", ("advice_with_permission",), ("advice_without_permission",)),
            ("overall", ("advice_with_permission",), ("advice_without_permission",)),
            ("overall", tuple(s for s in COUNSELLING if s != "confrontation"), ("confrontation",)),
        ),
    ),
    # reflection levels: the meaning or feeling beyond their words above their words said back,
    # and saying back above telling, a closed question or "you'll be fine"
    "reflection": StrategySet(
        "reflection",
        REFLECTION_LEVELS,
        REFLECTION_DEV,
        REFLECTION_HELDOUT,
        _levels("listening") + _levels("empathy") + _levels("overall"),
    ),
}

# (line n, strategy) -> {dimension: value}
Values = dict[tuple[int, str], dict[str, float]]
Measure = Callable[[list[StrategyLine]], Values]


def scorer_measure(scorer: Scorer) -> Measure:
    def measure(lines: list[StrategyLine]) -> Values:
        out: Values = {}
        for line in lines:
            for strategy, reply in line.replies.items():
                score = scorer.score(ScoreInput(reply, line.partner))
                out[line.n, strategy] = {
                    d: float(score.dimension(d)) if score.scored else -1.0 for d in DIMENSIONS
                }
        return out

    return measure


def text_measure(value: Callable[[str], float]) -> Measure:
    def measure(lines: list[StrategyLine]) -> Values:
        return {
            (line.n, s): dict.fromkeys(DIMENSIONS, value(r))
            for line in lines
            for s, r in line.replies.items()
        }

    return measure


def _win(high: float, low: float) -> float:
    return 1.0 if high > low else 0.5 if high == low else 0.0


def auc(
    values: Values, dimension: str, high: tuple[str, ...], low: tuple[str, ...], *, same_line: bool
) -> float:
    ns = sorted({n for n, _ in values})
    wins: list[float] = []
    for hn in ns:
        for ln in ns:
            if same_line and hn != ln:
                continue
            wins += [
                _win(values[hn, h][dimension], values[ln, lo][dimension])
                for h in high
                for lo in low
            ]
    return sum(wins) / len(wins)


def ordering_rows(
    half: str, orderings: tuple[Ordering, ...], values: dict[str, Values]
) -> list[str]:
    rows = []
    for dimension, high, low in orderings:
        for same_line in (False, True):
            how = "within line" if same_line else "pooled"
            name = (
                f"{half}: {dimension}, {'/'.join(high) if len(high) < 4 else 'all'} above "
                f"{'/'.join(low)} ({how})"
            )
            cells = " | ".join(
                f"{auc(v, dimension, high, low, same_line=same_line):.3f}" for v in values.values()
            )
            rows.append(f"| {name} | {cells} |")
    return rows


def report(chosen: StrategySet, measures: dict[str, Measure], argv: list[str]) -> None:
    dev = load_strategy_lines(chosen.dev, chosen.strategies)
    dev_values = {name: m(dev) for name, m in measures.items()}
    print(f"\n## {chosen.name} set\n\nDEV half ({len(dev)} lines): mean score per strategy")
    print("| strategy | semantic L / E / C / O | lexical L / E / C / O |")
    print("|---|---|---|")
    for s in chosen.strategies:
        cells = []
        for name in ("semantic", "lexical"):
            v = dev_values[name]
            means = [sum(v[line.n, s][d] for line in dev) / len(dev) for d in DIMENSIONS]
            cells.append(" / ".join(f"{m:.1f}" for m in means))
        print(f"| {s} | " + " | ".join(cells) + " |")
    print("\nAUC of the orderings a skilled listener expects")
    print("| ordering | " + " | ".join(measures) + " |")
    print("|---|" + "---|" * len(measures))
    for row in ordering_rows("dev", chosen.orderings, dev_values):
        print(row)
    if "--heldout" in argv:
        # totals only: no per-strategy means, no per-line or per-pair results
        held = load_strategy_lines(chosen.heldout, chosen.strategies)
        held_values = {name: m(held) for name, m in measures.items()}
        for row in ordering_rows("HELD-OUT", chosen.orderings, held_values):
            print(row)
    if "--pairs" in argv:
        sem = dev_values["semantic"]
        print("\nDEV, semantic, within-line share of each (high, low) pair ranked right")
        for dimension, high, low in chosen.orderings:
            for h in high:
                rates = [
                    f"{lo} {auc(sem, dimension, (h,), (lo,), same_line=True):.2f}" for lo in low
                ]
                print(f"- {dimension}: {h} above " + ", ".join(rates))


def main(argv: list[str]) -> int:
    names = list(SETS)
    if "--set" in argv:
        at = argv.index("--set")
        name = argv[at + 1] if at + 1 < len(argv) else ""
        if name not in SETS:
            print(f"error [strategies-set]: --set needs one of {', '.join(SETS)}", file=sys.stderr)
            return 2
        names = [name]
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from roleplay.scoring.semantic import SemanticScorer

    vader = SentimentIntensityAnalyzer()
    measures: dict[str, Measure] = {
        "semantic": scorer_measure(SemanticScorer()),
        "lexical": scorer_measure(LexicalScorer()),
        "length": text_measure(lambda r: float(len(r))),
        "VADER": text_measure(lambda r: vader.polarity_scores(r)["compound"]),
    }
    for name in names:
        report(SETS[name], measures, argv)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
