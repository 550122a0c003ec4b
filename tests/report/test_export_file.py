"""Export files: never over the database (by identity, not by name), all or nothing on disk."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.errors import RoleplayError
from roleplay.report import export_file
from roleplay.report.formats import write_export
from roleplay.storage import SessionStore, database_path

from ..storage.helpers import GOOD_REPLIES, play


@pytest.fixture
def session_id() -> int:
    with SessionStore.open() as store:
        return play(store, GOOD_REPLIES * 3)[1]


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_hard_link_to_the_database_is_refused(
    session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = database_path()
    link = tmp_path / "x.html"
    os.link(db, link)
    before = db.read_bytes()
    assert main(["export", "last", "--format", "html", "-o", str(link)]) == 2
    assert "RP724" in capsys.readouterr().err
    assert db.read_bytes() == before and os.path.samefile(db, link)
    assert main(["history"]) == 0 and str(session_id) in capsys.readouterr().out


def test_symlinks_and_companion_files_are_refused(session_id: int, tmp_path: Path) -> None:
    db = database_path()
    (tmp_path / "alias.md").symlink_to(db)
    with SessionStore.open() as store:  # an open connection keeps the -wal and -shm files
        store.sessions()
        wal = Path(str(db) + "-wal")
        assert wal.exists()
        os.link(wal, tmp_path / "wal.md")
        for name in ("alias.md", "wal.md"):
            with pytest.raises(RoleplayError) as info:
                write_export("# not a database\n", tmp_path / name, db)
            assert info.value.code == "RP724"
    with SessionStore.open() as store:
        assert store.session(session_id).turn_count == len(store.live_turns(session_id)) > 0


def test_a_failed_write_leaves_no_partial_file_and_the_old_one_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.md"
    target.write_text("the previous export\n", encoding="utf-8")
    real_write = os.write
    calls: list[int] = []

    def disk_fills_up(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", disk_fills_up)
    with pytest.raises(RoleplayError) as info:
        write_export("x" * (3 * export_file.CHUNK), target, database_path())
    monkeypatch.undo()
    assert len(calls) == 2  # it failed half-way through, after writing one chunk
    assert info.value.code == "RP725" and "No space left" in info.value.format()
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert _leftovers(tmp_path) == []


def test_replacing_keeps_permissions_and_follows_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "link.md"
    link.symlink_to(real)
    assert write_export("new", link, database_path()) == real
    assert real.read_text(encoding="utf-8") == "new" and link.is_symlink()
    assert real.stat().st_mode & 0o777 == 0o600
    assert _leftovers(tmp_path) == []


def _limit_file_size() -> None:  # runs in the child before exec
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails with EFBIG
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs POSIX file size limits")
def test_a_real_size_limit_mid_export_leaves_nothing_behind(tmp_path: Path) -> None:
    """The kernel refuses the write past 64 KB (as a full disk would) while the CLI exports."""
    with SessionStore.open() as store:
        play(store, [GOOD_REPLIES[0] + " " + "w" * 40_000] * 3)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "big.html"
    # Under `make coverage` a child could not save its own data under the limit either.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}
    res = subprocess.run(
        [sys.executable, "-m", "roleplay", "export", "last", "-f", "html", "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_limit_file_size,
        env={**env, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert res.returncode == 2, res.stderr
    assert "RP725" in res.stderr and "Traceback" not in res.stderr
    assert not target.exists() and list(out.iterdir()) == []
    export = subprocess.run(
        [sys.executable, "-m", "roleplay", "export", "last", "-f", "html", "-o", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert export.returncode == 0 and target.stat().st_size > 64 * 1024


def test_a_missing_folder_is_an_error_naming_it_and_is_not_created(
    session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "dir" / "x.html"
    assert main(["export", str(session_id), "--format", "html", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "RP725" in err and f"the folder {target.parent} does not exist" in err, err
    assert "create the folder first" in err and "Traceback" not in err
    assert not (tmp_path / "missing").exists()
    target.parent.mkdir(parents=True)
    assert main(["export", str(session_id), "--format", "html", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_data_folders_own_exports_folder_is_created_on_first_use(session_id: int) -> None:
    from roleplay.report.formats import export_session
    from roleplay.storage import exports_dir

    assert not exports_dir().exists()
    with SessionStore.open() as store:
        path = export_session(store, session_id, "md")
    assert path.parent == exports_dir() and path.read_text(encoding="utf-8").startswith("#")


def test_a_pipe_is_written_into_never_replaced(tmp_path: Path) -> None:
    pipe = tmp_path / "export.fifo"
    os.mkfifo(pipe)
    with pytest.raises(RoleplayError) as nobody:  # no reader: refused at once, not a hang
        export_file.write_atomically("# session\n", pipe)
    assert nobody.value.code == "RP725" and str(pipe) in nobody.value.format()
    reader = subprocess.Popen(["cat", str(pipe)], stdout=subprocess.PIPE)
    try:
        for _ in range(200):  # wait until cat has the pipe open for reading
            try:
                written = export_file.write_atomically("# session\n", pipe)
                break
            except RoleplayError:
                time.sleep(0.05)
        else:
            raise AssertionError("the reader never opened the pipe")
        out, _ = reader.communicate(timeout=30)
    finally:
        reader.kill()
    assert written == pipe and out == b"# session\n"
    assert pipe.is_fifo() and _leftovers(tmp_path) == []  # still the pipe, nothing left over
