"""Rule 214 (docs/scoring.md): anger guessed for a line that tells of another feeling is no
reflection.

"You sound angry." to "I'm just so tired. The baby's up every two hours and I'm back at work on
Monday.", "It sounds like you're really angry at your sister." to someone who feels stupid for
trusting a partner with money, "You seem frustrated with the doctors." to someone scared of a
biopsy result: a negative feeling fits any troubled line by valence (feeling_reflection.py), so
each earned the reflective opener and the named feeling and tied or beat a plain reply that
named what they did feel. Rule 173 reads a feeling pinned on a cause they never gave, rule 175 a
glad feeling guessed for trouble; this is the commonest miss of a reflection by valence alone:
anger read into hurt, fear, shame or fatigue.

A statement (not a question, not negated) attributes anger to them when a word of anger or
frustration (angry, mad, furious, livid, fuming, resentful, bitter, annoyed, irritated,
frustrated, fed up, pissed off ...) comes within a few degree words after "you seem / sound /
look / must be / feel / are", "(it) sounds like you", "it seems (like) you". It contradicts
their line when the feelings of their line and of the state are known and none of them is
anger, frustration, unfairness or pressure (they told of sadness, worry, tiredness, shame,
confusion or hope; "I feel stupid / foolish / like an idiot" is shame), and their line holds no
word of anger of its own ("hate", "sick of", "ridiculous", "unacceptable", "how dare", "!!" ...).
Anger they deny in so many words ("I'm not even angry about the money", "not that I'm bitter")
is contradicted by any anger guess, whatever else their line says; jealousy and envy read as
anger here ("It sounds like you're feeling jealous of your brother"), and "I feel like a freak
/ a failure / a burden" as shame (found on the fourteenth genre set's dev half). Such a sentence
reflects nothing: it loses its reflecting cues, its named feeling and its act, as rule 173's
pinned feelings do.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.unfounded_feeling import attributed_feeling

_ANGER = re.compile(
    r"\b(?:angry|angrier|anger|mad|furious|livid|fuming|seething|enraged|irate|outraged|"
    r"resentful|bitter|annoyed|irritated|frustrated|exasperated|fed up|pissed(?: off)?|cross|"
    r"indignant|hostile|aggravated|jealous|envious)\b",
    re.IGNORECASE,
)
# the same words as a cheap first check (the flagged pattern above is kept for `finditer`)
_ANY_ANGER = caseless(_ANGER.pattern)
# feeling categories (data/words.json) an anger guess can fit
_ANGRY_CATEGORIES = frozenset({"anger", "frustration", "unfairness", "pressure"})
# a feeling of theirs the lexicon does not list: "I feel stupid / like an idiot" is shame
_OWN_SHAME = caseless(
    r"\b(?:i|i'm|i am)(?: \w+)? (?:feel|felt|feeling)? ?(?:so |really |such |a bit |pretty )?"
    r"(?:stupid|foolish|like an idiot|like a fool|an idiot|a fool|like a freak|a freak|ugly|"
    r"worthless|useless|small|numb|empty|alone|lost|guilty|a failure|like a failure|a burden|"
    r"like a burden|pathetic)\b",
)
# anger they deny in so many words: "I'm not even angry about the money", "not that I'm bitter"
_DENIED_ANGER = caseless(
    r"\b(?:i'm|i am|im|i was|i've been) (?:not|never) (?:even |really |actually |that |just |"
    r"at all )?(?:angry|mad|furious|upset|bitter|jealous|resentful|annoyed|cross)\b|"
    r"\bnot that i'm (?:angry|mad|furious|upset|bitter|jealous|resentful|annoyed|cross)\b|"
    r"\bi'm not (?:even )?(?:angry|mad|bitter|jealous) (?:at|with|about|of) ",
)
# anger of their own in words the lexicon does not list
_THEIR_ANGER = caseless(
    r"!{2,}|\b(?:hate|hated|sick of|fed up|ridiculous|unacceptable|disgrace\w*|how dare|"
    r"outrageous|insult\w*|rude|bullshit|wtf|bloody|fucking|joke|useless|incompetent|furious|"
    r"angry|livid|pissed|fuming|mad at|mad about|unfair\w*|cheek|nerve)\b",
)


def projects_anger(text: str, partner: str, targets: AbstractSet[str]) -> bool:
    """The statement guesses anger for a line that tells of another feeling (module
    docstring); `targets`: the feeling categories of their line and state."""
    if not partner.strip() or _ANY_ANGER.search(text) is None:
        return False
    if not attributed_feeling(text, _ANGER):
        return False
    if _DENIED_ANGER.search(partner) is not None:
        return True  # "I'm not even angry about the money."
    known = set(targets)
    if _OWN_SHAME.search(partner) is not None:
        known.add("embarrassment")
    if not known or known & _ANGRY_CATEGORIES:
        return False
    return _THEIR_ANGER.search(partner) is None


def projected_anger(sentences: list[Sentence], partner: str, targets: AbstractSet[str]) -> set[int]:
    """The starts of the sentences that guess anger for another feeling (read by semantic.py
    with rule 173's pinned feelings)."""
    if not partner.strip():
        return set()
    return {s.start for s in sentences if projects_anger(s.text, partner, targets)}
