"""Line mode's input, read with bounded memory: a line is read only up to the reply limit.

A reply over :data:`MAX_REPLY_CHARS` is refused whole (RP604), so a longer line is never held
whole: :func:`read_lines` reads at most :data:`LINE_BOUND` characters of a line, reads the rest
in chunks only to count and discard it, and yields a :class:`LongLine` (the head and how long
the line was), which :func:`refusal` turns into the same RP604 line as a reply read whole.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TextIO

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


def read_lines(
    stream: TextIO, prompt: Printer | None, label: Callable[[], str] = lambda: ""
) -> Iterator[str]:
    """Lines from a stream, with a '> ' prompt (``label()`` first, e.g. whose turn it is) when
    talking to a person. Undecodable input never ends the session. No line is held longer
    than :data:`LINE_BOUND` characters (a longer one comes as a :class:`LongLine`)."""
    while True:
        if prompt is not None:
            prompt.stream.write(f"{safe_text(label())}> ")
            prompt.stream.flush()
        try:
            line = stream.readline(LINE_BOUND)
        except UnicodeDecodeError:
            continue
        if not line:
            return
        if len(line) == LINE_BOUND and not line.endswith("\n"):
            line = LongLine(line, _length_with_rest(stream, line))
        yield line


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
