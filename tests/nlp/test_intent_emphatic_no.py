"""An emphatic no is a no (issue 12): "Absolutely not." came nearer to assents than to
refusals ("absolutely" alone is how a reply says yes) and met the refusal of 2 of the 24
readable sets, where "No." met 6. Intents now read it as the plain no. Checked in several
domains; hard negatives: an emphatic yes, a no that names what it refuses or qualifies."""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_emphatic import plain_no
from roleplay.nlp.intents import IntentMatcher, IntentSpec

ROTA = IntentMatcher(  # health: a nurse asks a colleague to cover a week of nights
    [
        IntentSpec(
            "refuse_cover",
            (
                "No, I can't cover your nights.",
                "I won't take the whole week, sorry.",
                "No. I'm not able to swap this time.",
            ),
        ),
        IntentSpec(
            "offer_some_nights",
            (
                "I can take Tuesday and Wednesday night for you.",
                "I'll cover the first two nights.",
                "I'll do the weekend nights if you take my Monday.",
            ),
        ),
    ]
)

VENDOR = IntentMatcher(  # procurement: a supplier asks for a price rise
    [
        IntentSpec(
            "reject_increase",
            (
                "No, we won't pay a 20% increase.",
                "We're not signing at that rate.",
                "No. That rise isn't acceptable.",
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
    ]
)

KITCHEN = IntentMatcher(  # hospitality: a dish before its allergen check
    [
        IntentSpec(
            "hold_check",
            (
                "No, it can't go out without the allergen sheet.",
                "The satay doesn't go on until the sheet is done.",
                "No. Nothing is served without its check.",
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
    ]
)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("Absolutely not.", "No."),
        ("Absolutely not, sorry.", "No, sorry."),
        ("Definitely not!", "No!"),
        ("Of course not.", "No."),
        ("Hell no.", "No."),
        ("Most certainly not.", "No."),
        ("Absolutely not, I'm afraid.", "No, I'm afraid."),
        # a no with its reason: the reason carries the part
        ("Absolutely not; the rota is fixed.", "Absolutely not; the rota is fixed."),
        # not an emphatic no: an emphatic yes, a no about something named, a doubt
        ("Absolutely.", "Absolutely."),
        ("Of course we can.", "Of course we can."),
        ("Absolutely not the US region.", "Absolutely not the US region."),
        ("Definitely not convinced.", "Definitely not convinced."),
        ("Really not sure.", "Really not sure."),
    ],
)
def test_plain_no(text: str, read: str) -> None:
    assert plain_no(text) == read


@pytest.mark.parametrize(
    ("matcher", "refusal"),
    [(ROTA, "refuse_cover"), (VENDOR, "reject_increase"), (KITCHEN, "hold_check")],
    ids=["rota", "vendor", "kitchen"],
)
@pytest.mark.parametrize(
    "reply", ["Absolutely not.", "Definitely not.", "Certainly not!", "Absolutely not, sorry."]
)
def test_an_emphatic_no_meets_the_refusal(matcher: IntentMatcher, refusal: str, reply: str) -> None:
    assert matcher.matched(reply)[:1] == (refusal,)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (ROTA, "Absolutely, I'll take Tuesday and Wednesday night.", "offer_some_nights"),
        (VENDOR, "Of course, we'll sign at the new rate.", "accept_increase"),
        (KITCHEN, "Definitely, send it out tonight and we'll do the sheet tomorrow.", "skip_check"),
    ],
)
def test_an_emphatic_yes_with_its_move_is_no_no(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)
