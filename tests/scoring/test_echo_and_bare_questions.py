"""Issue 11, rules 128 (extended), 129 and 130 (docs/scoring.md): their line pasted back, a
volley of question words, and denial, whataboutism and "go away" in warm words.

Found by the lead's third gaming probe (20 kinds on the eight untuned partner lines of
`contrast_pairs.NEW_LINES`): their line copied back after "I hear you:" ranked above the plain
decent reply on 4 of 8 lines, "Why do you say <their line>?" on 4, "What happened? When? Who?
Why? How? What next?" on 6, "I hear you, but what about all the times you were late?" on 5,
and a long warm paragraph ending "Now go away." on 7. Partners in procurement, health, housing,
management, an online community and HR; the hard negatives quote a phrase of theirs inside a
question of the speaker's own, ask one question word after a real question, and use "what
about" to propose.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

VENDOR = "Procurement wants us to switch to the cheaper vendor, but their API failed our load test twice."
PAIN = "I've had chest pains on and off for a week and my GP can't see me until the 20th."
MANAGER = "I'm a new manager and my old teammates now ignore my requests in stand-up."
DEPOSIT = (
    "My landlord kept my whole deposit for 'cleaning' even though I paid for a professional clean."
)
DECENT = {
    VENDOR: "Two failed load tests is a real risk. Could we share the results with procurement and ask for a paid retest?",
    PAIN: "Chest pain for a week is worrying. Could you ring 111 today so someone checks it sooner?",
    MANAGER: "That switch is awkward. Which requests get ignored most? We could agree norms together at the retro.",
    DEPOSIT: "Losing the whole deposit after paying a cleaner is maddening. Do you have the cleaner's receipt?",
}
LINES = list(DECENT)


@pytest.mark.parametrize("partner", LINES)
def test_their_line_pasted_back_is_no_restatement(partner: str) -> None:
    reply = "I hear you: " + partner[0].lower() + partner[1:] + " I understand."
    result = score(reply, partner)
    said = reasons(result)
    assert not [r for r in said if "restates their point" in r or r.startswith("framed it")]
    assert len([r for r in said if r.startswith("picked up their words")]) <= 1
    assert result.overall < score(DECENT[partner], partner).overall


@pytest.mark.parametrize("partner", LINES)
def test_a_question_round_their_line_earns_a_question_only(partner: str) -> None:
    reply = "Why do you say " + partner[0].lower() + partner[1:].rstrip(".?!") + "?"
    result = score(reply, partner)
    said = reasons(result)
    assert not [r for r in said if r.startswith(("followed up", "asked about their needs"))]
    assert result.overall < score(DECENT[partner], partner).overall


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (VENDOR, "You said their API failed the load test twice: which test, and what broke?"),
        (PAIN, "'On and off for a week' - is it there when you're resting too?"),
        (DEPOSIT, "Whole deposit for 'cleaning'? Do you have the cleaner's receipt?"),
    ],
)
def test_a_phrase_of_theirs_inside_a_question_of_ones_own_still_listens(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    assert [r for r in said if r.startswith(("picked up their words", "followed up", "quoted"))]
    assert [r for r in said if "question" in r]


@pytest.mark.parametrize("partner", LINES)
def test_a_volley_of_question_words_is_no_listening(partner: str) -> None:
    result = score("What happened? When? Who? Why? How? What next?", partner)
    assert result.overall < score(DECENT[partner], partner).overall
    said = reasons(result)
    assert not [r for r in said if "affirms their strength" in r]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PAIN, "That sounds frightening. Where exactly is the pain? When?"),
        (MANAGER, "Which requests get ignored? Why, do you think?"),
    ],
)
def test_one_question_word_after_a_real_question_still_asks(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.same_side != "across"
    assert [r for r in reasons(result) if "question" in r]


@pytest.mark.parametrize(
    ("partner", "reply", "reason"),
    [
        (MANAGER, "I understand you feel that way, but that never happened.", "dismissed"),
        (DEPOSIT, "Honestly, I think you're making this up.", "dismissed"),
        (VENDOR, "I hear you, but what about all the times you were late?", "blamed"),
        (PAIN, "Sure, but what about when you skipped your check-up?", "blamed"),
        (
            MANAGER,
            "I really appreciate you bringing this to me and I want you to know I'm fully "
            "committed to supporting you in every way possible. Now go away.",
            "dismissed",
        ),
    ],
)
def test_denial_whataboutism_and_go_away_in_warm_words(
    partner: str, reply: str, reason: str
) -> None:
    result = score(reply, partner)
    assert [r for r in reasons(result) if r.startswith(reason)]
    assert result.overall < score(DECENT[partner], partner).overall


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (VENDOR, "What about asking for a paid retest before we switch?"),
        (PAIN, "I'll make sure the pain never goes unchecked again: ring 111 today."),
        (MANAGER, "What about when you run the retro: could you set the norms there?"),
    ],
)
def test_what_about_as_a_proposal_is_no_blame(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert not [r for r in said if r.startswith(("blamed", "dismissed"))]
