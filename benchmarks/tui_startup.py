"""TUI benchmarks, each measured side by side with a minimal Textual app in the same run.

    .venv/bin/python benchmarks/tui_startup.py [--runs 9] [--turns 30] [--only startup|session]
        [--baseline OTHER_CHECKOUT]

1. Start-up: a fresh process until the first screen is painted (headless driver; the time to
   exit is not counted). ``minimal`` is a Textual app with one Static. ``roleplay picker``
   imports the CLI (what the console script pays) and reports once the picker is painted;
   ``picker + list`` once it is painted with the scenario list in it (the catalogue's cache
   exists, as on every start but the first); ``first start`` the same with an empty data
   folder (the library is read and validated in a worker); ```roleplay` (storage)`` is the path
   the console script takes (database, best scores, resume check) until the list is painted.
   Median of N interleaved runs. ``--baseline`` adds the two target rows measured with another
   checkout's ``src`` (e.g. ``git worktree add /tmp/base main``) in the same interleaved runs,
   so a change is compared with what it changes side by side. With ``--only session`` it
   runs the reply -> score card session (lexical scorer) N times each, alternately.
   Every start-up child runs from cached bytecode, as an installed roleplay does: the children share a
   ``PYTHONPYCACHEPREFIX`` folder filled by the warm-up runs (with ``PYTHONDONTWRITEBYTECODE``
   set, as in some shells and CI, roleplay's modules were compiled from source in every run
   while Textual's came from its installed ``.pyc`` files).
2. Reply -> score card: from the Enter key being posted to the app (as the terminal driver
   posts a key; Textual's pilot would also wait for every widget inside the window) until the
   end of the first paint with the new score card on screen (in the compositor's visible
   map), over a 30-turn session (median, p95 and max), next to the scorer's own time (the rest is the key's way to
   the screen, the worker thread hand-off, mounting, layout and paint) and the UI thread's own
   CPU time in between (less sensitive to other processes on a busy machine than the wall
   time). Enter is pressed 50 ms after the reply is typed, as a person would: pressed within
   the frame that drew the last key, it would wait for the next frame (Textual paints at most
   60 times a second). Work the app does between a card's paint and the next Enter (a full
   garbage collection, tui/idle_gc.py) delays the next Enter's handling, so it is in the next
   card's time when it is not finished by then. The first reply is sent :data:`READING`
   seconds after the conversation is painted (a learner reads the opening line and types a
   reply first; the app warms the scorer meanwhile); ``back to back`` is the same session with
   the first reply sent at once, as this benchmark did before.
3. Peak memory (ru_maxrss) of a process that plays a 30-turn session vs one that runs the
   minimal app. The scenario is a file in a library the picker's code scanned in an earlier
   process, loaded as the picker's Enter loads it (from the play cache: no pydantic, no YAML);
   ``first start`` reads and validates its YAML in the same process instead.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PY = sys.executable

MINIMAL = """
import sys
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("hello")
    def on_mount(self):
        self.call_after_refresh(self.painted)
    def painted(self):
        import time
        print("painted", time.process_time(), flush=True)
        self.exit()
Minimal().run(headless=True, size=(100, 30))
"""

# Both roleplay children report from inside the picker, without polling (a polling timer would
# compete with the worker that reads the library): "picker" once the picker is painted,
# "list" once it is painted with the scenario list in it.
REPORT_PAINT = """
import sys
from roleplay.tui.screens.picker import PickerScreen
WAIT_FOR_LIST = sys.argv[1] == "list"
MOUNT, FILL = PickerScreen.on_mount, PickerScreen._fill
def painted():
    import time
    print("painted", time.process_time(), flush=True)
def report(screen):
    screen.app.call_after_refresh(painted)
    screen.app.call_after_refresh(screen.app.exit)
async def on_mount(self):
    mounted = MOUNT(self)
    if mounted is not None:  # an async handler (the picker composes its footer's keys in it)
        await mounted
    if not WAIT_FOR_LIST:
        report(self)
def fill(self):
    FILL(self)
    if WAIT_FOR_LIST and self.shown:
        report(self)
PickerScreen.on_mount, PickerScreen._fill = on_mount, fill
"""

ROLEPLAY = (
    """
import roleplay.cli  # what the console script imports before anything else
from roleplay.tui.app import RoleplayApp
"""
    + REPORT_PAINT
    + """
RoleplayApp().run(headless=True, size=(100, 30))
"""
)

# The path `roleplay` takes with no arguments (`roleplay.cli.main([])`: storage wiring, database,
# best scores, resume check, around the same app). Only `run` is made headless, and stdin (a
# pipe here) is taken for a terminal.
ROLEPLAY_CLI = (
    """
import sys
import roleplay.cli
import roleplay.cli.play as play
import roleplay.tui.resume_app as resume
"""
    + REPORT_PAINT
    + """
class Bench(resume.ResumeAwareApp):
    def run(self, **kwargs):
        return super().run(headless=True, size=(100, 30))
resume.ResumeAwareApp = Bench
play.stdin_is_terminal = lambda: True
sys.exit(roleplay.cli.main([]))
"""
)

# A loop so a session can run 30 turns without reaching an ending (benchmark fixture only).
LOOP_SCENARIO = """
id: bench_loop
title: Benchmark loop
summary: Thirty turns without an ending.
learner: {role: Engineer}
counterpart: {name: Sam, role: Manager, interests: [finish on time]}
meters: {trust: 50, patience: 50}
max_turns: 40
start: talk
states:
  talk:
    say: ["We need this by Friday and the budget is fixed.", "Friday. Fixed budget. Again."]
    key_points: [Friday, budget]
    emotion: stressed
    hint: Reflect the deadline.
    transitions:
      - when: {overall: ">= 60"}
        to: talk
        effects: {trust: +2}
      - to: talk
        effects: {trust: -2}
  done:
    say: Done.
    end: success
"""

# Seconds between the conversation's first paint and the first reply's Enter: reading a
# two-sentence opening line and typing a reply take longer (about 1 s and 10 s or more).
READING = 2.0

REPLIES = [
    "I hear you: Friday and a fixed budget. That sounds stressful. What matters most to you?",
    "No. Take it or leave it.",
    "Could we look at options together, maybe a smaller scope by Friday?",
]

SESSION = """
import asyncio, resource, sys, json, time
sys.path.insert(0, %(repo)r)
TURNS = int(sys.argv[1])
ENCODER = sys.argv[2] == "encoder"
LIBRARY = sys.argv[3]  # a folder with the loop scenario; "" : read its YAML (pydantic) here
READING = float(sys.argv[4])  # seconds before the first reply (the learner reads and types)
async def main():
    if not ENCODER:  # the lexical scorer, and no encoder warm-up: the app without the encoder
        import os
        import roleplay.nlp
        os.environ["ROLEPLAY_SCORER"] = "lexical"
        roleplay.nlp.warm_up_in_background = lambda: None
    from benchmarks.tui_startup import LOOP_SCENARIO, REPLIES
    from roleplay.engine import compile_scenario
    from roleplay.tui.app import RoleplayApp
    from roleplay.tui.config import TuiConfig
    from roleplay.tui.screens.conversation import ConversationScreen
    from roleplay.tui.widgets.reply_input import ReplyInput
    from roleplay.tui.widgets.score_card import ScoreCard
    from textual.events import Key

    # Instrument from outside: Enter handled -> the first paint of the screen with the new score
    # card on it (the card is in the compositor's visible map when that paint ends).
    from textual.screen import Screen
    marks = {}
    submitted = ConversationScreen.on_reply_submitted
    def on_reply_submitted(self, message):
        marks["t0"], marks["c0"] = time.perf_counter(), time.thread_time()
        submitted(self, message)
    ConversationScreen.on_reply_submitted = on_reply_submitted
    paint = Screen._compositor_refresh
    def compositor_refresh(self):
        paint(self)
        if "t0" in marks and "t1" not in marks and isinstance(self, ConversationScreen):
            # Time the paint's end before looking for the card: the query walks the whole DOM,
            # which is the benchmark's own work (and grows with the chat).
            painted, cpu = time.perf_counter(), time.thread_time()
            cards = self.query(ScoreCard)
            if len(cards) > marks["cards"] and cards.last() in self._compositor.visible_widgets:
                marks["t1"], marks["c1"] = painted, cpu
    Screen._compositor_refresh = compositor_refresh

    if LIBRARY:  # what the picker's Enter does on a start after the first (CatalogueEntry.load)
        from pathlib import Path
        from roleplay.scenario.catalogue import cached_catalogue
        entries = cached_catalogue(Path(LIBRARY))
        assert entries is not None, "the library was not scanned first"
        loaded = entries[0].load()
    else:  # the first start: the file is read and validated (the picker's scan does this)
        from roleplay.scenario import load_text
        loaded = load_text(LOOP_SCENARIO)
    app = RoleplayApp(compile_scenario(loaded), seed=1, config=TuiConfig())
    times, scorer, ui_cpu = [], [], []
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        screen = app.screen
        await asyncio.sleep(READING)
        for i in range(TURNS):
            marks.clear()
            marks["cards"] = len(screen.query(ScoreCard))
            screen.query_one(ReplyInput).insert(REPLIES[i %% len(REPLIES)])
            # A person presses Enter well after the reply's last key was drawn (keys are 100 ms
            # or more apart); pressing it in the same frame would add a wait for the next frame.
            await pilot.pause(0.05)
            # Enter reaches the app as a terminal's key does (the driver posts it). Not
            # pilot.press: after the key it waits for every widget of the screen, a message to
            # each (about 100 at turn 30), on the UI thread inside the measured time.
            pressed, pressed_cpu = time.perf_counter(), time.thread_time()
            app.post_message(Key("enter", None))
            while "t1" not in marks:
                await asyncio.sleep(0.0005)
            times.append(marks["t1"] - pressed)
            ui_cpu.append(marks["c1"] - pressed_cpu)  # the UI thread's own CPU time in between
            scorer.append(screen.last_score_seconds)
        assert screen.session.turn == TURNS, screen.session.turn
    print(json.dumps({"card": times, "scorer": scorer, "ui_cpu": ui_cpu,
                      "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
asyncio.run(main())
"""

MINIMAL_MEMORY = """
import asyncio, resource, json
from textual.app import App
from textual.widgets import Static
class Minimal(App):
    def compose(self):
        yield Static("hello")
async def main():
    app = Minimal()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    print(json.dumps({"maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
asyncio.run(main())
"""


def _bytecode_folder() -> str:
    import tempfile

    global _BYTECODE
    if _BYTECODE is None:
        _BYTECODE = tempfile.mkdtemp(prefix="rp_bench_pyc_")
    return _BYTECODE


_BYTECODE: str | None = None


def _env(
    home: str | None = None, source: str | None = None, *, cached_bytecode: bool = False
) -> dict[str, str]:
    """The child's environment: its own data folder, for start-up cached bytecode (see the
    module's docstring) and, for a baseline, the other checkout's ``src`` first on the path."""
    import os
    import tempfile

    env = dict(os.environ)
    home = home or tempfile.mkdtemp(prefix="rp_bench_")
    env["ROLEPLAY_HOME"] = home
    env["ROLEPLAY_CONFIG"] = str(Path(home) / "config.toml")
    if cached_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = _bytecode_folder()
    if source is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [source, env.get("PYTHONPATH")]))
    return env


def _time_process(
    code: str, *args: str, home: str | None = None, source: str | None = None
) -> tuple[float, float]:
    """Seconds from spawning the process until it reports its first paint (exit not counted),
    and the CPU seconds the process had used by then (its own, interpreter start included)."""
    env = _env(home, source, cached_bytecode=True)
    started = time.perf_counter()
    with subprocess.Popen(
        [PY, "-c", code, *args], env=env, cwd=REPO, stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        painted = time.perf_counter()
        proc.wait()
    word, _, cpu = line.partition(" ")
    if word != "painted":
        raise RuntimeError(f"benchmark child did not paint: {line!r}")
    return painted - started, float(cpu)


def startup(runs: int, baseline: str | None = None) -> dict[str, tuple[float, float]]:
    """Median seconds to first paint of each start-up, runs interleaved, and the median CPU
    seconds the process used until then (less sensitive than the wall time to the other
    processes of a busy machine; frame waits are not in it).

    ``list-cold`` starts with an empty data folder each time (the first start after installing
    or after every scenario file changed: the library is read and validated); ``list`` and
    ``cli`` keep one data folder each, so the catalogue's cache and the database exist, as on
    every later start. With ``baseline`` (another checkout's ``src``), ``base-list`` and
    ``base-cli`` are the same two starts of that code, in the same rounds.
    """
    import tempfile

    kinds = ["minimal", "picker", "list", "list-cold", "cli"]
    if baseline is not None:
        kinds += ["base-list", "base-cli"]
    samples: dict[str, list[tuple[float, float]]] = {k: [] for k in kinds}
    homes = {k: tempfile.mkdtemp(prefix=f"rp_bench_{k}_") for k in ("list", "cli")}
    base_homes = {k: tempfile.mkdtemp(prefix=f"rp_bench_base_{k}_") for k in ("list", "cli")}
    _time_process(MINIMAL)  # warm the OS file cache and write the bytecode
    _time_process(ROLEPLAY, "list", home=homes["list"])  # writes the catalogue's cache
    _time_process(ROLEPLAY_CLI, "list", home=homes["cli"])  # creates the database and the cache
    if baseline is not None:
        _time_process(ROLEPLAY, "list", home=base_homes["list"], source=baseline)
        _time_process(ROLEPLAY_CLI, "list", home=base_homes["cli"], source=baseline)
    for _ in range(runs):
        samples["minimal"].append(_time_process(MINIMAL))
        samples["picker"].append(_time_process(ROLEPLAY, "picker", home=homes["list"]))
        samples["list"].append(_time_process(ROLEPLAY, "list", home=homes["list"]))
        samples["list-cold"].append(_time_process(ROLEPLAY, "list"))
        samples["cli"].append(_time_process(ROLEPLAY_CLI, "list", home=homes["cli"]))
        if baseline is not None:
            for kind, code in (("list", ROLEPLAY), ("cli", ROLEPLAY_CLI)):
                took = _time_process(code, "list", home=base_homes[kind], source=baseline)
                samples[f"base-{kind}"].append(took)
    return {
        k: (statistics.median(t for t, _ in v), statistics.median(c for _, c in v))
        for k, v in samples.items()
    }


def _json_process(
    code: str, *args: str, home: str | None = None, source: str | None = None
) -> dict[str, object]:
    out = subprocess.run(
        [PY, "-c", code, *args],
        check=True,
        env=_env(home, source),
        cwd=REPO,
        capture_output=True,
        text=True,
    )
    result: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _scanned_library() -> tuple[str, str]:
    """A data folder and a library holding the loop scenario, scanned once by the picker's code
    (as on a first start), so the session children play it as every later start does."""
    import tempfile

    home = tempfile.mkdtemp(prefix="rp_bench_play_")
    library = Path(home) / "library"
    library.mkdir()
    (library / "bench_loop.yaml").write_text(LOOP_SCENARIO, encoding="utf-8")
    scan = "import sys; from pathlib import Path; from roleplay.scenario.catalogue import load_catalogue; load_catalogue(Path(sys.argv[1]))"
    subprocess.run([PY, "-c", scan, str(library)], check=True, env=_env(home), cwd=REPO)
    return home, str(library)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--turns", type=int, default=30)
    parser.add_argument(
        "--baseline",
        metavar="CHECKOUT",
        help="also time picker + list, `roleplay` and (with --only session) reply -> score card"
        " with this checkout's src (side by side)",
    )
    parser.add_argument(
        "--only",
        choices=["startup", "session"],
        help="run only the start-up part, or only the session part (score card and memory)",
    )
    args = parser.parse_args(argv)

    baseline = None if args.baseline is None else str(Path(args.baseline).resolve() / "src")
    if args.only != "session":
        _print_startup(startup(args.runs, baseline), args.runs)
    if args.only != "startup":
        if baseline is not None and args.only == "session":
            _print_cards_side_by_side(args.turns, args.runs, baseline)
        else:
            _print_session(args.turns)
    return 0


def _print_cards_side_by_side(turns: int, runs: int, baseline: str) -> None:
    """Reply -> score card with the lexical scorer, this checkout's and the baseline's session
    run alternately ``runs`` times each: the median of the runs' medians of each. Both read the
    scenario's YAML in the process (a play cache written by one checkout's code is not the
    other's); that is before the first turn, so it does not touch the card's times."""
    code = SESSION % {"repo": str(REPO)}
    found: dict[str, dict[str, list[float]]] = {
        name: {"outside": [], "ui": [], "p95": [], "max": []}
        for name in ("baseline", "this checkout")
    }
    for _ in range(runs):
        for name, source in (("baseline", baseline), ("this checkout", None)):
            result = _json_process(code, str(turns), "lexical", "", str(READING), source=source)
            card = [float(x) for x in result["card"]]  # type: ignore[attr-defined]
            scorer = [float(x) for x in result["scorer"]]  # type: ignore[attr-defined]
            ui_cpu = [float(x) for x in result["ui_cpu"]]  # type: ignore[attr-defined]
            outside = [c - t for c, t in zip(card, scorer, strict=True)]
            found[name]["outside"].append(statistics.median(outside))
            found[name]["ui"].append(statistics.median(ui_cpu))
            found[name]["p95"].append(statistics.quantiles(card, n=20)[-1])
            found[name]["max"].append(max(card))
    print(f"reply -> score card, {turns} turns, lexical scorer, {runs} runs each, alternately:")
    for name, got in found.items():
        print(
            f"  {name:<14} outside the scorer {statistics.median(got['outside']) * 1000:5.1f} ms,"
            f" UI thread CPU {statistics.median(got['ui']) * 1000:5.1f} ms (medians of the runs);"
            f" p95 {statistics.median(got['p95']) * 1000:5.1f} ms (median of the runs),"
            f" max {max(got['max']) * 1000:5.1f} ms"
        )


def _print_startup(s: dict[str, tuple[float, float]], runs: int) -> None:
    print(f"start-up to first paint, median of {runs} interleaved runs (headless, 100x30):")
    print(f"  {'':<28} {'wall':>9} {'ratio':>6}   {'CPU':>7} {'ratio':>6}")
    rows = [
        ("minimal", "minimal Textual app"),
        ("picker", "roleplay picker"),
        ("list", "roleplay picker + list"),
        ("list-cold", "  the same, first start"),
        ("cli", "`roleplay` (storage), list"),
        ("base-list", "picker + list, baseline"),
        ("base-cli", "`roleplay`, baseline"),
    ]
    wall0, cpu0 = s["minimal"]
    for key, label in (row for row in rows if row[0] in s):
        wall, cpu = s[key]
        print(
            f"  {label:<28} {wall * 1000:6.0f} ms {wall / wall0:5.2f}x"
            f"   {cpu * 1000:4.0f} ms {cpu / cpu0:5.2f}x"
        )


def _print_session(turns: int) -> None:
    home, library = _scanned_library()
    code = SESSION % {"repo": str(REPO)}
    reading = str(READING)
    session = _json_process(code, str(turns), "lexical", library, reading, home=home)
    first = _json_process(code, str(turns), "lexical", "", reading)
    product = _json_process(code, str(turns), "encoder", library, reading, home=home)
    at_once = _json_process(code, str(turns), "encoder", library, "0", home=home)
    minimal = _json_process(MINIMAL_MEMORY)
    min_kb = int(minimal["maxrss_kb"])  # type: ignore[call-overload]
    sessions = (
        ("lexical scorer, no encoder", session),
        ("semantic + encoder", product),
        ("semantic + encoder, back to back", at_once),
    )
    print(
        f"(the first reply is sent {READING:g} s after the conversation is painted; back to back: at once)"
    )
    for label, result in sessions:
        card = [float(x) for x in result["card"]]  # type: ignore[attr-defined]
        scorer = [float(x) for x in result["scorer"]]  # type: ignore[attr-defined]
        ui_cpu = [float(x) for x in result["ui_cpu"]]  # type: ignore[attr-defined]
        print(f"reply -> score card on screen, {len(card)} turns, {label}:")
        print(
            f"  median {statistics.median(card) * 1000:.1f} ms,"
            f" p95 {statistics.quantiles(card, n=20)[-1] * 1000:.1f} ms, max {max(card) * 1000:.1f} ms,"
            f" first {card[0] * 1000:.1f} ms"
            f"  (scorer alone: median {statistics.median(scorer) * 1000:.1f} ms;"
            f" outside it: median {statistics.median(c - t for c, t in zip(card, scorer, strict=True)) * 1000:.1f} ms;"
            f" UI thread CPU: median {statistics.median(ui_cpu) * 1000:.1f} ms)"
        )
    print("peak memory (ru_maxrss):")
    print(f"  minimal Textual app              {min_kb / 1024:7.1f} MiB")
    memory = (
        ("lexical scorer, no encoder", session),
        ("  the same, first start", first),
        ("semantic + encoder", product),
    )
    for label, result in memory:
        rp_kb = int(result["maxrss_kb"])  # type: ignore[call-overload]
        print(f"  {turns} turns, {label:<26} {rp_kb / 1024:5.1f} MiB   ratio {rp_kb / min_kb:.2f}x")


if __name__ == "__main__":
    sys.exit(main())
