"""Issue 11, rule 51 (docs/scoring.md): stock phrases stuffed into one reply.

Found by the lead's gaming probe on main (c9f3fca), partner "I need 30% out of your Q3 budget by
Friday.", where the plain decent reply "Friday is tight. Is the board after the annual number or
this quarter? If it's the year, we could phase some of it." scores overall 67:

- "I understand how you feel, I understand how you feel, what matters most to you, let's work
  together, let's work together, I understand how you feel." scored 73 (the issue's own first
  example, with commas for full stops): each "let's work" and "you feel" earned again, and the
  sentence read as engaging with their view before giving one's own (+12 collaboration).
- "I totally understand and appreciate your perspective, and together we can collaborate to find
  a win-win solution that works for both of us." scored 75.
- "I'm sure that must be stressful for you, sweetheart, but maybe leave the budgeting to the
  grown-ups." scored 62 (empathy 82).

Replies in engineering, finance, healthcare, HR, sales and local government; the hard negatives
are a single short acknowledgement, process words around a real matter, and "leave it to"
without the put-down.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.acts import SentenceAct
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.stuffing import matter_words, once_per_phrase
from roleplay.scoring.types import Evidence

from .reasons import reasons, score

BUDGET = "I need 30% out of your Q3 budget by Friday."
DECENT = (
    "Friday is tight. Is the board after the annual number or this quarter? If it's the year, "
    "we could phase some of it."
)
RECEPTIVE = "engaged with their view before giving yours"

STUFFED = [
    (
        BUDGET,
        "I understand how you feel, I understand how you feel, what matters most to you, let's "
        "work together, let's work together, I understand how you feel.",
    ),
    (
        BUDGET,
        "I totally understand and appreciate your perspective, and together we can collaborate "
        "to find a win-win solution that works for both of us.",
    ),
    (
        "The night shift is two nurses short again and nobody is listening.",
        "I hear you, I really hear you, and I truly value your perspective, let's work through "
        "this together, let's find a solution together.",
    ),
    (
        "I was passed over for the promotion and nobody told me why.",
        "I completely understand your concerns and I appreciate you sharing them, and I'm "
        "confident that together we can reach a positive outcome that works for everyone.",
    ),
    (
        "Residents are angry that the bin collections moved to Mondays.",
        "Thank you for sharing your perspective, I really appreciate it, and I want us to "
        "explore options together and find a way forward that works for everyone.",
    ),
]


# The issue's own example without its insult, and its paraphrases: three stock moves in 10-15
# words, nothing of theirs in them (each had scored 70-74 on the budget line, above DECENT's 67).
SHORT_STUFFED = [
    "I understand how you feel. What matters most to you? Let's work together.",
    "I hear you. That must be hard. What matters most to you? Let's figure this out together.",
    "I totally get it. What's most important to you here? Let's find a way forward together.",
]


@pytest.mark.parametrize("reply", SHORT_STUFFED)
def test_three_stock_moves_with_no_matter_rank_below_a_plain_decent_reply(reply: str) -> None:
    result = score(reply, BUDGET)
    assert result.overall < score(DECENT, BUDGET).overall
    assert [r for r in reasons(result) if "stock phrase" in r]
    # the same moves about their matter are no stuffing
    about_it = score(
        "I understand how you feel about the board. What matters most for Friday? Let's work "
        "out the 30% together.",
        BUDGET,
    )
    assert about_it.overall > result.overall
    assert not [r for r in reasons(about_it) if "stock phrase" in r]


@pytest.mark.parametrize(("partner", "reply"), STUFFED)
def test_process_talk_stuffed_into_a_reply_ranks_below_a_plain_reply(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert RECEPTIVE not in " ".join(reasons(result))
    assert result.overall < 60
    # the same phrase twice earns once
    positive = [e for e in result.evidence if e.points > 0]
    keys = [(e.dimension, e.reason) for e in positive]
    assert len(keys) == len(set(keys))


def test_the_budget_examples_rank_below_the_plain_decent_reply() -> None:
    decent = score(DECENT, BUDGET).overall
    for partner, reply in STUFFED[:2]:
        assert score(reply, partner).overall < decent


def test_a_repeated_phrase_earns_no_more_than_said_once() -> None:
    once = score("I understand how you feel, let's work together.", BUDGET)
    twice = score(
        "I understand how you feel, let's work together, let's work together, let's work together.",
        BUDGET,
    )
    assert twice.overall <= once.overall
    assert twice.collaboration <= once.collaboration


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("My dad was taken into hospital last night.", "That sounds really hard."),
        ("The client says our quote is too high.", "I understand your concern."),
        # process words around a real matter: their rota, a date, a number
        (
            "The rota leaves me on every Saturday this month.",
            "I understand how you feel about the rota, and together we can find a fix for "
            "Saturday.",
        ),
        (
            BUDGET,
            "I appreciate your perspective, and I think we can work together on 10% now and "
            "the rest in Q4.",
        ),
        (
            "Residents are angry that the bin collections moved to Mondays.",
            "I understand their frustration about Mondays; let's look at a Thursday collection "
            "together.",
        ),
        # short negotiation turns name their matter in short words: items, numbers, a trip
        (
            "I really need the firewood, it gets cold at night.",
            "Okay then. I can give up one for you. Will that be okay?",
        ),
        (
            "We're taking the kids hiking, so we need the water.",
            "Definitely! I am glad we could come to an agreement. Do you like to camp a lot? Or "
            "hike?",
        ),
    ],
)
def test_a_short_acknowledgement_or_one_with_matter_is_not_stuffing(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert not [r for r in reasons(result) if "stock phrase" in r]
    assert result.empathy >= 45


def test_matter_words_are_things_numbers_and_dates_not_process_talk() -> None:
    assert matter_words("together we can collaborate to find a win-win solution") == []
    assert matter_words("I totally understand and appreciate your perspective") == []
    assert matter_words("What matters most to you? Let's work together.") == []
    assert matter_words("I can give up one food for you") == ["give", "one", "food"]
    assert "Saturday" in matter_words("let's find a fix for Saturday together")
    assert "30%" in matter_words("we could give 30% in Q4")


def test_once_per_phrase_keeps_costs_and_drops_only_a_credit_repeated_in_its_sentence() -> None:
    text = "Let's work on it, let's work on it. Let's work on it with the vendor."
    sentences = [Sentence(0, 34, text[:34], SentenceAct("", 0.0, 0.0, 0.0), False, False)]
    sentences.append(
        Sentence(35, len(text), text[35:], SentenceAct("", 0.0, 0.0, 0.0), False, False)
    )
    reason = 'invited them to shape the solution ("let\'s work")'
    up = Evidence("collaboration", 9, reason, (0, 10))
    again = Evidence("collaboration", 9, reason, (18, 28))
    other_dimension = Evidence("listening", 9, reason, (18, 28))
    next_sentence = Evidence("collaboration", 9, reason, (35, 45))
    cost = Evidence("empathy", -8, 'blamed them ("your fault")', (0, 10))
    cues = [
        ("invitation", up),
        ("invitation", again),
        ("invitation", other_dimension),
        ("invitation", next_sentence),
        ("blame", cost),
        ("blame", cost),
    ]
    kept = [e for _, e in once_per_phrase(cues, sentences)]
    assert kept == [up, other_dimension, next_sentence, cost, cost]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            BUDGET,
            "I'm sure that must be stressful for you, but maybe leave the budgeting to the grown-ups.",
        ),
        (
            "The vendor contract terms worry me.",
            "Let the adults handle the vendor side, you focus on the slides.",
        ),
        ("The audit findings worry me.", "Don't worry your pretty little head about the audit."),
    ],
)
def test_sending_them_from_the_grown_ups_table_is_condescension(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert result.empathy <= 30
    assert result.collaboration <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "My teenager keeps asking about the divorce.",
            "We should leave this decision to the adults in the family, your parents.",
        ),
        (
            "I don't know what dose to give him.",
            "I'd leave it to the experts on the ward to decide the dose.",
        ),
    ],
)
def test_leave_it_to_others_without_the_put_down_is_no_condescension(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert result.empathy > 30


def test_the_stock_word_lists_are_built_on_one() -> None:
    # the words of stock talk live in one place; each rule's list adds its own words to them
    from roleplay.scoring import next_step, receptive, specifics
    from roleplay.scoring.content_words import COMMON_WORDS, STOCK_SUPPORT, STOCK_WORDS

    assert COMMON_WORDS < STOCK_WORDS < STOCK_SUPPORT
    assert STOCK_SUPPORT < specifics.STOCK_FILLERS
    assert STOCK_SUPPORT < receptive._STOCK_WORDS
    assert STOCK_WORDS < next_step.FILLERS
    # next steps deliver support: "I'll send the support rota today" names a deliverable
    assert "support" not in next_step.FILLERS and next_step.deliverable(
        "I'll send the support rota"
    )
