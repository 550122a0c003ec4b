"""`roleplay export`: to stdout, to a file, and never over the database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.storage import SessionStore, database_path

from ..storage.helpers import GOOD_REPLIES, play
from .helpers import run_cli


@pytest.fixture
def session_id() -> int:
    with SessionStore.open() as store:
        return play(store, GOOD_REPLIES * 3)[1]


def test_export_to_stdout_in_each_format(
    session_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(session_id), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "roleplay.session"
    assert main(["export", "last", "--format", "md"]) == 0
    assert capsys.readouterr().out.startswith("# Push back on a budget cut")
    assert main(["export", str(session_id), "--format", "xapi"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["version"] == "1.0.3"


def test_export_to_a_file_says_where(
    session_id: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.html"  # (a folder that does not exist: RP725, test_export_file)
    assert main(["export", str(session_id), "-f", "html", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    said = capsys.readouterr()
    assert str(target) in said.err and said.out == ""  # the note is not part of any output


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="needs /dev/stdout")
def test_export_to_dev_stdout_is_only_the_export(session_id: int) -> None:
    done = run_cli("export", str(session_id), "-f", "json", "-o", "/dev/stdout")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["format"] == "roleplay.session"  # no note after it
    assert done.stderr.startswith(f"Exported session {session_id} (json) to /dev/stdout")


def test_export_never_writes_over_the_database(
    session_id: int, capsys: pytest.CaptureFixture[str]
) -> None:
    before = database_path().read_bytes()
    assert main(["export", str(session_id), "-f", "md", "-o", str(database_path())]) == 2
    assert "RP724" in capsys.readouterr().err
    assert database_path().read_bytes() == before


def test_unknown_session(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "42"]) == 2
    assert "RP710" in capsys.readouterr().err
    assert main(["export", "last"]) == 2
    assert "RP710" in capsys.readouterr().err
