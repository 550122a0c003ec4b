"""Loading a big scenario without the cycle collector walking it over and over.

Reading a 4,000-state file makes a few hundred thousand small objects (YAML nodes, marks,
positions, the model) that all stay alive until the load ends. Python's cycle collector runs
every few hundred allocations, and its oldest generation, scanned each time it has grown by a
quarter, holds all of them: a third of `roleplay validate`'s time on such a file went to
walking objects that could not be freed yet, and the share grew with the file. While a load
runs the collector waits; reference counting still frees everything as usual, and any cycle
made meanwhile (a refused recursive alias) is collected at the next run after it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector inside the block (unless it was already off); nested use and
    exceptions restore what was there before."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
