"""The fixed table of pure predicates that transition conditions are built from.

Nothing named in a scenario file is ever imported or called: a condition in YAML becomes a
``functools.partial`` over one of the functions below, chosen by the condition's key.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from roleplay.scenario.mentions import mentions_any_of, phrase_pattern
from roleplay.scenario.model import DIMENSION_KEYS, Comparison, IntentRef
from roleplay.scoring.types import Score


@dataclass
class TurnContext:
    """Everything a condition may look at for one reply."""

    reply: str
    score: Score
    meters: dict[str, int]
    turn: int
    intents: frozenset[str] = frozenset()  # the scenario's intents this reply matched
    fired: list[int] = field(default_factory=list)


def dimension_holds(ctx: TurnContext, *, dimension: str, comparison: Comparison) -> bool:
    return comparison.holds(ctx.score.dimension(dimension))


def meter_holds(ctx: TurnContext, *, meter: str, comparison: Comparison) -> bool:
    return comparison.holds(ctx.meters[meter])


def turn_holds(ctx: TurnContext, *, comparison: Comparison) -> bool:
    return comparison.holds(ctx.turn)


def mentions_any(ctx: TurnContext, *, patterns: tuple[re.Pattern[str], ...]) -> bool:
    return mentions_any_of(ctx.reply, patterns)


def said_any(ctx: TurnContext, *, names: tuple[str, ...]) -> bool:
    return any(name in ctx.intents for name in names)


def said_every(ctx: TurnContext, *, names: tuple[str, ...]) -> bool:
    return all(name in ctx.intents for name in names)


def said_none(ctx: TurnContext, *, names: tuple[str, ...]) -> bool:
    return not any(name in ctx.intents for name in names)


_INTENT_PREDICATES: dict[str, Callable[..., bool]] = {
    "said": said_any,
    "said_all": said_every,
    "not_said": said_none,
}

Condition = Callable[..., bool]


def build_condition(
    key: str, value: Comparison | IntentRef | tuple[str, ...], meters: set[str]
) -> Condition:
    """One YAML condition (key and value) -> a partial over the table above."""
    if isinstance(value, IntentRef):
        return partial(_INTENT_PREDICATES[key], names=value.names)
    if key == "mentions":
        assert isinstance(value, tuple)
        return partial(mentions_any, patterns=tuple(phrase_pattern(p) for p in value))
    assert isinstance(value, Comparison)
    if key in DIMENSION_KEYS:
        return partial(dimension_holds, dimension=key, comparison=value)
    if key == "turn":
        return partial(turn_holds, comparison=value)
    if key in meters:
        return partial(meter_holds, meter=key, comparison=value)
    raise KeyError(key)  # the loader rejects unknown keys before we get here
