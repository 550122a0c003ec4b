"""Every rebindable action: its id, default keys, description and the screen it belongs to.

Bindings are built from this table with a Textual binding id (``roleplay.<action>``), so a
user's config can remap them through :meth:`textual.app.App.set_keymap`. The help screen and the
command palette read the same table, so they always show the keys actually in force.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from textual.binding import Binding, BindingType

Scope = Literal["app", "picker", "conversation", "debrief"]


@dataclass(frozen=True)
class ActionSpec:
    name: str  # the action method suffix, e.g. "hint" -> action_hint
    keys: str  # default keys, comma separated, Textual key names
    description: str  # short, for the footer and the palette
    scope: Scope
    help: str = ""  # longer text for the help screen and palette
    show: bool = True  # shown in the footer

    @property
    def binding_id(self) -> str:
        return f"roleplay.{self.scope}.{self.name}"

    @property
    def priority(self) -> bool:
        """Checked before the focused widget sees the key (quit works even in a text box)."""
        return self.scope == "app" and self.name == "quit"


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("help", "f1,question_mark", "Help", "app", "Show the keys and how scoring works"),
    ActionSpec(
        "toggle_theme", "f9,ctrl+t", "Theme", "app", "Switch between light and dark", show=False
    ),
    ActionSpec("history", "f6", "History", "app", "Your past sessions", show=False),
    ActionSpec("quit", "ctrl+q", "Quit", "app", "Leave roleplay"),
    ActionSpec("start", "enter", "Start", "picker", "Start the highlighted scenario"),
    ActionSpec("toggle_mode", "f4,ctrl+o", "Mode", "picker", "Switch between coach and exam mode"),
    ActionSpec("hint", "f2,ctrl+g", "Hint", "conversation", "Show the coaching hint"),
    ActionSpec("rewind", "f3,ctrl+r", "Rewind", "conversation", "Take back your last reply"),
    ActionSpec(
        "cancel", "escape", "Cancel", "conversation", "Cancel a reply being scored", show=False
    ),
    ActionSpec(
        "toggle_panel",
        "f7,ctrl+b",
        "Panel",
        "conversation",
        "Show or hide the side panel",
        show=False,
    ),
    ActionSpec(
        "finish",
        "f5,ctrl+f",
        "End",
        "conversation",
        "End the conversation for good (asks first: it cannot be resumed), then the debrief",
    ),
    ActionSpec(
        "select_all",
        "f12,alt+a",
        "Select all",
        "conversation",
        "Select all of your reply",
        show=False,
    ),
    ActionSpec(
        "evidence",
        "f8",
        "Evidence",
        "conversation",
        "Show all evidence on the score cards, or the top lines",
        show=False,
    ),
    ActionSpec(
        "scroll_up",
        "pageup",
        "Page up",
        "conversation",
        "Scroll the chat up a page",
        show=False,
    ),
    ActionSpec(
        "scroll_down",
        "pagedown",
        "Page down",
        "conversation",
        "Scroll the chat down a page",
        show=False,
    ),
    ActionSpec(
        "scroll_top",
        "ctrl+home",
        "Chat start",
        "conversation",
        "Scroll to the start of the chat",
        show=False,
    ),
    ActionSpec(
        "scroll_bottom",
        "ctrl+end",
        "Chat end",
        "conversation",
        "Scroll to the newest line",
        show=False,
    ),
    # A function key means one thing on every screen (F3 rewinds, F8 shows all evidence...):
    # the debrief's own actions have letters only, so F5 (end, then debrief) pressed twice
    # never starts the scenario again, nor F4 (the picker's mode) leaves for the picker.
    ActionSpec("again", "a", "Again", "debrief", "Play the same scenario again"),
    ActionSpec("pick", "n", "New", "debrief", "Pick another scenario"),
    ActionSpec("back", "b,escape", "Back", "debrief", "Back to the conversation (to rewind)"),
    ActionSpec("rewind", "r,f3", "Rewind", "debrief", "Rewind the last turn and answer again"),
    ActionSpec("export", "x", "Export", "debrief", "Export the transcript"),
    ActionSpec(
        "evidence",
        "e,f8",
        "Evidence",
        "debrief",
        "Show all evidence, or the top lines",
        show=False,
    ),
)


def actions_for(scope: Scope) -> tuple[ActionSpec, ...]:
    return tuple(a for a in ACTIONS if a.scope == scope)


def bindings_for(scope: Scope) -> list[BindingType]:
    """Textual bindings for one scope, with ids so the keymap can rebind them."""
    return [
        Binding(
            a.keys,
            a.name,
            a.description,
            show=a.show,
            id=a.binding_id,
            priority=a.priority,
        )
        for a in actions_for(scope)
    ]


def typed_key(key: str) -> bool:
    """True for a key that types text in a text box (``h``, ``question_mark``, ``space``)."""
    key = key.strip()
    return len(key) == 1 or ("+" not in key and key in _TYPED_NAMES)


def keys_in_force(keymap: Keymap, scopes: tuple[Scope, ...]) -> frozenset[str]:
    """Every key bound to an action of ``scopes`` after the config's rebinding."""
    return frozenset(
        key.strip()
        for spec in ACTIONS
        if spec.scope in scopes
        for key in keymap.keys(spec).split(",")
        if key.strip()
    )


def _scopes_meet(a: Scope, b: Scope) -> bool:
    """Whether two scopes' keys are in force at once: the same screen, or the app's everywhere."""
    return a == b or "app" in (a, b)


def clashes(keymap: Keymap) -> list[tuple[str, ActionSpec, ActionSpec]]:
    """Keys bound to two actions in force at once (after rebinding): pressing one does only
    one of them. Each clash once: (key, first action, second action) in table order."""
    found: list[tuple[str, ActionSpec, ActionSpec]] = []
    for i, first in enumerate(ACTIONS):
        mine = {k.strip() for k in keymap.keys(first).split(",")}
        for second in ACTIONS[i + 1 :]:
            if not _scopes_meet(first.scope, second.scope):
                continue
            found.extend(
                (key, first, second)
                for key in keymap.keys(second).split(",")
                if key.strip() in mine
            )
    return found


def config_key(spec: ActionSpec) -> str:
    """The name used in the config file: ``hint`` for app/conversation, ``debrief.rewind`` else."""
    if spec.scope in ("app", "conversation", "picker"):
        return spec.name
    return f"{spec.scope}.{spec.name}"


def find_by_config_key(name: str) -> ActionSpec | None:
    for spec in ACTIONS:
        if config_key(spec) == name:
            return spec
    return None


@dataclass(frozen=True)
class Keymap:
    """The keys in force: the defaults overridden by the config file."""

    overrides: Mapping[str, str]  # binding id -> keys

    def keys(self, spec: ActionSpec) -> str:
        return self.overrides.get(spec.binding_id, spec.keys)

    def textual_keymap(self) -> dict[str, str]:
        return dict(self.overrides)


_NAMES = {
    "question_mark": "?",
    "escape": "Esc",
    "enter": "Enter",
    "space": "Space",
    "tab": "Tab",
    "slash": "/",
    "full_stop": ".",
    "comma": ",",
    "pageup": "PgUp",
    "pagedown": "PgDn",
}


_TYPED_NAMES = frozenset(
    {
        "question_mark",
        "space",
        "slash",
        "full_stop",
        "comma",
        "exclamation_mark",
        "quotation_mark",
        "number_sign",
        "dollar_sign",
        "percent_sign",
        "ampersand",
        "apostrophe",
        "left_parenthesis",
        "right_parenthesis",
        "asterisk",
        "plus",
        "minus",
        "colon",
        "semicolon",
        "less_than_sign",
        "equals_sign",
        "greater_than_sign",
        "at",
        "left_square_bracket",
        "backslash",
        "right_square_bracket",
        "circumflex_accent",
        "underscore",
        "grave_accent",
        "left_curly_bracket",
        "vertical_line",
        "right_curly_bracket",
        "tilde",
    }
)


def key_label(key: str) -> str:
    """``ctrl+g`` -> ``Ctrl+G``, ``question_mark`` -> ``?``, ``f2`` -> ``F2``."""
    parts = key.strip().split("+")
    out = []
    for part in parts:
        if part in _NAMES:
            out.append(_NAMES[part])
        elif len(part) == 1:
            out.append(part.upper() if len(parts) > 1 else part)
        else:
            out.append(part[:1].upper() + part[1:])
    return "+".join(out)


def keys_label(keys: str) -> str:
    return " / ".join(key_label(k) for k in keys.split(",") if k.strip())
