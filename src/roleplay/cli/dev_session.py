"""``roleplay dev PATH`` (and ``play PATH --watch``): play a scenario while editing it.

Every time the file changes it is reloaded. A broken file never ends the session: its
diagnostics are shown and the last good version keeps playing. A good new version replays the
replies given so far, so the trainer sees where the edited scenario now takes them.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from roleplay.engine import Session, compile_scenario
from roleplay.errors import Diagnostic
from roleplay.plain import END_WORDS, QUIT_WORDS, PlainFrontEnd, parse_line, read_lines
from roleplay.report.console import Printer, safe_text
from roleplay.sanitise import visible
from roleplay.scenario.watch import Broken, ScenarioWatcher, WatchEvent
from roleplay.scoring.types import Scorer

# Every command dev mode accepts, as (the words for it, what it does, shown after the first
# word in the help; "" for none): `DevLoop.handle` reads this table, and DEV_HELP is built from
# it, so the help cannot leave a command out. /restart and /lint are dev mode's own, /end is
# dev mode's too (the conversation ends, the dev session goes on); the others are play's line
# mode's (PlainFrontEnd.command).
RESTART, LINT = ("/restart",), ("/lint",)
HELP_WORDS = ("/help", "/?")
DEV_COMMANDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (RESTART, "start over"),
    (LINT, "show the file's problems again"),
    (("/hint",), ""),
    (("/rewind",), ""),
    (("/scores",), ""),
    (END_WORDS, "end this conversation"),
    (QUIT_WORDS, "leave dev mode"),
    (HELP_WORDS, ""),
)
DEV_HELP = "Dev mode: edit and save the file to reload.  Commands: " + "  ".join(
    f"{words[0]} ({what})" if what else words[0] for words, what in DEV_COMMANDS
)
_ACCEPTED = frozenset(word for words, _ in DEV_COMMANDS for word in words)


@dataclass
class DevLoop:
    watcher: ScenarioWatcher
    scorer: Scorer
    out: Printer
    seed: int = 0
    json_mode: bool = False
    front: PlainFrontEnd | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def session(self) -> Session | None:
        return self.front.session if self.front else None

    def _front(self, session: Session) -> PlainFrontEnd:
        """Play's line mode over ``session``, with dev mode's commands and nothing saved."""
        return PlainFrontEnd(
            session, self.out, json_mode=self.json_mode, saving=False, commands=DEV_HELP
        )

    def start(self) -> bool:
        """Load the file and open a session; False (after showing why) when it cannot load."""
        with self.lock:
            event = self.watcher.load()
            self._show(event, initial=True)
            if isinstance(event, Broken):
                return False
            self._restart(replay=[])
            return True

    def check(self) -> bool:
        """Reload if the file changed. True when something was reloaded or reported."""
        with self.lock:
            event = self.watcher.poll()
            if event is None:
                return False
            self._show(event)
            if not isinstance(event, Broken):
                replies = [t.reply for t in self.session.turns] if self.session else []
                self._restart(replay=replies, reloaded=True)
            return True

    def handle(self, raw: str) -> bool:
        """One line of input. Returns False when the learner quits."""
        self.check()
        line = parse_line(raw)
        with self.lock:
            word = line.text.strip().lower() if line.kind == "command" else ""
            if word and word not in _ACCEPTED:
                self._note(f"Unknown command '{line.text}'. {DEV_HELP}", "yellow")
                return True
            if word in (*RESTART, *LINT):
                if word in RESTART and self.watcher.last_good is not None:
                    self._restart(replay=[])
                elif self.json_mode:
                    diags = [d.to_json() for d in self.diagnostics]
                    self.out.json({"event": "lint", "diagnostics": diags})
                else:
                    self._print_diagnostics(self.diagnostics, all_clear=True)
                return True
            front = self.front
            if front is None:
                self._note("The scenario does not load yet: fix the file and save it.", "yellow")
                return line.text not in QUIT_WORDS
            if word in END_WORDS:  # the conversation ends; dev mode goes on, as after an ending
                if not front.session.ended:
                    front.session.abandon()
                    front.end()
                self._ended_note()
                return True
            if line.kind == "command":  # /help lists dev mode's commands (the front's `commands`)
                return front.command(line.text)
            if line.kind == "blank":
                return True
            if front.session.ended:
                self._note("The conversation has ended: /restart, or edit the file.", "dim")
                return True
            result = front.send(line)
            if result is not None:
                front.turn(result)
            if front.session.ended:
                front.end()
                self._ended_note()
            return True

    def _ended_note(self) -> None:
        if not self.json_mode:  # the end event says it ended; this is for a person
            self.out.line("-- /restart to play again, or edit the file to replay --", "dim")

    def run(self, lines: Iterable[str]) -> int:
        loaded = self.start()
        for raw in lines:
            if not self.handle(raw):
                break
        if self.session and not self.session.ended:
            self.session.stop()
        return 0 if loaded or self.watcher.last_good is not None else 2

    # -- helpers ---------------------------------------------------------------------------
    def _restart(self, replay: list[str], *, reloaded: bool = False) -> None:
        """A new session on the last good version, with ``replay`` given again. On a reload
        (``reloaded``) with no replies given yet, only the opening line is shown again: the
        whole introduction is for a start or a /restart, not for every save."""
        good = self.watcher.last_good
        assert good is not None
        if self.session is not None:
            self.session.close()
        session = Session.start(compile_scenario(good), self.scorer, self.seed)
        front = self._front(session)
        self.front = front
        ended_at = None
        for n, reply in enumerate(replay, start=1):
            session.reply(reply)
            if session.ended:
                ended_at = n
                break
        if ended_at is not None:
            if self.json_mode:
                self.out.json(
                    {
                        "event": "replay_ended",
                        "after": ended_at,
                        "of": len(replay),
                        "outcome": session.outcome,
                        "state": session.state,
                    }
                )
            else:
                self.out.line(
                    f"(the edited scenario ends after reply {ended_at} of your {len(replay)}: "
                    f"{session.outcome} in '{session.state}'; starting again)",
                    "dim",
                )
            session.close()
            session = Session.start(compile_scenario(good), self.scorer, self.seed)
            front = self._front(session)
            self.front = front
        if replay and ended_at is None and self.json_mode:  # one JSON object per event
            self.out.json(
                {
                    "event": "replayed",
                    "replies": len(replay),
                    "state": session.state,
                    "say": session.counterpart_line,
                    "meters": dict(session.meters),
                }
            )
        elif replay and ended_at is None:
            replies = "reply" if len(replay) == 1 else "replies"
            self.out.line(f"(replayed {len(replay)} {replies}: now in '{session.state}')", "dim")
            front.say(session.counterpart_line)
        elif reloaded and not replay and not self.json_mode:
            self.out.line(
                f"(no replies yet: at the start, '{session.state}'; /restart shows the "
                "introduction)",
                "dim",
            )
            front.say(session.counterpart_line)
        else:
            front.opening()

    def _note(self, text: str, style: str) -> None:
        """A line for the trainer; with --json an object of its own, never bare text."""
        if self.json_mode:
            self.out.json({"event": "note", "text": text})
        else:
            self.out.line(text, style)

    def _show(self, event: WatchEvent, *, initial: bool = False) -> None:
        self.diagnostics = list(event.diagnostics)
        if self.json_mode:
            self.out.json(
                {
                    "event": "load" if initial else "reload",
                    "file": str(self.watcher.path),
                    "playable": event.playable,
                    "diagnostics": [d.to_json() for d in event.diagnostics],
                }
            )
            return
        if not initial:
            self.out.line()
            changed = event.changed or (self.watcher.path,)
            self.out.line(f"~ {', '.join(shown_path(p) for p in changed)} changed", "bold")
        self._print_diagnostics(event.diagnostics, all_clear=not initial)
        if isinstance(event, Broken):
            # name the scenario, and the included file whose change broke it (a broken
            # shared-intents file stops the scenario that includes it from loading)
            broken = shown_path(self.watcher.path)
            others = [p for p in event.changed if Path(p).resolve() != self.watcher.path.resolve()]
            if others:
                broken += f" does not load with the change to {', '.join(map(shown_path, others))}"
            else:
                broken += " does not load"
            if self.watcher.last_good is not None:
                self.out.line(f"({broken}; still playing the last good version)", "yellow")
            else:
                self.out.line(f"({broken}; fix it and save, or /quit)", "yellow")

    def _print_diagnostics(self, diags: list[Diagnostic], *, all_clear: bool) -> None:
        for d in diags:
            self.out.line(safe_text(d.format()), "red" if d.severity == "error" else "yellow")
        if not diags and all_clear:
            self.out.line("(no problems found)", "green")


def shown_path(path: Path) -> str:
    """``path`` as a person reads it: relative to the current folder when it is under it (an
    include is known by its absolute path, and so is a file given as one), else as it is."""
    try:
        here = Path.cwd()
    except OSError:  # the current folder was removed
        return visible(str(path))
    absolute = path if path.is_absolute() else here / path
    try:
        return visible(str(Path(os.path.normpath(absolute)).relative_to(here)))
    except ValueError:
        return visible(str(path))


def watch_in_background(loop: DevLoop, interval: float, prompt: Printer | None) -> threading.Event:
    """Poll the file every ``interval`` seconds so problems show as soon as it is saved."""
    stop = threading.Event()

    def poll() -> None:
        while not stop.wait(interval):
            if loop.check() and prompt is not None:
                prompt.stream.write("> ")
                prompt.stream.flush()

    threading.Thread(target=poll, name="roleplay-dev-watch", daemon=True).start()
    return stop


def run_dev(
    path: Path, scorer: Scorer, seed: int, *, json_mode: bool = False, interval: float = 0.5
) -> int:
    out = Printer.for_stream(sys.stdout)
    loop = DevLoop(ScenarioWatcher(path), scorer, out, seed=seed, json_mode=json_mode)
    interactive = sys.stdin.isatty() and not json_mode
    if not json_mode:
        out.line(DEV_HELP, "dim")
    prompt = out if interactive else None
    stop = watch_in_background(loop, interval, prompt) if interactive else None
    try:
        return loop.run(read_lines(sys.stdin, prompt))
    finally:
        if stop is not None:
            stop.set()
