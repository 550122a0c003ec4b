"""A finance intent set shared by tests of readings that keep a move off the wrong intent: the
whole cut taken vs part of it offered (two intents, three examples each)."""

from __future__ import annotations

from roleplay.nlp.intents import IntentMatcher, IntentSpec

BUDGET = IntentMatcher(  # finance: a budget cut
    [
        IntentSpec(
            "accept_full_cut",
            (
                "We'll absorb the entire cut.",
                "OK, take the full 30%.",
                "Book the whole 30% against my team.",
            ),
        ),
        IntentSpec(
            "offer_partial_cut",
            (
                "I can give you 10% now and more next quarter.",
                "Some of it can go now, a modest share.",
                "Let's phase it over two quarters.",
            ),
        ),
    ]
)
