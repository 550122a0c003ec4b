"""Rule 177 (docs/scoring.md): the speaker's own story of getting past it easily turns the
focus to the speaker.

"Sorry to hear. We were short-staffed last year too, I just worked weekends.", "That's rough. I
had a scan delayed last year and I just stopped thinking about it.", "Sorry. I had a paper
rejected three times and I just sent it somewhere else.", "My sister moved to Canada and
honestly I got used to it fast.": sympathy, then the speaker's own story ending in how easily
the speaker (or someone of theirs) got past the same thing. The encoder read such a sentence as
a faint self-focus, or as a dismissal without a clear margin, so it cost a point or two and the
reply tied a plain one that took up their point. The story ends in a verdict on their trouble:
it is no bigger than what the speaker shrugged off (an implicit "just get over it"), and the
talk is now about the speaker.

A statement that tells the speaker's own story (it opens on "I / we / my ..." or a time clause
of the speaker's: "When I ...", "Last year I ...") and says it was got past easily ("I / we /
she just <did something>" in the past: "just worked weekends", "just stopped thinking about it",
"just got on with it", "just ignored it", a verb of coping, not "just came from" or "just
told"; "got over it", "got used to it", "pushed through", "moved on",
"shrugged it off", "never bothered me") performs the self-focus act as clearly as its wording.
It came as easily to the speaker when "it just flowed / clicked / fell into place" in such a
story ("When my grandad died I wrote his eulogy on the train and it just flowed"), and a stock
acknowledgement right before the story ("I hear you.") is taken back, as rule 174 takes back
the one before a change of subject (genre19, found on the fourteenth genre set's dev half).
Not: a story that validates their feeling ("When I lost one at nine weeks, I heard the same
thing, and it made me feel I wasn't allowed to be sad."), "I just wanted to say ...", "I just
found out ...", a commitment ("I'll just move it"), a question, or a story of theirs retold
("You just pushed through it").
"""

from __future__ import annotations

import re

from roleplay.nlp.memo import reading
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.features_base import Hit
from roleplay.scoring.shifted_cues import TAKEN_BACK_BY_SHIFT
from roleplay.scoring.stock_words import stock_sentence
from roleplay.scoring.text import PreparedText, snippet

# the speaker's own story: an opening on the speaker, or a time clause of the speaker's
_OWN_OPENING = caseless(
    r"^\W*(?:(?:honestly|well|oh|aw+|ha|yeah|same|me too|ugh),? )*(?:i|we|my|our|i'd|i've|we'd|"
    r"we've|(?:when|after|once|back when|last (?:year|month|week|time)|years ago|at my last "
    r"\w+),? (?:i|we|my|our))\b"
)
# got past it easily: a past deed after "just", or a phrase of shrugging it off
_EASILY = caseless(
    r"\b(?:i|we|he|she|they)(?: \w+ly)? (?:just|simply) (?:worked|stopped|sent|pushed|powered|"
    r"coped|dealt with|ignored|accepted|sucked it up|carried on|kept going|got on|got over|"
    r"got used|let it go|put up with|moved on|toughened up|laughed it off|shrugged|forgot about|"
    r"took it on the chin|waited it out|switched off|tuned it out|didn't think about|got through)"
    r"\b|\b(?:got|get) (?:over it|used to it|on with it|past it)\b|\bpushed through\b|"
    r"\bmoved on\b|\bshrugged it off\b|\bnever bothered me\b|\bsnapped out of it\b|"
    r"\b(?:it|that) was fine in the end\b|"
    # it came easily to the speaker: "I wrote his eulogy on the train and it just flowed"
    r"\bit (?:just|simply|all) (?:flowed|came(?: to me)?|clicked|fell into place|"
    r"sorted itself out|worked itself out|wrote itself)\b",
)


@reading  # read twice a sentence: by the cue side here and by sentences.py
def easy_story(text: str) -> bool:
    """The sentence tells how easily the speaker got past the same thing (module docstring)."""
    return (
        not text.rstrip().endswith("?")
        and _EASILY.search(text) is not None  # its words first: rarely there
        and _OWN_OPENING.search(text) is not None
    )


# what their words or "we" earn inside the speaker's own story: nothing (the story shares their
# matter, it does not take it up)
STORY_CREDIT = frozenset({"paraphrase", "follow_up", "joint_framing", "key_point"})


def easy_story_hits(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """The cue side of rule 177: each sentence that tells how easily the speaker got past it is
    marked `turned the focus to yourself` (unless a cue already says so), and their words or "we"
    in it earn nothing."""
    stories = [
        (start, end)
        for start, end in text.sentences
        if easy_story(text.plain[start:end]) and not _COMMITTING.search(text.plain[start:end])
    ]
    if not stories:
        return hits
    # a stock acknowledgement right before the story acknowledges nothing: "I hear you. When
    # my grandad died I wrote his eulogy on the train and it just flowed" (rule 177, genre19)
    stock: list[tuple[int, int]] = []
    for start, _ in stories:
        before = [b for b in text.sentences if b[1] <= start]
        if before and stock_sentence(text.plain[before[-1][0] : before[-1][1]]):
            stock.append(before[-1])
    out = [
        h
        for h in hits
        if not (
            h.start is not None
            and (
                (h.feature in STORY_CREDIT and any(s <= h.start < e for s, e in stories))
                or (h.feature in TAKEN_BACK_BY_SHIFT and any(s <= h.start < e for s, e in stock))
            )
        )
    ]
    for start, end in stories:
        if any(
            h.feature == "self_focus" and h.start is not None and start <= h.start < end
            for h in out
        ):
            continue
        piece = text.original[start:end]
        first = start + len(piece) - len(piece.lstrip())
        last = start + len(piece.rstrip())
        out.append(Hit("self_focus", first, last, snippet(text.original, first, last)))
    return out


_COMMITTING = re.compile(r"\b(?:i'll|i will|we'll|we will|let me|i'm going to)\b", re.IGNORECASE)
