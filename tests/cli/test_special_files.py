"""A named pipe (or other file that is not a regular file) given where a scenario is expected is
refused at once with one RP002 line and exit code 2: it is never opened, so nothing waits for a
writer that never comes. (Each command used to block forever on a FIFO with no writer.) And a
scenario whose file name is not UTF-8 plays and is saved."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from roleplay.scenario.library import shared_intents_file
from roleplay.scenario.play_cache import stamps
from roleplay.scenario.watch import ScenarioWatcher
from roleplay.storage import SessionStore

from ..budget import BUDGET
from .helpers import run_main

SAFETY_NET_S = 60.0  # only ever reached by a command that blocks; never a measurement


@pytest.fixture
def fifo(tmp_path: Path) -> Iterator[Path]:
    """A FIFO nobody writes to. Should a command open it for reading anyway, a watchdog opens
    it for writing after the safety net, so the test fails instead of hanging."""
    path = tmp_path / "pipe.yaml"
    os.mkfifo(path)
    done = threading.Event()
    released = threading.Event()

    def release() -> None:
        if done.wait(SAFETY_NET_S):
            return
        released.set()
        while not done.wait(0.1):  # a command may open it more than once
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:
                pass  # nobody is reading right now

    watchdog = threading.Thread(target=release, daemon=True)
    watchdog.start()
    yield path
    done.set()
    watchdog.join()
    assert not released.is_set(), "a command opened the pipe and waited for a writer"


@pytest.mark.parametrize(
    "command",
    [
        ("validate", "{}"),
        ("play", "{}", "--plain"),
        ("play", "{}", "--plain", "--json"),
        ("test", "{}"),
        ("graph", "{}"),
        ("intents", "{}", "What do you need?"),
        ("dev", "{}"),
    ],
)
def test_a_pipe_is_refused_with_one_coded_line(fifo: Path, command: tuple[str, ...]) -> None:
    done = run_main(*(part.format(fifo) for part in command), stdin="/quit\n")
    assert done.returncode == 2, done.stdout + done.stderr
    said = [line for line in (done.stdout + done.stderr).splitlines() if "RP002" in line]
    assert said, done.stdout + done.stderr
    assert all("is not a regular file" in line and str(fifo) in line for line in said)
    assert "Traceback" not in done.stderr


def test_the_scenario_helpers_never_open_a_pipe(fifo: Path) -> None:
    assert not shared_intents_file(fifo)
    stamps(fifo)  # the play cache's stamps: whether the file may include others
    watcher = ScenarioWatcher(fifo)
    assert not watcher.load().playable
    assert watcher.poll() is None


@pytest.mark.skipif(sys.platform in ("darwin", "win32"), reason="file names must be bytes")
def test_a_scenario_whose_file_name_is_not_utf8_plays_and_is_saved(tmp_path: Path) -> None:
    name = os.fsdecode(b"caf\xe9.yaml")  # a Latin-1 file name: a lone surrogate in Python
    (tmp_path / name).write_bytes(BUDGET.read_bytes())
    done = run_main("play", str(tmp_path / name), "--plain", stdin="Hello there.\n/quit\n")
    assert done.returncode == 0, done.stderr  # (it was a traceback: UnicodeEncodeError)
    with SessionStore.open() as store:
        (record,) = store.sessions()
        assert record.turn_count == 1
        assert record.scenario_path == str(tmp_path.resolve() / "caf\ufffd.yaml")
