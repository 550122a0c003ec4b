"""Checks that need the whole scenario: every `to` names a state, every meter is declared."""

from __future__ import annotations

from roleplay.errors import Diagnostic

from . import codes
from .model import DIMENSION_KEYS, RESERVED_KEYS, Comparison, Scenario
from .yaml_source import SourceMap


def _closest(name: str, options: list[str]) -> str | None:
    import difflib

    found = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
    return found[0] if found else None


def _did_you_mean(name: str, options: list[str], fallback: str) -> str:
    guess = _closest(name, options)
    return f"did you mean '{guess}'?" if guess else fallback


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
                    "rename the meter (e.g. 'rapport')",
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
            for key, value in (tr.when or {}).items():
                where = source.locate((*base, "when", key), key=True)
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
                                "use listening, empathy, collaboration, overall, turn, mentions "
                                "or a declared meter",
                            ),
                            where,
                        )
                    )
                elif not isinstance(value, Comparison):
                    problems.append(
                        Diagnostic(
                            codes.MISPLACED_CONDITION,
                            f"'{key}' takes a comparison, not a list",
                            f"write {key}: \">= 60\"",
                            where,
                        )
                    )
    return problems
