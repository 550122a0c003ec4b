"""User and scenario text as Rich Text that is shown literally, never interpreted.

Markup such as ``[bold red]`` stays text because we build ``Text`` objects (never markup
strings); control characters, bidi overrides and line separators are made visible by the one
sanitiser the whole program uses (:mod:`roleplay.sanitise`). Notifications follow the same rule:
:class:`LiteralNotifyApp` is the base of every app.
"""

from __future__ import annotations

from rich.text import Text
from textual import constants
from textual.app import App
from textual.driver import Driver
from textual.notifications import SeverityLevel

from roleplay.sanitise import visible, visible_span

clean = visible
WEB_DRIVER = "textual.drivers.web_driver:WebDriver"  # the browser's, named by textual-serve
clean_span = visible_span


def literal(text: str, style: str = "") -> Text:
    """A Text that shows ``text`` exactly (after making control characters visible)."""
    return Text(visible(text), style=style)


class LiteralNotifyApp(App[int]):
    """An app whose notifications show their text literally: error messages quote file names,
    participant names and sqlite's words, so they are made visible and never read as markup.
    In a terminal on Linux or macOS, and in the browser, it reads its input through a paste
    guard (:mod:`roleplay.tui.paste`), so a pasted text arrives whole and never presses keys."""

    def get_driver_class(self) -> type[Driver]:
        driver = super().get_driver_class()
        name = f"{driver.__module__}:{driver.__qualname__}"
        if name == WEB_DRIVER:  # `roleplay serve`'s participants, as textual-serve names it
            from .paste_driver import PasteGuardWebDriver

            return PasteGuardWebDriver
        # not another driver named by TEXTUAL_DRIVER (a test's), nor Windows'
        if constants.DRIVER is None and name == "textual.drivers.linux_driver:LinuxDriver":
            from .paste_driver import PasteGuardDriver

            return PasteGuardDriver
        return driver

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
