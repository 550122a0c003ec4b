"""`roleplay score`: single reply, --json, --jsonl with per-line errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from roleplay.cli import main


def test_single_reply_human(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "Take it or leave it.", "--partner", "I need 30% of your budget."])
    out = capsys.readouterr().out
    assert code == 0
    assert "collaboration" in out
    assert 'ultimatum ("Take it or leave it")' in out


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
