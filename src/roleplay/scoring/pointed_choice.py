"""Rule 330 (docs/scoring.md): a question that asks which of their things is the point.

A listener who has heard a long line often asks which part of it matters most, in the
partner's own terms: "Is it the deadline or the scope that worries you?", "If you were to say
something to your brother, would it be about the house, or about not being told?", "Do you
actually want to stop, or do you want to stop feeling like this about it?", "Which part is
slipping, the data move or the reconciliation?". Such an alternative question names two
readings of what they said and leaves them to say which one is theirs: it asks about their
actual point, where "What do you need?" or "Would you like to think about what you might say?"
fits any line. The encoder read these as a plain question (`+2 listening: asked a question`),
below the generic question beside them.

A question is such a choice when it is addressed to them or to their matter (second person, or
"is it / was it / would it be ...", "which / what ..."), lists its alternatives the way an
alternative question does (after a comma or colon "..., X or Y?", a clause of its own "..., or
is that / do you / would you ...?", or a cleft "Is it X or Y ...?"), and it is tied to their line:
one of its words of four letters or more (not a word of wanting, feeling or talking, which fits
any line) is a word of their line, or the encoder finds it close to one of their sentences or
to the whole line (`CLOSE`). It earns listening and collaboration once per reply
(`asked which part is their point`).

Not: "or not", "or something / anything / whatever / so / two / else / what"; examples after
"like / such as" ("like car rides or late at night"); a remedy or a check put as a question
("Have you tried thinner needles or icing the site first?", "Have you been to loud concerts or
used headphones a lot?": the "or" joins the items of a yes/no question); a loaded choice ("Did
you even read it, or are you just guessing?", "Are you going to fix it or not?"); a sentence the
encoder reads clearly as a costly act, or any choice in a hostile reply; a repeat; a choice
with nothing of their line in it ("Do you want tea or coffee?").
"""

from __future__ import annotations

import re

from roleplay.nlp import EncodingCache, split_sentences
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.question_focus import remedy_question, shares_their_words
from roleplay.scoring.sentence_checks import clearly_costly
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.types import Dimension

POINTED_REASON = "asked which part is their point"
# in cue units (tens of points before the heads' weights): as a plan tied to their interest
POINTED_UNITS: dict[Dimension, float] = {"listening": 1.0, "collaboration": 1.0}

_AUX = r"(?:is|was|are|were|do|does|did|would|will|could|can|should|has|have|had)(?:n't)?"
_SUBJECT = r"(?:it|that|this|you|he|she|they|we|there|i)"
# an alternative question's shapes: alternatives listed after a comma or colon, a clause of its
# own after "or", or a cleft that opens on "is it / was it / would it be"
ALTERNATIVES = caseless(
    r"[,:;]\s[^?]*?\bor\s+(?!not\b)\w|"
    rf"\bor\s+{_AUX}\s+{_SUBJECT}\b|"
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|well),?\s+)?(?:is|was|would) (?:it|that|this)(?: be)?\b"
    r"[^?]*\bor\s+\w",
    by_branch=True,
)
# a choice put to them or to their matter
_ADDRESSED = caseless(
    r"\b(?:you|your|yours|yourself|you're|you've|you'd|u|ur)\b|"
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|well|before \w+),?\s+)?(?:is|was|would) (?:it|that|this)\b|"
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|well),?\s+)?(?:which|what)\b|"
    r"\b(?:hard|hardest|worst|tough|toughest|big|biggest|scary|scariest|main|real) "
    r"(?:bit|part|thing)\b|"
    r"^\W*(?:(?:so|and|but|ok(?:ay)?|well),?\s+)?(?:is|was) the (?:\w+ )?(?:worry|problem|fear|"
    r"concern|issue|sticking point)\b",
    by_branch=True,
)
# an "or" that offers no second reading, and examples listed after "like" / "such as"
_NO_ALTERNATIVE = re.compile(
    r"\bor (?:not|something|anything|whatever|so|two|else|other|no|never|later|less|more)\b|"
    r"\bor what\W*$|"
    r"\b(?:like|such as|e\.g\.)\s[^,?]*\bor\b",
    re.IGNORECASE,
)
# a loaded choice: "did you even ...", "or are you just ...", "or is it just you"
_LOADED = re.compile(
    r"\b(?:did|do|does|have|has|are|can|could|were|was) (?:you|they|he|she) even\b|"
    r"\bor (?:are|were) you (?:just|simply|being)\b|\bor is it just (?:you|me)\b",
    re.IGNORECASE,
)
# closeness to one of their sentences (or their whole line) that ties a choice to it by meaning
# when it shares no word with it ("Would telling someone at the new job feel possible, or is
# that the scary part?" to a line about a new job and one toilet for forty people: 0.60; "Do you
# want tea or coffee?" after a line about losing a job: 0.18, about a rota: 0.29-0.36)
CLOSE = 0.5
# words of wanting, feeling or talking: they fit any line, so they tie nothing to theirs
GENERIC = frozenset(
    """want wants wanted need needs needed feel feels feeling felt talk talking help helps
    think know rather just right today tonight would like mean actually""".split()
)


def pointed_choice(
    sentences: list[Sentence], partner: str, hostile: bool, cache: EncodingCache
) -> Sentence | None:
    """The first question that asks which of their things is the point (None: none does)."""
    if hostile or not partner.strip():
        return None
    for s in sentences:
        text = s.text.strip()
        if s.repeat or not text.endswith("?") or " or " not in f" {text.lower()} ":
            continue
        if not ALTERNATIVES.search(text) or not _ADDRESSED.search(text):
            continue
        if _NO_ALTERNATIVE.search(text) or _LOADED.search(text):
            continue
        if remedy_question(text) or clearly_costly(s):
            continue
        if shares_their_words(text, partner, GENERIC) or _near_their_line(text, partner, cache):
            return s
    return None


def _near_their_line(text: str, partner: str, cache: EncodingCache) -> bool:
    """The encoder finds the question close to one of their sentences or to their whole line
    (the reply's sentences and their line were encoded when the reply was read: cached rows)."""
    lines = [partner[a:b] for a, b in split_sentences(partner)]
    rows = cache.encode([text, *lines, partner])
    return float((rows[1:] @ rows[0]).max()) >= CLOSE
