"""Run every benchmark script in turn and print its output (``make bench``).

Each script measures side by side in one run and prints its own table; this runner only
sequences them and reports which ones failed. Nothing here asserts a time.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = [
    "agreement.py",
    "intents.py",
    "encoder_paraphrase.py",
    "speed.py",
    "memory.py",
    "storage_turn_save.py",
    "storage_history.py",
    "tui_startup.py",
    "tui_calls.py",
    "workshop_load.py",
]


def main() -> int:
    failed: list[str] = []
    for i, name in enumerate(SCRIPTS, 1):
        print(f"\n=== [{i}/{len(SCRIPTS)}] benchmarks/{name} ===", flush=True)
        code = subprocess.call([sys.executable, str(HERE / name)], cwd=HERE.parent)
        if code != 0:
            failed.append(f"{name} (exit {code})")
    if failed:
        print("\nfailed: " + ", ".join(failed), file=sys.stderr)
        return 1
    print("\nall benchmarks ran; copy the tables you want to keep into benchmarks/README.md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
