"""A reply that is only a no concedes nothing (issue 12, found by a trainer, writer21).

docs/authoring.md tells a trainer to give an intent examples in the form learners use, and a
cave on a limit is often said with "no": "Fine, no rate limits for the launch, then", "OK, no
throttling at all on launch day" (giving the limits up). With those examples a bare "No.",
"Nope." or "No, sorry." - the opposite move - matched the cave first, and a scenario that sends
the cave to its failure ending failed a learner who had held the line. A part that is only a no
(after an assent or filler at most, before a word of regret at most) may no longer match an
intent that concedes; a cave said with "no" and more ("Fine, no limits on Thursday then") still
does, and the same bare no still meets intents that do not concede.
"""

from __future__ import annotations

import numpy as np
import pytest

from roleplay.nlp.intent_refusal import barred
from roleplay.nlp.intents import IntentMatcher, IntentSpec

LIMITS = [
    IntentSpec(
        "switch_off_limits",
        (
            "OK, I'll turn the rate limits off for Thursday.",
            "Fine, we'll disable rate limiting for the launch window.",
            "Sure, switch the limits off for the day and we'll put them back on Friday.",
            "Go ahead, take the limits off for the launch.",
            "Fine, no rate limits for Lumen's launch, then.",
            "OK, no throttling at all on launch day.",
        ),
    ),
    IntentSpec(
        "offer_partner_quota",
        (
            "I can raise the quota for Lumen's API key just for launch day.",
            "We could put Lumen on a temporary launch tier with ten times the normal rate.",
            "I'll whitelist their key at a higher limit for the first 24 hours.",
        ),
    ),
]

# another domain: a cave on a site rule said with "no"
HELMETS = [
    IntentSpec(
        "waive_helmets",
        (
            "OK, no hard hats needed for the visitors today.",
            "Fine, skip the helmets for the tour this once.",
            "Sure, they can walk the site without the PPE.",
        ),
    ),
    IntentSpec(
        "hold_helmets",
        (
            "Everyone on site wears a hard hat, visitors included.",
            "The visitors get helmets like everyone else.",
            "Nobody walks the site without PPE.",
        ),
    ),
]


@pytest.fixture(scope="module")
def limits() -> IntentMatcher:
    return IntentMatcher(LIMITS)


@pytest.fixture(scope="module")
def helmets() -> IntentMatcher:
    return IntentMatcher(HELMETS)


@pytest.mark.parametrize(
    "reply",
    ["No.", "Nope.", "No, sorry.", "Nah, sorry.", "OK, no.", "Well, no, I'm afraid."],
)
def test_a_bare_no_is_no_cave(limits: IntentMatcher, helmets: IntentMatcher, reply: str) -> None:
    assert "switch_off_limits" not in limits.matched(reply)
    assert "waive_helmets" not in helmets.matched(reply)


@pytest.mark.parametrize(
    "reply",
    [
        "Fine, no limits on Thursday then.",
        "Alright, no throttling for them on launch day.",
        "OK, go on, no limits for the launch.",
    ],
)
def test_a_cave_said_with_no_still_caves(limits: IntentMatcher, reply: str) -> None:
    assert limits.matched(reply)[:1] == ("switch_off_limits",)


def test_a_cave_on_another_rule_said_with_no_still_caves(helmets: IntentMatcher) -> None:
    assert helmets.matched("Fine, no helmets for the visitors this afternoon.")[:1] == (
        "waive_helmets",
    )


def test_only_the_bare_no_part_is_held() -> None:
    # "No. OK, go ahead, no limits for the launch." turns with an assent in its second part
    text = "No. OK, go ahead, no limits for the launch."
    spans = [(0, 3), (4, len(text))]
    conceding = np.array([True, False])
    out = barred(text, spans, conceding)
    assert out is not None
    assert out[0].tolist() == [True, False]
    assert out[1].tolist() == [False, False]


def test_a_bare_no_still_meets_an_intent_that_does_not_concede() -> None:
    # the rule takes the bare no from caves only: an intent of refusing keeps it
    matcher = IntentMatcher(
        [
            *LIMITS,
            IntentSpec(
                "refuse_outright",
                (
                    "No.",
                    "No, the rate limits stay on.",
                    "We can't switch the limits off, for anyone.",
                ),
            ),
        ]
    )
    assert matcher.matched("Nope.")[:1] == ("refuse_outright",)
