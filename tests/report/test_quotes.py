"""The learner's words are quoted one way wherever a person reads them: “like this” (the TUI's
card had curly quotes, plain mode, `roleplay score` and the exports straight ones in
parentheses, the debrief's advice straight ones without)."""

from __future__ import annotations

import re

from roleplay.quotes import reason_for_people, split_quote
from roleplay.scoring.types import Evidence

from ..budget import PLAY_BUDGET
from ..cli.helpers import run_main

# learner's words in straight quotes: ("...") or a quoted word after a space
STRAIGHT = re.compile(r'\("[^"]*"\)|\s"[^"\s][^"]*"')


def test_a_reason_ends_in_curly_quotes_with_or_without_parentheses() -> None:
    assert reason_for_people('asked a question ("Could we?")') == "asked a question “Could we?”"
    assert reason_for_people('paraphrased "Friday"') == "paraphrased “Friday”"
    assert reason_for_people("missed every key point") == "missed every key point"
    # words that hold straight quotes themselves are quoted whole
    assert split_quote('caps empathy at 30 ("He said "no" twice")') == (
        "caps empathy at 30",
        'He said "no" twice',
    )
    # only the quote at the end is the learner's words
    assert reason_for_people('said "x" and more') == 'said "x" and more'


def test_the_tui_card_reads_quotes_with_quotes_inside_as_plain_mode_does() -> None:
    from roleplay.tui.widgets.score_card import evidence_line, group_evidence

    reply = 'He said "no" twice, so what now?'
    ev = Evidence("empathy", -5, 'brushed it aside ("He said "no" twice")', (0, 18))
    (group,) = group_evidence([ev])
    line = evidence_line(reply, group).plain
    assert line.endswith('brushed it aside “He said "no" twice”'), line


def test_plain_mode_the_debrief_and_the_exports_quote_one_way(product_scorer: None) -> None:
    replies = (
        "I hear the board needs the numbers by Friday. What matters most to them?\n"
        "Could we phase it over two quarters, with the launch protected?\n/end\n"
    )
    played = run_main("play", PLAY_BUDGET, "--plain", "--mode", "coach", stdin=replies)
    assert "“What matters most to them?”" in played.stdout
    assert "pick up “" in played.stdout  # the debrief's advice
    for fmt in ("md", "html"):
        exported = run_main("export", "last", "--format", fmt)
        assert exported.returncode == 0, exported.stderr
        text = exported.stdout.split("<body")[-1].replace("&quot;", '"').replace("&#x27;", "'")
        assert "“What matters most to them?”" in text, fmt
        assert not STRAIGHT.search(text), (fmt, STRAIGHT.search(text))
    shown = [line for line in played.stdout.splitlines() if line.startswith("    ")]
    assert shown and not any(STRAIGHT.search(line) for line in shown)
    assert not STRAIGHT.search(played.stdout.split("What to try next time:")[-1])


def test_a_note_after_the_words_keeps_them_in_curly_quotes() -> None:
    """probe17: a diminished acknowledgement's reason ends in the scorer's note, so the words
    before it stayed in straight quotes in parentheses (plain mode, `score`, the exports) and
    the TUI card printed the reason raw, quotes and all."""
    reason = 'showed you understood ("I get that") (one more acknowledgement: diminishing returns)'
    assert reason_for_people(reason) == (
        "showed you understood “I get that” (one more acknowledgement: diminishing returns)"
    )
    assert split_quote(reason) == (
        "showed you understood (one more acknowledgement: diminishing returns)",
        "I get that",
    )
    assert reason_for_people('paraphrased "Friday" (again)') == "paraphrased “Friday” (again)"

    from roleplay.tui.widgets.score_card import evidence_line, group_evidence

    reply = "Friday is tight, I get that."
    ev = Evidence("empathy", 10, reason, (17, 27))
    (group,) = group_evidence([ev])
    line = evidence_line(reply, group).plain
    assert line == (
        "+10E  showed you understood “I get that” (one more acknowledgement: diminishing returns)"
    ), line
