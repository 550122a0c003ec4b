"""The scenario format: pydantic model, safe position-keeping YAML loader, reference checks."""

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
