"""Rule 179 (docs/scoring.md): congratulations on their own good news are no sarcasm.

"Congratulations on the promotion! Three years of trying makes it sweeter." to "I finally got the
promotion after three years of trying!" scored 32, across the table: the sarcasm cue holds
"congratulations on" (for "Congratulations on finally noticing", "Congratulations on breaking the
build"), so the warmest reply to good news lost 30 empathy and had every dimension capped for
hostility. "Congratulations on the wedding! I can take Saturday ..." to a request for cover on
the day of a daughter's wedding lost the same.

Whether congratulations mock depends on what they are for. "Congratulations on <X>" is sincere
when X (to the end of its clause) names something of their line (a content word of it in any
form: "the promotion" after "got the promotion", "the wedding" after "my daughter's wedding"),
holds no word that turns it into a jibe ("finally noticing", "managing to", "breaking",
"ruining", "another", "yet again", "at last"), and their line does not tell of trouble with
nothing good in it (`line_mood.troubled`: "Congratulations on the redundancy" to "I was made
redundant" stays sarcasm). Then the sarcasm hit is dropped; the rest of the reply is read as it
stands.
"""

from __future__ import annotations

import re

from roleplay.scoring.content_words import SHORT_FILLERS, long_words
from roleplay.scoring.features_base import Hit
from roleplay.scoring.line_mood import troubled
from roleplay.scoring.text import PreparedText

_CONGRATS = re.compile(r"congratulations on\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;:,]|\s(?:but|and then|although)\b|$", re.IGNORECASE)
# words that make congratulations a jibe
_JIBE = re.compile(
    r"\b(?:finally|at last|managing|managed|breaking|broke|ruining|ruined|another|yet again|"
    r"again|failing|failed|losing|lost|messing|wrecking|noticing|remembering|bothering|showing "
    r"up|turning up|being|making it worse)\b",
    re.IGNORECASE,
)
_FILLERS = SHORT_FILLERS | frozenset("where which the".split())


def _content(text: str) -> set[str]:
    return long_words(text, _FILLERS)


def _theirs(word: str, partner: set[str]) -> bool:
    return word in partner or any(len(p) >= 5 and word[:5] == p[:5] for p in partner)


def sincere_congratulations(text: PreparedText, hits: list[Hit], partner: str) -> list[Hit]:
    """The hits without the sarcasm cue of congratulations on their own good news."""
    if not partner or not any(
        h.feature == "sarcasm" and h.text.lower().startswith("congratulations on") for h in hits
    ):
        return hits  # cheap gate: no such cue
    if troubled(partner):
        return hits
    theirs = _content(partner)
    out: list[Hit] = []
    for h in hits:
        if (
            h.feature == "sarcasm"
            and h.end is not None
            and _CONGRATS.match(h.text) is not None
            and _for_their_news(text.plain[h.end :], theirs)
        ):
            continue
        out.append(h)
    return out


def _for_their_news(after: str, theirs: set[str]) -> bool:
    """The words after "congratulations on", to the end of their clause, name something of
    their line and hold no jibe."""
    end = _CLAUSE_END.search(after)
    what = after[: end.start()] if end else after
    if _JIBE.search(what) is not None:
        return False
    return any(_theirs(w, theirs) for w in _content(what))
