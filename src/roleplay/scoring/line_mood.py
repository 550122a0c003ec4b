"""Whether a partner line tells of trouble or of good news, by its wording (rules 175, 179).

Two small word lists the rules share: `TROUBLE` (a negation or refusal, a loss, a setback, a
complaint: "can't", "rejected", "turned down", "pushed back", "worst", "again" ...) and
`GOOD_NEWS` (a word of good news or gladness: "finally", "passed", "got the job", "clear",
"great", "relieved", "!" ...). The module imports nothing of the scorer's, so the cue layer, which
the lexical scorer runs too, can read it without loading the encoder's modules.
"""

from __future__ import annotations

import re

TROUBLE = re.compile(
    r"\b(?:no|not|never|nothing|nobody|can't|cannot|can not|won't|don't|didn't|doesn't|isn't|"
    r"wasn't|aren't|couldn't|wouldn't|haven't|hasn't|cant|wont|dont|didnt|doesnt|isnt|wasnt|"
    r"refus\w*|reject\w*|denied|declin\w*|turned down|cut|cuts|lost|lose|losing|loss|died|dead|"
    r"death|diagnos\w*|fail\w*|broke|broken|closed|cancel\w*|delay\w*|pushed back|postponed|"
    r"worst|bad|awful|terrible|disband\w*|fired|sacked|redundan\w*|laid off|sick|ill|pain\w*|"
    r"hurt\w*|miss\w*|alone|again|only one|short-?staffed|overdue|late|complain\w*|kept|"
    r"ruin\w*|stuck|leaving|moving away|can't sleep|wrong)\b",
    re.IGNORECASE,
)
GOOD_NEWS = re.compile(
    r"\b(?:finally|passed|got (?:the|a|in|it|my|our)|won(?!['’])|win|clear|all clear|great|good|"
    r"happy|glad|pleased|delighted|thrilled|excit\w*|relie\w*|proud|love|loved|amazing|"
    r"wonderful|brilliant|fantastic|awesome|perfect|yay|congrat\w*|better|best|promot\w*|"
    r"accepted|approved|engaged|pregnant|recovered|recovering|free|calm|relax\w*|fine|ok|okay|"
    r"celebrat\w*|success\w*|lol|haha|funny|hilarious|bored|boring|wedding|graduat\w*|born|"
    r"birthday|anniversary|retir\w*|milestone|sober|clean)\b(?!['’])|!",
    re.IGNORECASE,
)


def troubled(partner: str) -> bool:
    """Their line tells of trouble and of nothing good."""
    return TROUBLE.search(partner) is not None and GOOD_NEWS.search(partner) is None
