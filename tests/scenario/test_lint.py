"""Lint (RP4xx): every rule has a fixture that triggers it, at the place the fixture says."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.scenario import load_file, load_text
from roleplay.scenario.lint import lint, lint_files, success_summary
from roleplay.scenario.lint_rules import RULES, RULES_BY_CODE
from roleplay.scenario.value_sets import overall_values, span, where

from ..conftest import SCENARIOS

FIXTURES = Path(__file__).parent / "lint_fixtures"
SINGLE = sorted(FIXTURES.glob("*.yaml"))
EXPECT = re.compile(r"^# expect: (RP\d{3}) (\d+):(\d+)$", re.M)


def _expected(path: Path) -> tuple[str, int, int]:
    match = EXPECT.search(path.read_text())
    assert match, f"{path.name} needs a '# expect: CODE line:col' header"
    return match.group(1), int(match.group(2)), int(match.group(3))


@pytest.mark.parametrize("path", SINGLE, ids=lambda p: p.stem)
def test_fixture_triggers_its_code_at_its_place(path: Path) -> None:
    code, line, col = _expected(path)
    found = [d for d in lint(load_file(path)) if d.code == code]
    assert found, f"{code} not reported for {path.name}"
    d = found[0]
    assert (d.location.line, d.location.col) == (line, col) if d.location else False
    assert d.severity in ("error", "warning") and d.hint
    text = d.format()
    assert text.startswith(f"{path}:{line}:{col} {code} ") and "\n" not in text


def test_few_examples_asks_for_what_routes_well_not_only_the_minimum() -> None:
    """RP416's hint said 'write at least 3', while docs/authoring.md measured 3 examples routing
    72% of paraphrases and asks for 8-12: a trainer who follows the hint should hear both."""
    (d,) = [d for d in lint(load_file(FIXTURES / "rp416_few_examples.yaml")) if d.code == "RP416"]
    assert d.hint is not None and "at least 3" in d.hint and "8-12" in d.hint
    # printed inside parentheses after the message: no second pair inside it
    assert "(" not in d.hint and ")" not in d.hint


GET_IN = """\
id: get_in
title: Get-in
summary: The crew's rest day.
learner: {role: Stage manager}
counterpart: {name: Ana, role: Producer}
start: opening
intents:
  full_get_in:
    examples:
      - "Fine, Monday it is, the full crew for the load-in and the rig."
      - "OK, we'll bring everyone in on the rest day."
      - "Alright, the whole team works Monday."
    not:
      - "Fine, Monday it is, the full crew for the load-in and the rig, but only the dock."
states:
  opening:
    say: "Can we do the get-in on Monday?"
    transitions:
      - when: {said: full_get_in}
        to: done
      - to: lost
  done: {say: Thanks., end: success}
  lost: {say: Pity., end: failure}
"""


def test_example_matches_not_names_the_way_out_when_rewording_cannot_help() -> None:
    """RP418 said only 'reword ... so they say different things': a trainer whose near-miss
    differs from an example in the days alone ("seven every weekday" against "seven on
    Thursdays and Fridays") rewords in circles; docs/authoring.md says to drop it and guard
    the transition, and now the hint does too."""
    (d, *_) = [d for d in lint(load_text(GET_IN, "get_in.yaml")) if d.code == "RP418"]
    assert d.hint is not None and "drop the near-miss" in d.hint and "`mentions`" in d.hint


def test_example_matches_not_names_the_words_the_two_share() -> None:
    """A trainer whose example and near-miss differ in the move but share the topic's words
    ("Monday", "crew", "rig") could not see why RP418 called them alike (writer16)."""
    found = [d for d in lint(load_text(GET_IN, "get_in.yaml")) if d.code == "RP418"]
    assert found, "the near-miss repeats the example: RP418 must fire"
    assert "they share" in found[0].message
    assert "'monday'" in found[0].message and "'crew'" in found[0].message
    assert found[0].hint is not None and "words the near-miss does not use" in found[0].hint


def test_every_rule_has_a_fixture() -> None:
    covered = {_expected(p)[0] for p in SINGLE} | {"RP410"}
    assert covered == {rule.code for rule in RULES}


def test_duplicate_ids_across_files() -> None:
    first, copy = sorted((FIXTURES / "rp410").glob("*.yaml"))
    out = lint_files([load_file(first), load_file(copy)])
    assert not [d for d in out[0] if d.code == "RP410"]
    dup = [d for d in out[1] if d.code == "RP410"]
    assert len(dup) == 1 and dup[0].location and dup[0].location.line == 3
    assert str(first) in dup[0].message


def test_codes_are_unique_and_documented() -> None:
    from roleplay.cli import authoring
    from roleplay.cli import intents as intents_cli
    from roleplay.cli.parser import BAD_COMMAND_LINE
    from roleplay.engine import golden
    from roleplay.scenario import codes

    assert len(RULES_BY_CODE) == len(RULES)
    doc = (SCENARIOS.parent / "docs" / "authoring.md").read_text()
    for rule in RULES:
        assert f"| {rule.code} | {rule.name} | {rule.severity} |" in doc, rule.code
    others = [v for k, v in vars(codes).items() if k.isupper()]
    others += [
        golden.BAD_TESTS_FILE,
        golden.NO_SCENARIO,
        golden.UNKNOWN_PATH_STATE,
        golden.UNKNOWN_BAND,
        golden.NO_TESTS,
        golden.UNKNOWN_TEST_INTENT,
        golden.UNKNOWN_LINE,
        intents_cli.NO_INTENTS,
        intents_cli.UNKNOWN_STATE,
        intents_cli.EMPTY_REPLY,
        intents_cli.ENDING_STATE,
        authoring.FILE_EXISTS,
        authoring.BAD_NEW_ID,
        "RP005",
        BAD_COMMAND_LINE,
    ]
    for code in others:
        assert f"| {code} |" in doc, code


def test_shipped_library_is_lint_clean() -> None:
    for path in sorted(SCENARIOS.glob("*.yaml")):
        if path.name.endswith(".tests.yaml"):
            continue
        assert [d.format() for d in lint(load_file(path))] == []


def test_a_near_miss_rp425_reports_really_vetoes_nothing() -> None:
    """RP425 says a negative `not` entry on an intent without negative examples does nothing:
    matching with and without it gives the same result, on the entry itself and on negative
    replies in its words; with a negative example added, the same entry does veto."""
    from roleplay.nlp.intents import IntentMatcher, IntentSpec

    fixture = load_file(FIXTURES / "rp425_near_miss_never_checked.yaml").scenario
    intent = fixture.intents["concede_us_hosting"]
    near = tuple(intent.not_)
    replies = [
        *near,
        "We can't put patient records in the US, not even for a few weeks.",
        "I won't let the data leave the EU, even temporarily.",
        "Fine, host them in the US for now.",
    ]
    with_it = IntentMatcher([IntentSpec("c", tuple(intent.examples), near)])
    without = IntentMatcher([IntentSpec("c", tuple(intent.examples), ())])
    assert [with_it.matched(r) for r in replies] == [without.matched(r) for r in replies]
    assert with_it.matched("Fine, host them in the US for now.") == ("c",)
    # the rule is the polarity: once an example says the move with a negation, the entry is
    # compared with negative replies and lint stops reporting it
    negative_example = "We don't need to hold out for the EU region."
    text = (FIXTURES / "rp425_near_miss_never_checked.yaml").read_text()
    text = text.replace(
        '      - "OK, go ahead with the US region temporarily."\n',
        '      - "OK, go ahead with the US region temporarily."\n'
        f'      - "{negative_example}"\n      - "We don\'t have to wait for the EU region."\n',
    )
    assert "RP425" not in [d.code for d in lint(load_text(text))]


BASE = """
id: tiny
title: T
summary: S
learner: {role: Lead}
counterpart: {name: Sam, role: Peer}
meters: {trust: 50}
max_turns: 5
start: a
states:
  a:
    say: Hi.
    transitions:
%s
  won: {say: Yes., end: success}
  lost: {say: No., end: failure}
"""


def _codes(transitions: str) -> list[str]:
    return [d.code for d in lint(load_text(BASE % transitions))]


def test_turn_beyond_max_turns_never_holds() -> None:
    assert "RP405" in _codes(
        '      - {when: {turn: "> 5"}, to: won}\n'
        '      - {when: {trust: "< 50"}, to: lost}\n'
        "      - {to: a, effects: {trust: -10}}"
    )


def test_turn_messages_read_as_sentences() -> None:
    text = BASE % (
        '      - {when: {turn: ">= 1", trust: "< 50"}, to: lost}\n'
        '      - {when: {turn: "> 5"}, to: won}\n'
        '      - {when: {listening: ">= 60"}, to: won}\n'
        "      - {to: a, effects: {trust: -10}}"
    )
    messages = [d.message for d in lint(load_text(text)) if d.code in ("RP405", "RP415")]
    assert "'turn >= 1' always holds in 'a': the turn number is always 1-5 here" in messages
    assert "'turn > 5' can never hold: turns run 1-5" in messages
    assert not [m for m in messages if "turns is" in m or "turns can" in m]


def test_meter_values_follow_effects_through_loops() -> None:
    # trust drops 10 per loop: 'trust < 25' becomes possible, 'trust > 50' never does.
    codes = _codes(
        '      - {when: {trust: "< 25"}, to: lost}\n'
        '      - {when: {trust: "> 50", listening: ">= 60"}, to: won}\n'
        '      - {when: {listening: ">= 60"}, to: won}\n'
        "      - {to: a, effects: {trust: -10}}"
    )
    assert codes.count("RP405") == 1


def test_overall_is_the_rounded_mean() -> None:
    full = span(0, 100)
    low = span(0, 29)
    assert overall_values(low, full, full).bit_length() - 1 == round((29 + 200) / 3)
    assert overall_values(full, full, full) == full


def test_where_respects_the_domain() -> None:
    from roleplay.scenario.model import Comparison

    assert where(Comparison(">", 100), 0, 100) == 0
    assert where(Comparison("==", 50.5), 0, 100) == 0


def test_success_summary_of_budget_pushback() -> None:
    # An offer of real money in the first reply can be agreed in the second.
    summary = success_summary(load_file(SCENARIOS / "budget_pushback.yaml"))
    assert summary.shortest == 2 and summary.example == ["opening", "phased_plan", "agreement"]
    assert summary.loops


def test_validate_exit_codes_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(FIXTURES / "rp401_unreachable.yaml")]) == 1
    assert main(["validate", str(FIXTURES / "rp412_unused_meter.yaml")]) == 0
    capsys.readouterr()
    assert main(["validate", "--json", str(SCENARIOS / "budget_pushback.yaml")]) == 0
    doc = json.loads(capsys.readouterr().out)
    paths = doc["files"][0]["success_paths"]
    assert paths["shortest"] == 2 and paths["example"][-1] == "agreement"


def test_validate_folder_reports_duplicate_ids(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(FIXTURES / "rp410")]) == 1
    assert "RP410" in capsys.readouterr().out


@pytest.mark.parametrize("path", SINGLE, ids=lambda p: p.stem)
def test_a_hint_holds_no_parentheses_of_its_own(path: Path) -> None:
    """A hint is printed inside parentheses after its message: "(branch on it (e.g. `when:
    ...`) or remove it)" read as two asides, and RP416's ended in "))"."""
    for d in lint(load_file(path)):
        assert d.hint is None or not re.search(r"[()]", d.hint), f"{d.code}: {d.hint}"


def test_one_sentence_pasted_as_an_example_and_a_near_miss_is_said_as_such() -> None:
    """A line pasted under both `examples` and `not` got RP418 'as close to its own near-miss
    (1.00) as to its other examples ... reword ... shared topic words' and RP423 'reword it so
    the move is said in words': neither said it was the same sentence in both lists."""
    found = lint(load_file(FIXTURES / "rp418_example_matches_not.yaml"))
    codes = [d.code for d in found if d.severity == "error" or d.code == "RP423"]
    assert codes == ["RP418"], found
    (rp418,) = [d for d in found if d.code == "RP418"]
    assert rp418.message == (
        "'What if half comes out now and the rest in Q4?' is both an example and a near-miss "
        "of 'offer_phasing': the same sentence cannot both make the move and not make it"
    )
    assert rp418.hint is not None and "remove it from the other list" in rp418.hint


def test_useless_effect_into_an_ending_says_the_session_stops_there_and_what_to_do() -> None:
    """RP408 read "no condition reads it after 'won'" (won an ending) with the hint "branch on
    the meter later": a newcomer cannot branch after an ending, and "after" did not say the
    session stops there. It names the ending as such and says what to do instead."""
    (d,) = [d for d in lint(load_file(FIXTURES / "rp408_useless_effect.yaml")) if d.code == "RP408"]
    assert "'won' is an ending" in d.message and "conversation stops there" in d.message
    assert d.hint is not None and "remove the effect" in d.hint
    assert "earlier transition" in d.hint and "later" not in d.hint.split("earlier")[0]


def test_useless_effect_before_a_state_says_which_states_would_have_to_read_it() -> None:
    text = BASE % (
        '      - {when: {trust: "< 10"}, to: lost}\n'
        '      - {when: {listening: ">= 60"}, to: won}\n'
        "      - {to: b, effects: {trust: -10}}\n"
        "  b:\n"
        "    say: Hm.\n"
        "    transitions:\n"
        '      - {when: {listening: ">= 60"}, to: won}\n'
        "      - {to: lost}"
    )
    found = [d for d in lint(load_text(text)) if d.code == "RP408"]
    assert found, [d.format() for d in lint(load_text(text))]
    d = found[0]
    assert "no `when` in 'b' or in any state after it reads 'trust'" in d.message, d.message
    assert d.hint is not None and "remove the effect" in d.hint and "'b'" in d.hint


def test_clamped_effect_says_why_and_zero_effect_says_it_changes_nothing() -> None:
    text = (
        BASE
        % (
            '      - {when: {trust: "< 10"}, to: lost}\n'
            '      - {when: {listening: ">= 60"}, to: won}\n'
            "      - {to: a, effects: {trust: +10}}"
        )
    ).replace("trust: 50}", "trust: 100}")
    (d,) = [d for d in lint(load_text(text)) if d.code == "RP408"]
    assert "never changes" in d.message  # the clamping cancels it
    assert "stays within 0-100" in d.message and d.hint is not None
    assert "room" in d.hint
    zero = text.replace("trust: +10", "trust: 0").replace("trust: 100}", "trust: 50}")
    (z,) = [d for d in lint(load_text(zero)) if d.code == "RP408"]
    assert "changes nothing" in z.message and z.hint == "remove it"


def test_lint_hints_say_what_to_do_in_the_case_at_hand() -> None:
    """Read as a newcomer: RP406's "give the learner a way to succeed" named no step, RP405 on
    `turn` sent the trainer to "the meter's start value", and RP401 for a state behind a
    transition that can never fire said "add a transition to it" though one is there."""
    none = (
        BASE.replace("won: {say: Yes., end: success}", "won: {say: Yes., end: neutral}")
        % '      - {when: {listening: ">= 60"}, to: won}\n      - {to: lost}'
    )
    (d,) = [d for d in lint(load_text(none)) if d.code == "RP406"]
    assert d.hint == "mark a state `end: success` and lead a transition to it"
    turn = BASE.replace(
        "  won:",
        "  b:\n    say: B.\n    transitions:\n"
        '      - {when: {turn: "== 1"}, to: won}\n'
        "      - {to: lost}\n  won:",
    ) % ('      - {when: {listening: ">= 60"}, to: won}\n      - {to: b}')
    (t,) = [d for d in lint(load_text(turn)) if d.code == "RP405"]
    assert t.hint is not None and "turn number counts" in t.hint and "meter" not in t.hint
    dead = BASE.replace("  won:", "  b: {say: B., end: neutral}\n  won:") % (
        '      - {when: {listening: "> 100"}, to: b}\n'
        '      - {when: {listening: ">= 60"}, to: won}\n'
        "      - {to: lost}"
    )
    (u,) = [d for d in lint(load_text(dead)) if d.code == "RP401"]
    assert u.hint is not None and u.hint.startswith("fix the conditions"), u.hint


THANKS = FIXTURES / "rp427_intent_never_heard.yaml"


def test_an_intent_no_paraphrase_can_reach_is_said_for_the_intent_as_a_whole() -> None:
    """A "thanks" intent: every example sent word for word matched (so lint said nothing, or
    RP423 for one example that fell short), yet "Cheers for flagging it." or "Thanks so much."
    matched nothing: thanks and nothing more is read in a reply as making no move, 0.5 behind
    examples that are statements. Lint says so once, for the intent, with what to do."""
    from roleplay.nlp.intents import IntentMatcher, IntentSpec

    loaded = load_file(THANKS)
    found = [d for d in lint(loaded) if d.code in ("RP427", "RP423")]
    assert [d.code for d in found] == ["RP427"], [d.format() for d in found]
    d = found[0]
    assert "'thank_them'" in d.message and "word for word" in d.message
    assert "thanks" in d.message and "makes no move" in d.message
    assert d.hint is not None and "mentions:" in d.hint and "examples" in d.hint
    # what it says is so: an example sent word for word matches, a paraphrase does not
    intent = loaded.scenario.intents["thank_them"]
    matcher = IntentMatcher([IntentSpec("thank_them", tuple(intent.examples))])
    assert matcher.matched("Thanks for telling me.") == ("thank_them",)
    assert matcher.matched("Cheers for flagging it.") == ()
    assert matcher.matched("Thanks so much for the heads-up.") == ()


@pytest.mark.parametrize(
    "examples",
    [
        # a move beside the thanks: heard in other words
        [
            "Thanks, I'll add the test to the pipeline today.",
            "Thank you, I'll fix the build tonight.",
            "Thanks for flagging it, I'll revert the change now.",
        ],
        # an intent that *is* a reflection meets reflections in full
        [
            "You must have felt exposed in front of the client.",
            "You were left red-faced in the meeting.",
            "It sounds like you were put on the spot.",
        ],
        # an intent that asks for time meets checks in full
        ["Let me think it over.", "Let me sleep on it.", "I need to check with my manager first."],
        # one thanks among moves: the others carry the intent
        [
            "Thanks.",
            "I'll take the Friday shift.",
            "I can cover Friday for you.",
            "Leave Friday with me.",
        ],
    ],
    ids=["thanks_and_a_move", "reflections", "checks", "one_thanks_among_moves"],
)
def test_an_intent_whose_examples_make_a_move_is_not_said_to_be_unreachable(
    examples: list[str],
) -> None:
    text = THANKS.read_text(encoding="utf-8")
    block = (
        '      - "Thanks for telling me."\n'
        '      - "Thank you for letting me know."\n'
        '      - "Thanks, I appreciate the heads-up."\n'
    )
    new = "".join(f"      - {json.dumps(e)}\n" for e in examples)
    assert [d for d in lint(load_text(text.replace(block, new))) if d.code == "RP427"] == []


def test_example_not_heard_names_the_part_that_came_closest() -> None:
    """Writing docs-only blind 10 as a trainer: RP423 on "No. She sits it like everyone else."
    said only "ordinary talk comes as close", so the trainer could not tell which of its two
    sentences was read; `roleplay intents` showed it was "No." (0.33 against 0.20). The line
    says so when the closest part is not the whole example."""
    (d,) = [
        d for d in lint(load_file(FIXTURES / "rp423_example_not_heard.yaml")) if d.code == "RP423"
    ]
    assert "its closest part, 'No.', scores" in d.message, d.message
    assert "ordinary talk comes as close" in d.message
