"""`roleplay export N --format xapi --lrs URL` against a local LRS on 127.0.0.1."""

from __future__ import annotations

import socket
import threading

import pytest

from roleplay.cli import main
from roleplay.storage import SessionStore

from .fake_lrs import FakeLRS


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


class _AnsweringLRS:
    """An LRS on 127.0.0.1 that accepts every POST and answers 200 with a fixed body."""

    def __init__(self, body: bytes) -> None:
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length", "0")))
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}/xapi/"

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),  # was a RecursionError traceback
        (b"<html>OK</html>", "not JSON"),  # was "LRS stored 0", as if nothing had been kept
        (b"[1" + b"0" * 5000 + b"]", "not JSON"),  # a number too long for int()
        (b"\xff\xfe[]", "not UTF-8"),
        (b'["' + b"a" * (2 * 1024 * 1024) + b'"]', "more than 1024 KB"),
    ],
    ids=["nested deep", "html", "long number", "not utf-8", "too large"],
)
def test_an_answer_that_cannot_be_read_is_one_coded_line(
    finished: int, creds: None, capsys: pytest.CaptureFixture[str], body: bytes, why: str
) -> None:
    with _AnsweringLRS(body) as endpoint:
        assert main(["export", str(finished), "-f", "xapi", "--lrs", endpoint]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "RP721" in err and "answered 200" in err and why in err
    assert "sending again is safe" in err
