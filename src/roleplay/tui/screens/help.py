"""Keyboard help: every action with the keys in force (after the config file's rebinding)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..keymap import ActionSpec, Keymap, actions_for, key_label, keys_label, typed_key

SCOPES = (
    ("conversation", "In a conversation"),
    ("picker", "Picking a scenario"),
    ("debrief", "In the debrief"),
    ("app", "Everywhere"),
)
FIXED = (
    ("conversation", "Enter", "Send your reply"),
    ("conversation", "Shift+Enter / Ctrl+J", "New line in your reply"),
    ("conversation", "Ctrl+A / Ctrl+E", "Start / end of the line, as in a shell"),
    ("conversation", "Ctrl+K / Ctrl+U", "Delete to the end / the start of the line"),
    ("conversation", "Ctrl+W", "Delete the word before the cursor"),
    ("conversation", "↑ / ↓", "Scroll the chat a line (empty reply box)"),
    ("conversation", "Tab", "Move between the reply box and the chat"),
    ("picker", "type", "Filter the list"),
    ("picker", "↑ / ↓", "Move through the list"),
    ("app", "Ctrl+P", "Command palette: every action by name"),
)
ABOUT = (
    "Each reply is scored 0-100 for listening (you show you heard what they said), empathy "
    "(you name and respect how they feel) and collaboration (you move to their side of the "
    "table and solve it together). The evidence under each score shows the words that earned "
    "or lost points. Your scores and their hidden mood decide where the conversation goes. "
    'In coach mode the card also says what they heard you do ("Dana heard: you offered to '
    'phase the cut") when that decides where it goes. A reply the scorer cannot read (empty, '
    'emoji only, another language than English, random keys) is marked "Not scored" and '
    "earns nothing; you are asked before such a reply is sent (y sends it, n keeps it)."
)


def render_help(keymap: Keymap, config_note: str, first: str | None = None) -> Table:
    """Keys by screen; ``first`` (the scope of the screen help was opened from) comes first."""
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    ordered = sorted(SCOPES, key=lambda item: item[0] != first)
    for scope, title in ordered:
        table.add_row(Text(title, style="bold underline"), "")
        for where, keys, text in FIXED:
            if where == scope:
                table.add_row(keys, text)
        specs: tuple[ActionSpec, ...] = actions_for(scope)  # type: ignore[arg-type]
        for spec in specs:
            if spec.name == "start":
                continue
            keys = keymap.keys(spec)
            table.add_row(keys_label(keys), _with_typed_note(spec, keys))
        table.add_row("", "")
    table.add_row(Text("Scoring", style="bold underline"), "")
    table.add_row("", ABOUT)
    table.add_row("", "")
    table.add_row(Text("Keys", style="bold underline"), Text(config_note, style="dim"))
    return table


def _with_typed_note(spec: ActionSpec, keys: str) -> str:
    """An app-wide action bound to a key that types text (``?``) cannot be reached with that
    key while typing: the help says so instead of promising it everywhere."""
    text = spec.help or spec.description
    typed = [key_label(k) for k in keys.split(",") if k.strip() and typed_key(k)]
    if spec.scope != "app" or not typed:
        return text
    return f"{text} ({' / '.join(typed)} outside the reply box and the filter)"


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,f1,q,question_mark", "close", "Close"),
    ]

    def __init__(self, keymap: Keymap, config_note: str, first: str | None = None) -> None:
        super().__init__()
        self.keymap = keymap
        self.config_note = config_note
        self.first = first

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = "Help · Esc closes"
            yield Static(render_help(self.keymap, self.config_note, self.first))

    def action_close(self) -> None:
        self.dismiss()
