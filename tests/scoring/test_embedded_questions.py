"""A question about their needs embedded in a statement asks it (docs/scoring.md rule 56).

Found on the CaSiNo TRAIN turns labelled elicit-pref that the scorer ranked lowest: "Before
thinking about an offer I need to know what your priorities are" (listening 39), "first tell me
why you need extra food", "I would like to know what packages you need the most" earned nothing
for asking, while the same questions with a question mark ("What are your priorities?") earned
"asked about their needs". The embedded form is how people ask in any domain.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.eliciting import embeds_need_question

from .reasons import score

ASKED = "asked about their needs"

EMBEDDED = [
    # engineering
    (
        "We need to talk about the release plan.",
        "Before we go further, I need to know what your priorities are.",
    ),
    # health
    ("The ward is short on night cover again.", "Tell me what matters most to your nurses."),
    # sales
    (
        "The client wants changes to the contract.",
        "I'd like to understand why the renewal date matters so much to your client.",
    ),
    # HR
    ("I'd like to change my hours.", "Let me know which of the two patterns you'd prefer."),
    # public sector
    (
        "The council needs a decision on the library budget.",
        "I'm curious what your residents need most from the library.",
    ),
    # operations, a negator in an earlier clause only
    ("We're short of vans this week.", "Don't worry, just tell me how many vans you need."),
]


@pytest.mark.parametrize(("partner", "reply"), EMBEDDED)
def test_a_question_embedded_in_a_statement_asks_it(partner: str, reply: str) -> None:
    assert embeds_need_question(reply)
    result = score(reply, partner)
    assert any(ASKED in e.reason and e.points > 0 for e in result.evidence), result.evidence
    assert result.listening > 60


def test_the_embedded_question_earns_what_the_direct_one_earns() -> None:
    partner = "We need to talk about the release plan."
    direct = score("What matters most to your team?", partner)
    embedded = score("Tell me what matters most to your team.", partner)
    assert embedded.listening == direct.listening


NOT_ASKING = [
    # a negated lead-in
    ("We need three engineers for the migration.", "I don't need to know why you want them."),
    # doubting inside the clause
    ("We need the big room on Friday.", "Tell me why you even need the big room."),
    # what the speaker knows, not a request to be told
    ("We need more clinic slots.", "I know what you need."),
    # asking about something other than their needs
    ("Here's the draft contract.", "Let me know what you think."),
    ("We need the van.", "Let me know when you need it."),
    # telling them, not asking
    ("Our team is stretched.", "I want to know that the release will ship on Friday."),
]


@pytest.mark.parametrize(("partner", "reply"), NOT_ASKING)
def test_negated_doubting_knowing_and_other_topics_do_not_ask(partner: str, reply: str) -> None:
    assert not embeds_need_question(reply)
    assert not any(ASKED in e.reason for e in score(reply, partner).evidence)
