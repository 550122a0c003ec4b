"""Rule 353 (docs/scoring.md): the vocabulary of therapy with nothing of theirs in it.

"I'm holding space for your son's authentic self and honouring your parental truth. His feelings
are valid, your feelings are valid, and every voice here is seen." and "I want to honour the
energy you're bringing into this space and hold room for your lived experience as a user. Your
frustration is valid and it is seen." scored above a plain decent reply: "are valid" earned the
full +15 of a validation, and the rest read as warm acknowledgement. The words validate
nothing in particular: no feeling of theirs is named in its cause, nothing they said is taken
up, nothing is offered. Therapy jargon works as stock phrases do, with a vocabulary the stock
lists never held.

A jargon phrase: holding space or room, a safe / sacred / compassionate space, honouring your /
the journey, truth, experience, process, story, feelings, energy, path (or "I honour ..."),
"your truth", "lived experience", "inner child", "authentic self", "nervous system", a healing /
emotional / grief / inner journey, "you are / it is / they are seen / witnessed", "you are heard
/ held / valid", "your feelings / emotions / truth / experience / boundaries / voice are valid /
seen", "I see you" (not "I see you're ..."), "I witness". A reply of at least
`JARGON_PHRASES` such phrases whose every sentence (said once) holds one is therapy-speak: no
dimension ends above `JARGON_CAP`. Not: one such phrase in a reply that also says something
("Your feelings are valid. Losing the form twice is on us, and I'll log it today."), "It's
valid to ask for a second opinion", a sentence of its own that names their matter, a plan or a
question beside the jargon.
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.sentences import Sentence

# a caseless pattern (ascii_case.py): it opens on a long list of words, which the engine skips
# ahead to only on lower-cased text without the flag
JARGON = caseless(
    r"\b(?:"
    r"(?:hold|holds|holding|held) (?:a |some )?(?:\w+ )?(?:space|room)|"
    r"(?:safe|sacred|compassionate|brave) space|"
    r"(?:honou?r|honou?rs|honou?ring|honou?red) (?:your|the|this|their|his|her|my|our|each) "
    r"(?:\w+ )?(?:journey|truth|experience|process|story|feelings|energy|path|voice|"
    r"emotions|self|needs|boundaries|pain|healing)|"
    r"i honou?r|your (?:\w+ )?truth|lived experience|inner child|authentic self|nervous system|"
    r"(?:healing|emotional|grief|inner|growth|wellness|recovery) journey|"
    r"(?:you are|you're|they are|they're|it is|it's) (?:truly |fully )?(?:seen|witnessed)|"
    r"(?:you are|you're) (?:truly |fully )?(?:heard|held|valid)|"
    r"(?:feelings|emotions|truth|experience|reactions|boundaries|needs|frustration|anger|"
    r"pain|grief|anxiety|voice) (?:is|are) (?:\w+ )?(?:valid|seen|witnessed)|"
    r"i see you(?![\w'])|i witness"
    r")(?![\w'])",
)
JARGON_PHRASES = 2
JARGON_CAP = 45
JARGON_WHY = "the vocabulary of therapy with nothing of theirs in it"


def therapy_speak(sentences: list[Sentence]) -> Sentence | None:
    """The first sentence of a reply made of therapy jargon, or None (rule 353)."""
    said = [s for s in sentences if not s.repeat]
    phrases = 0
    for s in said:  # every sentence must hold some: the first that holds none ends the search
        found = sum(1 for _ in JARGON.finditer(s.text))
        if not found:
            return None
        phrases += found
    if not said or phrases < JARGON_PHRASES:
        return None
    return said[0]
