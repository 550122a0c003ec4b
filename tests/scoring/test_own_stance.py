"""Issue 11, rule 230 (docs/scoring.md): a restatement that turns against their point (plays it
down, passes a verdict, lays down a norm) is that move, not their point; rule 190 does not
credit it. A sentence the encoder reads as a dismissal is no misread restatement either.

Every case below was credited as a restatement before the rule. Hard negatives: plain
restatements in the same domains, support that sides with them, a word that is theirs, handed
back, and phrases that only look like playing it down.
Partners in grief counselling, workplace, engineering, sales, health and public sector.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.own_stance import own_stance

from .test_restated import restated_items

GRIEF = "It's been a year since Mum died and everyone acts like I should be over it by now."
LEAD = (
    "They made me team lead without asking, and now my friends on the team won't eat lunch with me."
)
ONCALL = "Our on-call rota has me up three nights a week and the alerts are mostly noise."
QUOTA = "I missed quota for the second quarter running and my manager wants a plan by Monday."
SCAN = "The scan showed a small nodule on my lung and the follow-up isn't for three months."
CLAIM = "My disability claim was refused again and the letter didn't say why."
UNIVERSITY = "Everyone tells me to go back to university, but I'm not sure it's what I want."
COVERING = "I always end up covering for him and I'm always the last to leave the office."
BUDGET = "I need 30% out of your Q3 budget. The board wants the numbers by Friday."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (GRIEF, "So it's been a year, but at least she isn't suffering any more."),
        (LEAD, "That's what leadership is, you can't be friends with everyone."),  # a verdict
        (
            ONCALL,
            "So you're up three nights a week for alerts that are mostly noise, but that's part "
            "of the job.",
        ),
        (
            SCAN,
            "So there's a small nodule and three months to wait, which is at least better than "
            "finding it late.",
        ),
        (CLAIM, "So your claim was refused again without a reason, but it's only a letter."),
        # read as a dismissal: no misread restatement
        (BUDGET, "You get nothing from my budget. Find it somewhere else."),
    ],
)
def test_a_restatement_with_a_stance_of_the_speakers_restates_nothing(
    partner: str, reply: str
) -> None:
    assert restated_items(reply, partner) == []


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CLAIM, "Your claim was refused a second time and nobody told you what was wrong with it."),
        (ONCALL, "So you're losing three nights' sleep a week to alerts that mostly mean nothing."),
        (QUOTA, "So two quarters short, and now a plan is due by Monday."),
        (
            SCAN,
            "So you've been told there's something on your lung and then left to wait three "
            "months.",
        ),
        # their own word handed back: "everyone", "always"
        (UNIVERSITY, "Everyone has a plan for you, and you're still working out your own."),
        (COVERING, "So you're always the one covering for him, and the last one out the door."),
        # support that sides with them keeps rule 190's credit (docs/scoring.md, rule 230)
        (
            QUOTA,
            "So you missed quota twice, but two bad quarters doesn't mean you're bad at sales.",
        ),
    ],
)
def test_a_plain_restatement_still_earns(partner: str, reply: str) -> None:
    assert dict(restated_items(reply, partner)).get("listening", 0) >= 0.75


@pytest.mark.parametrize(
    ("text", "partner", "stance"),
    [
        ("So it's only temporary.", ONCALL, "it's only temporary"),
        ("At least you still have the job.", QUOTA, "At least you"),
        ("Missing one quarter is not the end of the world.", QUOTA, "not the end of the world"),
        ("It's just part of the job.", LEAD, "part of the job"),
        ("That's her problem, not yours.", GRIEF, "her problem, not yours"),
        ("Your health has to come first.", SCAN, "has to come first"),
        ("That's how it goes with councils.", CLAIM, "That's how it goes"),
    ],
)
def test_the_move_is_named(text: str, partner: str, stance: str) -> None:
    assert own_stance(text, partner) == stance


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("You're always tired after the night shifts.", ONCALL),
        ("It's just a lot to carry on your own.", GRIEF),
        ("It feels like the end of the world right now.", QUOTA),
        ("You've hardly slept since the scan.", SCAN),
        ("That's part of what hurts: nobody explained it.", CLAIM),
        ("Part of you isn't ready to let it go.", GRIEF),
        ("You're not alone in this.", GRIEF),  # siding with them: not read here
        # a word of certainty that answers them first agrees
        ("Definitely - one slide with the answer up front.", LEAD),
    ],
)
def test_no_move_against_them(text: str, partner: str) -> None:
    assert own_stance(text, partner) is None
