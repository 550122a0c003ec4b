"""A reply that holds a no concedes nothing, unless it turns.

"Still no from me. Every lift gets its permit first, like always." restates the rule after the
refusal, in the words of the move it refuses ("lift", "permit"), and its second sentence alone
reads like waiving the permit. A concession cannot follow a refusal in the same reply unless
the reply turns explicitly: "No for the full set. OK, go ahead with the US region for the pilot
only." concedes the pilot. So a part of a reply that comes after a refusal, with no turn
("but", "OK", "fine", "go ahead", "alright", ...) between the refusal and the end of the part,
cannot match an intent that concedes.

Which intents concede is read from their own examples, not from their names: an intent of
which at least ``CONCEDING_EXAMPLES`` examples open with an assent ("OK, ...", "Fine, ...",
"Sure, ...", "Alright, ...", "Go ahead ...") gives in to what was asked. A refusal is a
sentence that holds a negation (:mod:`.negation`, so "no problem" is none), is not a question,
and says no: "no" (not "oh no"), a negated "can", "will", "could" or "would", "not going to",
"not an option", "isn't possible", "never", ...
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np
from numpy.typing import NDArray

from .intent_similarity import is_question
from .negation import _IDIOM, is_negative
from .sentences import split_sentences

CONCEDING_EXAMPLES = 2

_ASSENT = re.compile(r"^\W*(?:ok|okay|fine|sure|alright|all right|go ahead|go on)\b", re.IGNORECASE)
_REFUSAL = re.compile(
    # every form starts with one of these letters: checked first, the search is much faster
    r"(?=[nNcCwWiIaA])(?:\b(?:no|never|cannot|(?:can|won|wo|could|would)n['’]?t"
    r"|(?:will|can|could|would) not"
    r"|not (?:going to|gonna|able|allowed|possible|an option|happening|acceptable)"
    r"|(?:is|are|was)n['’]?t (?:going to|gonna|possible|an option|happening|acceptable|allowed))\b)",
    re.IGNORECASE,
)
_SYMPATHY = re.compile(r"\b(?:oh|ah|uh)\W*$", re.IGNORECASE)  # "oh no": not a refusal
_TURN = re.compile(
    r"(?=[bofsaghtyBOFSAGHTY])\b(?:but|ok|okay|fine|sure|alright|all right|go ahead|go on|however|though|that said"
    r"|having said that|then again|yes|yeah)\b",
    re.IGNORECASE,
)


def concedes(examples: Sequence[str]) -> bool:
    """True when the intent's examples give in: enough of them open with an assent."""
    return sum(1 for e in examples if _ASSENT.match(e)) >= CONCEDING_EXAMPLES


def barred(
    text: str, spans: Sequence[tuple[int, int]], conceding: NDArray[np.bool_]
) -> NDArray[np.bool_] | None:
    """(parts, intents): the intents each part may not match - the ``conceding`` ones
    (intents,), after a refusal the reply never turns from; None when no part is held."""
    held = held_parts(text, spans)
    if held is None:
        return None
    out: NDArray[np.bool_] = held[:, None] & conceding[None, :]
    return out


def held_parts(text: str, spans: Sequence[tuple[int, int]]) -> NDArray[np.bool_] | None:
    """(parts,): the part at each span comes after a refusal with no turn between the refusal
    and the part's end. None when no part does (most replies hold no refusal)."""
    if not is_negative(text):  # one quick search in most replies: no negator at all
        return None
    refusals = []  # where each refusal's "no" ends
    for a, b in split_sentences(text):
        sentence = text[a:b]
        if is_question(sentence):
            continue
        end = _refusal_end(sentence)
        if end is not None and is_negative(sentence):  # not only inside a condition
            refusals.append(a + end)
    if not refusals:
        return None
    held = np.array(
        [any(r <= a and _TURN.search(text, r, b) is None for r in refusals) for a, b in spans],
        dtype=bool,
    )
    return held if held.any() else None


def _refusal_end(sentence: str) -> int | None:
    """Where the sentence's first refusal ends (None: it says no to nothing). Idioms that hold
    a negator and refuse nothing ("no problem", "no doubt") do not count, nor does "oh no"."""
    blanked: str | None = None  # the sentence with its idioms blanked, once it is needed
    for found in _REFUSAL.finditer(sentence):
        if found.group().lower() == "no" and _SYMPATHY.search(sentence, 0, found.start()):
            continue
        if blanked is None:
            blanked = _IDIOM.sub(lambda m: " " * len(m.group()), sentence)
        if blanked[found.start() : found.end()] == found.group():
            return found.end()
    return None
