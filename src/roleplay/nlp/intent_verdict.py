"""A verdict on how things are, and nothing more, is no move (issue 12).

"This is fine.", "That's fine.", "Everything is fine.", "Fine by me.", "Absolutely.", "Sounds
good.", "Well, that's just perfect, isn't it.", "Classic. Just classic.", "Oh great, just what
I needed." (and a stall or a goodbye that decides nothing: "We'll see.", "Time will tell.",
"I'll see you Friday.", each of which met a yes or a commitment in 16 of 24 readable sets): a
word of approval (or its sarcastic echo) about "this", "that" or "everything",
with no subject who acts and nothing it approves named. Like a reply that only takes their
words in ("OK.", "Sure.", "Yeah, fine.": :func:`.intent_parts.acknowledges_only`), it says
nothing of what it agrees to, so it makes no move, whatever the examples hold: sincere, it
is a bare yes that a transition should not take for a cave or a commitment; sarcastic, it is
no yes at all. Read as sentences, such parts met the cave, the yes or the dismissal of 8-12
of the readable sets ("This is fine." met a yes in 8 of 24, "This is fine. Everything is
fine." an intent in 12). A part that is only such a verdict (or several of them) is set aside
from every intent; a reply that goes on to say what it approves ("That's fine, host them in
the US", "Fine by me if we phase it", "Perfect, I'll send the plan tonight") is read as
before, and the verdict beside a move leaves the move (and their pair) as it was.

Not a verdict: a negative one ("That's not fine", "This isn't OK": a no, read as such), one
about something named ("The plan is fine", "Friday is fine", "20% is fine by me"), a
question ("Is that fine?").
"""

from __future__ import annotations

import re

from .intent_readings import substrings
from .memo import reading

# words of approval (and their sarcastic echo)
_GOOD = (
    r"(?:fine|ok|okay|alright|all\s+right|good|great|perfect|brilliant|lovely|wonderful"
    r"|fantastic|marvell?ous|classic|excellent|amazing|superb|cool|nice|awesome|grand"
    r"|terrific|splendid|fabulous|typical|peachy|dandy)"
)
_MORE = r"(?:just|really|totally|absolutely|all|so|very|perfectly|completely|quite|pretty"
_MORE += r"|super|simply|truly)"
# a bare assent in an adverb ("Absolutely.", "Of course.", "Sure thing.")
_YES = (
    r"(?:absolutely|definitely|certainly|totally|exactly|indeed|of\s+course|sure\s+thing"
    r"|you\s+bet|(?:sounds|looks)\s+(?:(?:really|very|so|pretty)\s+)?" + _GOOD + ")"
)
_SUBJECT = (
    r"(?:this|that|it|everything|all|things)(?:['’]s|\s+is|\s+was|\s+looks|\s+seems|\s+sounds"
    r"|\s+feels)?"
)
_VERDICT = (
    rf"(?:{_SUBJECT}\s+)?(?:{_MORE}\s+){{0,3}}{_GOOD}(?:\s+(?:by|with|for)\s+(?:me|us))?"
    rf"|{_YES}"
    r"|(?:just\s+)?what\s+(?:i|we)\s+(?:needed|wanted)(?:\s+today|\s+this\s+week)?"
    r"|here\s+we\s+go\s+again|what\s+a\s+(?:surprise|shock)|story\s+of\s+my\s+life"
    # a stall that decides nothing ("We'll see.", "Time will tell.")
    r"|(?:we|i)(?:['’]ll|\s+will|\s+shall)\s+(?:just\s+)?see(?:\s+how\s+it\s+goes"
    r"|\s+what\s+happens|\s+about\s+(?:that|it))?|let['’]?s\s+(?:just\s+)?see|time\s+will\s+tell"
    r"|who\s+knows"
    # ... or a goodbye ("I'll see you Friday.", "Talk soon.", "Have a good weekend.")
    r"|(?:(?:i|we)['’]ll\s+)?see\s+you(?:\s+(?:on\s+)?(?:then|soon|later|around|tomorrow|monday"
    r"|tuesday|wednesday|thursday|friday|next\s+week|in\s+the\s+morning|at\s+the\s+meeting))?"
    r"|(?:talk|speak|chat)\s+(?:soon|later|tomorrow)|catch\s+you\s+later"
    r"|have\s+a\s+(?:good|nice|great|lovely)\s+(?:day|evening|weekend|one)"
    rf"|how\s+{_GOOD}"
)
# what may stand beside it in a piece of its own or before it: an interjection, a tag
_ASIDE = (
    r"(?:oh|ah|well|wow|yeah|yes|yep|ok|okay|right|so|and|sigh|ha|haha|hmm|isn['’]?t\s+it"
    r"|is\s+it\s+not|then|really|honestly|i\s+guess|i\s+suppose|eh|as\s+usual|as\s+always"
    r"|again|now|huh|innit|lol|thanks|thank\s+you)"
)
_PIECE = re.compile(rf"(?:{_ASIDE}\s+){{0,3}}(?:{_VERDICT})(?:\s+{_ASIDE}){{0,3}}", re.IGNORECASE)
_FILLER = re.compile(rf"{_ASIDE}(?:\s+{_ASIDE}){{0,3}}", re.IGNORECASE)
# the pieces of a part: between stops, commas and dashes
_STOPS = re.compile(r"\s*(?:[.!?…;:,—–]+|\s-+\s)\s*")
# every verdict holds one of these (checked first on the whole reply)
_WORDS = ("fine", "ok", "alright", "all right", "good", "great", "perfect", "brilliant",
          "lovely", "wonderful", "fantastic", "marvel", "classic", "excellent", "amazing",
          "superb", "cool", "nice", "awesome", "grand", "terrific", "splendid", "fabulous",
          "typical", "peachy", "dandy", "absolutely", "definitely", "certainly", "totally",
          "exactly", "indeed", "of course", "sure thing", "you bet", "needed",
          "wanted", "here we go", "what a", "story of", "see", "time will", "who knows", "soon", "later", "tomorrow", "have a")  # fmt: skip
_FOUND = substrings(_WORDS)


def may_judge(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) holds a word every verdict needs."""
    return _FOUND.search(lowered) is not None


@reading
def judges_only(text: str) -> bool:
    """A part that is only a verdict on how things are, or a bare assent in an adverb (see the
    module docstring); never a question."""
    if text.rstrip().endswith("?"):
        return False
    found = False
    for piece in _STOPS.split(text.strip(" \t\n\"'“”‘’()")):
        if not piece:
            continue
        if _PIECE.fullmatch(piece) is not None:
            found = True
        elif _FILLER.fullmatch(piece) is None:
            return False
    return found
