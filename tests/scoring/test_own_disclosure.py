"""The speaker telling their own state or need acknowledges nothing of theirs (docs/scoring.md
rule 45).

Found on the CaSiNo TRAIN replies the scorer ranked too warm: the encoder read the speaker's own
worry, stress or need ("I am worried about water", "Though I am a bit stressed") as close to
the bank's validation examples ("+2 empathy: this sentence acknowledges how they feel"), and
the cue layer read "I am not good at hunting" as "acknowledged it's hard" (+22 empathy). Said to
a partner, such a sentence discloses the speaker's side; it does not acknowledge theirs.
Sympathy, a shared feeling and an acknowledgement of their hard time keep their credit.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.own_disclosure import discloses_own

from .reasons import score

VALIDATION_ACT = "this sentence acknowledges how they feel"
DIFFICULTY = "acknowledged it's hard"

OWN_STATE = [
    # engineering
    ("Can we move the release to Friday?", "I'm really stressed about the release."),
    # health
    ("Your scan results are back.", "I'm so anxious about my own results."),
    # HR / social care
    ("The roster for next month is out.", "I am feeling overwhelmed with my caseload."),
    # public sector
    ("The council is closing the library on Sundays.", "I'm upset because I use it every week."),
    # housing
    ("The landlord says the repair will take a month.", "I am frustrated and tired of waiting."),
]


@pytest.mark.parametrize(("partner", "reply"), OWN_STATE)
def test_the_speakers_own_state_is_no_acknowledgement(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(VALIDATION_ACT in e.reason for e in result.evidence), result.evidence
    assert result.empathy <= 45


OWN_DIFFICULTY = [
    # finance
    ("I'm not sure we can afford the upgrade.", "I am not good at budgets."),
    # engineering
    ("I had to cancel the launch.", "I'm not great at handling setbacks."),
    # health
    ("Patients keep asking for weekend slots.", "I am not great with weekend work."),
    # a negotiation over supplies
    ("I hunt and fish every day on these trips.", "I am not good at hunting or fishing."),
]


@pytest.mark.parametrize(("partner", "reply"), OWN_DIFFICULTY)
def test_the_speakers_own_weakness_is_no_acknowledged_hard_time(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(DIFFICULTY in e.reason for e in result.evidence), result.evidence
    assert result.empathy <= 45


# Hard negatives: sympathy, a shared feeling and their hard time keep their empathy.
THEIRS = [
    # health
    ("My dad was just diagnosed with cancer.", "I'm so sorry to hear that.", "sympath"),
    # finance
    ("I'm worried the budget will be cut.", "I'd be worried too.", "validated"),
    # sales
    ("We lost the contract yesterday.", "That is really hard.", DIFFICULTY),
    # HR
    ("My manager gave my shift away without asking.", "That's so unfair on you.", DIFFICULTY),
    # public sector: the speaker's worry about what they said
    ("I'm worried the budget will be cut.", "I'm worried about that as well.", VALIDATION_ACT),
]


@pytest.mark.parametrize(("partner", "reply", "reason"), THEIRS)
def test_acknowledging_theirs_keeps_its_credit(partner: str, reply: str, reason: str) -> None:
    result = score(reply, partner)
    assert any(reason in e.reason and e.points > 0 for e in result.evidence), result.evidence
    assert result.empathy > 45


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm very concerned.",
        "Though I am a bit stressed.",
        "I get dehydrated very easily, so I am pretty jumpy in the heat!",
        "We need both posts filled before the audit.",
        "My team is already stretched thin.",
        "Honestly I am a bit stressed.",
    ],
)
def test_disclosures_of_the_speakers_side(sentence: str) -> None:
    assert discloses_own(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I'm so sorry to hear that.",
        "I'd be worried too.",
        "I'm worried about that as well.",
        "I feel the same way.",
        "I can imagine how tiring that is.",
        "I'm worried about you.",
        "I hope your results come back clear.",
        "That sounds really stressful.",
        "You must be exhausted.",
        "I know how hard the night shifts are.",
        "I'm glad you told me.",
        "I'm sure it does feel really daunting.",
        "I bet that hurt.",
    ],
)
def test_not_disclosures(sentence: str) -> None:
    assert not discloses_own(sentence)
