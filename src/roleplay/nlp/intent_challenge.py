"""A challenge or a dare is no move of the intent's: at most a no (issue 12).

"Why would I give you a discount?", "Why should we pay for their mistake?", "What makes you
think we'd take the whole cut?", "You really think I'd sign that?", "Since when do we hand out
refunds?": a question that asks why the speaker should make the move does not ask anything
the other side can answer and does not make the move; it turns it down. "Good luck getting
finance to approve that.", "Best of luck selling that to the board.", "Nice try.", "I'd like
to see you try.": a dare leaves the other side to it. Read as sentences, such parts share the
move's words and met whatever intent held them: "Why would I give you a discount?" met the
refusal of 10 readable sets and also an apology, a demand for a guarantee, taking sides and
blaming the chef; "Good luck getting finance to approve that." met the approval of a discount,
a shared login, help with drafting and skipping a review in 6 sets.

A part that is such a challenge or dare is set aside from every intent that does not say no
(:func:`.intent_refusal.refusing`) and none of whose examples challenges or dares: it may
still meet a refusal, the only move it makes.

Not a challenge: a question about why they need it ("Why does it need to close this
quarter?", "Why would the board want it by Friday?": the subject is not the speaker), a
question whether the speaker could make the move ("Would we be able to phase it?"), a wish
with the move after it in a part of its own ("Good luck with the launch; I'll cover your
shift": the part goes on to a clause of its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent_readings import substrings
from .memo import reading

# what may open the part before the challenge: an interjection or a tag
_OPEN = (
    r"\W*(?:(?:oh|and|so|but|well|sorry|honestly|look|seriously|come\s+on|really|sure|right"
    r"|ha|haha|okay|ok|um|uh|er)\W+){0,3}"
)
_ME = r"(?:i|we|my\s+team|our\s+team|anyone|anybody)"
_WOULD = (
    r"(?:['’]d|\s+would|\s+will|['’]ll|\s+should|\s+could|\s+can|\s+want\s+to|\s+need\s+to"
    r"|['’]re|\s+are|['’]m|\s+am)"
)
_CHALLENGE = re.compile(
    _OPEN + r"(?:"
    # "Why would I ...?", "Why on earth should we ...?", "And why exactly would anyone ...?"
    r"why\s+(?:on\s+earth\s+|exactly\s+|the\s+hell\s+|in\s+the\s+world\s+)?"
    rf"(?:would|should)\s+{_ME}\b"
    # "What makes you think we'd ...?", "What makes you think I'm going to ...?"
    rf"|what\s+makes\s+(?:you|them|him|her)\s+think\s+(?:that\s+)?{_ME}{_WOULD}\b"
    # "You really think I'd sign that?", "Do you honestly expect us to ...?"
    rf"|(?:do\s+|did\s+)?(?:you|they)\s+(?:really|honestly|seriously)\s+(?:think|believe)"
    rf"\s+(?:that\s+)?{_ME}{_WOULD}\b"
    r"|(?:do\s+|did\s+)?(?:you|they)\s+(?:really|honestly|seriously)\s+expect\s+(?:me|us)\s+to\b"
    # "Since when do we ...?"
    r"|since\s+when\s+(?:do|does|did|are|is|have|has|can|could)\b"
    r")",
    re.IGNORECASE,
)
# a dare that leaves them to it: "Good luck getting finance to approve that."
_DARE = re.compile(
    _OPEN + r"(?:"
    r"(?:good|best\s+of|lots\s+of|the\s+best\s+of)\s+luck\b"
    r"|nice\s+try\b"
    r"|(?:i['’]?d|i\s+would)\s+(?:like|love)\s+to\s+see\s+(?:you|them|him|her)\s+try\b"
    r"|i\s+dare\s+you\b"
    r")",
    re.IGNORECASE,
)
# a clause after it, which may make a move of its own ("Good luck with the launch; I'll cover
# your shift": a semicolon does not cut a reply into parts)
_MORE = re.compile(
    r"[;:—–]|\s-+\s|,\s*(?:but|and|so|though|although|however|i|we|let['’]?s|you)\b",
    re.IGNORECASE,
)
# every challenge or dare holds one of these (checked first on the whole reply)
_WORDS = ("why would", "why should", "why on earth", "why exactly", "why the hell",
          "why in the world", "makes you think", "really think", "honestly think",
          "seriously think", "really believe", "honestly believe", "seriously believe",
          "expect me", "expect us", "since when", "luck", "nice try", "to see you try",
          "to see them try", "dare you")  # fmt: skip
_FOUND = substrings(_WORDS)


def may_challenge(lowered: str) -> bool:
    """Whether ``lowered`` (a reply in lower case) holds a word every challenge or dare needs."""
    return _FOUND.search(lowered) is not None


@reading
def challenges(text: str) -> bool:
    """A part that opens with a challenge to the move ("Why would I ...?", "What makes you
    think we'd ...?") or a dare ("Good luck getting ...", "Nice try."); see the module
    docstring."""
    found = _DARE.match(text)
    if found is None and text.rstrip().endswith("?"):
        found = _CHALLENGE.match(text)
    return found is not None and _MORE.search(text, found.end()) is None


def challenging(examples: Sequence[str]) -> bool:
    """Whether an intent's examples challenge or dare (one is enough): such an intent keeps
    meeting it."""
    return any(challenges(e) for e in examples)
