"""Saying no without the usual refusal words (issue 12, twelfth round).

"That's off limits", "The budget stays whole", "It would breach the residency rule", "I'm not
trading anything", "Nothing moves until ..." say no as plainly as "I can't", but held no form
that :func:`refuses` knew, so they were plain statements. An example written that way ("Even
temporary hosting in America would breach the residency rule.") then met a concession said in
plain words in full, and the holding intent, whose threshold sits lower, won the rivalry.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_parts import cut
from roleplay.nlp.intent_readings import refuses
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import (
    BARE_NO,
    HELD,
    REFUSAL,
    SAYS_NO,
    phrasing_mood,
)
from roleplay.nlp.negation import is_negative

from .shipped import shipped_matcher


@pytest.mark.parametrize(
    "refusal",
    [
        "My budget is off limits this quarter.",  # budgeting
        "That's off limits.",
        "Refunds after 60 days are out of the question.",  # retail
        "Lifting without a permit would breach the site rules.",  # a building site
        "Sharing a login would violate the ward's policy.",  # a ward
        "The budget stays whole.",
        "Engineering is staying whole this year.",
        "The contractors are staying, all of them.",
        "The scope is locked for this release.",  # software
        "The price is final.",  # sales
        "I'm going to have to decline this one.",
        "I'm not trading anything, the plan is the plan.",  # a plan held
        "Nothing moves until the audit is done.",
        "We're not budging on the date.",
    ],
)
def test_saying_no_in_other_words_is_a_refusal(refusal: str) -> None:
    assert refuses(refusal)
    # a reply's no without a negator is BARE_NO: it also meets negative refusing examples
    assert part_mood(refusal) == (SAYS_NO if is_negative(refusal) else BARE_NO)
    assert phrasing_mood(refusal) == REFUSAL


@pytest.mark.parametrize(
    "plain",
    [
        "The date is fixed, so let's phase the scope.",  # a fact before a move
        "Virginia is off the table, but let's find another way.",
        "I'm not sure the date is fixed.",  # a doubt
        "I'm staying late to finish the report.",
        "The team is staying on the project.",
        "We'll stay in touch about the refund.",
        "The price stays at 25% if you sign today.",
        "I'm not giving up on the permit.",
        "Let's keep the plan as it is and add a pilot.",
    ],
)
def test_a_fact_or_a_move_is_no_refusal(plain: str) -> None:
    assert not refuses(plain)
    assert part_mood(plain) != SAYS_NO


def test_a_concession_in_principle_after_a_check_concedes() -> None:
    """Compliance (the shipped compliance_bend): failed before (heard as holding the EU rule,
    whose "Even temporary hosting in America would breach the residency rule." it met in
    full, with a lower threshold than the concession's)."""
    matcher = shipped_matcher("compliance_bend")
    reply = "Let me check with the DPO, but in principle a temporary US setup could work."
    assert matcher.matched(reply)[:1] == ("concede_us_hosting",)
    assert matcher.matched("Patient data stays in the EU, full stop.")[:1] == ("hold_eu_rule",)


@pytest.mark.parametrize(
    ("reply", "held"),
    [
        # the rule restated after a no holds the no (sales, a building site)
        ("The answer is still no. They get the standard cap like every other customer.", True),
        ("Still no from me. Every lift gets its permit first, like always.", True),
        # an offer after a no puts something forward, a "but" turns from the no
        ("I can't do 40%. A two-year term at the cap would spread the saving.", False),
        ("No, not this week. But the rota gets a second person next month.", False),
        ("I'm not sure yet. The refund policy covers 30 days.", False),  # a doubt, no refusal
    ],
)
def test_the_rule_restated_after_a_no_is_read_as_holding_it(reply: str, held: bool) -> None:
    """With refusal examples in plain words ("Discounts above 25% are off the table") the
    restated rule met them 0.05 lower and matched nothing; as HELD it meets them in full."""
    spans, _, moods = cut(reply)
    assert (moods[-1] == HELD) is held, [reply[a:b] for a, b in spans]
