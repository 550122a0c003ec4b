"""`roleplay export N --format xapi --lrs URL` against a local LRS on 127.0.0.1."""

from __future__ import annotations

import socket

import pytest

from roleplay.cli import main
from roleplay.storage import SessionStore

from .fake_lrs import FakeLRS
from .test_session_exports import hostile_session


@pytest.fixture
def finished() -> int:
    with SessionStore.open() as store:
        return hostile_session(store)


@pytest.fixture
def creds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ROLEPLAY_LRS_USER", "trainer")
    monkeypatch.setenv("ROLEPLAY_LRS_PASSWORD", "s3cret")


def test_statements_reach_the_lrs_and_pass_its_checks(
    finished: int, creds: None, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeLRS() as lrs:
        code = main(["export", str(finished), "--format", "xapi", "--lrs", lrs.endpoint])
        assert code == 0, capsys.readouterr().err
        assert lrs.rejections == []
        with SessionStore.open() as store:
            record = store.session(finished)
        verbs = [s["verb"]["display"]["en-US"] for s in lrs.received]
        assert verbs.count("answered") == record.turn_count
        assert lrs.requests[0]["x-experience-api-version"] == "1.0.3"
        said = capsys.readouterr()
        assert f"Sent {len(lrs.received)} xAPI statement(s)" in said.err and said.out == ""
        assert "s3cret" not in said.err
        # sending again is idempotent: same statement ids
        assert main(["export", str(finished), "--format", "xapi", "--lrs", lrs.endpoint]) == 0
        assert len(lrs.received) == len(verbs)


def test_wrong_password_is_a_coded_error(
    finished: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ROLEPLAY_LRS_USER", "trainer")
    monkeypatch.setenv("ROLEPLAY_LRS_PASSWORD", "wrong")
    with FakeLRS() as lrs:
        assert main(["export", str(finished), "-f", "xapi", "--lrs", lrs.endpoint]) == 2
    err = capsys.readouterr().err
    assert "RP721" in err and "401" in err and "wrong" not in err


def test_missing_password_is_refused(
    finished: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ROLEPLAY_LRS_USER", "trainer")
    monkeypatch.delenv("ROLEPLAY_LRS_PASSWORD", raising=False)
    assert main(["export", str(finished), "-f", "xapi", "--lrs", "http://127.0.0.1:9/"]) == 2
    assert "RP722" in capsys.readouterr().err


def test_unreachable_lrs(finished: int, creds: None, capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert main(["export", str(finished), "-f", "xapi", "--lrs", f"http://127.0.0.1:{port}/"]) == 2
    assert "RP721" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["-f", "md", "--lrs", "http://127.0.0.1:9/"], "RP723"),
        (["-f", "xapi", "--lrs", "file:///etc/passwd"], "RP720"),
        (["-f", "xapi", "--lrs", "http://user:pw@127.0.0.1:9/"], "RP720"),
        # each of these was a ValueError / http.client.InvalidURL traceback
        (["-f", "xapi", "--lrs", "http://[::1"], "RP720"),
        (["-f", "xapi", "--lrs", "http://127.0.0.1:abc/"], "RP720"),
        (["-f", "xapi", "--lrs", "http://exa mple.com/"], "RP720"),
        (["-f", "xapi", "--lrs", "http://127.0.0.1:9/\r\nX-Evil: 1"], "RP720"),
    ],
)
def test_bad_lrs_arguments(
    finished: int, args: list[str], code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(finished), *args]) == 2
    assert code in capsys.readouterr().err
