"""Acts whose wording is unmistakable (English), named by the semantic scorer when the encoder
found no act in a sentence, only a faint one, a costly one without a clear margin, or one a
question cannot perform (sentences.py): restating, trades, concessions, proposals, offers of
help, advice (the righting reflex), exclamations over what happened to them and curious
questions. The first pattern that matches names the act."""

from __future__ import annotations

import re

from roleplay.scoring.branches import top_level
from roleplay.scoring.claims import WANT_PATTERN
from roleplay.scoring.wording import EXCLAIMED

# Acts whose wording is unmistakable, used when the encoder found no act in the sentence.
# A remedy already done after owning the mistake (rule 38): "My mistake, it's back up", "Fair,
# I've reinstated it", "You're right - I've reopened the pull request". It answers their complaint.
REMEDY_DONE = re.compile(
    r"^\W*(?:(?:my (?:mistake|bad|fault)|sorry|fair(?: enough| point)?|you're right|you are "
    r"right|good (?:point|catch)|oops)\W+(?:and )?)?(?:(?:it's|it is|that's|that is|your "
    r"\w+(?: is|'s)) (?:now )?(?:back up|back online|back|restored|reinstated|reopened|"
    r"unlocked|live again|up again)|i(?:'ve| have) (?:now |just |already )?(?:reinstated|"
    r"restored|reopened|unlocked|unbanned|refunded|undone|reverted|put (?:it|that|them|your "
    r"\w+) back))\b[^?]*$",
    re.I,
)

CUE_ACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        # restating what they said ("It sounds like Friday is tight", "So what I'm hearing is
        # ..."), not agreement ("Sounds like a plan")
        "reflection",
        re.compile(
            r"^\W*(?:so,? |and |ok(?:ay)?,? )?(?:it (?:sounds|seems|looks) like|sounds like|"
            r"it seems (?:that )?|what i'm hearing|what i hear|if i've got (?:this|that|it) right|"
            r"if i understand (?:you )?(?:correctly|right)|(?:so )?you're saying|"
            r"in other words|so (?:the|it's|it is) (?:\w+ ){0,4}?(?:is )?what (?:really |actually )?"
            r"matters|so what (?:really |actually )?matters)\b(?!\s+(?:a (?:plan|deal|good|great|fair)|fun|good|great|fine))",
            re.I,
        ),
    ),
    (
        "trade",
        re.compile(r"^\W*if (?:you|your \w+) .{3,80}?,? (?:i|we)(?:'ll| will| can| could)\b", re.I),
    ),
    (
        # agreeing to their version on a condition ("I'm happy to go with the newer census if we
        # footnote the old one")
        "trade",
        re.compile(
            r"^\W*(?:i'?m|i am|i'?d be|i would be) (?:happy|glad|fine|ok|okay|willing|content) "
            r"(?:to|with) [^?]{3,80}?\b(?:if|as long as|provided|so long as)\b[^?]*$",
            re.I,
        ),
    ),
    (
        # going with their version ("I'm fine with the newer figure", "Happy to go with yours")
        "concession",
        re.compile(
            r"^\W*(?:fine by me|(?:(?:i'?m|i am|i'?d be|i would be) )?(?:happy|glad|fine|ok|okay|"
            r"willing|content) (?:to go with|to use|to accept|to keep|to drop|to switch to|to "
            r"leave|with (?:that|yours|your|the newer|the new|it|this)))\b[^?]*$",
            re.I,
        ),
    ),
    (
        # both sides of an exchange named in a statement ("Here's a trade: my team loads the
        # contacts, and in return the admin screens wait")
        "trade",
        re.compile(
            r"^(?=[^?]*$)(?:\W*(?:here's|here is) (?:a|my) (?:trade|swap)\b|[^?]{10,}\bin "
            r"(?:return|exchange)\b)",
            re.I,
        ),
    ),
    (
        # an option put to them as a question ("Would a link to your repo in the credits work
        # for you?", "Does Thursday afternoon suit you?"); "Would that work for you?" after an
        # offer asks about it, it proposes nothing new
        "proposal",
        re.compile(
            r"^\W*(?:so,? |and |then,? )?(?:would|could|does|do|will|might) (?:a|an|the|something "
            r"like|[a-z]+day)\b[^?]{0,80}\b(?:work|suit|help)(?: (?:for )?you| for "
            r"your \w+| better)?\b[^?]*\?\s*$",
            re.I,
        ),
    ),
    (
        "proposal",
        re.compile(
            # "We could really use a second nurse" wants one: no proposal (rule 93)
            r"^\W*(?!" + WANT_PATTERN + ")"
            r"(?:so,? |maybe |perhaps |then,? |and |ok(?:ay)?,? )?(?:what if we|how about(?! you\b)|"
            r"could we|can we|we could|we might|maybe we|shall we|let's (?:try|split|phase|pilot|"
            r"start|move|keep|offer|run|ask|go|aim|make|put|take|bring|meet|agree|set|book|plan|"
            r"schedule|show|walk|sit down|draft|write))\b",
            re.I,
        ),
    ),
    (
        "offer_help",
        re.compile(
            r"^\W*(?:(?:yes|sure|ok|okay|right),? )?"
            # "I could (really) use the water" wants it: a claim, no offer (rule 93)
            r"(?!" + WANT_PATTERN + ")"
            r"(?:(?:i can|i could|i'll|i will|let me|"
            r"could i(?! ask\b)|shall i|can i(?! take\b| ask\b)) (?!not\b|never\b|have\b|get\b|keep\b|"
            # "I'll try" and "I'll add that ..." hedge or speak; "I'll try it again", "I'll add a
            # note" act on the thing (rule 77)
            r"think\b|see\b|know\b|wait\b|try\b(?!\s+(?:it|this|that|them|the|your|a|an|again)\b)|"
            r"consider\b|sleep\b|mull\b|guess\b|need\b|want\b|"
            r"understand\b|imagine\b|relate\b|appreciate\b|agree\b|accept\b|tell\b|hear\b|only\b|"
            r"ask\b|say\b|be\b|point\b|add\b(?!\s+(?:a|an|the|your|it|them|those|these|some)\b)|"
            r"just\b|also\b|feel\b|believe\b|respect\b)\w+|"
            r"(?:i'll|i will) get (?:it|this|that|the|them|you|your)\b|(?:happy|glad) to (?!hear\b)\w+|"
            r"(?:i'd|i would) (?:like|love|be glad|be happy) to (?:come|help|join|sit in|walk|go|take|"
            r"present|talk to|call|meet|tell|explain|cover|handle|pick|draft|write|set up|run|show|"
            r"bring|book|pair)\b|"
            r"(?:my|our) (?:team|people|engineers|developers|staff|folks|crew|group|analysts) "
            r"(?:can|could|will|'ll) (?!not\b|never\b|be\b|have\b)\w+|"
            r"you(?:'ll| will) (?:have|get|receive|hear from me)\b(?! nothing| no\b)|"
            # an offer put to them as a choice (rule 38): "Would you like me to come over, or
            # ...?", "Do you want me to call them?", "Want me to read the letter with you?"
            r"(?:would|do) you (?:like|want) me to (?!leave\b|go away\b|stop\b)\w+|want me to \w+)",
            re.I,
        ),
    ),
    ("concession", REMEDY_DONE),  # "My mistake, it's back up" (rule 38)
    (
        # the righting reflex: a statement that opens with an instruction ("Take the phone away
        # at nine", "Just ignore it", "Try a family contract"), not an invitation ("Tell me
        # more"), a wish ("Take care") or a proposal ("Let's ...")
        "advice",
        re.compile(
            r"^\W*(?:(?:it|that) (?:might|may|could|would|will|can) (?:really )?help (?:you )?to "
            r"\w+|(?:perhaps|maybe) you (?:could|can|should|might) (?:try|consider)|i(?:'d| would)? "
            r"(?:strongly )?(?:recommend|suggest)\b)[^?]*$|"
            r"^\W*(?:just |maybe |perhaps |honestly,? |then )?(?:take|try|make|set|book|block|"
            r"register|call|talk|stop|get|put|write|join|download|update|find|ignore|cut|quit|"
            r"delete|sign|apply|speak|start|use|buy|avoid|consider|read|go|tell|give|drink|eat|"
            r"sleep|move|leave|forget|focus|remember|limit|switch|see)\b"
            r"(?! (?:me|us|care|you|it easy|ahead|a look at what you)\b)[^?]*$",
            re.I,
        ),
    ),
    ("validation", EXCLAIMED),  # "What a terrifying call to get" (wording.py)
    (
        "curious_question",
        re.compile(
            r"^\W*(?:[^,?]{0,40}(?:,| -| \u2013| \u2014|:) )?(?:so |and |but )?"
            r"(?:(?:can|could|may) i ask(?: you)?,? )?(?:what|which|how|where|when|who)\b"
            r"[^?]{2,120}\?\s*$",
            re.I,
        ),
    ),
    (
        # a clarifying yes/no or either/or question ("Before I commit, is the board after the
        # annual number or this quarter?"), not a rhetorical or loaded one
        "curious_question",
        re.compile(
            r"^\W*(?:[^,?]{0,40}(?:,| -| \u2013| \u2014|:) )?(?:is|are|do|does|did|would|will|has|"
            r"have|was|were|should)"
            r" (?:it|this|that|the|they|you|your|he|she|we|there|[a-z]+'s)\b"
            r"(?![^?]*\b(?:really|seriously|even|honestly|ever|kidding|stop|just)\b)"
            r"[^?]{2,120}\?\s*$",
            re.I,
        ),
    ),
)
# The acts above whose wording is a question: one alternative that ends on its question mark.
# A sentence without a question mark is tried against the others only (the same first match:
# these cannot match it).
_QUESTION_END = r"\?\s*$"
STATEMENT_CUE_ACTS = tuple(
    (name, pattern)
    for name, pattern in CUE_ACTS
    if not (pattern.pattern.endswith(_QUESTION_END) and len(top_level(pattern.pattern)) == 1)
)

# The wording of an offer to help ("I can ...", "I'll ...", "let me ..."): what the speaker
# commits to do (sentences.py, but_offer.py).
OFFERS = next(pattern for name, pattern in CUE_ACTS if name == "offer_help")
