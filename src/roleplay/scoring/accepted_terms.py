"""Accepting their offer is agreement, not validation (docs/scoring.md rule 64; English).

"That sounds reasonable to me", "That's fair", "Fair enough" answer a proposal of theirs ("How
about I take the firewood and you take the water?", "I can give you two engineers if you take
the night shift") by accepting its terms. The `validation` cue read them as validating their
view (`+15 empathy: validated their view ("sounds reasonable")`), though nothing of their
feelings or situation is acknowledged. When their line proposes terms, these fairness words
count as the `agreement` cue (`agreed with them`), once: a validation hit that an agreement hit
already covers is dropped. Said to a line that proposes nothing ("I think the rota is unfair to
parents." - "That's fair.") they still validate.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.partner_lines import per_partner_line

# fairness words that accept terms as much as they validate a view
_FAIRNESS = re.compile(
    r"^(?:that's fair|that is fair|fair enough|that's reasonable|that is reasonable|"
    r"(?:completely|totally) reasonable|sounds (?:\w+ )?reasonable)$",
    re.IGNORECASE,
)
# their line proposes terms: an offer, a split, a condition, a question that proposes
_PROPOSES = re.compile(
    r"\b(?:how about|what about|what if|if you|if i|in exchange|in return|i(?:'ll| will| can| "
    r"could|'d) (?:give|let|take|offer|do|drop|send|cover|throw in|split|trade|swap|lend|move)|"
    r"would you (?:accept|take|agree|consider|be (?:ok|okay|happy|willing|fine))|"
    r"(?:i|we) (?:propose|suggest|offer)|my (?:offer|proposal)|let's (?:split|say|do|go with)|"
    r"you (?:take|get|can have|keep)|deal\?)",
    re.IGNORECASE,
)


@per_partner_line
def _proposes(partner: str) -> bool:
    return _PROPOSES.search(partner) is not None


def accepted_terms(hits: list[Hit], partner: str) -> list[Hit]:
    """`hits` with the fairness words that accept their proposal read as agreement."""
    if not partner or not any(h.feature == "validation" for h in hits) or not _proposes(partner):
        return hits
    agreed = [h for h in hits if h.feature == "agreement" and h.start is not None]
    out: list[Hit] = []
    for h in hits:
        if h.feature != "validation" or h.start is None or h.end is None:
            out.append(h)
        elif not _FAIRNESS.match(h.text.strip()):
            out.append(h)
        elif not any(
            a.start is not None and a.end is not None and a.start < h.end and h.start < a.end
            for a in agreed
        ):
            out.append(h._replace(feature="agreement"))
    return out
