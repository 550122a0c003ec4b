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
  A cause they gave in other words is theirs too (rule 453): the cause is close in meaning to a
  sentence of their line (the encoder's cosine `SAID_OTHERWISE` or more: "your manager for
  taking credit for your work" after "My boss rewrote my whole report and sent it out under his
  name", 0.42), or one of its words is the same word as one of theirs in another form ("mum"
  after "mother", "kids" after "children": `SAME_WORD` or more). A wrong cause stays wrong
  ("your sister for refusing" after a line about a brother, 0.37; "the board might read about
  it in the newsletter" after one about an email, 0.37).

Such a sentence reflects nothing: its reflection and feeling cues and its acknowledging act
earn nothing, and it is no reflection of feeling. A question ("Are you angry at the GP?")
asks and is left alone, as is every sentence that names no feeling of theirs.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from roleplay.scoring.feeling_reflection import named_categories
from roleplay.scoring.fragments import content_stems, partner_stems
from roleplay.scoring.lexicon import Lexicon
from roleplay.scoring.sentences import Sentence, sentence_at, split_sentences
from roleplay.scoring.text import ascii_lower
from roleplay.scoring.types import Evidence

if TYPE_CHECKING:
    from roleplay.nlp.cache import EncodingCache

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


# rule 453: a cause given back in other words (module docstring)
SAID_OTHERWISE = 0.40  # the cause against their nearest sentence
SAME_WORD = 0.60  # a word of the cause against a word of theirs
_WORD = re.compile(r"[a-z]{3,}")
_NO_MATTER = frozenset(
    """the and you your yours for that with was are but not his her him she they them this what
    from have has had been were will would could about into out off all any our its who how
    why when then than just only ever never really very much more some""".split()
)


def said_otherwise(cause: str, partner: str, cache: EncodingCache) -> bool:
    """The cause is theirs in other words: close in meaning to a sentence of their line, or one
    of its words the same word as one of theirs in another form (rule 453)."""
    theirs = [partner[a:b] for a, b in split_sentences(partner)] or [partner]
    mine = [w for w in _WORD.findall(cause) if w not in _NO_MATTER]
    their_words = [w for w in _WORD.findall(ascii_lower(partner)) if w not in _NO_MATTER]
    vectors = cache.encode([cause, *theirs, *mine, *their_words])
    if float((vectors[1 : 1 + len(theirs)] @ vectors[0]).max()) >= SAID_OTHERWISE:
        return True
    if not mine or not their_words:
        return False
    words = vectors[1 + len(theirs) :]
    return float((words[: len(mine)] @ words[len(mine) :].T).max()) >= SAME_WORD


def pins_feeling(
    text: str,
    partner: str,
    targets: AbstractSet[str],
    lexicon: Lexicon,
    cache: EncodingCache | None = None,
) -> bool:
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
            if cache is None or not said_otherwise(m.group("cause"), partner, cache):
                return True
    return False


def misattributed(
    sentences: list[Sentence],
    partner: str,
    targets: AbstractSet[str],
    lexicon: Lexicon,
    cache: EncodingCache | None = None,
) -> set[int]:
    """The starts of the sentences that pin a feeling on a cause they never gave."""
    return {s.start for s in sentences if pins_feeling(s.text, partner, targets, lexicon, cache)}


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
