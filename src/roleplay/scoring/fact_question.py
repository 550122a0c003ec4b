"""Rule 441 (docs/scoring.md): a closed question for a fact about them is a plain question.

Rule 53 (question_focus.py) gives a plain question's credit to a closed question for a detail
their line did not raise, and leaves alone every question that speaks to them ("you") or picks
up a word of theirs. A counsellor's closed question does both: "How many units do you drink in
a week?", "Have you got a follow-up appointment?", "Was it sudden?", "Is there an on-call rota
where you work?". It asks them for a yes, a no or a number, not for their experience, so it
listens less than a reflection of what they said; yet the encoder read it as a curious question
(`asks about what matters to them`) and the cue layer's wh-word as an open one (`asked an open
question`), and it out-scored both reflection levels on listening.

A question is closed for a fact about them when it

- opens as a yes/no question about them, their situation or what they told ("Have you ...",
  "Are you ...", "Did you ...", "Was it ...", "Is there ...", "Did the physio ...") or asks for
  a count, an amount, a frequency, an age, a time or their weight ("How many / much / often /
  old ...", "What time ...", "What do you weigh ..."; not "How long has it been since ...?",
  which asks how long they have lived with it), and
- asks for nothing of their experience, view, need or want: no word of rule 53's
  (`_ABOUT_THEM`: "feel", "want", "need", "think", "help", "okay", "worry", "work", "sleep" ...),
  no offer or proposal ("Shall I ...", "What if ..."), no choice between two ("..., or ...?"),
  and asks for nothing they might spare or trade ("any", "extra", "spare", "enough": "Do you
  have any extra firewood?" is how a negotiator asks what they can give).

It earns a plain question's credit, as rule 53's closed questions do: the act is cleared and
the cue layer's "asked an open question" is read as "asked a question"; it still engages with
them.
"""

from __future__ import annotations

import re

from roleplay.scoring.question_focus import _ABOUT_THEM, _CHOICE, _OFFER

_LEAD = r"^\W*(?:(?:so|and|but|oh|ok(?:ay)?|well|right),? )?"
# a yes/no question about them, their situation or what they told
_YES_NO = re.compile(
    _LEAD + r"(?:is|are|was|were|did|do|does|has|have|had)(?:n't)? "
    r"(?:you|your|it|there|he|she|they|the|his|her|their)\b",
    re.IGNORECASE,
)
# a question for a count, an amount, a frequency, an age, a time or their weight
_FACT = re.compile(
    _LEAD + r"(?:how (?:many|much|often|old)|what time|what (?:do|did) you weigh)\b",
    re.IGNORECASE,
)
# something they might spare or trade: how a negotiator asks what they can give
_SPARE = re.compile(r"\b(?:any|extra|spare|enough|left ?over)\b", re.IGNORECASE)


def closed_about_them(text: str) -> bool:
    """A closed question for a fact about them (module docstring)."""
    if not text.rstrip().endswith("?"):
        return False
    if _YES_NO.search(text) is None and _FACT.search(text) is None:
        return False
    return not any(p.search(text) is not None for p in (_ABOUT_THEM, _OFFER, _CHOICE, _SPARE))
