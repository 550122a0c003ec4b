"""Rule 174's cue side (docs/scoring.md; the reading is `subject_change.changes_subject`).

A sentence that moves the talk to another matter earns nothing for what its wording would earn
(a question, an invitation, an option, "we"), is marked `changed the subject`, and a stock
acknowledgement right before it ("I hear you.", "I get it, but ...", or a short one that names
nothing of theirs: "That's so hard.", "Oh no.") is taken back, as rule 42's
brush-off takes back the acknowledgement before a deflection to process.
"""

from __future__ import annotations

from roleplay.scoring.features_base import Hit
from roleplay.scoring.stock_words import ack_clause, stock_sentence
from roleplay.scoring.subject_change import changes_subject
from roleplay.scoring.text import PreparedText, snippet

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
        if changes_subject(text.plain[start:end], partner, text.plain[:start])
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
