"""How `roleplay validate` (load + lint) grows with the size of a scenario.

    .venv/bin/python benchmarks/validate_scale.py [--base OTHER_SRC] [--sizes 500,1000,2000,4000]

Writes generated scenarios of each size (a tree of states, each with conditional transitions
on intents, scores and meters, and effects; two success and two failure endings) to a temporary folder, then runs `roleplay validate FILE` on each in a fresh process and prints the CPU time
of the child (user + sys), the best of `--repeat` runs.

A 10-state scenario is timed too, as the cost of starting the command; "growth" is the work
above that, (time(n) - start) / (time(first) - start), divided by n / first: near 1 for linear
code, growing with n for super-linear code. With
`--base` (the `src` folder of another checkout, e.g. a worktree of main) both are measured side
by side, run after run, and the ratio base / this is printed per size.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
START = 10  # states: what starting the command costs

HEAD = """\
id: scale_{n}
title: Generated scenario with {n} states
summary: A long generated conversation for measuring how validation scales.
learner: {{role: Engineering lead}}
counterpart:
  name: Dana
  role: Finance director
  interests: [meet the board's target]
meters: {{trust: 50, patience: 60}}
pass_score: 50
start: s0
intents:
  offer_split:
    examples: ["What if we split it over two quarters?", "Half now and half later?",
               "Could we phase the reduction?"]
  ask_need:
    examples: ["What does the board need to see?", "What matters most to you here?",
               "Help me understand the deadline."]
states:
"""

STATE = (
    '  s{i}: {{say: "Item {i}?", transitions: [{{when: {{{cond}}}, to: {a}, effects: {{trust: 5}}}}, '
    "{{to: {b}, effects: {{patience: -5}}}}]}}\n"
)
CONDITIONS = (  # each can hold and can fail in every state, so no subtree is cut off
    "said: offer_split",
    'collaboration: ">=50", trust: ">=50"',
    "said: ask_need",
    'overall: ">=60", patience: "<=60"',
    'empathy: ">=40"',
)

ENDINGS = """\
  win_0: {say: Deal., end: success, debrief: You phased it.}
  win_1: {say: Agreed., end: success, debrief: You found the interest.}
  fail_0: {say: I'll take it to the CFO., end: failure, debrief: She escalated.}
  fail_1: {say: We're done here., end: failure, debrief: Patience ran out.}
"""


def scenario(n: int) -> str:
    """A scenario of ``n`` states shaped as a binary tree (state i leads to 2i+1 when its
    condition holds, else to 2i+2; past the last state to the endings), so every state is
    reachable within log2(n) turns and it validates without errors. Lean (about 190 bytes and
    24 values a state), so 4,000 states stay under the loader's limits (1 MB, 100,000 values).
    """
    parts = [HEAD.format(n=n)]
    for i in range(n):
        a = f"s{2 * i + 1}" if 2 * i + 1 < n else f"win_{i % 2}"
        b = f"s{2 * i + 2}" if 2 * i + 2 < n else f"fail_{i % 2}"
        parts.append(STATE.format(i=i, cond=CONDITIONS[i % len(CONDITIONS)], a=a, b=b))
    parts.append(ENDINGS)
    return "".join(parts)


def cpu_of_run(src: Path, file: Path) -> tuple[float, int]:
    """CPU seconds (user + sys) of one `roleplay validate FILE` in a fresh process, and its
    exit code."""
    env = {**os.environ, "PYTHONPATH": str(src), "ROLEPLAY_SCORER": "fixed"}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-m", "roleplay", "validate", str(file)],
        env=env,
        capture_output=True,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, done.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, help="the src folder of another checkout")
    parser.add_argument("--sizes", default="500,1000,2000,4000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    everything = [START, *sizes]
    trees = {"this": REPO / "src"}
    if args.base is not None:
        trees["base"] = args.base.resolve()
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for n in everything:
            files[n] = Path(tmp) / f"scale_{n}.yaml"
            files[n].write_text(scenario(n), encoding="utf-8")
        best: dict[tuple[str, int], float] = {}
        codes: dict[tuple[str, int], int] = {}
        for _ in range(args.repeat):
            for n in everything:
                for name, src in trees.items():
                    cpu, code = cpu_of_run(src, files[n])
                    key = (name, n)
                    best[key] = min(best.get(key, cpu), cpu)
                    codes[key] = code
    first = sizes[0]
    header = f"{'states':>7} " + " ".join(f"{name + ' cpu s':>11} {'growth':>7}" for name in trees)
    print(header + ("  base/this" if "base" in trees else ""))
    for n in sizes:
        cells = []
        for name in trees:
            start = best[(name, START)]
            growth = ((best[(name, n)] - start) / (best[(name, first)] - start)) / (n / first)
            cells.append(f"{best[(name, n)]:11.2f} {growth:7.2f}")
        ratio = f"  {best[('base', n)] / best[('this', n)]:9.2f}" if "base" in trees else ""
        print(f"{n:7d} " + " ".join(cells) + ratio)
    print("exit codes:", {f"{k[0]}:{k[1]}": v for k, v in sorted(codes.items())})
    starts = ", ".join(f"{name} {best[(name, START)]:.2f} s" for name in trees)
    print(f"start ({START} states): {starts}")
    print("growth: ((time(n) - start) / (time(first) - start)) / (n / first); near 1 is linear")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
