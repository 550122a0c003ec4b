"""Line mode's input, read with bounded memory: a line is read only up to the reply limit.

A reply over :data:`MAX_REPLY_CHARS` is refused whole (RP604), so a longer line is never held
whole: :func:`read_lines` reads at most :data:`LINE_BOUND` characters of a line, reads the rest
in chunks only to count and discard it, and yields a :class:`LongLine` (the head and how long
the line was), which :func:`refusal` turns into the same RP604 line as a reply read whole.
"""

from __future__ import annotations

import io
import select
import struct
import sys
from collections.abc import Callable, Iterator
from typing import TextIO

if sys.platform != "win32":
    import fcntl
    import termios

from roleplay.engine.turns import MAX_REPLY_CHARS
from roleplay.errors import SessionError
from roleplay.report.console import Printer, safe_text
from roleplay.scoring.reply_limit import length_refusal

LINE_BOUND = MAX_REPLY_CHARS + 3  # the longest reply, the extra slash of `//`, and "\r\n"
CHUNK = 64 * 1024  # the rest of an over-long line is read (and dropped) this much at a time


class LongLine(str):
    """The first :data:`LINE_BOUND` characters of a line too long to be a reply."""

    length: int  # characters in the whole line, its line break not counted

    def __new__(cls, head: str, length: int) -> LongLine:
        line = super().__new__(cls, head)
        line.length = length
        return line


PASTED = (
    "(You pasted several lines: they are one reply. Add more lines, or press Enter on an "
    "empty line to send it.)"
)


def read_lines(
    stream: TextIO, prompt: Printer | None, label: Callable[[], str] = lambda: ""
) -> Iterator[str]:
    """Lines from a stream, with a '> ' prompt (``label()`` first, e.g. whose turn it is) when
    talking to a person. Undecodable input never ends the session. No line is held longer
    than :data:`LINE_BOUND` characters (a longer one comes as a :class:`LongLine`).

    Talking to a person, lines that arrive together (a paragraph pasted at the prompt) are one
    reply, sent once an empty line follows them: a paste of three lines used to be three
    replies, each answered and scored on its own."""
    while True:
        if prompt is not None:
            prompt.stream.write(f"{safe_text(label())}> ")
            prompt.stream.flush()
        line = _read_line(stream)
        if line is None:
            continue
        if not line:
            return
        command = line.startswith("/") and not line.startswith("//")
        if prompt is not None and line.strip() and not command and _more_waiting(stream):
            line = _pasted(stream, prompt, line)
        yield line


def _read_line(stream: TextIO) -> str | None:
    """One line (a :class:`LongLine` when over the bound), "" at the end, None if undecodable."""
    try:
        line = stream.readline(LINE_BOUND)
    except UnicodeDecodeError:
        return None
    if len(line) == LINE_BOUND and not line.endswith("\n"):
        line = LongLine(line, _length_with_rest(stream, line))
    return line


def _more_waiting(stream: TextIO) -> bool:
    """More of a line is already waiting on a terminal: the rest of a paste (no person types a
    line in no time). False where it cannot be told (no file descriptor, Windows)."""
    if sys.platform == "win32":  # pragma: no cover - select() takes sockets only there
        return False
    try:
        fd = stream.fileno()
        ready, _, _ = select.select([fd], [], [], 0)
    except (OSError, ValueError, io.UnsupportedOperation):
        return False
    return bool(ready) or _unfinished_line_waiting(fd)


def _unfinished_line_waiting(fd: int) -> bool:
    """A terminal in line mode holds a paste's last line when it has no line break (text is
    usually copied without one): select() sees only finished lines, so this one was left in
    the terminal, and the next thing typed was glued to it. Line mode is switched off for an
    instant to count what the terminal holds, then on again; that hands the waiting
    characters to the reader (the rest of the line still ends with Enter)."""
    if sys.platform == "win32":  # pragma: no cover
        return False
    try:
        kept = termios.tcgetattr(fd)
    except (termios.error, OSError):
        return False
    if not kept[3] & termios.ICANON:
        return False
    counting = list(kept)
    counting[3] = kept[3] & ~termios.ICANON
    counting[6] = list(kept[6])
    counting[6][termios.VMIN] = 0
    counting[6][termios.VTIME] = 0
    try:
        termios.tcsetattr(fd, termios.TCSANOW, counting)
        try:
            held = fcntl.ioctl(fd, termios.FIONREAD, b"\0\0\0\0")
        finally:
            termios.tcsetattr(fd, termios.TCSANOW, kept)
    except (termios.error, OSError):
        return False
    return bool(struct.unpack("i", held)[0])


def _pasted(stream: TextIO, prompt: Printer, first: str) -> str:
    """The pasted lines after ``first``, up to an empty line (or the end of input), as one
    reply. Held up to :data:`LINE_BOUND` characters like any line: a longer paste comes as a
    :class:`LongLine` with its whole length, so it is refused (RP604) and never held whole."""
    parts = [first]
    held = len(first)
    length = _content_length(first)
    told = False
    while True:
        if not told and not _more_waiting(stream):
            prompt.line()  # the paste's last line may still be open on the screen
            prompt.line(PASTED, "dim")
            told = True
        line = _read_line(stream)
        if line is None:
            continue
        if not line or not line.strip():
            break
        length += 1 + _content_length(line)  # the line break before it is part of the reply
        if held < LINE_BOUND:
            parts.append(line)
            held += len(line)
    text = "".join(parts).rstrip("\r\n") + "\n"
    if length <= MAX_REPLY_CHARS:
        return text
    return LongLine(text[:LINE_BOUND], length)


def _content_length(line: str) -> int:
    """A line's characters without its line break (a :class:`LongLine`: its whole length)."""
    return line.length if isinstance(line, LongLine) else len(line.rstrip("\r\n"))


def _length_with_rest(stream: TextIO, head: str) -> int:
    """How long the line that starts with ``head`` is, reading the rest of it and keeping none."""
    count, tail = len(head), head[-2:]
    while True:
        try:
            piece = stream.readline(CHUNK)
        except UnicodeDecodeError:
            continue
        count += len(piece)
        tail = (tail + piece)[-2:]
        if not piece or piece.endswith("\n"):
            break
    for ending in ("\r\n", "\n"):
        if tail.endswith(ending):
            return count - len(ending)
    return count


def refusal(length: int) -> SessionError:
    """RP604 for a reply of ``length`` characters of which only the head was read: the words a
    reply read whole gets."""
    return length_refusal(length, SessionError)
