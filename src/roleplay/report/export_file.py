"""Writing an export file so that it never damages anything: not the database, not an old export.

- The target is compared with the database and its ``-wal``/``-shm``/``-journal`` files by
  identity (device and inode, :func:`os.path.samefile`), so a hard link or a symbolic link to the
  database is refused (RP724) as surely as its own path.
- The target's folder must exist: a folder named with ``-o`` that is not there is a mistake to
  report (RP725 with the folder), not to paper over by creating it. Only the data folder's own
  ``exports/`` is created on first use (:func:`own_folder`).
- The text goes to a temporary file in the target's folder, is flushed to disk, and only then
  replaces the target with :func:`os.replace`. A full disk or any other failure leaves no partial
  file behind and the previous file (if any) exactly as it was (RP725).
- A target that exists and is not a regular file (``-o /dev/stdout``, a terminal, a named pipe)
  is written to, never replaced: renaming over it would put a plain file where the device or
  pipe was. A pipe nobody reads, or a device that refuses the text (``/dev/full``), is RP725.
"""

from __future__ import annotations

import os
import stat
import uuid
from pathlib import Path

from roleplay.errors import RoleplayError

DATABASE_COMPANIONS = ("", "-wal", "-shm", "-journal")
CHUNK = 64 * 1024


def same_file(a: Path, b: Path) -> bool:
    """True when both paths name one existing file (hard links and symlinks included)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def refuse_database(target: Path, database: Path, what: str = "the export") -> None:
    """RP724 when ``target`` is the database or one of its companion files, by identity."""
    for suffix in DATABASE_COMPANIONS:
        if same_file(target, Path(str(database) + suffix)):
            raise RoleplayError(
                "RP724",
                f"refusing to write {what} over the database {database}: {target} is the same file",
                hint="choose another file name with -o",
            )


def write_atomically(text: str, target: Path) -> Path:
    """Write ``text`` (UTF-8) to ``target`` all at once or not at all; returns the path written
    (a symbolic link is followed, so the file it names is replaced, not the link)."""
    given = target.expanduser()
    if _is_special(given):  # by the name given: /dev/stdout resolves to an unopenable pipe:[n]
        _write_through(given, text.encode("utf-8", "replace"), target)
        return given
    final = given.resolve()
    if not final.parent.is_dir():
        raise RoleplayError(
            "RP725",
            f"cannot write {target}: the folder {final.parent} does not exist; nothing was written",
            hint="create the folder first, or choose another file with -o",
        )
    temp = final.parent / f".{final.name}.{uuid.uuid4().hex[:12]}.tmp"
    try:
        _write_new(temp, text.encode("utf-8", "replace"), _mode_of(final))
        os.replace(temp, final)
    except OSError as exc:
        _discard(temp)
        raise _cannot_write(target, exc) from None
    except BaseException:
        _discard(temp)
        raise
    _sync_folder(final.parent)
    return final


def own_folder(folder: Path) -> Path:
    """A folder roleplay owns (the data folder's ``exports/``), created if it is missing."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _cannot_write(folder, exc) from None
    return folder


def _write_new(path: Path, data: bytes, mode: int | None) -> None:
    # O_EXCL: never follow or reuse something already there; 0o666 lets the umask decide.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view[:CHUNK])
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)
    if mode is not None:
        os.chmod(path, mode)  # replacing a file keeps its permissions


def _is_special(path: Path) -> bool:
    """An existing target that is neither a regular file nor a folder: a device, pipe or socket."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _write_through(path: Path, data: bytes, target: Path) -> None:
    """Write into a device or pipe as it is (no create, no rename); RP725 if it refuses."""
    try:
        # O_NONBLOCK: a pipe with no reader fails at once (ENXIO) instead of waiting forever
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    try:
        os.set_blocking(fd, True)
        view = memoryview(data)
        while view:
            written = os.write(fd, view[:CHUNK])
            view = view[written:]
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    finally:
        os.close(fd)


def _mode_of(path: Path) -> int | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else None


def _discard(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows opening a folder."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _cannot_write(target: Path, exc: OSError) -> RoleplayError:
    return RoleplayError(
        "RP725",
        f"cannot write {target} ({exc.strerror or exc}); nothing was written",
        hint="check the folder is writable and the disk has room",
    )
