"""Asking what they need or prefer, and why (English wording; docs/scoring.md rule 19).

Two question forms that ask about the partner's side and that the encoder and the cue layer
both missed:

- **Turning the question back** after saying what the speaker needs or prefers ("Water matters
  most to us. What about you?", "My priority is the timeline, and yours?"), or after answering
  their question about it ("Firewood, how about you?" to "What do you need most?"): it asks for
  their needs or preferences, like "What do you need?". After a pleasantry ("I'm good, how about
  you?") it asks nothing of the kind.
- **Asking the reason behind what they want** ("Why do you need the extra server?", "Could you
  tell me why you prefer Tuesday?", "Why is the Friday date important to you?"): the interest
  behind a position, not an interrogation. "Why do you even need ...", "Why would you need ..."
  and "Why do you keep ..." still interrogate or play their need down.

And the same questions **embedded in a statement** (rule 56): "Tell me what matters most to
your team.", "I need to know what your priorities are.", "I'd like to understand why Friday
matters to you.", "Let me know which of the two you'd prefer." ask it without a question mark.
Not when the lead-in is negated ("I don't need to know why you want it") or the clause doubts
("Tell me why you even need it"), nor a statement of what the speaker knows ("I know what you
need") or asks about something else ("Let me know what you think", "... when you need it").
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.partner_lines import per_partner_line

# The question turned back, ending the sentence: "What about you?", "Firewood, how about you?",
# "..., and yours?", "You?".
TURN_BACK = re.compile(
    r"(?:^|[,;:.!\-]\s*|\b(?:and|so|but|now)\s+)"
    r"(?:(?:what|how) about (?:you(?:rself| guys| all)?|yours|your (?:side|end|team|group|family|"
    r"department|company|unit|ward|clinic|practice|office|client|customer)s?)|and (?:you|yours|"
    r"yourself)|what(?:'s| is| are| about) yours|you|yours|yourself)\s*\?+[^\w?]*$",
    re.IGNORECASE,
)
# The speaker has said what they need, want or put first (before the turned-back question).
STATED_NEED = re.compile(
    r"\b(?:need|needs|needed|want|wants|prefer|preference|preferences|priority|priorities|"
    r"important|essential|crucial|matters? (?:most|to me|to us|for me|for us)|could use|"
    r"(?:i|we)(?:'d| would) (?:really |also )?(?:like|love)|(?:most|mainly|mostly) (?:interested|"
    r"after|concerned|worried)|interested in|hoping for|concerned about|worried about|"
    r"i was thinking|(?:is|are) (?:my|our) (?:\w+ )?(?:choice|pick|first)|for me|for us)\b",
    re.IGNORECASE,
)
# Their line asked what the speaker needs or prefers ("What do you need most?"): a short answer
# ("Water. How about you?") states it.
ASKED_NEED = re.compile(
    r"\b(?:needs?|wants?|prefer|preferences?|priority|priorities|important|most|value|"
    r"interested|looking for)\b[^?]*\?",
    re.IGNORECASE,
)
# A question asking the reason behind what they want, need or prefer.
REASON_QUESTION = re.compile(
    r"\b(?:why (?:do |does )?(?:you|your \w+)(?: think (?:you|they|we|it))? (?:need|needs|want|"
    r"wants|prefer|prefers|value|values|care about|require|requires|like)\b|"
    r"why (?:is|are) (?:the |that |this |those |these |a |an )?(?:\w+ ){1,3}(?:so )?"
    r"(?:important|essential|crucial|a priority) (?:to|for) (?:you|your \w+)\b|"
    r"why (?:does|do) (?:the |that |this |those |these )?(?:\w+ ){1,3}matter (?:so much )?"
    r"(?:to|for) (?:you|your \w+)\b|"
    # what lies behind their request ("Can you tell me what's driving the swap?")
    r"what(?:'s| is) (?:driving|behind|prompting|motivating) (?:the|this|that|your) \w+|"
    r"what(?:'s| is) the reason (?:for|behind) (?:the|this|that|your) \w+)",
    re.IGNORECASE,
)
# Asking what they need, want or put first.
NEED_QUESTION = re.compile(
    r"\b(?:what|which|how much|how many)\b[^?]{0,40}?\b(?:do|does|would|will) (?:you|your \w+) "
    r"(?:\w+ )?(?:need|want|prefer|value|require)\b[^?]*\?|"
    r"\bwhat(?:'s| is| are) (?:your|you're) (?:\w+ )?(?:needs?|priority|priorities|preferences?|"
    r"goals?|concerns?|situation)\b[^?]*\?|"
    r"\b(?:may|can|could) i ask why\b",
    re.IGNORECASE,
)
# How they feel about a thing, or how they are doing for it: their preference (rule 65); about a
# proposal ("How do you feel about taking two?", "... about this offer?") it checks an offer.
FEEL_ABOUT = re.compile(
    r"\bhow (?:do|would|does|did) (?:you|your \w+) feel about (?P<thing>[^?.!,;:]{1,40}?)"
    r"(?:\s+(?:though|then|now|overall))?\s*\?|"
    r"\bhow (?:are|is) (?:you|your \w+)(?: guys| all)? (?:doing|set|fixed|off) (?:on|for) "
    r"(?P<stock>[^?.!,;:]{1,40}?)\s*\?",
    re.IGNORECASE,
)
_PROPOSED = re.compile(
    r"\b(?:\d+|one|two|three|four|five|half|all|both|each|either|this|that|these|those|it|if|me|"
    r"us|you|i|we|my|our|offer|deal|proposal|plan|split|idea|trade|option|options|arrangement|"
    r"terms|suggestion|compromise)\b|^\w+ing\b",
    re.IGNORECASE,
)
# A statement asking to be told what they need or prefer, or why (rule 56).
EMBEDDED_NEED = caseless(
    r"\b(?P<lead>tell me|tell us|let me know|let us know|(?:i|we)(?:'d| would)? (?:really )?(?:like|"
    r"love|want|need) to (?:know|hear|understand|learn)|i(?:'m| am) (?:curious|wondering)|"
    r"i wonder|help me understand)\b"
    r"[^.?!]{0,24}?\b(?:what|which|why|how much|how many)\b[^.?!]{0,40}?"
    r"(?:\b(?:you|your \w+)(?:'d| would| will| most| really)* (?:need|needs|want|wants|prefer|"
    r"prefers|value|values|require|requires|care about|cares about)\b|"
    r"\b(?:your|you're) (?:\w+ )?(?:needs?|priority|priorities|preferences?|goals?|concerns?)\b|"
    r"\b(?:matters?|is (?:most |so )?important|is a priority) (?:most |so much )?(?:to|for) "
    r"(?:you|your \w+)\b)",
)
_NEGATOR = re.compile(r"\b(?:not|never|no)\b|n't\b", re.IGNORECASE)
# ... not when it plays their need down or interrogates ("Why do you even need ...?").
_DOUBTING = re.compile(
    r"\b(?:even|really|actually|still|ever|keep|always|never|on earth|the hell|possibly|"
    r"honestly|seriously|supposedly)\b|\bwhy (?:do|does) (?:you|your \w+) (?:not|don't)\b",
    re.IGNORECASE,
)


# A pleasantry, not a need: "I'm good, how about you?", "Doing great! And you?"
_PLEASANTRY = re.compile(
    r"^\W*(?:(?:hi|hello|hey)(?: there)?\W+)?(?:i'?m |i am |we'?re |we are |all |doing |been |"
    r"it'?s |things are )?(?:very |pretty |really |so |just |doing )?(?:good|fine|great|well|ok|okay|"
    r"alright|not bad|excellent|wonderful|busy)\b",
    re.IGNORECASE,
)


@per_partner_line
def asked_need(partner: str) -> bool:
    """Their line asks what the speaker needs or prefers (`ASKED_NEED`)."""
    return ASKED_NEED.search(partner) is not None


def turns_back(sentence: str, before: str, partner: str) -> bool:
    """A question turned back to them ("What about you?") after the speaker said what they
    need or prefer, in this sentence or an earlier one, or answered their question about it."""
    found = TURN_BACK.search(sentence)
    if found is None:
        return False
    said = before + " " + sentence[: found.start()]
    if STATED_NEED.search(said):
        return True
    # a short answer to their question about what the speaker needs ("Firewood, how about you?")
    return (
        bool(said.strip())
        and len(said.split()) <= 8
        and not _PLEASANTRY.search(said)
        and asked_need(partner)
    )


def asks_their_reasons(question: str) -> bool:
    """A question about the reason behind what they need or prefer, not a doubting one, or one
    asking what they need or prefer ("What do you need most?", "What are your priorities?")."""
    found = REASON_QUESTION.search(question)
    if found is not None:
        # the doubting words count in the question itself, not in a lead-in ("Since I have
        # never been camping before, why do you think you need two?")
        return not _DOUBTING.search(question, found.start())
    if NEED_QUESTION.search(question):
        return not _DOUBTING.search(question)
    return asks_feeling_about_a_thing(question)


def asks_feeling_about_a_thing(question: str) -> bool:
    """ "How do you feel about the night shifts?", "How are you doing for water?": their
    preference about a thing of at most three words, not a proposal ("... about taking two?",
    "... about this offer?", "... about you getting the van?") and not a doubting one."""
    found = FEEL_ABOUT.search(question)
    if found is None:
        return False
    thing = (found.group("thing") or found.group("stock") or "").strip()
    return (
        len(thing.split()) <= 3
        and not _PROPOSED.search(thing)
        and not _DOUBTING.search(question, found.start())
    )


def embeds_need_question(sentence: str) -> bool:
    """A statement that asks to be told what they need or prefer, or why ("Tell me what matters
    most to your team.", "I need to know what your priorities are."): the question it embeds,
    unless its lead-in is negated or it doubts their need (rule 56)."""
    found = EMBEDDED_NEED.search(sentence)
    if found is None:
        return False
    # a negator in the lead-in's own clause ("I don't need to know why ..."), not an earlier
    # one ("Don't worry, just tell me what you need")
    clause = max(sentence.rfind(mark, 0, found.start()) for mark in ",;:-") + 1
    return not _NEGATOR.search(sentence, clause, found.end("lead")) and not _DOUBTING.search(
        sentence, found.start()
    )
