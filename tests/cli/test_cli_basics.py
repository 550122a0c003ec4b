"""The command line: exit codes, JSON shapes, plain-mode play, no tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from roleplay.cli import main

from ..budget import GOOD_REPLIES, PLAY_BUDGET
from ..conftest import REPO, SCENARIOS
from .helpers import run_cli as run

BAD = REPO / "tests" / "scenario" / "bad"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("roleplay ")


def test_validate_shipped_library_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(SCENARIOS)]) == 0
    assert "0 error(s)" in capsys.readouterr().out


def test_validate_bad_file_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(BAD / "unknown_state.yaml")]) == 2
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{BAD / 'unknown_state.yaml'}:11:13 RP301 ")


def test_validate_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--json", str(BAD / "duplicate_key.yaml"), str(SCENARIOS)]) == 2
    doc = json.loads(capsys.readouterr().out)
    assert doc["exit"] == 2
    first = doc["files"][0]["diagnostics"][0]
    assert (first["code"], first["line"], first["col"]) == ("RP102", 11, 3)


def test_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "--json"]) == 0
    ids = [row["id"] for row in json.loads(capsys.readouterr().out)]
    assert "budget_pushback" in ids and "stakeholder_negotiation" in ids


def test_list_and_validate_json_write_bidi_and_c1_controls_as_escapes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a security probe: `list --json` printed a title's U+202E and C1 CSI (U+009B)
    raw to the terminal (json.dumps with ensure_ascii=False escapes only C0 controls); every
    other --json writes them as \\u escapes, which read back as the exact text."""
    from ..budget import BUDGET

    title = "Push back\u202eRTL\x9b31m\u2028end"
    library = tmp_path / "lib"
    library.mkdir()
    source = BUDGET.read_text(encoding="utf-8")
    text = source.replace("title: Push back on a budget cut", f"title: {json.dumps(title)}", 1)
    assert text != source
    (library / "budget_pushback.yaml").write_text(text, encoding="utf-8")
    (library / "odd\u202ename.yaml").write_text(text, encoding="utf-8")
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(library))
    main(["list", "--json"])
    out = capsys.readouterr().out
    assert title in [row["title"] for row in json.loads(out)]
    main(["validate", "--json", str(library)])
    out += capsys.readouterr().out
    assert "\\u202e" in out and not any(ch in out for ch in "\u202e\x9b\u2028")


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["type"] == "object" and "states" in doc["properties"]
    assert doc["additionalProperties"] is False


def test_unknown_scenario_id_is_a_coded_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["play", "budget_pushbak", "--plain"]) == 2
    err = capsys.readouterr().err
    assert "RP005" in err and "did you mean 'budget_pushback'" in err


@pytest.mark.parametrize("where", [".", "scenarios"])
def test_an_id_of_your_own_scenario_points_at_its_file(
    where: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a trainer: after `roleplay new vendor_renewal --dir scenarios` outside the
    checkout, `roleplay graph vendor_renewal` said only 'run roleplay list'."""
    folder = tmp_path / where
    folder.mkdir(exist_ok=True)
    (folder / "vendor_renewal.yaml").write_text("id: vendor_renewal\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["graph", "vendor_renewal"]) == 2
    err = capsys.readouterr().err
    shown = Path(where, "vendor_renewal.yaml")
    assert "RP005" in err and f"for your file give its path: {shown})" in err
    assert len(err.strip().splitlines()) == 1


def _events(stdout: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in stdout.splitlines()]


def test_plain_json_plays_to_an_ending_and_paths_differ() -> None:
    weak = run("play", PLAY_BUDGET, "--plain", "--json", "--seed", "1", stdin="no\n" * 8)
    assert weak.returncode == 0, weak.stderr
    events = _events(weak.stdout)
    assert events[0]["event"] == "start"
    assert events[-1]["event"] == "end" and events[-1]["outcome"] == "failure"
    turn = events[1]
    assert set(turn) >= {"event", "state", "reply", "scores", "next_state", "meters"}
    scores = turn["scores"]
    assert isinstance(scores, dict)
    assert set(scores) == {"listening", "empathy", "collaboration", "overall"}

    strong = run(
        "play",
        PLAY_BUDGET,
        "--plain",
        "--json",
        "--seed",
        "1",
        stdin="\n".join(GOOD_REPLIES) + "\n",
    )
    path_strong = [e["next_state"] for e in _events(strong.stdout) if e["event"] == "turn"]
    path_weak = [e["next_state"] for e in events if e["event"] == "turn"]
    assert path_strong != path_weak
    assert _events(strong.stdout)[-1]["outcome"] in ("success", "neutral")


def test_eof_before_the_end_stops_cleanly() -> None:
    res = run("play", PLAY_BUDGET, "--plain", "--json", stdin="")
    assert res.returncode == 0
    assert _events(res.stdout)[-1] == {"event": "stop", "turns": 0, "state": "opening"}


def test_plain_text_mode_shows_scores_and_debrief_without_colour() -> None:
    res = run(
        "play", PLAY_BUDGET, "--plain", "--seed", "2", stdin="no\n" * 8, env={"NO_COLOR": "1"}
    )
    assert res.returncode == 0
    lines = res.stdout.splitlines()
    # "no" scores 30 on every dimension with the fixed test scorer; one card per answered turn
    card = "  listening 30  empathy 30  collaboration 30  overall 30  (across the table)"
    cards = [i for i, line in enumerate(lines) if line == card]
    said = [i for i, line in enumerate(lines) if line.startswith("Dana: ")]
    assert len(cards) == 3 and len(said) == 4  # three answers, then her last line
    assert all(said[n] < cards[n] < said[n + 1] for n in range(3))  # each card after its line
    verdict = lines.index("== FAILURE: overall 30 (pass 55), not passed")
    assert verdict > said[-1]
    # three replies that scored alike: no turn is the strongest or the weakest of them
    assert not any(line.startswith(("Strongest turn", "Weakest turn")) for line in lines)
    advice = [line for line in lines[verdict:] if line.startswith("  Turn ")]
    assert [a.split(":")[0] for a in advice] == ["  Turn 1", "  Turn 2", "  Turn 3"]
    assert "\x1b[" not in res.stdout  # NO_COLOR: no colour codes at all


def test_plain_mode_renders_control_characters_literally() -> None:
    raw = "hi \x1b[31mred\x07"
    res = run("play", PLAY_BUDGET, "--plain", "--json", stdin=raw + "\n")
    turn = _events(res.stdout)[1]
    assert turn["reply"] == raw  # the JSON value is the reply exactly ...
    assert "\x1b" not in res.stdout and "\x07" not in res.stdout  # ... escaped by JSON
    text = run("play", PLAY_BUDGET, "--plain", stdin="/hint\n/rewind\n/bogus\x1b[2J\x07\n")
    assert "Hint:" in text.stdout and "Nothing to rewind" in text.stdout
    assert "Unknown command" in text.stdout
    assert "\x1b" not in text.stdout and "\x07" not in text.stdout  # no raw control bytes
    assert "\\x1b[2j" in text.stdout.lower()  # the escape is shown as text, literally


def test_bad_scenario_path_in_play_has_no_traceback(tmp_path: Path) -> None:
    p = tmp_path / "x.yaml"
    p.write_text("id: [\n")
    res = run("play", str(p), "--plain")
    assert res.returncode == 2
    assert "Traceback" not in res.stderr and "RP101" in res.stderr


def test_a_seed_sqlite_cannot_store_is_a_usage_error_not_a_traceback() -> None:
    from roleplay.storage import SessionStore

    from .helpers import run_main

    huge = str(2**63)  # one past what a saved session's seed column holds
    res = run_main("play", PLAY_BUDGET, "--plain", "--seed", huge, stdin=GOOD_REPLIES[0] + "\n")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    assert f"--seed: {huge} is out of range" in res.stderr
    with SessionStore.open() as store:
        assert store.sessions() == []
    largest = run_main("play", PLAY_BUDGET, "--plain", "--seed", str(2**63 - 1), stdin="hi\n")
    assert largest.returncode == 0, largest.stderr


def test_list_with_a_library_folder_that_is_not_there_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(tmp_path / "typo"))
    assert main(["list"]) == 2  # (it printed nothing and exited 0)
    said = capsys.readouterr()
    assert said.out == ""
    assert f"{tmp_path / 'typo'} RP001 no such folder of scenarios" in said.err


def test_a_library_that_is_a_file_is_not_called_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """probe17: ROLEPLAY_SCENARIOS naming a scenario file said 'no such folder of scenarios'
    of a path that is there."""
    named = tmp_path / "budget_pushback.yaml"
    named.write_text("id: x\n", encoding="utf-8")
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(named))
    assert main(["list"]) == 2
    err = capsys.readouterr().err
    assert f"{named} RP001 not a folder of scenarios" in err and "no such" not in err


@pytest.mark.parametrize("command", [["play", "budget_pushback", "--plain"], ["graph", "x_y"]])
def test_a_scenario_id_with_a_library_folder_that_is_not_there_says_so(
    command: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Found by a trainer: with ROLEPLAY_SCENARIOS mistyped, `play budget_pushback` said "no
    shipped scenario called 'budget_pushback'" (it is shipped; the folder named is not there)."""
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(tmp_path / "typo"))
    assert main(command) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'typo'} RP001 no such folder of scenarios" in err
    assert "no shipped scenario" not in err


@pytest.mark.parametrize("command", [[], ["workshop"], ["serve"], ["export"], ["score"]])
def test_help_never_shows_argparse_placeholders(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a newcomer: `roleplay workshop --help` listed 'participant ==SUPPRESS==' (the
    internal command `serve` runs for each browser tab)."""
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert "SUPPRESS" not in out and "participant " not in out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["play"], "the following arguments are required: scenario"),
        (["check", "x.yaml"], "invalid choice: 'check'"),
        (["graph", "budget_pushback", "--format", "svg"], "invalid choice: 'svg'"),
        (["score", "--bogus"], "unrecognized arguments: --bogus"),
        (["workshop"], "the following arguments are required: ACTION"),
    ],
)
def test_a_command_line_mistake_is_one_coded_line(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a newcomer: argparse printed a usage block and a second line without a code."""
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    captured = capsys.readouterr()
    (line,) = captured.err.splitlines()
    assert line.startswith("error: RP009 roleplay") and said in line and "usage: roleplay" in line
    assert captured.out == ""


@pytest.mark.parametrize(
    ("argv", "usage"),
    [
        (
            ["workshop", "hotseat", "budget_pushback", "--names", "a,b", "--json"],
            "usage: roleplay workshop hotseat ",
        ),
        (["play", "budget_pushback", "--bogus"], "usage: roleplay play "),
        (["score", "play", "--nope"], "usage: roleplay score "),
        (["--bogus"], "usage: roleplay [-h]"),
    ],
)
def test_an_unknown_option_is_reported_with_its_command_s_usage(
    argv: list[str], usage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a newcomer: `roleplay workshop hotseat ... --json` printed the top level's usage
    (`roleplay [-h] [--version] COMMAND ...`), which does not say what hotseat takes."""
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "unrecognized arguments: " in line and usage in line
    command = usage.removeprefix("usage: ").removesuffix(" ").removesuffix(" [-h]")
    assert f"`{command} --help` explains" in line


@pytest.mark.parametrize(
    ("argv", "guess"),
    [
        (["check", "x.yaml"], "did you mean 'validate'?"),
        (["valdate", "x.yaml"], "did you mean 'validate'?"),
        (["tests", "scenarios/"], "did you mean 'test'?"),
        (["graph", "budget_pushback", "--format", "mermiad"], "did you mean 'mermaid'?"),
        (["workshop", "hotsaet"], "did you mean 'hotseat'?"),
        # found by a newcomer after docs/workshop.md's `roleplay board --workshop friday`
        (["workshop", "board"], "did you mean `roleplay board`? ('board' is a command of its own)"),
    ],
)
def test_an_unknown_choice_suggests_the_one_meant(
    argv: list[str], guess: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a trainer: the docs call `roleplay validate` the lint, so `roleplay lint` and a
    typo such as `valdate` were tried, and the line listed every command without saying which."""
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("error: RP009 roleplay") and guess in line


@pytest.mark.parametrize(
    "argv", [["graph", "budget_pushback", "--format", "svg"], ["xyzzy"], ["play", "--bogus"]]
)
def test_nothing_is_suggested_when_no_choice_is_close(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(argv)
    assert "did you mean" not in capsys.readouterr().err


def test_a_second_list_reads_only_the_files_that_changed_or_cannot_be_played(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by a newcomer: `roleplay list` read and validated every file on every run (8 s
    for a folder of 300 scenarios); now what a line needs is kept in the picker's catalogue
    cache. A broken file is read again each time, so its every diagnostic is printed."""
    import roleplay.cli.scenarios as scenarios_cli
    from roleplay.scenario import load_file

    from ..budget import BUDGET

    library = tmp_path / "lib"
    library.mkdir()
    text = BUDGET.read_text(encoding="utf-8")
    (library / "budget_pushback.yaml").write_text(text, encoding="utf-8")
    second = library / "second.yaml"
    second.write_text(text.replace("id: budget_pushback", "id: second", 1), encoding="utf-8")
    (library / "broken.yaml").write_text("id: broken\nid: twice\n", encoding="utf-8")
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(library))
    assert main(["list"]) == 2
    first = capsys.readouterr()
    assert "second" in first.out and "RP102" in first.err

    read: list[str] = []
    real_load = load_file

    def counted(path: Path) -> object:
        read.append(Path(path).name)
        return real_load(path)

    monkeypatch.setattr(scenarios_cli, "load_file", counted)
    assert main(["list"]) == 2
    assert capsys.readouterr() == first
    assert read == ["broken.yaml"]

    read.clear()
    second.write_text(
        text.replace("id: budget_pushback", "id: second", 1).replace(
            "title: Push back on a budget cut", "title: A changed title", 1
        ),
        encoding="utf-8",
    )
    assert main(["list", "--json"]) == 2
    rows = json.loads(capsys.readouterr().out)
    assert sorted(read) == ["broken.yaml", "second.yaml"]
    assert {r["id"]: r["title"] for r in rows}["second"] == "A changed title"


def test_lint_is_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Found by a trainer following the docs, which call validate's checks "the lint": `roleplay
    lint FILE` was an error that suggested `validate`. It is now the same command."""
    scenario = tmp_path / "broken.yaml"
    scenario.write_text("id: broken\ntitle: x\nstart: a\nstates: {}\n", encoding="utf-8")
    said = []
    for command in ("validate", "lint"):
        code = main([command, str(scenario)])
        said.append((code, capsys.readouterr().out))
    assert said[0] == said[1] and said[0][0] == 2 and "RP" in said[0][1]
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "validate (lint)" in capsys.readouterr().out


def test_list_says_a_broken_file_as_validate_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """probe19: `list` printed a broken file's diagnostics as 'error: FILE:2:1 RP101 ...', where
    every other command starts the line with its place (an editor's jump-to-error reads it)."""
    library = tmp_path / "lib"
    library.mkdir()
    (library / "broken.yaml").write_text("id: [broken\n", encoding="utf-8")
    monkeypatch.setenv("ROLEPLAY_SCENARIOS", str(library))
    assert main(["list"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"{library / 'broken.yaml'}:2:1 RP101 "), line
