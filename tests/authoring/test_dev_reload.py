"""Hot reload: the watcher notices real changes, a broken file never crashes the session, and a
fixed file replays the replies given so far."""

from __future__ import annotations

import io
import os
from pathlib import Path

from roleplay.cli.dev_session import DevLoop
from roleplay.report.console import Printer
from roleplay.scenario.watch import Broken, Reloaded, ScenarioWatcher
from roleplay.scoring.types import Score, ScoreInput

from .test_golden import SCENARIO


class StubScorer:
    name = "stub"

    def score(self, item: ScoreInput) -> Score:
        v = 80 if "good" in item.reply else 10
        return Score(v, v, v, v)


def save(path: Path, text: str) -> None:
    path.write_text(text)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))  # a new mtime, always


def test_watcher_reports_changes_only(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    save(path, SCENARIO)
    watcher = ScenarioWatcher(path)
    first = watcher.load()
    assert isinstance(first, Reloaded) and first.diagnostics == []
    assert watcher.poll() is None
    os.utime(path, ns=(0, path.stat().st_mtime_ns + 10_000_000))  # touched, same content
    assert watcher.poll() is None
    save(path, SCENARIO.replace("to: lost\n  b:", "to: nowhere\n  b:"))
    broken = watcher.poll()
    assert isinstance(broken, Broken) and broken.diagnostics[0].code == "RP301"
    assert watcher.last_good is not None and watcher.last_good.scenario.id == "mini"
    save(path, SCENARIO.replace("  lost: {say: No., end: failure}\n", ""))
    assert isinstance(watcher.poll(), Broken)
    path.unlink()
    event = watcher.poll()
    assert isinstance(event, Broken) and event.diagnostics[0].code == "RP001"


def test_dev_loop_survives_broken_edits_and_replays(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    save(path, SCENARIO)
    buf = io.StringIO()
    loop = DevLoop(ScenarioWatcher(path), StubScorer(), Printer(buf, False))
    assert loop.start()
    assert loop.handle("good\n")
    assert loop.session is not None and loop.session.state == "b"

    save(path, SCENARIO.replace("to: won", "to: nowhere"))
    assert loop.check()
    out = buf.getvalue()
    assert "RP301" in out and "still playing the last good version" in out
    assert loop.session.state == "b"

    save(path, SCENARIO.replace("Second.", "Second, edited."))
    assert loop.check()
    assert "replayed 1 replies: now in 'b'" in buf.getvalue()
    assert "Second, edited." in buf.getvalue()
    assert loop.handle("good\n")
    assert loop.session.outcome == "success"
    assert loop.handle("/restart\n") and loop.session.state == "a"


def test_dev_loop_waits_for_a_file_that_does_not_load(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    save(path, "id: [")
    buf = io.StringIO()
    loop = DevLoop(ScenarioWatcher(path), StubScorer(), Printer(buf, False))
    assert not loop.start()
    assert loop.handle("hello\n")
    assert "does not load yet" in buf.getvalue()
    save(path, SCENARIO)
    assert loop.handle("good\n")  # reloads first, then answers
    assert loop.session is not None and loop.session.state == "b"


def test_lint_problems_show_in_place(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    save(path, SCENARIO)
    buf = io.StringIO()
    loop = DevLoop(ScenarioWatcher(path), StubScorer(), Printer(buf, False))
    loop.start()
    save(path, SCENARIO.replace('trust: ">= 60"', 'trust: ">= 90"'))
    loop.check()
    assert "RP405" in buf.getvalue() and loop.session is not None
    loop.handle("/lint\n")
    assert buf.getvalue().count("RP405") == 2


def test_help_in_dev_mode_names_restart_and_lint(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    save(path, SCENARIO)
    buf = io.StringIO()
    loop = DevLoop(ScenarioWatcher(path), StubScorer(), Printer(buf, False))
    loop.start()
    before = len(buf.getvalue())
    assert loop.handle("/help\n")
    answer = buf.getvalue()[before:]
    assert "/hint" in answer and "/restart" in answer and "/lint" in answer
