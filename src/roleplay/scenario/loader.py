"""YAML file -> validated :class:`Scenario`, or every problem found with its file:line:col.

``LoadedScenario`` lives in :mod:`roleplay.scenario.loaded` (importable without pydantic).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from roleplay.errors import Diagnostic, Location, ScenarioError

from . import codes
from .collector_paused import collector_paused
from .field_names import allowed_fields, closest, did_you_mean, misspelt_required
from .file_text import read_text
from .includes import expand_includes, read_intents_file
from .loaded import LoadedScenario
from .model import PHRASE_KEYS, RESERVED_KEYS
from .model_schema import Scenario, SharedIntents, to_model
from .references import check_references
from .union_errors import plain_errors
from .yaml_source import Refusal, ScenarioProblems, SourceMap, parse_yaml

_TYPE_HINTS = {
    "string_type": "put text in quotes if YAML reads it as something else",
    "int_type": "write a whole number",
    "int_parsing": "write a whole number",
    "literal_error": None,
    "string_pattern_mismatch": "ids use lower-case letters, digits and _ and start with a letter",
    "dict_type": "write a mapping: `key: value` lines",
    "list_type": "write a list: `- item` lines, or `[a, b]`",
    "rp_number": "write the number without quotes, e.g. trust: +15",
}


def _is_key(loc: tuple[str | int, ...], data: object) -> list[bool]:
    """For each part of ``loc``, whether it is a mapping key in ``data`` (a number written as a
    key, ``3:``, is one) rather than a list position; a part the data does not hold is read
    as a position when it is a number."""
    out: list[bool] = []
    node = data
    for part in loc:
        if isinstance(node, dict):
            out.append(True)
            node = node.get(part)
        else:
            out.append(not isinstance(part, int))
            if isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                node = None
    return out


def dotted_path(loc: tuple[str | int, ...], data: object = None) -> str:
    """``states.opening.transitions.1.to``: list positions count from 1, as graph and test -v do;
    a number written as a mapping key (``3:``, read through ``data``) is shown as written."""
    keys = zip(loc, _is_key(loc, data), strict=True)
    return ".".join(str(p + 1) if isinstance(p, int) and not k else str(p) for p, k in keys) or (
        "(top level)"
    )


def source_path(loc: tuple[str | int, ...], data: object) -> tuple[str | int, ...]:
    """``loc`` as the source map records it: a number written as a mapping key is the key's text."""
    return tuple(str(p) if k else p for p, k in zip(loc, _is_key(loc, data), strict=True))


def _kind_of(value: object) -> str:
    if isinstance(value, str):
        return "one string"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    return "this value"


def _unknown_condition(loc: tuple[str | int, ...], data: object) -> tuple[str, list[str]] | None:
    """``(key, declared meters)`` when ``loc`` is a key of a ``when`` that is no condition and
    names no declared meter; None otherwise."""
    if len(loc) < 2 or loc[-2] != "when" or not isinstance(loc[-1], str):
        return None
    meters = data.get("meters") if isinstance(data, dict) else None
    declared = [str(m) for m in meters] if isinstance(meters, dict) else []
    if loc[-1] in RESERVED_KEYS or loc[-1] in declared:
        return None
    return loc[-1], declared


def _pydantic_diagnostics(
    exc: ValidationError, source: SourceMap, data: object
) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    errors = plain_errors(exc.errors(include_url=False), data)
    explained = misspelt_required(errors)
    for err in errors:
        if err["type"] == "missing" and tuple(err["loc"]) in explained:
            continue  # the misspelt key beside it is reported, with its 'did you mean'
        loc = tuple(p for p in err["loc"] if isinstance(p, str | int))
        kind = err["type"]
        # pydantic appends '[key]' when a dict key fails; the key itself is the culprit.
        is_key = bool(loc) and loc[-1] == "[key]"
        if is_key:
            loc = loc[:-1]
        dotted = dotted_path(loc, data)
        where = source.locate(source_path(loc, data), key=kind in ("extra_forbidden",) or is_key)
        if kind == "missing":
            out.append(
                Diagnostic(
                    codes.MISSING_FIELD,
                    f"missing required field '{dotted}'",
                    "see `roleplay docs` or `roleplay schema`",
                    where,
                )
            )
        elif kind == "extra_forbidden":
            out.append(
                Diagnostic(
                    codes.UNKNOWN_FIELD,
                    f"unknown field '{dotted}'",
                    did_you_mean(
                        str(loc[-1]) if loc else "",
                        allowed_fields(Scenario, loc[:-1]),
                        "check the spelling; allowed fields are in `roleplay docs`",
                    ),
                    where,
                )
            )
        elif kind == "rp_comparison" and loc and loc[-1] in PHRASE_KEYS:
            phrase = err.get("input")
            example = phrase.strip() if isinstance(phrase, str) and phrase.strip() else "deadline"
            out.append(
                Diagnostic(
                    codes.MISPLACED_CONDITION,
                    f"{dotted}: {loc[-1]} takes a list of phrases, not {_kind_of(phrase)}",
                    f"write {loc[-1]}: [{json.dumps(example[:40], ensure_ascii=False)}]",
                    where,
                )
            )
        elif kind == "rp_comparison" and (unknown := _unknown_condition(loc, data)):
            # a misspelt or made-up key: name the key, not its value ('saidd: order_it')
            out.append(
                Diagnostic(
                    codes.UNKNOWN_CONDITION,
                    f"unknown condition '{unknown[0]}'",
                    did_you_mean(
                        unknown[0],
                        [*RESERVED_KEYS, *unknown[1]],
                        "use listening, empathy, collaboration, overall, turn, mentions, said, "
                        "said_all, not_said or a declared meter",
                    ),
                    source.locate(source_path(loc, data), key=True),
                )
            )
        elif kind == "rp_comparison":
            out.append(
                Diagnostic(
                    codes.BAD_COMPARISON,
                    f"{dotted}: {err['msg']}",
                    'write a quoted comparison such as ">= 60"',
                    where,
                )
            )
        elif kind == "rp_intent_ref":
            out.append(
                Diagnostic(
                    codes.BAD_INTENT_REF,
                    f"{dotted}: {err['msg']}",
                    "write said: NAME or said: [NAME, OTHER] with names declared under intents:",
                    where,
                )
            )
        elif kind == "string_pattern_mismatch" or is_key:
            out.append(
                Diagnostic(
                    codes.BAD_ID,
                    f"{dotted}: invalid id {err.get('input')!r}",
                    _TYPE_HINTS["string_pattern_mismatch"],
                    where,
                )
            )
        else:
            out.append(
                Diagnostic(
                    codes.WRONG_TYPE,
                    f"{dotted}: {err['msg'][:1].lower()}{err['msg'][1:]}",
                    _TYPE_HINTS.get(kind),
                    where,
                )
            )
    return out


def load_text(text: str, filename: str = "<string>", path: Path | None = None) -> LoadedScenario:
    """Load a scenario from YAML text. Raises :class:`ScenarioError` with every problem found."""
    with collector_paused():  # (collector_paused.py: linear time on a big file)
        try:
            data, source = parse_yaml(text, filename)
        except Refusal as exc:
            raise ScenarioError([exc.diagnostic]) from None
        except ScenarioProblems as exc:
            raise ScenarioError(exc.diagnostics) from None
        return _validate(data, source, text, path)


def _validate(data: Any, source: SourceMap, text: str, path: Path | None) -> LoadedScenario:
    if isinstance(data, dict) and set(data) == {"intents"}:
        raise ScenarioError([_shared_intents_here(source.file)])
    if isinstance(data, dict) and data and not any(map(_scenario_like, data)):
        # Not one field of a scenario: some other file (a link to a system file, a config).
        # Its keys are not echoed as unknown fields: they may be anything, secrets included.
        raise ScenarioError([_not_a_scenario_here(source.file)])
    data, expanded = expand_includes(data, source, path)
    if expanded is not None:
        text = expanded  # a saved session resumes from a text that stands alone
    try:
        scenario = to_model(Scenario.model_validate(data))
    except ValidationError as exc:
        raise ScenarioError(_pydantic_diagnostics(exc, source, data)) from None
    problems = check_references(scenario, source)
    if problems:
        raise ScenarioError(problems)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    return LoadedScenario(scenario, source, path, digest, text)


def load_file(path: str | Path) -> LoadedScenario:
    """Load a scenario file. Raises :class:`ScenarioError` (exit code 2) when it cannot."""
    p = Path(path)
    if p.name.endswith(TESTS_SUFFIX):  # read as a scenario it would be ten RP201/RP202 lines
        raise ScenarioError([_tests_file_here(str(path))])
    try:
        text = read_text(p)
    except Refusal as exc:
        raise ScenarioError([exc.diagnostic]) from None
    return load_text(text, str(path), p)


TESTS_SUFFIX = ".tests.yaml"


def _tests_file_here(filename: str) -> Diagnostic:
    return Diagnostic(
        codes.TESTS_FILE,
        "this is a file of golden tests (*.tests.yaml), not a scenario",
        "`roleplay test` runs it and `roleplay validate` checks it; the scenario is the "
        "<id>.yaml beside it",
        Location(filename, 1, 1),
    )


# the top-level fields of the format (include: is read before the model sees the file)
_SCENARIO_FIELDS = frozenset(Scenario.model_fields) | {"include"}


def _scenario_like(key: object) -> bool:
    """A field of the format, or a misspelling of one ("titel:", which gets its did-you-mean)."""
    name = str(key)
    return name in _SCENARIO_FIELDS or closest(name, sorted(_SCENARIO_FIELDS)) is not None


def _not_a_scenario_here(filename: str) -> Diagnostic:
    return Diagnostic(
        codes.NOT_A_SCENARIO,
        "not a scenario: none of its top-level fields is one of the format's (id, title, "
        "states ...); its contents are not shown",
        "check the path (a link may point somewhere else); `roleplay new` writes a starter",
        Location(filename, 1, 1),
    )


def _shared_intents_here(filename: str) -> Diagnostic:
    return Diagnostic(
        codes.SHARED_INTENTS_FILE,
        "this is a file of shared intents (it holds only `intents:`), not a scenario",
        "scenarios use it with include: [its file name]; `roleplay validate` checks it on its own",
        Location(filename, 1, 1),
    )


def check_shared_intents(path: Path) -> int:
    """Check a file of shared intents on its own (what ``include:`` reads, then the model's
    rules for each intent); returns how many intents it declares. Raises :class:`ScenarioError`
    with every problem found. How scenarios use them is checked with each scenario."""
    intents, source = read_intents_file(path, str(path))
    try:
        SharedIntents.model_validate({"intents": intents})
    except ValidationError as exc:
        raise ScenarioError(_pydantic_diagnostics(exc, source, {"intents": intents})) from None
    return len(intents)
