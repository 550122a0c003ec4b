"""Python calls on the UI thread from Enter to the score card's paint, side by side.

    .venv/bin/python benchmarks/tui_calls.py [--turns 30] [--baseline OTHER_CHECKOUT]

The session of ``tui_startup.py`` (the loop scenario, the lexical scorer, Enter posted as the
terminal driver posts it), with ``sys.setprofile`` counting every call the UI thread makes
(Python and C functions) from the Enter key being posted until the end of the first paint
with the new card on screen. The scorer runs on another thread and is not counted. Unlike
the times, the counts do not move with the load of the machine (they vary by a percent or so
with the order in which the score and the frame timer reach the UI thread), so a change to the
card's frame can be judged on a busy machine; ``--baseline`` counts another checkout's ``src``
in the same way. Prints the counts at turns 5, 15 and 29 and the mean of turns 4 to 30.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

COUNTING = """
import asyncio, json, os, sys
sys.path.insert(0, %(repo)r)
os.environ["ROLEPLAY_SCORER"] = "lexical"
import roleplay.nlp
roleplay.nlp.warm_up_in_background = lambda: None  # no encoder warm-up: the lexical app
from benchmarks.tui_startup import LOOP_SCENARIO, READING, REPLIES
from roleplay.engine import compile_scenario
from roleplay.scenario import load_text
from roleplay.tui.app import RoleplayApp
from roleplay.tui.config import TuiConfig
from roleplay.tui.screens.conversation import ConversationScreen
from roleplay.tui.widgets.reply_input import ReplyInput
from roleplay.tui.widgets.score_card import ScoreCard
from textual.events import Key
from textual.screen import Screen

calls = [0]
def count(frame, event, arg):
    if event == "call" or event == "c_call":
        calls[0] += 1
window = {}
paint = Screen._compositor_refresh
def compositor_refresh(self):
    paint(self)
    if "cards" in window and isinstance(self, ConversationScreen):
        sys.setprofile(None)  # the check below is the benchmark's own work
        cards = self.query(ScoreCard)
        if len(cards) > window["cards"] and cards.last() in self._compositor.visible_widgets:
            del window["cards"]
            window["painted"].set()
        else:
            sys.setprofile(count)
Screen._compositor_refresh = compositor_refresh

async def main():
    turns = int(sys.argv[1])
    app = RoleplayApp(compile_scenario(load_text(LOOP_SCENARIO)), seed=1, config=TuiConfig())
    counts = []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        await asyncio.sleep(READING)
        for i in range(turns):
            screen.query_one(ReplyInput).insert(REPLIES[i %% len(REPLIES)])
            await pilot.pause(0.05)
            window["cards"] = len(screen.query(ScoreCard))
            window["painted"] = asyncio.Event()
            calls[0] = 0
            sys.setprofile(count)
            app.post_message(Key("enter", None))
            await window["painted"].wait()  # one wake-up, not a polling loop in the window
            sys.setprofile(None)
            counts.append(calls[0])
    print(json.dumps(counts))
asyncio.run(main())
"""


def count_calls(turns: int, source: str | None = None) -> list[int]:
    """Calls per card over a ``turns``-turn session, with ``source`` first on the path."""
    env = None
    if source is not None:
        import os

        env = dict(os.environ, PYTHONPATH=source)
    code = COUNTING % {"repo": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(turns)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return [int(n) for n in json.loads(out.stdout.strip().splitlines()[-1])]


def _row(name: str, counts: list[int]) -> str:
    at = {turn: counts[turn - 1] for turn in (5, 15, 29) if turn <= len(counts)}
    mean = statistics.mean(counts[3:]) if len(counts) > 3 else statistics.mean(counts)
    cells = "".join(f"{at[turn] / 1000:9.1f}k" for turn in sorted(at))
    return f"  {name:<14}{cells}{mean / 1000:12.1f}k"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=30)
    parser.add_argument("--baseline", metavar="CHECKOUT", help="also count this checkout's src")
    args = parser.parse_args(argv)
    rows = []
    if args.baseline is not None:
        source = str(Path(args.baseline).resolve() / "src")
        rows.append(("baseline", count_calls(args.turns, source)))
    rows.append(("this checkout", count_calls(args.turns)))
    print(f"Python calls on the UI thread from Enter to the card's paint, {args.turns} turns:")
    print(f"  {'':<14}{'turn 5':>10}{'turn 15':>10}{'turn 29':>10}{'mean 4-30':>13}")
    for name, counts in rows:
        print(_row(name, counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
