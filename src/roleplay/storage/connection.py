"""Opening the SQLite file safely for many processes, and turning sqlite errors into coded ones.

Every connection uses WAL (readers never block the writer), a busy timeout (a writer waits for
another instead of failing at once), foreign keys, and ``synchronous=FULL`` so a committed turn
survives a power cut. Writes go through :func:`write_transaction`, which takes the write lock up
front with ``BEGIN IMMEDIATE`` and keeps the transaction short.

Every open runs ``PRAGMA quick_check`` once (a fast structural check of every page): a file with
damaged pages is refused with RP701 before anything reads or writes it, instead of being written
to and failing later. Nothing here ever deletes, truncates or re-creates a file that already
exists: a damaged or foreign file is reported (RP701/RP705) and left exactly as it was.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from roleplay.errors import StorageError

DEFAULT_BUSY_TIMEOUT_S = 10.0
MAX_BUSY_TIMEOUT_S = 24 * 3600.0  # a day; ROLEPLAY_DB_TIMEOUT=inf was a traceback
# Backoff between tries of the WAL switch when SQLite answers "busy" without waiting.
WAL_RETRY_FIRST_PAUSE_S = 0.005
WAL_RETRY_MAX_PAUSE_S = 0.25

KEEP_FILE = "the file was not changed"
FULL_DISK_HINT = "free some disk space and try again; answered turns saved so far are kept"


def busy_timeout_seconds() -> float:
    """The busy timeout: ``ROLEPLAY_DB_TIMEOUT`` seconds if set and valid (a number from 0;
    ``inf`` or more than a day counts as a day, what SQLite's milliseconds can hold), else 10."""
    raw = os.environ.get("ROLEPLAY_DB_TIMEOUT")
    if raw:
        try:
            value = float(raw)
        except ValueError:
            return DEFAULT_BUSY_TIMEOUT_S
        if value >= 0:  # (not NaN)
            return min(value, MAX_BUSY_TIMEOUT_S)
    return DEFAULT_BUSY_TIMEOUT_S


def storage_error(exc: BaseException, path: Path, action: str) -> StorageError:
    """A one-line, coded error for a sqlite (or OS) failure while doing ``action`` on ``path``."""
    text = str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return StorageError(
            "RP702",
            f"{path}: the database is locked by another program while {action}",
            hint=f"close other roleplay windows or wait a moment and try again; {KEEP_FILE}",
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return damaged(path, text)
    if "could not decode to utf-8" in lowered:  # bytes changed inside a text value
        return damaged(path, text[:200])
    if "readonly" in lowered or "unable to open" in lowered or isinstance(exc, OSError):
        return StorageError(
            "RP704",
            f"{path}: cannot open or write the database ({text})",
            hint="check the folder exists and is writable, or set ROLEPLAY_HOME to another folder",
        )
    if "disk is full" in lowered or "disk i/o" in lowered:
        return StorageError(
            "RP704",
            f"{path}: the disk refused the write while {action} ({text})",
            hint=FULL_DISK_HINT,
        )
    return StorageError(
        "RP709",
        f"{path}: database error while {action} ({text})",
        hint=f"{KEEP_FILE}; please report this with the message above",
    )


def damaged(path: Path, detail: str) -> StorageError:
    """RP701: the file is damaged (or not a database at all); ``detail`` says what sqlite found."""
    return StorageError(
        "RP701",
        f"{path}: the database file is damaged or not a roleplay database ({detail})",
        hint=f"{KEEP_FILE}; move it aside (or set ROLEPLAY_HOME to another folder) and run "
        "again to start a fresh one; `sqlite3 FILE .recover` may rescue its sessions",
    )


def check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    """``PRAGMA quick_check``: RP701 when any page is damaged. Reads every page once but checks
    no index contents, so it stays fast for a file of many sessions."""
    try:
        rows = conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.Error as exc:
        raise storage_error(exc, path, "checking it for damage") from None
    verdict = " ".join(str(rows[0][0]).split()) if rows else "ok"
    if verdict != "ok":
        raise damaged(path, f"quick_check: {verdict[:200]}")


def connect(path: Path, *, timeout_s: float | None = None) -> sqlite3.Connection:
    """Open (creating if missing) the database at ``path``; WAL comes in :func:`enable_wal`."""
    timeout = busy_timeout_seconds() if timeout_s is None else timeout_s
    _refuse_odd_places(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise storage_error(exc, path, "creating its folder") from None
    try:
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise storage_error(exc, path, "opening it") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        # Reading the schema first makes a damaged file fail here, before any pragma writes.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        conn.close()
        raise storage_error(exc, path, "opening it") from None
    try:
        check_integrity(conn, path)
    except StorageError:
        conn.close()
        raise
    return conn


def connect_read_only(path: Path, *, timeout_s: float | None = None) -> sqlite3.Connection:
    """Open an existing database only to read it (``history``, ``stats``, ``export``): SQLite's
    ``mode=ro``, so nothing is created or written, and a folder that cannot be written (a
    read-only disk or mount, a colleague's folder) can still be read.

    A WAL database opened read-only needs its ``-shm`` file, which a read-only folder cannot
    hold: there SQLite refuses to open it (SQLITE_CANTOPEN), and it is opened ``immutable``
    instead (nothing can write it in such a folder). Not when a non-empty ``-wal`` file is left
    beside it (a session killed on the disk before it became read-only): reading without it
    would show a past state, so that stays RP704."""
    timeout = busy_timeout_seconds() if timeout_s is None else timeout_s
    _refuse_odd_places(path)
    uri = path.absolute().as_uri()
    try:
        return _open_for_reading(f"{uri}?mode=ro", timeout, path)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_CANTOPEN or _wal_left(path):
            raise storage_error(exc, path, "opening it to read") from None
    try:
        return _open_for_reading(f"{uri}?mode=ro&immutable=1", timeout, path)
    except sqlite3.Error as exc:
        raise storage_error(exc, path, "opening it to read") from None


def _open_for_reading(uri: str, timeout: float, path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(
        uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False
    )
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        check_integrity(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _wal_left(path: Path) -> bool:
    try:
        return path.with_name(path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def _refuse_odd_places(path: Path) -> None:
    """RP704 before SQLite touches anything: a database that is not a regular file (a folder,
    a pipe, a device: SQLite called those a full disk), or a data folder that is a file."""
    try:
        mode: int | None = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None
    except OSError:
        return  # (permissions, a loop of links: SQLite's own error says it)
    if mode is not None and not stat.S_ISREG(mode):
        raise StorageError(
            "RP704",
            f"{path}: the database is not a regular file (a folder, pipe or device); {KEEP_FILE}",
            hint="move it aside, or set ROLEPLAY_HOME to another folder",
        )
    folder = path.parent
    if mode is None and folder.exists() and not folder.is_dir():
        raise StorageError(
            "RP704",
            f"{folder}: the data folder is a file, so {path.name} cannot be kept in it; "
            f"{KEEP_FILE}",
            hint="set ROLEPLAY_HOME to a folder (it is created if it is missing)",
        )


def enable_wal(conn: sqlite3.Connection, path: Path, *, timeout_s: float | None = None) -> None:
    """Switch the file to WAL (persistent; a no-op once done). Call after the file is known to
    be ours: it rewrites the header.

    When several processes open a new file at once, SQLite can answer the switch with
    SQLITE_BUSY *without* waiting on the busy timeout (it refuses to wait where waiting could
    deadlock, e.g. while another connection is switching the same file or recovering its WAL).
    So a busy answer is retried with a bounded backoff until the busy timeout (``timeout_s``,
    default the connection's own ``busy_timeout``) has passed; only then is it RP702."""
    if timeout_s is None:
        timeout_s = _connection_timeout_s(conn, path)
    deadline = time.monotonic() + timeout_s
    pause = WAL_RETRY_FIRST_PAUSE_S
    while True:
        try:
            mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.Error as exc:
            if not _busy(exc) or time.monotonic() + pause > deadline:
                raise storage_error(exc, path, "switching it to WAL mode") from None
        time.sleep(pause)
        pause = min(pause * 2, WAL_RETRY_MAX_PAUSE_S)


def _connection_timeout_s(conn: sqlite3.Connection, path: Path) -> float:
    try:
        return int(conn.execute("PRAGMA busy_timeout").fetchone()[0]) / 1000
    except sqlite3.Error as exc:
        raise storage_error(exc, path, "reading its busy timeout") from None


def _busy(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED (any extended code), by code when Python gives one."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(exc).lower()
    return "locked" in text or "busy" in text


@contextmanager
def write_transaction(conn: sqlite3.Connection, path: Path, action: str) -> Iterator[None]:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``; rolls back and raises a coded error on failure."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise storage_error(exc, path, action) from None
    try:
        yield
        conn.execute("COMMIT")
    except sqlite3.Error as exc:
        _rollback(conn)
        raise storage_error(exc, path, action) from None
    except BaseException:
        _rollback(conn)
        raise


def _rollback(conn: sqlite3.Connection) -> None:
    if conn.in_transaction:
        try:
            conn.execute("ROLLBACK")
        except sqlite3.Error:
            pass
