"""Rule 420 (docs/scoring.md): a statement that sets one reading of their line aside and names
the one that matters to them.

A skilled listener often says which part of a long line is the point by putting two of its
parts side by side: "It's not the watch or the laptop - it's checking the back door six times
and still not feeling safe", "So it's not the writing that stops you. It's opening the file at
all", "It wasn't the shouting that frightened you so much as him going quiet", "So for you it's
not about leads as such: it's losing the one place your dogs can run". Raters of counselling
and support call this a complex reflection: it hands back the meaning under their words, not
their words. The encoder reads each half on its own, often as a faint costly act ("It's not
being needed anywhere" sits near "playing down what they need"), so such a reply earned less
listening than one that asks about a detail beside their point ("Do you know who the four
are?").

The shape (read on one sentence, or on a sentence that negates and the next one that opens
"It's / It was ..."): a negation ("it's not", "isn't", "wasn't", "is not") with a first
reading after it, then the turn to a second reading ("..., it's ...", "... - it's ...", "... so
much as ...", "... . It's ..."). It counts when the second reading is tied to their line (a word
of four letters or more of theirs, or the encoder finds it close to one of their sentences) and
the window is said about them: no speaker in it (I, my, we, our: "It's not that I don't care,
it's that we have no budget" is the speaker's own case), no question, no reassurance or verdict
("It's not your fault, it's genetics", "It's not personal"), no advice, no second reading that
plays it down ("it's just a phase", "it's only an exam"), and no clearly costly act.

Such a sentence earns `NAMED_UNITS` once per reply (`named what it is really about for them`);
a hostile or stuffed reply, or one that sides with their critic, earns nothing. A faint costly
act the encoder read on a sentence of the window (not clear enough to cost points) is cleared,
so the sentence can be read as taking up their point (rule 390).
"""

from __future__ import annotations

import re

from roleplay.nlp import EncodingCache, split_sentences
from roleplay.scoring.question_focus import shares_their_words
from roleplay.scoring.restated import REASSURING
from roleplay.scoring.sentence_checks import clearly_costly
from roleplay.scoring.sentences import NEGATIVE_ACTS, Sentence
from roleplay.scoring.types import Dimension

NAMED_REASON = "named what it is really about for them"
# in cue units (about +9 listening, +4 empathy): as a question that asks which part is their
# point (rule 330), since this says which part it is
NAMED_UNITS: dict[Dimension, float] = {"listening": 1.0, "empathy": 0.5}
CLOSE = 0.5  # the least closeness of the second reading to one of their sentences
# words of wanting, feeling or talking fit any line: they tie nothing to theirs
_GENERIC = frozenset(
    """want wants wanted need needs needed feel feels feeling felt talk talking help helps
    think know rather just right today tonight would like mean actually really thing things
    about""".split()
)

# the first reading denied: "is not", "isn't", "'s not"
_NOT = r"\b(?:is|was|are|were)\s+not\b|\b(?:isn'?t|wasn'?t|aren'?t|weren'?t)\b|'s\s+not\b"
# a negation, then the first reading (a few words), then the turn to the second reading
_ONE = re.compile(
    rf"(?:{_NOT})"
    r"[^.;:!?]{1,90}?"
    r"(?:(?:\s*[,;:\u2013\u2014]\s*|\s+-+\s+)(?:but\s+)?(?:(?:it|that|this)(?:'s|\s+is|\s+was)|its)|"
    r"\s+but\s+(?:it|that)(?:'s|\s+is|\s+was)|\s+so\s+much\s+as)\s+(?P<second>[^?]+)$",
    re.IGNORECASE,
)
_NEGATES = re.compile(_NOT, re.IGNORECASE)
# the next sentence that names the second reading: "It's ...", "It was ...", "But it's ..."
_OPENS_SECOND = re.compile(
    r"^\W*(?:(?:but|and)\s+)?(?:it(?:'s|\s+is|\s+was)|its)\s+(?P<second>[^?]+)$", re.IGNORECASE
)
# the speaker in the window: their own case, not the partner's point
_SPEAKER = re.compile(r"\b(?:i|me|my|mine|i'm|i've|i'd|i'll|we|us|our|ours|we're|we've)\b", re.I)
# advice or a verdict on them in the window ("It's not the job, you just need a break", "It's
# not a crisis, it's you overreacting")
_STEERS = re.compile(
    r"\byou (?:should|shouldn't|must|need to|have to|ought to|might want to|'d better)\b|"
    r"\byou (?:could|can) (?:always |just |also )?(?:try|ask|talk|go|get|call|tell|start|see)\b|"
    r"\bwhy (?:not|don't)\b|\bhave you (?:tried|thought|considered)\b|\btry\b|"
    r"\b(?:relax|calm down|childish|overreact\w*|dramatic|silly|ridiculous|nonsense|get over)\b",
    re.IGNORECASE,
)
# a second reading that plays it down: "it's just a phase", "it's only an exam", "it's normal"
_PLAYED_DOWN = re.compile(
    r"^\W*(?:(?:just|only|simply|merely|probably|nothing|normal|common|fine|okay|ok)\b|"
    r"(?:a|an)\s+(?:small|little|minor|normal|common)\b)",
    re.IGNORECASE,
)


def named_point(
    sentences: list[Sentence], partner: str, cache: EncodingCache
) -> tuple[list[Sentence], Sentence] | None:
    """(the window's sentences, the sentence that names the second reading), or None when no
    statement of the reply has the shape (module docstring)."""
    if not partner.strip():
        return None
    for i, s in enumerate(sentences):
        if s.repeat or s.text.rstrip().endswith("?") or clearly_costly(s):
            continue
        readings: list[tuple[list[Sentence], str]] = []
        m = _ONE.search(s.text.strip())
        if m is not None:
            readings.append(([s], m.group("second")))
        if _NEGATES.search(s.text) and i + 1 < len(sentences):
            nxt = sentences[i + 1]
            n = _OPENS_SECOND.search(nxt.text.strip())
            # the encoder often reads a second reading put as a negation ("It's not being
            # needed anywhere") as playing their need down: that reading is the shape's
            if (
                n is not None
                and not nxt.repeat
                and (nxt.act.act == "undervalue" or not clearly_costly(nxt))
            ):
                readings.append(([s, nxt], n.group("second")))
        for window, second in readings:
            if not _fits(window, second):
                continue
            if shares_their_words(second, partner, _GENERIC) or _near(second, partner, cache):
                return window, window[-1]
    return None


def _fits(window: list[Sentence], second: str) -> bool:
    text = " ".join(s.text for s in window)
    return (
        _SPEAKER.search(text) is None
        and _STEERS.search(text) is None
        and REASSURING.search(text) is None
        and _PLAYED_DOWN.search(second) is None
    )


def _near(second: str, partner: str, cache: EncodingCache) -> bool:
    lines = [partner[a:b] for a, b in split_sentences(partner)]
    rows = cache.encode([second, *lines])
    return float((rows[1:] @ rows[0]).max()) >= CLOSE


def cleared_faint_acts(sentences: list[Sentence], window: list[Sentence]) -> list[Sentence]:
    """The window's sentences read with no costly act where the encoder's reading was faint
    (a clear one excludes the window already)."""
    starts = {s.start for s in window}
    return [
        s.without_act() if s.start in starts and s.act.act in NEGATIVE_ACTS else s
        for s in sentences
    ]
