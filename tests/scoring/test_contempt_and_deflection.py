"""Issue 11, rules 210-213 (docs/scoring.md): replies that sound skilled, or merely curt, but
miss, scored as misses.

- 210: contempt without warm words ("Classic. Ops decides, engineering cleans up.") and a dare
  ("Then sign with one of the others and enjoy their product.", "Be my guest.") are sarcasm;
- 211: "make an example of me", "for example" ask for no examples, so a verdict with a colon
  gives nothing they asked for;
- 212: a drink, a snack or a seat offered in place of an answer changes the subject;
- 213: a stock acknowledgement, then a proposal to work through a matter none of theirs ("I get
  it. Shall we go through the budget now?") is the speaker's own agenda.

Partners in engineering, operations, health, sales, HR, the public sector, housing and sport;
hard negatives for each (a sincere "classic" or "good luck", a respectful way out, a real request
for examples, water for someone who feels faint, work on their own matter after stock words).
"""

from __future__ import annotations

import pytest

from roleplay.scoring.subject_change import changes_subject
from roleplay.scoring.supplied import ASKS_FOR_INFO

from .reasons import reasons, score

TICKETING = (
    "We're moving the whole support org to the new ticketing platform by the 31st. The old "
    "licence is already cancelled. I know your team owns the billing integrations but that's "
    "yours to sort."
)
FRAMEWORK = (
    "Our framework requires a two-hour on-site response for any P1, 24/7. Your bid says remote "
    "support only. I like your product, but I can't sign something that doesn't meet it."
)
DEADLINE = "Finance moved the close deadline up a week without asking anyone on our team."
BINS = "The council says the bin collection is changing to fortnightly from next month."
SHIFTS = "I'm not taking the night shifts again this month. I've done six in a row."
QUOTE = "Your quote is twenty percent above the other two bids. I can't justify that to my board."
PARKING = (
    "Yes I parked in the bay for twenty minutes, the sign was covered by a hedge, and I'm not "
    "paying a fine because someone wants to make an example of me."
)
EXAMPLES = "You say my reports are sloppy. Give me two examples."
WAIT = (
    "I've been waiting three hours to see a doctor and nobody will tell me where I am in the queue."
)
DESIGN = "The client has rejected the design for the third time and wants it by Friday."
DEPOSIT = "My landlord says he's keeping the whole deposit for a stain on the carpet."
FAINT = "I feel faint, I've been standing in this queue for two hours."
WEEKENDS = "My team's been working weekends for a month and nobody upstairs has noticed."
ROTA = "The new rota means I can't pick my kids up from school any more."
TRANSFER = "The patient's family is furious that nobody called them about the transfer."
PAPER = (
    "The journal rejected our paper after two years of work because one reviewer thinks the "
    "sample is too small."
)


def _sarcasm(reply: str, partner: str) -> bool:
    return any(r.startswith("sarcasm") for r in reasons(score(reply, partner)))


# -- 210 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TICKETING, "Classic. Ops decides, engineering cleans up."),
        (DEADLINE, "Typical. Finance decides and we pick up the pieces."),
        (BINS, "How typical."),
        (FRAMEWORK, "Then sign with one of the others and enjoy their product."),
        (QUOTE, "Then go with one of the cheaper bids and enjoy what you get."),
        (SHIFTS, "Fine, be my guest."),
        (SHIFTS, "Knock yourself out."),
        (QUOTE, "Good luck finding a cheaper supplier who'll do half of what we do."),
        (DEADLINE, "Good luck with that."),
    ],
)
def test_contempt_without_warm_words_is_sarcasm(partner: str, reply: str) -> None:
    assert _sarcasm(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # a sincere "classic", "typical", "good luck", "enjoy"
        (TICKETING, "That's a classic migration risk. Can billing keep a read-only bridge?"),
        (SHIFTS, "It's so typical of you to cover for everyone else first."),
        (FRAMEWORK, "Good luck with the tender, I hope the nurses get what they need."),
        (QUOTE, "Good luck with that board meeting tomorrow!"),
        # a respectful way out is no dare
        (FRAMEWORK, "If on-site is a must, then go with another supplier; I'd understand."),
        (SHIFTS, "Go home tonight and enjoy the rest."),
        (DEADLINE, "Let's try the shorter close once and see how it goes."),
    ],
)
def test_a_sincere_word_or_a_way_out_is_no_sarcasm(partner: str, reply: str) -> None:
    assert not _sarcasm(reply, partner)


@pytest.mark.parametrize(
    ("partner", "poor", "worse"),
    [
        (TICKETING, "Okay.", "Classic. Ops decides, engineering cleans up."),
        (
            FRAMEWORK,
            "We'll think about it.",
            "Then sign with one of the others and enjoy their product.",
        ),
        (SHIFTS, "Noted.", "Fine, be my guest."),
        (BINS, "I see.", "Typical. They cut the service and put the tax up."),
    ],
)
def test_contempt_ranks_below_a_bare_reply(partner: str, poor: str, worse: str) -> None:
    assert score(worse, partner).overall < score(poor, partner).overall


# -- 211 ------------------------------------------------------------------------------------------
def test_an_example_made_of_them_asks_for_nothing() -> None:
    verdict = "The rules are clear: the bay is marked on the map. The fine stands."
    said = reasons(score(verdict, PARKING))
    assert not any(r.startswith("gave what they asked for") for r in said)
    decent = "A hidden sign is fair ground to appeal. Do you have a photo of the hedge?"
    assert score(verdict, PARKING).overall < score(decent, PARKING).overall


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        (PARKING, False),
        ("For example, the build broke twice last week.", False),
        ("This is an example of bad planning, nothing more.", False),
        ("In this instance I think we were both wrong.", False),
        (EXAMPLES, True),
        ("Can you give an example of when I was late?", True),
        ("Any examples of that?", True),
        ("Name one instance where the tests were skipped.", True),
    ],
)
def test_an_idiom_is_no_request_for_examples(line: str, asks: bool) -> None:
    assert (ASKS_FOR_INFO.search(line) is not None) is asks


def test_a_real_request_for_examples_is_still_answered() -> None:
    reply = "Two come to mind: the March outage review and the vendor migration summary."
    said = reasons(score(reply, EXAMPLES))
    assert any(r.startswith("gave what they asked for") for r in said)


# -- 212 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (WAIT, "Would you like a cup of tea while you wait?"),
        (DESIGN, "Do you want a coffee?"),
        (DEPOSIT, "Can I get you a glass of water?"),
        (TICKETING, "Shall I grab us some biscuits before we start?"),
        (QUOTE, "How about a quick coffee?"),
    ],
)
def test_a_comfort_in_place_of_an_answer_changes_the_subject(partner: str, reply: str) -> None:
    assert changes_subject(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FAINT, "Can I get you some water?"),  # a need of the body their line names
        (FAINT, "Would you like a seat?"),
        (DESIGN, "Would you like a copy of their feedback?"),  # no comfort
        # a term of a deal, their wants, not an offer of a comfort
        ("I need the firewood more than anything.", "How about I take the water and you the wood?"),
        ("I need the firewood more than anything.", "So you want some extra water too?"),
    ],
)
def test_their_need_or_a_deal_is_no_comfort_offer(partner: str, reply: str) -> None:
    assert not changes_subject(reply, partner)


def test_a_comfort_offer_earns_no_question_about_their_needs() -> None:
    said = reasons(score("Would you like a cup of tea while you wait?", WAIT))
    assert not any(r.startswith("asked about their needs") for r in said)
    decent = "Three hours with no idea is hard. Let me ask triage where you are and come back."
    assert (
        score("Do you want a coffee? We could take five.", DESIGN).overall
        < score(
            "A third rejection with Friday looming. Do we know what they objected to this time?",
            DESIGN,
        ).overall
    )
    assert (
        score("Would you like a cup of tea while you wait?", WAIT).overall
        < score(decent, WAIT).overall
    )


# -- 213 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "sentence", "before"),
    [
        (WEEKENDS, "Shall we go through the budget now?", "I get it. "),
        (ROTA, "Can we look at the overtime figures?", "I hear you. "),
        (TRANSFER, "Let's go through the discharge paperwork first.", "Understood. "),
        (PAPER, "I understand, could we review the grant report instead?", ""),
        (DESIGN, "Can we turn to the Q3 invoices?", "Fair enough. "),
    ],
)
def test_stock_words_then_an_own_agenda(partner: str, sentence: str, before: str) -> None:
    assert changes_subject(sentence, partner, before)


@pytest.mark.parametrize(
    ("partner", "sentence", "before"),
    [
        # no stock acknowledgement right before: work on a matter reads the same
        (WEEKENDS, "Shall we go through the budget now?", ""),
        (WEEKENDS, "Shall we go through the budget now?", "A month of weekends is a lot. "),
        # their matter, an open matter, or pointing back
        (PAPER, "Could we go through the reviewer's comments together?", "I hear you. "),
        (PAPER, "Let's look at what the reviewer actually asked for.", "I get it. "),
        (TRANSFER, "Let's look at it together.", "Understood. "),
        (ROTA, "I get it, can we look at the school-day shifts?", ""),
    ],
)
def test_work_on_their_matter_is_no_own_agenda(partner: str, sentence: str, before: str) -> None:
    assert not changes_subject(sentence, partner, before)


@pytest.mark.parametrize(
    ("partner", "miss", "decent"),
    [
        (
            WEEKENDS,
            "I get it. Shall we go through the budget now?",
            "A month of weekends and no word from above. What would recognition look like?",
        ),
        (
            ROTA,
            "I hear you. Can we look at the overtime figures?",
            "Losing the school pick-up is a big change. Which days are the hardest?",
        ),
        (
            TRANSFER,
            "Understood. Let's go through the discharge paperwork first.",
            "Nobody calling them is a real failure. Who should ring them today?",
        ),
    ],
)
def test_an_own_agenda_ranks_below_a_plain_reply(partner: str, miss: str, decent: str) -> None:
    assert score(miss, partner).overall < score(decent, partner).overall
    said = reasons(score(miss, partner))
    assert any(r.startswith("changed the subject") for r in said)
