"""A deal is an agreement, not a dismissal (docs/scoring.md rule 29c).

The act bank's dismissal examples hold the word "deal" ("It's not a big deal", "That's just how
it is, deal with it"), and the static encoder weighs that rare word heavily, so a sentence that
names a deal in its bargaining sense - "Deal, you can have it", "I think we have a deal", "Let's
make this deal", "I'd prefer the original deal" - was read as "dismisses how they feel" (-6
empathy, -5 listening). That reading is dropped when the sentence's "deal" is no "big deal", no
"deal with ...", and nothing else in the sentence dismisses: no wording that makes it smaller
(severity.MINIMISES), no comparison with everyone's (acknowledged.COMPARES), no dismissal,
minimising or hostile cue ("Fine, deal, whatever you want" keeps its dismissal). The sentence
earns nothing in the dismissal's place: accepting a deal is not empathy, and other rules credit
what it offers or proposes.

Why an earlier version of this fix lowered CaSiNo showing-empathy (0.771 -> 0.769): of the
TRAIN turns read this way, 75 of 76 are labelled without empathy, and the false dismissal had
pushed them below the neutral 45 where unlabelled turns and many weakly labelled ones sit. The
wrong reading ranked them "right" for the wrong reason; the measured cost of removing it is
that artefact (benchmarks/README.md, thirteenth pass).
"""

from __future__ import annotations

from roleplay.scoring.acknowledged import COMPARES, MINIMISING_FEATURE
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.semantic_rules import HOSTILE_FEATURES
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.severity import MINIMISES
from roleplay.scoring.types import Evidence

# "deal" in its dismissive senses: "no big deal", "Big deal.", "deal with it", "a great deal
# more" ("It's a big deal for my team" says it matters: no dismissal)
DISMISSIVE_DEAL = caseless(
    r"\b(?:no|not|not a|not such a|not that big a|isn't a|wasn't a|what's the) (?:big|huge) deal\b"
    r"|^\W*(?:so what,? )?big deal\b|\bdeal(?:s|ing|t)? with\b|\bdeal(?:s|ing)? it\b"
    r"|\b(?:great|good) deal (?:of|more|less|better|worse|harder|easier)\b",
    by_branch=True,
)
DEAL = caseless(r"\bdeal\b")
KEEPS_DISMISSAL = HOSTILE_FEATURES | {"dismissal", MINIMISING_FEATURE}


def deals_are_no_dismissal(
    sentences: list[Sentence], cues: list[tuple[str, Evidence]]
) -> list[Sentence]:
    """The sentences, with the dismissal act dropped where it rests on "deal" in its
    bargaining sense (see the module)."""
    if not any(s.act.act == "dismissal" and "deal" in s.text.lower() for s in sentences):
        return sentences  # the common case: no dismissal, or none naming a deal
    kept = {
        home.start
        for f, e in cues
        if f in KEEPS_DISMISSAL
        and e.points < 0
        and (home := sentence_at(sentences, e.span)) is not None
    }
    return [
        s.without_act()
        if s.act.act == "dismissal"
        and s.start not in kept
        and DEAL.search(s.text) is not None
        and DISMISSIVE_DEAL.search(s.text) is None
        and MINIMISES.search(s.text) is None
        and COMPARES.search(s.text) is None
        else s
        for s in sentences
    ]
