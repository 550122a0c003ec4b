"""The picker's filter finds what a newcomer means: each typed word must begin a word.

Found by a newcomer: typing "date" to find "Negotiate a date you cannot meet" and pressing Enter
started "Take critical feedback from your manager", listed first because its summary says
"forecast update". Words typed now match the start of words, and titles come before entries
that match only in their summary.
"""

from __future__ import annotations

from roleplay.scenario.catalogue import CatalogueEntry

DATE = CatalogueEntry(
    None,
    "stakeholder_negotiation",
    "Negotiate a date you cannot meet",
    summary="Sales promised a customer the integration by the 1st.",
    difficulty="medium",
    counterpart="Priya, Sales director",
)
FEEDBACK = CatalogueEntry(
    None,
    "receiving_feedback",
    "Take critical feedback from your manager",
    summary="Your forecast update ran long and you argued with the VP.",
    difficulty="easy",
    counterpart="Grace, Analytics manager",
)
BUDGET = CatalogueEntry(
    None,
    "budget_pushback",
    "Push back on a budget cut",
    summary="Finance wants 30% out of your Q3 budget by Friday; the date is fixed.",
    difficulty="easy",
    counterpart="Dana, Finance director",
)


def test_a_word_inside_another_word_does_not_match() -> None:
    assert DATE.match_rank("date") == 0
    assert FEEDBACK.match_rank("date") is None  # "update" ends in "date"
    assert BUDGET.match_rank("date") == 1  # only its summary: listed after the titles


def test_the_start_of_any_word_shown_matches_and_every_word_must() -> None:
    assert DATE.match_rank("negot") == 0
    assert BUDGET.match_rank("push") == 0 and BUDGET.match_rank("pushback") == 0  # the id
    assert BUDGET.match_rank("back") == 0  # "Push back" in the title
    assert FEEDBACK.match_rank("grace") == 1  # the counterpart
    assert FEEDBACK.match_rank("EASY") == 1  # the level, any case
    assert BUDGET.match_rank("30%") == 1
    assert BUDGET.match_rank("budget grace") is None
    assert DATE.match_rank("  ") == 0 and DATE.matches("")


def test_hard_negatives_inside_words() -> None:
    assert BUDGET.match_rank("ush") is None
    assert DATE.match_rank("tiate") is None
    assert not FEEDBACK.matches("itical")
