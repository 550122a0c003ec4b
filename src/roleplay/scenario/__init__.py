"""The scenario format: pydantic model, safe position-keeping YAML loader, reference checks.

The loader and the model (pydantic, PyYAML) load on first use, so the picker can list the
library from its cache (:mod:`roleplay.scenario.catalogue`) without importing either.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .loader import LoadedScenario, load_file, load_text
    from .model import Comparison, Counterpart, Learner, Scenario, State, Transition

__all__ = [
    "Comparison",
    "Counterpart",
    "Learner",
    "LoadedScenario",
    "Scenario",
    "State",
    "Transition",
    "load_file",
    "load_text",
]

_LOADED_ON_USE = {
    "LoadedScenario": "loader",
    "load_file": "loader",
    "load_text": "loader",
    "Comparison": "model",
    "Counterpart": "model",
    "Learner": "model",
    "Scenario": "model",
    "State": "model",
    "Transition": "model",
}


def __getattr__(name: str) -> Any:
    """Loads the loader and the model only when one of their names is first used."""
    module = _LOADED_ON_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
