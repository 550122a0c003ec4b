"""A check before the move is no move yet, and a complaint put as "why" accuses (issue 12,
fourteenth round, third piece).

Every docs-only dev set lists "Let me check the sprint board", "Let me check with finance",
"Let me look at the login logs" among the ordinary replies, and the shipped scenarios list
"Let me think about it and get back to you" as near-misses: the speaker puts the move off until
they have looked. Such a reply part, with no time promised, is read as waiting (DEFERRAL, as a
condition on someone else's yes is), in replies only. "Why are the nurses complaining about a
password?" dismisses their trouble; it no longer asks what slows them down.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import accuses, checks
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import DEFERRAL, STATEMENT
from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher

WARD = IntentMatcher(  # a ward: a nurse manager asks for one shared login on the carts
    [
        IntentSpec(
            "allow_shared_login",
            (
                "OK, let the ward use one shared login for go-live week.",
                "Fine, a single account per cart is alright for now.",
                "Go ahead and share the charge nurse's login until things settle.",
                "I can live with a shared password on the carts for a few days.",
                "You have my blessing to use one login per shift this week.",
                "Alright, skip the individual logins while the rollout is busy.",
            ),
        ),
        IntentSpec(
            "keep_individual_logins",
            (
                "Every nurse still logs in as themselves, even this week.",
                "We can't share logins on a medication system.",
                "No, a shared account isn't something I can allow.",
                "Each dose has to be signed by the nurse who gave it.",
                "I won't sign off on a shared password, sorry.",
                "Individual logins stay; that's what keeps the record safe.",
            ),
        ),
        IntentSpec(
            "ask_what_slows_them",
            (
                "What part of logging in takes the longest on a round?",
                "How many times a round are they typing the password?",
                "Which carts are the worst, and at what time of day?",
                "Can you show me where the rounds get held up?",
                "What would a fast enough login look like for your nurses?",
            ),
        ),
        IntentSpec(
            "offer_faster_login",
            (
                "We could switch the carts to badge tap so it's one second per nurse.",
                "What if I put two super-users on your ward for the first week?",
                "Let's lengthen the cart's timeout during rounds so they log in once.",
                "I can have the badge readers on your carts by Thursday.",
                "How about fingerprint login on the two busiest carts?",
            ),
        ),
        IntentSpec(
            "commit_support",
            (
                "I'll be on the ward at the seven o'clock round tomorrow.",
                "You'll have the badge readers fitted by Wednesday night.",
                "I'll check in with you every morning this week.",
                "Let me send you the plan for the carts before lunch.",
            ),
        ),
    ]
)


def test_looking_at_the_logs_first_keeps_nothing() -> None:
    """Heard as keeping individual logins before ("Individual logins stay ...")."""
    assert WARD.matched("Let me look at the login logs.") == ()


def test_a_dismissive_why_asks_nothing() -> None:
    """Heard as asking what slows the nurses down before."""
    assert "ask_what_slows_them" not in WARD.matched(
        "Why are the nurses complaining about a password?"
    )
    assert WARD.matched("How long does a login take the nurses on a busy round?")[:1] == (
        "ask_what_slows_them",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Let me look at the login logs.",  # a ward
        "Let me check with finance.",  # sales
        "Let me think it over before I back anything in front of the CEO.",  # planning
        "We'll look into it and get back to you.",  # customer support
        "I need to check the rota first.",  # on-call
        "Let me take a look at the permit.",  # a building site
    ],
)
def test_a_check_with_no_time_promised_waits(sentence: str) -> None:
    assert checks(sentence)
    assert part_mood(sentence) == DEFERRAL


@pytest.mark.parametrize(
    "sentence",
    [
        "We'll look into it and get back to you by Friday.",  # a time: a commitment
        "I'll check the rota tonight and swap you out.",
        "Let me draft the plan today.",  # a move, not a check
        "I'll review the incident with your team tomorrow.",
        "Let's phase the cut.",
    ],
)
def test_a_check_promised_by_a_time_or_a_move_is_no_delay(sentence: str) -> None:
    assert not checks(sentence)
    assert part_mood(sentence) == STATEMENT


@pytest.mark.parametrize(
    ("question", "accusing"),
    [
        ("Why are the nurses complaining about a password?", True),  # a ward
        ("Why is the customer moaning about a six-hour outage?", True),  # support
        ("Why are the nurses asking for a shared login?", False),  # asks
        ("What are the nurses complaining about most?", False),  # asks what it is
    ],
)
def test_a_why_that_complains_about_their_complaint_accuses(question: str, accusing: bool) -> None:
    assert accuses(question) is accusing


def test_a_concession_in_principle_after_asking_the_privacy_officer_concedes() -> None:
    """Compliance (the shipped compliance_bend): heard as holding the EU rule before (its
    "They'll have to wait for the new EU region" shares "region" with "the US region")."""
    matcher = shipped_matcher("compliance_bend")
    reply = (
        "I want our privacy officer to look at it, but in principle a few weeks in the US "
        "region could work."
    )
    assert matcher.matched(reply)[:1] == ("concede_us_hosting",)
    assert "hold_eu_rule" not in matcher.matched(reply)


def test_an_intent_that_asks_for_time_meets_a_check_in_full() -> None:
    """Examples that are checks are read as waiting too, so such an intent still matches."""
    stall = IntentMatcher(  # sales: a buyer asks for time on a renewal
        [
            IntentSpec(
                "ask_for_time",
                (
                    "Let me think it over and come back to you.",
                    "I need to check this with my finance team first.",
                    "Let me sleep on the renewal.",
                ),
            ),
            IntentSpec(
                "sign_now",
                (
                    "OK, send me the renewal and I'll sign it today.",
                    "Fine, we'll take the three-year term.",
                    "Deal, put it through at that price.",
                ),
            ),
        ]
    )
    assert stall.matched("Let me think about the renewal first.") == ("ask_for_time",)


def test_roleplay_intents_names_the_check() -> None:
    """`roleplay intents` said only "it waits on someone else's yes" for a check of the
    speaker's own."""
    blocked = {s.name: s.blocked for s in WARD.score("Let me look at the login logs.")}
    assert any(b is not None and "a check of the speaker's own" in b for b in blocked.values())
