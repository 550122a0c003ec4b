"""User and scenario text as Rich Text that is shown literally, never interpreted.

Markup such as ``[bold red]`` stays text because we build ``Text`` objects (never markup
strings); control characters, bidi overrides and line separators are made visible by the one
sanitiser the whole program uses (:mod:`roleplay.sanitise`).
"""

from __future__ import annotations

from rich.text import Text

from roleplay.sanitise import visible, visible_span

clean = visible
clean_span = visible_span


def literal(text: str, style: str = "") -> Text:
    """A Text that shows ``text`` exactly (after making control characters visible)."""
    return Text(visible(text), style=style)
