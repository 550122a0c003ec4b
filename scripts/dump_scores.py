"""Dump every output of the semantic scorer and the intent matcher on the benchmark sets.

    .venv/bin/python scripts/dump_scores.py OUT.jsonl [--data ../shared/data]
    cmp before.jsonl after.jsonl   # a speed-only change must leave the dump byte-identical

One JSON line per scored reply: the set, the input (reply, partner, key points, emotion), the
full score (dimensions, same-side, every evidence item with its reason and span, scored or the
reason it is not) and each sentence's act (name, strength, similarity, margin, repeat); one line
per intent decision (the intents matched, all of them and those of a state's subset). Sets: the
pair sets and gaming probes (tests/scoring: contrast, older, the first held-out pairs, both
halves of every genre set, the second gaming set), the emotional-support strategy and
counselling sets (both halves), the labelled agreement sets (every row of casino,
receptiveness and Lend an Ear, when the data folder is present), the intent benchmark sets
(benchmarks/intent_*, library_intents) scored against their scenario states as
benchmarks/intents.py does, and every golden case of the shipped scenarios run through the
engine (scores, path and intents per turn). Floats are written in full (repr), so any change in
a similarity shows.

`--dev-only` leaves out every set that must be read only as a total (the first held-out pairs,
the held-out halves of the genre sets from the eighth on, of the strategy and counselling sets
and of the second gaming set, and the intent sets that are not tuning or dev sets: held-out,
fresh, blind), so that a diff of two dumps can be read line by line without looking inside
them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests" / "scoring"))
sys.path.append(str(REPO / "benchmarks"))  # after tests/scoring: both have a pairs.py

from roleplay.scoring.labelled_data import (  # noqa: E402
    conversation_turns,
    default_data_dir,
    load_set,
)
from roleplay.scoring.semantic import SemanticScorer  # noqa: E402
from roleplay.scoring.types import Score, ScoreInput  # noqa: E402

Item = tuple[str, ScoreInput]


# read as totals only: the first held-out pairs, the held-out halves of the genre sets from the
# eighth on, of the strategy and counselling sets and of the second gaming set (the first seven
# genre held-out halves became readable dev material)
HIDDEN_PAIR_SETS = frozenset(
    {
        "heldout",
        *(
            f"genre_{name}_heldout"
            for name in (
                "eighth",
                "ninth",
                "tenth",
                "eleventh",
                "twelfth",
                "thirteenth",
                "fourteenth",
                "fifteenth",
                "sixteenth",
                "seventeenth",
                "eighteenth",
            )
        ),
        "strategies_heldout",
        "counselling_heldout",
        "gaming_heldout",
    }
)
READABLE_INTENT_KINDS = frozenset({"tuning", "library tuning", "docs-only dev"})


def pair_items() -> Iterator[Item]:
    from contrast_pairs import PAIRS, PROBES
    from gaming_sets import GAMING_DEV_PROBES, GAMING_HELDOUT_PROBES
    from heldout_pairs import GENRE_SETS, HELDOUT_PAIRS
    from pairs import PAIRS as OLD_PAIRS
    from strategy_lines import (
        COUNSELLING,
        COUNSELLING_DEV,
        COUNSELLING_HELDOUT,
        STRATEGIES,
        STRATEGIES_DEV,
        STRATEGIES_HELDOUT,
        load_strategy_lines,
    )

    for _d, partner, better, worse, _ in PAIRS:
        yield "contrast", ScoreInput(better, partner)
        yield "contrast", ScoreInput(worse, partner)
    for partner, decent, _name, probe in PROBES:
        yield "probes", ScoreInput(decent, partner)
        yield "probes", ScoreInput(probe, partner)
    for row in OLD_PAIRS:
        _d, partner, better, worse = row[:4]
        yield "old_pairs", ScoreInput(better, partner)
        yield "old_pairs", ScoreInput(worse, partner)
    halves = [("heldout", HELDOUT_PAIRS)]
    for genre, dev, held in GENRE_SETS:  # every genre set, both halves
        halves += [(f"genre_{genre}_dev", dev), (f"genre_{genre}_heldout", held)]
    for name, pairs in halves:
        for _g, _d, partner, better, worse in pairs:
            yield name, ScoreInput(better, partner)
            yield name, ScoreInput(worse, partner)
    for name, path, codes in (
        ("strategies_dev", STRATEGIES_DEV, STRATEGIES),
        ("strategies_heldout", STRATEGIES_HELDOUT, STRATEGIES),
        ("counselling_dev", COUNSELLING_DEV, COUNSELLING),
        ("counselling_heldout", COUNSELLING_HELDOUT, COUNSELLING),
    ):
        for line in load_strategy_lines(path, codes):  # one reply per strategy, in the file's order
            for reply in line.replies.values():
                yield name, ScoreInput(reply, line.partner)
    for name, probes in (
        ("gaming_dev", GAMING_DEV_PROBES),
        ("gaming_heldout", GAMING_HELDOUT_PROBES),
    ):
        for _domain, partner, decent, _form, gaming in probes:
            yield name, ScoreInput(decent, partner)
            yield name, ScoreInput(gaming, partner)


def labelled_items(data: Path) -> Iterator[Item]:
    if not (data / "casino" / "dev.csv").exists():
        print(f"note: no labelled data at {data}; those sets are left out", file=sys.stderr)
        return
    for name in ("casino", "receptiveness", "kumar_lend_an_ear"):
        for row in load_set(data, name):
            turns = (
                conversation_turns(row)
                if name == "kumar_lend_an_ear"
                else [ScoreInput(row.reply, row.partner)]
            )
            for turn in turns:
                yield name, turn


def intent_lines(scorer: SemanticScorer, dev_only: bool = False) -> Iterator[dict[str, object]]:
    from intents import FOLDERS, set_kind, state_intents
    from intents import load_set as load_intent_set

    from roleplay.nlp.intents import IntentMatcher

    for path in sorted(p for folder in FOLDERS for p in folder.glob("*.yaml")):
        if dev_only and set_kind(path) not in READABLE_INTENT_KINDS:
            continue
        specs, cases, ordinary = load_intent_set(path)
        matcher = IntentMatcher(specs)
        states = state_intents(path)
        texts = [r for g in cases.values() for k in g.values() for r in k] + ordinary
        for k, text in enumerate(texts):
            among, line, points, emotion = states[k % len(states)]
            item = ScoreInput(reply=text, partner=line, key_points=points, emotion=emotion)
            yield {"set": f"intents:{path.stem}", **score_record(scorer, item)}
            yield {
                "set": f"intents:{path.stem}",
                "reply": text,
                "matched": list(matcher.matched(text)),
                "among": sorted(among) if among is not None else None,
                "matched_among": list(matcher.matched(text, among)) if among else None,
            }


def golden_lines(scorer: SemanticScorer) -> Iterator[dict[str, object]]:
    from roleplay.engine.golden import load_tests, run_tests

    seen: list[dict[str, object]] = []

    class Recording:
        name = scorer.name

        def score(self, item: ScoreInput) -> Score:
            record = score_record(scorer, item)
            seen.append(record)
            return scorer.score(item)

    for path in sorted((REPO / "scenarios").glob("*.tests.yaml")):
        for result in run_tests(load_tests(path), Recording()):
            yield from ({"set": f"golden:{path.stem}", **r} for r in seen)
            seen.clear()
            yield {
                "set": f"golden:{path.stem}",
                "case": result.name,
                "path": result.path,
                "outcome": result.outcome,
                "trace": result.trace,
                "failures": result.failures,
            }


def score_record(scorer: SemanticScorer, item: ScoreInput) -> dict[str, object]:
    score = scorer.score(item)
    record: dict[str, object] = {
        "reply": item.reply,
        "partner": item.partner,
        "key_points": list(item.key_points),
        "emotion": item.emotion,
        "score": score.to_json(),
    }
    if score.scored:
        record["acts"] = [
            [s.start, s.end, s.act.act, s.act.strength, s.act.similarity, s.act.margin, s.repeat]
            for s in scorer.analyse(item).sentences
        ]
    return record


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--data", type=Path, default=default_data_dir(REPO))
    parser.add_argument(
        "--dev-only",
        action="store_true",
        help="leave out the held-out pair sets and the held-out, fresh and blind intent sets",
    )
    args = parser.parse_args(argv)
    scorer = SemanticScorer()
    count = 0
    with args.out.open("w", encoding="utf-8") as handle:

        def write(record: dict[str, object]) -> None:
            nonlocal count
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            count += 1

        for name, item in [*pair_items(), *labelled_items(args.data)]:
            if args.dev_only and name in HIDDEN_PAIR_SETS:
                continue
            write({"set": name, **score_record(scorer, item)})
        for record in intent_lines(scorer, args.dev_only):
            write(record)
        for record in golden_lines(scorer):
            write(record)
    print(f"{count} lines written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
