"""Issue 11, rules 161-166 (docs/scoring.md): plain replies read right on lines nobody tuned on.

- 161: "not" before a verb in -ing opens a noun phrase ("Eleven days of not knowing is awful."):
  the cue said of that phrase is not negated;
- 162: "No." to their yes/no question that doubts themselves ("am I overreacting?") reassures;
- 163: a dismissing word in their doubt reported back ("You're asking if you're overreacting")
  dismisses nothing;
- 164: openness words that close on an open-ended "so let's keep talking about it" or "but I'll
  need to think about it" put them off;
- 165: the speaker already doing what they asked ("Moving it now.") is a next step;
- 166: mock concern ("your precious rating", "whatever will you do", "Wow, ..., very neighbourly
  of you") is sarcasm.

Partners in dating, friendship, health, neighbours, online selling, a research lab, engineering
and HR; each rule has hard negatives that keep their reading.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.deferral import defers
from roleplay.scoring.their_doubt import answers_their_doubt

from .reasons import reasons, score

GHOSTED = (
    "so the guy i'd been seeing for 3 months just.. stopped replying. its been 11 days. i keep "
    "checking if hes been online lol. i feel so stupid"
)
FRIENDS = (
    "found out my 'best friends' made a separate group chat without me and planned a whole "
    "weekend away. we've been friends since uni, 12 years. am i overreacting for being this hurt?"
)
SCAN = "The scan results come back in three weeks and I can't think about anything else."
CODE_REVIEW = "I rewrote the whole module after review. Was I wrong to push back on the lead?"
VAN = (
    "To whoever keeps parking the white van across the dropped kerb: my dad uses a wheelchair. "
    "I've left notes. Next time I'm calling the council and getting it towed."
)
PRAM = "You left me 1 star for the pram saying the wheel squeaks. Take it down."
LOAN = "Can you lend me Tomasz for three months?"
ROTA = "You put me on nights again for the third month running. Change it."


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


# -- 161 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (GHOSTED, "Eleven days of not knowing is awful."),
        (SCAN, "Three weeks of not knowing sounds exhausting."),
        (CODE_REVIEW, "Not being heard after all that rewriting must have felt awful."),
    ],
)
def test_a_cue_said_of_a_negated_gerund_is_not_negated(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not any(r.startswith("negated a supportive phrase") for r in said)
    assert any(r.startswith("acknowledged it's hard") for r in said)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SCAN, "It's not that bad, honestly."),
        (GHOSTED, "That's not awful at all."),
    ],
)
def test_a_plain_negation_still_negates(partner: str, reply: str) -> None:
    assert not any(r.startswith("acknowledged it's hard") for r in _said(reply, partner))


# -- 162 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("No.", FRIENDS),
        ("No, not at all.", CODE_REVIEW),
        ("Of course not!", "Is it stupid that I still cry about the dog?"),
        ("No, you're not.", "Am I being unreasonable here?"),
    ],
)
def test_no_to_their_doubt_about_themselves_reassures(sentence: str, partner: str) -> None:
    assert answers_their_doubt(sentence, partner)


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        ("No.", LOAN),  # a request
        ("No.", ROTA),
        ("No, and here's why.", FRIENDS),  # more than a no
        ("Not at all.", "Is the room free on Tuesday?"),  # not about themselves
    ],
)
def test_no_to_a_request_is_no_reassurance(sentence: str, partner: str) -> None:
    assert not answers_their_doubt(sentence, partner)


def test_a_no_to_their_doubt_is_no_flat_refusal() -> None:
    reply = "No. Being left out of something that big by people you've known that long hurts."
    assert not any("flat" in r for r in _said(reply, FRIENDS))
    assert any("flat refusal" in r for r in _said("No.", LOAN))


# -- 163 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FRIENDS, "You're asking if you're overreacting, but twelve years is a long friendship."),
        (SCAN, "You're worried you're being too sensitive about a scan, and you aren't."),
        (CODE_REVIEW, "You wonder whether you're overthinking the push-back."),
    ],
)
def test_their_doubt_reported_back_dismisses_nothing(partner: str, reply: str) -> None:
    assert not any(r.startswith("dismissed their feelings") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FRIENDS, "Honestly, you're overreacting."),
        (FRIENDS, "I wonder if you're overreacting."),  # the speaker's own doubt about them
        (SCAN, "You're being too sensitive about a scan."),
    ],
)
def test_a_dismissal_said_by_the_speaker_stays(partner: str, reply: str) -> None:
    assert any(r.startswith("dismissed their feelings") for r in _said(reply, partner))


# -- 164 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I'm open to a solution that works for everyone, but I need to park, so let's keep "
        "talking about it.",
        "Happy to find a solution for both of us, but reviews are meant to be honest so I'll "
        "need to think about it.",
        "I get it, but I'd like to sleep on it.",
    ],
)
def test_an_open_ended_close_is_a_stall(text: str) -> None:
    assert defers(text)


@pytest.mark.parametrize(
    "text",
    [
        "Hmm, I will have to think about this offer.",  # considering, no brush-off
        "Let me think about it and I'll send you a rota by Friday.",  # brings something back
        "Let's keep talking about what the ward needs.",
    ],
)
def test_considering_is_no_stall(text: str) -> None:
    assert not defers(text)


# -- 165 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (VAN, "Didn't know about your dad. Moving it now."),
        (PRAM, "You're right about the listing. Changing it now."),
        (ROTA, "Fair. Swapping your nights for days today."),
    ],
)
def test_doing_what_they_asked_now_is_a_next_step(partner: str, reply: str) -> None:
    assert any("concrete next step" in r for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (VAN, "Moving on now."),
        (PRAM, "Leaving it now."),
        (ROTA, "Going home now."),
    ],
)
def test_moving_on_or_leaving_is_no_step(partner: str, reply: str) -> None:
    assert not any("concrete next step" in r for r in _said(reply, partner))


# -- 166 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PRAM, "Oh no, your precious rating, whatever will you do."),
        (VAN, "Wow, calling the council over a van, very neighbourly of you."),
        (ROTA, "Your precious little weekends, whatever will you do."),
    ],
)
def test_mock_concern_is_sarcasm(partner: str, reply: str) -> None:
    assert any(r.startswith("sarcasm") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ROTA, "What will you do about childcare on the nights?"),
        (VAN, "That's very kind of you to let me know about your dad."),
        (PRAM, "I won't take up your precious time: I'll edit the review tonight."),
    ],
)
def test_no_mock_concern(partner: str, reply: str) -> None:
    assert not any(r.startswith("sarcasm") for r in _said(reply, partner))
