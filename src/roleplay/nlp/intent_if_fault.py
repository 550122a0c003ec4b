"""A fault owned only "if" it happened is no move (issue 12).

"If I missed it, it wasn't on purpose.", "If we made a mistake, it's a small one.", "If we
upset you, that was never the intention.", "If I got the figures wrong, I'm sure someone
would have said.": the speaker neither owns the fault nor makes a move; a non-apology. Read as
sentences, such parts hold the words of owning a mistake, of an apology and of whatever the
fault is about: "If we made a mistake, it's a small one." met an intent in 20 readable sets
(owning it, apologies, concessions, offers), "If I missed it, it wasn't on purpose." a
handover's `own_the_gap`.

A part that opens with "if I / we" and a verb in the past, and whose main clause makes no move
(no "will / would / could / can / 'll / 'd / let's", bar "would have": "someone would have
said" is the past), is set aside from every intent none of whose examples is such a part.

Not read so: a proposal in the past form of a condition ("If we moved the launch to May,
would that help?", "If we paid half now, you'd get the rest in May": the main clause makes
the move), a condition in the present ("If we miss the date, I'll tell the board").
"""

from __future__ import annotations

import re

from .intent_part import PartReading

# a verb in the past: "-ed", or an irregular past of doing or getting something wrong
_PAST = (
    r"(?:[a-z]+ed|got|made|did|forgot|let|put|gave|took|said|told|sent|left|lost|broke|missed"
    r"|messed|dropped|caused|upset)"
)
_IF_WE_DID = re.compile(
    r"\W*(?:(?:and|so|look|well|honestly|ok|okay|listen)\W+){0,2}if\s+(?:i|we)\s+"
    r"(?:(?:did|have|had|really|ever|somehow|accidentally)\s+)?" + _PAST + r"\b[^,;:—–]*[,;:—–]",
    re.IGNORECASE,
)
# a move in the main clause: a modal of the future or of an offer (not "would have")
_MOVE = re.compile(
    r"\b(?:will|shall|can|let['’]?s|let\s+us|going\s+to|happy\s+to|willing\s+to"
    r"|(?:would|could|might)(?!\s+(?:have|['’]ve)\b))\b|['’]ll\b|['’]d\b(?!\s+have\b)",
    re.IGNORECASE,
)

# a part that owns a fault only if it happened and makes no move; an intent one of whose
# examples is such a part keeps meeting it ("if i" or "if we" is in every such part)
_PART = PartReading(("if i", "if we"), _IF_WE_DID, _MOVE)
may_admit_if = _PART.may
admits_if = _PART.reads
admitting_if = _PART.held_by
