"""A short answer says something only of what it was asked about (issue 12).

A bare "No." or "Sure." is read against the counterpart's line (:mod:`.intent_answer`): "No." to
"Can we host them in the US for now?" reads "We can't host them in the US for now." and refuses
US hosting. The reading then met any intent in the same register: "No." to "So can you get me a
one-page answer for their IT director by Wednesday?" read "I can't get you a one-page answer
...", and that met `hold_eu_rule` ("I can't approve US hosting for patient data") on its "I
can't" alone. The no refuses the one-pager, not the rule's object: it says nothing of US hosting.

So a reading may meet an intent only when the thing asked shares a content word with the
intent's examples (:func:`about`): its object or its verb, by a crude stem
(:func:`.intent_relevance.stem`: "one-page" meets "one-pager", "hosting" meets "host"). Words
of no topic (pronouns, auxiliaries, time words, "need", "plan": see
:func:`.intent_relevance.content_words`) count for nothing, and so does a bare number ("by the
1st"), whose kind the word next to it tells. A line that names nothing of any intent leaves the
reading to none of them: the learner answered a side request, not the scenario's crux.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .intent_relevance import vocabulary
from .intent_similarity import Flags


def objects(examples_per_intent: Sequence[Sequence[str]]) -> tuple[frozenset[str], ...]:
    """The stems of the content words each intent's examples use (one set per intent)."""
    return tuple(vocabulary(examples) for examples in examples_per_intent)


def about(reading: str, words: Sequence[frozenset[str]]) -> Flags:
    """(intents,): which intents the thing a short answer's ``reading`` spells out shares a
    content word with (``words``: :func:`objects`)."""
    asked = vocabulary([reading])
    return np.array([not asked.isdisjoint(w) for w in words], dtype=bool)
