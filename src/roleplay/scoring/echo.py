"""Rule 129: their line copied back is no restatement.

Listening is restating their point *in other words*. A reply that pastes their line back ("I
hear you: procurement wants us to switch to the cheaper vendor, but their API failed our load
test twice. I understand.") scored above a plain decent reply on half of the eight untuned
partner lines of `contrast_pairs.NEW_LINES`: the copy was read as a restatement by the encoder
(it is as close to their line as a text can be), its words of theirs were credited as the
speaker's own ("us" and "our" as shared framing) and every content word as picked up.

A copied run is `RUN_WORDS` or more words of their line, in order, that make up most
(`RUN_SHARE`) of the reply's sentence and half or more (`LINE_SHARE`) of their line: their
question asked back ("What do you need the most?") or a phrase of a long line is no copy. The cues found inside the run are theirs, not the
speaker's: the cues that touch it are dropped, but for one picked-up word's credit (quoting a
phrase of theirs is some listening) and a question's credit for asking; the sentence that holds the run restates and asks nothing by it (its act
is cleared). A reply that quotes a phrase inside its own sentence ("You said 'the API failed
twice': which test?") copies fewer words than the sentence holds and is left alone.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.sentences import Sentence

RUN_WORDS = 8  # words of their line in order, at least
RUN_SHARE = 0.6  # ... making up at least this share of the sentence's words
LINE_SHARE = 0.5  # ... and at least this share of their line's words
ECHO_WEIGHT = 1.0  # the picked-up credit left to a copied run (one specific word's)
_WORD = re.compile(r"[\w'’%]+")
# what a question built round their line still does: it asks (and earns a question's credit)
ASKED = frozenset({"open_question", "closed_question"})
# acts a copy of their line is read as and does not perform
NOT_PERFORMED = frozenset({"reflection", "validation", "curious_question", "affirmation"})


def copied_run(reply: str, partner: str) -> tuple[int, int] | None:
    """The longest run of words copied in order from their line (character span in the
    reply), when it is `RUN_WORDS` words or longer."""
    if not partner:
        return None
    theirs = [m.group().lower() for m in _WORD.finditer(partner)]
    if len(theirs) < RUN_WORDS:
        return None
    mine = list(_WORD.finditer(reply))
    words = [m.group().lower() for m in mine]
    # a run of RUN_WORDS of their words needs RUN_WORDS words of the reply that are words of
    # their line at all: counted first, in C
    in_line = frozenset(theirs)
    if sum(map(in_line.__contains__, words)) < RUN_WORDS:
        return None
    # a copied run holds a run of RUN_WORDS of their words: look for one first, in linear time
    # (every scored reply comes here; almost none copies their line)
    runs = {tuple(theirs[k : k + RUN_WORDS]) for k in range(len(theirs) - RUN_WORDS + 1)}
    if not any(tuple(words[k : k + RUN_WORDS]) in runs for k in range(len(words) - RUN_WORDS + 1)):
        return None
    best = (0, 0)  # (length, end index in mine)
    # longest common substring of the two word lists (both short: a reply and one line)
    previous = [0] * (len(theirs) + 1)
    for i, w in enumerate(words, 1):
        current = [0] * (len(theirs) + 1)
        for j, t in enumerate(theirs, 1):
            if w == t:
                current[j] = previous[j - 1] + 1
                if current[j] > best[0]:
                    best = (current[j], i)
        previous = current
    length, end = best
    if length < RUN_WORDS or length < LINE_SHARE * len(theirs):
        return None  # a phrase of theirs ("what do you need the most?" asked back) is no copy
    return mine[end - length].start(), mine[end - 1].end()


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def echoed(reply: str, partner: str, sentences: list[Sentence]) -> tuple[int, int] | None:
    """The copied run when it makes up most of a sentence of the reply (None otherwise)."""
    if len(reply) < 20 or not partner:
        return None
    run = copied_run(reply, partner)
    if run is None:
        return None
    copied = _words(reply[run[0] : run[1]])
    for s in sentences:
        if s.start <= run[0] < s.end and copied >= RUN_SHARE * _words(s.text):
            return run
    return None


def without_echo(
    hits: list[Hit], sentences: list[Sentence], run: tuple[int, int]
) -> tuple[list[Hit], list[Sentence]]:
    """The cues inside the copied run dropped (one picked-up credit left) and the act of the
    sentence that holds it cleared."""
    start, end = run
    kept: list[Hit] = []
    picked_up = False
    for h in hits:
        touches = h.start is not None and h.end is not None and h.start < end and start < h.end
        if not touches or h.feature in ASKED:
            kept.append(h)
        elif h.feature == "paraphrase" and not picked_up:
            picked_up = True
            kept.append(Hit(h.feature, h.start, h.end, h.text, min(h.amount, ECHO_WEIGHT)))
    cleared = [
        s.without_act() if s.start <= start < s.end and s.act.act in NOT_PERFORMED else s
        for s in sentences
    ]
    return kept, cleared
