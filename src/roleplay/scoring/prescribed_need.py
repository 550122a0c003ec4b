"""Rule 261 (docs/scoring.md): "you need a holiday" prescribes; it reflects nothing of theirs.

The reflective cue "you need" (CaSiNo: "So you need the firewood more than the water") earned
`reflected what they said` (+6 listening, +2 empathy) wherever the words stood, and "It sounds
like" before them as much again: "It sounds like you need a different study method, maybe a
prep course this time round." to someone who failed the bar exam twice, "It sounds like what
you need is closure, maybe write the house a letter.", "You need a proper routine.", "I hear
you. Burnout is real. You need a holiday.", "What you need is a routine: up at seven ..."
each read as reflections. A need the speaker names for them, that none of their words name,
is advice framed as a reflection (counselling's righting reflex): the reflective cues of its
clause earn nothing and it counts as `jumped to advice`.

A clause prescribes when "you (just / really ...) need" (not "need to", which the cue leaves
out), opening its clause (after "it sounds like", "honestly", "what" ... at most), is followed,
after an optional "is", by a thing most of whose content words (four letters or
more), the first of them too, share no stem with their line's words ("a holiday", "anger management", "a different
study method", "closure"). Not: a clause of theirs ("if / when / whatever / sometimes you need",
"you said you need", "the items you need": "Call me if you need anything", "Evenings are when
you need it most"), a need weighed against another ("you need water and I need food", "you
need the water more"), a pronoun after
it ("you need one you can defend by Friday", "you need it"), a need their line names ("So you
need the water more" to a line about water; "what you need from us is no surprises" to "no
surprises near the end"), a question.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from roleplay.scoring.features_base import Hit
from roleplay.scoring.text import PreparedText, snippet

_NEED = re.compile(
    r"\byou (?:(?:just|really|definitely|probably|clearly|honestly|obviously|simply|"
    r"desperately|badly) )?need\b(?! to\b)(?: is| are)?"
)  # run on the lower-cased sentence
# the words that may open a prescribing clause before "you need": it is the main clause
# ("It sounds like you need ...", "Honestly, what you need is ..."), not a clause of theirs
# ("you said you need", "the items you need", "if you need anything", "sometimes you need")
_OPENERS = frozenset(
    "it it's sounds sound like seems seem looks i i'd think reckon guess feel honestly what so "
    "maybe perhaps really then well clearly obviously just probably and but now right okay ok "
    "look listen hey tbh imo".split()
)
# a need weighed against another ("you need water and I need food", "you need it more")
_WEIGHED = re.compile(
    r"\b(?:i|we) (?:really )?(?:need|want)\b|\b(?:more|most|less|too|also|as well)\b"
)
_PRONOUN = frozenset("it that this them one ones those these him her me us".split())
_CLAUSE_END = re.compile(r"[,.;:!?()]| (?:and|but|so|or|maybe|because|then|which|who)\b")
_WORD = re.compile(r"[a-z][a-z'-]*")
_FILLER = frozenset(
    "some more less much many real proper good bit little just really right about "
    "with from into your their they them what that this there than then thing things "
    "time".split()
)
# the cues a prescribing clause earns nothing for
_TAKEN = frozenset({"reflection"})


def _stem(word: str) -> str:
    return word[:5]


def _their_stems(partner: str) -> frozenset[str]:
    return frozenset(_stem(w) for w in _WORD.findall(partner.lower()) if len(w) >= 4)


def prescriptions(
    text: str, partner: str, theirs: AbstractSet[str] | None = None
) -> list[tuple[int, int, int]]:
    """(clause start, need start, clause end) of each clause of the sentence `text` that names
    a need of the speaker's choosing (module docstring)."""
    if not partner.strip() or text.rstrip().endswith("?"):
        return []
    lower = text.lower()
    if "need" not in lower:
        return []
    stems = _their_stems(partner) if theirs is None else theirs
    out: list[tuple[int, int, int]] = []
    for m in _NEED.finditer(lower):
        cut = max((lower.rfind(c, 0, m.start()) for c in ",;:"), default=-1)
        if any(w not in _OPENERS for w in _WORD.findall(lower[cut + 1 : m.start()])):
            continue
        end_m = _CLAUSE_END.search(lower, m.end())
        end = len(text) if end_m is None else end_m.start()
        words = _WORD.findall(lower[m.end() : end])
        if not words or words[0] in _PRONOUN or words[0] in ("from", "for"):
            continue
        if _WEIGHED.search(lower) is not None:
            continue
        content = [w for w in words if len(w) >= 4 and w not in _FILLER]
        if not content or _stem(content[0]) in stems:
            continue  # "you need the deliveries back": their thing, wanted back
        if 2 * sum(_stem(w) in stems for w in content) >= len(content):
            continue
        out.append((cut + 1, m.start(), end))
    return out


def prescribed_needs(text: PreparedText, hits: list[Hit], partner: str) -> list[Hit]:
    """The cue side of rule 261: in each clause that prescribes a need, the reflective cues
    earn nothing and the clause counts as advice (once a sentence, unless advice is there)."""
    if not partner.strip() or "need" not in text.plain.lower():
        return hits
    theirs = _their_stems(partner)
    clauses: list[tuple[int, int, int, int, int]] = []  # + the sentence's span
    for start, end in text.sentences:
        for a, b, c in prescriptions(text.plain[start:end], partner, theirs):
            clauses.append((start + a, start + b, start + c, start, end))
    if not clauses:
        return hits
    out = [
        h
        for h in hits
        if not (
            h.feature in _TAKEN
            and h.start is not None
            and any(a <= h.start < c for a, _, c, _, _ in clauses)
        )
    ]
    for _, b, c, s, e in clauses:
        if any(h.feature == "advice" and h.start is not None and s <= h.start < e for h in out):
            continue
        out.append(Hit("advice", b, c, snippet(text.original, b, c)))
    return out
