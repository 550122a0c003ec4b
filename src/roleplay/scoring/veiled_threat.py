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
  reasons", "contributors who can't meet them tend not to last long", "members who argue with
  moderators find their accounts don't last long", "leads who complain rarely get trusted with
  the next project", "people who aren't willing to go the extra mile don't tend to go far
  here" (rule 62);
- driving people out: "that's the kind of decision that makes good people start job hunting";
- what pushing would make them look like: "pushing too hard on this can come across as
  entitled", "it might look disloyal", "it might not look great if you're seen as not committed
  to the company" (rule 62b);
- regret over their losing the speaker's business: "I'd hate for you to lose a client like us
  over a few percent" (rule 62b);
- regret over putting it on their record: "I'd hate to have to mention this in your review"
  (rule 89).

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
    # rule 89: the speaker putting it on their record ("I'd hate to have to mention this in your
    # review", "You wouldn't want me to flag it at your appraisal")
    r"\b(?:mention|raise|bring up|note|flag|include|record|document|write up|log|put) (?:this |it "
    rf"|that |them )?(?:in|on|at|during|into) your (?:\w+ )?{_STANDING}|"
    r"\b(?:start(?:ed|s)?|began|begin|begins) to (?:see|think of|treat|talk about) you\b|"
    r"\bsee you as\b)",
    re.IGNORECASE,
)
_REGRET_WORDS = ("shame", "pity", "unfortunate", "too bad", "sad", "hate", "want")
FATE = re.compile(
    r"\b(?:people|those|anyone|someone|leads|managers|staff|employees|contributors|members|"
    r"editors|users|tenants|folks|engineers|players|volunteers|team members|new starters|sellers|"
    r"buyers|posters|moderators)(?: \w+)? (?:who|that) \w+\b[^.?!]{0,80}?"
    r"\b(?:(?:tend not to|don't|do not|won't|will not|never|rarely|seldom|wouldn't) (?:last|stay|"
    r"survive)(?: (?:long|here|around))?|(?:tend to |usually |often |generally |soon |quickly )?"
    r"(?:get|are|get themselves) (?:noticed for the wrong|remembered for the wrong|passed over|left "
    r"behind|let go|replaced|moved on|shown the door|banned|blocked|flagged)|(?:rarely|never|don't|"
    r"do not|won't) (?:get|are) (?:trusted|picked|chosen|considered|promoted|asked back|invited "
    r"back|renewed)|(?:tend to |usually |often |generally )?find (?:themselves|their \w+) "
    r"(?:\w+ )?(?:out|elsewhere|looking|happier|without|gone|don't|do not|banned|removed|"
    r"closed|suspended)|end up (?:elsewhere|out|leaving|gone|looking|banned)|"
    # how far they get ("people who aren't willing to go the extra mile don't tend to go far
    # here", "those who push back rarely get far")
    # ... in this organisation: their standing, not their health ("People who don't rest
    # don't get far either" is no threat)
    r"(?:(?:tend not to|don't|do not|won't|will not|never|rarely|seldom|wouldn't|can't|cannot) "
    r"(?:tend to |usually |often |really )?(?:go|get|make it|move up) (?:very )?(?:far|anywhere|"
    r"ahead)|(?:tend to |usually |often )?(?:stall|plateau|stay stuck|go nowhere|get nowhere))"
    r" (?:here|around here|with us|(?:in|at) (?:this|the|our) (?:team|company|firm|"
    r"organi[sz]ation|business|department|office|place|industry|profession|club|group|"
    r"community|project)))\b",
    re.IGNORECASE,
)
_FATE_WORDS = (
    "last", "stay", "surviv", "noticed", "remembered", "passed over", "left behind", "let go",
    "replaced", "find", "end up", "moved on", "the door", "banned", "blocked", "flagged",
    "trusted", "picked", "chosen", "considered", "promoted", "back", "renewed", "far",
    "anywhere", "ahead", "stall", "plateau", "stuck", "nowhere",
)  # fmt: skip
# what their pushing would make them look like ("pushing too hard on this can come across as
# entitled", "it might look disloyal")
LOOKS_BAD = re.compile(
    r"\b(?:can|could|might|may|will|would) (?:easily |quickly )?(?:come across|look|be seen|be read|"
    r"be taken|read|come off) (?:as )?(?:a bit |rather |quite |very )?(?:entitled|pushy|difficult|"
    r"aggressive|unprofessional|disloyal|ungrateful|demanding|confrontational|hostile|selfish|"
    r"petty|negative|not a team player|like a troublemaker|like you're not committed)\b",
    re.IGNORECASE,
)
_LOOKS_WORDS = ("come across", "look", "seen", "read", "taken", "come off")
DRIVES_OUT = re.compile(
    r"\b(?:makes?|made|drives?|drove|pushes|pushed) (?:good |talented |the best |strong |great )?"
    r"(?:people|staff|engineers|employees|nurses|teachers|members) (?:\w+ )?(?:start )?(?:job "
    r"hunting|looking (?:elsewhere|around)|leave|quit|walk|update their cvs?|hand in their notice)\b",
    re.IGNORECASE,
)
# rule 62b: regret over their losing the speaker's business ("I'd hate for you to lose a client
# like us over a few percent") and how it would look if others saw them so ("it might not look
# great if you're seen as not committed to the company")
LOSS = re.compile(
    r"\b(?:(?:i|we)(?:'d| would) hate (?:for you to|to see you|for your \w+ to)|it(?:'d| would) "
    r"be a (?:shame|pity) (?:for you to|if you)|you (?:wouldn't|would not|don't|do not) want to)"
    r"(?: \w+){0,2}? lose (?:a |an |the |your |our )?(?:\w+ )?(?:client|customer|contract|account|"
    r"business|deal|partner|us|me|this)\b",
    re.IGNORECASE,
)
SEEN_AS = re.compile(
    r"\b(?:(?:not|n't) look (?:\w+ )?(?:great|good|ideal)|look (?:bad|poor|awkward))\b[^.?!]{0,30}"
    r"\b(?:if|when) (?:you(?:'re| are| were)?|people) (?:\w+ )?(?:seen|viewed|thought of|perceived|"
    r"see you|think of you)\b",
    re.IGNORECASE,
)
_RULE_62B_WORDS = ("lose", "look")
# a commitment to protect them in the same sentence ("..., so I'll write to your manager")
_PROTECTS = re.compile(
    r"\b(?:i'll|i will|we'll|we will|let's|let me|i can|we can|i'd like to help)\b",
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
        or (any(w in lower for w in _LOOKS_WORDS) and LOOKS_BAD.search(lower) is not None)
        or (
            any(w in lower for w in _RULE_62B_WORDS)
            and (LOSS.search(lower) is not None or SEEN_AS.search(lower) is not None)
        )
    )
    return found and _PROTECTS.search(lower) is None
