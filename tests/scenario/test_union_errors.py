"""A mistake in a value that may take several forms (a `say` line or list, a golden reply as a
line or a mapping) is one line, at a place written as in the file - not one line per form with
pydantic's labels for them ("say.list[union[constrained-str,SayVariant]].1.SayVariant.txt")."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from roleplay.engine.golden import load_tests
from roleplay.errors import Diagnostic, ScenarioError
from roleplay.scenario.union_errors import plain_errors

from .loading import HEAD, problems

TAIL = "    hint: h\n    transitions: [{to: b}]\n  b: {say: Bye., end: success}\n"


def test_a_typo_in_a_say_variant_is_one_line_with_a_guess() -> None:
    text = HEAD + "states:\n  a:\n    say:\n      - when: {overall: '>= 50'}\n"
    text += "        txt: Glad you asked.\n      - Hello.\n" + TAIL
    (d,) = problems(text)
    assert (d.code, d.message, d.hint) == (
        "RP202",
        "unknown field 'states.a.say.1.txt'",
        "did you mean 'text'?",
    )
    assert d.location is not None and (d.location.line, d.location.col) == (11, 9)


def test_a_say_of_the_wrong_type_is_one_line_naming_both_forms() -> None:
    (d,) = problems(HEAD + "states:\n  a:\n    say: 5\n" + TAIL)
    assert d.code == "RP203"
    assert d.message == "states.a.say: input should be a valid string or a valid list"


def test_a_variant_without_text_says_what_is_missing() -> None:
    text = HEAD + "states:\n  a:\n    say:\n      - when: {overall: '>= 50'}\n"
    text += "      - Hello.\n" + TAIL
    (d,) = problems(text)
    assert "states.a.say.1" in d.message and "text" in d.message
    assert "union" not in d.message and "SayVariant" not in d.message


class Reply(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    said: list[str] = []


class Case(BaseModel):
    replies: list[str | Reply]


def _plain(data: object) -> list[tuple[tuple[str | int, ...], str]]:
    with pytest.raises(ValidationError) as info:
        Case.model_validate(data)
    return [(e["loc"], e["msg"]) for e in plain_errors(info.value.errors(), data)]


def test_the_form_a_mapping_has_is_the_one_reported() -> None:
    assert _plain({"replies": ["ok", {"text": "hi", "said": 5}]}) == [
        (("replies", 1, "said"), "Input should be a valid list")
    ]


def test_a_value_that_fits_no_form_names_every_form_once() -> None:
    assert _plain({"replies": [7]}) == [
        (
            ("replies", 0),
            "Input should be a valid string or a valid dictionary or instance of Reply",
        )
    ]


def test_a_missing_field_keeps_its_name_and_a_plain_error_is_untouched() -> None:
    assert _plain({"replies": [{"said": []}]}) == [(("replies", 0, "text"), "Field required")]
    assert _plain({"replies": "hi"}) == [(("replies",), "Input should be a valid list")]


GOLDEN_SCENARIO = """\
id: mini
title: Mini
summary: One step.
learner: {role: Lead}
counterpart: {name: Sam, role: Peer}
intents:
  offer_help:
    examples: ["I'll take the Friday shift.", "Let me cover Friday for you.", "I can do Friday."]
start: a
states:
  a:
    say: First.
    hint: Offer.
    transitions:
      - when: {said: offer_help}
        to: won
      - to: lost
  won: {say: Yes., end: success}
  lost: {say: No., end: failure}
"""


def _golden(tmp_path: Path, tests: str) -> list[Diagnostic]:
    (tmp_path / "mini.yaml").write_text(GOLDEN_SCENARIO)
    path = tmp_path / "mini.tests.yaml"
    path.write_text(tests)
    with pytest.raises(ScenarioError) as info:
        load_tests(path)
    return info.value.diagnostics


def test_a_golden_reply_with_a_bad_said_is_one_line(tmp_path: Path) -> None:
    (d,) = _golden(tmp_path, "cases:\n  - name: x\n    replies:\n      - {text: hi, said: 5}\n")
    assert d.code == "RP901"
    assert d.message.startswith("cases.1.replies.1.said: ")
    assert d.location is not None and d.location.line == 4


def test_a_misspelt_field_of_a_golden_reply_is_one_line_with_a_guess(tmp_path: Path) -> None:
    (d,) = _golden(tmp_path, "cases:\n  - name: x\n    replies:\n      - {txt: hi}\n")
    assert (d.code, d.message, d.hint) == (
        "RP901",
        "unknown field 'cases.1.replies.1.txt'",
        "did you mean 'text'?",
    )


def test_a_golden_said_takes_one_name_as_a_condition_does(tmp_path: Path) -> None:
    (tmp_path / "mini.yaml").write_text(GOLDEN_SCENARIO)
    path = tmp_path / "mini.tests.yaml"
    path.write_text(
        "cases:\n  - name: x\n    replies:\n"
        "      - {text: I'll cover Friday myself., said: offer_help, not_said: offer_help}\n"
    )
    (case,) = load_tests(path).tests.cases
    reply = case.replies[0]
    assert not isinstance(reply, str)
    assert (reply.said, reply.not_said) == (["offer_help"], ["offer_help"])
    path.write_text("cases:\n  - name: x\n    replies:\n      - {text: hi, said: nope}\n")
    with pytest.raises(ScenarioError) as info:
        load_tests(path)
    assert info.value.diagnostics[0].code == "RP908"
