"""Issue 11, rules 283-284 (docs/scoring.md).

283: a reflection that tells their point from a reading near it ("So it isn't really the ban,
it's the silence from your son", "It isn't the money. It's that you found out by a photo.",
"it's not just the skin, it's ...") restates (rule 190) though the encoder reads it as no act or
as validation; "not just" is no steering. Hard negatives: reassurance put as a contrast ("it's
not your fault, it's genetics"), a contrast with no words of the speaker's own.

284: a sentence that blames them for their own misfortune or mocks their words earns no
restatement, act or picked-up-words credit. Hard negatives: a plain restatement of the same
matter keeps its credit; "lucky" said of the speaker, "if you'd like" offers.

Partners in health, HR, engineering, online disputes, support and the public sector.
"""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput
from roleplay.scoring.blamed import blames_them
from roleplay.scoring.semantic import SemanticScorer

from .reasons import restated_listening

BAN = (
    "I got banned from my son's matches for shouting at the ref. He walked off the pitch and "
    "hasn't said two words to me since Saturday."
)
HOUSE = (
    "My brother sold mum's house while I was abroad and texted me a photo of the sold sign. "
    "I'm not even angry about the money."
)
VERTIGO = "Six weeks of vertigo now. I can't drive, and if I turn my head too fast the room spins."
SHUNNED = (
    "I reported the falsified safety checks and within a week everyone knew. Now nobody sits "
    "with me in the canteen."
)
DKA = "Diagnosed with type 1 at 34. I was in hospital with DKA last week and lost a stone."
LICENCE = (
    "You moved the project from MIT to BSL in a patch release with no announcement. Our legal "
    "team flagged it and now we're frozen on a version with a known CVE."
)
OUTAGE = (
    "The outage itself was fixed in an hour. Nobody from your side called us while it was "
    "down, though."
)
REORG = (
    "The reorg moved my whole team under sales and nobody asked us. Half of them are already "
    "looking elsewhere."
)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            OUTAGE,
            "So it isn't the hour it took, it's that nobody picked up the phone to you while it "
            "was down.",
        ),
        (HOUSE, "It isn't the money. It's that you found out from a text with a photo of a sign."),
        (
            VERTIGO,
            "So it isn't just the dizziness, it's losing the car and moving carefully all day.",
        ),
        (REORG, "So it's not just the new org chart, it's that your people had no say in it."),
    ],
)
def test_a_reflection_that_tells_their_point_from_a_near_one_restates(
    partner: str, reply: str
) -> None:
    assert restated_listening(reply, partner) > 0


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # reassurance put as a contrast
        (DKA, "It's not your fault, it's just how type 1 works sometimes."),
        (BAN, "You're not a bad dad, you're someone who lost his temper once."),
        # their words handed back in the contrast
        (VERTIGO, "It isn't vertigo. It's that you can't drive."),
    ],
)
def test_reassurance_or_their_words_as_a_contrast_restate_nothing(partner: str, reply: str) -> None:
    assert restated_listening(reply, partner) == 0


@pytest.mark.parametrize(
    "text",
    [
        "You knew there'd be consequences when you did it.",
        "He's an adult and some of this is on him.",
        "Tbh if you'd gone to the doctor sooner you'd never have ended up in hospital.",
        "Lesson learnt, never resign without a signed contract.",
        "He's lucky it was only his collarbone.",
        "lol 'our legal team'.",
        "You can't blame every choice on a tablet.",
        "You should have checked the licence before you upgraded.",
    ],
)
def test_blame_and_mockery_are_read(text: str) -> None:
    assert blames_them(text)


@pytest.mark.parametrize(
    "text",
    [
        "If you'd like, I can ask the GP about the dose.",
        "I was lucky to have a manager who backed me.",
        "So the checks were falsified and the people you work with turned away from you.",
        "You didn't know the license had changed until legal flagged it.",
        "If you want, we could look at the patch notes together.",
    ],
)
def test_offers_luck_of_ones_own_and_plain_restatements_blame_no_one(text: str) -> None:
    assert not blames_them(text)


@pytest.mark.parametrize(
    ("partner", "blame", "plain"),
    [
        (
            SHUNNED,
            "You knew there'd be consequences when you reported the checks.",
            "So doing the right thing about the checks has cost you the people you ate with.",
        ),
        (
            DKA,
            "If you'd gone to the doctor when you lost the stone you'd never have ended up with "
            "DKA.",
            "So a week in hospital with DKA, and the stone you lost, all at once at 34.",
        ),
    ],
)
def test_blame_earns_no_restatement_a_plain_restatement_does(
    partner: str, blame: str, plain: str
) -> None:
    assert restated_listening(blame, partner) == 0
    assert restated_listening(plain, partner) > 0


def test_mocked_words_earn_no_quote_or_pick_up() -> None:
    score = SemanticScorer().score(
        ScoreInput("lol 'our legal team'. pay for a licence then.", LICENCE)
    )
    found = [e.reason for e in score.evidence if e.points > 0]
    assert not any(r.startswith(("quoted their words", "picked up their words")) for r in found)
