"""Issue 11, the tenth pass: known defects of the semantic scorer, each pinned by a test that
failed before its fix (docs/scoring.md rules 1, 4 and 24).

- A stray key ("m") or a run along one row of the keyboard ("asdf") was scored as a neutral
  reply; now it is `gibberish` like longer keyboard mash, while "k", "y", "n", "OK" and "No." stay
  real replies.
- Markup earned points: a tag's letters ("<img src=x>") counted as words, and a quoted line ("> "
  and their own line) as a restatement. Now tags, emphasis markers and quoted lines are blanked out
  before scoring (spans still point into the reply as typed).
- A cave ("Fine, we'll go with the higher price then") earned "restates their point", and a cave
  with a date ("Fine, we'll get bulk import in for March") a concrete next step and "answered
  their request".
"""

from __future__ import annotations

import pytest

from roleplay.scoring.caving import caves
from roleplay.scoring.markup import unmarked
from roleplay.scoring.readable import unreadable_reason

from .reasons import reasons, score


@pytest.mark.parametrize(
    "reply",
    [
        "m",
        "asdf",
        "hjkl",
        "qwerty",
        "sdf",
        "sdfsdf qwer",
        "m m",
        "x",
        "m.",
        # the lead's gaming probe of the seventeenth pass: five row runs were one word too many
        # for this check, and a held key was scored
        "asdf jkl; qwerty uiop zxcv",
        "asdf hjkl qwer zxcv uiop sdfg",
        "aaaaaaa",
        "jjjj kkkk",
    ],
)
def test_stray_keys_and_runs_along_a_keyboard_row_are_gibberish(reply: str) -> None:
    assert unreadable_reason(reply) == "gibberish"
    result = score(reply, "Can you cover the on-call shift on Saturday?")
    assert not result.scored and result.reason == "gibberish"


@pytest.mark.parametrize(
    "reply",
    [
        "k",
        "y",
        "n",
        "OK",
        "No.",
        "K.",
        "I",
        "ffs",
        "thx",
        "typewriter",
        "I need the asdf file",
        "ok m",
        # a letter held for emphasis in a real word is a word ("Noooo" had been gibberish)
        "Noooo",
        "Sooooo tired",
        "Pleeeease",
        "zzz",
        "hmmmm",
    ],
)
def test_one_letter_replies_chat_words_and_row_words_in_a_sentence_are_scored(reply: str) -> None:
    assert unreadable_reason(reply) is None


BULK = "Sales wants bulk import in the March release, but we're already at capacity."


@pytest.mark.parametrize(
    "reply",
    ["<img src=x>", "> " + BULK, "> we're already at capacity\n>\n> " + BULK, "**` `**"],
)
def test_a_reply_of_markup_or_quoted_lines_alone_has_no_words_of_its_own(reply: str) -> None:
    result = score(reply, BULK)
    assert not result.scored and result.reason == "no_words"


@pytest.mark.parametrize(
    ("marked", "plain"),
    [
        ("**Yes** <img src=x onerror=alert(1)>", "Yes"),
        ("> we're already at capacity\n\nYes.", "Yes."),
        ("<b>March is full.</b>", "March is full."),
        ("# Plan\nWe could move reporting to `April`.", "Plan\nWe could move reporting to April."),
    ],
)
def test_markup_and_quoted_lines_earn_nothing_beyond_the_words_around_them(
    marked: str, plain: str
) -> None:
    a, b = score(marked, BULK), score(plain, BULK)
    assert (a.listening, a.empathy, a.collaboration) == (b.listening, b.empathy, b.collaboration)
    for e in a.evidence:  # spans still point into the reply as typed
        assert e.span is not None and marked[e.span[0] : e.span[1]].strip()
    assert "restates their point" not in " ".join(reasons(a))


def test_unmarked_keeps_the_length_and_leaves_plain_text_and_comparisons_alone() -> None:
    for text in ("Costs went up > 5% and 2 > 1.", "We're at capacity >= 90%.", "plain text"):
        assert unmarked(text) == text
    marked = "> quoted\n**bold** and <i>tag</i>"
    assert len(unmarked(marked)) == len(marked)
    assert unmarked(marked).split() == ["bold", "and", "tag"]


# (partner, a cave, the same commitment with a condition, a reason or a plan of their own)
CAVES = [
    (  # procurement
        "Their quote is higher than last year, but the higher price buys us a better support tier.",
        "Fine, we'll go with the higher price then.",
        "We'll go with the higher price if they add the onboarding days in writing.",
    ),
    (  # product planning
        BULK,
        "Fine, we'll get bulk import in for March as well, no problem.",
        "We'll get bulk import in for March if the reporting work moves to April.",
    ),
    (  # HR / scheduling
        "Can you work the Christmas shift this year? Nobody else has volunteered.",
        "Whatever, I'll work Christmas then.",
        "I'll work Christmas if I can have New Year's Eve off.",
    ),
    (  # healthcare operations
        "The ward needs the rota finalised by Monday or we lose the agency cover.",
        "I guess we'll just finalise the rota by Monday.",
        "I'll finalise the rota by Monday and send it to the agency first thing.",
    ),
]


@pytest.mark.parametrize(("partner", "cave", "kept"), CAVES)
def test_a_cave_is_no_restatement_no_next_step_and_no_answer(
    partner: str, cave: str, kept: str
) -> None:
    assert caves(cave) and not caves(kept)
    said = " ".join(reasons(score(cave, partner)))
    assert "restates their point" not in said
    assert "concrete next step" not in said
    assert "answered their request" not in said


def test_a_commitment_without_a_resigned_yes_keeps_its_credit() -> None:
    said = " ".join(
        reasons(score("OK, I'll draft the bulk import plan for March by Friday.", BULK))
    )
    assert "concrete next step" in said and "answered their request" in said
    kept = " ".join(reasons(score(CAVES[1][2], BULK)))
    assert "concrete next step" in kept


def test_a_resigned_yes_as_a_sentence_of_its_own_caves_too() -> None:
    assert caves("We'll get bulk import in for March.", "Fine. ")
    assert caves("I'll cover it.", "We talked. Whatever. ")
    said = " ".join(reasons(score("Fine. We'll get bulk import in for March.", BULK)))
    assert "concrete next step" not in said and "answered their request" not in said


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("Fine by me, I'll send it Friday.", ""),
        ("That's fine, we'll book the room.", ""),
        ("I'll call you then.", ""),
        ("We'll book the room.", "That's fine. "),
        ("Fine, we'll get it in for March if reporting moves to April.", ""),
        ("We'll get it in for March as long as reporting moves.", "Fine. "),
    ],
)
def test_fine_or_then_in_an_ordinary_commitment_or_a_condition_is_no_cave(
    text: str, before: str
) -> None:
    assert not caves(text, before)
