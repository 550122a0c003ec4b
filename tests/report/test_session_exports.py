"""Markdown, HTML, JSON and xAPI exports: complete, versioned, and every user text made inert."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest

from roleplay.report.formats import render
from roleplay.report.session_export import SessionExport, load_export
from roleplay.report.session_json import FORMAT, FORMAT_VERSION
from roleplay.report.xapi import statements
from roleplay.storage import SessionRecorder, SessionStore

from ..storage.helpers import GOOD_REPLIES, new_session, saved_id
from .xapi_checks import statement_problems

HOSTILE = [
    "<script>alert('x')</script> **bold** [link](http://evil.example) # heading",
    '\x1b[31mred\x1b[0m [bold]rich markup[/bold] bell\x07 & "quotes"',
    "lone surrogate \udcff and replaced bytes \ufffd",
    "line one\nline two\n> not a quote",
    "bidi \u202eevil\u2066 isolate\u2069 and a line\u2028separator",
    "x" * 100_000,
]


def hostile_session(store: SessionStore) -> int:
    """A finished session: hostile replies (one rewound), then good ones to an ending."""
    recorder = SessionRecorder(store, learner="Ada <admin>")
    session = new_session(observers=[recorder])
    for text in HOSTILE:
        session.reply(text)
        if session.ended:
            session.rewind()
    sid = saved_id(recorder)
    session.rewind()
    for text in GOOD_REPLIES * 3:
        if session.ended:
            break
        session.reply(text)
    if not session.ended:
        session.abandon()
    assert sid is not None
    return sid


@pytest.fixture
def export_id() -> int:
    with SessionStore.open() as store:
        return hostile_session(store)


def _export(sid: int) -> SessionExport:
    with SessionStore.open() as store:
        return load_export(store, sid)


class TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.data: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data: str) -> None:
        self.data.append(data)


def test_html_is_self_contained_and_escapes_everything(export_id: int) -> None:
    page = render(_export(export_id), "html")
    parser = TextCollector()
    parser.feed(page)
    assert "script" not in parser.tags
    assert not {"img", "link", "iframe", "object", "embed"} & set(parser.tags)
    assert all(name not in ("src", "href") for name, _ in parser.attrs)
    assert all(not name.startswith("on") for name, _ in parser.attrs)
    assert "\x1b" not in page and "\x07" not in page
    assert not any(ch in page for ch in "\u202e\u2066\u2069\u2028")
    text = "".join(parser.data)
    assert "<script>alert('x')</script>" in text  # shown as text, not run
    assert "\\x1b[31mred" in text  # ANSI made visible
    assert "Ada <admin>" in text
    assert "x" * 100_000 in text
    assert "Content-Security-Policy" in page and "@media print" in page
    page.encode("utf-8")  # no lone surrogates left


def test_markdown_escapes_user_text(export_id: int) -> None:
    md = render(_export(export_id), "md")
    assert "<script>" not in md and "&lt;script>" in md
    assert "**bold**" not in md and "\\*\\*bold\\*\\*" in md
    assert "[link](http" not in md
    assert "\x1b" not in md
    assert re.search(r"> line one  \n *> line two  \n *> \\> not a quote", md)
    assert "\\u202eevil\\u2066 isolate\\u2069 and a line\\u2028separator" in md
    assert "## Transcript" in md and "## Debrief" in md and "Evidence:" in md


def test_json_is_versioned_and_verbatim(export_id: int) -> None:
    export = _export(export_id)
    doc = json.loads(render(export, "json"))
    assert (doc["format"], doc["version"]) == (FORMAT, FORMAT_VERSION) == ("roleplay.session", 1)
    assert not any(ch in render(export, "json") for ch in "\u202e\u2066\u2028")
    replies = [t["reply"] for t in doc["rewound_turns"]] + [t["reply"] for t in doc["turns"]]
    for text in HOSTILE:
        assert text in replies  # exact, including the lone surrogate and the control characters
    first = doc["turns"][0]
    assert set(first) >= {
        "turn",
        "state",
        "reply",
        "score",
        "meters_before",
        "meters_after",
        "next_state",
        "saved_at",
    }
    assert set(first["score"]) >= {
        "listening",
        "empathy",
        "collaboration",
        "overall",
        "evidence",
        "same_side",
    }
    assert doc["session"]["id"] == export_id
    assert doc["debrief"]["per_turn_overall"] == [t["score"]["overall"] for t in doc["turns"]]
    assert doc["scenario"]["counterpart"]["name"] == "Dana"


def test_xapi_statements_follow_the_spec(export_id: int) -> None:
    export = _export(export_id)
    batch = statements(export)
    for s in batch:
        assert statement_problems(s) == []
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in batch]
    record = export.record
    assert verbs.count("answered") == record.turn_count
    if record.finished:
        assert verbs[-2] == "completed" and verbs[-1] in ("passed", "failed")
        assert batch[-1]["result"]["success"] is record.passed
    assert {s["context"]["registration"] for s in batch} == {record.uuid}
    ext = batch[0]["result"]["extensions"]
    assert {k.rsplit("/", 1)[1] for k in ext} >= {"listening", "empathy", "collaboration"}
    assert [s["id"] for s in statements(_export(export_id))] == [s["id"] for s in batch]


def test_xapi_unfinished_session_has_only_answers() -> None:
    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        session.reply(GOOD_REPLIES[0])
        sid = saved_id(recorder)
        batch = statements(load_export(store, sid))
    assert [s["verb"]["display"]["en-US"] for s in batch] == ["answered"]


def _iris(statement: dict[str, object]) -> list[str]:
    """Every IRI roleplay mints in a statement: activity ids and extension keys."""
    found: list[str] = []

    def walk(value: object, key: str = "") -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                if key == "extensions":
                    found.append(str(k))
                walk(v, str(k))
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif key == "id" and isinstance(value, str) and value.startswith("http"):
            found.append(value)

    walk(statement)
    return found


def test_iri_base_is_configurable(monkeypatch: pytest.MonkeyPatch, export_id: int) -> None:
    """With ROLEPLAY_XAPI_BASE set, every activity and extension IRI of every statement is
    under it (the trailing slash dropped), and none is left under the default base."""
    monkeypatch.setenv("ROLEPLAY_XAPI_BASE", "https://lrs.example.org/roleplay/")
    batch = statements(_export(export_id))
    ours = [iri for s in batch for iri in _iris(s) if "adlnet.gov" not in iri]
    kinds = {re.sub(r"^https://lrs\.example\.org/roleplay/([a-z]+)/.*$", r"\1", i) for i in ours}
    assert kinds == {"scenarios", "extensions"}, kinds
    assert all(i.startswith("https://lrs.example.org/roleplay/") for i in ours), ours
    assert not any("roleplay//" in i for i in ours)
    assert "roleplay.invalid/xapi" not in json.dumps(batch)
    assert len(ours) > len(batch) * 3  # object, parent and extension IRIs in each statement


def test_exports_show_the_shared_advice_and_the_learners_best_reply_to_the_weakest_turn() -> None:
    with SessionStore.open() as store:
        first = new_session(observers=[SessionRecorder(store, learner="Ada")])
        first.reply(GOOD_REPLIES[0])  # a strong opening, saved
        first.abandon()
        recorder = SessionRecorder(store, learner="Ada")
        second = new_session(observers=[recorder])
        second.reply("Whatever.")  # the weakest turn, same state
        second.abandon()
        sid = saved_id(recorder)
        export = load_export(store, sid)
        d = export.debrief
        assert d is not None and d.better_reply is not None
        assert d.better_reply.source == "history" and d.better_reply.text == GOOD_REPLIES[0]
        shown = d.advice_to_show()
        assert shown and all(a.needed for a in shown)
        markdown = render(export, "md")
        html = render(export, "html")
        document = json.loads(render(export, "json"))
        for a in shown:
            assert f"Turn {a.turn}: " in markdown and f"Turn {a.turn}: " in html
        assert "your own best reply to this moment" in markdown
        assert "your own best reply to this moment" in html
        assert document["debrief"]["better_reply"]["source"] == "history"


def test_xapi_names_each_moment_by_what_the_counterpart_said(export_id: int) -> None:
    export = _export(export_id)
    answered = [s for s in statements(export) if s["verb"]["display"]["en-US"] == "answered"]
    for s, stored in zip(answered, export.turns, strict=True):
        name = s["object"]["definition"]["name"]["en-US"]
        assert name.startswith(f"{export.record.title}: ")
        assert stored.result.state not in name  # the author's id stays in the activity IRI
        assert name.split(": ", 1)[1].rstrip("…")[:40] in " ".join(
            stored.result.counterpart_line.split()
        )
