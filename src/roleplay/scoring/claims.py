"""Wants and conditions that offer nothing, and trades in other words (docs/scoring.md rules
93-95).

Rule 93. "I could (really) use the water", "We could really use a second nurse on nights"
want something: a claim on what is shared, in any negotiation. Their wording opens like an offer
("I could ...", "we could ..."), so it was read as `this sentence offers to help`, as a
concrete next step, or as `proposed an option`. A want is none of them: `WANT` (its pattern is
spliced into cue_acts' offer wording) takes those readings away. "I could use my Thursday slot
to run your load test", "We could use our spare scanner for your night shift" put what is used
to work for them: offers, untouched. "We could use the spare van" (no "really") proposes.

Rule 94.
The `conditional_offer` cue (`offered a trade`) reads "if I ...", "share" and the like as the
give and take of a trade. Three forms use that wording to offer nothing, in any negotiation:

- a counterfactual: "I'd love to give you the water if I had extra", "I'd lend you an
  engineer if we had anyone spare": the condition is known not to hold, so it is a polite no;
- the speaker's own demand as the condition: "I'm walking away if I can't get two", "If we
  don't get the discount we'll go elsewhere": what the speaker must get, not what they give;
- a challenge to share at all: "Why should I share with you?", "Why would I give you my
  slot?": a refusal put as a question.

"If I had known, I would have called you", "If I can't get it done by Friday, I'll tell you
first" are no trade either, but they never matched the cue. "If I give you the water, could I
have the firewood?", "I'd give you two if you can give me the van", "Why don't we share the
van?" and "Should I share the doc with you?" keep their credit.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.text import PreparedText, in_quote, sentence_of, snippet

FEATURE = "conditional_offer"
OPTION = "option"

_WANT_ADVERBS = r"(?:really |definitely |also |sure |certainly |honestly |actually |badly )"
# "I could (really) use ...", "we could really use ...", not "... to run your load test"
WANT_PATTERN = (
    r"\b(?:i could " + _WANT_ADVERBS + r"?|we could " + _WANT_ADVERBS + r")use\b"
    r"(?![^.?!]*\b(?:to|for) (?:\w+ ){0,3}?(?:you|your|them|their|him|her|his)\b)"
)
WANT = re.compile(WANT_PATTERN, re.I)


def wants(sentence: str) -> bool:
    """True when the sentence wants something for the speaker ("I could really use ...")."""
    return WANT.search(sentence) is not None


# "if I had extra / any spare / some left / them to spare", "if we had anyone free"
_COUNTERFACTUAL = re.compile(
    r"\bif (?:i|we) (?:only |still |actually )?had (?:any |some |more |enough |an? )?"
    r"(?:extra|spare|more|enough|left|leftover|free|to spare|any(?:one|body|thing)? (?:spare|free|left|extra)"
    r"|(?:it|them|one|some|any) (?:to spare|left|spare|free))\b"
)
# "if I can't get ...", "if we don't get ...", "unless I get ...": the speaker's demand
_OWN_DEMAND = re.compile(
    r"\b(?:if (?:i|we) (?:can't|cannot|can not|don't|do not|won't|will not|couldn't|could not|"
    r"didn't|did not) (?:\w+ )?(?:get|have|receive|keep)|unless (?:i|we) (?:\w+ )?(?:get|have|receive|keep))\b"
)
# "why should I share", "why would we give you", "why do I have to share"
_CHALLENGE = re.compile(
    r"\bwhy (?:should|would|must|do) (?:i|we) (?:\w+ )?(?:have to )?"
    r"(?:share|give|trade|exchange|swap|let you|hand)\b"
)


# rule 203: a first person anywhere in the sentence: someone who could give something back
_SPEAKER = re.compile(r"\b(?:i|i'm|im|i'll|ill|i'd|i've|ive|me|my|we|we'll|we'd|we're|us|our)\b")


def _offers_nothing_wanted(sentence: str, hit: Hit) -> bool:
    return hit.feature == OPTION and hit.text.lower().startswith("we could") and wants(sentence)


def _offers_nothing(sentence: str, hit_text: str) -> bool:
    if _CHALLENGE.search(sentence):
        return True
    if _COUNTERFACTUAL.search(sentence):
        return True  # "I'd give you two if I had extra": whatever the cue read
    if hit_text.startswith("if you") and _SPEAKER.search(sentence) is None:
        # "Therapy can really help if you give it a chance": a claim about what works on a
        # condition of theirs, with no one to give anything back (rule 203)
        return True
    return hit_text.startswith("if") and _OWN_DEMAND.search(sentence) is not None


def no_trades(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """`hits` without the `conditional_offer` cue where its sentence offers nothing (a
    counterfactual, the speaker's own demand, a challenge to share: rule 94; a condition of
    theirs with no speaker to give back: rule 203), and without the
    `option` cue's "we could" in a want ("We could really use ...": rule 93)."""
    if not any(h.feature in (FEATURE, OPTION) for h in hits):
        return hits
    out: list[Hit] = []
    for h in hits:
        if h.feature in (FEATURE, OPTION) and h.start is not None:
            start, end = sentence_of(text, h.start)
            sentence = text.lower[start:end]
            if h.feature == FEATURE and _offers_nothing(sentence, text.lower[h.start : h.end]):
                continue
            if _offers_nothing_wanted(sentence, h):
                continue
        out.append(h)
    return out


# Rule 95: a trade in other words. "I'm good to give up firewood for more water", "I can give
# up my firewood for food", "We'd part with the van for a week of your analyst's time": what the
# speaker gives for what they get, with a willingness or a modal (a past sacrifice, "I gave up
# my weekend for this release", offers nothing). "Would you compromise on / settle for two?"
# puts the trade to them. Said with a negation ("I can't give up ...", "I'm not willing to
# ...") it matches nothing: the modal must stand bare; nor does a wish ("I'd give up anything
# for a night's sleep").
_GIVE_FOR = re.compile(
    r"\b(?:i|we)(?:(?:'d| would| can| could| will|'ll)(?: (?:happily|gladly|also|definitely|"
    r"be (?:happy|glad|willing|ready|prepared) to))?|(?:'m| am|'re| are) (?:good|happy|glad|"
    r"willing|ready|prepared|fine|ok|okay) to) (?:give up|part with|let go of|trade|swap|"
    r"exchange) (?!(?:anything|everything|a lot|so much|the world)\b)(?:\w+ ){0,4}?for\b(?! (?:sure|now|good|ever|nothing|free|you|them|him|her|us|a (?:while|bit|moment))\b)"
)
_SETTLE = re.compile(
    r"\bwould you (?:be willing to )?(?:compromise (?:on|with|at)|settle (?:on|for))\b"
)


def trade_hits(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """`hits` with a `conditional_offer` (`offered a trade`) for a trade in other words (rule
    95), in a sentence that has none yet."""
    if " for " not in text.lower and "would you" not in text.lower:
        return hits
    traded = {
        sentence_of(text, h.start) for h in hits if h.feature == FEATURE and h.start is not None
    }
    added: list[Hit] = []
    for pattern in (_GIVE_FOR, _SETTLE):
        for m in pattern.finditer(text.lower):
            where = sentence_of(text, m.start())
            if where in traded or in_quote(text, m.start(), m.end()):
                continue
            traded.add(where)
            added.append(
                Hit(FEATURE, m.start(), m.end(), snippet(text.original, m.start(), m.end()))
            )
    return hits + added if added else hits


# Rule 96: "Why don't we split the rota?", "Why don't I take the first week?" propose; the
# negation is the form of the suggestion, not a refusal of the offer it frames. The
# `negated_support` reading (-16 empathy, -10 collaboration) of such a sentence is dropped.
# "We don't share the van", "Why don't you share your screen?" (a request of them) keep it.
_WHY_NOT_WE = re.compile(r"\bwhy (?:don't|dont|do not) (?:we|i)\b")


def why_not_proposals(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """`hits` without a `negated_support` whose negation is "why don't we / I"."""
    out: list[Hit] = []
    for h in hits:
        if h.feature == "negated_support" and h.start is not None:
            start, _ = sentence_of(text, h.start)
            if _WHY_NOT_WE.match(text.lower, max(start, h.start - 4)):
                continue
        out.append(h)
    return out
