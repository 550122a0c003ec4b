"""What a front end does when it closes with turns the database never took (a locked
database, a full disk): it writes the learner's replies to a file of their own and says, in one
coded line (RP715), what could not be saved, where the replies are and the command that plays
them again and saves them once the cause is dealt with. Nothing typed is lost.

The file is line mode's input: one reply a line (a reply's own line breaks become spaces, a
leading slash is doubled so it is not read as a command), so ``roleplay play ID --plain --seed N
< FILE`` replays the same conversation: the seed picks the same lines and the scorer is
deterministic. It goes to the data folder, else the current folder, else the system's temporary
folder, else the home folder: the first that takes it. Created new (``O_EXCL``), never through a
link left under its name. Where no folder takes it, the replies are written into the message.
"""

from __future__ import annotations

import os
import shlex
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Protocol, runtime_checkable

from roleplay.engine import SaveProblem, Session
from roleplay.engine.lifecycle import UNSAVED
from roleplay.errors import RoleplayError
from roleplay.paths import data_dir


def replay_lines(session: Session) -> str:
    """The session's live replies as line mode reads them, one a line."""
    lines = []
    for turn in session.turns:
        words = " ".join(turn.reply.splitlines()).strip()
        lines.append("/" + words if words.startswith("/") else words)
    return "".join(line + "\n" for line in lines)


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


def write_replies(session: Session, folders: Iterable[Path]) -> Path | None:
    """The file the replies were written to, or None when no folder took them."""
    data = replay_lines(session).encode("utf-8", "replace")
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

    def replay_command(self, session: Session, replies: str) -> str: ...


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


def replay_command(session: Session, replies: str) -> str:
    """The command that plays the replies again (and saves them): a workshop's or a hot seat's
    own when its recorder names one (so each reply is saved under who gave it), else solo
    ``play`` in line mode."""
    for observer in session.lifecycle.observers:
        if isinstance(observer, ReplaysElsewhere):
            return observer.replay_command(session, replies)
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
    path = write_replies(session, rescue_folders() if folders is None else folders)
    if path is None:
        shown = "; ".join(repr(line) for line in replay_lines(session).splitlines())
        return RoleplayError(
            UNSAVED,
            f"{unsaved}, and no folder could take your replies; here they are: {shown}",
            hint="copy them into a file, one a line, and play them again with "
            + replay_command(session, "FILE"),
        )
    return RoleplayError(
        UNSAVED,
        f"{unsaved}; your {_replies(len(session.turns))} kept in {path}",
        hint="once that is dealt with, "
        + replay_command(session, str(path))
        + " plays them again and saves them",
    )


def _replies(count: int) -> str:
    return "reply is" if count == 1 else f"{count} replies are"
