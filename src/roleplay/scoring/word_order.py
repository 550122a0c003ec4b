"""Rule 74 (docs/scoring.md): a question asked by its word order is a question, whatever mark
ends it.

Learners type fast: "Are you mad.", "What are your needs for the extra provisions.", "Have you
tried exercise and dieting.", "Is there some kind of number you can help me with." The scorer's
rules read a question by its question mark, so such a sentence was read as a statement - "Are
you mad." as a reflection of their feeling (empathy 69, above "Are you mad?" at 56), "Have you
tried exercise and dieting." as no advice in question form. Before anything else reads the
reply, the full stop that ends a sentence in a question's word order becomes a question mark
(one character for one: every evidence span stays valid).

A question put to them by its word order: an auxiliary or modal first, then "you" or something
of theirs as its subject ("Are you", "Did you", "Would you", "Have your parents"), optionally
after a question word ("What are your needs", "How do you know") or a discourse opener ("So
would you agree"). A full-stop question about a third party or a principle ("Where is the
justice.", "Should the victim be required to go to class with the suspect.") is as often
rhetorical, in an argument, and keeps its mark (read as any question, it lowered the
receptiveness agreement: listening 0.334 -> 0.332). Not either:

- "So do I.", "Neither can we." (agreement with them), "Do it.", "Do that first." (an
  instruction), "Don't you dare.", "Don't you worry." (an order), "Do the backups first.",
  "Have your manager call me." (an instruction with a subject), "Should you need anything,
  call me.", "Had I known, I'd have come." (a condition put first);
- a relative clause that opens the sentence ("Which is their right.");
- an exclamation ("Are you kidding me!" keeps its mark: a retort, read as written);
- anything without a full stop at its end (the cue layer reads "how about you" already).
"""

from __future__ import annotations

import re

from roleplay.nlp import split_sentences

_AUX = (
    r"(?:are|is|was|were|am|do|does|did|have|has|had|can|could|would|will|should|shall|may|"
    r"might|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|haven't|hasn't|hadn't|can't|"
    r"couldn't|won't|wouldn't|shouldn't)"
)
# Put to them: "you" or something of theirs is the subject. A full-stop question about a third
# party or a principle ("Where is the justice.", "Should the victim be required to go to class
# with the suspect.") is as often rhetorical, in an argument, and keeps its mark.
_SUBJECT = r"(?:you|your \w+)"
ASKED_BY_ORDER = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|well|then|now|also|sorry|hey|hi),?\s+)?"
    # the question word, with what it asks about ("how long", "what part of it"), but not a
    # verb of its own ("What matters is the date." states)
    r"(?:(?:what|why|how|when|where|who|whose)(?:\s+(?:much|many|long|often|far|soon|"
    r"old|big|bad|else|exactly|kind of|sort of|part of|time|day|date|one|ones|way|bit))?\s+)?"
    rf"{_AUX}\s+(?:not\s+)?{_SUBJECT}\b"
    r"[^.?!]*\.\s*$",
    re.IGNORECASE,
)
# Agreement ("so do I", "neither can we"), an instruction ("do it", "do that first"), an order
# ("don't you dare"), a condition put first ("Should you need anything, call me.", "Had I
# known, I'd have come.", "Were it up to me, ...").
_NOT_ASKING = re.compile(
    r"^\W*(?:(?:so|neither|nor)\s+\w+\s+(?:i|we)\b|(?:(?:ok|okay|then|now|so),?\s+)?do\s+"
    r"(?:it|that|this)\b|don't\s+you\s+(?:dare|worry|ever|even)\b|(?:should|had|were)\b[^,]*,|"
    r"(?:do|have)\s+the\b|have\s+(?:your|their|his|her|our|my)\s+\w+\s+(?:call|send|check|"
    r"look|email|ring|bring|do|make|get|come|write|sign|book)\b)",
    re.IGNORECASE,
)


def asked_by_word_order(sentence: str) -> bool:
    """The sentence ends in a full stop and asks by its word order (module docstring)."""
    return ASKED_BY_ORDER.search(sentence) is not None and _NOT_ASKING.search(sentence) is None


def question_marks(reply: str) -> str:
    """The reply with the full stop ending each sentence that asks by word order made a
    question mark; nothing else changes (same length, same offsets)."""
    if "." not in reply:
        return reply
    chars: list[str] | None = None
    for start, end in split_sentences(reply):
        sentence = reply[start:end]
        if sentence.rstrip().endswith(".") and asked_by_word_order(sentence):
            stop = start + len(sentence.rstrip()) - 1
            if chars is None:
                chars = list(reply)
            chars[stop] = "?"
    return reply if chars is None else "".join(chars)
