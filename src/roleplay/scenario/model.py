"""A scenario as plain, frozen Python objects: what the engine, lint and the front ends read.

A file becomes these objects after :mod:`roleplay.scenario.model_schema` (pydantic, the format's
rules and JSON Schema) has validated it. They import nothing heavy, so a scenario kept in the
play cache (:mod:`roleplay.scenario.play_cache`) is played without loading pydantic or PyYAML.
Field names are those of the schema models (``not_`` is written ``not`` in YAML).
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

ID_PATTERN = r"^[a-z][a-z0-9_]*$"
DIMENSION_KEYS = ("listening", "empathy", "collaboration", "overall")
INTENT_KEYS = ("said", "said_all", "not_said")
RESERVED_KEYS = (*DIMENSION_KEYS, "turn", "mentions", *INTENT_KEYS)
PHRASE_KEYS = ("mentions",)  # condition keys whose value is a list of phrases
Ending = Literal["success", "failure", "neutral"]
Difficulty = Literal["easy", "medium", "hard"]

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


@dataclass(frozen=True)
class IntentRef:
    """The value of a ``said``/``said_all``/``not_said`` condition: one or more intent names."""

    names: tuple[str, ...]

    def __str__(self) -> str:
        return self.names[0] if len(self.names) == 1 else ", ".join(self.names)


# A condition's value: a comparison, intent names, or phrases (for ``mentions``).
ConditionValue = Comparison | IntentRef | tuple[str, ...]
Conditions = dict[str, ConditionValue]


@dataclass(frozen=True)
class Learner:
    role: str
    goal: str | None = None


@dataclass(frozen=True)
class Counterpart:
    name: str
    role: str
    interests: list[str] = field(default_factory=list)
    style: str | None = None


@dataclass(frozen=True)
class Intent:
    """Something a learner may say, recognised by meaning from example phrasings."""

    examples: list[str]
    not_: list[str] = field(default_factory=list)
    label: str | None = None


@dataclass(frozen=True)
class Transition:
    to: str
    when: Conditions | None = None
    effects: dict[str, int] = field(default_factory=dict)
    label: str | None = None  # how the debrief names the move when an intent decided it

    @property
    def unconditional(self) -> bool:
        return not self.when


@dataclass(frozen=True)
class SayVariant:
    """One line of a ``say`` list; with ``when`` it is said only when its conditions hold."""

    text: str
    when: Conditions | None = None


@dataclass(frozen=True)
class State:
    say: str | list[str | SayVariant] | None = None
    key_points: list[str] = field(default_factory=list)
    emotion: str | None = None
    hint: str | None = None
    model_reply: str | None = None
    transitions: list[Transition] = field(default_factory=list)
    end: Ending | None = None
    debrief: str | None = None

    @property
    def lines(self) -> tuple[SayVariant, ...]:
        """Every variant of ``say``, plain strings as variants without ``when``."""
        if self.say is None:
            return ()
        items = [self.say] if isinstance(self.say, str) else self.say
        return tuple(SayVariant(text=x) if isinstance(x, str) else x for x in items)

    @property
    def variants(self) -> tuple[str, ...]:
        """The lines said when no conditional variant holds."""
        return tuple(v.text for v in self.lines if not v.when)

    @property
    def intents_read(self) -> frozenset[str]:
        """Intents named by this state's transitions and `say` variants."""
        return _intent_names([tr.when for tr in self.transitions] + [v.when for v in self.lines])

    @property
    def intents_read_by_lines(self) -> frozenset[str]:
        """Intents named by this state's `say` variants (read on the reply that led here)."""
        return _intent_names([v.when for v in self.lines])


def _intent_names(whens: list[Conditions | None]) -> frozenset[str]:
    return frozenset(
        name
        for when in whens
        for value in (when or {}).values()
        if isinstance(value, IntentRef)
        for name in value.names
    )


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    summary: str
    learner: Learner
    counterpart: Counterpart
    start: str
    states: dict[str, State]
    difficulty: Difficulty = "medium"
    tags: list[str] = field(default_factory=list)
    meters: dict[str, int] = field(default_factory=dict)
    pass_score: int = 70
    max_turns: int = 30
    intents: dict[str, Intent] = field(default_factory=dict)
    include: str | list[str] | None = None

    def state(self, name: str) -> State:
        return self.states[name]

    def intents_heard_in(self, name: str) -> frozenset[str]:
        """The intents a reply given in state ``name`` can act on: those its transitions read,
        and those read by the `say` variants of every state it can lead to (itself too, unless a
        transition without `when` always moves on), since the counterpart's next line is chosen
        on the same reply."""
        state = self.states[name]
        read = set(_intent_names([tr.when for tr in state.transitions]))
        stays = not any(tr.unconditional for tr in state.transitions)
        for other in {*([name] if stays else []), *(tr.to for tr in state.transitions)}:
            if other in self.states:
                read |= self.states[other].intents_read_by_lines
        return frozenset(read & set(self.intents))

    @property
    def endings(self) -> dict[str, Ending]:
        return {name: s.end for name, s in self.states.items() if s.end is not None}


# Every class a scenario is made of, by name: the schema models convert into these, and the play
# cache reads only these back (nothing else is ever built from a cache file).
PARTS: dict[str, type[Any]] = {
    cls.__name__: cls
    for cls in (
        Comparison,
        IntentRef,
        Learner,
        Counterpart,
        Intent,
        Transition,
        SayVariant,
        State,
        Scenario,
    )
}
