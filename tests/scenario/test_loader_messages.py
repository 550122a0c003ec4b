"""The loader's messages say what to do: tabs, indentation, unquoted comparisons, typos."""

from __future__ import annotations

import pytest

from roleplay.errors import Diagnostic

from .loading import HEAD, problems


def _one(text: str) -> Diagnostic:
    found = problems(text)
    assert len(found) == 1, [d.format() for d in found]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [HEAD + "states:\n\ta:\n    say: hi\n", HEAD + "states:\n  a:\n\t  say: hi\n"],
)
def test_a_tab_in_the_indentation_says_use_spaces(text: str) -> None:
    d = _one(text)
    assert d.code == "RP101"
    assert "tab" in d.message and d.hint and "spaces" in d.hint
    assert "cannot start any token" not in d.message
    # the hint is printed in parentheses: one of its own would nest them, "(... (...))"
    assert "(" not in d.hint and not d.format().endswith("))")


def test_an_entry_indented_less_names_the_block_it_breaks() -> None:
    text = HEAD + "states:\n  a:\n    say: hi\n   key_points: [a]\n"
    d = _one(text)
    assert d.code == "RP101" and d.location is not None
    assert (d.location.line, d.location.col) == (10, 4)
    assert "line 10" in d.message and "starts at line 8 with 'a:'" in d.message
    assert "column 3" in d.message
    assert "<block end>" not in d.message


def test_a_list_item_out_of_line_names_the_block_it_breaks() -> None:
    text = HEAD + "states:\n  a:\n    transitions:\n      - to: b\n     - to: c\n"
    d = _one(text)
    assert "line 11" in d.message and "starts at line 9 with 'transitions:'" in d.message


def test_a_line_indented_too_deep_is_explained() -> None:
    d = _one(HEAD + "states:\n  a:\n    say: hi\n      key_points: [a]\n")
    assert "indented deeper than line 9" in d.message
    assert "mapping values are not allowed" not in d.message


def test_a_colon_in_an_unquoted_value_says_quote_it() -> None:
    d = _one("id: x\ntitle: Budget: the cut\n")
    assert "contains ': '" in d.message and d.hint and "quotes" in d.hint


@pytest.mark.parametrize(
    "when",
    [
        "      - when: {overall: >= 30}\n        to: a\n",
        "      - when:\n          overall: >= 30\n        to: a\n",
    ],
)
def test_an_unquoted_comparison_says_quote_it(when: str) -> None:
    d = _one(HEAD + "states:\n  a:\n    say: hi\n    transitions:\n" + when)
    assert d.code == "RP101"
    assert "not quoted" in d.message
    assert d.hint == 'always quote comparisons: overall: ">= 30"'


@pytest.mark.parametrize(
    ("snippet", "field", "guess"),
    [
        ("    keypoints: [x]\n", "states.a.keypoints", "key_points"),
        ("    emotoin: sad\n", "states.a.emotoin", "emotion"),
        (
            "    transitions:\n      - to: a\n        efects: {}\n",
            "states.a.transitions.1.efects",
            "effects",
        ),
    ],
)
def test_unknown_fields_suggest_the_field_meant(snippet: str, field: str, guess: str) -> None:
    d = _one(HEAD + "states:\n  a:\n    say: hi\n    end: success\n" + snippet)
    assert d.code == "RP202"
    assert d.message == f"unknown field '{field}'"
    assert d.hint == f"did you mean '{guess}'?"


def test_top_level_and_nested_typos_get_suggestions_too() -> None:
    text = (
        HEAD.replace("{role: L}", "{role: L, gaol: g}")
        + "passscore: 5\n"
        + ("states:\n  a: {say: hi, end: success, debreif: y}\n")
    )
    hints = {d.message: d.hint for d in problems(text)}
    assert hints["unknown field 'learner.gaol'"] == "did you mean 'goal'?"
    assert hints["unknown field 'passscore'"] == "did you mean 'pass_score'?"
    assert hints["unknown field 'states.a.debreif'"] == "did you mean 'debrief'?"


@pytest.mark.parametrize(
    ("text", "field", "guess"),
    [
        (
            HEAD.replace("start: a", "strat: a") + "states:\n  a: {say: hi, end: success}\n",
            "strat",
            "start",
        ),
        (
            HEAD.replace("{name: N, role: R}", "{nmae: N, role: R}")
            + "states:\n  a: {say: hi, end: success}\n",
            "counterpart.nmae",
            "name",
        ),
    ],
)
def test_a_misspelt_required_field_is_one_line(text: str, field: str, guess: str) -> None:
    d = _one(text)  # not also "missing required field"
    assert (d.code, d.message, d.hint) == (
        "RP202",
        f"unknown field '{field}'",
        f"did you mean '{guess}'?",
    )


def test_a_missing_field_with_an_unrelated_unknown_one_is_still_missing() -> None:
    text = HEAD.replace("start: a", "colour: red") + "states:\n  a: {say: hi, end: success}\n"
    assert sorted(d.code for d in problems(text)) == ["RP201", "RP202"]


def test_an_unrelated_unknown_field_gets_the_plain_advice() -> None:
    d = _one(HEAD + "states:\n  a: {say: hi, end: success, colour: red}\n")
    assert d.hint and "allowed fields are in `roleplay docs`" in d.hint


def test_paths_in_messages_count_list_positions_from_1() -> None:
    text = HEAD + (
        "meters: {trust: 50}\nstates:\n  a:\n    say: hi\n    transitions:\n"
        "      - {when: {trust: '>= 40'}, to: b}\n      - {to: b, effects: {trust: 900}}\n"
        "  b: {say: bye, end: success}\n"
    )
    d = _one(text)
    assert d.message.startswith("states.a.transitions.2.effects.trust:")


def test_mentions_given_one_string_is_misplaced_with_a_fix() -> None:
    text = HEAD + (
        "states:\n  a:\n    say: hi\n    transitions:\n"
        "      - {when: {mentions: weekend}, to: b}\n      - {to: b}\n"
        "  b: {say: bye, end: success}\n"
    )
    d = _one(text)
    assert d.code == "RP304"
    assert "takes a list of phrases" in d.message
    assert d.hint == 'write mentions: ["weekend"]'


@pytest.mark.parametrize(
    ("when", "guess"),
    [
        ("{saidd: order_it}", "did you mean 'said'?"),  # a typo of an intent key
        ("{not_siad: [order_it]}", "did you mean 'not_said'?"),
        ("{intent: order_it}", None),  # a key that sounds right but isn't one
        ("{trsut: 40}", "did you mean 'trust'?"),  # a misspelt meter, with a bare number
        ("{lisening: high}", "did you mean 'listening'?"),
    ],
)
def test_an_unknown_condition_key_is_named_whatever_its_value(when: str, guess: str | None) -> None:
    """A `when` key that is no condition is RP303 with its 'did you mean', at the key, not
    RP204 'is not a comparison' about its value (which sent trainers to fix the value)."""
    text = HEAD + (
        "meters: {trust: 50}\nstates:\n  a:\n    say: hi\n    transitions:\n"
        f"      - {{when: {when}, to: b}}\n      - {{when: {{trust: '>= 40'}}, to: b}}\n"
        "      - {to: b}\n  b: {say: bye, end: success}\n"
    )
    d = _one(text)
    assert (d.code, d.message) == ("RP303", f"unknown condition '{when[1:].split(':')[0]}'")
    assert d.location is not None and (d.location.line, d.location.col) == (12, 17)
    if guess is not None:
        assert d.hint == guess
    else:
        assert d.hint is not None and "said" in d.hint and "declared meter" in d.hint


def test_a_quoted_number_is_refused_with_its_text_kept() -> None:
    d = _one(HEAD + 'pass_score: "High"\nstates:\n  a: {say: hi, end: success}\n')
    assert d.code == "RP203"
    assert d.message == "pass_score: 'High' is text, not a number"
    assert d.hint == "write the number without quotes, e.g. trust: +15"


def test_a_list_position_in_an_error_counts_from_one() -> None:
    text = HEAD + "states:\n  a:\n    say: hi\n    transitions:\n      - to: a\n      - to: 5\n"
    d = _one(text)
    assert d.code == "RP203"
    assert d.message.startswith("states.a.transitions.2.to:")
    assert d.location is not None and (d.location.line, d.location.col) == (12, 13)


def test_a_number_written_as_a_key_is_named_as_written_at_the_key() -> None:
    # `3:` and `1:` are mapping keys, not list positions: shown as written, not one higher
    text = (
        HEAD + "meters: {trust: 50}\nstates:\n  a:\n    say: hi\n    transitions:\n"
        "      - to: a\n        effects: {1: +5}\n  3:\n    say: hi\n"
    )
    by_message = {d.message.split(":")[0]: d for d in problems(text)}
    effect = by_message["states.a.transitions.1.effects.1"]
    state = by_message["states.3"]
    assert effect.code == state.code == "RP205"
    assert effect.location is not None and (effect.location.line, effect.location.col) == (13, 19)
    assert state.location is not None and (state.location.line, state.location.col) == (14, 3)


def test_dotted_path_reads_positions_and_number_keys_from_the_data() -> None:
    from roleplay.scenario.loader import dotted_path

    loc = ("states", 3, "transitions", 0, "to")
    assert dotted_path(loc) == "states.4.transitions.1.to"  # no data: numbers are positions
    assert dotted_path(loc, {"states": {3: {"transitions": [{}]}}}) == "states.3.transitions.1.to"
    assert dotted_path(()) == "(top level)"
