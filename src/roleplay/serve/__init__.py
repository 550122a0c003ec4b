"""Workshop host: serves the participant TUI to browsers on a local network (textual-serve).

The host never runs a participant's code or arguments: every browser tab gets the same fixed
command, built from the facilitator's own options (:mod:`roleplay.serve.command`). Binding rules
(loopback by default, a join code for anything else) live in :mod:`roleplay.serve.binding`.
"""

from roleplay.storage.workshop.store import normalise_join_code

from .binding import BindPlan, is_loopback, new_join_code, plan_bind

__all__ = ["BindPlan", "is_loopback", "new_join_code", "normalise_join_code", "plan_bind"]
