"""A commitment whose subject is the other person or no one is still the speaker's move.

"Expect the options from me by lunchtime", "You'll have it by Thursday", "Consider it done"
put on the other person only the receiving of it; the move is the speaker's (issue 12, twelfth
round). Read as plain statements, such a sentence after a no counted as the rule restated, so
"I can't go past 25%. You'll have the options from me by noon." was barred from the
follow-up the speaker commits to.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import speaks
from roleplay.nlp.intent_similarity import SPEAKER, phrasing_mood
from roleplay.nlp.intents import IntentMatcher
from tests.nlp.test_intent_saying_no import DEAL_DESK


@pytest.mark.parametrize(
    "commitment",
    [
        "Expect the options from me by lunchtime.",  # sales
        "Expect the new lift plan from me tonight.",  # a building site
        "You'll have the rota by Thursday.",  # on-call
        "You will have the badge readers fitted by Wednesday night.",  # a ward
        "You'll hear from us by Friday about the refund.",  # retail
        "Consider it done.",
        "Consider it sorted, the fix ships tomorrow.",  # software
    ],
)
def test_a_commitment_without_i_is_the_speakers_move(commitment: str) -> None:
    assert speaks(commitment)
    assert phrasing_mood(commitment) == SPEAKER


@pytest.mark.parametrize(
    "other",
    [
        "You'll have to find someone else.",  # a demand
        "You'll get the standard cap like everyone.",  # the rule
        "Expect delays next week.",
        "You'll see the difference.",
        "He heard it from me.",
        "They get the standard cap like every other customer.",
    ],
)
def test_what_puts_no_move_on_the_speaker_is_not_one(other: str) -> None:
    assert not speaks(other)


def test_a_commitment_after_a_no_is_not_the_rule_restated() -> None:
    """Sales: failed before (the follow-up was barred as the rule restated after the no)."""
    desk = IntentMatcher(DEAL_DESK)  # a deal desk
    reply = "I can't go past 25%. You'll have the options from me by noon."
    assert set(desk.matched(reply)) == {"hold_the_cap", "commit_followup"}
    # the rule restated after a no still is one
    held = desk.matched("I can't go past 25%. They get the standard cap like every customer.")
    assert "commit_followup" not in held
