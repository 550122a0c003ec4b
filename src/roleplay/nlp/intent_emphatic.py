"""An emphatic no is a no (issue 12).

"Absolutely not.", "Definitely not!", "Certainly not, sorry.", "Of course not.", "Hell no.":
the adverb only makes the no firmer, but on the encoder's table it is the heaviest word of the
part, and "absolutely", "definitely", "of course" alone are how a reply says yes. So "Absolutely
not." came nearer to assents than to refusals and met the refusal of 2 of the 24 readable sets,
where "No, sorry." met 10. Intents read such a part as the plain no it is ("No.", "No, sorry."):
:func:`plain_no` gives the text that is encoded; its spans, polarity and mood stay the original
text's (both say no with a negator).

Not read so: a no that goes on to say what it refuses, qualifies or why ("Absolutely not the
US region", "Definitely not convinced", "Absolutely not; the rota is fixed": the words after
the "not" are what the part is about), an emphatic yes ("Absolutely.", "Of course we can").
"""

from __future__ import annotations

import re

from .intent_idioms import plainly

# an adverb that only makes the no firmer, then "not" / "no", and at most an apology after it:
# the whole part. With a reason after it ("Absolutely not; the rota is fixed") the reason's
# words carry the part, and the adverb beside "not" reads closer to refusals that say "not
# possible" than a bare "No" does (a golden case of oncall_swap), so it is left as written.
_EMPHATIC = re.compile(
    r"(\W*)(?:absolutely|definitely|certainly|of\s+course|hell|obviously|totally|simply"
    r"|really|just|most\s+certainly|most\s+definitely)\s+(?:not|no)"
    r"(?=(?:\W+(?:sorry|i['’]m\s+(?:so\s+)?sorry|i['’]m\s+afraid|thanks|thank\s+you))?\W*$)",
    re.IGNORECASE,
)
PLAIN = "No"


def plain_no(text: str) -> str:
    """``text`` that is only an emphatic no (an apology after it at most) read as a plain "No"
    ("Absolutely not, sorry." as "No, sorry."), an idiom in its plain words (see
    :func:`.intent_idioms.plainly`); anything else as it is."""
    text = plainly(text)  # "Nope." as "No.", "Why don't we" as "How about we" (.intent_idioms)
    found = _EMPHATIC.match(text)
    if found is None:
        return text
    return f"{found.group(1)}{PLAIN}{text[found.end() :]}"
