"""A Footer that shows its keys in the screen's first paint.

Textual's Footer composes no keys until the screen publishes its bindings, which it does after
the first paint (once focus has moved); the Footer then recomposes on the refresh after that. So
the picker was painted with an empty footer, and the keys came two refreshes later (mounting
them, laying out and painting the screen again; each refresh also waits for the next frame)
before it settled. A screen that has set its focus awaits :meth:`KeysFooter.show_keys` in its
mount handler, so the keys are composed before the first paint; when the screen publishes its
bindings, the footer recomposes only if the keys it would show differ from those it shows.
Textual is pinned (pyproject.toml); `tests/tui/test_keys_footer.py` checks both cases.
"""

from __future__ import annotations

from collections.abc import Hashable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class KeysFooter(Footer):
    shown: tuple[Hashable, ...] | None = None  # what the keys on show were composed from

    def _what_to_show(self) -> tuple[Hashable, ...]:
        """What Footer.compose shows of the screen's active bindings: the shown ones, in
        order, and the command palette's."""
        palette = self.app.COMMAND_PALETTE_BINDING
        return tuple(
            (key, active.binding, active.enabled, active.tooltip)
            for key, active in self.screen.active_bindings.items()
            if active.binding.show or key == palette
        )

    def compose(self) -> ComposeResult:
        self.shown = self._what_to_show() if self._bindings_ready else None
        yield from super().compose()

    async def show_keys(self) -> None:
        """Compose the keys for the screen's focus now (before the first paint)."""
        self._bindings_ready = True
        with self._context():  # composed as the footer (its keys bind to its reactives)
            await self.recompose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        """Footer.bindings_changed, but the recompose is skipped when nothing it shows changed."""
        self._bindings_ready = True
        if screen.app.app_focus and self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if self.shown is None or self.shown != self._what_to_show():
            await self.recompose()
