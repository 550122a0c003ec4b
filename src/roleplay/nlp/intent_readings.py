"""Readings of what a sentence does that its words alone do not tell: who is made to act,
whether a question asks or accuses, and whether a statement owns a mistake.

The intent encoder hears which words a sentence uses, not their order nor who does what, so
"You'll have to update the rota yourself" sits beside "I'll update the rota tonight", "Why are
you only asking me now?" beside "What do you need from me?", and "I should have kept the method
out of the room" beside an excuse about the room. Each reading below is a mood
(:mod:`.intent_similarity`) that counts against examples which do something else:

* **a demand** (``demands``): the other person, or someone other than the speaker, is told
  they must act ("You'll have to talk to Marcus yourself", "Your VP needs to know", "Someone
  ought to write a checklist"), and the speaker makes no move of their own in it (no "I",
  "we", "let's"). It is not the speaker's move, so it counts against examples in which the
  speaker acts (``speaks``: "I'll update the rota", "Leave it with me", "Let's phase it"), and
  not against examples that tell the other person to act ("You'll need someone else for
  those shifts" still refuses by redirection).
* **an accusation** (``accuses``): a question that reproaches rather than asks ("Why are you
  only asking me now?", "Why didn't you tell us earlier?", "How could you miss that?", "What do
  you want me to say?"): it counts against questions that ask, and they against it, so it
  matches an intent whose examples accuse, not one whose examples ask.
* **owning a mistake** (``owns``): regret or an admission by the speaker ("I should have ...",
  "That's on me", "my mistake", "I got that wrong"), not an apology alone ("Sorry, but ...").
  It counts a little against examples that own nothing, so "I should have kept the method out
  of the room" goes to owning it rather than to an excuse that names the same room.
* **a condition on someone else's yes** (``defers``): "40% might work if finance agrees", "We
  could host in the US once legal signs it off" make no move yet (someone other than the
  speaker and the person spoken to must agree first: "if you agree to three years" is a trade
  and stays a statement). It counts against every example that is not such a condition too.
* **saying no** (``refuses``): a negative statement that refuses ("I can't sign that", "We
  don't go over the cap", "That discount isn't going to happen", "Not a chance"), not one that
  only holds a negation (a doubt: "I'm not sure the cap applies"; a fact: "Their logins aren't
  the slow part"; a hedge: "I can't promise all of them"). It and a plain statement count a
  little against each other, so a doubt about the rule does not hold the rule.
"""

from __future__ import annotations

import re

from .memo import reading
from .negation import _IDIOM, is_negative
from .word_gates import gate, required_words


def substrings(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``words`` as a plain substring (of lowered text): the
    cheap first check of a reading, one C-level search instead of a loop over the words."""
    return re.compile("|".join(re.escape(w) for w in words))


_FIRST_PERSON = re.compile(
    r"\b(?:i|i['’](?:ll|m|d|ve)|we|we['’](?:ll|re|d|ve)|let['’]?s|let me|let us)\b",
    re.I,
)
# the speaker takes on a move: "I'll", "we can", "I could", "let's", "let me", or an imperative
# that puts it on them ("Leave it with me", "Put me on the rota")
_SPEAKER = re.compile(
    r"\b(?:(?:i|we)(?:['’](?:ll|d)| will| shall| can| could| would| am going to| are going to"
    r"|['’]m going to|['’]re going to| am happy to|['’]m happy to| (?:just |also )?need to)"
    # ... or puts the speaker's own people on it ("My team will build it", "Our people can
    # cover the checkout side")
    r"|(?:my|our) (?:\w+ ){0,2}?(?:team|people|engineers|developers|staff|group|department"
    r"|crew|folks|side)s? (?:will|can|could|would|['’]ll|is going to|are going to)"
    r"|let['’]?s|let (?:me|us)|(?:with|to|on|for) (?:me|us)\b(?! to\b)|(?:put|count|leave|give) (?:me|us)"
    r"|you have my|you['’]ve got my"
    # ... or puts on them only the receiving of it: "Expect the options from me by Friday",
    # "You'll have it by Thursday", "Consider it done"
    r"|(?:expect|you(?:['’]ll| will) (?:have|get|hear|see))\b[^.?!;]*\bfrom (?:me|us)"
    r"|consider it (?:done|sorted|handled|dealt with)"
    r"|you(?:['’]ll| will) (?:have|get|see) (?:it|them|that|this|those|these|the|a|an|my|our)\b[^.?!;]*"
    r"\b(?:by|before|tonight|today|tomorrow|first thing|this afternoon|this evening)"
    r"|expect (?:it|them|that|this|those|these|the|a|an|my|our)\b[^.?!;]*"
    r"\b(?:by|before|tonight|today|tomorrow|first thing|this afternoon|this evening))\b",
    re.I,
)
# Someone other than the speaker as the subject: you, your people, they, a third person.
_OTHER = (
    r"(?:you|your (?:\w+ ){0,2}?(?:team|people|side|manager|boss|lead|vp|director|department"
    r"|group|engineers|developers|staff|folks|company|org|organi[sz]ation|owner|architect"
    r"|customer|client|partner|vendor|chef|nurse|doctor|colleague|deputy|assistant|supervisor"
    r"|contractor|agent|landlord|builder|crew|staff)s?"
    r"|(?:someone|somebody|anyone|anybody) else|they|he|she|someone|somebody|anyone|anybody"
    r"|everyone|everybody|whoever \w+)"
)
# Feelings a guess names ("You must be exhausted"): with "must be" they tell a guess from an
# obligation ("You must be at the review by nine").
_FEELINGS = (
    "exhausted", "tired", "drained", "frustrated", "furious", "livid", "gutted", "worried",
    "stressed", "fed up", "sick of", "upset", "angry", "annoyed", "disappointed", "embarrassed",
    "mortified", "humiliated", "anxious", "nervous", "scared", "afraid", "overwhelmed",
    "relieved", "hurt", "sore", "exposed", "blindsided", "shaken", "devastated", "crushed",
    "under (?:a lot of |huge |real )?pressure", "under the gun", "worn out", "at the end of",
    "sick with worry", "beside yourself", "heartbroken", "lonely", "confused", "torn",
    "let down", "awful", "terrible", "horrible", "rotten", "powerless", "ignored", "overlooked",
    "undervalued", "betrayed", "sick", "on edge",
)  # fmt: skip
# A guess at how they felt ("You must have felt exposed", "You must be exhausted", "Your team
# must have been blindsided"): the "must" of a guess, not of an obligation. A reflection
# (:func:`.intent_similarity.mood`), and no demand.
GUESS = (
    r"^\W*(?:(?:so|and|ok|okay|right|i see|wow|gosh|god|oh)\W+)?(?:you|your \w+(?: \w+)?|they"
    r"|he|she) must(?:(?: have|['’]ve) (?:been|felt|had)| feel| be (?:\w+ )?(?:feeling|"
    + "|".join(_FEELINGS)
    + r"))\b"
)
_GUESS = re.compile(GUESS, re.I)
_OBLIGED = (
    r"(?:['’]ll|\s+will|\s+would|\s+just|\s+really|\s+still|\s+also|\s+simply)*\s*"
    # "must" of a guess is no obligation: "You must have felt exposed", "They must be tired"
    r"(?:have to|has to|need to|needs to|must(?! (?:have|['’]ve) (?:been|felt|had|\w+ed)\b)(?!['’]ve)"
    r"|should|ought to|['’]ve got to|have got to"
    r"|has got to|['’]d better|had better|(?:are|is|['’]re|['’]s) going to have to)\b"
)
_DEMAND = re.compile(
    r"^\W*(?:(?:so|and|then|well|ok|okay|honestly|look|sorry|no|frankly)\W+)*" + _OTHER + _OBLIGED,
    re.I,
)

_REPROACH = (
    r"\b(?:even|always|only|keep|keeps|kept|again|so late|last minute|first place|on earth"
    r"|anyway|get to|gets to|without (?:asking|telling|checking|consulting)|such a fuss"
    r"|complain|complaining|moaning|whining|fussing"
    r"|my problem|our problem)\b"
)
_ACCUSING = re.compile(
    r"^\W*(?:(?:so|and|but|then|well|honestly|seriously|really)\W+)*(?:"
    # a past failure put to them: "Why didn't you ...", "Why hasn't anyone ..."
    r"why (?:didn['’]t|did not|haven['’]t|have not|hasn['’]t|has not|wasn['’]t|weren['’]t"
    r"|can['’]t|cannot|won['’]t|couldn['’]t) (?:you|anyone|anybody|nobody|your|they)\b"
    # a why-question with a word of reproach: "Why are you only asking me now?"
    r"|why\b[^?]*" + _REPROACH + r"|how (?:could|can|dare) you\b"
    r"|what (?:do|did) you (?:want|expect) (?:me|us) to\b"
    r"|who (?:came up with|decided|thought|said)\b[^?]*\bwithout\b"
    r")",
    re.I,
)

_OWNS = re.compile(
    r"\b(?:i|we) should(?: not|n['’]t)? have\b"
    r"(?! been (?:told|given|warned|informed|asked|consulted|included|involved|kept)\b)"
    r"|\b(?:i|we) (?:could|ought to) have (?:done|handled|said|told|checked|flagged|caught)\b"
    r"|\b(?:my|our) (?:fault|mistake|bad|error|failure|call, and)\b"
    r"|\b(?:that|this|it)(?:['’]s| is| was) on (?:me|us)\b"
    r"|\b(?:i|we) (?:was|were) wrong\b|\b(?:i|we) take (?:full )?responsibility\b"
    r"|\bi own (?:it|that|this)\b|\bwas a mistake\b|\b(?:i|we) (?:messed|screwed) (?:it |that |this )?up\b"
    r"|\b(?:i|we) dropped the ball\b|\b(?:i|we) got (?:it|that|this) wrong\b"
    r"|\bi apologi[sz]e\b",
    re.I,
)


# The other side's people do the work ("Your other teams could build it this quarter", "It's
# your API, so your team builds all of it"): not the speaker's move either. Not what they are
# given ("Your team can have two of my engineers" offers).
_THEIRS = (
    r"your (?:other |own )?(?:\w+ ){0,2}?(?:team|people|side|manager|boss|lead|vp|director"
    r"|department|group|engineers|developers|staff|folks|company|org|organi[sz]ation|owner"
    r"|architect|customer|client|partner|vendor)s?|(?:the |some )?other teams?"
)
_THEY_ACT = re.compile(
    r"(?:^\W*(?:(?:so|and|then|well|honestly|look|frankly)\W+)*|[,;]\s*(?:so|and|then)\s+)(?:"
    + _THEIRS
    + r")\s+(?:(?:could|can|will|['’]ll|might|may|should)\s+(?!(?:have|get|keep|take|receive"
    r"|borrow|use)\b)\w+|(?!(?:is|has|was|does|gets|needs|wants|says|thinks|knows|feels)\b)"
    r"[a-z]+s\b)",
    re.I,
)


# What someone other than the speaker should have done ("The agent should have flagged it
# sooner", "Sales ought to have asked first"): blame laid on a third party, an obligation
# like a demand, never the speaker owning it ("I should have ..." owns, read first).
_OWED = re.compile(
    r"^\W*(?:(?:so|and|well|honestly|frankly|look|really)\W+)*(?!(?:i|we|it|that|this|there"
    r"|what|which|who)\b)(?:(?!(?:i|we|let)\b)[\w-]+['’]?s?\s+){1,4}?(?:should|ought to)"
    r"(?:n['’]t| not)? have\b",
    re.IGNORECASE,
)


_I_OR_WE = re.compile(r"\b(?:i|we)\b", re.IGNORECASE)


def demands(text: str) -> bool:
    """Someone other than the speaker is told they must act, or their side is the one that does
    the work, or should have done it, and the speaker makes no move."""
    lowered = text.lower()
    if "must" in lowered and _GUESS.match(text) is not None:  # "You must have felt exposed"
        return False
    if " have" in lowered and _OWED.match(text) is not None:
        # the speaker as a subject ("..., and I'll fix it now"); not "let me" in what they
        # should have done ("Martin should have let me finish")
        return _I_OR_WE.search(text) is None
    if _DEMAND.match(text) is None:
        # most sentences name neither: no search then
        if not ("your " in lowered or "other team" in lowered) or _THEY_ACT.search(text) is None:
            return False
    return _FIRST_PERSON.search(text) is None


def speaks(text: str) -> bool:
    """The speaker takes a move on themselves (I'll, we can, let's, leave it with me)."""
    return _SPEAKER.search(text) is not None


def accuses(text: str) -> bool:
    """A question that reproaches rather than asks."""
    return _ACCUSING.match(text) is not None


_DISOWNED = re.compile(r"(?:\bnot|\bno|n['’]t)\W+(?:\w+\W+)?$", re.I)  # "It's not my fault"


# every form of _OWNS holds one of these (checked first: most sentences hold none)
_OWNING_WORDS = (
    "should", "could", "ought", "fault", "mistake", "bad", "error", "failure", "call, and",
    " on ", "wrong", "responsib", "own ", "messed", "screwed", "ball", "apologi",
)  # fmt: skip


def owns(text: str) -> bool:
    """The speaker owns a mistake: regret or an admission, not an apology alone, and not a
    denial ("It's not my fault")."""
    lowered = text.lower()
    if not _OWNING_WORDS_FOUND.search(lowered):
        return False
    return any(
        _DISOWNED.search(text, max(0, m.start() - 12), m.start()) is None
        for m in _OWNS.finditer(text)
    )


# Who acts, when it is neither the speaker nor the person spoken to: a role or a department
# (read by .intent_their_promise too)
ROLE = (
    r"(?:manager|boss|lead|director|vp|cto|ceo|cfo|coo|cio|head|owner|pm|supervisor|chef"
    r"|nurse|matron|doctor|gp|pharmacist|consultant|surgeon|colleague|deputy|assistant"
    r"|contractor|subcontractor|builder|architect|planner|engineer|developer|designer|vendor"
    r"|supplier|client|customer|buyer|agent|agency|landlord|tenant|lawyer|solicitor|auditor|inspector"
    r"|officer|council|board|committee|admin|administrator|coordinator|rep|representative"
    r"|dpo|analyst|accountant|recruiter|partner|provider|investor|sponsor|chair"
    r"|principal|teacher|secretary|receptionist|porter|technician|foreman|surveyor|clerk)s?"
)
DEPARTMENT = (
    r"(?:legal|finance|procurement|hr|security|compliance|management|leadership|accounts"
    r"|payroll|ops|operations|marketing|sales|support|facilities|purchasing|qa)"
)
# A move made to wait on someone else's yes: "40% might work if finance agrees", "We could host
# in the US once legal signs it off", "A shared login might be OK if risk management agrees".
_DEFERS = re.compile(
    r"\b(?:if|once|provided|providing|as long as|assuming|when|pending|subject to)\s+"
    r"(?!(?:i|we|you|i['’]m|we['’]re|you['’]re)\b)(?:[\w'’-]+\s+){0,5}?"
    r"(?:agrees?|approves?|signs?(?: it| that| this)? off|okays?|oks?|says? yes"
    # ... or tells them to: "Sara will update the matrix if the owner asks her to"
    r"|(?:asks?|tells?|lets?) (?:him|her|them|me|us)(?: to)?"
    r"|gives? (?:the|us|me|it)"
    r"(?: the)? (?:go-ahead|green light|nod|ok|okay)|clears? it|is (?:ok|okay|fine) with it"
    r"|approval|sign-off|agreement)\b"
    # ... or on a third party's act: "We'll build it if the CTO drops the migration", "once the
    # vendor ships the patch", "if finance finds the money"
    r"|\b(?:if|once|as soon as|provided|providing|as long as|assuming|pending)\s+(?:(?:the|my"
    r"|your|their|his|her|another|the other)\s+(?:[\w'’-]+\s+){0,2}?"
    + ROLE
    + r"|"
    + DEPARTMENT
    + r")\s+(?!(?:is|are|was|were|has|have|had|does|do|did|isn['’]t|aren['’]t)\b)[a-z]+s?\b",
    re.I,
)


_DEFERS_WORDS = (
    "if ",
    "once",
    "provid",
    "as long as",
    "assuming",
    "when ",
    "pending",
    "subject to",
    "as soon as",
)


# A move put off until the speaker has checked: "Let me look at the login logs", "Let me think
# it over", "I'll need to check with finance", "We'll look into it and get back to you". Not a
# check promised by a time ("I'll look into it and get back to you by Friday" commits). Read in
# replies only (:func:`.intent_reply_moods.part_mood`): the bank of ordinary talk holds such
# checks, and reading them there too moved the thresholds.
_WHAT_WAS_SAID = r"(?:all )?(?:this|that|it|what you(?:['’]ve| have)? (?:said|told me))"
# taking in what was said ("process this", "take it all in"; not "take it in the next sprint")
_TAKE_IN = (
    r"(?:(?:process|digest|absorb|take in) " + _WHAT_WAS_SAID
    + r"|take " + _WHAT_WAS_SAID + r" in(?![ \t]*\w))"
)  # fmt: skip
_CHECKS = re.compile(
    r"^\W*(?:(?:ok|okay|well|hm+|right|sure|fine|so|first|honestly)\W+)*(?:"
    r"let (?:me|us)|let['’]s|(?:i|we)(?:['’]ll| will)(?: (?:need|have) to)?|(?:i|we)(?:['’]d| would) like to"
    r"|(?:i|we) (?:need|have|want) to|(?:i|we)(?:['’]ve| have) got to|give me (?:a|some|until)\b[^.?!]*?to)"
    r"\s+(?:(?:first|just|quickly)\s+)?(?:look (?:at|into|over)|check|double-check|think (?:about|it|that|this)"
    r"|take a (?:look|closer look)|review|sleep on|run (?:it|this|that) (?:by|past)|mull|consider"
    r"|talk (?:to|with) \w+ (?:first|about it)|check with|dig into"
    # ... or asking someone else first ("I'll ask the landlord whether he'd consider a rent
    # cut", "Let me ask my manager if we can"): the move waits on their answer; not asking the
    # person spoken to ("I want to ask you if you'd stay" is a question to them)
    r"|ask (?!you\b)(?:\w+ ){1,3}(?:whether|if)"
    # ... or time to take in what was said ("I need a minute to process this", "Give me a
    # second to get my head around it", "Let me gather my thoughts"): no move yet
    r"|" + _TAKE_IN + r"|get my head (?:a)?round|(?:gather|collect|sort) my thoughts)\b"
    r"|^\W*(?:(?:ok|okay|well|hm+|right|sure|so|honestly)\W+)*(?:i|we)(?:['’]ll)? (?:need|want)"
    r" (?:(?:a|one) (?:minute|moment|second|sec)|(?:some )?(?:time|space))"
    r" (?:to|for) (?:" + _TAKE_IN + r"|think|reflect|get my head (?:a)?round)\b",
    re.IGNORECASE,
)
_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_BY_A_TIME = re.compile(
    r"\b(?:by|before|until|on|next|this|every) (?:\w+ )?(?:" + _DAY + r"|tomorrow|tonight|noon"
    r"|lunch|end of|eod|the \d|\d|week|month|quarter|sprint|morning|afternoon|evening)"
    r"|\bin (?:a|an|one|two|three|four|six|\d+|a few|a couple of) (?:hours?|days?|weeks?|months?)"
    r"|\b(?:today|tonight|tomorrow|first thing|within|end of the (?:day|week|month)|weekly|daily)\b",
    re.IGNORECASE,
)
_CHECK_WORDS = (
    "process",
    "digest",
    "absorb",
    "take",
    "head",
    "thoughts",
    "reflect",
    "look",
    "check",
    "think",
    "review",
    "sleep on",
    "run ",
    "mull",
    "consider",
    "talk",
    "dig",
    "ask",
)


def checks(text: str) -> bool:
    """The move waits on a check of the speaker's own, with no time promised (see _CHECKS)."""
    lowered = text.lower()
    if not _CHECK_WORDS_FOUND.search(lowered):
        return False
    return _CHECKS.match(text) is not None and _BY_A_TIME.search(text) is None


def defers(text: str) -> bool:
    """The move waits on someone else's yes (see _DEFERS): a condition, not a concession."""
    lowered = text.lower()
    if not _DEFERS_WORDS_FOUND.search(lowered):  # most sentences hold none
        return False
    return _DEFERS.search(text) is not None


# A sentence that says no (see intent_refusal): the forms of a refusal, then what is no refusal.
_REFUSAL = re.compile(
    # every form starts with one of these letters: checked first, the search is much faster
    r"(?=[nNcCwWiIaAdDoO])(?:\b(?:no|never|cannot|(?:ca|won|wo|could|would)n['’]?t"
    # an emphatic no on its own ("Absolutely not; the rota is fixed", "Certainly not.")
    r"|(?:absolutely|certainly|definitely|of course) not(?=\s*(?:[,;:.!—–-]|$))"
    r"|(?:will|can|could|would) not"
    r"|not (?:going to|gonna|able|allowed|possible|an option|happening|acceptable)"
    r"|(?:is|are|was)n['’]?t (?:going to|gonna|possible|an option|happening|acceptable|allowed))\b)",
    re.IGNORECASE,
)
# "can't" / "won't" before these refuses nothing asked for: a hedge or a feeling ("I can't say
# I love it", "I can't promise forever", "I can't thank you enough", "I won't pretend"), or
# giving way ("It won't hurt", "I won't make a fuss about the permit", "I won't block it")
_HEDGE = re.compile(
    r"\s+(?:(?:really|honestly|exactly|just)\s+)?(?:say|pretend|promise|guarantee|deny|lie|wait"
    r"|believe|imagine|thank|stress|help but|complain|argue with|hurt|object|block|stop you"
    r"|(?:make|kick up) a fuss|stand in (?:the|your) way|hold it against)\b",
    re.IGNORECASE,
)
# "oh no": not a refusal. Where each "oh"/"ah"/"uh" and the non-letters after it end, found once
# per sentence: searching the text before every "no" for one ending there was quadratic on a
# long reply of them ("oh no oh no ...").
_SYMPATHY = re.compile(r"\b(?:oh|ah|uh)\W*", re.IGNORECASE)
# "can't" / "won't" before the whole of what was asked turns down the whole, not the request:
# "I can't give you all of it today, though I can find some" leaves room for a part
_PARTIAL = re.compile(
    r"\s+(?:(?:really|just)\s+)?(?:\w+\s+)?(?:you\s+|them\s+|us\s+)?(?:all\b|everything\b"
    r"|the (?:whole|full|entire)\b|every (?:single )?(?:one|bit|dollar|penny))",
    re.IGNORECASE,
)


@reading
def refusal_end(sentence: str) -> int | None:
    """Where the sentence's first refusal ends (None: it says no to nothing). Idioms that hold
    a negator and refuse nothing ("no problem", "no doubt") do not count, nor does "oh no"."""
    blanked: str | None = None  # the sentence with its idioms blanked, once it is needed
    sympathy: set[int] | None = None  # where an "oh ", "ah, " ... ends, once it is needed
    for found in _REFUSAL.finditer(sentence):
        if found.group().lower() == "no":
            if sympathy is None:
                sympathy = {m.end() for m in _SYMPATHY.finditer(sentence)}
            if found.start() in sympathy:
                continue
        if _HEDGE.match(sentence, found.end()):  # "I can't say I love it, but ..."
            continue
        if found.group().lower() not in ("no", "never") and _PARTIAL.match(
            sentence, found.end()
        ):  # "I can't give you all of it"
            continue
        if blanked is None:
            blanked = _IDIOM.sub(lambda m: " " * len(m.group()), sentence)
        if blanked[found.start() : found.end()] == found.group():
            return found.end()
    return None


def refuses(text: str, negative: bool | None = None) -> bool:
    """A statement that says no to what was asked ("I can't sign that", "That discount isn't
    going to happen", "No, we're not paying more"), not one that only holds a negation ("I'm
    not sure the cap applies", "Their logins aren't the slow part"); or one that says no
    without a negator ("That's off limits", "The budget stays whole", "It would breach the
    rule", "I'm going to have to decline"). ``negative``: :func:`.negation.is_negative` of
    ``text`` when the caller has read it already (None: read it here)."""
    if is_negative(text) if negative is None else negative:
        return refusal_end(text) is not None or _DECLINES.search(text) is not None
    lowered = text.lower()
    if not _HOLDS_WORDS_FOUND.search(lowered):  # most sentences hold none
        return False
    found = _HOLDS.search(text)
    if found is None:
        found = _LIMIT.search(text)
        if found is None or _ASSENT.search(text, 0, found.start()) is not None:
            return False
    # ... unless a move of the speaker's comes with it ("The date is fixed, so let's phase it",
    # "We could do 10% now, the launch budget stays whole") or it is a condition ("I can find
    # 10% if the launch money stays untouched")
    # the form's own words ("as far as I can go") are no move of the speaker's
    rest = text[: found.start()] + " " * (found.end() - found.start()) + text[found.end() :]
    return _MOVE_AFTER.search(rest) is None and _IF_BEFORE.search(text, 0, found.start()) is None


# A no in an idiom: "... is the last thing we'd sign", "over my dead body", "you can forget
# (about) the discount", "dream on", "in your dreams", "when pigs fly", "I'd sooner quit", "as
# if we'd ...", "like that's going to happen" (its own "can" or "would" puts nothing forward)
_IDIOM_OF_NO = (
    r"the last thing (?:i|we)(?:['’]d| would) (?!(?:want|need|like|wish|expect|hope)\b)\w+"
    r"|over my dead body|you (?:can|could|may as well) forget(?: about)? (?:it|that|the|your|any)\b"
    r"|dream on|in your dreams|(?:when|and) pigs (?:fly|might fly)"
    r"|(?:i|we)(?:['’]d| would) (?:sooner|rather) (?:quit|resign|walk away)\b"
    r"|\bas if (?:i|we)(?:['’]d| would)\b|like that['’]?s (?:going to|gonna|ever going to) happen"
)
# Says no without a refusal's words: a policy the speaker holds ("We don't go over the cap",
# "I don't sign off on that"), nothing allowed ("Nothing new goes in", "Nothing can go live
# until ..."), a flat verdict ("That's not fine", "isn't OK", "not a chance").
_DECLINES = re.compile(
    r"\b(?:i|we)\s+(?:do not|don['’]?t|never)\s+(?!(?:think|know|see|mind|remember|want to lose"
    r"|understand|get|care|doubt|disagree|blame|feel|expect|have to|need to)\b)\w+"
    r"|\bnothing\s+(?:\w+\s+)?(?:can|will|goes|gets|is going|moves|changes|shifts|comes)\b"
    r"|\b(?:i|we)(?:['’]m|['’]re| am| are)\s+not\s+(?:trading|moving|changing|budging"
    r"|signing|paying|approving|cutting|dropping|accepting|agreeing|bending|touching)\b"
    r"|\b(?:is|are|['’]s|['’]re)\s*(?:not|n['’]t)\s+(?:fine|ok|okay|acceptable|on the table)\b"
    r"|\bnot a chance\b|\bno way\b|\bnot on my watch\b|\bnot in (?:a million years|this lifetime)\b"
    # the idioms of _HOLDS, whose own words may hold a negator ("As if we'd do it for nothing")
    r"|" + _IDIOM_OF_NO,
    re.IGNORECASE,
)


# Says no with no negator at all: what was asked is ruled out ("off the table", "off limits",
# "out of the question"), would break a rule ("would breach the residency rule"), is refused or
# declined, or what they want changed is kept as it is ("The budget stays whole", "The scope is
# locked", "The contractors are staying", "the plan is the plan", "full stop").
_HOLDS = re.compile(
    r"\b(?:off (?:the table|limits)|out of the question|ruled out|full stop|non-negotiable"
    r"|(?:would|will|['’]d) (?:breach|break|violate|go against)"
    r"|(?:have|has|got) to (?:decline|refuse|pass)|(?:i|we) (?:decline|refuse|must decline|pass on)"
    r"|(?:is|are|['’]s|['’]re|stays?|staying|remains?) (?:locked|frozen|final|fixed|settled)"
    r"|(?:stays?|staying|remains?) (?:whole|put|as (?:it|they) (?:is|are)|untouched|intact)"
    r"|(?:is|are|['’]s|['’]re) staying\W*(?:,|$|all of|every|each|put|whole|intact)"
    # what they want changed is kept, said with nothing after it ("Sorry, the cladding stays.",
    # "The deadline stands, I'm afraid"), not what stays on ("The offer stands", "She stays late")
    r"|(?<!offer )(?<!invitation )(?<!as it )(?<!as they )(?<!as things )(?<!as that )"
    r"(?:stays|remains|stands)(?=\s*(?:[.!;]|$|,\s*(?:i['’]m afraid"
    r"|sorry|i['’]m sorry|full stop)\W*$))"
    r"|the (\w+) is the \1|" + _IDIOM_OF_NO + ")",
    re.IGNORECASE,
)
_IDIOM_OF_NO_FOUND = re.compile(_IDIOM_OF_NO, re.IGNORECASE)


def without_idiom_of_no(text: str) -> str:
    """``text`` with its idiom of no blanked ("You can forget about it": its "can" offers
    nothing); ``text`` itself when it holds none."""
    found = _IDIOM_OF_NO_FOUND.search(text)
    if found is None:
        return text
    return text[: found.start()] + " " * (found.end() - found.start()) + text[found.end() :]


# every form of _HOLDS holds one of these (checked first: the search is slow and rarely finds)
_HOLDS_WORDS = (
    "off ", "out of the question", "ruled out", "full stop", "non-negotiable", "breach",
    "break", "violate", "go against", "declin", "refuse", "pass", "locked", "frozen", "final",
    "fixed", "settled", "whole", "put", "as it is", "as they are", "untouched", "intact",
    "staying", "stays", "remains", "stands", " is the ", "as far as", "limit", "ceiling", "best offer", "the most", "the best",
    "last thing", "dead body", "forget", "dream", "pigs", "sooner", "rather", "as if", "happen",
)  # fmt: skip
# A limit the speaker has reached: "25% is as far as I can go", "That's my final offer", "It's
# the best I can do" - a no to anything more, unless an assent comes before it ("Fine, go ahead
# with 40%, that's my limit" gives 40%)
_LIMIT = re.compile(
    r"\bas far as (?:i|we) can (?:go|stretch|push it)|(?:is|['’]s|are|['’]re) (?:my|our) (?:limit"
    r"|ceiling|final (?:offer|number|word|answer)|best offer)\b|(?:is|['’]s) the (?:most|best)"
    r" (?:i|we) can (?:do|offer|go|manage)\b",
    re.IGNORECASE,
)
_ASSENT = re.compile(r"\b(?:ok|okay|fine|sure|alright|go ahead|yes|deal|agreed)\b", re.IGNORECASE)
_IF_BEFORE = re.compile(r"\b(?:if|unless|as long as|provided|so long as)\b", re.I)
_MOVE_AFTER = re.compile(
    r"\b(?:let['’]?s|let us|(?:i|we) (?:could|can|might)|how about|what if|instead)\b",
    re.I,
)

# the cheap first checks of the readings above (see substrings)
_OWNING_WORDS_FOUND = substrings(_OWNING_WORDS)
_CHECK_WORDS_FOUND = substrings(tuple(_CHECK_WORDS))
_DEFERS_WORDS_FOUND = substrings(_DEFERS_WORDS)
_HOLDS_WORDS_FOUND = substrings(_HOLDS_WORDS)


# The words each reading cannot hold without (see .word_gates): a part that shares none with a
# gate is not read with it (the reading would answer no).
ACCUSES_GATE = gate(required_words(_ACCUSING))
OWNS_GATE = gate(required_words(_OWNS))
DEFERS_GATE = gate(required_words(_DEFERS))
CHECKS_GATE = gate(required_words(_CHECKS))
