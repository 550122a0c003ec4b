"""Issue 11, rules 174-175 (docs/scoring.md): replies that sound skilled but miss.

- 174: a question or a proposal that moves the talk to another matter ("I hear you. Shall we
  grab a coffee and talk about the team offsite?", "How are the kids doing these days?") earns
  nothing for its wording, is `changed the subject`, and takes back the stock acknowledgement
  before it;
- 175: a glad or unbothered feeling guessed for a troubled line ("You seem really excited about
  this." to a refusal) reflects nothing.

Partners in engineering, health, sales, HR, the public sector, education, construction and
family life; hard negatives for each (their matter in other words, a kind offer of a break, a
question about their experience, small talk after a greeting, a glad feeling they gave ground
for).
"""

from __future__ import annotations

import pytest

from roleplay.scoring.caving import caves
from roleplay.scoring.easy_story import easy_story
from roleplay.scoring.pressed_no import presses_no, refused
from roleplay.scoring.subject_change import changes_subject
from roleplay.scoring.unfounded_feeling import unfounded

from .reasons import reasons, score

LOAN = (
    "I can't give you Priya for the migration. She's the only one who knows the billing system "
    "and we're short-staffed until March."
)
SCAN = "My scan got pushed back again to next month and I keep imagining the worst."
LEAVE = (
    "My request for two weeks off in August was turned down again, and it's the only time my "
    "kids are off school."
)
CONSULT = (
    "No, we won't extend the consultation again. It's already run six weeks longer than the law "
    "requires."
)
PAPER = (
    "The journal rejected our paper after two years of work because one reviewer thinks the "
    "sample is too small."
)
KITCHEN = (
    "I need the kitchen finished by the 14th. My mother arrives on the 15th and she's staying "
    "with us for a month."
)
EXAM = (
    "We can't regrade your son's exam. The appeal window closed in June and the board won't "
    "reopen it."
)
CLEAR = "The biopsy came back clear! I can finally sleep again."
GRADUATED = "My daughter graduated yesterday, first in our family to go to university."


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


# -- 174 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LOAN, "Shall we grab a coffee and talk about the team offsite?"),
        (LOAN, "Can we move on to the roadmap now?"),
        (LEAVE, "Let's talk about your performance goals instead."),
        (CONSULT, "Can we move on to the budget item?"),
        (PAPER, "Shall we plan the lab social?"),
        (SCAN, "How are the kids doing these days?"),
        (SCAN, "What are you up to this weekend?"),
        (LOAN, "How are you finding the new office, by the way?"),
        (PAPER, "Are you excited about the conference in Lisbon?"),
        (KITCHEN, "How was your holiday in Spain?"),
    ],
)
def test_another_matter_changes_the_subject(partner: str, reply: str) -> None:
    assert changes_subject(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # their matter in other words, or pointing back at it
        (LOAN, "Could we talk about who else has touched billing?"),
        (LEAVE, "Shall we talk about which two weeks would work?"),
        (SCAN, "Do you want to talk about what's been happening?"),
        (PAPER, "Could we go through the reviewer's comments together?"),
        (KITCHEN, "Can we talk about the tiling order for the 14th?"),
        # a kind offer of a break, a question about their experience
        (SCAN, "We can talk about something else if this is too much right now."),
        (SCAN, "How are you sleeping these days?"),
        (SCAN, "How are you holding up this weekend?"),
        (EXAM, "How is he taking it?"),
        # small talk after a greeting: no matter of theirs to move away from
        ("Hi there! How are you?", "Great, thanks. Are you excited about the trip?"),
        # no partner line, nothing to move away from
        ("", "Shall we talk about the roadmap?"),
    ],
)
def test_their_matter_or_them_is_no_change_of_subject(partner: str, reply: str) -> None:
    assert not changes_subject(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply", "decent"),
    [
        (
            LOAN,
            "I hear you. Shall we grab a coffee and talk about the team offsite?",
            "Then Priya stays with you. Is there anyone else who's touched billing, even briefly?",
        ),
        (
            PAPER,
            "I understand. Can we talk about the grant report instead?",
            "Two years and one reviewer's sample worry sinks it. Would the editor take a rebuttal "
            "with the power analysis?",
        ),
        (
            LEAVE,
            "I get it. Let's talk about your performance goals instead.",
            "Two refusals for the one window your kids are off is frustrating. Which two weeks "
            "would you need?",
        ),
        (
            SCAN,
            "How are the kids doing these days?",
            "Another month of not knowing is hard. What does the worst look like in your head?",
        ),
    ],
)
def test_a_change_of_subject_ranks_below_a_plain_reply(
    partner: str, reply: str, decent: str
) -> None:
    assert score(reply, partner).overall < score(decent, partner).overall


def test_the_stock_acknowledgement_before_it_is_taken_back() -> None:
    said = _said("I hear you. Shall we grab a coffee and talk about the team offsite?", LOAN)
    assert any(r.startswith("changed the subject") for r in said)
    assert not any(r.startswith("showed you understood") for r in said)
    assert not any(r.startswith("invited them to shape") for r in said)


def test_an_acknowledgement_of_substance_before_it_stays() -> None:
    said = _said(
        "Losing Priya's billing knowledge would hurt you. How are you finding the new office, "
        "by the way?",
        LOAN,
    )
    assert any(r.startswith("changed the subject") for r in said)
    assert any("Priya" in r for r in said)  # their words in the first sentence still count


# -- 175 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LOAN, "You seem really excited about this."),
        (LOAN, "Sounds like you're bored with the whole thing."),
        (SCAN, "You sound quite relaxed about it."),
        (PAPER, "You seem really happy with the outcome."),
        (EXAM, "You seem relieved about it."),
        (LEAVE, "You must be so pleased."),
        (CONSULT, "It seems like you're fairly indifferent."),
    ],
)
def test_a_glad_feeling_guessed_for_trouble_is_unfounded(partner: str, reply: str) -> None:
    assert unfounded(reply, partner, frozenset())


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CLEAR, "You must be so relieved."),  # good news: the feeling fits
        (GRADUATED, "You must be so proud of her."),  # no trouble in their line
        (SCAN, "You don't seem relaxed about it at all."),  # negated
        (SCAN, "Are you relieved it's not sooner?"),  # a question asks
        (PAPER, "The editor seemed happy with the first round."),  # not said of them
        (PAPER, "I'd be happy to read the rebuttal."),  # the speaker's own
        ("", "You seem really excited about this."),  # no line to contradict
    ],
)
def test_a_glad_feeling_with_ground_or_not_theirs_is_left_alone(partner: str, reply: str) -> None:
    assert not unfounded(reply, partner, frozenset())


def test_a_hopeful_state_gives_ground_for_gladness() -> None:
    assert not unfounded("You seem really excited about this.", LOAN, frozenset({"hope"}))


@pytest.mark.parametrize(
    ("partner", "reply", "decent"),
    [
        (
            LOAN,
            "You seem really excited about this.",
            "Then Priya stays with you. Is there anyone else who's touched billing, even briefly?",
        ),
        (
            EXAM,
            "You seem relieved about it.",
            "So regrading is closed. Is there a resit in the autumn he could take instead?",
        ),
    ],
)
def test_an_unfounded_feeling_ranks_below_a_plain_reply(
    partner: str, reply: str, decent: str
) -> None:
    said = _said(reply, partner)
    assert not any(r.startswith("named a feeling") for r in said)
    assert not any(r.startswith("reflected what they said") for r in said)
    assert score(reply, partner).overall < score(decent, partner).overall


# -- 176 ------------------------------------------------------------------------------------------
LOAN_NO = (
    "You're asking me to lend you Tomasz for three months. He's the only one on my team who "
    "understands the billing reconciler. So no."
)
REFUND = "I told you already, we don't refund opened software. The licence key has been activated."
WARD = "We won't extend the agency contract past June. The budget line ends with the quarter."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LOAN, "What if we borrowed Priya for just two weeks instead?"),
        (LOAN, "How about Priya joins us only on Fridays until March?"),
        (CONSULT, "What if we extended it for just one more week?"),
        (CONSULT, "How about a short two-week extension then?"),
        (EXAM, "How about regrading only the last question?"),
        (REFUND, "What if you refunded just half of it?"),
        (LOAN_NO, "How about six weeks instead of three months?"),
        (WARD, "Could we extend it just for July?"),
    ],
)
def test_asking_again_for_less_of_what_they_refused_presses_their_no(
    partner: str, reply: str
) -> None:
    verbs, things = refused(partner)
    assert presses_no(reply, verbs, things)
    assert any(r.startswith("pressed past their no") for r in _said(reply, partner))
    assert not any(r.startswith("asked about their needs") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # their no taken as it stands, and another thing asked for
        (LOAN_NO, "Then no loan. Could Tomasz run one handover session for us?"),
        (REFUND, "Understood, no refund. Could the key be moved to my other laptop instead?"),
        (EXAM, "So regrading is closed. Is there a resit in the autumn he could take instead?"),
        # a term that meets their reason: a trade, not a haggle
        (LOAN_NO, "What if Tomasz stayed yours and gave us two days a week, with a hard stop?"),
        # a proposal with no smaller size of it
        (CONSULT, "Could we extend our own engagement with the residents' group instead?"),
        # no explicit no in their line
        (SCAN, "What if we asked the clinic for just one cancellation slot?"),
        # what they cannot do is no refusal of a request
        (
            "I can't answer her questions about the outage right now.",
            "Could we get you answers just for the first question by nine?",
        ),
    ],
)
def test_another_ask_or_a_safeguard_presses_nothing(partner: str, reply: str) -> None:
    verbs, things = refused(partner)
    assert not presses_no(reply, verbs, things)


def test_accepting_their_no_ranks_above_pressing_it() -> None:
    pressing = score("How about six weeks instead of three months?", LOAN_NO)
    accepting = score("Then no loan. Could he run one handover session for us?", LOAN_NO)
    assert pressing.overall < accepting.overall


# -- 177 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "reply",
    [
        "We were short-staffed last year too, I just worked weekends.",
        "I had a scan delayed last year and I just stopped thinking about it.",
        "I had a paper rejected three times and I just sent it somewhere else.",
        "My sister moved to Canada and honestly I got used to it fast.",
        "My daughter missed a window once and she just got over it.",
        "I did on-call for a whole year at my last job and just got on with it.",
    ],
)
def test_the_speakers_story_of_getting_past_it_easily(reply: str) -> None:
    assert easy_story(reply)


@pytest.mark.parametrize(
    "reply",
    [
        # a story that validates their feeling
        "When I lost one at nine weeks, I heard the same thing, and it made me feel I wasn't "
        "allowed to be sad.",
        # "just" for "a moment ago", and a wish
        "I just came from a three-day rugby tournament.",
        "I just wanted to say how sorry I am.",
        # their story retold, a question
        "You just pushed through it for months.",
        "Did you just push through it?",
    ],
)
def test_a_story_that_validates_or_no_shrug_is_left_alone(reply: str) -> None:
    assert not easy_story(reply)


@pytest.mark.parametrize(
    ("partner", "reply", "decent"),
    [
        (
            LOAN,
            "Sorry to hear. We were short-staffed last year too, I just worked weekends.",
            "Then Priya stays with you. Is there anyone else who's touched billing, even briefly?",
        ),
        (
            PAPER,
            "Sorry. I had a paper rejected three times and I just sent it somewhere else.",
            "Two years and one reviewer's sample worry sinks it. Would the editor take a rebuttal "
            "with the power analysis?",
        ),
    ],
)
def test_an_easy_story_turns_the_focus_and_ranks_below(
    partner: str, reply: str, decent: str
) -> None:
    said = _said(reply, partner)
    assert any(r.startswith("turned the focus to yourself") for r in said)
    assert not any(r.startswith("picked up their words") for r in said)
    assert score(reply, partner).overall < score(decent, partner).overall


# -- 178 ------------------------------------------------------------------------------------------
BUDGET = "I need 30% out of your Q3 budget. The board wants the numbers by Friday."
ONCALL = "Can you cover my on-call this weekend? My daughter's wedding is on Saturday."


@pytest.mark.parametrize(
    "reply",
    [
        "That would gut the launch, but OK, I'll cut the full 30% by Friday.",
        "I'm already on call next weekend and I'm exhausted, but sure, I'll cover the whole "
        "weekend for you.",
        "Fine, you'll have the full 30% by Friday.",
        "We need her for the audit, but fine, you can keep her for the whole quarter.",
    ],
)
def test_all_they_asked_against_the_speakers_own_word_caves(reply: str) -> None:
    assert caves(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "It's a busy week, but sure, I'll take a look at your CV tonight.",  # no constraint held
        "We can't do all of it, but sure, I'll take Saturday.",  # a part of it
        "It is tight, but OK, I'll cover the whole weekend if you take my Tuesday.",  # a trade
        "I guess you can have one.",  # a concession inside a deal
    ],
)
def test_a_generous_yes_or_a_trade_is_no_cave(reply: str) -> None:
    assert not caves(reply)


def test_a_cave_earns_no_answer_credit_and_ranks_below_a_proposal() -> None:
    cave = "That would gut the launch, but OK, I'll cut the full 30% by Friday."
    said = _said(cave, BUDGET)
    assert not any(r.startswith("answered their request") for r in said)
    proposal = "A 30% cut would stop the launch. Could we do 15% now and review the rest in August?"
    assert score(cave, BUDGET).overall < score(proposal, BUDGET).overall
    kept = "I'm already on call next weekend and I'm exhausted, but sure, I'll cover the whole weekend."
    assert (
        score(kept, ONCALL).overall
        < score("I can take Saturday; could you ask Sam about Sunday?", ONCALL).overall
    )


# -- 179 ------------------------------------------------------------------------------------------
PROMOTION = "I finally got the promotion after three years of trying!"
WEDDING = "Can you cover my on-call this weekend? My daughter's wedding is on Saturday."
SOBER = "Six months sober today. First time since I was twenty."
GRANT = "Our grant came through, the lab is funded for three more years."
BUILD = "I broke the build again and the whole team is blocked."
REDUNDANT = "I was made redundant on Friday after eleven years."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PROMOTION, "Congratulations on the promotion! Three years of trying makes it sweeter."),
        (WEDDING, "Congratulations on the wedding! I can take Saturday."),
        (SOBER, "Congratulations on six months sober, that's huge."),
        (GRANT, "Congratulations on the grant. Three years of runway changes everything."),
    ],
)
def test_congratulations_on_their_own_news_are_no_sarcasm(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not any(r.startswith("sarcasm") for r in said)
    assert score(reply, partner).same_side != "across"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PROMOTION, "Congratulations on finally noticing."),  # a jibe
        (BUILD, "Congratulations on the build, genius."),  # their trouble
        (REDUNDANT, "Congratulations on the redundancy."),  # their trouble
        (GRANT, "Congratulations on your parking space."),  # nothing of theirs
    ],
)
def test_congratulations_as_a_jibe_stay_sarcasm(partner: str, reply: str) -> None:
    assert any(r.startswith("sarcasm") for r in _said(reply, partner))


# -- 174, extended: the subject changed in so many words, a short generic acknowledgement -------
PLATFORM = (
    "We're moving the whole support org to the new ticketing platform by the 31st. I know your "
    "team owns the integrations with billing but that's yours to sort."
)
CANDLES = (
    "someone made a tiktok laughing at my candles. i run a tiny shop from my kitchen. ive had 3 "
    "cancellations today and i just sat on the kitchen floor and cried"
)


def test_a_subject_changed_in_so_many_words_needs_a_matter_mostly_not_theirs() -> None:
    assert changes_subject(
        "While I have you, can we talk about moving my team's standup?", PLATFORM
    )
    assert not changes_subject(
        "By the way, can we talk about the billing integration for the new platform?", PLATFORM
    )


def test_a_short_generic_acknowledgement_before_a_change_of_subject_is_taken_back() -> None:
    reply = "That's so hard. Are you still doing the craft markets at the weekend?"
    said = _said(reply, CANDLES)
    assert any(r.startswith("changed the subject") for r in said)
    assert not any(r.startswith("acknowledged it's hard") for r in said)
    kept = _said(
        "Three cancellations in a day is brutal. Are you still doing the craft markets at "
        "the weekend?",
        CANDLES,
    )
    assert any(r.startswith("acknowledged it's hard") for r in kept)
