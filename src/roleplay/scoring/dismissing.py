"""Rules 43 and 44 (docs/scoring.md): telling them their feeling or their account is wrong.

**43. Cheerleading that overrules them.** "Don't be silly, of course you deserve it!", "Don't be
so hard on yourself, everyone has a flutter now and then", "Stop being so negative, you'll be
fine" contradict what the partner said about themselves: the warm words after the opener
reassure, but the opener tells them their feeling is wrong (the emotional-support literature's
"minimising"; the counselling "righting reflex"). The encoder read such sentences near
"acknowledges how they feel", and they out-scored a real reflection. A statement that opens this
way is a dismissal, as clear as its wording - unless it answers their thanks or apology ("Don't
be silly, it's no trouble") or goes on to an offer of the speaker's ("Don't be daft, I'll drive
you").

**44. A flat denial of their account.** "Our technicians don't botch repairs.", "Nobody is piling
on.", "Our games don't crash.", "We never approved it." deny what the partner reported without
a reason, a question or an offer: they dismiss their view. The encoder read them near plain
statements (about neutral). A short statement (at most `DENIAL_WORDS` words) whose subject is the
speaker's side or "nobody" ("we", "our X", "this company", "nobody", "no one", "none of us"),
negated ("don't", "never", "isn't", ...), that speaks to no one ("you" would make it
reassurance: "Nobody is blaming you"), gives no reason ("because", "since") and does not go on to
"but"; not a constraint of its side ("We don't even have time for a prototype" is a reason for
a no), answering a statement (not a question) that tells what was done to them or by the
speaker's side, is a dismissal.
"We don't charge for returns." to "Do you charge for returns?" answers a question: no denial.
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.cue_acts import OFFERS

# Rule 43: the opener that overrules them
OVERRULING = caseless(
    r"^\W*(?:(?:oh|aw+|ah|come on|hey|honestly|look|seriously),? )*(?:"
    r"don'?t be (?:so |silly|daft|ridiculous|stupid|soft|dramatic|like that|hard on yourself)|"
    r"do not be (?:so |silly|daft|ridiculous)|"
    r"don'?t (?:say|talk like|think like|think that way|you dare say|even think)(?: that| this)?\b|"
    r"stop (?:being (?:so )?(?:silly|negative|dramatic|hard on yourself|daft)|saying (?:that|"
    r"things like that)|talking like that|beating yourself up|putting yourself down)|"
    r"nonsense|rubbish|what nonsense|of course (?:you(?:'re| are)? not|not)\b)"
)
# their line thanks or apologises: "don't be silly" then answers it kindly
_THANKS_OR_SORRY = caseless(r"\b(?:thank|thanks|sorry|apologi[sz]e|apologies|bother|trouble)\b")

# Rule 44: the speaker's side (or nobody) denies what they reported
DENIAL_WORDS = 8
DENIAL = caseless(
    r"^\W*(?:(?:well|look|honestly|sorry|no),? )?(?:we|our(?: \w+){1,2}?|this \w+|"
    r"nobody|no one|no-one|none of (?:us|our \w+))"
    r"(?:\s+(?:\w+ly|really|simply|just|ever))?\s+(?:don'?t|doesn'?t|didn'?t|never|isn'?t|aren'?t|"
    r"wasn'?t|weren'?t|haven'?t|hasn'?t|do not|does not|did not|is not|are not|was not|"
    r"were not|has not|have not|is|are|was|were|has|have|did|does|do)\b"
)
_NEGATED = caseless(r"\b(?:nobody|no one|no-one|none)\b|n'?t\b|\b(?:not|never)\b")
# a constraint of the speaker's side is a reason for a no, not a denial ("We don't even have
# time for a prototype", "Our team hasn't the capacity")
_CONSTRAINT = caseless(
    r"\b(?:have|has|had|got)(?:n'?t)? (?:\w+ )?(?:time|capacity|budget|room|money|people|staff|"
    r"headcount|bandwidth|resources?|space|stock|slots?)\b"
)
# the speaker's side telling its own needs or likes is no denial of their account ("We dont
# care much for campfires", "We currently don't have enough for our trip"; rule 63)
_OWN_STATE = caseless(
    r"(?:n'?t|\bnot|\bnever)\s+(?:\w+ly |really |even |much )?(?:care|have|need|want|like|mind|"
    r"use|plan|expect|prefer|eat|drink|enjoy)\b"
)
_SECOND_PERSON = caseless(r"\b(?:you|your|yours|yourself|you're|you've|you'd|you'll)\b")
_GOES_ON = caseless(r"\b(?:but|because|since|so|though|although|unless|if|until|yet|as)\b|[;:,]")
# their line reports what was done to them or by the speaker's side: "You reverted my edit",
# "Your technician botched the repair", "Everyone here is piling on me"
_REPORTS = caseless(r"\b(?:you|your|you've|you're|i|me|my|i'm|i've)\b")


def overrules_them(text: str, partner: str) -> bool:
    """Rule 43: an opener that tells them their feeling is wrong, not answering thanks or an
    apology and not going on to an offer of the speaker's."""
    m = OVERRULING.search(text)
    if m is None or text.rstrip().endswith("?"):
        return False
    if _THANKS_OR_SORRY.search(partner):
        return False
    rest = text[m.end() :]
    return OFFERS.search(rest.lstrip(" ,.!-")) is None and not re.search(
        r"\b(?:i'll|i will|let me|happy to|i can)\b", rest, re.IGNORECASE
    )


# Rule 58: the denial also costs collaboration (in cue units): it puts the speaker's side
# across the table from their account.
DENIAL_UNITS = -0.8
DENIAL_REASON = "denied their account"


def denies_their_account(text: str, partner: str) -> bool:
    """Rule 44: a short, unexplained denial by the speaker's side of what they reported."""
    stripped = text.strip()
    if not partner or stripped.endswith("?") or len(stripped.split()) > DENIAL_WORDS:
        return False
    if DENIAL.search(stripped) is None or _NEGATED.search(stripped) is None:
        return False
    if _SECOND_PERSON.search(stripped) or _GOES_ON.search(stripped.rstrip(".!")):
        return False
    if _CONSTRAINT.search(stripped) or _OWN_STATE.search(stripped):
        return False
    return partner.rstrip().endswith("?") is False and _REPORTS.search(partner) is not None
