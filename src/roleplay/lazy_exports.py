"""Names a package re-exports but loads only when first used (a PEP 562 module ``__getattr__``).

``roleplay.engine`` and ``roleplay.scenario`` use it so that importing their light types does
not load ``transitions``, pydantic or PyYAML. The table is fixed in the package's source: a
name maps to one of the package's own submodules, never to anything read from a file.

Headless: no imports beyond the standard library.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def loaded_on_use(package: str, table: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: ``table`` maps each lazily exported name to
    the submodule defining it. The value is kept in the package once loaded."""
    names = dict(table)

    def __getattr__(name: str) -> Any:
        submodule = names.get(name)
        if submodule is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{submodule}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
