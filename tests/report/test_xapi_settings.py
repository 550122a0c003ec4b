"""ROLEPLAY_XAPI_BASE and ROLEPLAY_XAPI_HOMEPAGE must be absolute http(s) IRIs: anything else is
one RP726 line and exit code 2 before a statement is written or sent (statements with ids such
as "not a url/scenarios/..." were exported, and every LRS would refuse them)."""

from __future__ import annotations

import json

import pytest

from roleplay.cli import main


@pytest.mark.parametrize("name", ["ROLEPLAY_XAPI_BASE", "ROLEPLAY_XAPI_HOMEPAGE"])
@pytest.mark.parametrize(
    "value", ["not a url", "javascript:alert(1)", "https://lrs.example/a b", "https://h/x?q=1"]
)
def test_an_iri_setting_that_is_no_iri_is_one_coded_line(
    finished: int,
    name: str,
    value: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv(name, value)
    assert main(["export", str(finished), "-f", "xapi"]) == 2
    said = capsys.readouterr()
    assert said.out == ""
    (line,) = said.err.strip().splitlines()
    assert f"RP726 {name} must be an absolute http:// or https:// IRI" in line


def test_a_good_base_is_used_and_an_empty_one_means_the_default(
    finished: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ROLEPLAY_XAPI_BASE", "https://lrs.example.org/xapi/")
    monkeypatch.setenv("ROLEPLAY_XAPI_HOMEPAGE", "")
    assert main(["export", str(finished), "-f", "xapi"]) == 0
    first = json.loads(capsys.readouterr().out)[0]
    assert first["object"]["id"].startswith("https://lrs.example.org/xapi/scenarios/")
    assert first["actor"]["account"]["homePage"] == "https://roleplay.invalid"
