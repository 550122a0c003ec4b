"""What they want changed is kept, said with nothing after it: a no without a negator (issue 12).

"Sorry Priya, the cladding stays.", "The rota stays.", "My answer stands, I'm afraid." refuse
the change asked for, as "The budget stays whole" and "The scope is locked" already did; read
as plain statements they met offers through the topic word ("the cladding" met the offer of a
partial change). They are now read as a no without a negator (BARE_NO). Not so: what stays on
("The offer stands", "She stays until five", "It stays in the fridge overnight"), and a hold
beside a move ("The cladding stays, but we could change the colour").
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import refuses
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import BARE_NO
from roleplay.nlp.intents import IntentMatcher, IntentSpec

FACADE = IntentMatcher(  # architecture: a client wants the facade redesigned for free
    [
        IntentSpec(
            "refuse_any_change",
            (
                "No, the design is signed off and we're not changing it.",
                "We can't redo the facade at this stage.",
                "The drawings are final; there won't be a redesign.",
            ),
        ),
        IntentSpec(
            "offer_partial_change",
            (
                "We could switch the cladding on the front elevation only.",
                "I can change the colour of the cladding at no cost.",
                "What if we swap the cladding on the ground floor and keep the rest?",
            ),
        ),
        IntentSpec(
            "ask_what_changed",
            (
                "What's changed since you signed off the drawings?",
                "Why the switch now?",
                "What did the buyers say about the cladding?",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry Priya, the cladding stays.",  # architecture
        "The rota stays.",  # health
        "Sorry, the price stays.",  # sales
        "The rule stands.",  # public sector
        "My answer stands, I'm afraid.",  # HR
        "The schedule remains.",  # operations
    ],
)
def test_kept_as_it_is_says_no(sentence: str) -> None:
    assert refuses(sentence)
    assert part_mood(sentence) == BARE_NO


@pytest.mark.parametrize(
    "sentence",
    [
        "The offer stands.",  # an offer kept open
        "My invitation stands.",
        "She stays until five on Fridays.",  # what someone does
        "It stays in the fridge overnight.",
        "The cladding stays, but we could change the colour.",  # a move beside it
        "The price stays if you sign this week.",
        "Alright, I'll sign the renewal as it stands.",  # "as it stands": as it is
        "We can take the plan as things stand.",
    ],
)
def test_what_stays_on_or_a_hold_beside_a_move_is_no_refusal(sentence: str) -> None:
    assert not refuses(sentence)


def test_the_cladding_staying_is_no_partial_change() -> None:
    """Heard as offering a partial change before (the topic word, read as a statement)."""
    assert "offer_partial_change" not in FACADE.matched("Sorry Priya, the cladding stays.")
    # hard negative: the partial change itself
    assert FACADE.matched("We could replace the cladding on the front only.")[:1] == (
        "offer_partial_change",
    )
