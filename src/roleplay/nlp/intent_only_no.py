"""A part that is only a no meets only an intent that says no (issue 12).

"No.", "Nope.", "No, sorry.", "Absolutely not.", "I'm afraid not.", "No way.": such a part
names nothing, so all the encoder sees of it is the word "no"; it comes close to any example
that holds a "no" or a "never", whatever that example does. upset_customer's apology ("There's
no excuse for it, and I'm sorry.", "... you should never have heard about it from your
customers first.") was met by "No." and "Absolutely not." in every state that hears it,
because those two examples read as refusals by their negators.

A regret is no refusal: "there's no excuse for it", "that should never have happened", "you
shouldn't have had to chase us", "it never should have got this far" admit a fault. An intent
says no plainly when one of its examples is a refusal (``REFUSAL``) other than such a regret;
a part that is only a no is set aside from every other intent. An intent that refuses keeps
meeting it ("No." is a flat refusal), and so does one whose examples are themselves a bare no.

Not only a no: a no with what it refuses or why ("No, the rota is fixed", "Not this
quarter"), a no to a question about a fault ("No, it wasn't your fault" names it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent_similarity import REFUSAL, phrasing_mood
from .memo import reading

# the whole part: a no, an adverb that makes it firmer, an apology or a thanks around it
_SOFT = (
    r"(?:sorry|i['’]m\s+(?:so\s+|really\s+)?sorry|i['’]m\s+afraid|afraid\s+not|thanks|thank\s+you)"
)
_NO = (
    r"(?:(?:absolutely|definitely|certainly|of\s+course|hell|obviously|totally|simply|really"
    r"|just|most\s+certainly|most\s+definitely)\s+(?:not|no)"
    r"|no(?:pe|ope)?|nah|no\s+way|no\s+chance|not\s+a\s+chance|no\s+can\s+do|i['’]m\s+afraid\s+not"
    r"|not\s+happening|no\s+no|no,\s*no)"
)
_ONLY = re.compile(
    rf"\W*(?:(?:well|sorry|look|oh|um|uh|honestly|so)\W+){{0,2}}(?:{_SOFT}\W+)?{_NO}"
    rf"(?:\W+{_SOFT})?(?:\W+(?:sorry|mate|then))?\W*",
    re.IGNORECASE,
)
# a negator that admits a fault rather than refuses: "no excuse", "should never have", "shouldn't
# have had to", "never should have"
_REGRET = re.compile(
    r"\bno\s+excuse\b"
    r"|\b(?:should|ought\s+to|must)\s*(?:n['’]?t|\s+not|\s+never)\s+have\b"
    r"|\bnever\s+should\s+have\b",
    re.IGNORECASE,
)
_LONGEST = 40  # characters: a part that is only a no is shorter


def may_only_no(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) may hold a part that is only a no."""
    return "no" in lowered or "nah" in lowered


@reading
def only_no(text: str) -> bool:
    """A part that is only a no (an apology or a firmer adverb at most); see the module
    docstring."""
    return len(text) <= _LONGEST and _ONLY.fullmatch(text) is not None


def says_no_plainly(examples: Sequence[str]) -> bool:
    """Whether one of an intent's examples is a refusal other than a regret, or is itself only
    a no: such an intent keeps meeting a part that is only a no."""
    return any(
        only_no(e) or (phrasing_mood(e) == REFUSAL and _REGRET.search(e) is None) for e in examples
    )
