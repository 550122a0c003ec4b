"""The scenario format as pydantic models (``extra="forbid"`` everywhere).

The YAML shape is documented in docs/authoring.md and exported as JSON Schema by
``roleplay schema``. Cross-references (state names, meters) are checked by
:mod:`roleplay.scenario.references`, which needs the whole scenario.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
DIMENSION_KEYS = ("listening", "empathy", "collaboration", "overall")
RESERVED_KEYS = (*DIMENSION_KEYS, "turn", "mentions")
PHRASE_KEYS = ("mentions",)  # condition keys whose value is a list of phrases
Ending = Literal["success", "failure", "neutral"]

_OPS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
    "==": operator.eq,
    "!=": operator.ne,
}
COMPARISON_RE = re.compile(r"^\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?)\s*$")


@dataclass(frozen=True)
class Comparison:
    """A parsed condition value such as ``>= 60``."""

    op: str
    value: float

    def holds(self, actual: float) -> bool:
        return _OPS[self.op](actual, self.value)

    def __str__(self) -> str:
        value = int(self.value) if self.value == int(self.value) else self.value
        return f"{self.op} {value}"


def _parse_condition_value(raw: Any) -> Any:
    if isinstance(raw, Comparison):
        return raw
    if isinstance(raw, list):
        if not raw or not all(isinstance(x, str) and x.strip() for x in raw):
            raise PydanticCustomError(
                "rp_comparison",
                "a list condition must hold one or more non-empty phrases",
            )
        return tuple(raw)
    if isinstance(raw, str):
        match = COMPARISON_RE.match(raw)
        if match is None:
            raise PydanticCustomError(
                "rp_comparison",
                "'{raw}' is not a comparison",
                {"raw": raw},
            )
        return Comparison(match.group(1), float(match.group(2)))
    if isinstance(raw, bool):
        raise PydanticCustomError("rp_comparison", "a condition cannot be true/false")
    if isinstance(raw, int | float):
        raise PydanticCustomError(
            "rp_comparison",
            "bare number {raw} is not a comparison",
            {"raw": raw},
        )
    raise PydanticCustomError("rp_comparison", "a condition must be a comparison or a list")


def _serialise_condition(value: Comparison | tuple[str, ...]) -> str | list[str]:
    return list(value) if isinstance(value, tuple) else str(value)


ConditionValue = Annotated[
    Comparison | tuple[str, ...],
    BeforeValidator(_parse_condition_value),
    PlainSerializer(_serialise_condition),
    WithJsonSchema(
        {
            "anyOf": [
                {
                    "type": "string",
                    "pattern": COMPARISON_RE.pattern,
                    "description": "A comparison such as '>= 60' or '< 35'.",
                },
                {
                    "type": "array",
                    "items": {"type": "string", "minLength": 1},
                    "minItems": 1,
                    "description": "For `mentions`: phrases, any of which matches.",
                },
            ]
        }
    ),
]


def _whole_number(raw: Any) -> Any:
    """Numbers are YAML numbers: quoted text and true/false are refused, as the JSON Schema does."""
    if isinstance(raw, bool):
        raise PydanticCustomError("rp_number", "write a whole number, not true/false")
    if isinstance(raw, str):
        raise PydanticCustomError(
            "rp_number", "'{raw}' is text, not a number", {"raw": raw[:40]}
        )
    return raw


# The range comes before the validator so the JSON Schema says minimum/maximum.
Effect = Annotated[int, Field(ge=-100, le=100), BeforeValidator(_whole_number)]
Percent = Annotated[int, Field(ge=0, le=100), BeforeValidator(_whole_number)]
Identifier = Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
Line = Annotated[str, Field(min_length=1, max_length=4000)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=False)


class Learner(_Strict):
    role: Line = Field(description="Who the learner plays.")
    goal: Line | None = Field(default=None, description="What the learner wants out of it.")


class Counterpart(_Strict):
    name: Line
    role: Line
    interests: list[Line] = Field(
        default_factory=list,
        description="What the counterpart really cares about; hidden until the debrief.",
    )
    style: Line | None = Field(default=None, description="How they talk, for trainers' notes.")


class Transition(_Strict):
    when: dict[str, ConditionValue] | None = Field(
        default=None,
        description=(
            "All conditions must hold. Keys: listening, empathy, collaboration, overall, turn, "
            "mentions, or a declared meter."
        ),
    )
    to: Identifier = Field(description="The state to go to.")
    effects: dict[str, Effect] = Field(
        default_factory=dict, description="Meter changes, e.g. {trust: +10}; clamped to 0-100."
    )

    @property
    def unconditional(self) -> bool:
        return not self.when


class State(_Strict):
    say: Line | list[Line] | None = Field(
        default=None,
        description="What the counterpart says here; a list gives variants chosen by the seed.",
    )
    key_points: list[Line] = Field(
        default_factory=list, description="What a good listener picks up from this line."
    )
    emotion: Line | None = Field(default=None, description="What an empathic reply acknowledges.")
    hint: Line | None = Field(default=None, description="Coaching shown on request.")
    transitions: list[Transition] = Field(
        default_factory=list, description="First match wins; the last should be unconditional."
    )
    end: Ending | None = Field(default=None, description="Marks a terminal state.")
    debrief: Line | None = Field(default=None, description="Shown at the end when this state ends.")

    @property
    def variants(self) -> tuple[str, ...]:
        if self.say is None:
            return ()
        return (self.say,) if isinstance(self.say, str) else tuple(self.say)


class Scenario(_Strict):
    id: Identifier
    title: Line
    summary: Line
    difficulty: Literal["easy", "medium", "hard"] = "medium"
    tags: list[Identifier] = Field(default_factory=list)
    learner: Learner
    counterpart: Counterpart
    meters: dict[Identifier, Percent] = Field(
        default_factory=dict, description="Hidden counterpart state, 0-100, e.g. {trust: 50}."
    )
    pass_score: Percent = Field(
        default=70, description="Mean overall score a successful session needs to pass."
    )
    max_turns: Annotated[int, Field(ge=1, le=200), BeforeValidator(_whole_number)] = Field(
        default=30, description="The session ends (neutral) after this many replies."
    )
    start: Identifier
    states: dict[Identifier, State] = Field(min_length=1)

    def state(self, name: str) -> State:
        return self.states[name]

    @property
    def endings(self) -> dict[str, Ending]:
        return {name: s.end for name, s in self.states.items() if s.end is not None}
