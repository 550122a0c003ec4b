"""`roleplay score`: single reply, --json, --jsonl with per-line errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from roleplay.cli import main


def test_single_reply_human(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "Take it or leave it.", "--partner", "I need 30% of your budget."])
    out = capsys.readouterr().out
    assert code == 0
    assert "collaboration" in out
    assert "ultimatum \u201cTake it or leave it\u201d" in out  # curly quotes (roleplay.quotes)


def test_single_reply_json(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "What matters most to you?", "--json", "-k", "budget"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert set(data) == {
        "listening",
        "empathy",
        "collaboration",
        "overall",
        "same_side",
        "evidence",
        "scored",
    }
    assert data["scored"] is True
    for e in data["evidence"]:
        assert set(e) == {"dimension", "points", "reason", "span"}


def test_jsonl_file_with_bad_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b'{"reply": "Let\'s split it.", "partner": "I need it all", "key_points": ["all"]}\n'
        b"not json\n"
        b'{"partner": "no reply"}\n'
        b"\xff\xfe\n"
        b'["a list"]\n'
        b'{"reply": "Okay", "emotion": 3}\n'
        b'{"reply": "How are you feeling?", "emotion": null}\n'
    )
    code = main(["score", "--jsonl", str(path)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 2
    assert len(lines) == 7
    assert "listening" in lines[0] and "listening" in lines[6]
    assert [x["line"] for x in lines[1:6]] == [2, 3, 4, 5, 6]
    assert all(x["error"]["code"] == "RP504" for x in lines[1:6])


def test_jsonl_lines_python_cannot_parse_are_error_objects(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # a deep array was a RecursionError traceback that ended the whole run; a huge number
    # gave Python's int() message
    path = tmp_path / "in.jsonl"
    path.write_bytes(
        b"[" * 100_000 + b"]" * 100_000 + b"\n"
        b'{"reply": "a", "n": ' + b"9" * 5000 + b"}\n"
        b'{"reply": "Can we phase it?"}\n'
    )
    assert main(["score", "--jsonl", str(path)]) == 2
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines()]
    assert [x.get("error", {}).get("message") for x in lines] == [
        "JSON nested too deeply",
        "a number in it is too long to read",
        None,
    ]
    assert "listening" in lines[2]
    assert "Traceback" not in captured.err


def test_jsonl_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = b'{"reply": "a"}\n{"reply": "b"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert main(["score", "--jsonl", "-"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_errors_are_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["score"]) == 2
    assert "RP502" in capsys.readouterr().err
    assert main(["score", "--jsonl", str(tmp_path / "missing.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "RP505" in err and len(err.strip().splitlines()) == 1
    assert main(["score", "x", "--jsonl", "-"]) == 2


def test_unreadable_reply_says_why_in_json_and_plain(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["score", "Je comprends, c'est beaucoup de pression pour vous.", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scored"] is False and data["reason"] == "language:fr"
    assert main(["score", "asdkjh qwpoeiru zxmcnvb"]) == 0
    out = capsys.readouterr().out
    assert "Not scored" in out and "gibberish" in out


def test_scorer_option_selects_the_lexical_scorer(capsys: pytest.CaptureFixture[str]) -> None:
    stuffed = "together together we we let's us our together we let's"
    assert main(["score", stuffed, "--json", "--scorer", "lexical"]) == 0
    lexical = json.loads(capsys.readouterr().out)
    assert main(["score", stuffed, "--json"]) == 0
    semantic = json.loads(capsys.readouterr().out)
    assert semantic["collaboration"] < lexical["collaboration"]


class _Zeros(io.RawIOBase):
    """/dev/zero as a stream: NUL bytes for ever, never a line end."""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer)
        view[:] = bytes(len(view))
        return len(view)


def test_jsonl_input_with_no_line_end_stops_with_one_coded_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `roleplay score --jsonl /dev/zero` read for ever, skipping one endless line
    from roleplay.cli import score

    monkeypatch.setattr(score, "MAX_SKIP_BYTES", 3 * score.MAX_LINE_BYTES)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(_Zeros())))
    assert main(["score", "--jsonl", "-"]) == 2
    captured = capsys.readouterr()
    (line,) = [json.loads(x) for x in captured.out.splitlines()]
    assert line == {
        "line": 1,
        "error": {"code": "RP506", "message": "no line end within 3 MB: stopped reading"},
    }
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert "<stdin>:1 RP506 line 1 has no line end within 3 MB: stopped reading" in captured.err


def test_a_jsonl_line_over_the_limit_is_skipped_and_the_next_is_scored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from roleplay.cli.score import MAX_LINE_BYTES

    path = tmp_path / "in.jsonl"
    path.write_bytes(b'{"reply": "' + b"a" * (2 * MAX_LINE_BYTES) + b'"}\n{"reply": "Can we?"}\n')
    assert main(["score", "--jsonl", str(path)]) == 2
    first, second = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert first["error"]["message"] == f"line longer than {MAX_LINE_BYTES} bytes"
    assert "listening" in second
