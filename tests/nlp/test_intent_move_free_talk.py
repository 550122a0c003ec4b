"""Short replies that make no move match nothing (issue 12, precision13 pass).

Found with the move-free probe (benchmarks/intent_probe/probe.yaml) and the lead's known
defects, each read in several domains with hard negatives that must keep their move:

- a wish ("If only we had a time machine", "I wish we could give you more") names what is not
  done: a counterfactual, NARRATIVE; "I wish you had told me" still reproaches;
- what a third party might do ("HR might look into it if someone complains") is nobody's move
  in the conversation: NARRATIVE; the speaker's own "might", a "will", and what is at stake
  ("Your review might suffer") are not;
- talk about the line or the time the conversation has ("Sorry, you cut out for a second
  there", "I only have five minutes before my next call", "Hang on, I'm taking notes"):
  NARRATIVE, unless a move comes with it;
- time to take in what was said ("I need a minute to process this") waits like a check;
- the speaker's own surprise ("I'm a bit stunned, honestly"), a greeting ("Hi, good to see
  you") and filler ("Well, anyway.") and nothing more: NARRATIVE; a greeting's "how are you?"
  asks about nothing;
- a sentence after an assent is read with it: "Fine. Spin them up in the US and we'll sort out
  the move to Europe next quarter." caves, and no longer also reads as the EU plan.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import BARE_QUESTION, DEFERRAL, NARRATIVE, REFLECTION
from roleplay.nlp.intents import IntentMatcher

from .shipped import shipped_matcher


@pytest.fixture(scope="module")
def library() -> dict[str, IntentMatcher]:
    return {
        name: shipped_matcher(name)
        for name in (
            "hard_feedback",
            "compliance_bend",
            "budget_pushback",
            "receiving_feedback",
            "upset_customer",
            "stakeholder_negotiation",
        )
    }


@pytest.mark.parametrize(
    "text",
    [
        "If only we had a time machine.",  # engineering
        "I wish we could give the ward more nurses.",  # health
        "Oh, I wish there were a way to skip the audit.",  # public sector
        "HR might look into it if someone complains.",  # HR
        "Someone from legal may want a word at some stage.",  # sales
        "The auditors might flag it anyway.",  # finance
        "Sorry, you cut out for a second there.",
        "Sorry, my screen froze.",
        "I was on mute, sorry.",
        "I only have five minutes before my next call.",
        "Just so you know, I've got a hard stop at three.",
        "Hang on, I'm taking notes.",
        "I'm a bit stunned, honestly.",
        "Wow, I didn't see that coming.",
        "Huh, that's news to me.",
        "Hi, good to see you.",
        "Morning everyone, nice to meet you all.",
        "Well, anyway.",
        "So, yeah.",
    ],
)
def test_move_free_talk_makes_no_move(text: str) -> None:
    assert part_mood(text) == NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "I need a minute to process this.",
        "Give me a second to get my head around it.",
        "We need some time to take all this in.",
        "Let me gather my thoughts.",
    ],
)
def test_time_to_take_it_in_waits(text: str) -> None:
    assert part_mood(text) == DEFERRAL


@pytest.mark.parametrize(
    "text",
    [
        "I wish you had told me sooner.",  # reproaches the other person
        "I might escalate this to HR.",  # the speaker's own possibility
        "HR might need to hear from me about this.",  # the speaker takes part
        "HR will look into it if this keeps happening.",  # not a possibility
        "Your review might suffer if this keeps up.",  # what is at stake, not a party
        "The board might accept a phased plan.",  # a move put to a party: proposed
        "Finance may be fine with 20% this quarter.",
        "I only have five minutes, so let's agree the 20% now.",  # a move comes with it
        "The line stays as it is.",  # a line of a document
        "Sorry, the release is frozen.",  # a hold, not a frozen screen
        "We have twenty minutes of downtime left this quarter.",
        "We need to process the refund today.",  # a commitment, not time to think
        "We'll take it in the next sprint.",
        "I'm surprised you didn't tell me.",  # reproaches
        "I didn't expect the cut to be so deep, so let's phase it.",
        "Hi, I'll take the Friday shift.",
    ],
)
def test_hard_negatives_keep_their_reading(text: str) -> None:
    assert part_mood(text) not in (NARRATIVE, DEFERRAL)


def test_a_greeting_asks_about_nothing_but_a_check_in_asks() -> None:
    assert part_mood("Hello, how are you doing?") == BARE_QUESTION
    assert part_mood("Hey, how's it going?") == BARE_QUESTION
    assert part_mood("How are you doing, really?") != BARE_QUESTION
    assert part_mood("Hey, thanks for making time.") == REFLECTION


@pytest.mark.parametrize(
    ("scenario", "reply"),
    [
        ("hard_feedback", "HR might look into it if someone complains."),
        ("hard_feedback", "Someone from HR may want to talk to you about this."),
        ("hard_feedback", "I'm a bit stunned, honestly."),
        ("receiving_feedback", "Sorry, you cut out for a second there."),
        ("receiving_feedback", "Hang on, I'm taking notes."),
        ("upset_customer", "I only have five minutes before my next call."),
        ("upset_customer", "I need a minute to process this."),
        ("stakeholder_negotiation", "Sorry, my screen froze."),
        ("stakeholder_negotiation", "Hey, thanks for making time."),
        ("budget_pushback", "If only we had a time machine."),
    ],
)
def test_library_hears_nothing(
    library: dict[str, IntentMatcher], scenario: str, reply: str
) -> None:
    assert library[scenario].matched(reply) == ()
    assert not any(s.matched for s in library[scenario].score(reply))


@pytest.mark.parametrize(
    ("scenario", "reply", "intent"),
    [
        ("hard_feedback", "I'm going to bring HR into this.", "threaten_formal"),
        ("hard_feedback", "One more slip and I'll take it to HR.", "threaten_formal"),
        (
            "upset_customer",
            "I'll be your single point of contact. Here's my number.",
            "be_named_contact",
        ),
        ("budget_pushback", "Let's phase the cut over Q3 and Q4.", "offer_phased_cut"),
    ],
)
def test_moves_beside_them_still_match(
    library: dict[str, IntentMatcher], scenario: str, reply: str, intent: str
) -> None:
    assert intent in library[scenario].matched(reply)


@pytest.mark.parametrize(
    ("scenario", "reply", "intent", "not_also"),
    [
        (
            "compliance_bend",
            "Fine. Spin them up in the US and we'll sort out the move to Europe next quarter.",
            "concede_us_hosting",
            "propose_eu_split",
        ),
        (
            "budget_pushback",
            "Fine. We'll take the full cut and delay the launch.",
            "accept_full_cut",
            "offer_phased_cut",
        ),
    ],
)
def test_a_sentence_after_an_assent_is_read_with_it(
    library: dict[str, IntentMatcher], scenario: str, reply: str, intent: str, not_also: str
) -> None:
    got = library[scenario].matched(reply)
    assert intent in got
    assert not_also not in got
    scored = {s.name: s.matched for s in library[scenario].score(reply)}
    assert scored[intent] and not scored[not_also]


def test_an_assent_before_another_move_keeps_it(library: dict[str, IntentMatcher]) -> None:
    # the pair of "OK." and the offer makes the offer: the assent changes nothing
    assert "propose_eu_split" in library["compliance_bend"].matched(
        "OK. Let's phase it: the first module in Frankfurt now."
    )
    assert "offer_phased_cut" in library["budget_pushback"].matched(
        "Sure. Let's spread the cut over two quarters."
    )
