"""The scenario format as pydantic models (``extra="forbid"`` everywhere): the rules a file
must follow and the JSON Schema ``roleplay schema`` exports.

The YAML shape is documented in docs/authoring.md. A validated file is turned into the plain
objects of :mod:`roleplay.scenario.model` (:func:`to_model`), which is what everything after the
loader reads. Cross-references (state names, meters) are checked by
:mod:`roleplay.scenario.references`, which needs the whole scenario.
"""

from __future__ import annotations

import re
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

from . import model
from .model import COMPARISON_RE, ID_PATTERN, INTENT_KEYS, Comparison, Ending, IntentRef

_ID_RE = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class _BadIntentRef:
    """An intent condition that failed to parse; reported under its own key (see below)."""

    message: str


def _parse_intent_ref(raw: Any) -> IntentRef | _BadIntentRef:
    names = [raw] if isinstance(raw, str) else raw
    if not isinstance(names, list) or not names:
        return _BadIntentRef("takes an intent name or a list of intent names")
    for name in names:
        if not isinstance(name, str) or not _ID_RE.match(name) or len(name) > 64:
            return _BadIntentRef(f"{str(name)[:80]!r} is not an intent name")
    return IntentRef(tuple(dict.fromkeys(names)))


def _parse_when(raw: Any) -> Any:
    """Intent keys take names; every other key takes a comparison (or phrases for mentions)."""
    if not isinstance(raw, dict):
        return raw
    return {k: _parse_intent_ref(v) if k in INTENT_KEYS else v for k, v in raw.items()}


def _parse_condition_value(raw: Any) -> Any:
    if isinstance(raw, Comparison | IntentRef):
        return raw
    if isinstance(raw, _BadIntentRef):
        raise PydanticCustomError("rp_intent_ref", raw.message)
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


def _serialise_condition(value: Comparison | IntentRef | tuple[str, ...]) -> str | list[str]:
    if isinstance(value, IntentRef):
        return value.names[0] if len(value.names) == 1 else list(value.names)
    return list(value) if isinstance(value, tuple) else str(value)


_CONDITION_SCHEMA: dict[str, Any] = {
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
_INTENT_NAMES_SCHEMA: dict[str, Any] = {
    "anyOf": [
        {"type": "string", "pattern": ID_PATTERN, "maxLength": 64},
        {
            "type": "array",
            "items": {"type": "string", "pattern": ID_PATTERN, "maxLength": 64},
            "minItems": 1,
        },
    ]
}
_INTENT_DOCS = {
    "said": "The reply said one of these intents (a name or a list: any of).",
    "said_all": "The reply said every one of these intents.",
    "not_said": "The reply said none of these intents.",
}

ConditionValue = Annotated[
    Comparison | IntentRef | tuple[str, ...],
    BeforeValidator(_parse_condition_value),
    PlainSerializer(_serialise_condition),
    WithJsonSchema(_CONDITION_SCHEMA),
]
Conditions = Annotated[
    dict[str, ConditionValue],
    BeforeValidator(_parse_when),
    WithJsonSchema(
        {
            "type": "object",
            "properties": {
                key: {**_INTENT_NAMES_SCHEMA, "description": doc}
                for key, doc in _INTENT_DOCS.items()
            },
            "additionalProperties": _CONDITION_SCHEMA,
        }
    ),
]


def _whole_number(raw: Any) -> Any:
    """Numbers are YAML numbers: quoted text and true/false are refused, as the JSON Schema does."""
    if isinstance(raw, bool):
        raise PydanticCustomError("rp_number", "write a whole number, not true/false")
    if isinstance(raw, str):
        raise PydanticCustomError("rp_number", "'{raw}' is text, not a number", {"raw": raw[:40]})
    return raw


# The range comes before the validator so the JSON Schema says minimum/maximum.
# Intents in one scenario, its includes counted. The library's scenarios have 5-7; lint compares
# every pair of them, so a file of thousands (it fits in the 1 MB limit) would take hours.
MAX_INTENTS = 100
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


class Intent(_Strict):
    """Something a learner may say, recognised by meaning from example phrasings."""

    examples: list[Line] = Field(
        min_length=1, max_length=50, description="Three or more ways a learner might say it."
    )
    not_: list[Line] = Field(
        default_factory=list,
        max_length=50,
        alias="not",
        description="Near-misses that must not match (a refusal that sounds like the intent).",
    )
    label: Line | None = Field(
        default=None,
        description="How coach mode names it: 'you offered to phase the cut'.",
    )


class Transition(_Strict):
    when: Conditions | None = Field(
        default=None,
        description=(
            "All conditions must hold. Keys: listening, empathy, collaboration, overall, turn, "
            "mentions, said, said_all, not_said, or a declared meter."
        ),
    )
    to: Identifier = Field(description="The state to go to.")
    effects: dict[str, Effect] = Field(
        default_factory=dict, description="Meter changes, e.g. {trust: +10}; clamped to 0-100."
    )
    label: Line | None = Field(
        default=None,
        description=(
            "How the debrief names this move when an intent decided it: "
            "'you offered a phased cut and Dana agreed to take it to the board'."
        ),
    )


class SayVariant(_Strict):
    """One line of a ``say`` list; with ``when`` it is said only when its conditions hold."""

    when: Conditions | None = Field(
        default=None,
        description="Same keys as a transition's `when`, read after the reply that led here.",
    )
    text: Line


class State(_Strict):
    say: Line | list[Line | SayVariant] | None = Field(
        default=None,
        description=(
            "What the counterpart says here. A list gives variants: the first one whose `when` "
            "holds is said; otherwise one without `when`, chosen by the seed."
        ),
    )
    key_points: list[Line] = Field(
        default_factory=list, description="What a good listener picks up from this line."
    )
    emotion: Line | None = Field(default=None, description="What an empathic reply acknowledges.")
    hint: Line | None = Field(default=None, description="Coaching shown on request.")
    model_reply: Line | None = Field(
        default=None,
        description="A strong reply to this line, shown in the debrief when it is the weakest turn.",
    )
    transitions: list[Transition] = Field(
        default_factory=list, description="First match wins; the last should be unconditional."
    )
    end: Ending | None = Field(default=None, description="Marks a terminal state.")
    debrief: Line | None = Field(default=None, description="Shown at the end when this state ends.")


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
    intents: dict[Identifier, Intent] = Field(
        default_factory=dict,
        max_length=MAX_INTENTS,
        description="What a learner may say, by meaning; read with `when: {said: NAME}`.",
    )
    include: Line | list[Line] | None = Field(
        default=None,
        description="Files of shared intents next to this scenario, merged into `intents` "
        "when the file is loaded (see `roleplay docs`).",
    )
    start: Identifier
    states: dict[Identifier, State] = Field(min_length=1)


class SharedIntents(_Strict):
    """A file of shared intents, what scenarios ``include:``: intents and nothing else."""

    intents: dict[Identifier, Intent] = Field(max_length=MAX_INTENTS)


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        part = model.PARTS[type(value).__name__]
        return part(**{name: _plain(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value  # text, numbers, None, and the already plain Comparison / IntentRef / phrases


def to_model(scenario: Scenario) -> model.Scenario:
    """The validated scenario as the plain objects of :mod:`roleplay.scenario.model`."""
    plain: model.Scenario = _plain(scenario)
    return plain
