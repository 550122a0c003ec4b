"""Score-card evidence: merged per reason, the top lines with a "more" toggle, compact at 80x24."""

from __future__ import annotations

import dataclasses

import pytest

from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.types import Evidence, Score, ScoreInput
from roleplay.tui.widgets.chat_log import Bubble, ChatLog
from roleplay.tui.widgets.reply_input import ReplyInput
from roleplay.tui.widgets.score_card import TOP_EVIDENCE, evidence_lines, group_evidence

from .helpers import (
    GOOD_REPLIES,
    budget,
    conversation_ready,
    end_here,
    make_app,
    say,
    strongest_turn,
    wait_until,
)

REPLY = "We can do it, we and us together: for you, for you."


def _noisy() -> list[Evidence]:
    return [
        Evidence("collaboration", 2, "framed it as shared", (0, 2)),
        Evidence("empathy", 1, "framed it as shared", (0, 2)),
        Evidence("collaboration", 2, "framed it as shared", (14, 16)),
        Evidence("collaboration", 2, "framed it as shared", (21, 23)),
        Evidence("listening", 6, "reflected what they said", (34, 41)),
        Evidence("listening", 6, "reflected what they said", (43, 50)),
        Evidence("empathy", 3, "reflected what they said", (34, 41)),
        Evidence("listening", -12, "missed a key point", None),
        Evidence("collaboration", 1, "used their name", None),
    ]


def test_evidence_is_merged_per_reason_and_ranked_by_points() -> None:
    groups = group_evidence(_noisy())
    assert [g.reason for g in groups] == [
        "reflected what they said",  # 15 points
        "missed a key point",  # 12
        "framed it as shared",  # 7
        "used their name",
    ]
    assert groups[0].points == (("listening", 12), ("empathy", 3))
    assert groups[2].points == (("collaboration", 6), ("empathy", 1))


def test_each_reason_is_one_line_with_each_quote_once() -> None:
    lines = [t.plain for t in evidence_lines(REPLY, _noisy(), expanded=True, more_key="F8")]
    assert lines[0] == "+12L +3E  reflected what they said “for you”"
    assert lines[2] == "+6C +1E  framed it as shared “We”, “us”"
    assert sum("framed it as shared" in line for line in lines) == 1


def test_only_the_top_lines_show_until_expanded() -> None:
    short = [t.plain for t in evidence_lines(REPLY, _noisy(), expanded=False, more_key="F8")]
    assert len(short) == TOP_EVIDENCE + 1
    assert short[-1] == "… 1 more (F8 shows all)"
    full = evidence_lines(REPLY, _noisy(), expanded=True, more_key="F8")
    assert "used their name" in full[3].plain


def _card_text(app: object) -> str:
    from roleplay.tui.widgets.score_card import ScoreCard

    card = app.screen.query(ScoreCard).last()  # type: ignore[attr-defined]
    return "\n".join(line.text for line in card.render_lines(card.region.reset_offset))


async def test_the_evidence_key_toggles_all_lines_from_the_reply_box() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])  # 7 reasons with the fixed scorer
        assert "4 more (F8 shows all)" in _card_text(app)
        assert "asked a question" not in _card_text(app)
        app.screen.query_one(ReplyInput).focus()
        await pilot.press("f8")
        await wait_until(pilot, lambda: "asked a question" in _card_text(app), "all evidence")
        await pilot.press("f8")
        await wait_until(pilot, lambda: "4 more" in _card_text(app), "the top lines again")


async def test_a_rebound_evidence_key_is_the_one_the_card_names() -> None:
    from roleplay.tui.config import parse_config

    config = parse_config('cursor_blink = false\n[keys]\nevidence = "f9"\n')
    app = make_app(budget(), config=config)
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        assert "4 more (F9 shows all)" in _card_text(app)
        app.screen.query_one(ReplyInput).focus()
        await pilot.press("f9")
        await wait_until(pilot, lambda: "asked a question" in _card_text(app), "all evidence")


class _ChattyScorer(FixedScorer):
    """The fixed scorer plus as many reasons as the real scorer gives a rich reply."""

    def score(self, item: ScoreInput) -> Score:
        base = super().score(item)
        extra = tuple(
            Evidence("listening", 2, f"paraphrased point {n}", (0, 1)) for n in range(1, 7)
        )
        return dataclasses.replace(base, evidence=base.evidence + extra)


async def test_a_score_card_is_seen_whole_at_80x24() -> None:
    from roleplay.tui.widgets.score_card import ScoreCard

    app = make_app(budget(), scorer=_ChattyScorer())
    async with app.run_test(size=(80, 24)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        chat = app.screen.query_one(ChatLog)
        card = app.screen.query(ScoreCard).last()
        line = app.screen.query(Bubble).last()
        await wait_until(pilot, lambda: chat.scroll_y == chat.max_scroll_y, "the newest line")
        view = chat.content_region
        for widget in (card, line):  # the card (bars included) and the counterpart's answer
            assert view.y <= widget.region.y and widget.region.bottom <= view.bottom, widget


async def test_the_debrief_shows_the_top_evidence_and_e_shows_all() -> None:
    app = make_app(budget())
    async with app.run_test(size=(100, 30)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await say(pilot, app, "No.")
        await end_here(pilot, app)
        strongest = await strongest_turn(pilot, app)
        assert "4 more (e shows all)" in str(strongest.render())
        await pilot.press("e")
        await wait_until(pilot, lambda: "asked a question" in str(strongest.render()), "all")


def test_reasons_that_differ_only_by_their_quote_are_one_line() -> None:
    reply = "So the board, 30% by Friday: we can do it, we and us."
    evidence = [
        Evidence("listening", 6, 'paraphrased "board"', (7, 12)),
        Evidence("listening", 6, 'paraphrased "30%"', (14, 17)),
        Evidence("listening", 6, 'paraphrased "Friday"', (21, 27)),
        Evidence("collaboration", 2, 'framed it as shared ("we")', (29, 31)),
        Evidence("collaboration", 2, 'framed it as shared ("we")', (39, 41)),
        Evidence("empathy", 1, 'framed it as shared ("us")', (46, 48)),
        Evidence("listening", -3, 'imperious "we" ("we can do it")', (29, 41)),
    ]
    lines = [t.plain for t in evidence_lines(reply, evidence, expanded=True, more_key="F8")]
    assert lines == [
        "+18L  paraphrased “board”, “30%”, “Friday”",
        "+4C +1E  framed it as shared “we”, “us”",
        "-3L  imperious “we” “we can do it”",  # words the reason quotes read curly too
    ]


async def test_a_card_is_drawn_for_the_width_it_is_measured_at() -> None:
    """The card is measured (its height) and drawn at the same width, whatever the chat's width:
    its height is what it shows, with no blank line left over (a card once measured at one
    width and drawn for another kept two blank lines, or lost its last line)."""
    from rich.console import Console
    from textual.app import App, ComposeResult
    from textual.containers import Vertical
    from textual.geometry import Region

    from roleplay.engine import Session
    from roleplay.tui.widgets.score_card import ScoreCard, render_card

    result = Session.start(budget(), FixedScorer(), 7).reply(GOOD_REPLIES[0])

    class CardApp(App[None]):
        CSS = "ScoreCard { height: auto; border: round white; padding: 0 1; }"

        def __init__(self, width: int) -> None:
            super().__init__()
            self.width = width

        def compose(self) -> ComposeResult:
            with Vertical() as box:
                box.styles.width = self.width
                yield ScoreCard(result, classes="score-card")

    for width in (30, 45, 49, 50, 60, 90):
        app = CardApp(width)
        async with app.run_test(size=(120, 50)) as pilot:
            await pilot.pause()
            card = app.query_one(ScoreCard)
            inner = card.content_size
            assert inner.width == width - 4, width  # the card's border and padding
            console = Console(width=inner.width)
            lines = console.render_lines(render_card(result, width=inner.width), pad=False)
            assert inner.height == len(lines), width
            painted = card.render_lines(Region(0, 0, card.size.width, card.size.height))
            assert painted[-2].text.strip("│ "), width  # the last line inside the border


def test_a_wide_card_shows_more_of_each_quote() -> None:
    """probe17: at 200 columns the card cut every quote after 40 characters ('I can't take the
    whole week since I fly…'), hiding which words earned the points; a card wider than 80
    cells shows up to half its width, narrower cards are as before."""
    sentence = "I can't take the whole week since I fly home on the 29th, but I can cover two days."
    ev = [Evidence("listening", 14, "answered their request with a concrete commitment", (0, 84))]
    narrow = [line.plain for line in evidence_lines(sentence, ev, expanded=True, more_key="F8")]
    assert narrow[0].endswith("“I can't take the whole week since I fly…”")
    wide = evidence_lines(sentence, ev, expanded=True, more_key="F8", quote_cells=75)
    assert "since I fly home on the 29th, but I can co" in wide[0].plain

    from roleplay.engine import Session
    from roleplay.tui.widgets.score_card import render_card

    result = Session.start(budget(), FixedScorer(), 7).reply(sentence)
    result = dataclasses.replace(
        result, score=dataclasses.replace(result.score, evidence=tuple(ev))
    )
    assert "since I fly…”" in str(render_card(result, width=60))  # as at 80 columns
    assert "since I fly home on the 29th" in str(render_card(result, width=150))


def _rows_after(lines: list[str], start: str) -> list[str]:
    """The rows from the one that starts (after spaces) with ``start`` up to the next row that
    is not a continuation (a continuation starts with more spaces than the first row)."""
    first = next(n for n, row in enumerate(lines) if row.lstrip().startswith(start))
    lead = len(lines[first]) - len(lines[first].lstrip())
    rows = [lines[first]]
    for row in lines[first + 1 :]:
        if not row.strip() or len(row) - len(row.lstrip()) <= lead:
            break
        rows.append(row)
    return rows


LONG = Evidence(
    "collaboration",
    42,
    "engaged with their view before giving yours, and offered a way to meet their goal",
    (0, 40),
)


def test_a_long_card_line_goes_on_under_its_reason() -> None:
    """probe18: a wrapped evidence line went on under its points, at the card's left edge."""
    from roleplay.engine import Session
    from roleplay.tui.widgets.score_card import render_card

    result = Session.start(budget(), FixedScorer(), 7).reply(GOOD_REPLIES[0])
    result = dataclasses.replace(result, score=dataclasses.replace(result.score, evidence=(LONG,)))
    card = render_card(result, width=45)
    assert not isinstance(card, str)
    lines = str(card).split("\n")
    rows = _rows_after(lines, "+42C  engaged")
    assert len(rows) >= 3 and all(len(row) <= 45 for row in lines)
    column = rows[0].index("engaged")
    assert all(row[:column].isspace() and row[column] != " " for row in rows[1:])
    assert " ".join(row.strip() for row in rows).startswith("+42C  engaged with their view")


class _LongReasons(FixedScorer):
    """The fixed scorer, with a long reason first (as the semantic scorer's can be)."""

    def score(self, item: ScoreInput) -> Score:
        score = super().score(item)
        return dataclasses.replace(score, evidence=(LONG, *score.evidence))


@pytest.mark.parametrize("width", [80, 200])
async def test_the_debrief_hangs_a_long_evidence_line_under_its_reason(width: int) -> None:
    """probe18: at 80 columns the debrief's evidence lines went on at the section's edge (two
    cells left of the points) instead of under their reason; at 200 too wide to wrap."""

    app = make_app(budget(), scorer=_LongReasons())
    async with app.run_test(size=(width, 40)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await end_here(pilot, app)
        shown = await strongest_turn(pilot, app)
        lines = shown.render().plain.split("\n")
        evidence = [row for row in lines if row.startswith("  +") or row.startswith("  -")]
        assert evidence, lines
        for first in evidence:
            rows = _rows_after(lines, first.strip()[:12])
            assert all(len(row) <= shown.content_size.width for row in rows)
            column = len(first) - len(first.lstrip()) + len(first.split("  ")[1]) + 2
            for row in rows[1:]:
                assert row[:column].isspace() and row[column] != " ", rows
        wrapped = [len(_rows_after(lines, row.strip()[:12])) > 1 for row in evidence]
        assert any(wrapped) == (width == 80), lines


class _WholeReply(FixedScorer):
    """The fixed scorer, with a reason quoting the whole reply first."""

    def score(self, item: ScoreInput) -> Score:
        score = super().score(item)
        whole = Evidence(
            "listening", 50, "answered with a concrete commitment", (0, len(item.reply))
        )
        return dataclasses.replace(score, evidence=(whole, *score.evidence))


@pytest.mark.parametrize("width", [80, 200])
async def test_a_wide_debrief_shows_more_of_each_quote(width: int) -> None:
    """probe18: at 200 columns the debrief cut every quote after 40 characters (the card shows
    up to half its width since probe17); at 80 columns it still cuts at 40."""

    app = make_app(budget(), scorer=_WholeReply())
    async with app.run_test(size=(width, 40)) as pilot:
        await conversation_ready(pilot, app)
        await say(pilot, app, GOOD_REPLIES[0])
        await end_here(pilot, app)
        shown = await strongest_turn(pilot, app)
        text = " ".join(shown.render().plain.split())
        quoted = text.split("answered with a concrete commitment “")[1].split("”")[0]
        if width == 80:
            assert len(quoted) == 40 and quoted.endswith("…")
        else:  # half the section's width (about 98 of the 126 characters)
            assert len(quoted) > 90 and "real pressure on you" in quoted


def test_a_debrief_list_item_goes_on_under_its_text() -> None:
    """probe18: an item of the debrief's lists (what the counterpart cared about, the advice,
    the decisive moves) went on under its bullet or its 'Turn 1:' when it wrapped."""
    from rich.text import Text

    from roleplay.tui.screens.debrief import listed
    from roleplay.tui.widgets.hanging import hang_lines

    section = Text("What Dana really cared about\n")
    section.append("• No surprises late in the quarter; she was burned by an overrun last year.\n")
    section.append("Turn 1: A better reply would acknowledge how they seemed to feel (pressured)")
    rows = hang_lines(listed(section)(40), 40).plain.split("\n")
    assert rows[0] == "What Dana really cared about"
    bullet = [r for r in rows if r.startswith("• ")][0]
    after = rows[rows.index(bullet) + 1]
    assert after.startswith("  ") and after[2] != " "
    turn = [r for r in rows if r.startswith("Turn 1: ")][0]
    after = rows[rows.index(turn) + 1]
    assert after.startswith(" " * 8) and after[8] != " "
    assert all(len(r) <= 40 for r in rows)
