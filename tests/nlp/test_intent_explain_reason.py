"""What `IntentMatcher.score` says about an intent that did not match names what decided it:
the part shown is the one the reason is about, a part lost to a rival names the rival, and
"negation" is said only of a part that, read the other way round, would have matched."""

from __future__ import annotations

from roleplay.nlp.intents import IntentMatcher, IntentScore, IntentSpec

SUPPORT = [
    IntentSpec(
        "commit_concrete",
        (
            "You'll have a written root cause before nine tomorrow morning.",
            "I'll call you at five today with what we found.",
            "By Friday you'll get the fix date in writing from me.",
        ),
    ),
    IntentSpec(
        "route_to_queue",
        (
            "Please raise a ticket with the support desk.",
            "The service desk will pick it up from the queue.",
            "Log it in the portal and someone will get back to you.",
        ),
    ),
    IntentSpec(
        "apologise",
        (
            "I'm sorry, losing a day of orders is on us.",
            "We let you down on Saturday and I apologise.",
            "That outage should never have happened, and I'm sorry.",
        ),
    ),
]

ROTA = [
    IntentSpec(
        "grant_weekend_off",
        (
            "Yes, take the whole weekend off, I'll sort the cover.",
            "Fine, you can have both days off.",
            "OK, I'll take you off the rota for Saturday and Sunday.",
        ),
    ),
    IntentSpec(
        "refuse_outright",
        (
            "I can't give you the weekend, we're already short.",
            "No, I can't take you off the rota this weekend.",
            "We can't spare anyone on Saturday or Sunday.",
        ),
    ),
    IntentSpec(
        "ask_reason",
        (
            "What's going on that weekend?",
            "Can you tell me why you need both days?",
            "What makes this weekend so important?",
        ),
    ),
]

PRICING = [
    IntentSpec(
        "offer_phasing",
        (
            "We could phase the increase: half this year and half next.",
            "Let's spread the price rise over two renewals.",
            "What if the new price starts in the second year?",
        ),
    ),
    IntentSpec(
        "hold_price",
        (
            "The price is the price, I can't discount it.",
            "No, the list price doesn't change for anyone.",
            "We won't go below the renewal price.",
        ),
    ),
]


def _row(matcher: IntentMatcher, reply: str, name: str) -> IntentScore:
    return next(s for s in matcher.score(reply) if s.name == name)


def _part(reply: str, row: IntentScore) -> str | None:
    return None if row.span is None else reply[row.span[0] : row.span[1]]


def test_a_part_lost_to_a_rival_names_the_rival() -> None:
    matcher = IntentMatcher(SUPPORT)
    reply = "I'll write up the root cause and call you by five with it."
    assert matcher.matched(reply)[:1] == ("commit_concrete",)
    lost = [s for s in matcher.score(reply) if s.blocked and "more clearly" in s.blocked]
    for row in lost:  # every such row says which intent took the words, and shows them
        assert row.blocked is not None and row.blocked.endswith(": commit_concrete")
        assert row.score >= row.threshold and _part(reply, row)


def test_negation_is_said_of_the_part_that_says_the_opposite() -> None:
    # health (a ward rota): the refusal turned round would grant the weekend
    matcher = IntentMatcher(ROTA)
    reply = "Thanks for asking early. I can't take you off the rota for the weekend."
    row = _row(matcher, reply, "grant_weekend_off")
    assert not row.matched and row.blocked is not None and row.blocked.startswith("negation")
    assert _part(reply, row) == "I can't take you off the rota for the weekend."
    # sales: the same for a no to phasing, in a reply of one part
    pricing = IntentMatcher(PRICING)
    reply = "We can't phase the increase over two years."
    row = _row(pricing, reply, "offer_phasing")
    assert row.blocked is not None and row.blocked.startswith("negation")
    assert _part(reply, row) == reply


def test_no_negation_is_said_of_a_part_that_would_not_have_matched_either_way() -> None:
    """Hard negatives: a check of the rota or a question shares the topic with the refusal's
    examples, but read as a no it would still fall short: its row gives no reason."""
    matcher = IntentMatcher(ROTA)
    for reply in ("Let me look at the rota.", "So you want the whole weekend off."):
        row = _row(matcher, reply, "refuse_outright")
        assert row.blocked is None or not row.blocked.startswith("negation"), (reply, row)
    pricing = IntentMatcher(PRICING)
    row = _row(pricing, "Could we talk about the renewal on Friday?", "hold_price")
    assert row.blocked is None or not row.blocked.startswith("negation")
