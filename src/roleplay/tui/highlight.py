"""A reply as Rich Text with the phrases that earned (green) or lost (red) points underlined."""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text

from roleplay.scoring.types import Evidence

from .literal import clean_span, literal

GAIN = "bold underline #2f9e55"
LOSS = "bold underline #d8435c"


def highlighted_reply(
    reply: str, evidence: Iterable[Evidence], *, gain: str = GAIN, loss: str = LOSS
) -> Text:
    text = literal(reply)
    for ev in evidence:
        if ev.span is None or ev.points == 0:
            continue
        start, end = clean_span(reply, *ev.span)
        if end > start:
            text.stylize(gain if ev.points > 0 else loss, start, end)
    return text


def phrase(reply: str, ev: Evidence, limit: int = 40) -> str | None:
    """The words of the reply an evidence item points at, shortened for a one-line list."""
    if ev.span is None:
        return None
    start, end = ev.span
    words = reply[max(0, start) : max(0, end)].strip()
    if not words:
        return None
    return words if len(words) <= limit else words[: limit - 1] + "…"
