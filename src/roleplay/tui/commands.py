"""Command palette entries (Ctrl+P) for every action of the current screen and the app."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from .keymap import ACTIONS, ActionSpec, keys_label


class RoleplayCommands(Provider):
    def _commands(self) -> list[tuple[str, str, Callable[[], Any]]]:
        screen = self.screen
        scope = getattr(screen, "SCOPE", None)
        keymap = getattr(self.app, "keymap", None)
        out: list[tuple[str, str, Callable[[], Any]]] = []
        for spec in ACTIONS:
            if spec.scope not in ("app", scope):
                continue
            target: Any = self.app if spec.scope == "app" else screen
            if target.check_action(spec.name, ()) is not True:
                continue
            keys = keymap.keys(spec) if keymap is not None else spec.keys
            out.append(
                (_title(spec), f"{spec.help} ({keys_label(keys)})", partial(_run, target, spec))
            )
        return out

    async def discover(self) -> Hits:
        for title, help_text, callback in self._commands():
            yield DiscoveryHit(title, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, help_text, callback in self._commands():
            score = max(matcher.match(title), matcher.match(help_text) * 0.8)
            if score > 0:
                yield Hit(score, matcher.highlight(title), callback, help=help_text)


def _title(spec: ActionSpec) -> str:
    return spec.description if spec.scope == "app" else f"{spec.description} ({spec.scope})"


async def _run(target: Any, spec: ActionSpec) -> None:
    await target.run_action(spec.name)
