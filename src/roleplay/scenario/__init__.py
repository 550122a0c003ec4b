"""The scenario format: pydantic model, safe position-keeping YAML loader, reference checks.

The loader and the model (pydantic, PyYAML) load on first use, so the picker can list the
library from its cache (:mod:`roleplay.scenario.catalogue`) without importing either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from roleplay.lazy_exports import loaded_on_use

if TYPE_CHECKING:
    from .loaded import LoadedScenario
    from .loader import load_file, load_text
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

__getattr__ = loaded_on_use(
    __name__,
    {
        "LoadedScenario": "loaded",
        "load_file": "loader",
        "load_text": "loader",
        "Comparison": "model",
        "Counterpart": "model",
        "Learner": "model",
        "Scenario": "model",
        "State": "model",
        "Transition": "model",
    },
)
