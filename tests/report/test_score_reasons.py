"""Plain mode shows each score as a sum a learner can follow: the dimension's start, then the
evidence that moved it, biggest first.

A newcomer saw "listening 33  empathy 46  collaboration 56" over a flat list such as
"+2 listening ..., +1 empathy ..., -14 listening ..." in no order of dimension: nothing said
that every score starts at 45 (30 with the fixed test scorer), so "+1 empathy" could not
explain "empathy 46", and the lines of one dimension were scattered among the others.
"""

from __future__ import annotations

import io

from roleplay.cli.score import print_score
from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer
from roleplay.report.score_reasons import score_reasons
from roleplay.scoring.types import Evidence, Score

from ..budget import new_session


def _score(listening: int, empathy: int, collaboration: int, *evidence: Evidence) -> Score:
    overall = round((listening + empathy + collaboration) / 3)
    return Score(listening, empathy, collaboration, overall, "neutral", tuple(evidence))


def test_each_dimension_is_its_start_plus_its_evidence_biggest_first() -> None:
    score = _score(
        33,
        46,
        45,
        Evidence("listening", 2, 'asked a question ("Could we?")', (0, 9)),
        Evidence("empathy", 1, 'framed it as shared ("we")', (6, 8)),
        Evidence("listening", -14, "missed every key point they raised"),
    )
    listening, empathy, collaboration = score_reasons(score)
    assert listening.heading() == "listening 33: 45 to start, -12 from:"
    assert listening.lines() == [
        "-14 missed every key point they raised",
        "+2 asked a question “Could we?”",
    ]
    assert empathy.heading() == "empathy 46: 45 to start, +1 from:"
    assert collaboration.heading() == "collaboration 45: nothing in this reply moved it"
    assert collaboration.lines() == []


def test_a_score_held_at_0_or_100_says_so_with_the_start_of_the_others() -> None:
    score = _score(
        100,
        0,
        50,
        Evidence("listening", 70, "paraphrased every point"),
        Evidence("empathy", -49, 'dismissed their feelings ("whatever")', (0, 8)),
        Evidence("collaboration", 5, 'framed it as shared ("we")', (0, 2)),
    )
    listening, empathy, collaboration = score_reasons(score)
    assert listening.heading() == "listening 100: 45 to start, +70 from these, capped at 100:"
    assert empathy.heading() == "empathy 0: 45 to start, -49 from these, held at 0:"
    assert collaboration.heading() == "collaboration 50: 45 to start, +5 from:"


def test_when_every_score_is_held_the_start_is_not_guessed() -> None:
    score = _score(
        100,
        0,
        0,
        Evidence("listening", 80, "paraphrased every point"),
        Evidence("empathy", -60, "mocked them"),
        Evidence("collaboration", -50, "threatened them"),
    )
    assert [r.heading() for r in score_reasons(score)] == [
        "listening 100: +80 from these, capped at 100:",
        "empathy 0: -60 from these, held at 0:",
        "collaboration 0: -50 from these, held at 0:",
    ]


def test_plain_mode_prints_each_score_with_the_evidence_that_made_it() -> None:
    out = io.StringIO()
    reply = "I hear the board needs it by Friday. Can we look at it together?"
    PlainFrontEnd(new_session(), Printer(out, False), mode="coach").run([reply, "/quit"])
    lines = out.getvalue().splitlines()
    card = lines.index(
        "  listening 85  empathy 60  collaboration 60  overall 68  (beside the table)"
    )
    # the fixed test scorer starts every dimension at 30 (docs/scoring.md)
    assert lines[card + 1 : card + 9] == [
        "    listening 85: 30 to start, +55 from:",
        "      +20 mentioned board",
        "      +20 mentioned Friday",
        "      +15 asked a question",
        "    empathy 60: 30 to start, +30 from:",
        "      +30 acknowledged feelings",
        "    collaboration 60: 30 to start, +30 from:",
        "      +30 joint framing",
    ]


def test_roleplay_score_prints_each_score_with_the_evidence_that_made_it() -> None:
    out = io.StringIO()
    score = _score(
        33,
        46,
        45,
        Evidence("listening", 2, 'asked a question ("Could we?")', (0, 9)),
        Evidence("empathy", 1, 'framed it as shared ("we")', (6, 8)),
        Evidence("listening", -14, "missed every key point they raised"),
    )
    print_score(Printer(out, False), score)
    lines = out.getvalue().splitlines()
    start = lines.index("evidence (each score is its start plus the points under it):")
    assert lines[start + 1 :] == [
        "  listening 33: 45 to start, -12 from:",
        "    -14 missed every key point they raised",
        "    +2 asked a question “Could we?”",
        "  empathy 46: 45 to start, +1 from:",
        "    +1 framed it as shared “we”",
        "  collaboration 45: nothing in this reply moved it",
    ]


def test_exports_show_each_score_with_the_evidence_that_made_it() -> None:
    from roleplay.report.formats import render
    from roleplay.report.session_export import load_export
    from roleplay.storage import SessionRecorder, SessionStore

    from ..storage.helpers import saved_id

    with SessionStore.open() as store:
        recorder = SessionRecorder(store, learner="Ada")
        session = new_session(observers=[recorder])
        session.reply("I hear the board needs it by Friday. Can we look at it together?")
        sid = saved_id(recorder)
        assert sid is not None
        export = load_export(store, sid)
    md = render(export, "md")
    assert (
        "- listening 85: 30 to start, +55 from:\n"
        "  - \\+20 mentioned board\n"
        "  - \\+20 mentioned Friday\n"
        "  - \\+15 asked a question\n"
        "- empathy 60: 30 to start, +30 from:\n"
        "  - \\+30 acknowledged feelings\n"
    ) in md
    html = render(export, "html")
    assert (
        '<ul class="evidence"><li>listening 85: 30 to start, +55 from:<ul>'
        '<li class="plus">+20 mentioned board</li>'
    ) in html
    assert "<li>collaboration 60: 30 to start, +30 from:<ul>" in html
