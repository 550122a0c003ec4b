"""Golden transcripts: a scenario's unit tests (``<id>.tests.yaml`` next to ``<id>.yaml``).

A case gives replies and expects the states visited, the ending, and optionally score bands
(session means, per reply) and end meter bands. Cases run through the same :class:`Session`
as play, with the scorer passed in, so a golden file checks what a learner would experience.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError

from roleplay.errors import Diagnostic, Location, ScenarioError
from roleplay.scenario.field_names import allowed_fields, did_you_mean, misspelt_required
from roleplay.scenario.file_text import read_text
from roleplay.scenario.loaded import LoadedScenario
from roleplay.scenario.loader import dotted_path, load_file, source_path
from roleplay.scenario.model import DIMENSION_KEYS, Comparison, Scenario
from roleplay.scenario.model_schema import ConditionValue, Identifier
from roleplay.scenario.union_errors import plain_errors
from roleplay.scenario.yaml_source import Refusal, ScenarioProblems, SourceMap, parse_yaml
from roleplay.scoring.types import Scorer

from .compiler import compile_scenario
from .session import Session

BAD_TESTS_FILE = "RP901"
NO_SCENARIO = "RP902"
UNKNOWN_PATH_STATE = "RP903"
UNKNOWN_BAND = "RP904"
NO_TESTS = "RP905"
UNKNOWN_TEST_INTENT = "RP908"
UNKNOWN_LINE = "RP913"
SUFFIX = ".tests.yaml"

Bands = dict[str, ConditionValue]
# A golden reply's `said` is checked name by name, so a list there asks for every intent in it:
# what `said_all` asks in a scenario's `when` (where a list under `said` takes any of them)
SAID_ALL_HINT = (
    "write `said: [...]`: in a golden test the reply must say every intent listed under `said` "
    "(what `said_all` asks in a `when`)"
)


def _one_or_list(value: Any) -> Any:
    """`said: NAME` as in a scenario's conditions: one name stands for a list of one."""
    return [value] if isinstance(value, str) else value


IntentNames = Annotated[list[Identifier], BeforeValidator(_one_or_list)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldenReply(_Strict):
    text: str = Field(min_length=1, max_length=4000)
    scores: Bands = Field(default_factory=dict, description="Bands for this reply's scores.")
    said: IntentNames = Field(
        default_factory=list,
        description="Intents this reply must match (a name, or a list the reply must say every "
        "one of: what `said_all` asks in a `when`, where a list under `said` takes any).",
    )
    not_said: IntentNames = Field(
        default_factory=list, description="Intents this reply must not match (a name or a list)."
    )
    says: str | None = Field(
        default=None,
        min_length=1,
        max_length=500,
        description="Words the counterpart's next line must contain (any case): pins the `say` "
        "variant that reacts to this reply.",
    )


class GoldenCase(_Strict):
    name: str = Field(min_length=1, max_length=200)
    replies: list[str | GoldenReply] = Field(min_length=1)
    path: list[Identifier] | None = Field(
        default=None, description="Every state visited, from the start to where it stops."
    )
    ending: Literal["success", "failure", "neutral"] | None = None
    passed: bool | None = Field(default=None, description="Success with overall >= pass_score.")
    scores: Bands = Field(default_factory=dict, description="Bands for the session means.")
    meters: Bands = Field(default_factory=dict, description="Bands for the meters at the end.")
    seed: int | None = None


class GoldenFile(_Strict):
    scenario: Identifier | None = None
    seed: int = 0
    cases: list[GoldenCase] = Field(min_length=1)


@dataclass(frozen=True)
class LoadedTests:
    tests: GoldenFile
    source: SourceMap
    path: Path
    scenario: LoadedScenario
    # problems that sink one case and not the file (RP903, RP904, RP908, RP913), with the case
    # they belong to; `roleplay test` reports each as its case's failure
    case_problems: tuple[tuple[GoldenCase, tuple[Diagnostic, ...]], ...] = ()

    def problems_of(self, case: GoldenCase) -> tuple[Diagnostic, ...]:
        return next((found for c, found in self.case_problems if c is case), ())


@dataclass
class CaseResult:
    name: str
    failures: list[str] = field(default_factory=list)
    path: list[str] = field(default_factory=list)
    outcome: str | None = None
    trace: list[str] = field(default_factory=list)  # one line per reply: scores and the move

    @property
    def passed(self) -> bool:
        return not self.failures


def scenario_for(tests_path: Path) -> Path:
    return tests_path.with_name(tests_path.name[: -len(SUFFIX)] + ".yaml")


def golden_path(scenario_path: Path) -> Path:
    return scenario_path.with_name(scenario_path.stem + SUFFIX)


def load_tests(path: Path, *, per_case: bool = False) -> LoadedTests:
    """Read and check a tests file and the scenario beside it. Raises ScenarioError (exit 2).
    With ``per_case`` a problem of one case only (a state, band, intent or line it names that
    the scenario lacks: RP903, RP904, RP908, RP913) does not raise: it is kept with its case
    (``LoadedTests.case_problems``), so the other cases can still run."""
    name = str(path)
    try:
        data, source = parse_yaml(read_text(path), name)
    except Refusal as exc:
        raise ScenarioError([exc.diagnostic]) from None
    except ScenarioProblems as exc:
        raise ScenarioError(exc.diagnostics) from None
    try:
        tests = GoldenFile.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(_schema_problems(exc, source, data)) from None
    scenario_path = scenario_for(path)
    if not scenario_path.is_file():
        raise ScenarioError(
            [
                Diagnostic(
                    NO_SCENARIO,
                    f"no scenario file {scenario_path.name} next to this tests file",
                    "name the tests file after its scenario: <id>.tests.yaml",
                    Location(name),
                )
            ]
        )
    loaded = load_file(scenario_path)
    problems = _file_problems(tests, source, loaded.scenario)
    of_cases = [
        (case, _case_problems(case, i, source, loaded)) for i, case in enumerate(tests.cases)
    ]
    if not per_case:
        problems += [d for _, found in of_cases for d in found]
    if problems:
        raise ScenarioError(problems)
    kept = tuple((case, tuple(found)) for case, found in of_cases if found)
    return LoadedTests(tests, source, path, loaded, kept)


def _schema_problems(exc: ValidationError, source: SourceMap, data: object) -> list[Diagnostic]:
    out = []
    errors = plain_errors(exc.errors(include_url=False), data)
    explained = misspelt_required(errors)
    for err in errors:
        if err["type"] == "missing" and tuple(err["loc"]) in explained:
            continue  # the misspelt key beside it is reported, with its 'did you mean'
        loc = tuple(p for p in err["loc"] if isinstance(p, str | int))
        # pydantic appends '[key]' when a mapping's key fails: the key is the culprit
        is_key = bool(loc) and loc[-1] == "[key]"
        if is_key:
            loc = loc[:-1]
        dotted = dotted_path(loc, data)
        unknown = err["type"] == "extra_forbidden"
        message = f"unknown field '{dotted}'" if unknown else f"{dotted}: {err['msg'].lower()}"
        if is_key:
            message = f"{dotted}: the name {err.get('input')!r} is not text"
        hint = "see 'Testing a scenario' in `roleplay docs`"
        if unknown and loc:
            hint = did_you_mean(str(loc[-1]), allowed_fields(GoldenFile, loc[:-1]), hint)
        if unknown and loc and loc[-1] == "said_all":
            # a `when` key written in a golden reply: `said` there already asks for all of them
            hint = SAID_ALL_HINT
        where = source.locate(source_path(loc, data), key=unknown or is_key)
        out.append(Diagnostic(BAD_TESTS_FILE, message, hint, where))
    return out


def _file_problems(tests: GoldenFile, source: SourceMap, sc: Scenario) -> list[Diagnostic]:
    """What is wrong with the tests file as a whole: it names another scenario (RP902)."""
    if tests.scenario is None or tests.scenario == sc.id:
        return []
    return [
        Diagnostic(
            NO_SCENARIO,
            f"tests are for '{tests.scenario}' but the file beside them holds '{sc.id}'",
            "fix `scenario:` or rename the file",
            source.locate(("scenario",)),
        )
    ]


def _case_problems(
    case: GoldenCase, i: int, source: SourceMap, loaded: LoadedScenario
) -> list[Diagnostic]:
    """What case ``i`` names that its scenario lacks: a state (RP903), a band (RP904), an intent
    (RP908) or words no line says (RP913). Each sinks that case only."""
    sc = loaded.scenario
    out: list[Diagnostic] = []
    for j, state in enumerate(case.path or []):
        if state not in sc.states:
            out.append(
                Diagnostic(
                    UNKNOWN_PATH_STATE,
                    f"expected path names unknown state '{state}'",
                    did_you_mean(
                        state,
                        list(sc.states),
                        f"use the state ids of the scenario: {', '.join(sc.states)}",
                    ),
                    source.locate(("cases", i, "path", j)),
                )
            )
    bands: list[tuple[tuple[str | int, ...], str, Any, tuple[str, ...]]] = [
        (("cases", i, "scores", k), k, v, DIMENSION_KEYS) for k, v in case.scores.items()
    ]
    bands += [(("cases", i, "meters", k), k, v, tuple(sc.meters)) for k, v in case.meters.items()]
    for j, reply in enumerate(case.replies):
        if isinstance(reply, GoldenReply):
            bands += [
                (("cases", i, "replies", j, "scores", k), k, v, DIMENSION_KEYS)
                for k, v in reply.scores.items()
            ]
            out += _intent_problems(reply, ("cases", i, "replies", j), source, loaded)
            if reply.says is not None and not _some_line_says(sc, reply.says):
                out.append(
                    Diagnostic(
                        UNKNOWN_LINE,
                        f"no line of '{sc.id}' contains '{reply.says}', so this test can "
                        "never pass",
                        "copy the words from the `say` line or variant you expect",
                        source.locate(("cases", i, "replies", j, "says")),
                    )
                )
    for where, key, value, allowed in bands:
        if key not in allowed or not isinstance(value, Comparison):
            hint = (
                f'use {", ".join(allowed) or "a declared meter"} with a comparison such as ">= 60"'
            )
            if key not in allowed:
                hint = did_you_mean(key, list(allowed), hint)
            out.append(
                Diagnostic(
                    UNKNOWN_BAND,
                    f"'{key}' is not a band here",
                    hint,
                    source.locate(where, key=True),
                )
            )
    return out


def _some_line_says(scenario: Scenario, words: str) -> bool:
    wanted = words.casefold()
    return any(
        wanted in line.text.casefold() for st in scenario.states.values() for line in st.lines
    )


def _intent_problems(
    reply: GoldenReply, where: tuple[str | int, ...], source: SourceMap, loaded: LoadedScenario
) -> list[Diagnostic]:
    declared = loaded.scenario.intents
    return [
        Diagnostic(
            UNKNOWN_TEST_INTENT,
            f"'{key}' names unknown intent '{name}'",
            did_you_mean(
                name,
                list(declared),
                f"use the intents of the scenario: {', '.join(declared) or 'it declares none'}",
            ),
            source.locate((*where, key, k)),
        )
        for key, names in (("said", reply.said), ("not_said", reply.not_said))
        for k, name in enumerate(names)
        if name not in declared
    ]


def _meters_moved(before: dict[str, int], after: dict[str, int]) -> str:
    """'; goodwill 50 -> 30, patience 60': each meter as the reply's conditions read it (before
    its effects) and, when an effect moved it, after; nothing for a scenario without meters."""
    if not before:
        return ""
    shown = [
        f"{name} {value}" + (f" -> {after[name]}" if after.get(name, value) != value else "")
        for name, value in before.items()
    ]
    return "; " + ", ".join(shown)


def run_case(loaded: LoadedTests, case: GoldenCase, scorer: Scorer) -> CaseResult:
    sc = loaded.scenario.scenario
    problems = loaded.problems_of(case)
    if problems:  # it could never pass as written: said with its code and line, not run
        return CaseResult(case.name, failures=[d.format() for d in problems], path=[sc.start])
    seed = case.seed if case.seed is not None else loaded.tests.seed
    session = Session.start(compile_scenario(loaded.scenario), scorer, seed)
    result = CaseResult(case.name, path=[sc.start])
    try:
        for n, reply in enumerate(case.replies, start=1):
            text = reply if isinstance(reply, str) else reply.text
            if session.ended:
                left = len(case.replies) - n + 1
                result.failures.append(
                    f"the conversation ended after reply {n - 1}; "
                    f"{left} repl{'y' if left == 1 else 'ies'} left over"
                )
                break
            turn = session.reply(text)
            s = turn.score
            result.path.append(turn.next_state)
            scores = (
                f"listening {s.listening}, empathy {s.empathy}, "
                f"collaboration {s.collaboration}, overall {s.overall}"
                if s.scored  # an unread reply says why it got zeros (a trainer's French case)
                else f"not scored ({s.reason or 'empty'}): every score 0, no intent heard"
            )
            result.trace.append(
                f"reply {n} in {turn.state}: {scores} -> {turn.next_state}"
                + (
                    f" (transition {turn.transition_index + 1})"
                    if turn.transition_index is not None
                    else " (no transition held)"
                )
                + (f"; said {', '.join(turn.intents)}" if turn.intents else "")
                + _meters_moved(turn.meters_before, turn.meters_after)
            )
            if isinstance(reply, GoldenReply):
                for key, band in reply.scores.items():
                    _check_band(result, f"reply {n} {key}", s.dimension(key), band)
                heard = session.compiled.intents.heard_in.get(turn.state, frozenset())
                _check_intents(result, n, reply, turn.intents, heard, turn.state)
                _check_says(result, n, reply, turn.next_line, sc.counterpart.name)
        result.outcome = session.outcome
        _check_end(result, case, session)
    finally:
        session.close()
    return result


def _check_intents(
    result: CaseResult,
    n: int,
    reply: GoldenReply,
    said: tuple[str, ...],
    usable: frozenset[str],
    state: str,
) -> None:
    heard = ", ".join(said) or "no intent"
    for name in reply.said:
        if name not in usable:
            result.failures.append(
                f"reply {n} cannot say '{name}' in '{state}': no transition of that state or "
                "`say` variant it leads to reads it, so it is not matched there"
            )
        elif name not in said:
            result.failures.append(f"reply {n} did not say '{name}' (it said {heard})")
    for name in reply.not_said:
        if name in said:
            result.failures.append(f"reply {n} said '{name}', expected not to (it said {heard})")


def _check_says(
    result: CaseResult, n: int, reply: GoldenReply, line: str | None, name: str
) -> None:
    """`says:` holds when the counterpart's next line contains its words, in any case."""
    if reply.says is None or reply.says.casefold() in (line or "").casefold():
        return
    answered = f'answered "{line}"' if line else "said nothing more"
    result.failures.append(f'reply {n}: {name} {answered}, expected words "{reply.says}"')


def _check_band(result: CaseResult, label: str, actual: float, band: object) -> None:
    if isinstance(band, Comparison) and not band.holds(actual):
        result.failures.append(f"{label} is {actual:g}, expected {band}")


def _check_end(result: CaseResult, case: GoldenCase, session: Session) -> None:
    if case.path is not None and case.path != result.path:
        result.failures.append(path_diff(case.path, result.path))
    if case.ending is not None and case.ending != session.outcome:
        got = session.outcome or f"no ending yet (stopped in '{session.state}')"
        result.failures.append(f"ending is {got}, expected {case.ending}")
    if case.passed is not None and case.passed != session.passed:
        result.failures.append(
            f"passed is {session.passed} (overall {session.overall}, pass_score "
            f"{session.scenario.pass_score}), expected {case.passed}"
        )
    turns = session.turns
    for key, band in case.scores.items():
        mean = sum(t.score.dimension(key) for t in turns) / len(turns) if turns else 0
        _check_band(result, f"mean {key}", round(mean), band)
    for key, band in case.meters.items():
        _check_band(result, f"meter {key}", session.meters[key], band)


def path_diff(expected: list[str], actual: list[str]) -> str:
    """Where two paths part, with both paths printed one above the other."""
    step = next(
        (i for i, (a, b) in enumerate(zip(expected, actual, strict=False)) if a != b),
        min(len(expected), len(actual)),
    )
    where = "at the start" if step == 0 else f"at step {step + 1} (after reply {step})"
    return (
        f"path differs {where}\n"
        f"    expected: {' -> '.join(expected)}\n"
        f"    actual:   {' -> '.join(actual)}\n"
        f"              {' ' * len(' -> '.join(actual[:step]) + (' -> ' if step else ''))}^"
    )


def run_tests(loaded: LoadedTests, scorer: Scorer) -> list[CaseResult]:
    return [run_case(loaded, case, scorer) for case in loaded.tests.cases]
