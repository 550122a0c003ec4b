"""Rules 43 and 44 (docs/scoring.md), the cue side: a sentence that overrules their feeling or
denies their account (dismissing.py) earns none of the cue credit its words would: "of course you
deserve it" after "Don't be silly" validates nothing, and "Our technicians don't botch repairs"
picks up their words only to deny them."""

from __future__ import annotations

from roleplay.scoring.dismissing import denies_their_account, overrules_them
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.types import Evidence


def without_overruled_credit(
    cues: list[tuple[str, Evidence]], sentences: list[Sentence], partner: str
) -> list[tuple[str, Evidence]]:
    """The cue evidence without the credit of a sentence that overrules their feeling or denies
    their account: "of course you deserve it" after "Don't be silly" validates nothing, and "Our
    technicians don't botch repairs" picks up their words only to deny them."""
    overruling = [
        s
        for s in sentences
        if not s.text.rstrip().endswith("?")
        and (overrules_them(s.text, partner) or denies_their_account(s.text, partner))
    ]
    if not overruling:
        return cues
    return [
        (f, e)
        for f, e in cues
        if not (e.points > 0 and sentence_at(sentences, e.span) in overruling)
    ]
