"""Intents of three small talks where someone asks for what the speaker must refuse, shared by
the tests of how a no meets an intent's refusals (test_intent_refusals_said.py, recall18;
test_intent_bare_no_refused.py, recall19): sales, a hospital ward and a street-works permit."""

from __future__ import annotations

from roleplay.nlp.intents import IntentSpec

SALES_SPECS = [  # a rep wants 40% off for a customer
    IntentSpec(
        "refuse_discount",
        (
            "We can't go below the list price.",
            "I'm not giving you any more off this deal.",
            "Not one more point of discount is coming out of it.",
        ),
    ),
    IntentSpec(
        "offer_longer_term",
        (
            "If you sign for three years, I can hold this year's price.",
            "We could spread the payments over two years instead.",
            "A longer contract would let me lower the yearly cost.",
        ),
    ),
    IntentSpec(
        "ask_budget",
        (
            "What budget are they working with this year?",
            "What's driving the ask for 40%?",
            "Who signs off on the spend on their side?",
        ),
    ),
]

WARD_SPECS = [  # health: night nurses want one shared login for the drug carts
    IntentSpec(
        "refuse_shared_login",
        (
            "We can't share logins on the ward.",
            "Nobody is getting a shared account, not even for a week.",
            "I'm not turning individual sign-in off.",
        ),
    ),
    IntentSpec(
        "offer_faster_login",
        (
            "I'll get badge readers fitted on the carts this week.",
            "We can set the timeout to fifteen minutes for the night shift.",
            "I can send someone from IT to speed up the log-in on every cart.",
        ),
    ),
    IntentSpec(
        "ask_what_slows",
        (
            "Where in the round does the log-in slow you down?",
            "How long does signing in take on a bad night?",
            "Which carts are the worst?",
        ),
    ),
]

PERMIT_SPECS = [  # public sector: a contractor wants to lift steel before the permit
    IntentSpec(
        "refuse_permit_skip",
        (
            "The crane can't go up without a permit.",
            "Nobody is lifting anything over the road until the permit is signed.",
            "I'm not letting the lift go ahead on a verbal okay.",
        ),
    ),
    IntentSpec(
        "offer_fast_permit",
        (
            "I'll walk the application through the office myself this afternoon.",
            "We can book the inspector for first thing tomorrow.",
            "I can get the road closure approved by Thursday.",
        ),
    ),
    IntentSpec(
        "ask_deadline",
        (
            "When does the steel have to be up?",
            "What happens if the lift slips a day?",
            "Who on site is waiting for the crane?",
        ),
    ),
]
