"""Checks that need the whole scenario: every `to` names a state, every meter is declared."""

from __future__ import annotations

from collections.abc import Mapping

from roleplay.errors import Diagnostic

from . import codes
from .field_names import did_you_mean as _did_you_mean
from .model import (
    DIMENSION_KEYS,
    RESERVED_KEYS,
    Comparison,
    ConditionValue,
    IntentRef,
    Scenario,
)
from .yaml_source import SourceMap


def check_references(scenario: Scenario, source: SourceMap) -> list[Diagnostic]:
    problems: list[Diagnostic] = []
    states = list(scenario.states)
    meters = list(scenario.meters)

    for meter in meters:
        if meter in RESERVED_KEYS:
            problems.append(
                Diagnostic(
                    codes.UNKNOWN_METER,
                    f"meter '{meter}' clashes with a built-in condition name",
                    "rename the meter, to 'rapport' for one",
                    source.locate(("meters", meter), key=True),
                )
            )

    if scenario.start not in scenario.states:
        problems.append(
            Diagnostic(
                codes.UNKNOWN_STATE,
                f"start state '{scenario.start}' is not defined",
                _did_you_mean(scenario.start, states, "add it under states:"),
                source.locate(("start",)),
            )
        )

    for name, state in scenario.states.items():
        for i, tr in enumerate(state.transitions):
            base = ("states", name, "transitions", i)
            if tr.to not in scenario.states:
                problems.append(
                    Diagnostic(
                        codes.UNKNOWN_STATE,
                        f"transition goes to unknown state '{tr.to}'",
                        _did_you_mean(tr.to, states, "add it under states:"),
                        source.locate((*base, "to")),
                    )
                )
            for meter in tr.effects:
                if meter not in scenario.meters:
                    problems.append(
                        Diagnostic(
                            codes.UNKNOWN_METER,
                            f"effect on undeclared meter '{meter}'",
                            _did_you_mean(meter, meters, "declare it under meters:"),
                            source.locate((*base, "effects", meter), key=True),
                        )
                    )
            _check_when(tr.when, (*base, "when"), scenario, source, problems)
        for j, variant in enumerate(state.lines):
            if variant.when:
                where = ("states", name, "say", j, "when")
                _check_when(variant.when, where, scenario, source, problems)
    return problems


def _check_when(
    when: Mapping[str, ConditionValue] | None,
    base: tuple[str | int, ...],
    scenario: Scenario,
    source: SourceMap,
    problems: list[Diagnostic],
) -> None:
    meters = list(scenario.meters)
    for key, value in (when or {}).items():
        where = source.locate((*base, key), key=True)
        if isinstance(value, IntentRef):
            _check_intents(value, (*base, key), scenario, source, problems)
            continue
        if key == "mentions":
            if isinstance(value, Comparison):
                problems.append(
                    Diagnostic(
                        codes.MISPLACED_CONDITION,
                        "mentions takes a list of phrases, not a comparison",
                        'write mentions: ["deadline", "Friday"]',
                        where,
                    )
                )
            continue
        if key not in DIMENSION_KEYS and key != "turn" and key not in scenario.meters:
            options = [*RESERVED_KEYS, *meters]
            problems.append(
                Diagnostic(
                    codes.UNKNOWN_CONDITION,
                    f"unknown condition '{key}'",
                    _did_you_mean(
                        key,
                        options,
                        "use listening, empathy, collaboration, overall, turn, mentions, said, "
                        "said_all, not_said or a declared meter",
                    ),
                    where,
                )
            )
        elif not isinstance(value, Comparison):
            problems.append(
                Diagnostic(
                    codes.MISPLACED_CONDITION,
                    f"'{key}' takes a comparison, not a list",
                    f'write {key}: ">= 60"',
                    where,
                )
            )


def _check_intents(
    ref: IntentRef,
    path: tuple[str | int, ...],
    scenario: Scenario,
    source: SourceMap,
    problems: list[Diagnostic],
) -> None:
    declared = list(scenario.intents)
    for j, name in enumerate(ref.names):
        if name in scenario.intents:
            continue
        where = source.locate((*path, j))  # a single name falls back to the value itself
        problems.append(
            Diagnostic(
                codes.UNKNOWN_INTENT,
                f"'{path[-1]}' names unknown intent '{name}'",
                _did_you_mean(name, declared, "declare it under intents: with 3+ examples"),
                where,
            )
        )
