"""A veiled threat is a threat (docs/scoring.md rule 34; English wording).

The encoder places "It would be a shame if your review suffered" next to sympathy ("It would be a
shame to miss the dinner") and "leads who can't deliver tend to get noticed for the wrong reasons"
next to a general remark, so warm words around them ("I hear you, I understand, I appreciate it.")
earned full credit. Three forms say what will happen to them without saying who will do it:

- regret over a harm to their standing, put as a condition: "It would be a shame / a pity /
  unfortunate if your review suffered", "It'd be a pity if people started to see you as not a
  team player", "I'd hate for your contract renewal to be affected", "You wouldn't want this to
  come up in your appraisal";
- the fate of people like them: "leads who can't deliver tend to get noticed for the wrong
  reasons", "contributors who can't meet them tend not to last long", "people who push back
  don't last long here";
- driving people out: "that's the kind of decision that makes good people start job hunting".

Not a commitment to protect them in the same sentence ("It would be a shame if your review
suffered, so I'll write to your manager"), nor a harm to their health or plans ("I'd hate for you
to burn out", "It would be a shame to miss the dinner"). Each form is checked only when its
literal words are in the sentence.
"""

from __future__ import annotations

import re

# what the speaker could take from them: their standing at work, in a group, in a tenancy
_STANDING = (
    r"(?:review|appraisal|rating|reputation|career|job|position|role|bonus|promotion|contract|"
    r"renewal|reference|record|membership|standing|prospects|future here|tenancy|lease|visa|"
    r"place (?:on|in) the|seat|access|account|privileges|status|name)"
)
_HARMED = (
    r"(?:suffer(?:ed|s)?|took a hit|takes? a hit|(?:was|were|is|be|got|get|being) (?:affected|"
    r"reconsidered|revoked|cancelled|terminated|hurt|damaged|flagged|reviewed|not renewed|"
    r"withdrawn|in question))"
)
# the harm: their standing harmed ("your review suffered", "your contract renewal to be
# affected"), something coming up in it ("this came up in your appraisal") or others' view of
# them turning ("people started to see you as ...")
REGRET = re.compile(
    r"\b(?:(?:it|that|this)(?:'d| would)? be (?:a (?:real |great |terrible )?(?:shame|pity)|"
    r"(?:very |really |most )?(?:unfortunate|too bad|sad)) (?:if|for|to see|when)|(?:i|we)(?:'d| "
    r"would) hate (?:for|to see|to have)|you (?:wouldn't|would not|don't|do not) want)\b"
    rf"[^.?!]{{0,60}}?(?:\byour (?:\w+ )?{_STANDING}(?: \w+){{0,3}}? {_HARMED}|"
    rf"\b(?:came|come|comes|coming) up (?:in|at|during) your (?:\w+ )?{_STANDING}|"
    r"\b(?:start(?:ed|s)?|began|begin|begins) to (?:see|think of|treat|talk about) you\b|"
    r"\bsee you as\b)",
    re.IGNORECASE,
)
_REGRET_WORDS = ("shame", "pity", "unfortunate", "too bad", "sad", "hate", "want")
FATE = re.compile(
    r"\b(?:people|those|anyone|someone|leads|managers|staff|employees|contributors|members|"
    r"editors|users|tenants|folks|engineers|players|volunteers|team members|new starters)"
    r"(?: \w+)? (?:who|that) (?:can't|cannot|don't|do not|won't|will not|refuse|aren't|are not|"
    r"keep|fail|push back|complain|make trouble|rock the boat|ignore)\b[^.?!]{0,80}?"
    r"\b(?:(?:tend (?:not )?to|usually|often|generally|don't|do not|won't|never|rarely|soon|"
    r"quickly) )?(?:last(?: long)?|stay(?: long)?|get noticed|are noticed|get remembered|"
    r"are remembered|get passed over|are passed over|get left behind|are left behind|get let go|"
    r"are let go|get replaced|are replaced|find themselves|end up (?:elsewhere|out|leaving|gone|"
    r"looking)|get moved on|are moved on|get a reputation|get shown the door|are shown the door)\b",
    re.IGNORECASE,
)
_FATE_WORDS = (
    "last", "stay", "noticed", "remembered", "passed over", "left behind", "let go", "replaced",
    "find themselves", "end up", "moved on", "reputation", "the door",
)  # fmt: skip
DRIVES_OUT = re.compile(
    r"\b(?:makes?|made|drives?|drove|pushes|pushed) (?:good |talented |the best |strong |great )?"
    r"(?:people|staff|engineers|employees|nurses|teachers|members) (?:\w+ )?(?:start )?(?:job "
    r"hunting|looking (?:elsewhere|around)|leave|quit|walk|update their cvs?|hand in their notice)\b",
    re.IGNORECASE,
)
# a commitment to protect them in the same sentence ("..., so I'll write to your manager")
_PROTECTS = re.compile(
    r"\b(?:i'll|i will|we'll|we will|let's|let me|i can|we can|i'd like to help|so we|so i)\b",
    re.IGNORECASE,
)


def veiled_threat(text: str) -> bool:
    """The sentence threatens them without saying who will act (see the module's docstring)."""
    lower = text.lower()
    found = (
        (any(w in lower for w in _REGRET_WORDS) and REGRET.search(lower) is not None)
        or (any(w in lower for w in _FATE_WORDS) and FATE.search(lower) is not None)
        or ("people" in lower or "staff" in lower or "members" in lower or "engineers" in lower)
        and DRIVES_OUT.search(lower) is not None
    )
    return found and _PROTECTS.search(lower) is None
