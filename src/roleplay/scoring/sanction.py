"""Rule 352 (docs/scoring.md): a sanction on a condition of theirs is a threat.

"I understand your concern, but keep pursuing this and your neighbour will sue you for every
penny you have.", "I understand this is frustrating, but if you raise your voice at my staff again
I'll have you removed and your claim closed.", "I value our sessions, but if you waste another
one on this I'll stop seeing you.": warm words around a threat scored above a plain decent reply
(the warm words earned full credit and nothing capped the reply), because the encoder placed the
threat near a plain condition and the cue layer knew only "or I'll report / ban you" and
ultimatums. The construct is the shape of a threat: something the partner does or keeps doing
(the condition) and a harm that then falls on them (the sanction).

- the condition: "if / unless / should / next time you ...", "keep / continue / carry on
  ...ing ... and", "one more / another ... and", "... again and";
- the sanction, after it in the same sentence: a penalty on them or theirs ("ban / block /
  report / remove / suspend / exclude / fire / sue / fine / evict / discipline / charge you or
  your ...", "have / get you removed / banned / thrown out", "close / cancel / end / freeze /
  withdraw / revoke your ... or our ...", "stop seeing / helping / working with you", "refer you
  / your son for / to ...", "send the account / you to collections / court", "take you to
  court", "tell ... everything", "you'll lose your job / place / account ...", "you'll be the first to go / first in
  the queue").

A condition that offers ("if you want / would like / prefer / need / can / send / forward / let
me know ...") is no threat, and a sanction on something that is not theirs ("If you forward the
email, I'll cancel the charges", "If he does it again, report him") is none either: the harm must
fall on "you" or "your ..." (or "our" work together).
"""

from __future__ import annotations

import re

_OFFERING = (
    r"(?!(?:would |'d )?(?:want|wanna|like|prefer|need|wish|agree|can|could|are able|'re able|"
    r"send|share|forward|let|give|bring|tell me|ask|have (?:any|the|a)|get (?:a|the) chance)\b)"
)
CONDITION = re.compile(
    r"\b(?:"
    rf"(?:if|unless|should|(?:the )?next time|once more|ever) you(?:'re| are)? {_OFFERING}|"
    r"(?:keep|continue|carry on|go on) \w+ing\b[^.!?]*?\band\b|"
    r"(?:one more|another) \w+(?: \w+){0,4}? and\b|"
    r"\bagain,? and\b"
    r")",
    re.IGNORECASE,
)
_THEM = r"(?:you|your \w+(?: \w+)?|our \w+)"
SANCTION = re.compile(
    r"\b(?:"
    r"(?:ban|block|report|remove|suspend|expel|exclude|fire|sack|sue|fine|evict|blacklist|"
    r"discipline|penali[sz]e|charge|bill|write up|prosecute|bar|strike off|kick out|throw out)"
    rf" {_THEM}|"
    r"(?:have|get) (?:you|your \w+) (?:removed|banned|blocked|thrown out|kicked out|escorted out|"
    r"arrested|struck off|fired|sacked|suspended|excluded|closed|cancell?ed|evicted)|"
    r"(?:close|cancel|end|terminate|freeze|withdraw|revoke|cut off|drop|pull) "
    r"(?:your|our) \w+|"
    r"stop (?:seeing|helping|working with|representing|treating|supporting|serving) you|"
    rf"refer {_THEM} (?:for|to)|"
    r"send (?:you|your \w+|the account|it|this|the debt) to (?:collections|a debt collector|the "
    r"bailiffs|court)|"
    r"take (?:you|this|it) to (?:court|a tribunal)|"
    r"tell \w+ everything|"
    r"you(?:'ll| will) (?:lose your (?:job|place|account|contract|claim|deposit|seat|spot|licen[cs]e|"
    r"membership|access|role|position)|be (?:the )?first (?:to go|in (?:the )?(?:queue|line))|"
    r"never work|be out)"
    r")",
    re.IGNORECASE,
)


def sanction_threat(text: str) -> bool:
    """The sentence puts a harm to them on a condition of theirs (rule 352)."""
    condition = CONDITION.search(text)
    return condition is not None and SANCTION.search(text, condition.start()) is not None
