"""A proposal does not name what happened (issue 12).

Some intents name something rather than move it: the effect of what someone did ("Two of the
juniors told me they're afraid to open pull requests because of your review comments"), a
fault, what the trouble is. Their examples are statements that report; none proposes, asks or
offers. A proposal about the same things shares their words and met them: "Could you soften
the tone of your review comments for the juniors?", "Let's set up a review rota so juniors get
feedback from more people", "How about you pair with the juniors on their pull requests?" all
met hard_feedback's `name_review_impact`. A proposal puts a move forward; it names no effect.

:func:`names_only` reads an intent's examples: none is a question, a request or a proposal, none
holds the words of an offer or a proposal ("I'll", "we can", "let's", "how about", "could you",
...), and at most one is a statement in which the speaker acts ("I need to raise the code
reviews: ..."). :func:`proposes` reads a reply's part: its mood is a request or a proposal put
as a question (:mod:`.intent_reply_moods`), or it opens like a proposal ("Let's ...", "How
about ...", "What if ...", "Why don't ...", "I'd suggest ...", "I want you to ...", "Could you
...", "You could ...", "We could ...", "Maybe you could ...", "Try ...", "Please ..."). Such a
part is set aside from an intent that names only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .intent_similarity import (
    ASKED,
    NARRATIVE,
    PROPOSED,
    REFLECTION,
    REQUEST,
    SPEAKER,
    STATEMENT,
    phrasing_mood,
)
from .memo import reading

_MOVE_WORDS = re.compile(
    r"\b(?:i['’]ll|we['’]ll|i\s+will|we\s+will|let['’]?s|let\s+me|let\s+us|i\s+can|we\s+can"
    r"|i\s+could|we\s+could|you\s+could|how\s+about|what\s+if|why\s+don['’]t|i['’]d\s+suggest"
    r"|i\s+suggest|i\s+propose|could\s+you|can\s+you|would\s+you|will\s+you|please|shall)\b",
    re.IGNORECASE,
)
_OPENS = re.compile(
    r"\W*(?:(?:so|ok|okay|well|maybe|perhaps|then|and|but|look)\W+)*"
    r"(?:let['’]?s|let\s+us|how\s+about|what\s+if|why\s+don['’]t|why\s+not|i['’]d\s+suggest"
    r"|i\s+suggest|i\s+propose|i['’]d\s+like\s+you\s+to|i\s+want\s+you\s+to|i\s+need\s+you\s+to"
    r"|could\s+you|can\s+you|would\s+you|will\s+you|you\s+could|we\s+could|you\s+might"
    r"|maybe\s+you\s+(?:could|can)|try|please)\b",
    re.IGNORECASE,
)
_REPORTS = (STATEMENT, NARRATIVE, REFLECTION)  # what an example that names is


def names_only(examples: Sequence[str]) -> bool:
    """An intent that names something and moves nothing (see the module docstring)."""
    if not examples:
        return False
    moods = [phrasing_mood(e) for e in examples]
    if any(m not in (*_REPORTS, SPEAKER) for m in moods):
        return False
    if sum(m == SPEAKER for m in moods) > 1:
        return False
    return not any(_MOVE_WORDS.search(e) for e in examples)


@reading
def _opens_as_proposal(text: str) -> bool:
    return _OPENS.match(text) is not None


def proposes(text: str, mood: int) -> bool:
    """A reply's part that puts a move forward (see the module docstring)."""
    return mood in (REQUEST, PROPOSED, ASKED) or _opens_as_proposal(text)
