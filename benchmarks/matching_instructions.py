"""CPU instructions of intent matching per reply, as a session matches, counted by valgrind.

    .venv/bin/python benchmarks/matching_instructions.py [--baseline OTHER_CHECKOUT] [--step N]
        [--sets intent_sets library_intents ...]

`intents.py --rounds 3` times matching as a session does (right after scoring the reply) and
prints its share of the scoring time; on a machine shared by several sessions its medians move
by several points from one run to the next, more than most changes to how matching runs. The
number of instructions does not. Each checkout (its own `src`) builds the matchers of the
readable benchmark sets named (every `step`-th reply of each), and for each reply scores it
(with the encoding cache and the readings of `roleplay.nlp.memo` emptied, as for a new reply),
then matches it against the intents of the state it answers, as `intents.py` does; the same
run without the matching is subtracted, so the setup and the scoring drop out and what is left
is matching after scoring, divided by the replies matched. Fixed hash seed, one BLAS thread.

Instructions are not time: matching right after scoring pays for the processor's caches the
scorer left cold, which no instruction count shows. Read both. Skips when valgrind is absent.
Takes several minutes per checkout (two valgrind runs each).
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))  # run as a script or imported

from scorer_instructions import callgrind  # noqa: E402  (the same valgrind run)

CHILD = """
import sys
src, bench, step, mode = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
folders = sys.argv[5:]
sys.path.insert(0, src)
sys.path.insert(0, bench)
import intents as B
from roleplay.nlp import shared_cache
from roleplay.nlp.intents import IntentMatcher
from roleplay.nlp.memo import forget_readings
from roleplay.scoring import default_scorer
from roleplay.scoring.types import ScoreInput
paths = sorted(p.resolve() for f in folders for p in (B.HERE / f).glob("*.yaml"))
scorer = default_scorer()
matched = 0
for path in paths:
    specs, cases, ordinary = B.load_set(path, None)
    matcher = IntentMatcher(specs)
    states = B.state_intents(path)
    texts = [r for g in cases.values() for k in g.values() for r in k] + ordinary
    for k, text in enumerate(texts):
        if k % step:
            continue
        among, line, points, emotion = states[k % len(states)]
        shared_cache().clear()
        forget_readings()
        scorer.score(ScoreInput(reply=text, partner=line, key_points=points, emotion=emotion))
        if among is not None and not among:
            continue
        if mode == "match":
            matcher.matched(text, among)
        matched += 1
print(matched)
"""


def instructions(src: Path, step: int, mode: str, sets: list[str]) -> tuple[int, int]:
    """Instructions of one child run, and the replies it matched (or would have)."""
    count, out = callgrind(CHILD, [str(src), str(REPO / "benchmarks"), str(step), mode, *sets])
    return count, int(out.split()[-1])


def per_reply(src: Path, step: int, sets: list[str]) -> float:
    both, replies = instructions(src, step, "match", sets)
    scoring, _ = instructions(src, step, "score", sets)
    return (both - scoring) / max(replies, 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, help="another checkout, counted the same way")
    parser.add_argument("--step", type=int, default=3, help="every N-th reply of each set")
    parser.add_argument(
        "--sets",
        nargs="+",
        default=["intent_sets", "library_intents"],
        help="folders of benchmarks/ (readable sets only)",
    )
    args = parser.parse_args(argv)
    if args.step < 1:
        parser.error("--step must be 1 or more")
    if shutil.which("valgrind") is None:
        print("SKIPPED: valgrind not installed (apt-get install valgrind)")
        return 0
    print(f"sets: {', '.join(args.sets)}; every {args.step} reply; hash seed 0")
    this = per_reply(REPO / "src", args.step, args.sets)
    print(f"this checkout: {this / 1e3:.1f} k instructions per reply matched")
    if args.baseline is not None:
        base = per_reply(args.baseline.resolve() / "src", args.step, args.sets)
        print(f"baseline {args.baseline}: {base / 1e3:.1f} k instructions per reply matched")
        print(f"this / baseline: {this / base:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
