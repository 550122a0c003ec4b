"""`roleplay intents`, golden cases that assert the intent that fired, and `graph` labels."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.engine.golden import load_tests, run_tests
from roleplay.errors import ScenarioError
from roleplay.scoring.fixed import FixedScorer

from ..conftest import REPO

FIXTURE = REPO / "tests" / "engine" / "fixtures" / "budget_intents.yaml"
PHASING = "Could we split it, some of the cut now and the rest in Q4?"


def test_intents_command_prints_scores_and_the_matching_part(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reply = f"Thanks for explaining. {PHASING}"
    assert main(["intents", str(FIXTURE), reply]) == 0
    out = capsys.readouterr().out
    assert "✔ offer_phasing" in out and f'"{PHASING}"' in out
    assert "nearest example:" in out and "matched: offer_phasing" in out


def test_intents_command_json_and_negation_reason(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        main(
            [
                "intents",
                "--json",
                str(FIXTURE),
                PHASING,
                "We can't phase anything, the launch needs every dollar.",
            ]
        )
        == 0
    )
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert first["matched"][0] == "offer_phasing"
    best = first["intents"][0]
    assert best["part"] == PHASING and best["score"] >= best["threshold"]
    phasing = next(i for i in second["intents"] if i["name"] == "offer_phasing")
    assert not phasing["matched"] and "negation" in phasing["blocked"]


@pytest.mark.parametrize("ack", ["ok", "Sure, fine."])
def test_intents_command_says_why_an_acknowledgement_matches_nothing(
    ack: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["intents", str(FIXTURE), ack]) == 0
    out = capsys.readouterr().out
    assert "matched: nothing" in out
    lines = out.splitlines()
    note = "  why no intent matched: acknowledgement: it only takes their words in"
    assert [i for i, row in enumerate(lines) if row.startswith(note)] == [len(lines) - 2], out
    # after the table, as its own line: no intent's row carries it, as if it were about that one
    assert "not matched: acknowledgement" not in out


def test_intents_json_gives_an_acknowledgement_note_to_the_reply_not_an_intent(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["intents", "--json", str(FIXTURE), "OK."]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["note"].startswith("acknowledgement: it only takes their words in")
    assert all(i["blocked"] is None for i in doc["intents"]), doc["intents"]


def test_intents_command_refuses_a_scenario_without_intents(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert (
        main(
            [
                "intents",
                str(REPO / "tests" / "scenario" / "lint_fixtures" / "rp412_unused_meter.yaml"),
                "hello",
            ]
        )
        == 2
    )
    assert "RP909" in capsys.readouterr().err


def _tests_file(tmp_path: Path, body: str) -> Path:
    shutil.copy(FIXTURE, tmp_path / "budget_intents.yaml")
    path = tmp_path / "budget_intents.tests.yaml"
    path.write_text(body, encoding="utf-8")
    return path


def test_golden_cases_assert_the_intent_that_fired(tmp_path: Path) -> None:
    path = _tests_file(
        tmp_path,
        f"""\
cases:
  - name: proposing a phased cut moves the conversation
    replies:
      - text: "{PHASING}"
        said: [offer_phasing]
        not_said: [refuse_all]
      - "Half from contractors now, half after launch."
    path: [opening, options, agreement]
    ending: success
  - name: a wrong expectation fails with what was said
    replies:
      - text: "{PHASING}"
        said: [refuse_all]
""",
    )
    good, bad = run_tests(load_tests(path), FixedScorer())
    assert good.passed, good.failures
    assert bad.failures == ["reply 1 did not say 'refuse_all' (it said offer_phasing)"]
    assert "said offer_phasing" in good.trace[0]


def test_golden_said_on_an_unknown_intent_is_rp908(tmp_path: Path) -> None:
    path = _tests_file(
        tmp_path,
        """\
cases:
  - name: typo
    replies:
      - text: "Anything."
        said: [offer_phaseing]
""",
    )
    with pytest.raises(ScenarioError) as err:
        load_tests(path)
    (d,) = err.value.diagnostics
    assert d.code == "RP908" and d.location is not None and d.location.line == 5
    assert d.hint == "did you mean 'offer_phasing'?"


def test_graph_shows_intents_on_edges(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", str(FIXTURE)]) == 0
    out = capsys.readouterr().out
    assert (
        "opening --> options : 2. said offer#95;phasing" in out
        or "opening --> options : 2. said offer_phasing" in out
    )
    assert "not said refuse" in out


def test_intents_state_counts_only_what_that_state_can_use(
    capsys: pytest.CaptureFixture[str],
) -> None:
    reply = "What does the board actually need to see by Friday?"
    assert main(["intents", "--json", str(FIXTURE), reply]) == 0
    assert json.loads(capsys.readouterr().out)["matched"] == ["ask_interest"]
    assert main(["intents", "--json", "--state", "dana_explains", str(FIXTURE), reply]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["matched"] == []
    ask = next(i for i in doc["intents"] if i["name"] == "ask_interest")
    assert ask["blocked"] == "not used in state 'dana_explains'"
    # only an intent that would have matched says so (docs/authoring.md): `options` reads
    # neither ask_interest nor offer_phasing, and offer_phasing, which did not come close,
    # shows its score with no such line
    assert main(["intents", "--json", "--state", "options", str(FIXTURE), reply]) == 0
    rows = {i["name"]: i for i in json.loads(capsys.readouterr().out)["intents"]}
    assert rows["ask_interest"]["blocked"] == "not used in state 'options'"
    assert rows["offer_phasing"]["blocked"] is None and not rows["offer_phasing"]["matched"]


def test_intents_unknown_state_is_rp910(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["intents", "--state", "nowhere", str(FIXTURE), "hello"]) == 2
    err = capsys.readouterr().err
    assert "RP910" in err
    # nothing close: the states a learner replies to, not the endings
    assert "use one of: opening, dana_explains, options)" in err


def test_intents_misspelt_state_suggests_the_likeliest_name(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["intents", "--state", "dana_explain", str(FIXTURE), "hello"]) == 2
    assert "RP910 scenario 'budget_intents' has no state 'dana_explain' (did you mean " in (
        capsys.readouterr().err
    )


def test_intents_in_an_ending_says_nobody_replies_there(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An ending reads no reply: `--state agreement` printed every intent as 'not used in
    state' with exit 0, as if the trainer had forgotten to read them there."""
    assert main(["intents", "--state", "agreement", str(FIXTURE), PHASING]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "RP912 state 'agreement' is an ending (success)" in captured.err
    assert "use a state the learner replies to: opening, dana_explains, options" in captured.err


def test_golden_said_on_an_intent_the_state_does_not_use_says_why(tmp_path: Path) -> None:
    path = _tests_file(
        tmp_path,
        """\
cases:
  - name: asking twice
    replies:
      - "What does the board actually need to see by Friday?"
      - text: "Help me understand what's driving the 30% number."
        said: [ask_interest]
""",
    )
    (result,) = run_tests(load_tests(path), FixedScorer())
    assert result.failures == [
        "reply 2 cannot say 'ask_interest' in 'dana_explains': no transition of that state or "
        "`say` variant it leads to reads it, so it is not matched there"
    ]


@pytest.mark.parametrize("blank", ["", "   "])
def test_intents_an_empty_reply_is_rp911(blank: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["intents", str(FIXTURE), "hello", blank]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""  # refused before anything is matched
    (line,) = captured.err.splitlines()
    assert line.startswith("error: RP911 a reply is empty")


def test_options_may_come_between_the_scenario_and_its_replies(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`roleplay intents SCENARIO --state S "reply"`, as people type it: argparse alone took
    the replies' list in one piece and called the reply after the option unrecognized."""
    reply = "What does the board actually need to see by Friday?"
    assert main(["intents", str(FIXTURE), "--json", "--state", "dana_explains", reply]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["reply"] == reply and doc["matched"] == []
    assert main(["intents", str(FIXTURE), "first", "--json", reply]) == 0
    assert [json.loads(line)["reply"] for line in capsys.readouterr().out.splitlines()] == [
        "first",
        reply,
    ]
    # an unknown option is still refused, naming only the option
    with pytest.raises(SystemExit) as info:
        main(["intents", str(FIXTURE), "--state", "opening", reply, "--bogus"])
    assert info.value.code == 2
    assert "unrecognized arguments: --bogus" in capsys.readouterr().err


def test_validate_and_test_take_paths_on_both_sides_of_their_options(
    capsys: pytest.CaptureFixture[str],
) -> None:
    shipped = REPO / "scenarios"
    first, second = shipped / "budget_pushback.yaml", shipped / "oncall_swap.yaml"
    assert main(["validate", str(first), "-q", str(second)]) == 0
    assert "2 file(s) checked" in capsys.readouterr().out
    assert main(["test", str(first), "-k", "remark", str(second)]) == 0
    assert "1 passed" in capsys.readouterr().out
    # a command without a list of values still refuses a stray word
    with pytest.raises(SystemExit) as info:
        main(["list", "extra"])
    assert info.value.code == 2


def test_intents_command_hears_nothing_in_a_reply_without_words(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """As a session does: "20%" is not scored (no words), so it matches no intent, and the
    command says why instead of showing a guess."""
    phasing = "What if we phase it: part now and the rest in Q4?"
    argv = ["intents", "--json", "budget_pushback", "--state", "opening", "20%", phasing]
    assert main(argv) == 0
    unread, read = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert unread["matched"] == []
    blocked = [i for i in unread["intents"] if "not read (no_words)" in (i["blocked"] or "")]
    assert blocked and blocked[0]["score"] >= blocked[0]["threshold"]  # it would have matched
    assert read["matched"][:1] == ["offer_phased_cut"]


def test_intents_on_a_colour_terminal_paints_marks_instead_of_printing_their_codes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a trainer: on a terminal each row began with a literal '\\x1b[32m✔\\x1b[0m' (the
    colour code went through the sanitiser as text)."""
    import io

    from roleplay.cli import intents as intents_cli
    from roleplay.report.console import Printer

    shown = io.StringIO()
    monkeypatch.setattr(intents_cli, "stdout", lambda: Printer(shown, True))
    assert main(["intents", str(FIXTURE), PHASING + " \x1b[31m"]) == 0
    text = shown.getvalue()
    assert "\x1b[32m✔\x1b[0m offer_phasing" in text and "\x1b[2m·\x1b[0m" in text
    assert "\\x1b[32m" not in text and "\\x1b[2m" not in text
    assert "\\x1b[31m" in text  # the reply's own escape is still shown, never sent


def test_intents_on_a_terminal_says_it_is_waiting_for_replies(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a trainer: `roleplay intents FILE` with no reply waited without a word."""
    import io

    from roleplay.cli import intents as intents_cli

    monkeypatch.setattr(intents_cli, "stdin_is_terminal", lambda: True)
    monkeypatch.setattr("sys.stdin", io.StringIO(PHASING + "\n\n"))
    assert main(["intents", str(FIXTURE)]) == 0
    captured = capsys.readouterr()
    assert "Type a reply and press Enter" in captured.err and "Ctrl+D ends" in captured.err
    assert captured.out.startswith(PHASING) and "matched: offer_phasing" in captured.out


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("Je comprends, pouvons-nous échelonner la réduction sur deux trimestres ?", "language:fr"),
        ("asdkjh qwpoeiru zxmcnv", "gibberish"),
        ("😀😀", "no_words"),
    ],
)
def test_intents_says_a_reply_is_not_read_even_when_no_intent_came_close(
    reply: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a trainer: French, gibberish or emoji printed 'matched: nothing' like any
    ordinary miss; only an intent that would have matched said 'not read', so a trainer could
    not tell that a session hears nothing in such a reply."""
    assert main(["intents", "budget_pushback", reply]) == 0
    out = capsys.readouterr().out
    assert f"not read ({reason})" in out.splitlines()[1]
    assert main(["intents", "--json", "budget_pushback", reply, PHASING]) == 0
    unread, read = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (unread["read"], unread["reason"], unread["matched"]) == (False, reason, [])
    assert (read["read"], read["reason"]) == (True, None)


def test_intents_says_why_an_intent_without_examples_of_the_reply_s_polarity_scores_zero(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Found by a trainer: `ask_interest  0.00 / 0.75` under a refusal, with nothing to say what
    the 0.75 was; an intent with only affirmative examples cannot match an all-negative reply."""
    assert main(["intents", str(FIXTURE), "We can't phase anything, the launch needs it."]) == 0
    out = capsys.readouterr().out
    rows = out.splitlines()
    ask = next(k for k, row in enumerate(rows) if "ask_interest" in row)
    # said as it is here: the reply says no and the intent's examples do not (not "..., or the
    # reverse", which left the trainer to work out which)
    assert "0.00 / 0.75" in rows[ask] and rows[ask + 1].strip().startswith(
        "no example in this reply's form: every part of this reply says no"
    ), rows
    # the intent blocked by the negation keeps its own reason, and a matched one its example
    assert out.count("no example in this reply's form") == 1
    # a proposal put as a question would not reach refuse_all's threshold even read as a no:
    # its row says why it scores 0 (its form), not "negation" (which it would not have met)
    assert main(["intents", str(FIXTURE), PHASING]) == 0
    out = capsys.readouterr().out
    assert "negation" not in out
    assert out.count("no example in this reply's form: every example of this intent says no") == 1


def test_intents_says_which_way_round_the_polarity_differs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An intent whose examples all say no, beside an affirmative reply: the line says that the
    examples say no and the reply does not."""
    scenario = tmp_path / "rota.yaml"
    scenario.write_text(ROTA, encoding="utf-8")
    assert main(["intents", str(scenario), "Why is the ward so short this month?"]) == 0
    rows = capsys.readouterr().out.splitlines()
    refuse = next(k for k, row in enumerate(rows) if "refuse_all" in row)
    assert "0.00 / 0.75" in rows[refuse], rows
    assert (
        rows[refuse + 1]
        .strip()
        .startswith("no example in this reply's form: every example of this intent says no")
    ), rows


ROTA = """\
id: rota
title: Weekend shifts
summary: The ward manager wants three extra weekends.
learner: {role: Staff nurse}
counterpart: {name: Priya, role: Ward manager}
intents:
  ask_why:
    examples:
      - "What's left the weekends so short this month?"
      - "Is this because of the two people who left?"
      - "What's behind the gap on the rota?"
  refuse_all:
    examples:
      - "No, I'm not doing any extra weekends."
      - "I won't take on more shifts, full stop."
      - "That's not happening, I can't do it."
start: opening
states:
  opening:
    say: I need you on three extra weekends.
    transitions:
      - when: {said: ask_why}
        to: done
      - when: {said: refuse_all}
        to: lost
      - to: lost
  done: {say: Thanks., end: success}
  lost: {say: Fine., end: failure}
"""


@pytest.mark.parametrize("given", ["", "\n  \n\n"])
def test_intents_with_no_reply_on_stdin_says_so(
    given: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`roleplay intents FILE < replies.txt` with an empty (or all-blank) file printed nothing
    and exited 0, as if every reply had been checked: it is RP911, as an empty reply named on the
    command line is."""
    import io

    from roleplay.cli import intents as intents_cli

    monkeypatch.setattr(intents_cli, "stdin_is_terminal", lambda: False)
    monkeypatch.setattr("sys.stdin", io.StringIO(given))
    assert main(["intents", str(FIXTURE)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("error: RP911 no reply to match: standard input held none"), line


def test_the_reason_an_intent_has_no_example_in_the_reply_s_form_is_said_once_a_reply(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found trying the authoring path: under a bare "No." every affirmative intent printed the
    same three-line advice to "add examples in its form", which read as if each of them needed
    negative examples; it is said in full once, and "as above" on the rows after."""
    scenario = tmp_path / "rota.yaml"
    offer = (
        "  offer_swap:\n    examples:\n"
        '      - "I can swap my Tuesday for your Saturday."\n'
        '      - "Take my Thursday shift and I will do your weekend."\n'
        '      - "What if we trade one of my weekdays for the weekend?"\n'
    )
    scenario.write_text(ROTA.replace("  refuse_all:", offer + "  refuse_all:"), encoding="utf-8")
    assert main(["intents", str(scenario), "No."]) == 0
    out = capsys.readouterr().out
    assert out.count("add examples in its form") <= 1
    full = out.count("no example in this reply's form: every part of this reply says no")
    again = out.count("no example in this reply's form either (as above)")
    assert full == 1 and again >= 1, out


def test_intents_reads_a_short_answer_against_the_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`--line` gives the counterpart's line a short yes or no answers; `--state` gives that
    state's own line (its variant without a `when`). The reading is shown and matched."""
    line = "Could you give up 30% of your Q3 budget by Friday?"
    assert main(["intents", "--json", "--line", line, str(FIXTURE), "No.", "Fine."]) == 0
    no, yes = (json.loads(out) for out in capsys.readouterr().out.splitlines())
    assert no["answer"] == {
        "to": line,
        "yes": False,
        "read_as": "I can't give up 30% of my Q3 budget by Friday.",
    }
    assert no["matched"][:1] == ["refuse_all"]
    assert no["intents"][0]["part"] == no["answer"]["read_as"]
    assert yes["answer"]["yes"] and "refuse_all" not in yes["matched"]
    # without the line a bare no names nothing to refuse here, and a yes agrees to nothing
    assert main(["intents", "--json", str(FIXTURE), "Fine."]) == 0
    alone = json.loads(capsys.readouterr().out)
    assert alone["answer"] is None and alone["matched"] == []
    assert main(["intents", "--state", "opening", "compliance_bend", "Sure."]) == 0
    out = capsys.readouterr().out
    assert 'a short yes to "The EU region has a six-week wait, so we host them in the US' in out
    assert 'read as: "We can host them in the US for now and move them later."' in out
    assert "matched: concede_us_hosting" in out


def test_a_golden_said_list_asks_for_every_intent_in_it(tmp_path: Path) -> None:
    """A trainer reads `said: [a, b]` in a tests file as in a `when`, where a list takes any
    of them: in a golden reply it asks for every one, and the failure names the one missing."""
    path = _tests_file(
        tmp_path,
        f"""\
cases:
  - name: both asked for, one said
    replies:
      - text: "{PHASING}"
        said: [offer_phasing, refuse_all]
""",
    )
    (result,) = run_tests(load_tests(path), FixedScorer())
    assert result.failures == ["reply 1 did not say 'refuse_all' (it said offer_phasing)"]


def test_said_all_in_a_golden_reply_says_to_list_the_intents_under_said(tmp_path: Path) -> None:
    """`said_all` is a `when` key; written in a tests file it was RP901 with "did you mean
    'said'?", which did not say that `said` there already asks for all of them."""
    path = _tests_file(
        tmp_path,
        f"""\
cases:
  - name: a when key in a reply
    replies:
      - text: "{PHASING}"
        said_all: [offer_phasing, refuse_all]
""",
    )
    with pytest.raises(ScenarioError) as err:
        load_tests(path)
    (d,) = err.value.diagnostics
    assert (d.code, d.message) == ("RP901", "unknown field 'cases.1.replies.1.said_all'")
    assert d.hint is not None
    assert d.hint.startswith("write `said: [...]`") and "every intent" in d.hint
    assert d.location is not None and d.location.line == 5
