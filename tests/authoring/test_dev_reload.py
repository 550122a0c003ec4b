"""Hot reload: the watcher notices real changes, a broken file never crashes the session, and a
fixed file replays the replies given so far."""

from __future__ import annotations

import io
import json
import os
import sys
import time
from pathlib import Path

import pytest

from roleplay.cli.dev_session import DevLoop
from roleplay.report.console import Printer
from roleplay.scenario.watch import Broken, Reloaded, ScenarioWatcher
from roleplay.scoring.types import Score, ScoreInput

from .test_golden import SCENARIO

GOOD_LINES = ["OK.", "", "a reply after the ending"]  # the fixed scorer: 'OK.' ends it


class StubScorer:
    name = "stub"

    def score(self, item: ScoreInput) -> Score:
        v = 80 if "good" in item.reply else 10
        return Score(v, v, v, v)


def save(path: Path, text: str) -> None:
    path.write_text(text)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10_000_000))  # a new mtime, always


def started_loop(folder: Path, text: str = SCENARIO) -> tuple[Path, io.StringIO, DevLoop]:
    """A dev loop on ``folder/mini.yaml`` holding ``text``, started; its output goes to the
    returned buffer."""
    path = folder / "mini.yaml"
    save(path, text)
    buf = io.StringIO()
    loop = DevLoop(ScenarioWatcher(path), StubScorer(), Printer(buf, False))
    loop.start()
    return path, buf, loop


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
    assert "replayed 1 reply: now in 'b'" in buf.getvalue()
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
    path, buf, loop = started_loop(tmp_path)
    save(path, SCENARIO.replace('trust: ">= 60"', 'trust: ">= 90"'))
    loop.check()
    assert "RP405" in buf.getvalue() and loop.session is not None
    loop.handle("/lint\n")
    assert buf.getvalue().count("RP405") == 2


def test_help_in_dev_mode_names_restart_and_lint(tmp_path: Path) -> None:
    path, buf, loop = started_loop(tmp_path)
    before = len(buf.getvalue())
    assert loop.handle("/help\n")
    answer = buf.getvalue()[before:]
    assert "/hint" in answer and "/restart" in answer and "/lint" in answer


def test_dev_command_in_json_mode_plays_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`roleplay dev PATH --json`: one JSON event per line, blank lines ignored, and after the
    ending a reply is not scored but answered with how to go on."""
    from roleplay.cli import main

    path = tmp_path / "mini.yaml"
    save(path, SCENARIO)
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(GOOD_LINES) + "\n\n"))
    assert main(["dev", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    events = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert events[0] == {"event": "load", "file": str(path), "playable": True, "diagnostics": []}
    # the reply after the ending is answered with a note, as an object like every other line
    assert [e["event"] for e in events] == ["load", "start", "turn", "end", "note"]
    assert all(line.startswith("{") for line in out.splitlines()), out
    assert "The conversation has ended: /restart, or edit the file." in out
    assert "Dev mode:" not in out  # the help line is for people, not for JSON readers


def test_dev_command_on_a_file_that_never_loads_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from roleplay.cli import main

    path = tmp_path / "mini.yaml"
    save(path, "id: [")
    monkeypatch.setattr(sys, "stdin", io.StringIO("hello\n/quit\n"))
    assert main(["dev", str(path)]) == 2
    out = capsys.readouterr().out
    assert "does not load; fix it and save, or /quit" in out and "does not load yet" in out


def test_an_edit_that_ends_sooner_starts_again(tmp_path: Path) -> None:
    path, buf, loop = started_loop(tmp_path)
    loop.handle("good\n")
    save(
        path, SCENARIO.replace("        to: b\n        effects", "        to: won\n        effects")
    )
    assert loop.check()
    assert (
        "(the edited scenario ends after reply 1 of your 1: success in 'won'; starting again)"
    ) in buf.getvalue()
    assert loop.session is not None and loop.session.state == "a" and loop.session.turn == 0


def test_a_saved_file_is_checked_while_the_learner_is_typing(tmp_path: Path) -> None:
    """In a terminal, a background poll shows a broken save at once and redraws the prompt."""
    from roleplay.cli.dev_session import watch_in_background

    path, buf, loop = started_loop(tmp_path)
    stop = watch_in_background(loop, 0.01, loop.out)
    try:
        save(path, SCENARIO.replace("to: won", "to: nowhere"))
        deadline = time.monotonic() + 60  # a safety net for a loaded machine
        while not buf.getvalue().endswith("> ") and time.monotonic() < deadline:
            time.sleep(0.01)
    finally:
        stop.set()
    assert "RP301" in buf.getvalue() and buf.getvalue().endswith("> ")


SHARED = """\
intents:
  ask_need:
    examples:
      - "What do you need from this?"
      - "What matters most to you here?"
      - "Help me understand what you need."
"""


def test_editing_an_included_file_of_shared_intents_reloads_the_scenario(tmp_path: Path) -> None:
    """Found by a trainer: `roleplay dev` did not notice an edit of the file a scenario
    includes, so a broken shared-intents file went unreported until the next restart."""
    shared = tmp_path / "common_intents.yaml"
    save(shared, SHARED)
    path = tmp_path / "mini.yaml"
    text = SCENARIO.replace("start: a\n", "include: [common_intents.yaml]\nstart: a\n")
    save(
        path,
        text.replace(
            "to: lost\n  b:", "to: lost\n      - when: {said: ask_need}\n        to: b\n  b:", 1
        ),
    )
    watcher = ScenarioWatcher(path)
    assert isinstance(watcher.load(), Reloaded)
    assert watcher.poll() is None
    save(shared, SHARED.replace("examples:", "examples: [", 1))  # a YAML syntax error
    broken = watcher.poll()
    assert isinstance(broken, Broken) and broken.diagnostics[0].code == "RP101"
    assert broken.diagnostics[0].location is not None
    assert broken.diagnostics[0].location.file.endswith("common_intents.yaml")
    assert [p.name for p in broken.changed] == ["common_intents.yaml"]  # not the scenario
    save(shared, SHARED.replace("What do you need from this?", "What do you need from me?"))
    fixed = watcher.poll()
    assert isinstance(fixed, Reloaded)
    assert "What do you need from me?" in fixed.loaded.scenario.intents["ask_need"].examples
    (tmp_path / ".mini.yaml.swp").write_bytes(b"editor state")  # the folder changes, no YAML
    (tmp_path / "notes.txt").write_text("x")
    assert watcher.poll() is None
    os.utime(shared, ns=(0, shared.stat().st_mtime_ns + 10_000_000))  # touched, same content
    assert watcher.poll() is None


def test_dev_mode_names_the_included_file_that_changed(tmp_path: Path) -> None:
    """Found by a trainer: an edit of the shared intents file was announced as
    "~ mini.yaml changed", sending them to look for a change in the wrong file."""
    shared, text, path, buf, loop = _started_with_a_broken_include(tmp_path)
    announced = [line for line in buf.getvalue().splitlines() if line.startswith("~ ")]
    assert announced == [f"~ {shared} changed"], announced
    save(path, text + "\n# a comment\n")
    assert loop.check()
    announced = [line for line in buf.getvalue().splitlines() if line.startswith("~ ")]
    assert announced[-1] == f"~ {path} changed"


def test_dev_mode_names_a_changed_file_relative_to_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a newcomer: `roleplay dev` run in the scenario's folder announced an include's
    change by its absolute path ("~ /home/.../scenarios/common_intents.yaml changed")."""
    folder = tmp_path / "scenarios"
    folder.mkdir()
    shared = folder / "common_intents.yaml"
    save(shared, SHARED)
    text = SCENARIO.replace("start: a\n", "include: [common_intents.yaml]\nstart: a\n")
    monkeypatch.chdir(tmp_path)
    path, buf, loop = started_loop(folder, text)  # given by its absolute path
    save(shared, SHARED.replace("What do you need from this?", "What do you need from me?"))
    assert loop.check()
    save(path, text + "\n# a comment\n")
    assert loop.check()
    monkeypatch.chdir(folder)
    save(path, text + "\n# another comment\n")
    assert loop.check()
    announced = [line for line in buf.getvalue().splitlines() if line.startswith("~ ")]
    assert announced == [
        f"~ {Path('scenarios', 'common_intents.yaml')} changed",
        f"~ {Path('scenarios', 'mini.yaml')} changed",
        "~ mini.yaml changed",
    ]


def test_dev_command_on_a_path_with_nothing_there_stops_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A mistyped path used to start dev mode, which then waited for a file nobody would save
    ("fix it and save, or /quit"); now it says what is missing and where the file is, exit 2."""
    from roleplay.cli import main

    (tmp_path / "scenarios").mkdir()
    save(tmp_path / "scenarios" / "mini.yaml", SCENARIO)
    monkeypatch.chdir(tmp_path)
    stdin = io.StringIO("hello\n/quit\n")
    monkeypatch.setattr(sys, "stdin", stdin)
    assert main(["dev", "mini.yaml"]) == 2
    captured = capsys.readouterr()
    said = captured.out + captured.err
    assert "RP001" in said and "scenarios/mini.yaml" in said  # did you mean ...
    assert "Dev mode:" not in said and "fix it and save" not in said
    assert stdin.read() == "hello\n/quit\n"  # no reply was read


def test_a_save_before_any_reply_shows_the_opening_line_not_the_whole_introduction(
    tmp_path: Path,
) -> None:
    path, buf, loop = started_loop(tmp_path)
    intro = buf.getvalue()
    title = intro.splitlines()[0]
    assert intro.count(title) == 1
    save(path, SCENARIO.replace("say: First.", "say: Hello there."))
    assert loop.check()
    after = buf.getvalue()[len(intro) :]
    assert title not in after, after  # the title, summary and roles are not printed again
    assert "(no replies yet: at the start, 'a'; /restart shows the introduction)" in after
    assert after.rstrip().endswith("Hello there."), after
    assert loop.handle("/restart\n")
    assert title in buf.getvalue()[len(intro) + len(after) :]  # a restart shows it all


def test_json_mode_writes_only_json_objects_through_reloads_and_replays(tmp_path: Path) -> None:
    """`roleplay dev --json` promises one JSON object per event, but a reload that replayed the
    replies wrote "(replayed 1 reply: now in 'b')" and "Sam: Second!" as bare text."""
    path = tmp_path / "mini.yaml"
    save(path, SCENARIO)
    buf = io.StringIO()
    loop = DevLoop(ScenarioWatcher(path), StubScorer(), Printer(buf, False), json_mode=True)
    assert loop.start()
    assert loop.handle("good\n")
    save(path, SCENARIO.replace("say: Second.", "say: Second!"))
    assert loop.check()
    assert loop.handle("/lint\n")
    assert loop.handle("good\n")  # ends it
    assert loop.handle("one more\n")  # after the ending: a note
    save(path, SCENARIO.replace("say: Second.", "say: Second?"))
    assert loop.check()  # both replies replayed: it ends, and starts again
    events = [json.loads(line) for line in buf.getvalue().splitlines()]
    kinds = [e["event"] for e in events]
    replayed = next(e for e in events if e["event"] == "replayed")
    assert (replayed["replies"], replayed["state"], replayed["say"]) == (1, "b", "Second!")
    assert "lint" in kinds and "note" in kinds and "replay_ended" in kinds, kinds
    assert kinds[-1] == "start", kinds


def test_a_broken_include_says_which_file_broke_the_scenario(tmp_path: Path) -> None:
    """Found trying the authoring path as a newcomer: a syntax error in the shared intents file
    was followed by "(the file does not load; still playing the last good version)": which file,
    the scenario the trainer is playing or the one just saved? The line names both."""
    shared, text, path, buf, loop = _started_with_a_broken_include(tmp_path)
    assert (
        f"({path} does not load with the change to {shared}; still playing the last good "
        "version)" in buf.getvalue()
    )
    save(shared, SHARED)
    assert loop.check()
    save(path, text.replace("to: won", "to: nowhere"))  # the scenario itself
    assert loop.check()
    assert f"({path} does not load; still playing the last good version)" in buf.getvalue()


def _started_with_a_broken_include(tmp_path: Path) -> tuple[Path, str, Path, io.StringIO, DevLoop]:
    """A dev loop on a scenario that includes common_intents.yaml, after a save that broke the
    include: (the include, the scenario's text, its path, the output, the loop)."""
    shared = tmp_path / "common_intents.yaml"
    save(shared, SHARED)
    text = SCENARIO.replace("start: a\n", "include: [common_intents.yaml]\nstart: a\n")
    path, buf, loop = started_loop(tmp_path, text)
    save(shared, SHARED.replace("examples:", "examples: [", 1))
    assert loop.check()
    return shared, text, path, buf, loop
