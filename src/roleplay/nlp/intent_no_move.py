"""Readings of a part of a reply that name a move without making it (issue 12): what someone
else asked of the speaker, a hold said not to apply, a warning put as a hypothetical, a
counterfactual ("I would apologise if it had been our fault") or a wish ("If only we had a
time machine"), a vague maybe ("Someone might call you at some point") or what a third party
might do ("HR might look into it if someone complains"), and talk about the line or the time
the conversation has ("Sorry, you cut out for a second there"). :func:`.intent_reply_moods.part_mood`
reads them: all but the second and the third make no move (NARRATIVE), the second too when
negative; a warning says no to the move.
"""

from __future__ import annotations

import re

from .word_gates import both, either, gate, required_words

# Reported speech: what someone else asked of the speaker ("My VP told me to give you the full
# 30%", "Sales asked me to let them host in the US", "The CEO wants us to build it this
# quarter", "I was told to cut the budget", "Legal said we should wait"): it tells of a demand
# on the speaker and makes no move of the speaker's, whatever move it names.
_REPORTED = re.compile(
    r"^\W*(?:(?:so|and|well|look|honestly|to be fair|frankly|ok|okay)\W+)*(?:"
    # someone other than the speaker asks the speaker ("My VP told me to ...")
    r"(?!(?:i|we)\b)(?:\w+['’]?s?\s+){0,4}?(?:told|asked|wants|wanted|expects|expected|is asking"
    r"|are asking|was asking|were asking|has asked|have asked|keeps asking|keep asking"
    r"|instructed|ordered|pushed|pressed|is pushing|are pushing|is pressing|are pressing)"
    r"\s+(?:me|us|my team|our team|the team)\s+to\b"
    # or someone other than the speaker says what the speaker should do ("Legal said we should
    # wait")
    r"|(?!(?:i|we)\b)(?:\w+['’]?s?\s+){0,4}?(?:said|says|thinks|insists|suggested|suggests)"
    r"\s+(?:that\s+)?(?:i|we|my team|our team)\s+(?:should|must|have to|had to|need to|ought to)\b"
    # or the speaker was asked ("I was told to ...", "We've been asked to ...")
    r"|(?:i|we)(?:['’](?:ve|m|re)| have| am| are| was| were)?\s+(?:been\s+)?(?:told|asked"
    r"|instructed|ordered|pushed|pressed)\s+to\b"
    # or a third party's own word or wish on the move, whoever it falls on ("The owner said no
    # to the satay, not me", "The contractor suggested bricking the ground floor", "The owner
    # wants it launched on Thursday", "The planners think the kitchen left it late"): what
    # someone else said or wants, not a move of the speaker's (nor of the person spoken to:
    # "You want it on tonight" is a reflection, read elsewhere)
    r"|(?!(?:i|we|you|it|that|this|there|here|what|which|who|let|so|if|my team|our team"
    r"|my people|our people)\b)(?:(?!(?:i|we|you|let)\b)[\w-]+['’]?s?\s+){1,4}?(?:(?:said|says) (?:no|yes)"
    r"|suggested|suggests|proposed|proposes|recommended|recommends|wants|wanted|would (?:like"
    r"|rather|prefer)|prefers|preferred|thinks|thought|reckons|reckoned|insists|insisted"
    r"|asked for|is asking for|are asking for|keeps asking for|keep asking for)\b)",
    re.IGNORECASE,
)
# the cheap first check of reports(): one of these words must be in the sentence
_REPORTED_WORDS_FOUND = re.compile(
    "told|ask|want|expect|instruct|order|push|press|said|says|think|insist|suggest|propos"
    "|recommend|would like|would rather|would prefer|prefer|thought|reckon"
)
# ... and one of these
_REPORTED_TO_FOUND = re.compile(
    " me to| us to| team to|told to|asked to|should|must|have to|had to|need to|ought to|ed to"
    "|said no|said yes|says no|says yes|suggest|propos|recommend|want|would like|would rather"
    "|would prefer|prefer|think|thought|reckon|insist|asked for|asking for"
)
# ... unless the speaker goes along with it in the same sentence ("My VP told me to give you
# 30%, so I will", "Legal asked us to wait, and I'm happy to")
_GOES_ALONG = re.compile(
    r"\b(?:so|and|which)\b[^.?!]*?\b(?:(?:i|we)(?:['’]ll| will| can| could|['’]m going to"
    r"| am going to|['’]m happy| am happy)|let['’]?s|here(?:['’]s| is))\b",
    re.IGNORECASE,
)


def reports(text: str) -> bool:
    """Reported speech: a demand someone else made of the speaker, not taken on in the same
    sentence (see _REPORTED)."""
    lowered = text.lower()
    if not _REPORTED_WORDS_FOUND.search(lowered) or not _REPORTED_TO_FOUND.search(lowered):
        return False
    found = _REPORTED.match(text)
    return found is not None and _GOES_ALONG.search(text, found.end()) is None


# A hold said not to apply ("The release isn't frozen yet", "Nothing is locked in yet", "The
# price hasn't been finalised", "The rota isn't set in stone"): it holds a negator and the words
# of a refusal's ground, and says the opposite of a refusal - the door is open. It makes no move.
_LIFTED_HOLD = re.compile(
    r"(?:\bnot|n['’]t|\bnothing(?:['’]s| is| has been)?)\s+(?:(?:yet|really|quite|fully"
    r"|completely|been|be)\s+)*(?:frozen|locked(?: in| down)?|final(?:i[sz]ed)?|fixed|settled"
    r"|set in stone|written in stone|signed off|decided|closed|agreed|a done deal|off the table"
    r"|ruled out|non-negotiable)\b",
    re.IGNORECASE,
)


_HOLD_WORDS_FOUND = re.compile(
    "frozen|lock|final|fixed|settled|stone|signed off|decided|closed|agreed|done deal"
    "|off the table|ruled out|negotiable"
)


def lifts_hold(text: str) -> bool:
    """A hold said not to apply (see _LIFTED_HOLD)."""
    if not _HOLD_WORDS_FOUND.search(text.lower()):  # the cheap first check
        return False
    return _LIFTED_HOLD.search(text) is not None


# A warning put as a hypothetical: what would go wrong if the move were made ("If we hosted
# them in the US even for a week, we'd be fined", "If I gave you the full 30%, the launch would
# be dead", "Even if I took the whole week, I'd miss my flight"): it names the move to argue
# against it, a no to it (SAYS_NO, or BARE_NO without a negator), not the move. Not an offer put
# as a hypothetical ("If we phased it, you'd still hit the annual number"): a harm in the
# outcome makes it a warning, or the speaker's own move weighed (see _WEIGHED).
_HYPOTHETICAL = re.compile(
    r"^\W*(?:(?:but|and|so|look|honestly|well|even)\W+)*(?:even )?(?:if|suppose|supposing"
    r"|say)\b[^,;:—–]*[,;:—–]\s*(?P<then>.*)$",
    re.IGNORECASE,
)
_WOULD = re.compile(r"\b(?:would|could|might|will)\b|['’]d\b|['’]ll\b", re.IGNORECASE)
_HARM = re.compile(
    r"\b(?:fined|fines?|sued|breach(?:ed|es)?|break(?:s|ing)?|broken|violat\w*|illegal|kill\w*|dead"
    r"|die|miss(?:ed)?|lose|lost|fail\w*|slip(?:s|ped)?|collapse\w*|burn(?:ed|t)? out|hurt"
    r"|damag\w*|disaster\w*|penalt\w*|blow up|sink|tank|ruin\w*|unsafe|in trouble|over budget"
    r"|late|delay\w*|cancel\w*)\b",
    re.IGNORECASE,
)

# The speaker's own move in a hypothetical, and an outcome with "would" that befalls their side
# or a third party, not a move of theirs or a gain for the listener ("If we went uncapped on
# breaches, our insurer would drop us", "If I switched the limits off, every other customer
# would feel it", "If we doubled the general cap, we'd be uninsured above a year of fees"): it
# weighs the move to argue against it. Not "If we phased it, you'd still hit the annual number"
# (the listener's gain), "..., we'd want 10% off" (the speaker's own move: a trade), "..., we
# could commit to the 14th" (no "would"), nor a question.
_WEIGHED = re.compile(
    r"^\W*(?:(?:but|and|so|look|honestly|well|even)\W+)*(?:even\s+)?if\s+(?:i|we)\s+"
    r"(?!(?:can|could|will|would|do|does|don['’]t|can['’]t|need|have|want|are|am|is|get|sign"
    r"|agree|take|give|pay|cover|phase|split|try)\b)[^,;:—–?]*[,;:—–]\s*"
    r"(?:(?:then|honestly|frankly)\s+)?"
    r"(?!(?:you|your)\b|you['’]|(?:i|we)(?!['’]d\s+be\b)\b)"
    r"(?:[\w'’-]+\s+){0,4}?(?:would\b|[\w-]*['’]d\b)[^?]*$",
    re.IGNORECASE,
)
# ... an outcome that is a gain, or a move of theirs: "the board would sign", "we'd be able to"
_KIND_OUTCOME = re.compile(
    r"\b(?:would|['’]d)\s+(?:still\s+|probably\s+|likely\s+|surely\s+)?(?:accept|agree|approve"
    r"|sign|like|love|welcome|support|work|go\s+through|save|win|keep|stay|hold|hit|meet|make"
    r"|get|gain|cover|pay|help|be\s+(?:much\s+|a\s+lot\s+|far\s+)?(?:easier|simpler|cheaper|faster|quicker|good|great|fair|worth|able|happy|fine|ok|okay|glad|satisfied|pleased|on\s+board"
    r"|willing|ready|open|better|safe|covered|protected|sorted|done))\b",
    re.IGNORECASE,
)


def warns(text: str) -> bool:
    """A warning (see _HYPOTHETICAL): an "if" clause, then an outcome with "would" (or "will",
    "'d") that names a harm; or the move itself as the subject of a "would" and a ruinous verb
    (see _RUINS: "The full thirty percent would gut the launch")."""
    lowered = text.lower()
    if "would" in lowered or "'d" in lowered or "’d" in lowered:
        ruin = _RUINS.search(text)
        if ruin is not None and _SPEAKER_BEFORE.search(text, 0, ruin.start()) is None:
            return True
    if "if" not in lowered and "suppos" not in lowered and "say" not in lowered:
        return False
    found = _HYPOTHETICAL.match(text)
    if found is None:
        return False
    then = found.group("then")
    if _WOULD.search(then) is not None and _HARM.search(then) is not None:
        return True
    # the speaker's own move weighed ("If we went uncapped on breaches, our insurer would drop
    # us", "If we doubled the general cap, we'd be uninsured"): an outcome that befalls them
    return _WEIGHED.match(text) is not None and _KIND_OUTCOME.search(then) is None


# ... or, without an "if", what the move would do, when that ruins something ("Taking the whole
# week would wreck my trip", "That would kill the launch"), said of the move rather than by the
# speaker about a move of theirs ("We could break it into two steps" offers)
_RUINS = re.compile(
    r"\b(?:would|['’]d)\s+(?:\w+\s+)?(?:gut|kill|wreck|ruin|sink|derail|cripple|jeopardi[sz]e"
    r"|endanger|torpedo|blow up|get us (?:fined|sued)|put (?:\w+\s+){1,3}at risk)\b",
    re.IGNORECASE,
)
_SPEAKER_BEFORE = re.compile(r"\b(?:i|we|let['’]?s|let us)\b", re.IGNORECASE)


# A counterfactual: the move under a condition the speaker knows is false ("I would apologise if
# it had been our mistake", "I would have shortened it if anyone had asked", "I'd take the
# whole week if I weren't flying home", "If it were up to me, I'd give you the 40%"): it says
# the move is not made. Not an offer on terms ("If you were to sign for three years, we could
# do 30%", "If you were willing to wait, I'd cover Friday").
_COUNTERFACTUAL_IF = re.compile(
    r"\bif\b[^,.;:!?]*?\b(?:had(?:n['’]t)?\s+(?:(?:not|never|already|just|only|ever)\s+)?"
    r"(?:been|[a-z]+(?:ed|en|wn|ld|ght|id|ne|ung|ok|ade|ent|ew|it|ot))\b"
    r"|were(?:n['’]t| not)?\b(?!\s+(?:to|willing|able|open|ok|okay|happy|interested|prepared"
    r"|fine|ready|keen|up for)\b))",
    re.IGNORECASE,
)
_WOULD_MAIN = re.compile(
    r"\b(?:would|could|might|should)(?:n['’]t| not)?\b|(?:i|we|you|they|he|she|it)['’]d\b",
    re.IGNORECASE,
)


# ... or a wish, the move or the remedy the speaker knows is not there ("If only we had a time
# machine", "I wish we could give you more", "I wish there were a way to skip the audit"): it
# names what is not done. Only a wish about the speaker or the circumstances: "I wish you had
# told me" reproaches the other person, and stays a statement.
_WISH = re.compile(
    r"^\W*(?:(?:oh|ah|ha|well|honestly|god|gosh|man|boy|sigh|and|but|so)\W+)*(?:if only"
    r"|(?:i|we) (?:do |really |just )?wish)\s+(?:i|we|there|it|things|this|that|our|my|the)\b",
    re.IGNORECASE,
)


def counterfactual(text: str) -> bool:
    """The move under a condition known to be false (see _COUNTERFACTUAL_IF), with a "would"
    (or "'d", "could", "might") in the sentence; or a wish (see _WISH)."""
    lowered = text.lower()
    if "wish" in lowered or "if only" in lowered:
        if _WISH.match(text) is not None:
            return True
    if "if" not in lowered or ("had" not in lowered and "were" not in lowered):
        return False
    found = _COUNTERFACTUAL_IF.search(text)
    if found is None:
        return False
    rest = text[: found.start()] + " " + text[found.end() :]
    return _WOULD_MAIN.search(rest) is not None


# A vague maybe: a move hedged with "might", "may" or "probably" and put off to no time at all
# ("Someone from support might call you at some point", "We might need more budget at some
# point, who knows", "Someone should ask the DPO one day"): it promises nothing.
_MAYBE = re.compile(r"\b(?:might|may|probably|maybe|perhaps|should|ought to)\b", re.IGNORECASE)
_NO_TIME = re.compile(
    r"\b(?:at some point|some ?day|one day|one of these days|eventually|sometime|some time"
    r"|who knows|in the future|down the line|sooner or later)\b",
    re.IGNORECASE,
)


_NO_TIME_FOUND = re.compile("point|day|eventual|some time|sometime|knows|future|the line|sooner")


# A move put off until things quieten, with no time ("We could do the sheet together when
# things calm down", "Let's revisit it once the dust settles", "I'll look at it when I get a
# chance"): a hope of a time, not a time; it promises nothing, hedged or not.
_WHEN_QUIET = re.compile(
    r"\b(?:when|once|after) (?:things|it all|everything|work|life|the (?:rush|madness"
    r"|chaos|busy (?:period|season|spell)))(?: \w+)? (?:calms?|settles?|quietens?|quiets?|slows?"
    r"|dies)(?: down)?\b|\b(?:when|once) the dust settles\b"
    r"|\b(?:when|once|if) (?:i|we) (?:get|have|find) (?:a|the) (?:chance|moment|minute|spare minute"
    r"|second)\b|\bwhen(?:ever)? there(?:['’]s| is) (?:time|a (?:gap|lull|quiet moment))\b",
    re.IGNORECASE,
)


def vague(text: str) -> bool:
    """A hedged move put off to no time (see _MAYBE, _NO_TIME), a move put off until things
    quieten (see _WHEN_QUIET), or what a third party might do (see _OTHERS_MIGHT)."""
    lowered = text.lower()
    # every form of _WHEN_QUIET opens with one of these: most sentences hold none
    if "when" in lowered or "once" in lowered or "after" in lowered or "if " in lowered:
        if _WHEN_QUIET.search(text) is not None:
            return True
    if "might" in lowered or "may" in lowered:
        found = _OTHERS_MIGHT.match(text)
        if found is not None and _SPEAKER.search(text, found.end()) is None:
            return True
    if not _NO_TIME_FOUND.search(lowered):  # the cheap first check: most sentences hold none
        return False
    return _NO_TIME.search(text) is not None and _MAYBE.search(text) is not None


# What a third party might do ("HR might look into it if someone complains", "Legal may want a
# word at some stage", "The auditors might flag it"): a possibility of someone else's, which
# nobody in the conversation takes on - not the speaker's threat, offer or promise. Only when
# the speaker takes no part in the sentence ("HR might need to hear from me" is the speaker's)
# and the one who might act is a party, not the move or its effect ("Your review might suffer"
# still names what is at stake), nor a party that might take a move put to it ("The board might
# accept a phased plan" proposes the plan).
_OTHERS_MIGHT = re.compile(
    r"^\W*(?:(?:well|honestly|look|so|and|but|i mean|of course|then again|who knows)\W+)*"
    r"(?:hr|legal|finance|security|compliance|procurement|payroll|management|leadership"
    r"|(?:someone|somebody|anyone|anybody|people)(?: (?:from|in|at|on) (?:the )?\w+)?|they|he|she"
    r"|(?:the|your|their|our|my|his|her) (?:\w+ )?(?:board|client|customer|auditors?|regulator"
    r"|union|ceo|cfo|cto|coo|director|vp|manager|boss|lead|team|department|committee|council"
    r"|inspector|lawyers?|partners?|people|hr|legal|finance|security|compliance))"
    r"\s+(?:(?:well|also|still|just|even|eventually)\s+)?(?:might|may)\b(?!\s+(?:i|we)\b)"
    # ... not when it says they might take a move put to them: that puts the move forward ("The
    # board might accept a phased plan", "Finance may be fine with 20%")
    r"(?!\s+(?:well\s+|also\s+|even\s+)?(?:accept|agree|approve|go (?:for|along)|take|sign|settle"
    r"|buy|like|prefer|welcome|be (?:ok|okay|fine|happy|open|willing|glad|keen|up for|able)"
    r"|consider)\b)",
    re.IGNORECASE,
)
_SPEAKER = re.compile(r"\b(?:i|me|my|we|us|our|let['’]?s)\b|\bi['’]", re.IGNORECASE)


# Talk about the line the conversation runs on, or the time it has ("Sorry, you cut out for a
# second there", "My screen froze", "I was on mute", "I only have five minutes before my next
# call", "I've got a hard stop at three"): it runs the conversation and makes no move on its
# topic. Not when a move comes with it ("I only have five minutes, so let's agree the 20% now",
# "Sorry, you cut out - I said we could phase it").
_MEDIUM = re.compile(
    r"\b(?:cut(?:ting)? out|br(?:oke|eaking) up|froze|freezing|frozen (?:screen|video)"
    r"|on mute|unmuted?|muted|(?:hear|see) you (?:now|again|okay|ok|fine|properly)"
    r"|(?:the|this) line (?:is|was|keeps) (?:bad|terrible|awful|breaking|crackly|noisy|dropping)"
    r"|(?:the|my|your) (?:connection|signal|wi-?fi|audio|video|camera|mic|microphone|headset"
    r"|screen|internet|laptop|battery)\b(?! (?:plan|rollout|budget|team|data|region))"
    r"|lagg(?:ing|y)|bandwidth|dropped (?:off|out)|the call dropped|hard stop"
    r"|(?:only )?(?:have|got) (?:\w+ )?(?:minutes?|mins)\b(?! (?:of|to) (?:downtime|outage))"
    r"|(?:my|the) next (?:call|meeting)|(?:running|run) late for"
    # ... or the notes the speaker takes ("Hang on, I'm taking notes")
    r"|(?:taking|take|making) (?:some )?notes|(?:writing|noting|jotting|write|note|jot)"
    r" (?:this|that|it|all this|all that) down)\b",
    re.IGNORECASE,
)
_MEDIUM_WORDS_FOUND = re.compile(
    "cut out|cutting out|broke up|breaking up|froze|freezing|mute|hear you|see you|connection"
    "|signal|wifi|wi-fi"
    "|audio|video|camera|mic|headset|line is|line was|line keeps|screen|internet|laptop"
    "|battery|lagg|bandwidth|dropped|hard stop|minute|mins|next call|next meeting|late for"
    "|notes|this down|that down|it down|all down"
)
# what makes it more than talk about the line: a move, or what was said before it repeated
_MEDIUM_AND_MORE = re.compile(
    r"\b(?:will|would|could|can|shall|should|must|let['’]?s|let us|going to|gonna|how about"
    r"|what if|i said|we said|i was saying|agree|approve|offer|propose|phase|cut|give|take"
    r"|split|sign|commit|promise|accept)\b|['’](?:ll|d)\b|[;:—–]| - ",
    re.IGNORECASE,
)


def manages(text: str) -> bool:
    """Talk about the line or the time the conversation has, and no move (see _MEDIUM)."""
    lowered = text.lower()
    if not _MEDIUM_WORDS_FOUND.search(lowered):
        return False
    found = _MEDIUM.search(text)
    if found is None:
        return False
    rest = text[: found.start()] + " " + text[found.end() :]
    return _MEDIUM_AND_MORE.search(rest) is None


# The words each reading cannot hold without (see .word_gates): a part that shares none with a
# gate is not read with it (the reading would answer no). Each follows what its reading needs:
# counterfactual a wish or a counterfactual "if"; vague a wait for quiet, a third party who
# might, or a time that is no time with a hedge; reports its pattern; warns a ruin or a
# hypothetical.
COUNTERFACTUAL_GATE = gate(either(required_words(_WISH), required_words(_COUNTERFACTUAL_IF)))
VAGUE_GATE = gate(
    either(
        required_words(_WHEN_QUIET),
        required_words(_OTHERS_MIGHT),
        both(required_words(_NO_TIME), required_words(_MAYBE)),
    )
)
REPORTS_GATE = gate(required_words(_REPORTED))
WARNS_GATE = gate(either(required_words(_RUINS), required_words(_HYPOTHETICAL)))
