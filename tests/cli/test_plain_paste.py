"""A paragraph pasted at plain mode's prompt is one reply, not one reply per line.

Found by a newcomer: pasting a three-line reply at a terminal sent three replies; the
counterpart answered and the scorer scored each fragment ("missed every key point" for the
first line alone), and two turns were spent before the proposal in the last line was read.
Lines that arrive together at a terminal are now one reply, sent after an empty line; input
from a pipe or a file is unchanged: one line, one reply.
"""

from __future__ import annotations

import io
import os
import pty
import queue
import termios
import threading
import time
from collections.abc import Callable, Iterator
from typing import TextIO

from roleplay.plain_input import LINE_BOUND, PASTED, LongLine, read_lines
from roleplay.report.console import Printer
from roleplay.storage.store import SessionStore

from .terminal_output import close_terminal, play_budget_plain, read_until

PASTE = b"That sounds stressful.\nI can't take the whole week.\nCould I cover three days?\n"


BOUND_S = 120  # a bound for a hung test, never a speed check


def _terminal() -> tuple[int, TextIO]:
    """A pseudo-terminal: what is written to the first end is typed into the second. Without
    echo: nobody reads the first end, and echoed input piling up there could stall it."""
    parent, child = pty.openpty()
    mode = termios.tcgetattr(child)
    mode[3] &= ~termios.ECHO
    termios.tcsetattr(child, termios.TCSANOW, mode)
    return parent, os.fdopen(child, "r", encoding="utf-8")


def _next(lines: Iterator[str]) -> str:
    """The next reply, read on a thread so that a reader that never returns fails the test
    instead of hanging it (the caller's ``finally`` closes the terminal, which ends the read)."""
    got: queue.Queue[str | BaseException] = queue.Queue()

    def read() -> None:
        try:
            got.put(next(lines))
        except BaseException as exc:  # noqa: BLE001 - handed to the test
            got.put(exc)

    threading.Thread(target=read, daemon=True).start()
    try:
        item = got.get(timeout=BOUND_S)
    except queue.Empty:
        raise AssertionError("no reply was read from the terminal") from None
    if isinstance(item, BaseException):
        raise item
    return item


def _write_later(fd: int, data: list[bytes], after: Callable[[], bool] = lambda: True) -> None:
    """Type ``data`` on a thread once ``after()`` holds (bounded)."""

    def write() -> None:
        deadline = time.monotonic() + BOUND_S
        while not after() and time.monotonic() < deadline:
            time.sleep(0.01)
        for chunk in data:
            os.write(fd, chunk)

    threading.Thread(target=write, daemon=True).start()


def test_lines_that_arrive_together_at_a_terminal_are_one_reply() -> None:
    parent, stream = _terminal()
    out = io.StringIO()
    try:
        os.write(parent, PASTE + b"\n")
        lines = read_lines(stream, Printer(out, False))
        assert _next(lines) == PASTE.decode()
        os.write(parent, b"Thanks.\n")  # typed afterwards, on its own: a reply of its own
        assert _next(lines) == "Thanks.\n"
    finally:
        os.close(parent)  # first: a read still waiting on the terminal ends with it
        stream.close()


def test_the_paste_waits_for_an_empty_line_and_says_so() -> None:
    parent, stream = _terminal()
    out = io.StringIO()
    try:
        os.write(parent, b"first line\nsecond line\n")
        lines = read_lines(stream, Printer(out, False))
        _write_later(parent, [b"third line, typed\n\n"], lambda: PASTED in out.getvalue())
        assert _next(lines) == "first line\nsecond line\nthird line, typed\n"
        assert out.getvalue().count(PASTED) == 1
    finally:
        os.close(parent)  # first: a read still waiting on the terminal ends with it
        stream.close()


def test_a_paste_whose_last_line_has_no_line_break_is_still_one_reply() -> None:
    """Found by a newcomer: a paragraph copied without its last line break (the usual case) was
    sent line by line: the terminal keeps the unfinished last line, select() cannot see it, so
    the first line went alone as a reply and the last one stayed in the terminal, where the
    next thing typed (a command such as /scores) was glued to it and sent as a reply."""
    parent, stream = _terminal()
    out = io.StringIO()
    try:
        os.write(parent, b"I hear you, Friday is tight.\nWhat is the number for?")
        lines = read_lines(stream, Printer(out, False))
        # The rest is typed a moment later, as a person would: by then the reader has looked
        # for more input. (Typed sooner, the line is whole and was always seen; the fix does
        # not depend on the moment.)
        later = time.monotonic() + 0.3
        _write_later(parent, [b" The year?\n", b"\n"], lambda: time.monotonic() > later)
        assert _next(lines) == "I hear you, Friday is tight.\nWhat is the number for? The year?\n"
        os.write(parent, b"/scores\n")
        assert _next(lines) == "/scores\n"
    finally:
        os.close(parent)  # first: a read still waiting on the terminal ends with it
        stream.close()


def test_a_command_typed_ahead_stays_a_command() -> None:
    parent, stream = _terminal()
    try:
        os.write(parent, b"/hint\nmy reply\n")
        lines = read_lines(stream, Printer(io.StringIO(), False))
        assert _next(lines) == "/hint\n"
        assert _next(lines) == "my reply\n"
    finally:
        os.close(parent)  # first: a read still waiting on the terminal ends with it
        stream.close()


def test_a_pipe_or_a_script_is_still_one_line_one_reply() -> None:
    read_fd, write_fd = os.pipe()
    os.write(write_fd, PASTE)
    os.close(write_fd)
    with os.fdopen(read_fd, "r", encoding="utf-8") as stream:
        assert list(read_lines(stream, None)) == PASTE.decode().splitlines(keepends=True)
    text = io.StringIO(PASTE.decode())  # no file descriptor: never taken for a paste
    assert len(list(read_lines(text, Printer(io.StringIO(), False)))) == 3


def test_a_paste_over_the_reply_limit_is_refused_whole_and_never_held() -> None:
    parent, stream = _terminal()
    line = b"x" * 999 + b"\n"
    chunks = 120  # 120,000 characters in lines of 1,000: over the limit of 100,000
    try:
        lines = read_lines(stream, Printer(io.StringIO(), False))
        # two lines arrive together before the read, so the paste is seen whatever the load
        # (with one, it was seen only if the writing thread won the race to a second line)
        os.write(parent, line + line)
        _write_later(parent, [line] * (chunks - 2) + [b"\n"])
        got = _next(lines)
        assert isinstance(got, LongLine) and len(got) <= LINE_BOUND + 1000
        assert got.length == 1000 * chunks - 1
    finally:
        os.close(parent)  # first: a read still waiting on the terminal ends with it
        stream.close()


def test_pasted_at_roleplay_play_plain_it_is_one_turn() -> None:
    proc, parent = play_budget_plain()
    seen = bytearray()
    try:
        read_until(parent, b"> ", seen)
        os.write(parent, PASTE + b"\n")
        read_until(parent, b"overall", seen)
        os.write(parent, b"/quit\n")
        assert proc.wait(timeout=120) == 0
    finally:
        close_terminal(proc, parent)
    with SessionStore.open() as store:
        (session,) = store.sessions()
        replies = [t.result.reply for t in store.turns(session.id)]
    assert replies == [PASTE.decode().rstrip("\n")]
