"""`roleplay new`: the starter validates cleanly and its tests pass with the real scorer."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.cli import main

from ..conftest import REPO


@pytest.mark.usefixtures("product_scorer")  # the starter's golden tests must pass for real
def test_new_starter_validates_and_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "hand_over", "--dir", str(tmp_path)]) == 0
    scenario = tmp_path / "hand_over.yaml"
    first = scenario.read_text().splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    schema_ref = first.split("=", 1)[1]
    # outside the checkout: a copy beside it, the same schema as the checkout's
    assert schema_ref == "scenario.schema.json"
    published = REPO / "schema" / "scenario.schema.json"
    assert (tmp_path / schema_ref).read_text() == published.read_text()
    capsys.readouterr()
    assert main(["validate", str(scenario)]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out
    assert main(["test", str(scenario)]) == 0
    assert "3 passed, 0 failed" in capsys.readouterr().out


def test_new_refuses_to_overwrite_and_bad_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "x1", "--dir", str(tmp_path)]) == 0
    assert main(["new", "x1", "--dir", str(tmp_path)]) == 2
    assert "RP906" in capsys.readouterr().err
    assert main(["new", "x1", "--dir", str(tmp_path), "--force"]) == 0
    assert main(["new", "Bad-Id", "--dir", str(tmp_path)]) == 2
    assert "RP907" in capsys.readouterr().err


def test_new_says_when_it_creates_the_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing --dir is created (as `mkdir -p`), and the output says so; an existing one is not
    mentioned."""
    folder = tmp_path / "scenarios" / "mine"
    assert main(["new", "x1", "--dir", str(folder)]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"created the folder {folder}" and (folder / "x1.yaml").is_file()
    assert main(["new", "x2", "--dir", str(folder)]) == 0
    assert "created the folder" not in capsys.readouterr().out


def test_new_into_a_file_is_one_coded_line_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("mine\n", encoding="utf-8")
    for folder in (afile, afile / "sub"):
        assert main(["new", "x1", "--dir", str(folder)]) == 2
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith(f"{folder} RP002 cannot write the starter files: "), line
    assert afile.read_text(encoding="utf-8") == "mine\n"  # nothing lost


def test_new_outside_a_checkout_writes_the_schema_beside_the_scenario(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An installed roleplay has no schema/ folder next to its library: the starter refers to
    a copy of the schema written into the scenario's folder (kept if one is already there)."""
    import json

    from roleplay.cli import authoring

    installed = tmp_path / "site" / "roleplay" / "scenarios_data"
    monkeypatch.setattr(authoring, "library_dir", lambda: installed)
    folder = tmp_path / "mine"
    assert main(["new", "hand_over", "--dir", str(folder)]) == 0
    first = (folder / "hand_over.yaml").read_text().splitlines()[0]
    assert first == "# yaml-language-server: $schema=scenario.schema.json"
    schema = json.loads((folder / "scenario.schema.json").read_text())
    assert schema["title"] and "states" in schema["properties"]
    (folder / "scenario.schema.json").write_text("{}\n")
    assert main(["new", "second", "--dir", str(folder)]) == 0
    assert (folder / "scenario.schema.json").read_text() == "{}\n"


def test_new_inside_a_checkout_refers_to_its_schema_by_a_short_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In the checkout the starter points at `schema/scenario.schema.json` by a relative path;
    outside it (found by a newcomer in /tmp) it pointed there too, by a path that climbed to
    `/` and back down ("../../../work/roleplay/schema/..."), tied to both folders staying put."""
    from roleplay.cli import authoring

    checkout = tmp_path / "roleplay"
    (checkout / "schema").mkdir(parents=True)
    (checkout / "schema" / "scenario.schema.json").write_text("{}\n")
    monkeypatch.setattr(authoring, "library_dir", lambda: checkout / "scenarios")
    for folder, expected in [
        (checkout / "scenarios", "../schema/scenario.schema.json"),
        (checkout / "scenarios" / "team", "../../schema/scenario.schema.json"),
        (tmp_path / "elsewhere", "scenario.schema.json"),
    ]:
        assert main(["new", "hand_over", "--dir", str(folder)]) == 0
        first = (folder / "hand_over.yaml").read_text().splitlines()[0]
        assert first == f"# yaml-language-server: $schema={expected}"
        assert (folder / expected).is_file()
    assert not (checkout / "scenarios" / "scenario.schema.json").exists()  # no copy inside


def test_the_starters_comments_stay_readable_with_a_long_id() -> None:
    """The comments were laid out for the 4 characters of `{id}`: with a real id the line
    `id: quarterly_vendor_renewal_review          # lower-case ...` ran past 120 columns and
    the header's sentences past 110."""
    from roleplay.scenario.template import starter_scenario, starter_tests

    long_id = "quarterly_vendor_renewal_review"
    for text in (starter_scenario(long_id, "scenario.schema.json"), starter_tests(long_id)):
        comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
        assert all(len(line) <= 100 for line in comments), [
            line for line in comments if len(line) > 100
        ]
    assert f"\nid: {long_id}\n" in starter_scenario(long_id, "scenario.schema.json")


@pytest.mark.parametrize(
    ("given", "hint"),
    [
        ("van_hire.yaml", "did you mean 'van_hire'?"),
        ("Van-Hire", "did you mean 'van_hire'?"),
        ("Q3 budget cut", "did you mean 'q3_budget_cut'?"),
        ("scenarios/van_hire.yaml", "`roleplay new van_hire --dir scenarios`"),
        ("9lives", "use lower-case letters, digits and _, starting with a letter"),
    ],
)
def test_a_bad_new_id_suggests_the_id_meant(
    given: str, hint: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A newcomer types the file name, a path or a title; RP907 only restated the rule."""
    assert main(["new", given, "--dir", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert f"RP907 '{given}' is not a valid scenario id ({hint}" in err
    assert list(tmp_path.iterdir()) == []


def test_the_starters_commands_work_from_where_new_was_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After `roleplay new x --dir scenarios` (as the README does it), the header's commands
    named `x.yaml` alone and failed with RP001 from the folder the trainer was in; they now name
    the file as `new` was given it, like the `next:` line it prints."""
    import shlex

    from ..cli.helpers import run_main

    monkeypatch.chdir(tmp_path)
    assert run_main("new", "hand_over", "--dir", "scenarios").returncode == 0
    header = (tmp_path / "scenarios" / "hand_over.yaml").read_text(encoding="utf-8")
    commands = [
        shlex.split(line.split("roleplay ", 1)[1])
        for line in header.splitlines()
        if line.startswith("#") and "roleplay " in line and "roleplay docs" not in line
    ]
    assert [c[0] for c in commands] == ["validate", "test", "graph", "dev"]
    for command in commands[:3]:  # dev plays; the others check and draw
        assert command[1] == "scenarios/hand_over.yaml"
        done = run_main(*command)
        assert done.returncode == 0, (command, done.stdout, done.stderr)
    tests_header = (tmp_path / "scenarios" / "hand_over.tests.yaml").read_text(encoding="utf-8")
    assert "`roleplay test scenarios/hand_over.yaml`" in tests_header
