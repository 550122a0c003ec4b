"""The question asked before the ``finish`` key (F5) ends a conversation that is still going:
ending it here is for good (the session is abandoned and cannot be resumed), so the key says
"End" and asks first. The same key again, ``y`` or the "End it" button ends it; Esc, ``n`` or
Enter on "Keep talking" (which has the focus) goes back to the reply box."""

from __future__ import annotations

from textual import events

from roleplay.engine.end_here import end_question

from .confirm import ConfirmScreen, confirm_bindings


class ConfirmEndScreen(ConfirmScreen):
    """Answers True (end it: the finish keys, y) or False (keep talking: n, Esc)."""

    BINDINGS = confirm_bindings("Keep talking", "End it")
    YES_ID = "end"
    YES_VARIANT = "warning"

    def __init__(self, name: str, end_keys: str, end_label: str) -> None:
        """``end_keys``: the finish action's keys in force (Textual names, comma separated),
        ``end_label``: the first of them as shown (``F5``)."""
        super().__init__()
        self.name_ = name
        self.end_keys = frozenset(k.strip() for k in end_keys.split(",") if k.strip())
        self.end_label = end_label

    def question(self) -> str:
        return end_question(self.name_)

    def keep_label(self) -> str:
        return "Keep talking (n)"

    def yes_label(self) -> str:
        return f"End it ({self.end_label} or y)"

    def on_key(self, event: events.Key) -> None:
        if event.key in self.end_keys:  # the key that asked, pressed again
            event.stop()
            self.dismiss(True)
