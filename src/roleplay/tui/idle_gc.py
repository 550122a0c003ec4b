"""Full garbage collections while the learner reads, not while they wait for a score card.

Python runs a full (generation 2) collection when enough objects have survived the younger
generations; with the app's heap (Textual, Rich, the scorer) one takes 30-55 ms, and during a
conversation it lands inside whichever frame allocates the object that tips the count: in the
benchmark's 30-turn session, one reply waited that long for its card. While a conversation
screen is shown, :class:`IdleCollector` turns Python's automatic full collections off (the
young generations are collected automatically as before) and runs the full collection itself
right after a card is painted, when the learner is reading it, as soon as Python's own count
says one is due. The count is the same one Python uses (collections of generation 1 since the
last full one, against the third threshold), so full collections are no rarer than Python's and
memory stays bounded; they only move in time. The screen gives the automatic collections back
when it is suspended or removed (a debrief, the picker, the end of a test).

The young generations are collected automatically, every 700 net allocations; a reply's way
from Enter to its card allocates tens of thousands of objects (Textual's layout and drawing), so
three or four young collections fell inside it (about 1.3 ms of the 16 ms of UI-thread CPU
in the benchmark's session). :meth:`IdleCollector.defer_all` stops them too from
Enter until the card is painted (:meth:`~IdleCollector.collect_if_due`) or the reply is given
back (:meth:`~IdleCollector.resume`); the first allocation after that runs the collection then
due, while the learner reads.
"""

from __future__ import annotations

import gc

# A third threshold no session reaches (generation 1 is collected at most once per 10
# collections of generation 0, each after 700 net allocations).
NEVER = 1 << 30


class IdleCollector:
    """Takes over full collections while held; :meth:`collect_if_due` runs one when due."""

    def __init__(self) -> None:
        self._held: tuple[int, int, int] | None = None

    @property
    def held(self) -> bool:
        return self._held is not None

    def hold(self) -> None:
        """Stop Python's automatic full collections (idempotent)."""
        if self._held is None:
            thresholds = gc.get_threshold()
            if thresholds[2] >= NEVER or not gc.isenabled():
                return  # someone else already manages them (or collection is off)
            self._held = thresholds
            gc.set_threshold(thresholds[0], thresholds[1], NEVER)

    def release(self) -> None:
        """Give full collections back to Python, with the thresholds found at :meth:`hold`."""
        if self._held is not None:
            thresholds, self._held = self._held, None
            if gc.get_threshold()[2] == NEVER:  # not changed by anyone else since
                gc.set_threshold(*thresholds)

    def defer_all(self) -> None:
        """While held, no automatic collection at all (a reply's way to its card) until
        :meth:`collect_if_due`: the young generations' collections (about an eighth of the UI
        thread's time from Enter to the card) wait until the card is painted."""
        if self._held is not None:
            _, second, third = gc.get_threshold()
            gc.set_threshold(NEVER, second, third)

    def resume(self) -> None:
        """Automatic collections of the young generations again (after :meth:`defer_all`):
        the first allocation after this runs the one now due."""
        if self._held is not None and gc.get_threshold()[0] == NEVER:
            _, second, third = gc.get_threshold()
            gc.set_threshold(self._held[0], second, third)

    def collect_if_due(self) -> bool:
        """Resume the young collections (:meth:`resume`) and run the full collection Python
        would have run by now, if any; True when it ran."""
        self.resume()
        if self._held is None or gc.get_count()[2] <= self._held[2]:
            return False
        gc.collect(2)
        return True
