"""CPU instructions per reply of the semantic scorer, counted by valgrind, side by side.

    .venv/bin/python benchmarks/scorer_instructions.py [--baseline OTHER_CHECKOUT] [--limit N]
        [--partner cold|warm|both]

On a busy machine the times of `semantic_speed.py` move by 10-30% from one round to the next,
more than a speed change of a few percent. The number of instructions does not: each checkout's
scorer (its own `src`) scores the first N casino + receptiveness replies once to warm up and
once more, under `valgrind --tool=callgrind` with a fixed hash seed; the same run with the
warm-up only is subtracted, so start-up (imports, loading the encoder, encoding the act bank)
drops out and what is left is one warm pass, divided by N. Each reply gets a fresh encoding
cache, as in `semantic_speed.py` (its encoding is included). Skips when valgrind or the data
folder is absent. Takes a few minutes per checkout.

`--partner cold` (the default) counts each reply with its partner line never seen before: the
benchmark's partner lines differ from reply to reply, and a checkout that keeps readings per
partner line (scoring/partner_lines.py) has them forgotten before each reply. `--partner warm`
counts a reply to a line already read, as in play, where every reply to a scenario state
answers the same line: before each reply another reply (from half the list away) is scored
against the same line with the same encoding cache, which then holds the line's rows as the
process-wide cache does in play; that priming run alone is subtracted.

`--encoder` also counts one forward pass of the encoder on each reply (its sentences split and
encoded, as `semantic_speed.py`'s "encoder forward pass"), the same way (two passes less one,
so the word pieces are known as they are to the scorer's warm pass), and prints the scorer's
count over it: issue 11's target is 1.5x.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from roleplay.scoring.labelled_data import default_data_dir  # noqa: E402

CHILD = """
import sys
from pathlib import Path
src, data, passes, limit, mode = (
    sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
)
sys.path.insert(0, src)
from roleplay.nlp import EncodingCache, get_encoder
from roleplay.scoring import LexicalScorer, ScoreInput
from roleplay.scoring.acts import act_bank
from roleplay.scoring.labelled_data import load_set
from roleplay.scoring.semantic import SemanticScorer
try:
    from roleplay.scoring.partner_lines import forget_partner_lines
except ImportError:  # a checkout from before the per-line stores
    forget_partner_lines = lambda: None
try:
    from roleplay.nlp.memo import forget_readings
except ImportError:  # a checkout from before readings were kept per text
    forget_readings = lambda: None
rows = load_set(data, "casino") + load_set(data, "receptiveness")
items = [ScoreInput(r.reply, r.partner) for r in rows][:limit]
encoder, bank, lexical = get_encoder(), act_bank(), LexicalScorer()
def score(item, cache):
    SemanticScorer(
        lexicon=lexical.lexicon, weights=lexical.weights, bank=bank, cache=cache
    ).score(item)
if mode == "cold":
    for _ in range(passes):
        for item in items:
            forget_partner_lines()
            forget_readings()
            score(item, EncodingCache(encoder))
else:  # warm: passes 1 primes only, passes 2 primes and scores (see the docstring)
    for item in items:
        score(item, EncodingCache(encoder))
    forget_partner_lines()
    forget_readings()
    for i, item in enumerate(items):
        cache = EncodingCache(encoder)
        other = items[(i + len(items) // 2) % len(items)].reply
        score(ScoreInput(other, item.partner), cache)
        if passes == 2:
            score(item, cache)
"""
ENCODER_CHILD = """
import sys
from pathlib import Path
src, data, passes, limit = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
sys.path.insert(0, src)
from roleplay.nlp import get_encoder
from roleplay.nlp.sentences import split_sentences
from roleplay.scoring.labelled_data import load_set
rows = load_set(data, "casino") + load_set(data, "receptiveness")
replies = [r.reply for r in rows][:limit]
encoder = get_encoder()
for _ in range(passes):
    for reply in replies:
        encoder.encode([reply[s:e] for s, e in split_sentences(reply)])
"""
_COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(src: Path, data: Path, passes: int, limit: int, mode: str) -> int:
    """Instructions of one child run that scores the replies `passes` times."""
    return callgrind(CHILD, [str(src), str(data), str(passes), str(limit), mode])[0]


def callgrind(child: str, args: list[str]) -> tuple[int, str]:
    """Run ``python -c child *args`` under callgrind: its instruction count and its stdout."""
    # one BLAS thread: numpy's worker threads spin while they wait, and valgrind counts the
    # spinning, so with them the count grew with the machine's load (3.4 M to 8.8 M per reply
    # for the same checkout in one busy session)
    threads = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONPATH="", **threads)
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            child,
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    found = _COLLECTED.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind printed no instruction count:\n{done.stderr[-2000:]}")
    return int(found.group(1)), done.stdout


def encoder_per_reply(src: Path, data: Path, limit: int) -> float:
    """Instructions of one encoder forward pass per reply (ENCODER_CHILD)."""
    args = [str(src), str(data)]
    two = callgrind(ENCODER_CHILD, [*args, "2", str(limit)])[0]
    one = callgrind(ENCODER_CHILD, [*args, "1", str(limit)])[0]
    return (two - one) / limit


def per_reply(src: Path, data: Path, limit: int, mode: str) -> float:
    return (
        instructions(src, data, 2, limit, mode) - instructions(src, data, 1, limit, mode)
    ) / limit


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(REPO))
    parser.add_argument("--baseline", type=Path, help="another checkout, counted the same way")
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--partner", choices=("cold", "warm", "both"), default="cold")
    parser.add_argument(
        "--encoder", action="store_true", help="count one encoder pass a reply too, and the ratio"
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("SKIPPED: valgrind not installed (apt-get install valgrind)")
        return 0
    if not (args.data / "casino" / "dev.csv").exists():
        print(f"SKIPPED: labelled data not found at {args.data} (replies to score come from it)")
        return 0
    print(f"replies: {args.limit} (casino + receptiveness), one warm pass, hash seed 0")
    encoder = encoder_per_reply(REPO / "src", args.data, args.limit) if args.encoder else None
    if encoder is not None:
        print(f"one encoder forward pass: {encoder / 1e6:.3f} M instructions per reply")
    for mode in ("cold", "warm") if args.partner == "both" else (args.partner,):
        print(f"partner line: {mode}")
        this = per_reply(REPO / "src", args.data, args.limit, mode)
        print(f"this checkout: {this / 1e6:.3f} M instructions per reply")
        if encoder is not None:
            print(f"this checkout / one encoder pass: {this / encoder:.2f}x (target 1.5x)")
        if args.baseline is not None:
            base = per_reply(args.baseline.resolve() / "src", args.data, args.limit, mode)
            print(f"baseline {args.baseline}: {base / 1e6:.3f} M instructions per reply")
            print(f"this / baseline: {this / base:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
