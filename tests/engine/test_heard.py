"""What the counterpart heard, in coach mode, plain mode, exports and the debrief."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from pathlib import Path

from roleplay.engine import Session, build_debrief, compile_scenario
from roleplay.engine.heard import decisive_moves, heard_line, heard_text
from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer
from roleplay.report.formats import render
from roleplay.report.session_export import SessionExport, load_export
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


def test_a_scored_reply_that_matched_no_intent_is_heard_as_no_particular_move() -> None:
    sc = load_file(FIXTURE).scenario
    assert heard_line(sc, ()) == "Dana heard no particular move"
    assert heard_line(sc, ("offer_phasing",)) == "Dana heard: you offered to phase the cut"
    # a reply the scorer could not read says so on its own line; nothing is heard in it
    assert heard_line(sc, (), scored=False) is None
    # a scenario without intents listens for nothing, so it says nothing about it
    assert heard_line(dataclasses.replace(sc, intents={}), ()) is None


def test_decisive_moves_name_the_intent_that_fired_the_transition() -> None:
    session = _session()
    session.reply(PHASING)
    session.reply(FOLLOW_UP)
    moves = decisive_moves(session.scenario, session.turns)
    assert [(m.turn, m.intents, m.next_state) for m in moves] == [
        (1, ("offer_phasing",), "options")
    ]
    # In words: the intent's label; the state's id ("options") is the author's, not the learner's.
    assert moves[0].text() == "Turn 1: you offered to phase the cut"
    # The second turn went on through `not_said`: no intent decided it.
    assert build_debrief(session).moves == moves


def _plain(
    mode: str, json_mode: bool = False, replies: tuple[str, ...] = (PHASING, FOLLOW_UP)
) -> str:
    out = io.StringIO()
    front = PlainFrontEnd(_session(), Printer(out, False), json_mode=json_mode, mode=mode)  # type: ignore[arg-type]
    front.run(list(replies))
    return out.getvalue()


def test_plain_coach_mode_says_what_was_heard_and_names_the_moves() -> None:
    text = _plain("coach")
    assert "  Dana heard: you offered to phase the cut" in text
    assert "Decisive moves:\n  Turn 1: you offered to phase the cut\n" in text


def test_plain_coach_mode_says_when_no_particular_move_was_heard() -> None:
    """Found by a newcomer: after a reply that matched no intent plain mode printed no heard
    line at all, so it read as if the line was forgotten; it says so, as the TUI's card does."""
    text = _plain("coach")
    first, _, second = text.partition("Dana heard: you offered to phase the cut")
    assert "heard no particular move" not in first
    assert "  Dana heard no particular move\n" in second
    events = [json.loads(line) for line in _plain("coach", json_mode=True).splitlines()]
    turns = [e for e in events if e["event"] == "turn"]
    assert turns[1]["intents"] == [] and turns[1]["heard"] is None  # machines keep null


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
        {
            "turn": 1,
            "intents": ["offer_phasing"],
            "move": "you offered to phase the cut",
            "next_state": "options",
        }
    ]


def _played_export() -> SessionExport:
    """The fixture played to its ending with PHASING then FOLLOW_UP, saved, ready to export."""
    with SessionStore.open() as store:
        recorder = SessionRecorder(store, learner="Ada")
        session = Session.start(
            compile_scenario(load_file(FIXTURE)), FixedScorer(), observers=[recorder]
        )
        for text in (PHASING, FOLLOW_UP):
            session.reply(text)
        assert session.ended and recorder.session_id is not None
        return load_export(store, recorder.session_id)


def test_exports_show_what_was_heard_and_the_decisive_moves() -> None:
    export = _played_export()
    markdown = render(export, "md")
    assert "*Dana heard: you offered to phase the cut*" in markdown
    assert "- Turn 1: you offered to phase the cut\n" in markdown
    assert "*Dana heard no particular move*" in markdown  # turn 2 matched no intent
    html = render(export, "html")
    assert '<p class="heard">Dana heard: you offered to phase the cut</p>' in html
    assert '<p class="heard">Dana heard no particular move</p>' in html
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
        "move": "you offered to phase the cut",
        "next-state": "options",
    }
    assert not any(k.endswith("/decisive-move") for k in answered[1]["result"]["extensions"])
    completed = next(s for s in statements if s["verb"]["display"]["en-US"] == "completed")
    moves = next(
        v for k, v in completed["result"]["extensions"].items() if k.endswith("/decisive-moves")
    )
    assert moves == ["Turn 1: you offered to phase the cut"]


REFUSAL = "I won't cut a single dollar from Q3, none of it can go."


def test_a_transitions_label_names_the_move_and_an_ending_says_how_it_ended() -> None:
    session = _session()
    session.reply(REFUSAL)
    assert session.ended and session.outcome == "failure"
    (move,) = build_debrief(session).moves
    assert move.intents == ("refuse_all",)
    assert move.label == "you refused every dollar before asking what the board needs"
    expected = (
        "Turn 1: you refused every dollar before asking what the board needs → it ended in failure"
    )
    assert move.text() == expected
    assert "dana_digs_in" not in move.text() and "dana digs in" not in move.text()


def test_plain_mode_tui_and_exports_word_a_labelled_move_alike() -> None:
    from rich.console import Console

    from roleplay.tui.screens.debrief import render_moves

    expected = (
        "Turn 1: you refused every dollar before asking what the board needs → it ended in failure"
    )
    out = io.StringIO()
    PlainFrontEnd(_session(), Printer(out, False), mode="coach").run([REFUSAL])
    assert "Decisive moves:\n  " + expected + "\n" in out.getvalue()
    with SessionStore.open() as store:
        recorder = SessionRecorder(store, learner="Ada")
        session = Session.start(
            compile_scenario(load_file(FIXTURE)), FixedScorer(), observers=[recorder]
        )
        session.reply(REFUSAL)
        assert recorder.session_id is not None
        export = load_export(store, recorder.session_id)
    assert "- " + expected + "\n" in render(export, "md")
    assert "<li>" + expected + "</li>" in render(export, "html")
    doc = json.loads(render(export, "json"))
    assert doc["debrief"]["decisive_moves"][0]["text"] == expected
    moves = render_moves(build_debrief(session))
    assert moves is not None
    console = Console(width=200, record=True)
    console.print(moves)
    assert expected in console.export_text()


def test_export_headings_name_the_turn_and_its_move_never_a_state_id() -> None:
    with SessionStore.open() as store:
        recorder = SessionRecorder(store, learner="Ada")
        session = Session.start(
            compile_scenario(load_file(FIXTURE)), FixedScorer(), observers=[recorder]
        )
        session.reply("Hmm, let me think about it.")
        session.rewind()
        for text in (PHASING, FOLLOW_UP):
            session.reply(text)
        assert session.ended and recorder.session_id is not None
        export = load_export(store, recorder.session_id)
    markdown, html = render(export, "md"), render(export, "html")
    headings = [line for line in markdown.splitlines() if line.startswith("### Turn")]
    assert headings == ["### Turn 1: you offered to phase the cut", "### Turn 2"]
    taken_back = [line for line in markdown.splitlines() if line.startswith("- Turn 1,")]
    assert len(taken_back) == 1 and "(" not in taken_back[0]
    h3 = re.findall(r"<h3>(.*?)</h3>", html)
    assert h3 == ["Turn 1: you offered to phase the cut", "Turn 2", "Turn 1 · taken back"]
    for state in export.scenario.scenario.states if export.scenario else ():
        assert not any(state in line for line in headings + taken_back + h3), state


def test_json_turns_say_what_was_heard_in_words_beside_the_intent_names() -> None:
    """Found by a trainer scripting plain mode: `--json` turn events and the JSON export gave
    only intent ids ("offer_phasing"); the words the learner reads ("Dana heard: you offered to
    phase the cut") were in the text modes only."""
    events = [json.loads(line) for line in _plain("coach", json_mode=True).splitlines()]
    turns = [e for e in events if e["event"] == "turn"]
    assert turns[0]["heard"] == "Dana heard: you offered to phase the cut"
    assert all("heard" in t for t in turns)
    export = _played_export()
    doc = json.loads(render(export, "json"))
    assert doc["turns"][0]["heard"] == "Dana heard: you offered to phase the cut"
    assert [t["heard"] is None for t in doc["turns"]] == [not t["intents"] for t in doc["turns"]]


def test_a_labelled_transition_names_what_was_heard_as_the_conversation_took_it() -> None:
    """Found by a trainer (writer22's breach_indemnity): a transition that reads `mentions`
    beside an intent takes a reply another way than the intent's label says ("Twelve months is
    as far as we can take the general cap" is heard as the doubling, and the number sends it
    to the hold); coach mode still read "Ines heard: you gave in on doubling the general cap"
    under a reply the conversation took as holding it, and the debrief named the transition's
    label. What was heard now says the transition's label when it has one, everywhere."""
    sc = load_file(FIXTURE).scenario
    session = _session()
    session.reply(REFUSAL)
    (turn,) = session.turns
    labelled = "Dana heard: you refused every dollar before asking what the board needs"
    assert heard_text(sc, turn.intents) == "Dana heard: you refused to cut anything"
    assert heard_text(sc, turn.intents, turn) == labelled
    assert heard_line(sc, turn.intents, turn=turn) == labelled
    text = _plain("coach", replies=(REFUSAL,))
    assert "  " + labelled + "\n" in text
    assert "you refused to cut anything" not in text
    events = [json.loads(line) for line in _plain("coach", True, (REFUSAL,)).splitlines()]
    assert [e["heard"] for e in events if e["event"] == "turn"] == [labelled]
    # a transition without a label keeps the intents' labels
    session = _session()
    session.reply(PHASING)
    (turn,) = session.turns
    assert heard_text(sc, turn.intents, turn) == "Dana heard: you offered to phase the cut"
