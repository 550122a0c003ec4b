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

Rule 311 (strategy21): their words are matched by stem too, and a jibe word of their own is no
jibe. "Congratulations on passing, that's brilliant after four tries." to "I finally passed my
driving test on the fourth go!" kept its sarcasm hit (-30 empathy): "passing" and "passed"
share only four letters, under the five-letter prefix test, so nothing of theirs was named.
Now a word counts as theirs when its light stem (`overlap.stem`: "passing", "passed" ->
"pass"; "moved", "moving" -> "mov") is one of their words' stems. And "Congratulations on
finally getting the job!" to "I finally got the job!" echoes their own "finally": a jibe word
they used themselves mocks nothing. "Congratulations on finally noticing" to a line without
"finally" stays sarcasm.
"""

from __future__ import annotations

import re

from roleplay.scoring.content_words import SHORT_FILLERS, long_words
from roleplay.scoring.features_base import Hit
from roleplay.scoring.line_mood import troubled
from roleplay.scoring.overlap import stem
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


def _theirs(word: str, partner: set[str], stems: set[str]) -> bool:
    return (
        word in partner
        or any(len(p) >= 5 and word[:5] == p[:5] for p in partner)
        or stem(word) in stems
    )


def sincere_congratulations(text: PreparedText, hits: list[Hit], partner: str) -> list[Hit]:
    """The hits without the sarcasm cue of congratulations on their own good news."""
    if not partner or not any(
        h.feature == "sarcasm" and h.text.lower().startswith("congratulations on") for h in hits
    ):
        return hits  # cheap gate: no such cue
    if troubled(partner):
        return hits
    theirs = _content(partner)
    stems = {stem(w) for w in theirs}
    # a jibe word of their own ("finally" after "I finally got the job") is no jibe (rule 311)
    own = {w for w in _JIBE.findall(partner.lower())}
    out: list[Hit] = []
    for h in hits:
        if (
            h.feature == "sarcasm"
            and h.end is not None
            and _CONGRATS.match(h.text) is not None
            and _for_their_news(text.plain[h.end :], theirs, stems, own)
        ):
            continue
        out.append(h)
    return out


def _for_their_news(after: str, theirs: set[str], stems: set[str], own: set[str]) -> bool:
    """The words after "congratulations on", to the end of their clause, name something of
    their line and hold no jibe but their own."""
    end = _CLAUSE_END.search(after)
    what = after[: end.start()] if end else after
    if any(j.lower() not in own for j in _JIBE.findall(what)):
        return False
    return any(_theirs(w, theirs, stems) for w in _content(what))
