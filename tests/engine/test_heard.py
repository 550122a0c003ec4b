"""What the counterpart heard, in coach mode, plain mode, exports and the debrief."""

from __future__ import annotations

import io
import json
from pathlib import Path

from roleplay.engine import Session, build_debrief, compile_scenario
from roleplay.engine.heard import decisive_moves, heard_text
from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer
from roleplay.report.formats import render
from roleplay.report.session_export import load_export
from roleplay.scenario import load_file
from roleplay.storage import SessionRecorder, SessionStore

from .test_session import FixedScorer

FIXTURE = Path(__file__).parent / "fixtures" / "budget_intents.yaml"
PHASING = "What if we spread the reduction over Q3 and Q4?"
FOLLOW_UP = "The first half would come from the contractor budget."


def _session() -> Session:
    return Session.start(compile_scenario(load_file(FIXTURE)), FixedScorer())


def test_heard_uses_labels_and_the_counterparts_name() -> None:
    sc = load_file(FIXTURE).scenario
    assert heard_text(sc, ("offer_phasing",)) == "Dana heard: you offered to phase the cut"
    assert heard_text(sc, ()) is None
    assert heard_text(sc, ("gone_from_the_file",)) is None


def test_decisive_moves_name_the_intent_that_fired_the_transition() -> None:
    session = _session()
    session.reply(PHASING)
    session.reply(FOLLOW_UP)
    moves = decisive_moves(session.scenario, session.turns)
    assert [(m.turn, m.intents, m.next_state) for m in moves] == [
        (1, ("offer_phasing",), "options")
    ]
    assert moves[0].text() == "Turn 1: you offered to phase the cut → options"
    # The second turn went on through `not_said`: no intent decided it.
    assert build_debrief(session).moves == moves


def _plain(mode: str, json_mode: bool = False) -> str:
    out = io.StringIO()
    front = PlainFrontEnd(_session(), Printer(out, False), json_mode=json_mode, mode=mode)  # type: ignore[arg-type]
    front.run([PHASING, FOLLOW_UP])
    return out.getvalue()


def test_plain_coach_mode_says_what_was_heard_and_names_the_moves() -> None:
    text = _plain("coach")
    assert "  Dana heard: you offered to phase the cut" in text
    assert "Decisive moves:\n  Turn 1: you offered to phase the cut → options" in text


def test_plain_exam_mode_hides_it_until_the_end() -> None:
    text = _plain("exam")
    before_end, _, after = text.partition("== SUCCESS")
    assert "heard" not in before_end
    assert "Decisive moves:" in after


def test_plain_json_carries_intents_and_moves() -> None:
    events = [json.loads(line) for line in _plain("coach", json_mode=True).splitlines()]
    turns = [e for e in events if e["event"] == "turn"]
    assert turns[0]["intents"] == ["offer_phasing"]
    end = next(e for e in events if e["event"] == "end")
    assert end["decisive_moves"] == [
        {"turn": 1, "intents": ["offer_phasing"], "next_state": "options"}
    ]


def test_exports_show_what_was_heard_and_the_decisive_moves() -> None:
    with SessionStore.open() as store:
        recorder = SessionRecorder(store, learner="Ada")
        session = Session.start(
            compile_scenario(load_file(FIXTURE)), FixedScorer(), observers=[recorder]
        )
        for text in (PHASING, FOLLOW_UP):
            session.reply(text)
        assert session.ended and recorder.session_id is not None
        export = load_export(store, recorder.session_id)
    markdown = render(export, "md")
    assert "*Dana heard: you offered to phase the cut*" in markdown
    assert "- Turn 1: you offered to phase the cut → options" in markdown
    html = render(export, "html")
    assert '<p class="heard">Dana heard: you offered to phase the cut</p>' in html
    doc = json.loads(render(export, "json"))
    assert doc["turns"][0]["intents"] == ["offer_phasing"]
    assert doc["debrief"]["decisive_moves"][0]["intents"] == ["offer_phasing"]
    statements = json.loads(render(export, "xapi"))
    answered = [s for s in statements if s["verb"]["display"]["en-US"] == "answered"]
    ext = answered[0]["result"]["extensions"]
    intents = next(v for k, v in ext.items() if k.endswith("/intents"))
    move = next(v for k, v in ext.items() if k.endswith("/decisive-move"))
    assert intents[:1] == ["offer_phasing"]
    assert move == {
        "intents": ["offer_phasing"],
        "labels": ["you offered to phase the cut"],
        "next-state": "options",
    }
    assert not any(k.endswith("/decisive-move") for k in answered[1]["result"]["extensions"])
    completed = next(s for s in statements if s["verb"]["display"]["en-US"] == "completed")
    moves = next(
        v for k, v in completed["result"]["extensions"].items() if k.endswith("/decisive-moves")
    )
    assert moves == ["Turn 1: you offered to phase the cut → options"]
