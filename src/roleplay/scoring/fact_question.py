"""Rule 441 (docs/scoring.md): a closed question for a fact about them is a plain question.

Rule 53 (question_focus.py) gives a plain question's credit to a closed question for a detail
their line did not raise, and leaves alone every question that speaks to them ("you") or picks
up a word of theirs. A counsellor's closed question does both: "How many units do you drink in
a week?", "Have you got a follow-up appointment?", "Are you on nights at the moment?". It asks them for a yes, a no or a number, not for their experience, so it
listens less than a reflection of what they said; yet the encoder read it as a curious question
(`asks about what matters to them`) and the cue layer's wh-word as an open one (`asked an open
question`), and it out-scored both reflection levels on listening.

A question is closed for a fact about them when it speaks to them ("you", "your": rule 53 keeps
its credit for a check on their matter, "Is the release still on Friday?") and

- opens as a yes/no question about them or their situation ("Have you ...", "Are you ...",
  "Did you ...", "Is your ...", "Did the physio say when you'd ...") or asks for
  a count, an amount, a frequency, an age, a time or their weight ("How many / much / often /
  old ...", "What time ...", "What do you weigh ..."; not "How long has it been since ...?",
  which asks how long they have lived with it), and
- asks for nothing of their experience, view, need or want: no word of rule 53's
  (`_ABOUT_THEM`: "feel", "want", "need", "think", "help", "okay", "worry", "work", "sleep" ...),
  no offer or proposal ("Shall I ...", "What if ..."), no choice between two ("..., or ...?"),
  and asks for nothing they might spare or trade and puts no deal to them ("any", "extra",
  "spare", "willing", "accept", "take", "give", "trade" ...: "Do you have any extra firewood?",
  "Are you willing to take 1 firewood and 2 waters?" are how a negotiator asks what they can
  give or would accept), nor for the grounds of their view ("proof", "evidence", "source",
  "reason", "example": "Do you have proof to show this is the case?" asks about their view).

Only in a reply that only asks (sentences.py: every sentence a question): after a reflection
or an offer, a closed question follows up on what was said, and the plain replies of the lead's
probe22 lost three gaming pairs when their closing questions lost their credit. It then earns a
plain question's credit, as rule 53's closed questions do: the act is cleared and
the cue layer's "asked an open question" is read as "asked a question"; it still engages with
them.
"""

from __future__ import annotations

import re

from roleplay.scoring.question_focus import _ABOUT_THEM, _CHOICE, _OFFER
from roleplay.scoring.wording import SECOND_PERSON

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
# something they might spare or trade, or a deal put to them: how a negotiator asks what they can
# give or would accept ("Do you have any extra firewood?", "Are you willing to take 1 firewood?"),
# a feeling rule 53's list leaves out ("Are you excited about the trip?"), and the grounds of
# their view ("Do you have proof to show this is the case?" asks about their view)
_SPARE = re.compile(
    r"\b(?:any\w*|extra|spare|enough|left ?over|willing|prepared to|open to|happy (?:to|with)|"
    r"(?:fine|ok|okay|good) with|agree\w*|accept\w*|suggest\w*|focus\w*|take|get|give|go with|"
    r"trade|swap|split|deal|offer\w*|excit\w*|look\w* forward|enjoy\w*|nervous|anxious|glad|"
    r"proud|proof|evidence|sources?|reasons?|examples?)\b",
    re.IGNORECASE,
)


def closed_about_them(text: str) -> bool:
    """A closed question for a fact about them (module docstring)."""
    if not text.rstrip().endswith("?") or SECOND_PERSON.search(text) is None:
        return False
    if _YES_NO.search(text) is None and _FACT.search(text) is None:
        return False
    return not any(p.search(text) is not None for p in (_ABOUT_THEM, _OFFER, _CHOICE, _SPARE))
