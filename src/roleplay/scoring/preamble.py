"""Rule 133: a stock acknowledgement as the preamble to advice or facts.

"I hear you, and I understand your concern. Bell's palsy is caused by inflammation of the
facial nerve, and most people recover fully within three to six months." scored listening 68
against 50 for "Not a stroke, but you still can't smile at them.": the opening's stock words
earned understanding, their point of view, a reflection of "your concern" and "engaged with
their view before giving yours", though all that follows informs or instructs. The tenth genre
set's dev half has it on six of its ten lines (counselling, support, health, workplace). A reply
whose acknowledging sentences are stock words alone and whose every other sentence is advice or
information uses the acknowledgement as a preamble to the fix (the righting reflex): its credits
earn the share a stock phrase earns (rule 51's `STUFFED_SHARE`).

Not a preamble: an acknowledgement that names something of theirs ("I hear you: three weekends
in a row is a lot"), a reply with a question about them, a proposal, an offer or a view of the
speaker's own after the acknowledgement (receptiveness: "I understand your concern, but I think
the policy protects victims" engages with their view and keeps its credit).
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.sentences import FAINT, Sentence

# a sentence of stock acknowledging words and nothing else
STOCK_ACK = caseless(
    r"^\W*(?:(?:oh|ok|okay|look|well|yes|yeah),? )?(?:(?:i|we) (?:totally |completely |really |"
    r"fully |absolutely |do )?(?:hear you|understand|get it|get that|see that|see where you're "
    r"coming from|understand (?:your concerns?|how you feel|where you're coming from|that))"
    r"(?:,? (?:i (?:really|totally) do|i really do))?(?:,? and (?:i )?(?:totally |completely |"
    r"really )?(?:understand|hear|appreciate) (?:your concerns?|how you feel|you|that))?"
    r"[\s,.!]*)+$"
)
FIXING_ACTS = frozenset({"advice", "information"})
# the speaker's own side (a sentence with no act that speaks of what the speaker needs, did or
# thinks is no fact about their situation: "I need the firewood for the kids")
OWN_WORDS = caseless(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|our|us)\b")
# a view of the speaker's own: engaging with their view by giving one's own (receptiveness)
OWN_VIEW = caseless(
    r"\b(?:i think|i believe|i feel|i'd argue|i would argue|in my (?:view|opinion|experience)|"
    r"my view|personally|i agree|i disagree|to me)\b"
)


def _fixes(s: Sentence) -> bool:
    """A sentence that informs or instructs: read so, or read as no act (or a faint one) and about neither
    side's own (the encoder reads facts faintly: "Bell's palsy is caused by ..." had no act);
    no question, no view of one's own."""
    return (
        (
            s.act.act in FIXING_ACTS
            or ((s.act.act == "" or s.act.strength < FAINT) and OWN_WORDS.search(s.text) is None)
        )
        and not s.text.rstrip().endswith("?")
        and OWN_VIEW.search(s.text) is None
    )


def preamble(sentences: list[Sentence]) -> list[Sentence]:
    """The stock acknowledging sentences, when everything else in the reply informs or advises
    (empty otherwise)."""
    stock = [s for s in sentences if STOCK_ACK.search(s.text)]
    rest = [s for s in sentences if s not in stock]
    if not stock or not rest or not all(_fixes(s) for s in rest):
        return []
    return stock
