"""Rule 173 (docs/scoring.md): a feeling pinned on a cause they never gave is no reflection.

"It sounds like you're feeling really angry at your GP for brushing you off" (to someone who
lies awake replaying what they said at work; no GP, no anger), "It sounds like you're scared
about the long-term prognosis and what dialysis means for your life expectancy" (to someone
who misses Thursday football): skilled-sounding reflections that miss the partner. Each named a
negative feeling, which fits any troubled line by valence (feeling_reflection.py), so each
earned the reflection-of-feeling floor, the named feeling and the reflective opener, and beat a
plain restatement of what they did say.

A reflection names what they feel and what about. A sentence that attributes a feeling to them
("you're (feeling) (really) angry at ...", "you sound embarrassed that ...", "you are
scared about ...") pins it on a cause they never gave when

- the feeling is none of the feelings their line names (their own word stays theirs: "You're
  angry at how the review went" to "I'm so angry about my review" is their feeling), and
- the cause (the words after "at", "about", "that", "over", "with", "because", "by", "of" or
  "for", up to the end of the clause) holds content words and none of theirs in any form
  ("your brother for being so unreasonable" after a line about a brother, "losing your
  Thursdays" after one about Thursdays: no misreading; "him" holds none and "what happens
  next" only vague words: nothing to judge).
  A cause they gave in other words ("your mum" after "my mother") is a known limit: it is read
  as not theirs.

Such a sentence reflects nothing: its reflection and feeling cues and its acknowledging act
earn nothing, and it is no reflection of feeling. A question ("Are you angry at the GP?")
asks and is left alone, as is every sentence that names no feeling of theirs.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from roleplay.scoring.feeling_reflection import named_categories
from roleplay.scoring.fragments import content_stems, partner_stems
from roleplay.scoring.lexicon import Lexicon
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.text import ascii_lower
from roleplay.scoring.types import Evidence

# a feeling attributed to them, and what it is about
ATTRIBUTED = re.compile(
    r"\byou(?:'re| are|re| sound| seem| look| must be| feel)?\s+(?:feeling\s+|really\s+|mostly\s+|so\s+|very\s+|quite\s+|"
    r"pretty\s+|a bit\s+|a little\s+|mainly\s+|more\s+|actually\s+|just\s+|also\s+)*"
    r"(?P<feeling>[a-z]+)\s+(?:at|about|that|over|with|because|by|of|for)\s+"
    r"(?P<cause>[^.;:,!?\u2014]+)",
)
# stems of words that name no cause of their own ("scared of what happens next", "worried
# about everything"): a vague cause is no misreading
_VAGUE = frozenset(
    """happen next thing everyth anyth someth going future whole situation stuff time else
    more much later today tomorrow week month year life work people other""".split()
)
# the cue features that credit a sentence as a reflection of what they feel
REFLECTING_CUES = frozenset(
    {"reflection", "emotion_label", "emotion_match", "difficulty", "understanding"}
)


def _end_marks(text: str) -> str:
    """The marks that end the sentence: what follows its last letter or digit (what the pattern
    `[\\W_]*$` finds, without trying it from every position of the text)."""
    end = len(text)
    while end and not text[end - 1].isalnum():  # `\\w` is a letter, a digit or "_"
        end -= 1
    return text[end:]


def pins_feeling(text: str, partner: str, targets: AbstractSet[str], lexicon: Lexicon) -> bool:
    """The statement attributes to them a feeling none of theirs, about a cause mostly not
    theirs (module docstring)."""
    if not partner or "?" in _end_marks(text):  # "... trip??!" asks
        return False
    lower = ascii_lower(text)
    if "you" not in lower:
        return False
    theirs = partner_stems(partner)
    for m in ATTRIBUTED.finditer(lower):
        named = named_categories(m.group("feeling"), lexicon)
        if not named or any(cat in targets for cat in named):
            continue
        cause = content_stems(m.group("cause")) - _VAGUE
        if cause and not cause & theirs:
            return True
    return False


def misattributed(
    sentences: list[Sentence], partner: str, targets: AbstractSet[str], lexicon: Lexicon
) -> set[int]:
    """The starts of the sentences that pin a feeling on a cause they never gave."""
    return {s.start for s in sentences if pins_feeling(s.text, partner, targets, lexicon)}


def pinned_cue(
    feature: str,
    e: Evidence,
    sentences: list[Sentence],
    pinned: set[int],
    features: AbstractSet[str] = REFLECTING_CUES,
) -> bool:
    """A reflecting cue credit (one of `features`) in a sentence that pins a feeling on them."""
    if feature not in features or e.points <= 0:
        return False
    home = sentence_at(sentences, e.span)
    return home is not None and home.start in pinned
