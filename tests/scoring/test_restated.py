"""Issue 11, rule 190 (docs/scoring.md): their point restated in the speaker's own words earns
listening once, by how much of their point it carries.

A plain, accurate restatement in other words earned about +4 listening, below a quick fix; a
reflection of the meaning behind their words often earned nothing of its own. Hard negatives:
advice and suggestions close to their line, an instruction, a general statement of fact, the
speaker's own story, a verdict, their line copied back, their words alone, a question, a
hostile reply, a restatement said twice (it earns once).

Partners in engineering, health, HR, public sector and workplace negotiation.
"""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput
from roleplay.scoring.fragments import restates_in_fragment
from roleplay.scoring.restated import RESTATED_REASON
from roleplay.scoring.semantic import SemanticScorer

from .reasons import score

VENDOR = "Procurement wants us to switch to the cheaper vendor, but their API failed our load test twice."
WARD = "My mum was moved to a ward two hours away and nobody told us until she was already gone."
LOAN = (
    "You're asking me to lend you Tomasz for three months. He's the only one on my team who "
    "understands the billing reconciler, and the last time I lent someone out to 'help for a few "
    "weeks' I got her back after seven months. So no."
)
PERMIT = "The council rejected our permit twice and never said what was missing."
MERGER = (
    "Since the merger nobody tells us anything. We find out about changes from the intranet like "
    "everyone else."
)
CLEAN = (
    "I've been clean for ninety days but my friends all still drink and I don't know who to hang "
    "out with anymore."
)
CAMP = "My kids get through a lot of water on hikes, so I'd like all three packages of it."
BUDGET = "I need 30% out of your Q3 budget. The board wants the numbers by Friday."
PROMOTION = (
    "I've led the migration for a year and the promotion went to someone who joined in March."
)


def restated_items(reply: str, partner: str) -> list[tuple[str, float]]:
    """Rule 190's parts (dimension, cue units); the reflection act's own parts carry no
    dimension and its evidence reads the same, so the parts are read, not the evidence."""
    analysis = SemanticScorer().analyse(ScoreInput(reply, partner))
    return [
        (p.dimension, p.value)
        for p in analysis.parts
        if p.dimension is not None and p.reason.startswith(RESTATED_REASON)
    ]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (VENDOR, "So the supplier they want broke under load both times you checked it."),
        (
            VENDOR,
            "So the cheaper option couldn't handle the traffic when we tried it, and you're "
            "being pushed to take it anyway.",
        ),
        (
            WARD,
            "So she was moved far from home without a word to the family, and you found out "
            "after the fact.",
        ),
        (
            WARD,
            "It sounds like what hurts most is being shut out of a decision about your own mother.",
        ),
        (
            LOAN,
            "So he's the only one who knows the reconciler, and last time a short loan turned "
            "into seven months.",
        ),
        (PERMIT, "So you've been turned down twice with no reason you could act on."),
        # read by the encoder as an affirmation or the speaker's own focus: built as a
        # restatement and close to their line, it restates them
        (
            MERGER,
            "So after the merger you've gone from being in the loop to reading about your own "
            "job on the intranet.",
        ),
        (
            CLEAN,
            "So staying clean has cost you the people you used to spend your evenings with, and "
            "the evenings feel empty now.",
        ),
    ],
)
def test_a_restatement_in_other_words_earns_listening(partner: str, reply: str) -> None:
    items = dict(restated_items(reply, partner))
    assert items.get("listening", 0) >= 0.75  # about +7 listening or more
    assert items.get("empathy", 0) > 0
    assert RESTATED_REASON in " ".join(e.reason for e in score(reply, partner).evidence)


@pytest.mark.parametrize(
    ("partner", "reply", "fix"),
    [
        (
            VENDOR,
            "So the supplier they want broke under load both times you checked it.",
            "Let's run a third load test with tuned settings and see.",
        ),
        (
            LOAN,
            "So he's the only one who knows the reconciler, and last time a short loan turned "
            "into seven months.",
            "Could we do six weeks instead of three months?",
        ),
        (
            WARD,
            "So she was moved far from home without a word to the family, and you found out "
            "after the fact.",
            "You can ask the ward manager to explain the transfer in writing.",
        ),
    ],
)
def test_a_restatement_outranks_a_quick_fix_on_listening(
    partner: str, reply: str, fix: str
) -> None:
    assert score(reply, partner).listening > score(fix, partner).listening + 5


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (VENDOR, VENDOR),  # their line copied back (rule 129)
        (VENDOR, "So procurement wants the cheaper vendor."),  # their words alone
        (VENDOR, "So the supplier they want broke under load both times you checked it?"),
        (VENDOR, "You should escalate it to the CTO."),
        (WARD, "You can ask the ward manager to explain the transfer in writing."),
        (WARD, "Hospitals move patients all the time when beds run short."),
        (WARD, "When my dad was moved, we found out the same way."),
        (LOAN, "I'll send him back after three months, I promise."),
        (LOAN, "That's on you, you should have trained more people."),
        (PROMOTION, "Promotions usually depend on more than one project."),
        (PROMOTION, "Have you tried asking your manager for the criteria?"),
        (PERMIT, "Just resubmit it with every appendix attached."),
        (PERMIT, "So you were turned down twice with no reason, you idiot."),
        # their need played down, terms of a deal, a pleasantry (CaSiNo-like negotiation)
        (CAMP, "You already have all the basics, so your kids won't lack water on the hikes."),
        (CAMP, "So you would get all three waters and I would get the food and the firewood."),
        (CAMP, "Sounds good to me, thanks for working this out with me."),
        # reassurance, a platitude, a judgement, advice in a support chat
        (CLEAN, "Of course your real friends will understand, regardless of the drinking!"),
        (CLEAN, "Maybe something better is waiting for you after the ninety days."),
        (CLEAN, "You either let them keep you down or you move on from them."),
        (MERGER, "There are ways to help you get the news first, such as a team channel."),
        # rule 230: read as a dismissal, no misread restatement
        (BUDGET, "You get nothing from my budget. Find it somewhere else."),
    ],
)
def test_advice_facts_stories_copies_and_attacks_restate_nothing(partner: str, reply: str) -> None:
    assert restated_items(reply, partner) == []


def test_a_restatement_said_twice_earns_once() -> None:
    once = "So you've been turned down twice with no reason you could act on."
    items = restated_items(f"{once} {once}", PERMIT)
    assert sorted(d for d, _ in items) == ["empathy", "listening"]
    assert score(f"{once} {once}", PERMIT).overall < score(once, PERMIT).overall


# Rule 193: "it" after a preposition is an object, so a verbless restatement may end on it.
PIANO = (
    "I froze halfway through my grade eight piano exam and had to start the piece again. My "
    "teacher didn't say a word on the drive home."
)
CLINIC = "The clinic lost my referral twice and I waited four months for nothing."
DEPOT = "The depot moved me to nights without asking and my shifts clash with the school run."


@pytest.mark.parametrize(
    ("partner", "text"),
    [
        (PIANO, "And then a silent drive home after it."),
        (CLINIC, "Four months of waiting, and nothing to show for it."),
        (DEPOT, "Nights, and the school run on top of it."),
    ],
)
def test_a_fragment_ending_on_it_restates(partner: str, text: str) -> None:
    assert restates_in_fragment(text, partner)


@pytest.mark.parametrize(
    ("partner", "text"),
    [
        (PIANO, "It happens to everyone."),  # "it" as a subject: a claim with a verb
        (CLINIC, "Four months, and it was for nothing."),
        (DEPOT, "Nights with it, no exceptions."),  # a decree opens no fragment
    ],
)
def test_it_as_a_subject_is_still_a_verb(partner: str, text: str) -> None:
    assert not restates_in_fragment(text, partner)
