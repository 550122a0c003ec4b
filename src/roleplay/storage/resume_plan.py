"""Resuming a saved session, decided once for every front end: :func:`plan_resume`.

Plain mode, the TUI and ``roleplay resume`` only call this and show what it says:

- *which* session: the one asked for (``roleplay resume 12``: refused with RP707/RP712 when it
  cannot be resumed), else the newest resumable one that no later session replaced (of one
  scenario for ``roleplay play ID``), else nothing (RP712 when the learner asked to resume);
- *on which version*: the scenario file may have changed (or gone) since the session was saved.
  Unchanged: the saved version. Changed: the choice given (``--saved``/``--restart``), else the
  learner is asked, else (a script) RP706. A restart needs the new file: RP706 when it is gone,
  the file's own error (``file:line:col RPxxx ...``) when it no longer loads;
- *the words*: the offer, the note for scripts, the change notice and the questions;
- *how to continue*: the restored session, or a new one on the changed file.

Headless and typed; the state machine loads only when a session is really built.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Literal, overload

from roleplay.engine.lifecycle import SessionObserver
from roleplay.engine.rules import mode_named
from roleplay.engine.turns import Mode
from roleplay.errors import StorageError
from roleplay.sanitise import visible
from roleplay.scoring.types import Scorer

from .encoding import parse_timestamp
from .records import SessionRecord
from .restore import ResumeCheck, check_resume, refuse_unless_resumable, restore_session
from .store import SessionStore

if TYPE_CHECKING:
    from roleplay.engine.compiler import CompiledScenario
    from roleplay.engine.session import Session

Choice = Literal["saved", "restart"]
YES_ANSWERS = ("", "y", "yes")
SAVED_ANSWERS = ("", "s", "saved")
RESTART_ANSWERS = ("r", "restart")


def ago(stamp: str, now: datetime | None = None) -> str:
    """'3 minutes ago', '2 days ago' for a stored timestamp."""
    seconds = int(((now or datetime.now(UTC)) - parse_timestamp(stamp)).total_seconds())
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def describe(record: SessionRecord, now: datetime | None = None) -> str:
    """ "session 12 of 'Push back…' (after turn 3, 2 hours ago)", the title made visible."""
    return (
        f"session {record.id} of '{visible(record.title)}' "
        f"(after turn {record.turn_count}, {ago(record.updated_at, now)})"
    )


def closing_words(session_id: int | None, outcome: str | None, answered: bool) -> str | None:
    """What a front end says when a solo session closes: that nothing was saved (no reply was
    given, so no session was written), how to resume it (stopped with an answered turn:
    resumable), how to export it (over), or nothing (not saved for another reason, or only
    rewound turns)."""
    if session_id is None:
        if answered:
            return None
        how = "stopped" if outcome is None else "ended"
        return f"Nothing was saved: the session {how} before your first reply."
    if outcome is None:
        return (
            f"Saved. `roleplay resume {session_id}` continues where you stopped."
            if (answered)
            else None
        )
    return (
        f"Saved as session {session_id}. "
        f"`roleplay export {session_id} --format html -o FILE` makes a printable report."
    )


@dataclass(frozen=True)
class ResumePlan:
    """One resumable session, how its scenario looks now, and everything said about it."""

    store: SessionStore = field(repr=False)
    check: ResumeCheck
    direct: bool = False  # `roleplay resume [N]`: go straight in unless the file changed
    choice: Choice | None = None  # --saved / --restart, when given
    now: datetime | None = None  # for the "2 hours ago" (tests fix it)

    @property
    def record(self) -> SessionRecord:
        return self.check.record

    @property
    def mode(self) -> Mode:
        return mode_named(self.record.mode)

    @property
    def changed(self) -> bool:
        return self.check.changed

    @property
    def can_restart(self) -> bool:
        """The file changed and the new version loads, so starting again on it is possible."""
        return self.changed and self.check.current is not None

    @property
    def ask_first(self) -> bool:
        """Ask before continuing (the offer dialog or question), or go straight in: asked for
        by name on an unchanged file, or with the version chosen on the command line."""
        if self.changed:
            return self.choice is None
        return not self.direct

    # -- the words ---------------------------------------------------------------------------
    @property
    def description(self) -> str:
        return describe(self.record, self.now)

    @property
    def question(self) -> str:
        return f"You have an unfinished {self.description}. Pick up exactly where you stopped?"

    def scripted_note(self, *, plain: bool = False) -> str:
        """What a run that cannot ask (a script, no terminal) prints instead of the question."""
        command = f"roleplay resume {self.record.id}" + (" --plain" if plain else "")
        return f"note: unfinished {self.description}; `{command}` continues it"

    @property
    def _what_happened(self) -> str:
        if self.check.problem is not None:
            return "no longer loads"
        return "was removed" if self.check.current is None else "has changed"

    @property
    def change_notice(self) -> str | None:
        """The scenario file changed since the session was saved (None when it did not)."""
        if not self.changed:
            return None
        where = self.record.scenario_path or self.record.scenario_id
        since = f"since session {self.record.id} started"
        what = (
            f"no longer loads (it changed {since})"
            if self.check.problem
            else (f"{self._what_happened} {since}")
        )
        return f"The scenario file {visible(where)} {what}. You can finish on the saved version" + (
            ", or restart on the new one." if self.can_restart else "."
        )

    @property
    def version_question(self) -> str:
        options = (
            "[s]aved version / [r]estart on the new file / [q]uit"
            if self.can_restart
            else "[s]aved version / [q]uit"
        )
        return f"Resume on the saved version, or restart? {options} "

    # -- the decisions -----------------------------------------------------------------------
    @staticmethod
    def accepts(answer: str) -> bool:
        """The learner's answer to :attr:`question`: Enter, y or yes resume."""
        return answer.strip().lower() in YES_ANSWERS

    def version_from_answer(self, answer: str) -> Choice:
        """The learner's answer to :attr:`version_question`; anything else cancels (RP708)."""
        said = answer.strip().lower()
        if said in SAVED_ANSWERS:
            return "saved"
        if said in RESTART_ANSWERS and self.can_restart:
            return "restart"
        raise StorageError("RP708", "resume cancelled", hint=f"`roleplay resume {self.record.id}`")

    def version(self, *, can_ask: bool) -> Choice | None:
        """Which version to continue on without asking: the saved one when nothing changed,
        else the choice given; None when the learner must be asked (:attr:`version_question`).
        RP706 when it cannot be decided: a script gave no choice, or a restart was asked for
        while the file is gone; a restart on a file that no longer loads raises that file's
        :class:`ScenarioError` (``file:line:col RPxxx message``), as ``play FILE`` would."""
        choice = self.choice
        if not self.changed:
            return "saved"
        where = visible(self.record.scenario_path or self.record.scenario_id)
        if choice == "restart" and self.check.problem is not None:
            raise self.check.problem  # the file's own coded line(s): file:line:col RPxxx ...
        if choice == "restart" and not self.can_restart:
            raise StorageError(
                "RP706",
                f"session {self.record.id}: cannot restart, the scenario file {where} "
                f"{self._what_happened}",
                hint=f"`roleplay resume {self.record.id} --saved` continues on the saved version",
            )
        if choice is not None:
            return choice
        if can_ask:
            return None
        raise StorageError(
            "RP706",
            f"session {self.record.id}: the scenario file {where} {self._what_happened}"
            + ("" if self.check.problem else " since the session started"),
            hint=f"`roleplay resume {self.record.id} --saved` continues on the saved version"
            + ("; `--restart` starts again on the current file" if self.can_restart else ""),
        )

    # -- continuing --------------------------------------------------------------------------
    def resume(self, scorer: Scorer, observers: Iterable[SessionObserver] = ()) -> Session:
        """The saved session, continued on the saved version (RP714 if another process is
        playing it)."""
        return restore_session(self.store, self.record, self.check.saved, scorer, observers)

    def restart_scenario(self) -> CompiledScenario:
        """The changed file, compiled (only when :attr:`can_restart`)."""
        from roleplay.engine.compiler import compile_scenario

        current = self.check.current
        if current is None or not self.changed:
            raise ValueError("restart_scenario() needs a changed scenario file that loads")
        return compile_scenario(current)

    def start_again(self, scorer: Scorer, observers: Iterable[SessionObserver] = ()) -> Session:
        """A new session on the changed file, in the same mode and with the same seed."""
        from roleplay.engine.session import Session

        return Session.start(
            self.restart_scenario(),
            scorer,
            self.record.seed,
            mode=self.mode,
            observers=observers,
        )


@overload
def plan_resume(
    store: SessionStore,
    *,
    session_id: int | None = None,
    scenario_id: str | None = None,
    required: Literal[True],
    choice: Choice | None = None,
    now: datetime | None = None,
) -> ResumePlan: ...


@overload
def plan_resume(
    store: SessionStore,
    *,
    session_id: int,
    scenario_id: str | None = None,
    required: bool = False,
    choice: Choice | None = None,
    now: datetime | None = None,
) -> ResumePlan: ...


@overload
def plan_resume(
    store: SessionStore,
    *,
    session_id: int | None = None,
    scenario_id: str | None = None,
    required: bool = False,
    choice: Choice | None = None,
    now: datetime | None = None,
) -> ResumePlan | None: ...


def plan_resume(
    store: SessionStore,
    *,
    session_id: int | None = None,
    scenario_id: str | None = None,
    required: bool = False,
    choice: Choice | None = None,
    now: datetime | None = None,
) -> ResumePlan | None:
    """What to resume: session ``session_id`` if given (RP710/RP707/RP712 when it cannot be),
    else the newest resumable one (of ``scenario_id`` if given). None when there is nothing,
    unless ``required`` (``roleplay resume``): then RP712. ``required`` or a session id means
    the learner asked to resume: no offer, straight in unless the file changed."""
    if session_id is not None:
        record = store.session(session_id)
        refuse_unless_resumable(record)
    else:
        found = store.latest_unfinished(scenario_id)
        if found is None:
            if required:
                raise nothing_to_resume(store, scenario_id)
            return None
        record = found
    direct = session_id is not None or required
    return ResumePlan(store, check_resume(store, record), direct=direct, choice=choice, now=now)


def nothing_to_resume(store: SessionStore, scenario_id: str | None = None) -> StorageError:
    """RP712 for ``roleplay resume`` with nothing offered, naming the sessions ``history``
    lists as unfinished and why they were not taken: replaced by a later session of their
    scenario (still resumable by number), or no answered turn (every reply taken back; older
    versions also saved sessions stopped before the first reply)."""
    unfinished = [
        r
        for r in store.sessions(scenario_id=scenario_id)
        if r.outcome is None and r.workshop_id is None
    ]
    # Nothing was offered, so every resumable one has been replaced (lifecycle_rules.py).
    replaced = [r.id for r in unfinished if r.resumable]
    empty = [r.id for r in unfinished if not r.resumable]
    if replaced:
        return StorageError(
            "RP712",
            f"no session to continue on its own: unfinished {_sessions(replaced)} "
            f"{'was' if len(replaced) == 1 else 'were'} replaced by a later session of the "
            "same scenario",
            hint=f"`roleplay resume {replaced[0]}` continues session {replaced[0]}; "
            "`roleplay history` lists them",
        )
    if empty:
        return StorageError(
            "RP712",
            f"no unfinished session to resume: {_sessions(empty)} "
            f"{'has' if len(empty) == 1 else 'have'} no answered turn (nothing to continue)",
            hint="`roleplay play ID` starts a new one",
        )
    in_workshops = [
        r
        for r in store.sessions(scenario_id=scenario_id)
        if r.outcome is None and r.workshop_id is not None and r.turn_count
    ]
    if in_workshops:  # `history` lists them as unfinished: say why they are not offered here
        first = in_workshops[0]
        return StorageError(
            "RP712",
            f"no session to continue on its own: unfinished {_sessions([r.id for r in in_workshops])}"
            f" {'belongs' if len(in_workshops) == 1 else 'belong'} to a workshop "
            f"('{visible(str(first.workshop_id))}'), where it is picked up by rejoining",
            hint="start the same hot seat again (`roleplay workshop hotseat ID --names ... "
            "--workshop W`, it asks; --resume in a script), or rejoin under the same name "
            "(`roleplay workshop play --workshop W --name NAME --resume`, or the browser)",
        )
    return StorageError(
        "RP712",
        "no unfinished session to resume",
        hint="`roleplay history` lists sessions; `roleplay play ID` starts one",
    )


def _sessions(ids: list[int], most: int = 3) -> str:
    """ "session 5", "sessions 9, 7, 4", "sessions 9, 7, 4 and 2 more"."""
    shown = ", ".join(str(i) for i in ids[:most])
    more = f" and {len(ids) - most} more" if len(ids) > most else ""
    return f"session{'s' if len(ids) > 1 else ''} {shown}{more}"
