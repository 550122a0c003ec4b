"""User and scenario text as Rich Text that is shown literally, never interpreted.

Markup such as ``[bold red]`` stays text because we build ``Text`` objects (never markup
strings); control characters, bidi overrides and line separators are made visible by the one
sanitiser the whole program uses (:mod:`roleplay.sanitise`). Notifications follow the same rule:
:class:`LiteralNotifyApp` is the base of every app.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import App
from textual.notifications import SeverityLevel

from roleplay.sanitise import visible, visible_span

clean = visible
clean_span = visible_span


def literal(text: str, style: str = "") -> Text:
    """A Text that shows ``text`` exactly (after making control characters visible)."""
    return Text(visible(text), style=style)


class LiteralNotifyApp(App[int]):
    """An app whose notifications show their text literally: error messages quote file names,
    participant names and sqlite's words, so they are made visible and never read as markup."""

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        super().notify(
            visible(message),
            title=visible(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )
