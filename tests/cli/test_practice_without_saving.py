"""A data folder that cannot be written (read-only disk, no permission, ROLEPLAY_HOME naming a
file) no longer stops a learner who only wants to practise: playing warns once (RP716) and
runs, and nothing claims to be saved; commands that must write still exit 2 with one line.

The tests make the folder unwritable by naming a file as ROLEPLAY_HOME: permissions do not
stop root, and the storage layer gives the same RP704 for both."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ..budget import GOOD_REPLIES, PLAY_BUDGET
from .helpers import run_main


@pytest.fixture
def unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "not-a-folder"
    home.write_text("a file where the data folder should be\n", encoding="utf-8")
    monkeypatch.setenv("ROLEPLAY_HOME", str(home))
    return home


@pytest.mark.parametrize("json_mode", [False, True])
def test_plain_play_warns_once_then_runs_and_claims_no_save(
    unwritable: Path, json_mode: bool
) -> None:
    args = ["play", PLAY_BUDGET, "--plain", *(["--json"] if json_mode else [])]
    played = run_main(*args, stdin=f"{GOOD_REPLIES[0]}\n{GOOD_REPLIES[1]}\n")
    assert played.returncode == 0, played.stderr
    (warning,) = played.stderr.splitlines()
    assert warning.startswith("RP716 warning: practising without saving: ")
    assert str(unwritable) in warning and "Traceback" not in played.stderr
    assert "Saved" not in played.stdout and "resume" not in played.stdout
    if json_mode:
        assert '"event": "turn"' in played.stdout
        start = json.loads(played.stdout.splitlines()[0])
        assert start["event"] == "start" and start["saving"] is False
    else:
        assert "Dana:" in played.stdout
        assert played.stdout.rstrip().endswith(
            "Not saved: this was practice without saving (RP716)."
        )
    assert unwritable.read_text(encoding="utf-8").startswith("a file where")  # untouched


def test_a_saved_session_says_so_in_its_start_event(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ROLEPLAY_HOME", str(tmp_path))
    played = run_main("play", PLAY_BUDGET, "--plain", "--json", stdin=f"{GOOD_REPLIES[0]}\n")
    assert played.returncode == 0, played.stderr
    start = json.loads(played.stdout.splitlines()[0])
    assert start["event"] == "start" and start["saving"] is True


@pytest.mark.parametrize("command", [["resume"], ["history"], ["export", "last", "--format", "md"]])
def test_commands_that_need_the_database_still_exit_2_with_one_line(
    unwritable: Path, command: list[str]
) -> None:
    done = run_main(*command)
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert "RP704" in line and "RP716" not in line


def test_a_damaged_database_is_not_played_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only an unwritable folder opens practice: a damaged database (RP701) still stops play,
    so nobody practises on while their saved sessions need rescuing."""
    monkeypatch.setenv("ROLEPLAY_HOME", str(tmp_path))
    (tmp_path / "roleplay.sqlite3").write_bytes(b"not a database at all" * 100)
    done = run_main("play", PLAY_BUDGET, "--plain", stdin="hello\n")
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert "RP701" in line


def test_the_tui_storage_opener_gives_practice_with_the_warning(unwritable: Path) -> None:
    from roleplay.cli.tui_storage import open_storage

    opened: list[object] = []
    storage = open_storage(opened)  # type: ignore[arg-type]
    assert storage.recorder is None and storage.exporter is None and storage.history is None
    assert storage.notice is not None and storage.notice.startswith("RP716 warning: ")
    assert opened == []


async def test_the_picker_stays_open_and_plays_without_saving(unwritable: Path) -> None:
    """Bare `roleplay` opened storage after the first paint and closed the app on RP704."""
    from roleplay.cli.tui_storage import open_storage
    from roleplay.tui.resume_app import ResumeAwareApp
    from roleplay.tui.screens.conversation import ConversationScreen

    from ..tui.helpers import wait_until

    app = ResumeAwareApp(None, open_storage=lambda: open_storage([]))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_until(pilot, lambda: not app.storage_pending, "storage opened")
        assert app.storage_error is None and app.is_running
        assert any("RP716" in str(n.message) for n in app._notifications)
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: isinstance(app.screen, ConversationScreen), "the conversation"
        )
        assert app.recorder is None


def test_a_full_disk_says_to_free_space_not_to_make_the_folder_writable() -> None:
    """probe19: on a full disk (a real 300 KB tmpfs) playing warned RP716 with 'make the folder
    writable', which the folder already was."""
    import sqlite3

    from roleplay.errors import StorageError
    from roleplay.storage.connection import storage_error
    from roleplay.storage.practice import practice_warning

    full = storage_error(sqlite3.OperationalError("disk I/O error"), Path("/x/db"), "opening it")
    assert isinstance(full, StorageError) and full.code == "RP704"
    warning = practice_warning(full)
    assert warning is not None and "free some disk space" in (warning.hint or "")
    assert "writable" not in (warning.hint or "")
    denied = StorageError("RP704", "/x/db: cannot open or write the database (readonly)")
    other = practice_warning(denied)
    assert other is not None and "make the folder writable" in (other.hint or "")
