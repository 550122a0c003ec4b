"""Questions that make no move of the speaker's, though they name one (issue 12).

* **a request that they make the move** (:func:`requests_them`): "Could you phase it on your
  side?", "Would you cover the first month?", "Can you do the allergen sheet yourself?" ask
  the other person to act. The intent encoder hears the move's words and not who is asked to
  make it, so such a question met the learner's own offer ("I'll do the matrix myself this
  afternoon"). Read as REQUEST (:mod:`.intent_similarity`): against examples in which the
  speaker acts it counts as a demand does; against questions and plain statements as any
  question. Not a request for information ("Could you tell me more about the board?", "Can
  you walk me through it?"), nor an offer put as a question, which asks them to take or agree
  to something ("Would you accept 20%?", "Could you live with brick on the front only?",
  "Would you be open to a pilot?"), nor a question that lets the speaker act ("Could you let
  me take Friday?"), nor a move made together ("Would you and Aisha work it out together,
  with me in the room?"). A request after a move of the speaker's own ("If we sign for three
  years, can you keep this year's price?") is a trade: :func:`.intent_parts.cut` reads it as a
  question.
* **a rhetorical offer** (:func:`rhetorical_offer`): "Should I just give you the full 30%?",
  "Shall we just hand the whole week over, then?", "Do you want me to just drop everything?",
  "Why don't I just do your job too?": the "just" of exasperation or sarcasm before the very
  move asked of the speaker. It asks nothing and gives nothing: NARRATIVE.
"""

from __future__ import annotations

import re

# what the other person is asked to do that only informs: no move of theirs
_INFORMS = (
    r"(?:tell|explain|show|walk|talk|take me|share|describe|clarify|say|remind|give me (?:a|an|some)"
    r" (?:sense|idea|feel|picture|example)|help me (?:understand|see)|see|think|imagine|know"
    r"|remember|believe|expect|hear|confirm|check whether"
    r"|send me (?:the|your|a|an) (?:details|numbers|list|data|figures))"
)
# ... or receives or agrees to what is offered ("Would you accept 20%?", "Would you take two
# of my engineers?"), or lets the speaker act: an offer put as a question, unless they are
# told to do it themselves ("Could you take the weekend yourself?")
_RECEIVES = (
    r"(?:accept|agree|consider|be|live with|take|settle|go (?:for|with)|like|love|prefer|want"
    r"|mind|need|let|say yes|sign up|stretch to|work with|bear with)"
)
_ASKED_OF_YOU = (
    r"^\W*(?:(?:so|and|ok|okay|then|well|right|alternatively|instead|please)\W+)*"
    r"(?:could|can|would|will) you (?:please |just |maybe |perhaps |possibly |also |instead )*"
)
_REQUEST = re.compile(
    _ASKED_OF_YOU + r"(?!" + _INFORMS + r"\b|" + _RECEIVES + r"\b)[a-z]+\b", re.IGNORECASE
)
_REQUEST_OF_YOURSELF = re.compile(
    _ASKED_OF_YOU + r"(?!" + _INFORMS + r"\b)[a-z]+\b[^?]*\b(?:yourself|yourselves"
    r"|on your (?:own )?(?:side|end))\b",
    re.IGNORECASE,
)
# ... the speaker takes part in it
_TOGETHER = re.compile(
    r"\b(?:together|jointly|with (?:me|us)|you and (?:i|me)|between us|both of us)\b", re.IGNORECASE
)
_RHETORICAL_OFFER = re.compile(
    r"^\W*(?:(?:so|and|but|well|then|oh|what|right|fine|ok|okay)\W+)*(?:(?:should|shall|must)"
    r" (?:i|we) (?:also )?just|(?:do|would) you (?:like|want) (?:me|us) to (?:also )?just"
    r"|why don['’]?t (?:i|we) just (?:\w+ )?(?:all|everything|the (?:whole|full|entire))"
    r"|why don['’]?t i just)\b",
    re.IGNORECASE,
)


def requests_them(text: str) -> bool:
    """A question that asks the other person to make the move (see the module docstring)."""
    lowered = text.lower()
    if "you" not in lowered:
        return False
    found = _REQUEST.match(text) or _REQUEST_OF_YOURSELF.match(text)
    return found is not None and _TOGETHER.search(text) is None


def rhetorical_offer(text: str) -> bool:
    """A question that names the move asked of the speaker with the "just" of exasperation."""
    lowered = text.lower()
    if "just" not in lowered:
        return False
    return _RHETORICAL_OFFER.match(text) is not None
