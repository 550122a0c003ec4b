"""How bad something would be is no move (issue 12, found by a trainer, writer21).

Played in the TUI, "A 429 on launch day would be awful. What does Lumen send us in that first
hour?" was heard as asking *and* as switching the rate limits off: the empathic first sentence
shares "launch day" with the cave's examples, and a statement meets statements in full.
"Switching the limits off would be a disaster." - an argument against the cave - was heard as the
cave too. A sentence that only says how bad something would be ("X would be awful / a nightmare
/ a disaster", nothing after it but whom it would hurt) weighs a feared outcome: it is read as a
reflection, like "That sounds stressful", and makes no move. A sentence that goes on to a move
("That would be awful, so let's phase it"), calls a move a bad idea ("It would be a terrible
idea to host in the US") or has the speaker feel it ("I would be embarrassed") is read as before.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import REFLECTION, STATEMENT
from roleplay.nlp.intents import IntentMatcher, IntentSpec


@pytest.mark.parametrize(
    "text",
    [
        "A 429 on launch day would be awful.",
        "That would be awful.",
        "Switching the limits off would be a disaster.",
        "Getting 429s in front of their CEO would be a nightmare.",
        "Losing the launch would be terrible.",
        "A second cancelled operation would be devastating for your dad.",
        "Missing the school play would be gutting.",
        "A failed audit in the first month would be really embarrassing for the team.",
    ],
)
def test_how_bad_it_would_be_is_a_reflection(text: str) -> None:
    assert part_mood(text) == REFLECTION


@pytest.mark.parametrize(
    "text",
    [
        "That would be awful, so let's phase it.",
        "It would be a terrible idea to host in the US.",
        "I would be embarrassed.",
        "OK, it would be awful, fine, switch them off.",
        "That would be a terrible look in front of the client.",
    ],
)
def test_a_move_or_the_speakers_own_feeling_is_read_as_before(text: str) -> None:
    assert part_mood(text) == STATEMENT


LIMITS = IntentMatcher(
    [
        IntentSpec(
            "switch_off_limits",
            (
                "OK, I'll turn the rate limits off for Thursday.",
                "Fine, we'll disable rate limiting for the launch window.",
                "Sure, switch the limits off for launch day.",
                "Go ahead, take the limits off for the launch.",
            ),
        ),
        IntentSpec(
            "ask_about_launch",
            (
                "What does Lumen actually do with the API at launch?",
                "How much traffic are they expecting in the first hour?",
                "Which calls are they worried about getting throttled?",
            ),
        ),
    ]
)

# another domain: a surgeon's list, where the cave is to skip the pre-op check
THEATRE = IntentMatcher(
    [
        IntentSpec(
            "skip_preop",
            (
                "OK, skip the pre-op bloods and take her straight to theatre.",
                "Fine, we'll operate this afternoon without the anaesthetic review.",
                "Sure, go ahead without the pre-op check this once.",
            ),
        ),
        IntentSpec(
            "offer_early_slot",
            (
                "I can get her the first slot tomorrow morning once the bloods are back.",
                "We could move her to the top of Thursday's list.",
                "I'll ask the anaesthetist to review her tonight so she's first tomorrow.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "cave"),
    [
        (LIMITS, "A 429 on launch day would be awful.", "switch_off_limits"),
        (LIMITS, "Switching the limits off would be a disaster.", "switch_off_limits"),
        (THEATRE, "Another cancelled operation this afternoon would be devastating.", "skip_preop"),
        (THEATRE, "Going ahead without the pre-op check would be a disaster.", "skip_preop"),
    ],
)
def test_a_feared_outcome_is_no_cave(matcher: IntentMatcher, reply: str, cave: str) -> None:
    assert cave not in matcher.matched(reply)


def test_the_question_after_it_is_still_heard() -> None:
    reply = "A 429 on launch day would be awful. What does Lumen send us in that first hour?"
    assert LIMITS.matched(reply) == ("ask_about_launch",)
