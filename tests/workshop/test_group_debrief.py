"""Group debrief aggregation and its exports (escaping every piece of participant text)."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
from dataclasses import replace
from pathlib import Path

from roleplay.report.escaping import md_text
from roleplay.report.group_debrief import build_group_debrief
from roleplay.report.group_export import to_html, to_markdown
from roleplay.storage.workshop import GroupSessionRow, GroupTurnRow

from .serving import roleplay_cmd


def turn(
    no: int,
    state: str,
    reply: str,
    overall: int,
    side: str,
    who: int = 1,
    name: str = "Ann",
    show: bool = False,
) -> GroupTurnRow:
    return GroupTurnRow(no, state, reply, overall, overall, overall, overall, side, who, name, show)


def session(
    sid: int, who: int, name: str, show: bool, outcome: str | None, turns: tuple[GroupTurnRow, ...]
) -> GroupSessionRow:
    overall = round(sum(t.overall for t in turns) / len(turns)) if turns else None
    return GroupSessionRow(
        sid, "budget_pushback", "Budget", 55, outcome, overall, who, name, show, turns
    )


ROWS = [
    session(
        1,
        1,
        "Ann",
        False,
        "success",
        (
            turn(1, "opening", "I hear the pressure <script>alert(1)</script>", 80, "beside", 1),
            turn(2, "dig_in", "**Let's** look at it together", 45, "beside", 1),
        ),
    ),
    session(
        2,
        2,
        "Bob",
        True,
        "failure",
        (
            turn(1, "opening", "No.", 20, "across", 2, "Bob", True),
            turn(2, "dig_in", "Take it or leave it", 10, "across", 2, "Bob", True),
        ),
    ),
    session(3, 3, "Cy", False, None, (turn(1, "opening", "Why?", 30, "across", 3, "Cy"),)),
]


def test_outcomes_spread_hard_states_and_across() -> None:
    d = build_group_debrief(ROWS, workshop="Room", round_number=1)
    assert d.participants == 3 and d.sessions == 3
    (sc,) = d.scenarios
    assert sc.outcomes["success"] == 1 and sc.outcomes["failure"] == 1
    assert sc.outcomes["in progress"] == 1 and sc.passed == 1
    assert sc.overall.count == 3 and sc.overall.high == 62 and sc.overall.low == 15
    hard = [h.state for h in sc.hard_states]
    assert hard == ["dig_in", "opening"]  # both under 50 on average, worst first
    best = sc.hard_states[0].best
    assert best[0].reply.startswith("**Let's**") and best[0].speaker == "Participant 1"
    assert len(best) == 1  # Bob's "Take it or leave it" ended his conversation in failure
    opening = sc.hard_states[1].best
    assert [b.speaker for b in opening] == ["Participant 1", "Participant 3", "Bob"]  # Bob agreed
    across = {s.state: s for s in sc.across_states}
    assert set(across) == {"opening"} and across["opening"].across == 2  # dig_in: a tie


def test_exports_escape_participant_text() -> None:
    d = build_group_debrief(ROWS, workshop="Room <i>", round_number=None)
    page = to_html(d)
    assert "<script>" not in page and "&lt;script&gt;" in page and "<i>" not in page
    md = to_markdown(d)
    assert "<script>" not in md and "&lt;script>" in md
    assert r"\*\*Let's\*\*" in md
    assert md_text("a\x1b[31mred\nb") == "a\\x1b\\[31mred b"


def test_empty_debrief_says_so() -> None:
    d = build_group_debrief([], workshop="Empty")
    assert d.empty and "Nobody has played yet" in to_markdown(d) and "Nobody" in to_html(d)


def test_cli_exports_html(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from roleplay.storage.workshop import WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    w = store.open_workshop("Export room", ["budget_pushback"], join_code=None, max_participants=5)
    store.start_round(w.id)
    conn.close()
    played = subprocess.run(
        roleplay_cmd("workshop", "play", "--workshop", w.id, "--name", "<b>Eve</b>", "--json"),
        input="I hear the board needs 30% by Friday. That's a lot of pressure.\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert played.returncode == 0, played.stderr
    out = tmp_path / "debrief.html"
    done = subprocess.run(
        roleplay_cmd("workshop", "debrief", "--workshop", "Export room", "-o", str(out)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    page = out.read_text()
    assert "Push back on a budget cut" in page and "<b>Eve" not in page
    assert "Content-Security-Policy" in page
    assert "Participant 1" in page  # no consent: anonymised


def test_cli_debrief_is_never_written_over_the_database(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from roleplay.storage.workshop import WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    WorkshopStore(conn, path).open_workshop(
        "Link room", ["budget_pushback"], join_code=None, max_participants=5
    )
    conn.close()
    link = tmp_path / "debrief.md"
    os.link(path, link)
    before = path.read_bytes()
    done = subprocess.run(
        roleplay_cmd("workshop", "debrief", "--workshop", "Link room", "-o", str(link)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 2 and "RP724" in done.stderr
    assert path.read_bytes() == before


def test_html_page_carries_a_content_security_policy() -> None:
    page = to_html(build_group_debrief(ROWS, workshop="Room", round_number=None))
    found = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert found, page[:400]
    policy = dict(part.strip().split(" ", 1) for part in found.group(1).split(";"))
    assert policy["default-src"] == "'none'"  # no scripts, fetches, frames or fonts
    assert "script-src" not in policy and "connect-src" not in policy
    assert policy["style-src"] == "'unsafe-inline'"
    assert page.index(found.group(0)) < page.index("<style>")  # before anything it governs


INTENTS_SCENARIO = Path(__file__).parents[1] / "engine" / "fixtures" / "budget_intents.yaml"


def _said(
    sid: int, who: int, outcome: str | None, *turns: tuple[str, int | None, str, tuple[str, ...]]
) -> GroupSessionRow:
    rows = tuple(
        GroupTurnRow(
            n,
            state,
            f"reply {n} of {sid}",
            40,
            40,
            40,
            40,
            "beside",
            who,
            "P",
            False,
            next_state=nxt,
            transition_index=index,
            intents=intents,
        )
        for n, (state, index, nxt, intents) in enumerate(turns, start=1)
    )
    return GroupSessionRow(
        sid,
        "budget_intents",
        "Budget",
        55,
        outcome,
        40,
        who,
        "P",
        False,
        rows,
        scenario_text=INTENTS_SCENARIO.read_text(),
    )


def test_debrief_names_what_best_replies_said_and_the_rooms_decisive_moves() -> None:
    rows = [
        _said(
            1,
            1,
            "success",
            ("opening", 1, "options", ("offer_phasing",)),
            ("options", 0, "agreement", ()),
        ),
        _said(
            2,
            2,
            "failure",
            ("opening", 1, "options", ("offer_phasing", "ask_interest")),
            ("options", 1, "dana_digs_in", ("refuse_all",)),
        ),
        _said(3, 3, None, ("opening", 0, "dana_digs_in", ("refuse_all",))),  # still playing
    ]
    (sc,) = build_group_debrief(rows, workshop="Room").scenarios
    moves = {(m.state, m.next_state): m for m in sc.moves}
    phasing = moves[("opening", "options")]
    assert phasing.words == "you offered to phase the cut"
    assert (phasing.conversations, phasing.succeeded) == (2, 1)
    refused = moves[("opening", "dana_digs_in")]  # the transition's label names this move
    assert refused.text() == (
        "you refused every dollar before asking what the board needs → it ended in failure"
    )
    # not_said fired options' first transition: no intent decided it, so it is not a move
    assert ("options", "agreement") not in moves
    heard = {b.reply: b.heard for h in sc.hard_states for b in h.best}
    # the reply's transition names the move with its own label, so what Dana heard is worded
    # as the decisive move is (the intent's label, "you refused to cut anything", before)
    assert heard["reply 1 of 3"] == (
        "Dana heard: you refused every dollar before asking what the board needs"
    )
    md = to_markdown(build_group_debrief(rows, workshop="Room"))
    assert "### Decisive moves" in md
    assert "- you offered to phase the cut: 2 conversations, 1 ended in success" in md
    assert "options" not in md.split("### Decisive moves")[1].split("###")[0]  # no state ids
    assert "*Dana heard: you refused every dollar before asking what the board needs*" in md
    page = to_html(build_group_debrief(rows, workshop="Room"))
    assert "<h3>Decisive moves</h3>" in page and "<em>Dana heard: you refused" in page


def test_debrief_without_a_loadable_scenario_keeps_everything_else() -> None:
    row = _said(1, 1, None, ("opening", 0, "dana_digs_in", ("refuse_all",)))
    broken = replace(row, scenario_text="id: [broken")
    (sc,) = build_group_debrief([broken], workshop="Room").scenarios
    assert sc.moves == () and sc.hard_states[0].best[0].heard is None
    assert sc.outcomes["in progress"] == 1


def _two_turns_played(room: str) -> tuple[sqlite3.Connection, Path, str]:
    """A workshop round where Ann played two turns of the intents fixture (phasing, then its
    funding): the workshop database's connection, its path and the workshop's id."""
    from roleplay.engine import Session, compile_scenario
    from roleplay.scenario import load_file
    from roleplay.scoring.fixed import FixedScorer
    from roleplay.storage.store import SessionStore
    from roleplay.storage.workshop import WorkshopRecorder, WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    workshops = WorkshopStore(conn, path)
    w = workshops.open_workshop(room, ["budget_pushback"], join_code=None, max_participants=3)
    workshops.start_round(w.id)
    sessions = SessionStore.open(path)
    recorder = WorkshopRecorder(sessions, workshops, workshops.join(w.id, "Ann"))
    session = Session.start(
        compile_scenario(load_file(INTENTS_SCENARIO)), FixedScorer(), observers=[recorder]
    )
    session.reply("Could we split it, some of the cut now and the rest in Q4?")
    session.reply("The first half would come from the contractor budget.")
    sessions.close()
    return conn, path, w.id


def test_group_rows_carry_each_turns_intents_and_the_version_played() -> None:
    from roleplay.storage.workshop import group_rows

    conn, _, workshop_id = _two_turns_played("Intent room")
    (played,) = group_rows(conn, workshop_id)
    first, second = played.turns
    assert first.intents[:1] == ("offer_phasing",) and first.transition_index == 1
    assert first.next_state == "options" and second.next_state == "agreement"
    assert played.scenario_text is not None and "offer_phasing" in played.scenario_text
    (sc,) = build_group_debrief([played], workshop="Intent room").scenarios
    assert [(m.words, m.succeeded) for m in sc.moves] == [("you offered to phase the cut", 1)]
    conn.close()


def test_a_reply_that_ended_in_failure_is_never_a_best_reply() -> None:
    caved = "Fine, take the whole 30%."  # scored well, but it lost the conversation
    rows = [
        session(
            1, 1, "Ann", True, "failure", (turn(1, "dig_in", caved, 48, "neutral", 1, "Ann", True),)
        ),
        session(
            2,
            2,
            "Bob",
            True,
            "success",
            (
                turn(1, "dig_in", "What does the board need to see?", 40, "beside", 2, "Bob", True),
                turn(2, "options", "Could we phase it?", 52, "beside", 2, "Bob", True),
            ),
        ),
        session(
            3,
            3,
            "Cy",
            True,
            "failure",
            (turn(1, "options", "OK, all of it.", 46, "neutral", 3, "Cy", True),),
        ),
    ]
    (sc,) = build_group_debrief(rows, workshop="Room").scenarios
    hard = {h.state: h for h in sc.hard_states}
    assert hard["dig_in"].turns == 2 and hard["dig_in"].mean_overall == 44.0
    assert [b.reply for b in hard["dig_in"].best] == ["What does the board need to see?"]
    assert [b.reply for b in hard["options"].best] == ["Could we phase it?"]
    only_lost = [session(1, 1, "Ann", True, "failure", (turn(1, "dig_in", caved, 48, "neutral"),))]
    d = build_group_debrief(only_lost, workshop="Room")
    assert d.scenarios[0].hard_states[0].best == ()
    for page in (to_markdown(d), to_html(d)):
        assert caved.split(",")[0] not in page.split("Hard moments")[1]
        assert "each one ended the conversation in failure" in page


def test_hard_moments_and_the_table_are_named_by_what_the_counterpart_said() -> None:
    # the room reads "Dana: “I need 30% out of your Q3 budget…”", never the author's state id
    rows = [
        replace(
            _said(sid, sid, "failure", ("opening", None, "opening", ())),
            turns=(
                replace(
                    _said(sid, sid, None, ("opening", None, "opening", ())).turns[0],
                    overall=30,
                    same_side="across",
                ),
            ),
        )
        for sid in (1, 2)
    ]
    (sc,) = build_group_debrief(rows, workshop="Room").scenarios
    moment = "Dana: “I need 30% out of your Q3 budget. The board wants the numbers by Friday.”"
    assert [h.moment for h in sc.hard_states] == [moment]
    assert [s.moment for s in sc.across_states] == [moment]
    md = to_markdown(build_group_debrief(rows, workshop="Room"))
    page = to_html(build_group_debrief(rows, workshop="Room"))
    for text in (md, page):
        assert "opening" not in text.replace("Opening", "")  # no state id anywhere
        assert "I need 30% out of your Q3 budget" in text
    # a scenario that no longer loads falls back to the id in words
    broken = [replace(r, scenario_text="id: [broken") for r in rows]
    (sc,) = build_group_debrief(broken, workshop="Room").scenarios
    assert [h.moment for h in sc.hard_states] == ["opening"]


def test_a_long_line_names_its_moment_by_its_start() -> None:
    from roleplay.report.moments import MOMENT_CHARS, moment_words
    from roleplay.scenario import load_text

    scenario = load_text(INTENTS_SCENARIO.read_text(), "budget_intents.yaml").scenario
    words = moment_words(scenario, "options")  # a conditional variant first: the default wins
    assert words.startswith("Dana: “") and words.endswith("”")
    assert len(words) <= len("Dana: “”") + MOMENT_CHARS + 1
    assert moment_words(scenario, "no_such_state") == "no such state"


def test_a_turn_payload_nested_too_deeply_keeps_every_other_part_of_the_group_rows() -> None:
    """A damaged or hostile payload ('[[[[...' past Python's recursion limit) loses only that
    turn's intents and transition, as any payload that does not read back: never a
    RecursionError out of the group debrief."""
    from roleplay.storage.workshop import group_rows

    conn, path, workshop_id = _two_turns_played("Deep room")
    raw = sqlite3.connect(path)
    raw.execute("UPDATE turns SET payload = ? WHERE turn_no = 1", ("[" * 100_000 + "]" * 100_000,))
    raw.commit()
    raw.close()
    (played,) = group_rows(conn, workshop_id)
    first, second = played.turns
    assert first.intents == () and first.transition_index is None
    assert first.reply.startswith("Could we split it") and second.next_state == "agreement"
    conn.close()


def test_one_reply_is_counted_in_the_singular_in_both_exports() -> None:
    """Newcomer pass (product23): the HTML group debrief of a one-person hot seat said "1
    replies, mean overall 57.0" (the Markdown said "1 reply"), and "1 of 1 replies across"."""
    rows = [session(1, 1, "Ann", False, None, (turn(1, "opening", "No.", 20, "across"),))]
    d = build_group_debrief(rows, workshop="Room")
    for page in (to_markdown(d), to_html(d)):
        assert "1 reply" in page and "1 replies" not in page, page
        assert "1 of 1 reply across" in page, page
