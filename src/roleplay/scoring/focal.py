"""Rules 280-282 (docs/scoring.md): their point, and what they set aside to make it.

People often grant one thing before they say what matters to them: "The price is fine for us.
My worry is whether your team will still be around in two years."; "I don't mind the extra
shifts. It's that nobody asked me first."; "It's not the money, it's that I had to call four
times."; "The care home is lovely, but every time I leave her there I feel I've abandoned her."
The first part is set aside (granted, accepted, played down), the second is their point.
A reply that hands back the part they set aside ("Glad the pricing works for you.") restates
something they told, but not what they came to say: issue 11's "answering the point the
partner set aside is not listening".

`focal_split` reads a partner line's shape, by wording, and returns (set aside, their point)
when the line has one:

- a contrast that denies one thing and names another: "it's not X, it's Y", "it isn't X -
  it's Y", "I'm not (even) angry / upset / worried about X" (X set aside, the rest their
  point);
- a sentence that turns to what matters: it opens on "but", "though", "however", "yet", or
  names its own weight ("What bothers / gets / worries me ...", "My (real) worry / problem /
  question is ...", "The thing is ...", "It's that ...", "I'm saying ...", "What I / we
  can't ...") - the sentence before it is set aside when it grants something (below), or at once
  for the markers that name their weight;
- within one sentence, "X, but Y" where X grants something (X set aside).

A part grants something when it accepts, praises or plays down: "fine", "OK", "went well",
"lovely", "generous", "happy with", "I don't mind", "I (have) accepted", "I can handle /
live with", "I'm not arguing", "I'll give them that", "I get that", "I paid it",
"which I wanted", "I like". A "but" after no such grant ("I want to sell, but my brother says
...") is no set-aside: both halves are theirs; nor is a side of their ambivalence ("Part of me
wants to quit ... But ...", "I know it isn't ideal, but ...": a reflection of either side is
theirs).

How a reply meets it is the encoder's reading, partner-relative (`closer_to_aside`): a sentence
closer to the part they set aside than to their point by `ASIDE_MARGIN` answers the part they
set aside. Rule 280 (restated.py) takes rule 190's credit from such a restatement, rule 281 lets
a statement close to their point restate though the encoder reads no reflection in it, rule 282
(`aside_acknowledgements`) takes the feeling credits from an acknowledgement of what they set
aside.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from roleplay.nlp import EncodingCache, split_sentences
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.partner_lines import per_partner_line
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.types import Evidence

# a contrast that denies one thing and names another: "it's not the money, it's ...", "not the
# scope but the timing", "it isn't X - it's Y"
_NOT_X_ITS_Y = caseless(
    r"\b(?:it'?s|it is|it was|that'?s|this is|it isn'?t|it wasn'?t|isn'?t|wasn'?t)"
    r"(?: not)?(?: really| even| just)?(?: about| because of)?\s+(?P<aside>[^.;!?]{3,80}?)"
    r"(?:,|;| -|\.)\s*(?:it'?s|it is|it was|what)\b(?P<point>[^.!?]*)",
)
# only when the first half is negated
_NEGATED = re.compile(r"\bnot\b|n'?t\b", re.I)
# "I'm not (even) angry / upset about the money"
_NOT_FEELING_ABOUT = caseless(
    r"\b(?:i'?m|i am|we'?re|we are)\s+not(?: even| really| that)?\s+(?:angry|upset|bothered|"
    r"worried|annoyed|cross|mad|fussed|sad|hurt)\s+(?:about|by|over)\s+(?P<aside>[^.;,!?]{3,60})",
)
# a sentence that names its own weight: what matters to them, whatever came before
_WEIGHTED = re.compile(
    r"^\W*(?:and |so )?(?:what (?:really |actually |still )?(?:bothers|gets|worries|upsets|"
    r"hurts|annoys|bugs|kills|gets to|stings|matters to|concerns) (?:me|us)|"
    r"(?:my|our) (?:real |actual |main |biggest |only |bigger )?(?:worry|problem|concern|issue|"
    r"question|fear|point|complaint) (?:is|was)|the (?:real |actual |bigger |main )?(?:problem|"
    r"issue|thing|point|question) (?:is|was)|it'?s that|it'?s more that|i'?m saying|"
    r"what (?:i|we) (?:can'?t|cannot|don'?t|couldn'?t|really|actually) \w+)\b",
    re.I,
)
# a sentence that turns: "But ...", "Though ...", "However ...", "Yet ...", "I just ..."
_TURN = re.compile(r"^\W*(?:but|though|however|yet|still|i just|we just)\b", re.I)
# "X, but Y" inside one sentence
_INNER_BUT = re.compile(r"[,;]\s*(?:but|though|however|yet)\b", re.I)
# a part that grants, accepts, praises or plays down something
_GRANTS = caseless(
    r"(?<!\bbe )(?<!\bi'm )(?<!\bfeel )(?<!\bim )\b(?:fine|ok|okay|alright|all right|great|lovely|kind|generous|clean|happy with|glad|"
    r"(?:went|goes|going|gone) (?:fine|well|ok|okay|smoothly|great)|no complaints|fair enough|"
    r"to be fair|mutual|i (?:don'?t|do not) mind|i (?:have |'ve )?accepted|i accept|"
    r"(?:i|we) can (?:handle|live with|accept|cope with|manage)|i'?m not arguing|"
    r"i'?ll give (?:them|you|him|her|it) that|i get (?:that|it)|i understand|"
    r"i paid|i passed|which i wanted|sure|i (?:really )?like|(?:we|they|everyone) liked|means well)\b",
)
# ... but not a side of their ambivalence: "Part of me wants to quit, ... But ..." and "I know
# it isn't ideal, but ..." hold two sides, and a reflection of either one is theirs (in
# counselling, the side they know is the change they are weighing)
_AMBIVALENT = caseless(
    r"\b(?:part of me|half of me|i (?:really )?want(?: to)?|i'?d (?:like|love) to)\b",
)
# a grant of the listener's words, not of a matter of theirs: "I get what you're saying",
# "I hear you", "I see your point"
# "I get / hear / see ..." and what of the listener's words it takes in
_HEARD = r"\b(?:i|we) (?:get|hear|see|understand|know)"
_HEARD_WHAT = (
    r" (?:what you(?:'re| are)? (?:saying|mean)|your point|where you(?:'re| are) coming from|"
    r"you|that|it)"
)
_CONVERSATIONAL = re.compile(
    rf"{_HEARD}(?:{_HEARD_WHAT})?\b|\b(?:and|but|so|honestly|yes|yeah|ok|okay|sure|right|well)\b",
    re.I,
)
_GRANT_OF_WORDS = re.compile(rf"{_HEARD}(?:{_HEARD_WHAT}\b)?(?:,? and\b)?", re.I)
_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?", re.I)
MIN_ASIDE_WORDS = 2  # what they set aside, and their point, are at least this many words
ASIDE_MARGIN = 0.05  # closer to what they set aside than to their point by at least this


def _shapes(partner: str) -> Iterator[tuple[str, str]]:
    """Every (set aside, point) reading of the line, in order of how plainly it is said."""
    # (the patterns run on the lower-cased line: what they find is read from the line itself)
    for m in _NOT_FEELING_ABOUT.finditer(partner):
        rest = partner[m.end() :].strip(" .,;")
        before = partner[: m.start()].strip()
        aside = partner[m.start("aside") : m.end("aside")]
        yield aside.strip(), f"{before} {rest}".strip() if rest else before
    for m in _NOT_X_ITS_Y.finditer(partner):
        head = partner[m.start() : m.start("aside")]
        if _NEGATED.search(head) and partner[m.start("point") : m.end("point")].strip():
            aside = partner[m.start("aside") : m.end("aside")]
            yield aside.strip(), partner[m.start("point") :].strip()
    texts = [partner[a:b] for a, b in split_sentences(partner)]
    for i, text in enumerate(texts):
        if not i:
            continue
        # the sentence before it is set aside, from its own last turn on ("I know I should be
        # proud, but it feels like I'm stuck. I just ..." grants nothing before "I just")
        before = texts[i - 1]
        turns = list(_INNER_BUT.finditer(before))
        before = before[turns[-1].end() :] if turns else before
        if _WEIGHTED.search(text) or (_TURN.search(text) and _GRANTS.search(before)):
            yield before, " ".join(texts[i:])
    for i, text in enumerate(texts):
        for turn in _INNER_BUT.finditer(text):
            if _GRANTS.search(text[: turn.start()]):  # the clause that grants
                yield text[: turn.start()], " ".join([text[turn.end() :], *texts[i + 1 :]])


def _has_matter(aside: str) -> bool:
    """What they set aside holds matter of its own, not only a grant of the listener's words
    ("I get what you're saying, but ...") or a side of their ambivalence."""
    if _AMBIVALENT.search(aside):
        return False
    return len(_WORDS.findall(_CONVERSATIONAL.sub(" ", aside))) >= MIN_ASIDE_WORDS


@per_partner_line
def focal_split(partner: str) -> tuple[str, str] | None:
    """(what they set aside, their point), or None when the line has no such shape (module
    docstring). Read once per partner line."""
    for aside, point in _shapes(partner):
        # the matter they set aside, without the grant of the listener's words or the "I know"
        # that carries it: the encoder would find any stock acknowledgement close to those
        matter = " ".join(_GRANT_OF_WORDS.sub(" ", aside).split()).strip(" ,;:-")
        if _has_matter(matter) and len(_WORDS.findall(point)) >= MIN_ASIDE_WORDS:
            return matter, point.strip()
    return None


def closer_to_aside(texts: list[str], partner: str, cache: EncodingCache) -> list[bool]:
    """For each text: it is closer to what they set aside than to their point, by
    `ASIDE_MARGIN` (all False when their line sets nothing aside)."""
    shape = focal_split(partner)
    if shape is None or not texts:
        return [False] * len(texts)
    rows = cache.encode([*texts, *shape])
    aside, point = rows[-2], rows[-1]
    near = rows[:-2] @ np.stack([aside, point]).T
    return [bool(a - p >= ASIDE_MARGIN) for a, p in near]


# the cue credits that acknowledge a feeling, a hardship or their view in a sentence
ACKNOWLEDGING_CUES = frozenset(
    {"reflection", "emotion_label", "emotion_match", "difficulty", "understanding", "validation"}
)


def aside_acknowledgements(
    sentences: list[Sentence],
    cues: list[tuple[str, Evidence]],
    partner: str,
    cache: EncodingCache,
) -> set[int]:
    """Rule 282: the starts of the statements that acknowledge a feeling, a hardship or a view
    (a cue credit of `ACKNOWLEDGING_CUES` inside them) and are closer to what they set aside
    than to their point ("Missing out on a promotion is disappointing." to "I accepted that I
    didn't get the promotion. What I can't accept is ..."): they acknowledge what they set
    aside, not what they feel."""
    if focal_split(partner) is None:
        return set()
    homes = {
        home.start: home
        for f, e in cues
        if f in ACKNOWLEDGING_CUES
        and e.points > 0
        and (home := sentence_at(sentences, e.span)) is not None
        and home.text.rstrip()[-1:] != "?"
    }
    if not homes:
        return set()
    found = list(homes.values())
    aside = closer_to_aside([s.text for s in found], partner, cache)
    return {s.start for s, far in zip(found, aside, strict=True) if far}
