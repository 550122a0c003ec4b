"""Rule 172 (docs/scoring.md): one span, one item: the same words earn once per construct.

Issue 11 asks for evidence with "no duplicate items". The cue layer reads one phrase with
several cues of one construct, and each earned its own item: "That sounds like a lot of
pressure." earned "acknowledged it's hard ("sounds like a lot")" (+22 empathy) and "named a
feeling ("sounds like a lot of pressure")" (+6) for one acknowledgement of one feeling; "I see
your point" earned "agreed with them", "acknowledged their point of view" and "reflected what
they said ("your point")" in each dimension for one acknowledgement of their view.

Within one dimension, the positive items of one family whose spans overlap (or chain by
overlapping) are one item: the largest, its reason naming the others ("acknowledged it's hard
("sounds like a lot"); also named a feeling"). Items of different families (an acknowledgement
and a proposal in the same words), items of different dimensions and negative items are left
alone: they are different things the same words do, or different costs.

Rule 391: one feeling word named twice is named once. "That sounds stressful." (to a line of
deadline pressure) earned "acknowledged it's hard", "named their pressure" and "named a
feeling" in empathy, the last two for the one word "stressful". A "named a feeling" item whose
span ends on the word that a "named their <feeling>" item of the same dimension ends on is that
item: it names the feeling as theirs, which says more than naming a feeling, so it is the one
kept ("named their pressure ("sounds stressful"); also named a feeling"). "Acknowledged it's
hard" stays its own item: how hard a thing is and what they feel are different qualities of
one phrase (rule 172's measurement; keeping only the largest of the three cost held-out pairs).
"""

from __future__ import annotations

import re

from roleplay.scoring.types import Evidence

# constructs one phrase performs once, however many cues read it: acknowledging their view
# ("I see your point", "I understand your concern")
FAMILIES: tuple[frozenset[str], ...] = (
    frozenset({"acknowledged_view", "agreement", "reflection", "understanding"}),
)
_FAMILY_OF = {f: i for i, family in enumerate(FAMILIES) for f in family}
_LABEL = re.compile(r'^(.*?) \("')


def _label(reason: str) -> str:
    m = _LABEL.match(reason)
    return m.group(1) if m is not None else reason


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# Rule 391: one feeling word named twice, as a feeling ("named a feeling") and as theirs
# ("named their pressure"), is named once, as theirs: the two cues credit the same word
NAMED_AS_THEIRS = "emotion_match"
NAMED = "emotion_label"


def _named_once(cues: list[tuple[str, Evidence]]) -> list[tuple[str, Evidence]]:
    """The cue evidence without the "named a feeling" items whose word an item of "named their
    <feeling>" names in the same dimension (their spans end on the same word); each such item
    says it holds the other."""
    theirs = {
        (e.dimension, e.span[1]): i
        for i, (f, e) in enumerate(cues)
        if f == NAMED_AS_THEIRS and e.points > 0 and e.span is not None
    }
    if not theirs:
        return cues
    held: dict[int, str] = {}  # the item of theirs -> the label of the item it holds
    dropped: set[int] = set()
    for i, (f, e) in enumerate(cues):
        if f != NAMED or e.points <= 0 or e.span is None:
            continue
        holder = theirs.get((e.dimension, e.span[1]))
        if holder is not None:
            dropped.add(i)
            held[holder] = _label(e.reason)
    out: list[tuple[str, Evidence]] = []
    for i, (f, e) in enumerate(cues):
        if i in dropped:
            continue
        if i in held:
            e = Evidence(e.dimension, e.points, f"{e.reason}; also {held[i]}", e.span)
        out.append((f, e))
    return out


def one_per_span(cues: list[tuple[str, Evidence]]) -> list[tuple[str, Evidence]]:
    """The cue evidence with each group of one family's overlapping positive items in one
    dimension kept as its largest item, naming the others (module docstring), and one feeling
    word named once, as theirs (rule 391)."""
    cues = _named_once(cues)
    groups: dict[tuple[int, str], list[list[int]]] = {}
    for i, (f, e) in enumerate(cues):
        family = _FAMILY_OF.get(f)
        if family is None or e.points <= 0 or e.span is None:
            continue
        chains = groups.setdefault((family, e.dimension), [])
        touching = [
            c for c in chains if any(_overlap(cues[j][1].span or (0, 0), e.span) for j in c)
        ]
        merged = [i]
        for c in touching:
            merged += c
            chains.remove(c)
        chains.append(merged)
    dropped: set[int] = set()
    renamed: dict[int, Evidence] = {}
    for chains in groups.values():
        for chain in chains:
            if len(chain) < 2:
                continue
            keep = max(chain, key=lambda j: (cues[j][1].points, -j))
            kept = cues[keep][1]
            others: list[str] = []
            for j in sorted(chain):
                if j == keep:
                    continue
                dropped.add(j)
                label = _label(cues[j][1].reason)
                if label != _label(kept.reason) and label not in others:
                    others.append(label)
            if others:
                reason = f"{kept.reason}; also {' and '.join(others)}"
                renamed[keep] = Evidence(kept.dimension, kept.points, reason, kept.span)
    return [(f, renamed.get(i, e)) for i, (f, e) in enumerate(cues) if i not in dropped]
