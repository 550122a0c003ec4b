"""Two `roleplay resume N` at once: the second is refused with RP714, the first loses nothing."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from roleplay.errors import StorageError
from roleplay.scoring.fixed import FixedScorer
from roleplay.storage import SessionStore, check_resume, restore_session

from ..budget import GOOD_REPLIES, PLAY_BUDGET
from ..storage.helpers import open_store, play
from .helpers import run_cli


def _first_event(proc: subprocess.Popen[str]) -> dict[str, object]:
    assert proc.stdout is not None
    line = proc.stdout.readline()
    assert line, "the first resume printed nothing"
    event: dict[str, object] = json.loads(line)
    return event


def test_second_resume_of_a_session_in_use_is_refused() -> None:
    assert run_cli("play", PLAY_BUDGET, "--plain", stdin=GOOD_REPLIES[0] + "\n").returncode == 0
    first = subprocess.Popen(
        [sys.executable, "-m", "roleplay", "resume", "1", "--plain", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert _first_event(first)["event"] == "resume"  # it holds the session now
        second = run_cli("resume", "1", "--plain", "--json", stdin=GOOD_REPLIES[3] + "\n")
        assert second.returncode == 2
        assert "RP714" in second.stderr and "in use" in second.stderr
        assert "Traceback" not in second.stderr and second.stdout == ""
        out, err = first.communicate(GOOD_REPLIES[1] + "\n", timeout=60)
    finally:
        if first.poll() is None:
            first.kill()
    assert first.returncode == 0, err
    with SessionStore.open() as store:
        assert [t.reply for t in store.live_turns(1)] == GOOD_REPLIES[:2]
    again = run_cli("resume", "1", "--plain", "--json", stdin="")  # free again afterwards
    assert again.returncode == 0, again.stderr


def test_a_claim_is_per_process_and_released_on_close() -> None:
    with open_store() as store:
        _, sid = play(store, GOOD_REPLIES[:1])
        record = store.session(sid)
        restore_session(store, record, check_resume(store, record).saved, FixedScorer())
        with SessionStore.open() as other:  # another connection, as another process would be
            with pytest.raises(StorageError) as info:
                restore_session(other, record, check_resume(other, record).saved, FixedScorer())
            assert info.value.code == "RP714"
    with SessionStore.open() as later:
        restore_session(later, record, check_resume(later, record).saved, FixedScorer())
