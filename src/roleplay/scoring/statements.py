"""A statement of the speaker's own is no question, however it ends (rule 118).

Chat replies often end without a full stop: "I could do 3 water, 1 firewood, if you would like
more water", "I could give you Thursday on the staging cluster, but that is the most I could
do", "I can give you 2 of everything, but I want one of each". The cue layer reads a sentence
without a question mark as a question when, after its lead-in words, it opens like a yes/no
question ("could", "would", "can", "do" ...) and does not end in a full stop - and "I" is
one of those lead-in words, for "I was wondering ...", "I wonder ...". So "I could do ..."
opened like "Could ...?": an offer or a statement of need without its full stop earned
`asked a question` and, with "you" and a word of wanting in it, `asked about their needs`
(+26 listening): an offer read as eliciting their preferences.

The reading: a sentence whose subject "I" comes straight before the auxiliary or modal ("I
could", "I can", "I would", "I do", "I am" ..., after greetings and fillers such as "ok",
"well", "yes") states; it is not read as a question without a question mark. "I was
wondering if ...", "I wonder whether ...", "May I ask ..." and any sentence with a question
mark are untouched, and an embedded question ("I would like to know what you need most") is
still read by rule 56.
"""

from __future__ import annotations

import re

_FILLERS = (
    r"so|and|but|ok|okay|well|then|also|oh|um|hmm|alright|great|cool|hi|hello|hey|now|just|"
    r"sure|yes|yeah|no|thanks|right"
)
SPEAKER_STATES = re.compile(
    rf"^\W*(?:(?:{_FILLERS})\b\W*)*i\s+(?:do|does|are|would|could|can|is|am|will|should|might)\b",
    re.IGNORECASE,
)


def speaker_states(sentence: str) -> bool:
    """The sentence's subject "I" comes straight before its auxiliary: it states (see the
    module)."""
    return SPEAKER_STATES.match(sentence) is not None
