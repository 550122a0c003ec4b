"""Rule 191: their own words, handed back inside a frame that says they are theirs, are theirs.

A reflection often names the harsh word they used: "You called him an idiot - it sounds like
the release was rushed through", "When you say the team is useless, I hear how let down you
feel", "So by 3am you've decided everyone sees you as a fool". The cue layer read "idiot",
"useless" and "fool" as the speaker's attack on them (-10 collaboration, -12 empathy) and the
hostility cap held the whole reply at 30, as if the speaker had said it. Words inside quotes
were already theirs (the cue layer masks quoted passages); words clearly attributed to them are
now too.

An attributed stretch opens on a frame that reports their words or their belief -

- their words: "you called (him / it / yourself ...)", "you described ... as", "when you say /
  call / describe", "you said / say / wrote / told me (that)", "you're saying / calling",
  "in your words";
- their belief: "you feel / felt / think / believe / fear / worry", "you're convinced / sure /
  afraid / scared", "you've decided (that)";
- a label they fear being given (rule 350): "the fear / worry / idea of looking / being (seen
  as)", "afraid / scared / worried of / about looking / being / seeming", "they'll / people
  will / your boss would think / see / call you (as)", a judgement still to come (the present
  "everyone sees you as a fool" is the speaker's own claim): "So the fear of looking lazy is costing
  you evenings with your kids" names the label they dread, not the speaker's verdict;

and runs to the end of its clause: a comma, a semicolon, a colon, a dash, the sentence's end,
or "but", "because", "so", "though", "and" (so "You said it yourself, you idiot" and "You think
you're clever, but you're a fool" keep the speaker's own attack). Inside it, a cue that costs
points for hostility (an attack, blame, a stereotype, sarcasm) is not the speaker's and is
dropped; a sentence the encoder read as a hostile act is read again with the attributed and
quoted stretches left out, and keeps that reading only if it still holds. A question is no
frame ("Did you call him an idiot?" asks), and nothing outside the stretch changes.
"""

from __future__ import annotations

import re

from roleplay.nlp import EncodingCache
from roleplay.scoring.acts import ActBank
from roleplay.scoring.features import cue_hits
from roleplay.scoring.features_base import Hit
from roleplay.scoring.lexicon import Lexicon
from roleplay.scoring.overlap import stem
from roleplay.scoring.semantic_rules import HOSTILE_ACTS, HOSTILE_FEATURES
from roleplay.scoring.sentences import NEGATIVE_ACTS, Sentence
from roleplay.scoring.text import prepare, quote_spans, straighten

# the frame; the attributed stretch starts where it ends
FRAME = re.compile(
    r"\b(?:"
    # their words
    r"you(?:'ve| have)? (?:just |even |yourself |also )?(?:called|call|calling|described|"
    r"describe|labell?ed|named|dubbed)|"
    r"when you (?:say|said|call|called|describe|described|write|wrote|talk about|talked about)|"
    r"you (?:said|say|wrote|write|mentioned|told me|told us)(?: that)?|"
    r"you(?:'re| are) (?:saying|calling)|in your (?:own )?words,?|"
    # their belief
    r"you (?:feel|felt|think|thought|believe|believed|fear|feared|worry|worried)(?: that| like)?|"
    r"you(?:'re| are| were) (?:convinced|sure|afraid|scared|worried)(?: that)?|"
    r"you(?:'ve| have)? decided(?: that)?|"
    # rule 350: a label they fear being given ("the fear of looking lazy", "scared of being seen
    # as difficult", "worried they'll think you're weak")
    r"(?:fear|fears|worry|worries|dread|terror|panic|anxiety|idea|thought) of "
    r"(?:looking|being|seeming|coming across as|appearing)(?: seen as| called| thought of as)?|"
    r"(?:afraid|scared|frightened|terrified|worried|nervous) (?:of|about) "
    r"(?:looking|being|seeming|coming across as|appearing)(?: seen as| called| thought of as)?|"
    r"(?:they|people|he|she|others|everyone|someone|your \w+)(?:'ll| will| would|'d|'re going to|"
    r" are going to|'s going to| is going to) (?:think|see|call|label) (?:of )?you(?:'re| are|"
    r"'ll be| as)?"
    r")\b",
    re.IGNORECASE,
)
# where the attributed stretch ends
CLAUSE_END = re.compile(
    r"[,;:.!?\n\u2013\u2014]| - |\b(?:but|because|so|though|although|and|yet)\b", re.IGNORECASE
)
_WORD = re.compile(r"[a-z0-9']+")
_QUESTION_START = re.compile(
    r"^\W*(?:did|do|does|have|has|had|are|were|is|was|why|how|what|when|who)\b", re.I
)


def attributed_spans(reply: str) -> list[tuple[int, int]]:
    """Character spans of the reply that report their words or their belief (not in a
    question that asks whether they said it)."""
    if "you" not in reply.lower():
        return []
    out: list[tuple[int, int]] = []
    for m in FRAME.finditer(reply):
        start = m.end()
        sentence_start = max(reply.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        sentence_end = len(reply)
        for c in ".!?\n":
            at = reply.find(c, start)
            if at != -1:
                sentence_end = min(sentence_end, at + 1)
        if reply[:sentence_end].rstrip().endswith("?") and _QUESTION_START.match(
            reply[sentence_start:]
        ):
            continue  # "Did you call him an idiot?" asks
        end = CLAUSE_END.search(reply, start)
        stop = end.start() if end is not None else len(reply)
        if stop > start:
            out.append((start, stop))
    return out


def _inside(start: int | None, end: int | None, spans: list[tuple[int, int]]) -> bool:
    return start is not None and end is not None and any(a <= start and end <= b for a, b in spans)


def _said_harsh_words(partner: str, lexicon: Lexicon) -> bool:
    """Their line holds a harsh word of its own (an attack, blame, a stereotype ...)."""
    found, _ = cue_hits(prepare(straighten(partner)), lexicon)
    return any(h.feature in HOSTILE_FEATURES for h in found)


def without_their_hostility(
    hits: list[Hit], spans: list[tuple[int, int]], partner: str, lexicon: Lexicon
) -> list[Hit]:
    """The hits with the hostile cues inside an attributed stretch dropped: when their line
    holds the word, or harsh words of its own ("im convinced everyone thinks im an idiot"
    reflected as "you've decided everyone sees you as a fool"); a harsh word they never came
    near is the speaker's, whatever frame it is put in. Without their line, the frame decides."""
    inside = [h for h in hits if h.feature in HOSTILE_FEATURES and _inside(h.start, h.end, spans)]
    if not inside:
        return hits
    if partner:
        theirs = {stem(w) for w in _WORD.findall(partner.lower())}
        harsh = None  # read once, only when a word of the stretch is not in their line
        kept = []
        for h in inside:
            if all(stem(w) in theirs for w in _WORD.findall(h.text.lower())):
                kept.append(h)
                continue
            if harsh is None:
                harsh = _said_harsh_words(partner, lexicon)
            if harsh:
                kept.append(h)
        inside = kept
    return [h for h in hits if h not in inside]


def reread_hostile(
    sentences: list[Sentence],
    reply: str,
    spans: list[tuple[int, int]],
    bank: ActBank,
    cache: EncodingCache,
) -> list[Sentence]:
    """Sentences read as a hostile act because of words that are theirs (attributed or quoted),
    read again without those words; the new reading replaces a hostile one only."""
    theirs = spans + list(quote_spans(reply))
    out: list[Sentence] = []
    for s in sentences:
        own = [(max(a, s.start), min(b, s.end)) for a, b in theirs if a < s.end and s.start < b]
        if s.act.act not in NEGATIVE_ACTS or not own:
            out.append(s)
            continue
        chars = list(s.text)
        for a, b in own:
            chars[a - s.start : b - s.start] = " " * (b - a)
        rest = "".join(chars)
        if not rest.strip():
            out.append(s.without_act())
            continue
        act = bank.classify(cache.encode([rest]))[0]
        if act.act in HOSTILE_ACTS or act.act in NEGATIVE_ACTS:
            out.append(s)  # hostile in the speaker's own words too
        else:
            out.append(s.without_act())
    return out
