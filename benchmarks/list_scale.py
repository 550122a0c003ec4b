"""How long `roleplay list` takes on a big library, cold (no cache yet) and warm.

    .venv/bin/python benchmarks/list_scale.py [--base OTHER_SRC] [--copies 25] [--repeat 3]

Writes `--copies` copies of every shipped scenario (each with its own id: 12 x 25 = 300 files)
to a temporary folder, points ROLEPLAY_SCENARIOS at it, and runs `roleplay list` in a fresh
process: "cold" with an empty ROLEPLAY_HOME (no catalogue cache), "warm" right after, with the
cache the cold run left. Prints the CPU time of the child (user + sys), the best of `--repeat`
runs, so the numbers hold on a busy machine. With `--base` (the `src` folder of another
checkout, e.g. a worktree of main) both are measured side by side, run after run, and the ratio
base / this is printed. The outputs of both trees are compared too (they must be the same).

It also times, in this process, reading every file of that folder with the loader's two YAML
parsers (libyaml's events, and the pure-Python parser the loader falls back on), side by side.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def make_library(folder: Path, copies: int) -> int:
    count = 0
    for path in sorted((REPO / "scenarios").glob("*.yaml")):
        if path.name.endswith(".tests.yaml"):
            continue
        text = path.read_text(encoding="utf-8")
        for i in range(copies):
            new_id = f"{path.stem}_{i}"
            renamed = re.sub(rf"^id: {path.stem}$", f"id: {new_id}", text, flags=re.M)
            (folder / f"{new_id}.yaml").write_text(renamed, encoding="utf-8")
            count += 1
    return count


def run_list(src: Path, library: Path, home: Path) -> tuple[float, str]:
    """CPU seconds (user + sys) of one `roleplay list` in a fresh process, and its output."""
    env = {
        **os.environ,
        "PYTHONPATH": str(src),
        "ROLEPLAY_SCENARIOS": str(library),
        "ROLEPLAY_HOME": str(home),
    }
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(
        [sys.executable, "-m", "roleplay", "list"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, f"{done.returncode}\n{done.stdout}{done.stderr}"


def parsers(library: Path) -> tuple[float, float]:
    """Seconds to read every file of ``library`` with libyaml's events and without."""
    sys.path.insert(0, str(REPO / "src"))
    from roleplay.scenario import yaml_source

    texts = [(p.read_text(encoding="utf-8"), p.name) for p in sorted(library.glob("*.yaml"))]
    timed = []
    for parser in ("libyaml", "python"):
        saved = yaml_source._CParser
        if parser == "python":
            yaml_source._CParser = None
        try:
            start = time.process_time()
            for text, name in texts:
                yaml_source.parse_yaml(text, name)
            timed.append(time.process_time() - start)
        finally:
            yaml_source._CParser = saved
    return timed[0], timed[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, help="the src folder of another checkout")
    parser.add_argument("--copies", type=int, default=25)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    trees = {"this": REPO / "src"}
    if args.base is not None:
        trees["base"] = args.base.resolve()
    best: dict[tuple[str, str], float] = {}
    outputs: dict[str, set[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        library = Path(tmp, "library")
        library.mkdir()
        count = make_library(library, args.copies)
        for r in range(args.repeat):
            for name, src in trees.items():
                home = Path(tmp, f"home_{name}_{r}")
                for kind in ("cold", "warm"):
                    cpu, out = run_list(src, library, home)
                    best[(name, kind)] = min(best.get((name, kind), cpu), cpu)
                    outputs.setdefault(name, set()).add(out)
        fast, slow = parsers(library)
    print(f"`roleplay list` over {count} scenario files, CPU seconds, best of {args.repeat}")
    print(
        f"{'':6}" + "".join(f"{name:>10}" for name in trees) + ("  base/this" if args.base else "")
    )
    for kind in ("cold", "warm"):
        cells = "".join(f"{best[(name, kind)]:10.2f}" for name in trees)
        ratio = f"  {best[('base', kind)] / best[('this', kind)]:9.2f}" if args.base else ""
        print(f"{kind:6}{cells}{ratio}")
    same = len({out for outs in outputs.values() for out in outs}) == 1
    print(f"same output from every run{' and both trees' if args.base else ''}: {same}")
    print(
        f"reading the {count} files in one process: libyaml events {fast:.2f} s, "
        f"pure-Python parser {slow:.2f} s ({slow / fast:.1f}x)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
