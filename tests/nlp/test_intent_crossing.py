"""A negative part meets an intent whose few examples are all affirmative (issue 12,
:mod:`roleplay.nlp.intent_crossing`).

With three to five examples an author often writes one polarity only, and a part met only
examples of its own: "It's not a big deal, nobody remembers a demo" could not reach "Demos go
wrong sometimes, move on". A negative part now meets such an intent a little behind, unless
the intent gives in, takes a move on or says no, the part says no, or its negator governs a
word of the intent's examples (the move turned round: "We're not planning to switch
suppliers"). The matcher cases below matched nothing before; the hard negatives match nothing
before and after.
"""

from __future__ import annotations

import numpy as np
import pytest

from roleplay.nlp.intent_crossing import crossing, negated_words, turned
from roleplay.nlp.intent_similarity import Phrasings
from roleplay.nlp.intents import IntentMatcher, IntentSpec

DEMO = IntentMatcher(  # engineering: a colleague's demo failed in front of a client
    [
        IntentSpec(
            "dismiss_his_side",
            (
                "Demos go wrong sometimes, move on.",
                "Everyone has a bad demo now and then.",
                "It was one demo, let it go.",
            ),
        ),
        IntentSpec(
            "ask_what_happened",
            (
                "What happened in the demo?",
                "Walk me through how the demo went.",
                "Which part of the demo broke?",
            ),
        ),
        IntentSpec(
            "own_the_slip",
            (
                "I should have checked the build before the demo.",
                "That one is on me, I pushed the change late.",
                "I own the broken demo.",
            ),
        ),
    ]
)

CLINIC = IntentMatcher(  # health: a nurse objects to a new rota
    [
        IntentSpec(
            "ask_what_worries",
            (
                "What worries you most about the new rota?",
                "Which shifts are the hardest for you?",
                "What would make the rota workable for you?",
            ),
        ),
        IntentSpec(
            "offer_swap",
            (
                "I'll take two of your night shifts next month.",
                "We could swap your Sunday for my Tuesday.",
                "Let me cover your late shift on Friday.",
            ),
        ),
        IntentSpec(
            "hold_rota",
            (
                "The rota can't change this month.",
                "We can't move the nights around now.",
                "No, the schedule stays as published.",
            ),
        ),
    ]
)

SUPPLIER = IntentMatcher(  # sales: a buyer renegotiates a contract
    [
        IntentSpec(
            "threaten_to_walk",
            (
                "We'll take our business to another supplier.",
                "There are other vendors who'd love this contract.",
                "We'll switch suppliers if the price stays.",
            ),
        ),
        IntentSpec(
            "ask_budget",
            (
                "What budget are you working with this year?",
                "How is the price being decided on your side?",
                "What would a workable number be for you?",
            ),
        ),
    ]
)

REVIEW = IntentMatcher(  # HR: a manager gives hard feedback
    [
        IntentSpec(
            "name_the_impact",
            (
                "The late reports held up the board pack.",
                "Your missed deadlines cost the team a week.",
                "The errors meant finance had to redo the numbers.",
            ),
        ),
        IntentSpec(
            "ask_his_view",
            (
                "How do you see the last quarter?",
                "What got in the way of the reports?",
                "What would help you hit the deadlines?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (DEMO, "It's not a big deal, nobody remembers a demo.", "dismiss_his_side"),
        (DEMO, "What happened in the demo that you can't explain?", "ask_what_happened"),
        (CLINIC, "What's the shift you can't do?", "ask_what_worries"),
        (SUPPLIER, "What budget can't you go over?", "ask_budget"),
    ],
)
def test_a_negative_part_meets_an_intent_written_without_negators(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)
    assert any(s.name == intent and s.matched for s in matcher.score(reply))


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        # the negator governs the move's own words
        (SUPPLIER, "We're not planning to switch suppliers.", "threaten_to_walk"),
        (SUPPLIER, "We don't need another supplier for this contract.", "threaten_to_walk"),
        (DEMO, "I didn't break the demo.", "own_the_slip"),
        (DEMO, "I'm not going to let it go, this demo mattered.", "dismiss_his_side"),
        # ... or the clause's subject is the move's
        (REVIEW, "The late reports didn't hold anything up.", "name_the_impact"),
        (REVIEW, "Your deadlines weren't missed by much.", "name_the_impact"),
        # an intent that takes a move on is never crossed
        (CLINIC, "I'm not swapping my Sunday.", "offer_swap"),
        (CLINIC, "I won't cover anyone's late shift.", "offer_swap"),
        # an intent that says no is never met by its affirmative
        (CLINIC, "The rota can change this month.", "hold_rota"),
    ],
)
def test_a_negation_that_turns_the_move_round_does_not_cross(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert intent not in matcher.matched(reply)
    assert not any(s.name == intent and s.matched for s in matcher.score(reply))


def test_which_intents_may_be_crossed() -> None:
    # an intent with a negative example, one that concedes, offers or refuses: none
    by_name = {i.spec.name: i for i in (*DEMO.intents, *CLINIC.intents, *SUPPLIER.intents)}
    assert by_name["dismiss_his_side"].crossing.all()
    assert by_name["ask_what_worries"].crossing.all()
    assert not by_name["offer_swap"].crossing.any()  # the speaker takes a move on
    assert not by_name["hold_rota"].crossing.any()  # negative examples, and it says no
    conceding = ("OK, take the full 30%.", "Fine, take all of it.", "Sure, it's yours.")
    ph = Phrasings.of(conceding, np.zeros((3, 4), np.float32))
    assert not crossing(conceding, ph).any()


def test_crossing_has_its_own_calibrated_threshold() -> None:
    from roleplay.nlp.intent_calibration import CEILING, FLOOR

    dismiss = next(i for i in DEMO.intents if i.spec.name == "dismiss_his_side")
    assert FLOOR <= dismiss.negative_threshold < CEILING
    # a no without a negator still reads the examples' own threshold
    assert dismiss.either_threshold == dismiss.threshold
    swap = next(i for i in CLINIC.intents if i.spec.name == "offer_swap")
    assert swap.negative_threshold == CEILING


def test_negated_words() -> None:
    assert negated_words("We're not planning to switch vendors.") >= {"switc", "vendo"}
    assert "accou" in negated_words("Your account manager isn't the right person; I am.")
    assert negated_words("I'll present it myself, you don't need to be there.") == frozenset()
    assert negated_words("Demos fail, it's not the end of the world.") == {"world"}
    assert negated_words("Let's phase it.") == frozenset()


def test_ordinary_negative_talk_still_matches_nothing() -> None:
    for matcher in (DEMO, CLINIC, SUPPLIER, REVIEW):
        for reply in (
            "I haven't seen the calendar yet.",
            "I don't know, let me think.",
            "Not sure what time it is.",
        ):
            assert matcher.matched(reply) == (), reply


def test_only_a_reply_with_a_negative_part_is_read_for_a_turned_move(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`IntentMatcher._aside` reads whether a negator turns a move round only when some part of
    the reply is negative and some intent may be crossed (the flag per part, not the list of
    flags, which is never empty); the decisions are those of reading every reply."""
    assert DEMO._turns.some and SUPPLIER._turns.some
    only_offers = IntentMatcher([i.spec for i in CLINIC.intents if i.spec.name == "offer_swap"])
    assert not only_offers._turns.some
    read: list[str] = []
    real = turned

    def counted(text: str, *args: object) -> object:
        read.append(text)
        return real(text, *args)  # type: ignore[arg-type]

    monkeypatch.setattr("roleplay.nlp.intents.turned", counted)
    affirmative = "Let's look at which supplier can do it cheaper and switch next quarter."
    negative = "We're not planning to switch suppliers."
    SUPPLIER.score(affirmative)  # the explained path reads every reply's parts aside
    assert read == []  # an affirmative reply is never read for a turned move
    scores = SUPPLIER.score(negative)
    assert read == [negative]  # ... a negative one still is, and its move stays turned round
    assert not any(s.name == "threaten_to_walk" and s.matched for s in scores)
    only_offers.score("I won't cover anyone's late shift.")
    assert read == [negative]  # no intent may be crossed: nothing to read
