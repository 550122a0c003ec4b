"""Doing it alone is not doing it together (issue 12, :mod:`roleplay.nlp.intent_alone`).

"I'll take it to your VP myself" shares its words with "We could take it upstairs together, as
one team"; the encoder reads words, not who takes part. A part in which the speaker acts alone
and that names no one acting with them is barred from an intent whose examples are a move made
together; it still meets the intents it does say (a threat to escalate), and a reply that acts
together while the speaker does one piece alone ("Let's go through it together, I'll bring the
sheet myself") still makes the joint move.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_alone import alone, joint
from roleplay.nlp.intents import IntentMatcher, IntentSpec

ESCALATION = IntentMatcher(  # engineering: a dependency is late
    [
        IntentSpec(
            "offer_joint_escalation",
            (
                "We could take it upstairs together, as one team.",
                "Let's go to your VP jointly with one plan.",
                "I'll come with you to your director and back you up.",
            ),
        ),
        IntentSpec(
            "threaten_escalation",
            (
                "This is going to your boss.",
                "I'll take it up the chain today.",
                "I'm raising it with your VP this afternoon.",
            ),
        ),
    ]
)

WARD = IntentMatcher(  # health: two nurses disagree about a handover
    [
        IntentSpec(
            "propose_joint_talk",
            (
                "Let's sit down with the charge nurse together and agree the handover.",
                "Why don't you and I go through the handover sheet together?",
                "We could both meet Sam and work it out side by side.",
            ),
        ),
        IntentSpec(
            "ask_what_happened",
            (
                "What happened at the handover?",
                "Tell me how the shift went.",
                "Which part of the handover went wrong?",
            ),
        ),
    ]
)

BID = IntentMatcher(  # sales: a bid written by two teams
    [
        IntentSpec(
            "write_together",
            (
                "Let's write the pricing section together tonight.",
                "We could draft the bid jointly and split the sections.",
                "You and I can go through the proposal side by side tomorrow.",
            ),
        ),
        IntentSpec(
            "ask_deadline",
            (
                "When does the customer need the bid?",
                "What's the real deadline for the proposal?",
                "Is Friday the hard date?",
            ),
        ),
    ]
)

STREET = IntentMatcher(  # public sector: a complaint about missed bin collections
    [
        IntentSpec(
            "visit_together",
            (
                "Let's walk the street together on Monday and look at the bins.",
                "We could meet on site with your neighbours and agree a plan.",
                "Come with me to the depot and we'll sort the route together.",
            ),
        ),
        IntentSpec(
            "refuse_extra_collection",
            (
                "We can't add an extra collection.",
                "No, the round stays weekly.",
                "There won't be another pickup this week.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("matcher", "reply", "together"),
    [  # each matched the joint move on main
        (ESCALATION, "I'll take it to your VP myself.", "offer_joint_escalation"),
        (ESCALATION, "I'll go to your director on my own.", "offer_joint_escalation"),
        (
            WARD,
            "I'll sit down with the charge nurse myself and sort the handover.",
            "propose_joint_talk",
        ),
        (BID, "I'll write the pricing section myself tonight.", "write_together"),
        (STREET, "I'll walk the street myself on Monday and look at the bins.", "visit_together"),
        (STREET, "I'll go to the depot alone and sort the route.", "visit_together"),
    ],
)
def test_a_move_made_alone_is_not_the_joint_move(
    matcher: IntentMatcher, reply: str, together: str
) -> None:
    assert together not in matcher.matched(reply)


def test_it_still_meets_the_move_it_makes() -> None:
    assert ESCALATION.matched("I'll take it to your VP myself.")[:1] == ("threaten_escalation",)


@pytest.mark.parametrize(
    ("matcher", "reply", "together"),
    [  # hard negatives: someone acts with the speaker
        (ESCALATION, "I'll come with you to your VP myself.", "offer_joint_escalation"),
        (
            WARD,
            "Let's go through the handover sheet together, I'll bring it myself.",
            "propose_joint_talk",
        ),
        (BID, "You and I can split the proposal; I'll do the pricing myself.", "write_together"),
        (BID, "We can draft the bid on our own terms, together.", "write_together"),
        (STREET, "Let's walk the street together on Monday.", "visit_together"),
        (  # the partner named in another part of the reply
            WARD,
            "I'd like to come along and tell the charge nurse myself how the handover went - "
            "it'll land better from the two of us.",
            "propose_joint_talk",
        ),
    ],
)
def test_a_joint_move_with_a_part_done_alone_still_matches(
    matcher: IntentMatcher, reply: str, together: str
) -> None:
    assert matcher.matched(reply)[:1] == (together,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'll take it to your VP myself.", True),
        ("I'll talk to Aisha on my own and sort it.", True),  # HR
        ("Leave it with me.", True),
        ("I'll handle the call with your VP by myself.", True),
        ("I'll come with you myself.", False),
        ("We can do it on our own terms.", False),  # not alone: on their terms
        ("Work on it with me.", False),
        ("You can do it alone.", False),  # the other person alone: not the speaker
        ("I'll draft it myself and we review it together.", False),
    ],
)
def test_what_acts_alone(text: str, expected: bool) -> None:
    assert alone(text) is expected


def test_which_intents_are_joint() -> None:
    assert joint(
        (
            "We could take it upstairs together, as one team.",
            "I'll come with you and back you up.",
            "Let's go to your VP jointly.",
        )
    )
    # an intent that also acts alone is no joint move only
    assert not joint(("Let's fix it together.", "Leave it with me, I'll fix it myself."))
    assert not joint(("I'll take it up the chain today.", "This is going to your boss."))
