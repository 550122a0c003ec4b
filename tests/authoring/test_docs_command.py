"""`roleplay docs`: the guides the starter scenario and `--help` point to, for a trainer who
installed roleplay with pip and has no checkout (the starter said "Docs: docs/authoring.md", a
file such a trainer does not have)."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from roleplay.cli import docs, main
from roleplay.scenario.template import starter_scenario

from ..conftest import REPO


def test_docs_prints_the_authoring_guide_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs"]) == 0
    out = capsys.readouterr().out
    assert out == (REPO / "docs" / "authoring.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("topic", list(docs.TOPICS))
def test_every_topic_is_a_guide_in_docs(topic: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs", topic, "--path"]) == 0
    assert Path(capsys.readouterr().out.strip()) == REPO / "docs" / f"{topic}.md"


def test_every_guide_has_a_topic() -> None:
    assert sorted(p.stem for p in (REPO / "docs").glob("*.md")) == sorted(docs.TOPICS)


def test_an_installed_roleplay_reads_the_copy_inside_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    packaged = tmp_path / "site-packages" / "roleplay" / "docs_data"
    packaged.mkdir(parents=True)
    (packaged / "authoring.md").write_text("# Authoring (installed copy)\n", encoding="utf-8")
    monkeypatch.setattr(docs, "_PACKAGED", packaged)
    monkeypatch.setattr(docs, "_CHECKOUT", tmp_path / "no-checkout" / "docs")
    assert main(["docs"]) == 0
    assert capsys.readouterr().out == "# Authoring (installed copy)\n"
    # a guide missing from a broken install: one line, exit 2, no traceback
    assert main(["docs", "scoring"]) == 2
    assert "RP001 the scoring guide is not installed" in capsys.readouterr().err


def test_the_wheel_carries_the_guides_where_the_command_looks() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    included = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["docs"] == f"roleplay/{docs._PACKAGED.name}"


def test_an_unknown_topic_suggests_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["docs", "scorng"])
    assert exited.value.code == 2
    assert "RP009" in (err := capsys.readouterr().err) and "did you mean 'scoring'?" in err


def test_the_starter_points_at_the_command_not_at_a_file_of_the_checkout() -> None:
    comments = [
        line for line in starter_scenario("hand_over", "x.json").splitlines() if line[:1] == "#"
    ]
    assert not any("docs/" in line or ".md" in line for line in comments)
    assert any("`roleplay docs`" in line for line in comments)


def test_the_help_names_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "roleplay docs" in out and "docs/authoring.md" not in out


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (read by developers, not users)."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


@pytest.mark.parametrize(
    "package", ["cli", "scenario", "engine", "tui", "serve", "storage", "report"]
)
def test_no_message_for_trainers_names_a_file_of_the_checkout(package: str) -> None:
    """Hints and help (RP202's 'allowed fields are in docs/authoring.md', RP905's, RP909's,
    `--help`) named files a pip-installed trainer does not have; they name `roleplay docs`."""
    found = []
    folder = REPO / "src" / "roleplay" / package
    assert folder.is_dir(), folder
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and re.search(r"docs/\w+\.md", node.value)
            ):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


def _pager_writes_to(tmp_path: Path) -> tuple[str, Path]:
    """A PAGER that copies what it is given to a file (a stand-in for less)."""
    import shlex
    import sys

    seen = tmp_path / "paged.md"
    script = tmp_path / "pager.py"
    script.write_text(
        f"import sys\nopen({str(seen)!r}, 'wb').write(sys.stdin.buffer.read())\n", encoding="utf-8"
    )
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}", seen


def test_at_a_terminal_the_guide_opens_in_a_pager(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`roleplay docs` typed at a terminal used to pour 1,300 lines past the trainer, who saw
    only the guide's last screen; at a terminal it now pages, like `git help`."""
    pager, seen = _pager_writes_to(tmp_path)
    monkeypatch.setenv("PAGER", pager)
    monkeypatch.setattr(docs, "_at_terminal", lambda: True)
    assert main(["docs"]) == 0
    assert capsys.readouterr().out == ""
    assert seen.read_text(encoding="utf-8") == (REPO / "docs" / "authoring.md").read_text(
        encoding="utf-8"
    )


def test_no_pager_prints_and_a_missing_pager_falls_back_to_printing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    guide = (REPO / "docs" / "scoring.md").read_text(encoding="utf-8")
    pager, seen = _pager_writes_to(tmp_path)
    monkeypatch.setenv("PAGER", pager)
    monkeypatch.setattr(docs, "_at_terminal", lambda: True)
    assert main(["docs", "scoring", "--no-pager"]) == 0
    assert capsys.readouterr().out == guide and not seen.exists()
    monkeypatch.setenv("PAGER", str(tmp_path / "no-such-pager"))
    assert main(["docs", "scoring"]) == 0
    assert capsys.readouterr().out == guide


@pytest.mark.parametrize(
    ("word", "guide", "section"),
    [
        ("intents", "authoring", "## Intents: branching on what was said"),
        ("golden", "authoring", "## Testing a scenario: golden transcripts"),
        ("Tests", "authoring", "## Testing a scenario: golden transcripts"),
        ("evidence", "scoring", "## How evidence adds up"),
        ("keys", "tui", "## Keys"),
    ],
)
def test_a_word_from_inside_a_guide_opens_that_guide_at_its_section(
    word: str, guide: str, section: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found writing a scenario: `roleplay docs intents` listed the five guides; then it said
    "not a guide of its own ... then search it" with RP009 and exit 2, though the quick start
    shows that very command. It now opens the guide at the section the word names (the
    broadest heading that names it), up to the next section, and says where it comes from."""
    assert main(["docs", "--no-pager", word]) == 0
    out = capsys.readouterr().out
    first, blank, heading, *rest = out.splitlines()
    assert first.startswith(f"(from the {guide} guide, its section '{section.lstrip('# ')}'")
    assert f"`roleplay docs {guide}` shows all of it" in first and blank == ""
    assert heading == section
    whole = (REPO / "docs" / f"{guide}.md").read_text(encoding="utf-8")
    assert "\n".join([heading, *rest]) in whole
    level = section.split(" ")[0]  # the section ends before the next heading of its level
    assert not [line for line in rest if line.startswith(level + " ")]


def test_a_word_no_heading_names_nor_code_writes_opens_the_whole_guide_and_says_so() -> None:
    # in a code block, or as plain text, it is written nowhere as code
    guide = "# Guide\n\n## Intro\n\nplain says\n\n```yaml\n`says`\n```\n\n## Other\nx\n"
    out = docs.part_of(guide, "authoring", "says")
    assert out.startswith("(no section of the authoring guide is named after 'says': the whole")
    assert out.endswith(guide)


def test_a_heading_inside_a_code_block_is_no_section() -> None:
    guide = "# Guide\n\n## Intro\n\n```yaml\n# intents here\n```\n\n## Intents\nx\n"
    assert docs.part_of(guide, "authoring", "intents").endswith("## Intents\nx\n")


def test_an_unknown_topic_is_still_refused_with_the_guides(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["docs", "scorin"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "RP009" in err and "did you mean 'scoring'" in err
    # one example of each kind of topic, not every word that opens a section
    assert "`roleplay docs intents`" in err and "golden" not in err


def test_an_unknown_topic_lists_every_kind_of_topic_with_an_example(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A trainer refused with the five guides' names never learnt that a section, a format
    field or a diagnostic code also opens (trainer21): the refusal names each kind, with an
    example, on one line with its code and exit 2."""
    with pytest.raises(SystemExit) as stopped:
        main(["docs", "frobnicate"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "RP009 roleplay docs: argument TOPIC: no guide, section" in err
    assert err.count("\n") == 1
    assert "guide (authoring, scoring, storage, tui, workshop)" in err
    for kind, example in docs.TOPIC_KINDS.items():
        assert f"{kind} (`roleplay docs {example}`)" in err
    assert "did you mean" not in err  # nothing is close to it
    assert "Traceback" not in err


@pytest.mark.parametrize("example", list(docs.TOPIC_KINDS.values()))
def test_each_example_the_refusal_shows_opens_a_part_of_a_guide(
    example: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["docs", example, "--no-pager"]) == 0
    out = capsys.readouterr().out
    guide = (REPO / "docs" / "authoring.md").read_text(encoding="utf-8")
    # a part of the guide, under a line that says where it comes from, with the word in it
    assert "the authoring guide" in out.splitlines()[0] and example in out
    assert len(out) < len(guide)


def test_a_guide_s_name_in_capitals_is_that_guide(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["docs", "Scoring", "--path"]) == 0
    assert Path(capsys.readouterr().out.strip()) == REPO / "docs" / "scoring.md"


@pytest.mark.parametrize(
    ("word", "section"),
    [
        # a field named in a heading: the include section, not a refusal
        ("include", "### Sharing intents between scenarios: `include:`"),
        ("said", "## Intents: branching on what was said"),
        ("effects", "## Meters and effects"),
    ],
)
def test_a_format_word_a_heading_names_opens_that_section(
    word: str, section: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found trying the authoring path as a newcomer: `roleplay docs include` and `roleplay docs
    said` (words of the format, each named by a heading) were refused with RP009 "invalid
    choice" and the list of guides, while `roleplay docs says` opened the guide."""
    assert main(["docs", "--no-pager", word]) == 0
    out = capsys.readouterr().out
    first, blank, heading, *_ = out.splitlines()
    assert first.startswith(f"(from the authoring guide, its section '{section.lstrip('# ')}'")
    assert heading == section


@pytest.mark.parametrize(
    ("word", "section"),
    [
        ("mentions", "## Conditions"),  # the first place that writes `mentions`: its table
        ("max_turns", "## The format"),
        ("says", "## Lines that react: conditional `say`"),
    ],
)
def test_a_format_word_no_heading_names_opens_the_section_that_first_writes_it(
    word: str, section: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A field that no heading names (`mentions`, `max_turns`, a golden reply's `says`) opens
    the section that first writes it as code, and says so; no longer the whole guide."""
    assert main(["docs", "--no-pager", word]) == 0
    out = capsys.readouterr().out
    first, blank, heading, *rest = out.splitlines()
    assert first.startswith(
        f"(no section of the authoring guide is named after '{word}': the first that writes "
        f"`{word}` is '{section.lstrip('# ')}'"
    )
    assert "`roleplay docs authoring` shows all of it" in first and blank == ""
    assert heading == section
    assert f"`{word}" in "\n".join(rest)


def test_a_word_no_guide_writes_is_still_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["docs", "frobnicate"])
    assert stopped.value.code == 2
    assert "RP009" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("code", "guide", "heading"),
    [
        ("RP418", "authoring", "### Lint (exit 1 on errors)"),
        ("rp305", "authoring", "### References (exit 2)"),
        ("RP913", "authoring", "### Golden tests and authoring commands"),
        ("RP710", "storage", "## Errors"),
    ],
)
def test_a_diagnostic_code_opens_its_row(
    code: str, guide: str, heading: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A lint line names a code (`RP418 example-matches-not`); a trainer typed `roleplay docs
    RP418` and was refused with the five guides' names (writer21). A code opens the guide whose
    table explains it, at its row: the table's heading, its head and the row."""
    assert main(["docs", code, "--no-pager"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"(from the {guide} guide, its section '{heading.lstrip('# ')}'")
    assert heading in out and f"| {code.upper()} |" in out
    # the note, a blank, the heading, a blank, the head, its rule and the row
    assert len(out.splitlines()) == 7


def test_a_code_only_prose_writes_opens_the_section_that_first_writes_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["docs", "RP502", "--no-pager"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("(no section of the scoring guide is named after 'RP502'")
    assert "`RP502`" in out


def test_a_code_no_guide_writes_is_still_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["docs", "RP999"])
    assert exc.value.code == 2
    assert "RP009" in capsys.readouterr().err
