"""Plain-mode play with autosave, and resuming a saved session (``play``, ``resume``).

Every answered turn is committed by the recorder, one of the session's observers, before the
counterpart's next line is printed. A killed session therefore loses no
answered turn, and ``roleplay resume`` (or ``roleplay play`` for the same scenario) picks it up.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TextIO

from roleplay.engine import CompiledScenario, Session
from roleplay.errors import Diagnostic
from roleplay.plain import Mode, PlainFrontEnd, read_lines
from roleplay.report.console import Printer
from roleplay.scoring import default_scorer
from roleplay.storage import SessionRecorder, SessionStore
from roleplay.storage.practice import NOT_SAVED, open_or_practise
from roleplay.storage.resume_plan import ResumePlan, closing_words, plan_resume


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
        return self.stdin.readline()

    def note(self, text: str) -> None:
        Printer.for_stream(self.stderr).line(text, "dim")

    def warn(self, text: str) -> None:
        Printer.for_stream(self.stderr).line(text, "yellow")


def play_plain(
    comp: CompiledScenario, seed: int, *, json_mode: bool, mode: Mode, terminal: Terminal | None
) -> int:
    """``roleplay play ID --plain``: offer an unfinished session of this scenario, then play."""
    term = terminal or Terminal.current(json_mode)
    store = open_or_practise()
    if isinstance(store, Diagnostic):
        term.warn(store.format())
        session = Session.start(comp, default_scorer(), seed, mode=mode, observers=[])
        return _run(session, None, json_mode=json_mode, resumed=False)
    with store:
        plan = plan_resume(store, scenario_id=comp.scenario.id)
        if plan is not None:
            if not term.interactive:
                term.note(plan.scripted_note())
            elif plan.accepts(term.ask(plan.question + " [Y/n] ")):
                return resume_plain(plan, json_mode=json_mode, terminal=term)
        recorder = SessionRecorder(store)
        session = Session.start(comp, default_scorer(), seed, mode=mode, observers=[recorder])
        return _run(session, recorder, json_mode=json_mode, resumed=False)


def resume_plain(plan: ResumePlan, *, json_mode: bool, terminal: Terminal) -> int:
    """Continue a saved session in plain mode (or restart it on the changed file)."""
    notice = plan.change_notice
    if notice is not None:
        terminal.note(notice)
    version = plan.version(can_ask=terminal.interactive)
    if version is None:
        version = plan.version_from_answer(terminal.ask(plan.version_question))
    recorder = SessionRecorder(plan.store)
    if version == "restart":
        session = plan.start_again(default_scorer(), [recorder])
        return _run(session, recorder, json_mode=json_mode, resumed=False)
    session = plan.resume(default_scorer(), [recorder])
    return _run(session, recorder, json_mode=json_mode, resumed=True)


def _run(
    session: Session, recorder: SessionRecorder | None, *, json_mode: bool, resumed: bool
) -> int:
    """Play it out; ``recorder`` None is practice without saving (storage/practice.py)."""
    out = Printer.for_stream(sys.stdout)
    talking = sys.stdin.isatty() and not json_mode
    front = PlainFrontEnd(
        session,
        out,
        json_mode=json_mode,
        mode=session.mode,
        asks_first=talking,
        saving=recorder is not None,
    )
    prompt = out if talking else None
    front.run(read_lines(sys.stdin, prompt), resumed=resumed)
    if recorder is None:
        words: str | None = NOT_SAVED if session.turns else None
    else:
        words = closing_words(recorder.session_id, session.outcome, bool(session.turns))
    if words is not None and not json_mode:
        out.line(words, "dim")
    return 0


def mention_unfinished() -> None:
    """Without a terminal, `roleplay` can't ask; it says how to resume instead."""
    with SessionStore.open() as store:
        plan = plan_resume(store)
        if plan is not None:
            print(plan.scripted_note(plain=True), file=sys.stderr)
