"""What reaches the terminal from replies and scenario files: never raw control or bidi characters."""

from __future__ import annotations

import json

from ..budget import PLAY_BUDGET
from .helpers import run_main


def test_bidi_and_line_separators_never_reach_the_terminal_raw() -> None:
    text = "I hear you \u202eevil\u2066 and\u2028more"
    res = run_main("play", PLAY_BUDGET, "--plain", "--json", stdin=text + "\n/quit\n")
    assert res.returncode == 0
    assert not any(ch in res.stdout for ch in "\u202e\u2066\u2028")
    events = [json.loads(line) for line in res.stdout.splitlines()]
    turn = next(e for e in events if e["event"] == "turn")
    assert turn["reply"] == text  # JSON escapes them; the value is exact
    exported = run_main("export", "last", "--format", "md")
    assert "\\u202eevil\\u2066 and\\u2028more" in exported.stdout
    assert not any(ch in exported.stdout for ch in "\u202e\u2066\u2028")


def test_scenario_text_with_escapes_is_printed_visibly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    source = open(PLAY_BUDGET, encoding="utf-8").read()
    hostile = source.replace(
        "title: Push back on a budget cut", 'title: "Push back \\e[2J\\u202eon a budget cut"'
    )
    hostile = hostile.replace("role: Finance director", 'role: "Finance \\a director"')
    path = tmp_path / "budget_pushback.yaml"
    path.write_text(hostile, encoding="utf-8")
    res = run_main("play", str(path), "--plain", stdin="/quit\n")
    assert res.returncode == 0, res.stderr
    assert "Push back \\x1b[2J\\u202eon a budget cut" in res.stdout
    assert "Finance \\x07 director" in res.stdout
    assert not any(ch in res.stdout for ch in "\x1b\x07\u202e")


def test_a_newline_in_a_name_never_splits_an_error_line() -> None:
    checked = run_main("validate", "a\nb.yaml")
    assert checked.returncode == 2
    assert checked.stdout.splitlines()[0] == "a\\nb.yaml RP001 no such file (check the path)"
    for args, start in (
        (("play", "budget\npushback", "--plain"), "budget\\npushback RP005 "),
        (("score", "--jsonl", "x\ny"), "x\\ny RP505 "),
    ):
        res = run_main(*args)
        assert res.returncode == 2
        (line,) = res.stderr.splitlines()  # one line, the name's newline shown as \n
        assert line.startswith(start), line
