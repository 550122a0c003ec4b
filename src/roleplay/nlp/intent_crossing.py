"""A negative part meeting an intent whose examples are all affirmative (issue 12, few examples).

A part of a reply meets only examples of its own polarity (:mod:`.negation`), so "Demos fail,
it's not the end of the world" cannot reach an intent whose few examples are all affirmative
("Demos go wrong sometimes, move on", "Everyone has a bad demo now and then"), nor "What's the
shift you can't do?" one whose examples ask without a negator, though each makes the intent's
move. With many examples an author writes both forms; with three to five, often one.

So a negative part also meets the examples of an intent that has no negative example,
``CROSSING_PENALTY`` behind (:mod:`.intent_similarity`), with a negative threshold calibrated
on the bank of ordinary talk met the same way (:mod:`.intent_calibration`) - unless the
negator turns the move round. That is read from the examples and the part, not from names:

* an intent that gives in or takes a move on (:func:`.intent_refusal.concedes`, ``offers``)
  or says no (``refusing``) is never crossed, nor an example that says no: "I don't think we
  should host it in the US" is the opposite of conceding the US region;
* a part that says no (SAYS_NO, BARE_NO, HELD: :func:`.intent_similarity.crosses`) never
  crosses;
* a part whose negator governs a word the intent's examples use, or whose clause's subject is
  one, is set aside from it (:func:`turned`): "We're not planning to switch vendors" against
  "We'll switch suppliers if the price stays", "The late reports didn't hold anything up"
  against "The late reports held up the board pack". A question asks whatever its polarity:
  against an intent whose examples all ask, it is never set aside ("What budget can't you go
  over?").

The other direction (an affirmative part meeting an intent whose examples all hold a negator)
was measured too and gained nothing on the readable sets, while "It was our fault" against
"It wasn't our fault" is the move turned round: not built.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from .intent_refusal import concedes, offers, refusing
from .intent_relevance import content_words, stem, vocabulary
from .intent_similarity import BASE, QUESTION, REFUSAL, Flags, Phrasings, crosses


def crossing(texts: Sequence[str], examples: Phrasings) -> Flags:
    """(examples,): which of an intent's examples (``texts``, encoded as ``examples``) a
    negative part may meet (see the module docstring): none when any example is negative."""
    if not len(examples) or examples.negative.any():
        return np.zeros(len(examples), dtype=bool)
    if concedes(texts) or offers(texts) or refusing(texts):
        return np.zeros(len(examples), dtype=bool)
    return np.asarray(examples.mood != REFUSAL)


# A negator and what it governs, up to the end of its clause: "not planning to switch vendors",
# "can't promise you everything by the 14th"
_SCOPE = re.compile(
    r"\b(?:not|no|never|cannot|nothing|none|nor|\w+n['’]t)\b([^,;:.!?—–]*?)(?=[,;:.!?—–]|\s-\s"
    r"|\b(?:and|but|so|because|though|although|while|when|if|unless|until)\b|$)",
    re.IGNORECASE,
)
# ... and what it says of the clause's subject: "Your account manager isn't the right person"
# is about the account manager, "The late reports didn't hold anything up" about the reports
_CLAUSE_START = re.compile(
    r".*(?:[,;:.!?—–]|\s-\s|\b(?:and|but|so|because|though|although|while|when|if|unless"
    r"|until)\b)",
    re.IGNORECASE | re.DOTALL,
)


def negated_words(text: str) -> frozenset[str]:
    """The stems of the content words a negator in ``text`` governs, and of its clause's
    subject (see _SCOPE and :func:`.intent_relevance.content_words`): what it says is not so."""
    out: set[str] = set()
    for m in _SCOPE.finditer(text):
        out.update(stem(w) for w in content_words(m.group(1)))
        before = text[: m.start()]
        opening = _CLAUSE_START.match(before)
        out.update(stem(w) for w in content_words(before[opening.end() if opening else 0 :]))
    return frozenset(out)


@dataclass(frozen=True)
class Turns:
    """What tells whether a negative part turns an intent's move round, read from each
    intent's examples once (see :func:`turned`)."""

    crossed: Flags  # (intents,): a negative part may meet some example
    words: tuple[frozenset[str], ...]  # stems of the content words of those examples
    asks: Flags  # (intents,): every one of those examples is a question
    some: bool  # crossed.any(), read once: whether any negative part may be turned round

    @classmethod
    def of(
        cls,
        examples: Sequence[Sequence[str]],
        encoded: Sequence[Phrasings],
        crossing: Sequence[Flags],
    ) -> Turns:
        """``examples``: each intent's example texts, ``encoded``: the same as phrasings,
        ``crossing``: see :func:`crossing`."""
        crossed = np.array([bool(np.any(c)) for c in crossing], dtype=bool)
        return cls(
            crossed,
            tuple(
                vocabulary(t for t, c in zip(texts, cross, strict=True) if c)
                for texts, cross in zip(examples, crossing, strict=True)
            ),
            np.array(
                [
                    bool(np.any(c)) and all(BASE[m] == QUESTION for m in e.mood[c].tolist())
                    for e, c in zip(encoded, crossing, strict=True)
                ],
                dtype=bool,
            ),
            bool(crossed.any()),
        )


def turned(
    text: str,
    spans: Sequence[tuple[int, int]],
    negative: Sequence[bool],
    moods: Sequence[int],
    turns: Turns,
) -> Flags | None:
    """(parts, intents): the intents a negative part meets only across polarity whose move
    its negator turns round: it governs a word their examples use, or its clause's subject is
    one (None: none). A question is not set aside from an intent that only asks."""
    out = None
    for p, ((a, b), neg, mood) in enumerate(zip(spans, negative, moods, strict=True)):
        if not neg or not crosses(mood):
            continue
        across = turns.crossed
        if BASE[mood] == QUESTION:  # a question asks whatever its polarity
            across = across & ~turns.asks
        if not across.any():
            continue
        said = negated_words(text[a:b])
        flags = across & np.array([not said.isdisjoint(w) for w in turns.words], dtype=bool)
        if flags.any():
            if out is None:
                out = np.zeros((len(spans), len(turns.crossed)), dtype=bool)
            out[p] = flags
    return out
