"""Plain mode's /commands: each answers something, --json stays one JSON object per line, and
exam mode keeps the scores for the end."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from roleplay.engine import Mode
from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer

from ..budget import BUDGET, GOOD_REPLIES, new_session


def run(lines: list[str], *, json_mode: bool = False, mode: Mode = "coach") -> str:
    out = io.StringIO()
    PlainFrontEnd(new_session(), Printer(out, False), json_mode=json_mode, mode=mode).run(lines)
    return out.getvalue()


def test_every_command_keeps_json_output_one_object_per_line() -> None:
    text = run(
        ["/rewind", "/scores", "/help", "/bogus", GOOD_REPLIES[0], "/scores", "/quit"],
        json_mode=True,
    )
    events = [json.loads(line) for line in text.splitlines()]  # fails on any plain-text line
    kinds = [e["event"] for e in events]
    assert kinds == ["start", "notice", "notice", "notice", "notice", "turn", "scores", "stop"]
    assert [e["about"] for e in events if e["event"] == "notice"] == [
        "rewind",
        "scores",
        "help",
        "unknown",
    ]
    assert events[4]["message"].startswith("Unknown command '/bogus'.")
    turn = events[5]
    assert events[6]["turns"] == [
        {"turn": 1, "state": "opening", "scored": True, "overall": turn["scores"]["overall"]}
    ]


def test_scores_before_any_answer_says_so() -> None:
    assert "No scores yet: nothing has been answered." in run(["/scores", "/quit"])


def test_scores_in_coach_mode_lists_each_turn() -> None:
    text = run([GOOD_REPLIES[0], GOOD_REPLIES[1], "/scores", "/quit"])
    rows = [line for line in text.splitlines() if line.startswith("Turn ")]
    assert [r.split(":")[0] for r in rows] == ["Turn 1", "Turn 2"]
    assert all(r.split("overall ")[1].isdigit() for r in rows)


@pytest.mark.parametrize("json_mode", [False, True])
def test_exam_mode_scores_command_does_not_reveal_scores(json_mode: bool) -> None:
    text = run([GOOD_REPLIES[0], "/scores", "/quit"], json_mode=json_mode, mode="exam")
    assert "Exam mode: the scores are shown at the end." in text
    assert "overall" not in text.split("Exam mode")[1]


@pytest.mark.parametrize("json_mode", [False, True])
def test_exam_mode_gives_no_hint_as_the_tui_does(json_mode: bool) -> None:
    """Found by a newcomer: the picker says exam mode is "no scores or hints until the
    debrief" and the TUI offers no hint key there, but plain mode's /hint gave the hint."""
    hint = new_session().current.hint
    assert hint
    text = run(["/hint", "/quit"], json_mode=json_mode, mode="exam")
    assert "Exam mode: no hints until the end." in text and hint not in text
    assert hint in run(["/hint", "/quit"], json_mode=json_mode)  # coach mode still gives it


def test_debrief_advice_has_its_own_heading() -> None:
    text = run(["Whatever.", "/end"])
    lines = text.splitlines()
    first_advice = next(i for i, line in enumerate(lines) if line.startswith("  Turn 1: A better"))
    assert lines[first_advice - 1] == "What to try next time:"


def test_a_success_under_the_pass_mark_says_why_it_did_not_pass(tmp_path: Path) -> None:
    """SUCCESS with "not passed" reads as a contradiction unless the debrief says why."""
    strict = tmp_path / "strict.yaml"
    strict.write_text(BUDGET.read_text().replace("pass_score: 55", "pass_score: 100"))
    out = io.StringIO()
    PlainFrontEnd(new_session(strict), Printer(out, False)).run(GOOD_REPLIES)
    [verdict] = [line for line in out.getvalue().splitlines() if line.startswith("== ")]
    assert verdict.startswith("== SUCCESS: overall ")
    assert verdict.endswith(
        "(pass 100), not passed: the ending was reached, but the replies "
        "averaged under the pass mark"
    )


def test_help_explains_scores_heard_lines_and_replies_that_are_not_scored() -> None:
    """Found by a newcomer in line mode: /help repeated the command list only, with no word on
    what the scores, "Dana heard: ..." or "Not scored" mean (the TUI's F1 says it)."""
    help_line = next(line for line in run(["/help", "/quit"]).splitlines() if "/hint" in line)
    shown = run(["/help", "/quit"]).split("Dana: ", 1)[1]
    assert "Each reply is scored 0-100 for listening, empathy and collaboration" in shown
    assert '"Dana heard: ..."' in shown and '"Not scored"' in shown
    assert "another language than English" in shown and help_line.startswith("Type your reply")
    # probe17: the explanation ran on after /help's command list, on the same line
    (answered,) = [line for line in shown.splitlines() if "Commands:" in line]
    assert answered.endswith("to send a leading slash)"), answered


def test_exam_mode_lists_no_hint_nor_scores_command() -> None:
    """Found by probe15: exam mode's header and /help still listed /hint and /scores, which
    there only answer that they wait for the end."""
    exam = run(["/help", "/quit"], mode="exam")
    listed = [line for line in exam.splitlines() if "Commands:" in line]
    assert listed and not any("/hint" in line or "/scores" in line for line in listed)
    assert all("/rewind" in line and "/end" in line for line in listed)
    coach = [line for line in run(["/help", "/quit"]).splitlines() if "Commands:" in line]
    assert coach and all("/hint" in line and "/scores" in line for line in coach)
