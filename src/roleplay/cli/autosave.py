"""Plain-mode play with autosave, and resuming a saved session (``play``, ``resume``).

Every answered turn is committed by the recorder, one of the session's observers, before the
counterpart's next line is printed. A killed session therefore loses no
answered turn, and ``roleplay resume`` (or ``roleplay play`` for the same scenario) picks it up.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal, TextIO

from roleplay.engine import CompiledScenario, Session
from roleplay.engine.rules import mode_named
from roleplay.errors import RoleplayError
from roleplay.plain import Mode, PlainFrontEnd, read_lines
from roleplay.report.console import Printer, safe_text
from roleplay.scoring import default_scorer
from roleplay.storage import (
    ResumeCheck,
    SessionRecord,
    SessionRecorder,
    SessionStore,
    check_resume,
    refuse_unless_resumable,
    restore_session,
)
from roleplay.storage.encoding import parse_timestamp

Choice = Literal["saved", "restart"]


@dataclass
class Terminal:
    """Where questions go and answers come from; ``interactive`` is False for scripts."""

    stdin: TextIO
    stderr: TextIO
    interactive: bool

    @classmethod
    def current(cls, json_mode: bool) -> Terminal:
        return cls(sys.stdin, sys.stderr, sys.stdin.isatty() and not json_mode)

    def ask(self, question: str) -> str:
        self.stderr.write(question)
        self.stderr.flush()
        return self.stdin.readline().strip().lower()

    def note(self, text: str) -> None:
        Printer.for_stream(self.stderr).line(text, "dim")


def ago(stamp: str, now: datetime | None = None) -> str:
    """'3 minutes ago', '2 days ago' for a stored timestamp."""
    seconds = int(((now or datetime.now(UTC)) - parse_timestamp(stamp)).total_seconds())
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def describe(record: SessionRecord) -> str:
    return (
        f"session {record.id} of '{safe_text(record.title)}' "
        f"(after turn {record.turn_count}, {ago(record.updated_at)})"
    )


def play_plain(
    comp: CompiledScenario, seed: int, *, json_mode: bool, mode: Mode, terminal: Terminal | None
) -> int:
    """``roleplay play ID --plain``: offer an unfinished session of this scenario, then play."""
    term = terminal or Terminal.current(json_mode)
    with SessionStore.open() as store:
        pending = store.latest_unfinished(comp.scenario.id)
        if pending is not None:
            if term.interactive:
                answer = term.ask(f"You have an unfinished {describe(pending)}. Resume it? [Y/n] ")
                if answer in ("", "y", "yes"):
                    return resume_plain(store, pending, json_mode=json_mode, terminal=term)
            else:
                term.note(
                    f"note: unfinished {describe(pending)}; "
                    f"`roleplay resume {pending.id}` continues it"
                )
        recorder = SessionRecorder(store)
        session = Session.start(comp, default_scorer(), seed, mode=mode, observers=[recorder])
        return _run(session, recorder, json_mode=json_mode, resumed=False)


def choose_version(check: ResumeCheck, choice: Choice | None, terminal: Terminal) -> Choice:
    """The scenario file changed since the session started: saved version or restart?"""
    record = check.record
    what = "was removed or no longer loads" if check.current is None else "has changed"
    where = record.scenario_path or record.scenario_id
    terminal.note(f"The scenario file {where} {what} since session {record.id} started.")
    if choice is not None:
        return choice
    if terminal.interactive:
        options = "[s]aved version / [q]uit" if check.current is None else (
            "[s]aved version / [r]estart on the new file / [q]uit"
        )
        answer = terminal.ask(f"Resume on the saved version, or restart? {options} ")
        if answer in ("s", "saved", ""):
            return "saved"
        if answer in ("r", "restart") and check.current is not None:
            return "restart"
        raise RoleplayError("RP708", "resume cancelled", hint=f"`roleplay resume {record.id}`")
    raise RoleplayError(
        "RP706",
        f"session {record.id}: the scenario file {where} {what} since the session started",
        hint=f"`roleplay resume {record.id} --saved` continues on the saved version; "
        f"`--restart` starts again on the current file",
    )


def resume_plain(
    store: SessionStore,
    record: SessionRecord,
    *,
    json_mode: bool,
    terminal: Terminal,
    choice: Choice | None = None,
) -> int:
    """Continue a saved session in plain mode (or restart it on the changed file)."""
    refuse_unless_resumable(record)
    check = check_resume(store, record)
    mode = mode_named(record.mode)
    if check.changed and choose_version(check, choice, terminal) == "restart":
        assert check.current is not None
        from roleplay.engine import compile_scenario

        recorder = SessionRecorder(store)
        session = Session.start(
            compile_scenario(check.current), default_scorer(), record.seed, mode=mode,
            observers=[recorder],
        )
        return _run(session, recorder, json_mode=json_mode, resumed=False)
    recorder = SessionRecorder(store)
    session = restore_session(store, record, check.saved, default_scorer(), [recorder])
    return _run(session, recorder, json_mode=json_mode, resumed=True)


def _run(session: Session, recorder: SessionRecorder, *, json_mode: bool, resumed: bool) -> int:
    out = Printer.for_stream(sys.stdout)
    front = PlainFrontEnd(session, out, json_mode=json_mode, mode=session.mode)
    prompt = out if (sys.stdin.isatty() and not json_mode) else None
    front.run(read_lines(sys.stdin, prompt), resumed=resumed)
    if not json_mode:
        _after_words(out, session, recorder.session_id)
    return 0


def _after_words(out: Printer, session: Session, session_id: int | None) -> None:
    if session_id is None:
        return
    if session.outcome is None:
        if session.turns:
            out.line(f"Saved. `roleplay resume {session_id}` continues where you stopped.", "dim")
        return
    out.line(
        f"Saved as session {session_id}. "
        f"`roleplay export {session_id} --format html -o FILE` makes a printable report.",
        "dim",
    )



def mention_unfinished() -> None:
    """Without a terminal, `roleplay` can't ask; it says how to resume instead."""
    with SessionStore.open() as store:
        pending = store.latest_unfinished()
    if pending is not None:
        print(f"roleplay: unfinished {describe(pending)}; `roleplay resume {pending.id} --plain` "
              "continues it")
