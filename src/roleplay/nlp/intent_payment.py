"""Giving it at no cost is not charging for it (issue 12).

"We won't charge you for the setup", "There's no fee for the extra hours", "The redesign is on
the house" share their words (charge, fee, bill) with the move of charging for the work ("I'll
send you a fee proposal today", "It would go through a change order at our hourly rate"), and
a waiver reads as affirmative (:mod:`.negation`: giving it free negates no move), so the
encoder put it beside the charge. A part that waives the cost (:func:`waives`) is barred from
an intent that charges (:func:`charges`): one of whose examples at least CHARGING_SHARE name a
price, a fee or a bill, and none waives the cost. An intent any of whose examples gives it free
still meets it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

CHARGING_SHARE = 0.5

_WAIVES = re.compile(
    r"\b(?:(?:won['’]t|will not|wouldn['’]t|would not|don['’]t|do not|not going to|never)"
    r" (?:\w+ )?(?:charge|bill|invoice)|no (?:extra |additional |further |added )?(?:charge|fee"
    r"|cost|bill|invoice)s?\b|(?:for|at) no (?:extra |additional |added )?(?:charge|fee|cost)"
    r"|for free|free of charge|on the house|at our (?:own )?(?:cost|expense)|(?:absorb|eat|swallow"
    r"|cover) the (?:extra )?(?:cost|fee|bill)|don['’]t worry about the (?:fee|cost|bill|charge)"
    r"|without (?:a|any) (?:extra )?(?:charge|fee))",
    re.IGNORECASE,
)
_WAIVE_WORDS = re.compile(r"charg|bill|invoic|fee|cost|free|house|expense")
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


def charges(examples: Sequence[str]) -> bool:
    """The intent charges for the work: CHARGING_SHARE of its examples name a price, a fee or
    a bill, and none of them waives the cost (then a waiver is one of its moves)."""
    if not examples or any(waives(e) for e in examples):  # a waiver is one of its moves
        return False
    n = sum(1 for e in examples if _CHARGES.search(e) is not None)
    return n >= CHARGING_SHARE * len(examples)
