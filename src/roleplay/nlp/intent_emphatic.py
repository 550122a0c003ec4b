"""An emphatic no is a no (issue 12).

"Absolutely not.", "Definitely not!", "Certainly not, sorry.", "Of course not.", "Hell no.":
the adverb only makes the no firmer, but on the encoder's table it is the heaviest word of the
part, and "absolutely", "definitely", "of course" alone are how a reply says yes. So "Absolutely
not." came nearer to assents than to refusals and met the refusal of 2 of the 24 readable sets,
where "No, sorry." met 10. Intents read such a part as the plain no it is ("No.", "No, sorry."):
:func:`plain_no` gives the text that is encoded; its spans, polarity and mood stay the original
text's (both say no with a negator).

Not an emphatic no: one that goes on to say what it refuses or qualifies ("Absolutely not the
US region", "Definitely not convinced", "Of course not all of it": the words after the "not"
are what the part is about), an emphatic yes ("Absolutely.", "Of course we can").
"""

from __future__ import annotations

import re

# an adverb that only makes the no firmer, then "not" / "no" with no word after it
_EMPHATIC = re.compile(
    r"(\W*)(?:absolutely|definitely|certainly|of\s+course|hell|obviously|totally|simply"
    r"|really|just|most\s+certainly|most\s+definitely)\s+(?:not|no)\b(?![\s'’-]*\w)"
    r"|(\W*)(?:absolutely|definitely|certainly|of\s+course|hell|obviously|totally|simply"
    r"|really|just|most\s+certainly|most\s+definitely)\s+(?:not|no)(?=\s*[,;:–—-]\s*\w)",
    re.IGNORECASE,
)
PLAIN = "No"


def plain_no(text: str) -> str:
    """``text`` with an emphatic no at its start read as a plain "No" ("Absolutely not, sorry."
    as "No, sorry."); anything else as it is."""
    found = _EMPHATIC.match(text)
    if found is None:
        return text
    lead = found.group(1) if found.group(1) is not None else found.group(2)
    return f"{lead}{PLAIN}{text[found.end() :]}"
