"""Rule 174's cue side (docs/scoring.md; the reading is `subject_change.changes_subject`).

A sentence that moves the talk to another matter earns nothing for what its wording would earn
(a question, an invitation, an option, "we"), is marked `changed the subject`, and a stock
acknowledgement right before it ("I hear you.", "I get it, but ...", or a short one that names
nothing of theirs: "That's so hard.", "Oh no.") is taken back, as rule 42's
brush-off takes back the acknowledgement before a deflection to process.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.subject_change import changes_subject
from roleplay.scoring.text import PreparedText, snippet

# The words of a stock acknowledgement ("I hear you", "I totally understand your concern", "I
# get it", "Sorry to hear that", "Fair enough"): the cue layer's own short list, so that the
# lexical scorer, which runs this module too, loads nothing of the encoder's
# (tests/tui/test_startup_imports.py); stock_ack.py holds the semantic scorer's fuller reading.
_STOCK_WORDS = frozenset(
    """i i'm we you your it that this what how where hear heard understand understood get got
    see appreciate appreciated totally completely absolutely really fully truly honestly do
    concern concerns point points perspective frustration frustrations feelings feel feeling
    coming from mean saying are re sorry to hear about fair enough ok okay right sure yes yeah
    makes sense well oh look so all of""".split()
)
_ACK_VERB = re.compile(
    r"\b(?:hear|heard|understand|understood|get|got|see|appreciate|sorry|fair|sense)\b",
    re.IGNORECASE,
)
_STOCK_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
_CLAUSE = re.compile(r",|;|\s-+\s|\s(?=(?:but|so|and)\b)", re.IGNORECASE)


# a short acknowledgement that names nothing of theirs ("That's so hard.", "Oh no, that sucks.")
_GENERIC_WORDS = frozenset(
    """that that's this it it's is so really very such a oh no ugh god gosh hard tough rough awful
    terrible horrible sucks sad shame pity rubbish grim bad not good great how what wow damn man
    sorry""".split()
)
GENERIC_MAX_WORDS = 5


def stock_sentence(text: str) -> bool:
    """A stock acknowledgement: an acknowledging word and stock words alone, or a short
    acknowledgement of how hard it is that names nothing of theirs."""
    words = _STOCK_TOKEN.findall(text.lower())
    if not words:
        return False
    if _ACK_VERB.search(text) is not None and all(w in _STOCK_WORDS for w in words):
        return True
    return len(words) <= GENERIC_MAX_WORDS and all(w in _GENERIC_WORDS for w in words)


def ack_clause(text: str) -> int | None:
    """The end of a stock acknowledgement that opens `text` before a clause break ("I get it,
    but can we move on to the roadmap?"), or None."""
    found = None
    for m in _CLAUSE.finditer(text):
        if m.start() == 0:
            continue
        if stock_sentence(text[: m.start()]):
            found = m.start()
        else:
            break
    return found


# what a sentence that changes the subject does not earn
SHIFTED_CREDIT = frozenset(
    {
        "open_question",
        "closed_question",
        "interest_question",
        "follow_up",
        "paraphrase",
        "invitation",
        "option",
        "joint_framing",
        "mutual_gain",
        "elaboration_invite",
        "generosity",
        "care",
        "warmth",
        "perspective_taking",
    }
)
# acknowledgements the change of subject takes back
TAKEN_BACK_BY_SHIFT = frozenset(
    {
        "understanding",
        "validation",
        "sympathy",
        "difficulty",
        "emotion_label",
        "apology",
        "care",
        "acknowledged_view",
        "agreement",
        "reflection",
    }
)


def subject_changes(text: PreparedText, hits: list[Hit], partner: str) -> list[Hit]:
    """The cue side of rule 174: each sentence that changes the subject loses its credit and is
    marked `topic_shift`; a stock acknowledgement right before it (its opening clause, or the
    sentence before) is taken back."""
    if not partner.strip():
        return hits
    shifted = [
        (start, end)
        for start, end in text.sentences
        if changes_subject(text.plain[start:end], partner)
    ]
    if not shifted:
        return hits
    stock = _stock_before(text, shifted)
    out: list[Hit] = []
    for h in hits:
        at = h.start
        if at is not None and (
            (h.feature in SHIFTED_CREDIT and any(s <= at < e for s, e in shifted))
            or (h.feature in TAKEN_BACK_BY_SHIFT and any(s <= at < e for s, e in stock))
        ):
            continue
        out.append(h)
    for start, end in shifted:
        if any(
            h.feature == "topic_shift" and h.start is not None and start <= h.start < end
            for h in out
        ):
            continue  # "Anyway, ..." already says so
        piece = text.original[start:end]
        first = start + len(piece) - len(piece.lstrip())
        last = start + len(piece.rstrip())
        out.append(Hit("topic_shift", first, last, snippet(text.original, first, last)))
    return out


def _stock_before(text: PreparedText, shifted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The stock acknowledgements right before each shifted sentence: the sentence before it
    when that is stock words alone ("I hear you."), or its own opening clause ("I get it, but
    can we move on to the roadmap?")."""
    out: list[tuple[int, int]] = []
    for start, end in shifted:
        clause = ack_clause(text.plain[start:end])
        if clause is not None:
            out.append((start, start + clause))
        before = [s for s in text.sentences if s[1] <= start]
        if before and stock_sentence(text.plain[before[-1][0] : before[-1][1]]):
            out.append(before[-1])
    return out
