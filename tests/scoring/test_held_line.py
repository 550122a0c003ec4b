"""Rule 431: an acknowledgement that a "but" takes back, when what follows holds the speaker's
line and gives nothing ("I do take your point about the photo, but the rules say ..., so I'll
keep posting"). Fires in a neighbourhood group, a wiki, a software renewal, a bug tracker and a
health forum; hard negatives from contracts, support, counselling and engineering: a "but"
that goes on to give (an option, a question about what would work, a dated step), a "but"
inside their own story, an acknowledgement with no contrast, and a "but" that goes on to argue
a view of the speaker's own (receptive disagreement, rule 28)."""

from __future__ import annotations

import pytest

from roleplay.scoring.held_line import HELD_REASON

from .reasons import fired, score

CAT = (
    "To whoever keeps posting my cat's photo on the group: he's eleven. If he's digging up "
    "your beds, TELL ME. Don't put his face on the group like he's a wanted poster."
)
WIKI = (
    "You reverted my edit for the third time. The release date is 14 March - the developer "
    "said so on their own stream. Explain that to me."
)
RENEWAL = (
    "Your renewal quote is 40% higher than last year. We haven't used any of the new features."
)
BUG = "You closed my bug report as 'won't fix' without a comment. It crashes on every launch."
EARS = "The ringing in my ears hasn't stopped for three months. Silence doesn't exist any more."
CAP = "I'm not signing with the liability cap removed. That's sales's problem, not mine."
NURSING = "didnt get into the nursing degree. again. i did everything they said."
DAD = "I've stopped going to see my dad at the home. Some Sundays I sit in the car park."
SPRINT = "Your team promised the API by the 15th, and we built our whole sprint around it."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            CAT,
            "I do take your point about the photo, but the rules of this group say pet issues "
            "go here, so I'll keep posting when he digs.",
        ),
        (
            WIKI,
            "I hear that you're frustrated, and you may well be right, but reverting is what "
            "the policy tells me to do, so the retailer date stays.",
        ),
        (
            RENEWAL,
            "I'm sorry you feel the quote is high, and I hear your concern, but our pricing "
            "reflects the value we deliver to all customers.",
        ),
        (
            BUG,
            "I understand, and I appreciate your passion, but the ticket stays closed until "
            "we have more reports like yours.",
        ),
        (
            EARS,
            "I'm so sorry, that must be awful, I totally understand, but have you tried not focusing on it?",
        ),
    ],
)
def test_acknowledgement_taken_back(partner: str, reply: str) -> None:
    assert fired(HELD_REASON, reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            CAP,
            "I see your point, but I think a cap at twice the fees would work for both of us. "
            "Would you sign that?",
        ),
        (RENEWAL, "I hear your concern, but what if we dropped the modules you don't use?"),
        (
            NURSING,
            "I get that you did everything they asked, but they still said no, and that's brutal.",
        ),
        (DAD, "I hear how much it costs you, but you still drive there on Sundays."),
        (SPRINT, "I understand, we moved the date on you. I'll get you a build on the 20th."),
        (
            "My review says I'm 'not a team player' because I pushed back on the launch date.",
            "I understand your perspective, but I disagree about the launch: it was risky.",
        ),
        (
            "A pipe burst in our office and half the team's laptops are ruined.",
            "I understand how you feel about the laptops, but I think we can get loan "
            "machines in by Monday.",
        ),
        (
            SPRINT,
            "I understand the sprint was built on our date, but I can give you the read "
            "endpoints by the 15th and the rest by the 22nd. Would that work?",
        ),
    ],
)
def test_no_take_back(partner: str, reply: str) -> None:
    assert not fired(HELD_REASON, reply, partner)


def test_taken_back_ranks_below_a_middle_ground() -> None:
    held = (
        "I hear that you're frustrated, and you may well be right, but reverting is what the "
        "policy tells me to do, so the retailer date stays."
    )
    middle = (
        "Could we take it to the talk page with both sources side by side and leave the date "
        "blank until then?"
    )
    assert score(middle, WIKI).collaboration > score(held, WIKI).collaboration
