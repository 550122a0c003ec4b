"""What a front end does when it closes with turns the database never took (a locked
database, a full disk): it writes the learner's replies to a file of their own and says, in one
coded line (RP715), what could not be saved, where the replies are and the command that plays
them again and saves them once the cause is dealt with. Nothing typed is lost.

The file is line mode's input: one reply a line (a reply's own line breaks become spaces, a
leading slash is doubled so it is not read as a command), so ``roleplay play ID --plain --seed N
< FILE`` replays the same conversation: the seed picks the same lines and the scorer is
deterministic. When part of the session was saved (its row and its first turns), the file holds
only the part that was not (the replies, a ``/rewind`` for a turn taken back, ``/end`` for a
conversation ended for good) and the command continues the saved session (``roleplay resume
ID --plain``; a workshop's ``--resume``), so playing it again never leaves the saved part behind
as a second, unfinished session. It goes to the data folder, else the current folder, else the system's temporary
folder, else the home folder: the first that takes it. Created new (``O_EXCL``), never through a
link left under its name. Where no folder takes it, the replies are written into the message.
"""

from __future__ import annotations

import os
import shlex
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from roleplay.engine import SaveProblem, Session
from roleplay.engine.lifecycle import UNSAVED, LifecycleEvent, SessionObserver
from roleplay.errors import RoleplayError
from roleplay.paths import data_dir


def reply_line(reply: str) -> str:
    """A reply as line mode reads it back: one line, a leading slash doubled."""
    words = " ".join(reply.splitlines()).strip()
    return "/" + words if words.startswith("/") else words


def replay_lines(session: Session) -> str:
    """The session's live replies as line mode reads them, one a line."""
    return "".join(reply_line(turn.reply) + "\n" for turn in session.turns)


def continuation_lines(session: Session, waiting: Iterable[LifecycleEvent]) -> str:
    """What the saved part of a session lacks, as line mode input: each unsaved reply, a
    ``/rewind`` for each turn taken back, ``/end`` when it was ended for good."""
    lines = []
    for event in waiting:
        if event.kind == "turn" and event.result is not None:
            lines.append(reply_line(event.result.reply))
        elif event.kind == "rewound":
            lines.append("/rewind")
        elif event.kind == "ended" and session.outcome == "abandoned":
            lines.append("/end")
    return "".join(line + "\n" for line in lines)


@runtime_checkable
class SavesSessions(Protocol):
    """An observer that saves sessions and knows the id a session was saved under."""

    def id_of(self, session: Session) -> int | None: ...


@dataclass(frozen=True)
class SavedPart:
    """The part of a session already saved: its id and what its saver still waits to take."""

    session_id: int
    saver: SessionObserver
    waiting: tuple[LifecycleEvent, ...]


def _any_turn_saved(session: Session, waiting: Iterable[LifecycleEvent]) -> bool:
    """Whether any turn of the session (live, or taken back since) reached the database."""
    unsaved = {id(e.result) for e in waiting if e.kind == "turn" and e.result is not None}
    undone = [e.result for e in waiting if e.kind == "rewound" and e.result is not None]
    return any(id(turn) not in unsaved for turn in [*session.turns, *undone])


def saved_part(session: Session) -> SavedPart | None:
    """The saved part of ``session`` (None when nothing of it was saved: its row is not in the
    database, so playing it again starts it anew)."""
    for observer in session.lifecycle.observers:
        if not isinstance(observer, SavesSessions):
            continue
        waiting = session.lifecycle.waiting_for(observer)
        if any(event.kind == "started" for event in waiting) or not _any_turn_saved(
            session, waiting
        ):
            return None  # the row was never written, or none of its turns: nothing to go on
        # a resumed session whose reopening failed is still saved under the one it continues
        saved = observer.id_of(session) or session.origin
        return None if saved is None else SavedPart(saved, observer, waiting)
    return None


def rescue_folders() -> tuple[Path, ...]:
    """Where the replies may go, in order of preference (a current folder that was removed,
    or no home, is left out: this runs when something has already gone wrong)."""
    folders = [data_dir()]
    for where in (Path.cwd, lambda: Path(tempfile.gettempdir()), Path.home):
        try:
            folders.append(where())
        except (OSError, RuntimeError):
            continue
    return tuple(folders)


def write_lines(lines: str, session: Session, folders: Iterable[Path]) -> Path | None:
    """The file ``lines`` (line mode input) were written to, or None when no folder took them."""
    data = lines.encode("utf-8", "replace")
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    name = f"roleplay-unsaved-{session.scenario.id}-{stamp}-{os.getpid()}.txt"
    for folder in folders:
        path = folder / name
        try:
            fd = os.open(
                path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600
            )
        except OSError:
            continue
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except OSError:
            path.unlink(missing_ok=True)
            continue
        return path
    return None


@runtime_checkable
class ReplaysElsewhere(Protocol):
    """An observer whose sessions are played again by another command than solo ``play``
    (a workshop's: it records them under the same participant, or a hot seat's speakers)."""

    def replay_command(self, session: Session, replies: str, *, resume: bool = False) -> str: ...


def scenario_argument(session: Session) -> str:
    """How a command names the session's scenario: a shipped one by its id, any other file by
    its absolute path."""
    loaded = session.compiled.loaded
    name = session.scenario.id
    if loaded.path is not None:
        from roleplay.scenario.library import shipped_by_id

        shipped = shipped_by_id(name)
        if shipped is None or shipped.resolve() != loaded.path.resolve():
            name = str(loaded.path.resolve())
    return name


def replay_command(session: Session, replies: str, saved: SavedPart | None = None) -> str:
    """The command that plays the replies again (and saves them): a workshop's or a hot seat's
    own when its recorder names one (so each reply is saved under who gave it), else solo
    ``play`` in line mode; with ``saved``, one that continues the saved part instead (the file
    then holds only the rest)."""
    for observer in session.lifecycle.observers:
        if isinstance(observer, ReplaysElsewhere):
            return observer.replay_command(session, replies, resume=saved is not None)
    if saved is not None:
        return f"roleplay resume {saved.session_id} --plain < {shlex.quote(replies)}"
    mode = " --mode exam" if session.mode == "exam" else ""
    return (
        f"roleplay play {shlex.quote(scenario_argument(session))} --plain --seed {session.seed}"
        f"{mode} < {shlex.quote(replies)}"
    )


def rescue(
    session: Session, problem: SaveProblem, folders: Iterable[Path] | None = None
) -> RoleplayError:
    """RP715 for a session closing with ``problem``: the replies kept in a file, and how to
    save them; the caller reports it (exit 2)."""
    cause = problem.error.format()
    unsaved = (
        f"{problem.waiting} change(s) of this session could not be saved, starting with "
        f"{problem.first.describe()}: {cause}"
    )
    if not session.turns:
        return RoleplayError(UNSAVED, unsaved, hint="you had not replied yet: nothing is lost")
    saved = saved_part(session)
    if saved is None:
        lines, count = replay_lines(session), len(session.turns)
    else:
        lines = continuation_lines(session, saved.waiting)
        count = sum(1 for event in saved.waiting if event.kind == "turn")
        if not lines:  # every reply was saved: only where it stopped was not
            return RoleplayError(
                UNSAVED,
                f"{unsaved}; every reply of it is saved (session {saved.session_id})",
                hint="nothing is lost: `roleplay resume` continues it",
            )
    path = write_lines(lines, session, rescue_folders() if folders is None else folders)
    if path is None:
        shown = "; ".join(repr(line) for line in lines.splitlines())
        return RoleplayError(
            UNSAVED,
            f"{unsaved}, and no folder could take your replies; here they are: {shown}",
            hint="copy them into a file, one a line, and play them again with "
            + replay_command(session, "FILE", saved),
        )
    kept = f"your {_replies(count)} kept in {path}"
    if saved is not None:
        rest = "1 reply" if count == 1 else f"{count} replies"
        kept = (
            f"session {saved.session_id} is saved up to there; the rest ({rest}) is kept in {path}"
        )
    return RoleplayError(
        UNSAVED,
        f"{unsaved}; {kept}",
        hint="once that is dealt with, "
        + replay_command(session, str(path), saved)
        + (" plays them again and saves them" if saved is None else " saves them into it"),
    )


def _replies(count: int) -> str:
    return "reply is" if count == 1 else f"{count} replies are"
