"""Idioms read as what they say (issue 12, nlp/intent_idioms.py): a colloquial no ("Nope.",
"Nah, sorry.", "Nothing doing, ...", "Fat chance.") holds no negator and met no refusal, where
"No." did; "Why don't we / I / you ...?" and "Why not ...?" put a move forward but held a
negator, so they could not meet an offer's affirmative examples. Checked in several domains
(a ward rota, procurement, a kitchen, a rented flat, an engineering on-call); hard negatives: a
"why don't" that complains, a colloquial no inside a sentence, "Why not?" alone, "nothing" in
another phrase."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_idioms import plainly
from roleplay.nlp.intent_parts import cut
from roleplay.nlp.intents import IntentMatcher, IntentSpec

ROTA = IntentMatcher(  # health: a nurse asks a colleague to cover a week of nights
    [
        IntentSpec(
            "refuse_cover",
            (
                "No, I can't cover your nights.",
                "I won't take the whole week, sorry.",
                "I'm not able to swap this time.",
            ),
        ),
        IntentSpec(
            "offer_some_nights",
            (
                "I can take Tuesday and Wednesday night for you.",
                "I'll cover the first two nights.",
                "How about I do the weekend nights and you take my Monday?",
            ),
        ),
        IntentSpec(
            "ask_why",
            ("What's happening that week?", "Is it the whole week you need covered?"),
        ),
    ]
)

VENDOR = IntentMatcher(  # procurement: a supplier asks for a 20% price rise
    [
        IntentSpec(
            "reject_increase",
            (
                "No, we won't pay a 20% increase.",
                "We're not signing at that rate.",
                "That rise isn't acceptable to us.",
            ),
        ),
        IntentSpec(
            "accept_increase",
            (
                "Fine, we'll sign at the new rate.",
                "OK, we can live with the 20% rise.",
                "We'll accept the increase this year.",
            ),
        ),
        IntentSpec(
            "offer_longer_term",
            (
                "We could sign for three years if the price stays where it is.",
                "A longer contract at the current rate would work for us.",
                "What if we commit to two more years at this year's price?",
            ),
        ),
    ]
)

KITCHEN = IntentMatcher(  # hospitality: a dish before its allergen check
    [
        IntentSpec(
            "hold_check",
            (
                "No, it can't go out without the allergen sheet.",
                "The satay doesn't go on until the sheet is done.",
                "Nothing is served without its check.",
            ),
        ),
        IntentSpec(
            "skip_check",
            (
                "Fine, send it out tonight and we'll do the sheet tomorrow.",
                "OK, serve it without the check just this once.",
                "Sure, put it on the menu before the sheet is signed.",
            ),
        ),
        IntentSpec(
            "offer_quick_check",
            (
                "I'll go through the allergens with you at four so it can go on tonight.",
                "Let's do the sheet together before service.",
                "I can check the recipe with you this afternoon.",
            ),
        ),
    ]
)

FLAT = IntentMatcher(  # housing: a landlord and a tenant's deposit
    [
        IntentSpec(
            "keep_deduction",
            (
                "I'm keeping the £400 for the walls.",
                "The deduction stands, the walls needed painting.",
                "That money stays with me.",
            ),
        ),
        IntentSpec(
            "offer_adjudication",
            (
                "Let's ask the deposit scheme to decide it.",
                "We could send it to the scheme's free dispute service.",
                "I'm happy for an adjudicator to look at the photos and make the call.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Nope.", "No  ."),
        ("Nah, sorry.", "No , sorry."),
        ("Nothing doing, the date is the date.", "No           , the date is the date."),
        ("Fat chance.", "No        ."),
        ("Fine. Nope, not this one.", "Fine. No  , not this one."),
        ("Why don't we ask the scheme?", "How about we ask the scheme?"),
        ("Why don’t I take Tuesday?", "How about I take Tuesday?"),
        ("Why not start with a month?", "What if start with a month?"),
        # not read so: a "why don't" that complains, "Why not?" alone, a no inside a sentence,
        # "nothing" in another phrase
        ("Why don't you ever tell me in advance?", "Why don't you ever tell me in advance?"),
        ("Why don't I know about this?", "Why don't I know about this?"),
        ("Why not?", "Why not?"),
        ("Why not me?", "Why not me?"),
        ("I said nope to the first draft.", "I said nope to the first draft."),
        ("Nothing was agreed yet.", "Nothing was agreed yet."),
        ("Nahla starts on Monday.", "Nahla starts on Monday."),
    ],
)
def test_plainly(text: str, read: str) -> None:
    assert plainly(text) == read
    assert len(plainly(text)) == len(text)


def test_parts_keep_the_texts_spans_and_read_the_plain_words() -> None:
    spans, negative, _ = cut("Nope. Why don't we ask the scheme?")
    assert spans == [(0, 5), (6, 34)]
    assert negative == [True, False]


@pytest.mark.parametrize(
    ("matcher", "refusal"),
    [(ROTA, "refuse_cover"), (VENDOR, "reject_increase"), (KITCHEN, "hold_check")],
    ids=["rota", "vendor", "kitchen"],
)
@pytest.mark.parametrize(
    "reply", ["Nah, sorry.", "Nope, sorry.", "Nothing doing, I'm afraid.", "Nah, I'm afraid not."]
)
def test_a_colloquial_no_meets_the_refusal(
    matcher: IntentMatcher, refusal: str, reply: str
) -> None:
    assert matcher.matched(reply)[:1] == (refusal,)


@pytest.mark.parametrize(
    "matcher", [ROTA, VENDOR, KITCHEN, FLAT], ids=["rota", "vendor", "kitchen", "flat"]
)
@pytest.mark.parametrize(
    ("reply", "plain"),
    [("Nope.", "No."), ("Nah.", "No."), ("Nothing doing.", "No."), ("Fat chance!", "No!")],
)
def test_a_colloquial_no_is_read_as_no(matcher: IntentMatcher, reply: str, plain: str) -> None:
    # whatever "No." alone meets (the kitchen's refusal; nothing in the rota, where a bare no
    # is further from "No, I can't cover your nights" than the threshold)
    assert matcher.matched(reply) == matcher.matched(plain)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (ROTA, "Why don't I take Tuesday and Wednesday night for you?", "offer_some_nights"),
        (VENDOR, "Why don't we sign for three years at the current price?", "offer_longer_term"),
        (KITCHEN, "Why don't we go through the allergens together at four?", "offer_quick_check"),
        (FLAT, "Why don't we let the deposit scheme's adjudicator decide?", "offer_adjudication"),
        (FLAT, "Why not send it to the scheme's dispute service?", "offer_adjudication"),
    ],
)
def test_why_dont_we_proposes(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        # a complaint put as "why don't you ever ...", a colloquial no inside a sentence
        (ROTA, "Why don't you ever ask me before you book a holiday?"),
        (VENDOR, "Why don't you ever send the price list on time?"),
        (KITCHEN, "Why don't you ever give me the recipes in advance?"),
        (FLAT, "Why don't you ever answer my emails?"),
        (ROTA, "My sister said nah to the wedding anyway."),
    ],
)
def test_complaints_and_asides_make_no_move(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()
