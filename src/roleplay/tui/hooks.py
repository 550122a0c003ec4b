"""Optional objects other parts of roleplay plug into the TUI (exports; the recorder is an
engine ``SessionObserver``).

See the docstring of :mod:`roleplay.tui.app` for when each is called.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from roleplay.engine import Session


#: Called by the debrief's Export action; returns what to tell the learner (e.g. a path) or None.
Exporter = Callable[["Session"], object]
