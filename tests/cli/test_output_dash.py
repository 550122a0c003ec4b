"""`-o -` is standard output (the Unix convention) for every command that takes `-o`: the text
goes to stdout, notes stay on stderr, and no file named `-` appears. (Each used to write a file
named `-` in the current folder.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.storage import SessionStore
from roleplay.storage.workshop import WorkshopStore, open_workshop_db

from ..storage.helpers import GOOD_REPLIES, play


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    ("fmt", "starts"), [("md", "# "), ("html", "<!DOCTYPE html>"), ("json", "{")]
)
def test_export_to_dash_is_stdout(
    here: Path, fmt: str, starts: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with SessionStore.open() as store:
        play(store, GOOD_REPLIES)
    assert main(["export", "last", "--format", fmt, "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(starts) and len(out) > 200
    assert list(here.iterdir()) == []


@pytest.mark.parametrize(
    ("fmt", "starts"),
    [("mermaid", "stateDiagram"), ("dot", "digraph"), ("html", "<!doctype html>")],
)
def test_graph_to_dash_is_stdout(
    here: Path, fmt: str, starts: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["graph", "budget_pushback", "--format", fmt, "-o", "-"]) == 0
    captured = capsys.readouterr()
    assert captured.out.lstrip().startswith(starts) and captured.err == ""
    assert list(here.iterdir()) == []


def test_workshop_debrief_to_dash_is_stdout(here: Path, capsys: pytest.CaptureFixture[str]) -> None:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Tuesday", ["budget_pushback"], join_code=None, max_participants=4)
    store.start_round(w.id)
    assert main(["workshop", "debrief", "--format", "json", "-o", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["workshop"] == "Tuesday"
    assert main(["workshop", "debrief", "-o", "-"]) == 0  # no suffix: Markdown
    assert "Tuesday" in capsys.readouterr().out
    assert list(here.iterdir()) == []


@pytest.mark.parametrize("argv", [["export"], ["graph"], ["workshop", "debrief"]])
def test_help_says_dash_is_stdout(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    assert "- is standard output" in " ".join(capsys.readouterr().out.split())
