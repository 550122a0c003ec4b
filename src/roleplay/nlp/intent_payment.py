"""Giving it at no cost is not charging for it (issue 12).

"We won't charge you for the setup", "There's no fee for the extra hours", "The redesign is on
the house" share their words (charge, fee, bill) with the move of charging for the work ("I'll
send you a fee proposal today", "It would go through a change order at our hourly rate"), and
a waiver reads as affirmative (:mod:`.negation`: giving it free negates no move), so the
encoder put it beside the charge. A part that waives the cost (:func:`waives`) is barred from
an intent that charges (:func:`charges`): one of whose examples at least CHARGING_SHARE name a
price, a fee or a bill, and none waives the cost. An intent any of whose examples gives it free
still meets it.

A waiver is also no other move: "We won't charge you for the setup" met a commitment, an
offer of people, a concession or an apology in 13 of 18 sets, whose examples say "We'll ...
you ..." about something else (the encoder hears the shape, not that nothing is done). So a
part that waives is barred from every intent none of whose examples gives something at no
cost or for less (:func:`gives_free`: a waiver, "free", a discount, a refund, "throw in"),
or that says no (a refusal that names the discount it refuses gives nothing): it meets "redesign_for_free" or "offer_other_value" ("... add onboarding
for free"), never "commit_followup". "You won't pay anything for the training" and "It won't
cost you a thing" waive too (they are not refusals).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .negation import is_negative

CHARGING_SHARE = 0.5

_WAIVES = re.compile(
    r"\b(?:(?:won['’]t|will not|wouldn['’]t|would not|don['’]t|do not|not going to|never)"
    r" (?:\w+ )?(?:charge|bill|invoice)|no (?:extra |additional |further |added )?(?:charge|fee"
    r"|cost|bill|invoice)s?\b|(?:for|at) no (?:extra |additional |added )?(?:charge|fee|cost)"
    r"|for free|free of charge|on the house|at our (?:own )?(?:cost|expense)|(?:absorb|eat|swallow"
    r"|cover) the (?:extra )?(?:cost|fee|bill)|don['’]t worry about the (?:fee|cost|bill|charge)"
    r"|without (?:a|any) (?:extra )?(?:charge|fee)"
    r"|you (?:won['’]t|will not|don['’]t|do not|wouldn['’]t|would not)(?: have to| need to)? pay"
    r" (?:anything|a (?:penny|cent|thing|dime)|extra|more)"
    r"|(?:won['’]t|will not|doesn['’]t|does not|wouldn['’]t|would not|shouldn['’]t) cost you"
    r" (?:anything|a (?:penny|cent|thing|dime)|extra|more))",
    re.IGNORECASE,
)
_WAIVE_WORDS = re.compile(r"charg|bill|invoic|fee|cost|free|house|expense|pay")
# what an example of an intent that gives something at no cost or for less says
_GIVES_FREE = re.compile(
    # "free" as a gift, not "feel free", "free up", "free on Thursday", "free time"
    r"\b(?:(?<!feel )free\b(?! (?:up|to|time|slot|slots|moment|minute|hour|on|next|this|tomorrow"
    r"|today|at|in|for a|hand|rein|of (?!charge)))"
    # a refund given, not a feature or a process named "refunds" ("I need refunds on the 20th")
    r"|(?:a|full|partial) refund|refund(?:ed)? (?:you|them|him|her|the|your|it|that|their)"
    r"|discount(?:s|ed)?|complimentary|waive[sd]?"
    r"|throw (?:in|it in)|at cost|cheaper|for less|lower (?:the )?(?:price|rate|fee)"
    r"|(?:cut|drop|reduce) (?:the |our )?(?:price|rate|fee)s?)\b",
    re.IGNORECASE,
)
_CHARGES = re.compile(
    r"\b(?:charg(?:e|es|ed|ing)|fees?|bill(?:ed|ing)?|invoic(?:e|ed|ing)|quotes?|quoted|pric(?:e|es"
    r"|ed|ing)|paid|pay|rates?|variation|change order|costs?|additional services)\b",
    re.IGNORECASE,
)


def may_waive(lowered: str) -> bool:
    """The cheap first check of :func:`waives` on lowered text: a word of a cost in it."""
    return _WAIVE_WORDS.search(lowered) is not None


def waives(text: str) -> bool:
    """The part gives it at no cost (see the module docstring)."""
    if not may_waive(text.lower()):  # most parts name no cost at all
        return False
    return _WAIVES.search(text) is not None


def gives_free(examples: Sequence[str]) -> bool:
    """One of the intent's examples waives the cost, or gives something at no cost or for less
    (a gift "free", a discount, a refund given, "throw in"; not "That's on us", which owns a
    mistake, nor "I need refunds on the 20th", a feature) in a statement without a negation:
    a waiver may meet it (see the module docstring)."""
    return any(
        waives(e)
        or (
            _GIVES_FREE.search(e) is not None
            and not is_negative(e)
            and not e.rstrip().endswith("?")  # "What's behind the push for a bigger discount?"
        )
        for e in examples
    )


def charges(examples: Sequence[str]) -> bool:
    """The intent charges for the work: CHARGING_SHARE of its examples name a price, a fee or
    a bill, and none of them waives the cost (then a waiver is one of its moves)."""
    if not examples or any(waives(e) for e in examples):  # a waiver is one of its moves
        return False
    n = sum(1 for e in examples if _CHARGES.search(e) is not None)
    return n >= CHARGING_SHARE * len(examples)
