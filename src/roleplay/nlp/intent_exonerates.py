"""Taking the blame off someone is no move of the intent's (issue 12).

"You did nothing wrong by arriving late.", "It's not your fault the order went missing.",
"Nobody is blaming you for the outage.", "You're not to blame for the delay.": a part that
clears the other person (or a third party) of blame. Read as sentences, such parts share the
words of blame and of excuses, and their negator let them meet intents of the other polarity:
each met blame, an excuse, owning a mistake or a refusal in 5-6 of the readable sets (a hotel's
`blame_guest`, a chef's `blame_the_chef`, a handover's `own_the_gap`, a support desk's
`make_excuse`). Clearing them blames nobody, owns nothing and excuses nobody on the speaker's
side.

A part that only clears someone of blame is set aside from every intent none of whose
examples clears someone so (an intent that reassures in those words keeps meeting it).

Not read so: the speaker's own side cleared ("It's not our fault, the API was down" is an
excuse), blame put elsewhere in the same part ("It's not your fault, it's the night shift's":
a clause after it), a question ("Is it my fault?").
"""

from __future__ import annotations

import re

from .intent_part import PartReading

_THEM = r"(?:you|he|she|they|him|her|them|anyone|anybody|no\s+one|no-one|nobody)"
_THEIR = r"(?:your|his|her|their|anyone['’]s|anybody['’]s)"
_OPEN = r"\W*(?:(?:oh|look|honestly|listen|and|so|well|please|hey|seriously)\W+){0,2}"
_CLEARS = re.compile(
    _OPEN + r"(?:"
    # "It's not your fault", "That wasn't his fault at all", "None of this is your fault"
    rf"none\s+of\s+(?:it|this|that)(?:['’]s|\s+is|\s+was)\s+{_THEIR}\s+fault"
    rf"|(?:it|this|that)(?:['’]s|\s+is|\s+was)\s+(?:not|never)\s+{_THEIR}\s+fault"
    rf"|(?:it|this|that)\s+(?:isn['’]t|wasn['’]t)\s+{_THEIR}\s+fault"
    rf"|(?:it|this|that)\s+(?:isn['’]t|wasn['’]t|is\s+not|was\s+not)\s+(?:on|down\s+to)\s+{_THEM}"
    # "You did nothing wrong", "You haven't done anything wrong"
    r"|(?:you|he|she|they)\s+(?:did|have\s+done|['’]ve\s+done|has\s+done|['’]s\s+done)"
    r"\s+nothing\s+wrong"
    r"|(?:you|he|she|they|your\s+[\w'’-]+)\s+(?:didn['’]t|did\s+not|haven['’]t|have\s+not|hasn['’]t"
    r"|has\s+not)"
    r"\s+(?:do|done)\s+anything\s+wrong"
    # "Nobody is blaming you", "No one blames you", "You're not to blame", "Don't blame yourself"
    r"|(?:nobody|no\s+one|no-one)(?:['’]s|\s+is)?\s+(?:blaming|blames|blamed|going\s+to\s+blame)"
    rf"\s+{_THEM}"
    r"|(?:you|he|she|they)(?:['’]re|['’]s|\s+are|\s+is|\s+were|\s+was)\s+not\s+(?:to\s+blame"
    r"|at\s+fault|in\s+trouble)"
    r"|(?:you|he|she|they)\s+(?:aren['’]t|isn['’]t|weren['’]t|wasn['’]t)\s+(?:to\s+blame"
    r"|at\s+fault|in\s+trouble)"
    r"|(?:don['’]t|do\s+not)\s+blame\s+(?:yourself|yourselves)"
    r")\b",
    re.IGNORECASE,
)
# a clause after it, which may put the blame elsewhere or make a move of its own
_MORE = re.compile(
    r"[;:—–]|\s-+\s|,\s*(?:but|and|so|though|although|however|i|we|let['’]?s|you|it|that|this"
    r"|they|he|she)\b|\b(?:but|it['’]s|it\s+was|it\s+is)\s+(?:the|our|ours|my|mine|their|his"
    r"|her)\b",
    re.IGNORECASE,
)
_WORDS = ("fault", "nothing wrong", "anything wrong", "blam", "on you", "on him", "on her",
          "on them", "down to you", "down to him", "down to her", "down to them")  # fmt: skip

# a part that clears someone other than the speaker's side of blame and says nothing more;
# an intent one of whose examples clears someone so keeps meeting it
_PART = PartReading(_WORDS, _CLEARS, _MORE, examples=_CLEARS)
may_exonerate = _PART.may
exonerates = _PART.reads
exonerating = _PART.held_by
