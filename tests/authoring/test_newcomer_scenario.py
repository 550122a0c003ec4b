"""A scenario written from docs/authoring.md alone, and the mistakes a newcomer makes to it.

The fixture (tests/fixtures/newcomer/) uses what the docs teach: intents read by `said`,
`say` variants that react, an `include:` of shared intents, golden tests of the caving,
refusing and proposing paths. It must validate clean and pass its tests; each usual mistake
made to it must give one `file:line:col CODE message` line (or `file CODE` for the file as a
whole) and exit 2, never a traceback, through every authoring command.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from roleplay.cli import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "newcomer"
SCENARIO = "grant_demo.yaml"
SHARED = "grant_intents.yaml"


def _copy(tmp_path: Path) -> Path:
    for name in (SCENARIO, SHARED, "grant_demo.tests.yaml"):
        shutil.copy(FIXTURE / name, tmp_path / name)
    return tmp_path


def test_the_docs_only_scenario_is_clean_and_its_golden_tests_pass(
    capsys: pytest.CaptureFixture[str], product_scorer: None
) -> None:
    assert main(["validate", str(FIXTURE)]) == 0
    out = capsys.readouterr().out
    assert "0 error(s), 0 warning(s)" in out and "grant_demo: success in" in out
    assert main(["test", str(FIXTURE)]) == 0
    out = capsys.readouterr().out
    assert "== 4 passed, 0 failed" in out
    # the shared file is checked on its own as a file of shared intents
    assert main(["validate", str(FIXTURE / SHARED)]) == 0


def _edit(name: str, change: Callable[[str], str]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / name
        text = path.read_text(encoding="utf-8")
        changed = change(text)
        assert changed != text, "the mistake was not made"
        path.write_text(changed, encoding="utf-8")

    return apply


def _remove_shared(folder: Path) -> None:
    (folder / SHARED).unlink()


MISTAKES: dict[str, tuple[Callable[[Path], None], str, str]] = {
    # name: (the mistake, the code, the file the line points into)
    "typo-in-a-state-name": (
        _edit(SCENARIO, lambda t: t.replace("to: ines_weighs\n", "to: ines_wiehgs\n", 1)),
        "RP301",
        SCENARIO,
    ),
    "said-on-an-unknown-intent": (
        _edit(SCENARIO, lambda t: t.replace("said: offer_smaller_demo}", "said: offer_demo}", 1)),
        "RP305",
        SCENARIO,
    ),
    "bad-indentation": (
        _edit(SCENARIO, lambda t: t.replace('    key_points: ["last', '      key_points: ["last')),
        "RP101",
        SCENARIO,
    ),
    "a-tab": (
        _edit(SCENARIO, lambda t: t.replace("    emotion: worried", "\temotion: worried")),
        "RP101",
        SCENARIO,
    ),
    "a-duplicate-key": (
        _edit(SCENARIO, lambda t: t.replace("    emotion: worried", "    emotion: worried\n" * 2)),
        "RP102",
        SCENARIO,
    ),
    "a-huge-file": (
        _edit(SCENARIO, lambda t: t + "# " + "x" * 1_100_000 + "\n"),
        "RP003",
        SCENARIO,
    ),
    "a-missing-include": (_remove_shared, "RP306", SCENARIO),
    "an-include-cycle": (
        _edit(SHARED, lambda t: t + "include: [grant_demo.yaml]\n"),
        "RP306",
        SHARED,
    ),
    "a-scenario-including-itself": (
        _edit(
            SCENARIO,
            lambda t: t.replace(
                "include: [grant_intents.yaml]", f"include: [{SHARED}, {SCENARIO}]"
            ),
        ),
        "RP306",
        SCENARIO,
    ),
}

LINE = re.compile(
    r"^(?:error: )?(?P<file>\S+?)(?::(?P<line>\d+):(?P<col>\d+))? (?P<code>RP\d{3}) \S"
)


@pytest.mark.parametrize("command", ["validate", "test", "graph", "intents"])
@pytest.mark.parametrize("mistake", list(MISTAKES), ids=list(MISTAKES))
def test_each_usual_mistake_is_one_coded_line_with_exit_2(
    mistake: str, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make, code, where = MISTAKES[mistake]
    folder = _copy(tmp_path)
    make(folder)
    argv = [command, str(folder / SCENARIO)] + (["a reply"] if command == "intents" else [])
    assert main(argv) == 2
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    problems = [m for m in map(LINE.match, (out + err).splitlines()) if m]
    assert problems, out + err
    assert {m["code"] for m in problems} == {code}, out + err
    for m in problems:
        assert Path(m["file"]).name == where
        if code != "RP003":  # the size of the whole file has no line
            assert m["line"] and m["col"], m.group(0)
