"""Naming what they told by its feeling is a reflection of feeling (docs/scoring.md rule 58).

"That must be worrying" and "That sounds frustrating" earned the reflection of feeling's floor
(rule 18); the same remark as an evaluation of what they told did not: "That is a big worry."
(empathy 49), "What a disappointment." (49), "What a frustration." (49) after a line that names
the feeling. Such a sentence is theirs only when their line (or the state's emotion) names a
feeling it fits; a feeling made small ("It was only panic."), negated, or of the other valence
is not reflected.
"""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput
from roleplay.scoring.semantic import SemanticScorer

from .reasons import score

REFLECTED = "reflected their feeling in your own words"

NAMED = [
    # health
    (
        "I'm worried I won't find a sitter for my hospital appointments.",
        "That is a big worry.",
        None,
    ),
    # sales
    ("I lost the client after two years and I'm gutted.", "What a disappointment.", None),
    # engineering
    ("I'm so frustrated that the build broke again.", "What a frustration.", None),
    # HR
    ("I'm anxious about the restructure announcement tomorrow.", "Oh, how worrying.", None),
    # public sector
    (
        "My manager criticised my report in front of the whole council and I felt humiliated.",
        "How humiliating.",
        None,
    ),
    # finance: the state's emotion names the feeling their line does not
    ("The board moved the deadline to Friday.", "That's a real worry.", "worried"),
]


@pytest.mark.parametrize(("partner", "reply", "emotion"), NAMED)
def test_naming_what_they_told_by_its_feeling_reflects_it(
    partner: str, reply: str, emotion: str | None
) -> None:
    result = SemanticScorer().score(ScoreInput(reply, partner, emotion=emotion))
    assert any(REFLECTED in e.reason for e in result.evidence), result.evidence
    assert result.empathy >= 60


NOT_REFLECTED = [
    # made small
    ("I had my first panic attack on the train and I was terrified.", "It was only panic."),
    # negated
    ("I'm worried I won't find a sitter for the conference week.", "That's not a big worry."),
    # the other valence
    ("I'm so frustrated that the build broke again.", "That's exciting!"),
    # no feeling of theirs to fit: the speaker's own evaluation
    ("I lost the client after two years of work.", "What a disappointment."),
    ("I'm going to be late again.", "That's annoying."),
]


@pytest.mark.parametrize(("partner", "reply"), NOT_REFLECTED)
def test_small_negated_contrary_or_unanchored_feelings_are_not_reflected(
    partner: str, reply: str
) -> None:
    assert not any(REFLECTED in e.reason for e in score(reply, partner).evidence)
