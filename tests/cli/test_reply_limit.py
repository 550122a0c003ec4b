"""Line mode: a reply over the limit is refused with RP604 (exit 2) and the turns before it kept."""

from __future__ import annotations

import io
import json
import tracemalloc
from pathlib import Path
from typing import TextIO, cast

from roleplay.engine.session import MAX_REPLY_CHARS
from roleplay.plain import parse_line, read_lines
from roleplay.storage import SessionStore

from ..budget import GOOD_REPLIES, PLAY_BUDGET
from .helpers import run_cli, run_main

HUGE = "I hear you. " + "a" * 1_000_000


def test_plain_mode_refuses_a_huge_reply_and_says_so() -> None:
    res = run_cli(
        "play", PLAY_BUDGET, "--plain", stdin=f"{GOOD_REPLIES[0]}\n{HUGE}\n{GOOD_REPLIES[1]}\n"
    )
    assert res.returncode == 2
    assert "RP604" in res.stderr and "1,000,012 characters" in res.stderr
    assert f"{MAX_REPLY_CHARS:,}" in res.stderr and "Traceback" not in res.stderr
    with SessionStore.open() as store:
        (record,) = store.sessions()
        turns = store.live_turns(record.id)
    assert [t.reply for t in turns] == [GOOD_REPLIES[0]]  # nothing cut, nothing lost
    assert record.outcome != "success"


def test_json_mode_reports_the_refusal_as_an_event() -> None:
    res = run_cli("play", PLAY_BUDGET, "--plain", "--json", stdin=HUGE + "\n")
    assert res.returncode == 2
    events = [json.loads(line) for line in res.stdout.splitlines()]
    assert events[-1]["event"] == "error" and events[-1]["code"] == "RP604"
    assert "1,000,012" in events[-1]["message"]
    assert "turn" not in [e["event"] for e in events]


def test_score_takes_the_same_limit_with_the_same_code_and_words() -> None:
    longest = "I hear you. " + "a" * (MAX_REPLY_CHARS - 12)
    accepted = run_main("score", longest, "--json", "--scorer", "lexical")
    assert accepted.returncode == 0, accepted.stderr
    assert json.loads(accepted.stdout)["scored"] is True
    one_more = longest + "a"
    refused = run_main("score", one_more, "--scorer", "lexical")
    played = run_main("play", PLAY_BUDGET, "--plain", stdin=one_more + "\n")
    assert refused.returncode == played.returncode == 2
    (refusal,) = refused.stderr.strip().splitlines()
    assert refusal.startswith("error: RP604 the reply is 100,001 characters long; the limit is")
    assert refusal in played.stderr.splitlines()  # the same line, word for word
    lines = "\n".join(json.dumps({"reply": text}) for text in (longest, one_more)) + "\n"
    jsonl = run_main("score", "--jsonl", "-", "--scorer", "lexical", stdin=lines)
    first, second = (json.loads(line) for line in jsonl.stdout.splitlines())
    assert jsonl.returncode == 2 and first["scored"] is True
    assert second["error"]["code"] == "RP604" and second["error"]["message"] in refusal


def test_intents_takes_the_same_limit() -> None:
    one_more = "I hear you. " + "a" * (MAX_REPLY_CHARS - 11)
    refused = run_main("intents", "budget_pushback", one_more)
    assert refused.returncode == 2 and refused.stdout == ""
    (line,) = refused.stderr.splitlines()
    assert line.startswith("error: RP604 the reply is 100,001 characters long; the limit is")
    piped = run_main("intents", "budget_pushback", "--json", stdin=f"Why Friday?\n{one_more}\n")
    assert piped.returncode == 2 and len(piped.stdout.splitlines()) == 1  # the first, then RP604
    assert piped.stderr.strip() == line


class _Recording:
    """A text stream that remembers how much each readline asked for."""

    def __init__(self, text: str) -> None:
        self.stream = io.StringIO(text)
        self.asked: list[int] = []

    def readline(self, size: int = -1, /) -> str:
        self.asked.append(size)
        return self.stream.readline(size)


def test_line_mode_never_asks_for_more_than_the_bound_of_a_line() -> None:
    huge = "a" * (3 * MAX_REPLY_CHARS)
    stream = _Recording(f"{huge}\r\nnext\n//{'b' * (MAX_REPLY_CHARS - 1)}\r\n")
    lines = [parse_line(raw) for raw in read_lines(cast(TextIO, stream), None)]
    assert stream.asked and all(0 < n <= MAX_REPLY_CHARS + 3 for n in stream.asked)
    first, second, third = lines
    assert first.kind == "reply" and first.too_long == 3 * MAX_REPLY_CHARS  # the whole length
    assert second == parse_line("next\n")  # the rest of the long line was dropped, not replied
    assert third.too_long is None and third.text == "/" + "b" * (MAX_REPLY_CHARS - 1)  # the limit


def test_a_huge_line_is_refused_with_memory_bounded_by_the_limit(tmp_path: Path) -> None:
    size = 12_000_000
    path = tmp_path / "replies.txt"
    path.write_text("I hear you. " + "a" * size + "\nthanks\n", encoding="utf-8")
    with path.open(encoding="utf-8") as stream:
        tracemalloc.start()
        try:
            lines = [parse_line(raw) for raw in read_lines(stream, None)]
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    assert peak < size // 10  # a few copies of the 100,000-character head, not of the line
    assert [line.kind for line in lines] == ["reply", "reply"] and lines[1].text == "thanks"
    res = run_main("play", PLAY_BUDGET, "--plain", stdin=f"//{'x' * 250_000}\n")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    (refusal,) = res.stderr.strip().splitlines()
    assert refusal.startswith("error: RP604 the reply is 250,001 characters long; the limit is")
