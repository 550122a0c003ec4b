"""Rule 314 (docs/scoring.md): a warning of what their course will cost them.

Found on the counselling set's dev half (`benchmarks/strategies.py --set counselling`): a
confrontation put as a warning ("A bottle a night is well over the limit. If you keep this up
you'll damage your liver and your marriage.", "If you carry on at twenty a day, you're heading
for the same operating table.", "This is burnout, and if you ignore it much longer you'll end up
signed off for months.") lost nothing, or gained for the words of theirs it picked up: on dev the
confrontations averaged 45 overall, above advice given without asking (42). Motivational
interviewing codes warning as a move against the client (MI-inconsistent: it raises their guard
and argues for the change in their place); in a negotiation it is pressure ("If you don't sign
this week, you'll lose the slot"); at work a threat without a named actor ("Keep missing
deadlines and you'll be out").

A sentence warns when it sets a condition on their course ("if you keep / carry on / continue /
don't / ignore / refuse ...", "unless you ...", "keep going like this and ...", "carry on and
...", "at this rate", "next time") and foretells a harm to them or theirs in the future ("you'll
lose", "you're going to fail", "you'll end up ...", "you're heading for", "it'll be a person",
"social services will get involved": a future or modal verb and a word of harm). Not:

- a good outcome ("If you keep the receipt, you'll get a refund", "keep going like this and
  you'll hit the target");
- their own fear reflected ("You're worried that if you keep drinking you'll lose your job",
  "part of you knows that if ...", "it sounds like ...");
- a question, which asks them to weigh it ("What do you think will happen if you carry on?");
- the speaker's own course ("If I don't ship it, I'll lose the client").

It adds a `warning` cue hit (`warned them of what it will cost`: empathy, collaboration and a
little listening, at its prior until the next refit; no side, so no hostility cap), one per
reply.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit

FEATURE = "warning"
# a cheap gate: a reply with none of these words holds no warning
_GATE = ("if you", "keep", "carry on", "next time", "at this rate", "unless you", "go on like")
_CONDITION = re.compile(
    r"\b(?:if|unless) you(?:'re| are)? (?:just )?(?:keep|kept|carry on|continue|go on|don't|do "
    r"not|won't|will not|ignore|refuse|never|stay|leave (?:it|this)|wait|put (?:it|this) off|"
    r"keep on|stick with|drink|smoke|skip|miss|chase|shout|lie|hide|let)\b|"
    r"(?:^\s*|[,;]\s*|\b(?:and|so|but)\s+)(?:just )?(?:keep|carry on|go on|continue)"
    r"(?: [\w'’-]+){0,6}?,? (?:and|then)\b|"
    r"\bat this rate\b|\bnext time\b",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:you|it|that|this|they|he|she|your [\w-]+|[\w-]+ services?|someone|someone else)"
    r"(?:'ll|’ll| will|'re going to|’re going to| are going to|'s going to|’s going to| is going "
    r"to|'re heading for|’re heading for| are heading for|'d| could| might| would)"
    r"(?: \w+){0,5}? (?:lose|losing|end up|fail|damage|ruin|regret|die|kill|destroy|burn out|"
    r"get worse|worse|hurt|wreck|be sorry|the same|hospital|stroke|heart attack|be fired|get "
    r"fired|be sacked|get sacked|be out|in trouble|never(?! (?:have|need|be alone|regret))|won't|"
    r"get involved|problem|issue|"
    r"everything|a person|nothing left|bailiffs)\b|"
    r"\b(?:you|they)(?:'re| are) heading for\b|\byou won'?t wake up\b",
    re.IGNORECASE,
)
# their own fear reflected, or a frame that hands the warning back to them
_THEIRS = re.compile(
    r"\b(?:worr(?:y|ied|ies|ying)|afraid|scared|fear(?:s|ing|ful)?|frightened|terrified|"
    r"concerned|anxious|dread(?:ing)?|wonder(?:ing)?|know|knows|knew|said|say|says|saying|tell "
    r"me|told me|thinking|sounds like|part of you|you've noticed|you noticed|you see)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")
# Rule 423: their conduct named as the subject, and the harm it will do foretold, with no "if":
# "Shouting at a six-year-old every night will damage him.", "Chasing losses is how people lose
# their homes.", "Skipping them is playing with your life." The conduct opens the sentence as a
# gerund; a gerund of perceiving or being told opens a reflection instead ("Hearing her voice
# will stay with you", "Being told it wasn't your fault ...").
_CONDUCT = re.compile(
    r"^\W*(?!(?:being|hearing|seeing|knowing|feeling|having|getting|finding|losing|watching|"
    r"reading|learning|remembering|thinking|wondering|looking|sounding|saying|telling)\b)"
    r"[a-z]+ing\b(?: [\w'-]+){0,8}? (?:"
    r"(?:will|'ll|is going to|could|can|would) (?:\w+ ){0,2}?(?:damage|ruin|hurt|harm|wreck|"
    r"destroy|kill|scar|cost you|lose you|land you|put you in)|"
    r"is how (?:\w+ ){0,4}?(?:start|starts|begin|begins|lose|loses|die|dies|end up|ends up|"
    r"get hurt|gets hurt|ruin)|"
    r"is (?:playing with|gambling with|risking) (?:your|his|her|their) (?:life|health|job|"
    r"marriage|kids|children|future))\b",
    re.IGNORECASE,
)


def warning_hits(reply: str) -> list[Hit]:
    """One `warning` hit for the first sentence that warns them (module docstring)."""
    low = reply.lower()
    if not any(word in low for word in _GATE):
        return _conduct_hits(reply) if "ing " in low else []
    for m in _SENTENCE.finditer(reply):
        text = m.group(0)
        if text.rstrip().endswith("?"):
            continue
        condition = _CONDITION.search(text)
        if condition is None:
            continue
        harm = _HARM.search(text, condition.start())
        if harm is None or _THEIRS.search(text, 0, condition.start()) is not None:
            continue
        start = m.start() + condition.start()
        return [Hit(FEATURE, start, m.start() + harm.end(), reply[start : m.start() + harm.end()])]
    return _conduct_hits(reply)


def _conduct_hits(reply: str) -> list[Hit]:
    """Rule 423: one `warning` hit for the first sentence that names their conduct and foretells
    the harm it will do, with no condition (see `_CONDUCT`)."""
    for m in _SENTENCE.finditer(reply):
        text = m.group(0)
        if text.rstrip().endswith("?"):
            continue
        found = _CONDUCT.search(text)
        if found is not None:
            a, b = m.start() + found.start(), m.start() + found.end()
            return [Hit(FEATURE, a, b, reply[a:b].strip())]
    return []
