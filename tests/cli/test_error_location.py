"""Every command prints a located error as `validate` does - "file:line:col RPnnn message" at the
start of the line - so an editor's jump-to-error finds it (a newcomer found `graph`, `intents`
and `play` prefixing it with "error: "). An error with no location keeps the prefix."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers import run_main

BROKEN = "title: Broken\nstart: opening\nstates:\n  opening:\n    say: hi\n    to: nowhere\n"


@pytest.mark.parametrize(
    "command",
    [
        ("validate",),
        ("graph",),
        ("intents",),
        ("play", "--plain"),
        ("test",),
    ],
)
def test_a_located_error_starts_with_its_location(tmp_path: Path, command: tuple[str, ...]) -> None:
    path = tmp_path / "broken.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    res = run_main(command[0], str(path), *command[1:])
    assert res.returncode == 2
    lines = [line for line in (res.stdout + res.stderr).splitlines() if " RP" in line]
    assert lines, res.stdout + res.stderr
    assert lines[0].startswith(f"{path}:"), lines[0]


def test_an_error_without_a_location_keeps_its_prefix() -> None:
    res = run_main("score", "")
    assert res.returncode == 2
    assert res.stderr.startswith("error: RP"), res.stderr
