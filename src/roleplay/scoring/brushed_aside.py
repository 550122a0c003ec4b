"""Sympathy taken back by brushing the feeling aside ("Sorry to hear that! Everything happens for a
reason", "I'm so sorry. At least nobody was hurt, that's the main thing").

An acknowledgement followed by a silver lining or premature reassurance (the cue layer's
`minimising`) is not acknowledgement: the reply hurries past the feeling it named. The
acknowledgements before the brush-aside earn nothing, as cues and as acts, like those a brush-off
to process or a "yes, but" takes back. Gentle reassurance ("Don't worry, I'll cover it", "No need
to panic") and remarks on the matter ("it doesn't matter as much") take nothing back: in
negotiation and at work they reassure about the matter, not the feeling. A non-apology ("Sorry you
feel that way", non_apology.py) brushes the feeling aside in the words of sympathy: it takes back
what came before it and its own sentence's acknowledging act.
"""

from __future__ import annotations

import re

from roleplay.scoring.semantic_rules import ACK_FEATURES
from roleplay.scoring.types import Evidence

BRUSH_ASIDE = "minimising"
# Silver linings and premature reassurance; not gentle reassurance ("don't worry", "no need to
# panic") nor remarks on the matter ("it doesn't matter as much", "nothing personal").
_TAKES_BACK = re.compile(
    r"at least|everything happens|could(?: have been)? worse|bright side|cheer up|end of the world|"
    r"fish in the sea|time heals|give (?:it|him|her|them)|come (?:round|around)|(?:blow over|work "
    r"out|sort itself out)|get used to|positive|(?:it|you)(?:'ll| will) be fine|sorry|good news|"
    r"plus side|every cloud has|silver lining|look at it this way",
    re.I,
)
# a non-apology ("Sorry you feel that way", non_apology.py) takes back its own sentence's
# acknowledging act even when no acknowledging cue came before it
_OWN_WORDS = re.compile(r"sorry", re.I)


def brushed_aside(
    cues: list[tuple[str, Evidence]], reply: str
) -> tuple[list[tuple[str, Evidence]], int | None]:
    """The cues without the acknowledgements a brush-aside takes back, and where it ends (None:
    nothing was taken back)."""
    ends = [
        e.span
        for f, e in cues
        if f == BRUSH_ASIDE
        and e.points < 0
        and e.span is not None
        and _TAKES_BACK.search(reply, e.span[0], e.span[1])
    ]
    if not ends:
        return cues, None
    last = max(start for start, _ in ends)
    kept = [
        (f, e)
        for f, e in cues
        if not (f in ACK_FEATURES and e.points > 0 and e.span is not None and e.span[0] < last)
    ]
    if len(kept) == len(cues) and not any(_OWN_WORDS.search(reply, s, e) for s, e in ends):
        return cues, None
    return kept, max(end for _, end in ends)
