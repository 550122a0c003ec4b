"""A short answer says something only of what it was asked about (issue 12): "No." to "Can you
get me a one-page answer by Wednesday?" refuses the one-pager, and no longer meets the intent
that holds the data-residency rule on its "I can't" alone. Checked on a shipped scenario, a
landlord and an IT desk: the word test itself, a no and a yes to the crux still read, a no to a
side request, a line whose earlier sentence names the crux, and the explanation."""

from __future__ import annotations

from roleplay.nlp.intent_answer_object import about, objects
from roleplay.nlp.intents import ANSWER_ELSEWHERE

from .shipped import shipped_matcher
from .test_intent_answer import ADMIN, CAT, LANDLORD

ONE_PAGER = (
    "So can you get me a one-page answer for their IT director by Wednesday? If it's in "
    "writing, I can close Friday."
)


def test_about_reads_content_words_by_stem() -> None:
    words = objects(
        [
            ("I'll have the one-pager to you by Wednesday morning.",),
            ("I can't approve US hosting for patient data.", "Patient data stays in the EU."),
        ]
    )
    assert about("I can't get you a one-page answer by Wednesday.", words).tolist() == [
        True,
        False,
    ]
    assert about("We can't host them in Frankfurt.", words).tolist() == [False, True]
    # words of no topic and pronouns name nothing
    assert about("I can't do that for you today.", words).tolist() == [False, False]


def test_a_no_to_a_side_request_does_not_hold_the_rule() -> None:
    matcher = shipped_matcher("compliance_bend")
    for no in ("No.", "Nope.", "Absolutely not.", "No, sorry."):
        assert "hold_eu_rule" not in matcher.matched(no, asked=ONE_PAGER)
    # a yes to the same line still promises the one-pager
    assert matcher.matched("Sure.", asked=ONE_PAGER)[:1] == ("promise_fast_answer",)
    # and a no to the crux still holds the rule
    crux = "Can we host them in the US for now?"
    assert matcher.matched("No.", asked=crux)[:1] == ("hold_eu_rule",)
    assert matcher.matched("Sure.", asked=crux)[:1] == ("concede_us_hosting",)


def test_score_says_why_the_reading_met_nothing() -> None:
    rows = {s.name: s for s in shipped_matcher("compliance_bend").score("No.", asked=ONE_PAGER)}
    assert not rows["hold_eu_rule"].matched
    assert rows["hold_eu_rule"].blocked == ANSWER_ELSEWHERE


def test_only_the_sentence_answered_counts() -> None:
    # the line names the cat before it asks for a plumber: a no refuses the plumber, not the cat
    line = "The cat settled in fine, thanks. Could you send a plumber round by Friday?"
    assert "refuse_pet" not in LANDLORD.matched("No.", asked=line)
    assert "allow_pet" not in LANDLORD.matched("Sure.", asked=line)
    assert LANDLORD.matched("No.", asked=CAT)[:1] == ("refuse_pet",)


def test_a_side_request_on_the_it_desk() -> None:
    line = "While you're here, can you reset my VPN token before lunch?"
    assert ADMIN.matched("No.", asked=line) == ()
    assert ADMIN.matched("Sure.", asked=line) == ()
    line = "Could you give me admin rights on the laptop, just for this week?"
    assert ADMIN.matched("Nope.", asked=line)[:1] == ("refuse_admin",)
