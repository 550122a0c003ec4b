"""Rules 455-456 (docs/scoring.md): a brush-off in the forms of politeness.

- Rule 455, "with respect" and nothing for them: "With all due respect, nine days is hardly an
  emergency, and plenty of families manage. Let's keep this in proportion." (to a tenant nine
  days without heating, with a newborn) and "With respect, it's a volunteer role and nobody owns
  a shift. We have to share the slots around." stood at 48 and 51: "Let's keep this in
  proportion" earned a concrete option, "share" a trade, and their words picked up in the
  dismissal earned a paraphrase. "With (all due) respect" opens a contradiction. A reply that
  opens on it and offers them nothing (no question, no apology, no acknowledgement of theirs, no
  commitment of the speaker's, no "but" that turns towards them) answers their trouble by
  overruling it.
- Rule 456, a stock no: "I'm afraid we're unable to help with that at this time. Thank you for
  your understanding." and "I'm sorry, the rota is final for this term. Thanks for
  understanding." stood at 45 and 49: "Thank you" earned appreciation and "sorry" an apology.
  A reply of three sentences or fewer that refuses ("unable to", "can't", "won't", "not able
  to", "don't discuss", "is final") and closes on a stock courtesy ("thank(s / you) for (your)
  understanding / patience", "have a nice / good day", "take care", "cheers", "kind regards"),
  with no question, no reason given with "because / since / as", no alternative ("but I /
  we can", "instead", "what I can do") and no commitment of the speaker's, says no and nothing
  else.

Either ends no dimension above 40, as rule 410's questions. Not: "With respect, I think the
deadline is the real problem: can we move it?", "With respect, I disagree. I'll send you the
figures that show why.", "I can't refund the fee, but I can move your booking for free. Thanks
for understanding.", a no with its reason and a step ("We can't release the file without ID,
because the law requires it; send a copy and I'll do it today. Thank you for your patience.").
"""

from __future__ import annotations

import re

from roleplay.scoring.sentences import Sentence

BRUSH_OFF_CAP = 40
RESPECT_WHY = '"with respect" and nothing for them'
STOCK_NO_WHY = "a no in stock courtesies, with nothing else"
MAX_SENTENCES = 3

_WITH_RESPECT = re.compile(r"^\W*with (?:all )?(?:due |the greatest |great )?respect\b", re.I)
_REFUSES = re.compile(
    r"\b(?:unable to|not (?:really )?able to|can(?:'t|not)|won't|will not|(?:do|does)(?:n't| not) "
    r"(?:discuss|comment|do|offer|give|make|take|accept|allow)|(?:is|are) (?:final|closed|"
    r"non-negotiable)|not (?:possible|something we (?:can|do)))\b",
    re.I,
)
_COURTESY = re.compile(
    r"\b(?:thank(?:s| you)(?: again)? for (?:your |the )?(?:understanding|patience|"
    r"co-?operation)|have a (?:nice|good|great|lovely) (?:day|evening|weekend)|take care|cheers|"
    r"kind regards|best wishes|all the best)\b",
    re.I,
)
# what gives them something: a question is read apart (the sentence's end)
_GIVES = re.compile(
    r"\b(?:because|since|as (?:the|it|we|our|you)|so that|but (?:i|we)(?:'ll| will| can| could)|"
    r"instead|what (?:i|we) can do|(?:i|we)(?:'ll| will| can| could| am going to| are going to)"
    r"(?!'t| not)|let me|sorry (?:that|for|about)|you're right|you are right|i (?:understand|see|hear) "
    r"(?:that|why|how|your)|(?:that|this|it) (?:must|sounds))\b",
    re.I,
)


def _asks(sentences: list[Sentence]) -> bool:
    return any(s.text.rstrip().endswith("?") for s in sentences)


def respect_brush_off(reply: str, sentences: list[Sentence]) -> Sentence | None:
    """The first sentence of a reply that opens on "with respect" and offers them nothing (rule
    455), or None."""
    if not sentences or _WITH_RESPECT.match(reply) is None or _asks(sentences):
        return None
    return None if _GIVES.search(reply) else sentences[0]


def stock_no(reply: str, sentences: list[Sentence]) -> Sentence | None:
    """The refusing sentence of a reply that says no in stock courtesies and nothing else (rule
    456), or None."""
    said = [s for s in sentences if not s.repeat]
    if not said or len(said) > MAX_SENTENCES or _asks(said):
        return None
    if _COURTESY.search(reply) is None or _GIVES.search(reply) is not None:
        return None
    return next((s for s in said if _REFUSES.search(s.text)), None)
