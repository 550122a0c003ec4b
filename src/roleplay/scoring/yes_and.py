"""Rule 416 (docs/scoring.md): a "yes" that turns to another matter agrees with nothing.

"Yes, and on another note, we're looking for helpers for the Christmas raffle, the sign-up sheet
is in the kitchen!" (to a volunteer whose shift was given away) earned "agreed with them" in
full on every dimension and stood at 50, as high as a plain reply that takes up their matter
can score on a hard line. The yes is the improviser's "yes, and": it agrees in form and moves
straight on to the speaker's own business, so it agrees with nothing they said. A reply that
opens on a word of agreement ("yes", "absolutely", "totally", "of course", "sure", "exactly"),
then "and" and a turn to another matter in so many words ("on that note", "speaking of",
"while I'm / you're here", "by the way", "on another note", "just a reminder", "don't forget",
"that reminds me" ...), and after the turn commits the speaker to nothing ("I'll", "we'll", "let
me") and holds at most one word of their line's matter, ends no dimension above `YES_AND_CAP`.
Not: "Yes, and on that note, I'll ring the engineer now.", "Absolutely, and while you're here,
let me book the boiler repair for Monday.", a yes followed by their matter ("Yes, and nine days
with a newborn is far too long.").
"""

from __future__ import annotations

import re

from roleplay.scoring.hollow import matter_stems

YES_AND_CAP = 40
YES_AND_WHY = "a yes that turns to another matter"

_YES_AND = re.compile(
    r"^\W*(?:yes|yeah|yep|absolutely|totally|definitely|of course|sure|exactly|agreed|right|"
    r"great|good point)\b[\s,!.]*(?:(?:absolutely|totally|definitely|of course|yes),?\s+)?"
    r"and\b,?\s*(?:also\s+)?"
    r"(?:on that note|on that topic|on the subject|speaking of|while i'm here|while you're here|"
    r"while i have you|while i've got you|while we're (?:at it|talking)|by the way|btw|"
    r"on (?:another|a different|a separate|an unrelated) note|that reminds me|before i forget|"
    r"just a (?:quick )?reminder|don't forget|remember)\b",
    re.IGNORECASE,
)
_COMMITS = re.compile(
    r"\b(?:I'll|we'll|I will|we will|I'm going to|we're going to|let me|let us)\b",
    re.IGNORECASE,
)


def yes_and(reply: str, partner: str) -> tuple[int, int] | None:
    """The span of the agreement and its turn when the reply's yes moves on to another matter
    (rule 416), or None."""
    turn = _YES_AND.match(reply)
    if turn is None:
        return None
    rest = reply[turn.end() :]
    if _COMMITS.search(rest) or len(matter_stems(rest) & matter_stems(partner)) > 1:
        return None
    return turn.span()
