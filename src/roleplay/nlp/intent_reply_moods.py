"""The mood of a part of a reply: what a sentence the learner wrote does, read before it is
compared with examples (:mod:`.intent_similarity`).

A reply is read like an example (:func:`.intent_similarity.phrasing_mood`), with readings that
only replies get, so the examples and the bank of ordinary talk that calibrates the thresholds
keep their own mood: a remark on the size of what they ask, how hard it sounds for them, and
thanks and nothing more are listening (REFLECTION); a story set at a past time, the speaker's
own surprise ("I'm a bit stunned, honestly") and a greeting or filler and nothing more ("Hi,
good to see you", "Well, anyway.") are NARRATIVE;
a check before the move with no time promised ("Let me look at the logs") waits like a
condition on someone else's yes (DEFERRAL); a no is SAYS_NO, or BARE_NO when it holds no
negator.
"""

from __future__ import annotations

import re

from .intent_no_move import (
    COUNTERFACTUAL_GATE,
    REPORTS_GATE,
    VAGUE_GATE,
    WARNS_GATE,
    counterfactual,
    lifts_hold,
    manages,
    reports,
    vague,
    warns,
)
from .intent_readings import (
    ACCUSES_GATE,
    CHECKS_GATE,
    DEFERS_GATE,
    OWNS_GATE,
    accuses,
    checks,
    defers,
    demands,
    owns,
    refuses,
    substrings,
)
from .intent_requests import requests_them, rhetorical_offer
from .intent_similarity import (
    ACCUSATION,
    ASKS_FOR_GATE,
    BARE_NO,
    BARE_QUESTION,
    DEFERRAL,
    DEMAND,
    INFO_QUESTION,
    NARRATIVE,
    OWNING,
    PROPOSED,
    PUTS_FORWARD_GATE,
    QUESTION,
    REFLECTION,
    REQUEST,
    SAYS_NO,
    SAYS_NO_QUESTION_GATE,
    STATEMENT,
    asks_for,
    asks_information,
    bare_question,
    mood,
    puts_forward,
    says_no_as_a_question,
)
from .negation import is_negative
from .word_gates import Words, gate, required_words, words_of

# A remark on the size of what they ask ("That's a big cut on a short clock", "It's a lot to
# find by Friday"): it weighs their request in its words and makes no move. Read so only in a
# reply (:func:`part_mood`); examples and the bank of ordinary talk keep their plain mood, so
# the thresholds calibrated on them do not move.
_NOT_IN_ITS_NAME = (  # words that make a sentence more than a naming of their request
    r"(?!(?:i|we|you|they|he|she|is|are|was|were|can|could|will|would|should|shall|must|let"
    r"|lets|take|give|have|keep|accept|agree|fine|ok|okay|not|no)\b)[\w%$£€.,-]+"
)
_INTENSIFIERS = r"(?:(?:a|an|such a|quite a|really|very|pretty|so|rather|fairly)\s+)*"
# ... and says what it costs, not what it gives ("a big help", "a huge relief")
_NOT_A_GIFT = r"(?! +(?:help|win|relief|improvement|plus|favou?r|gift|thanks)\b)"
_APPRAISAL = re.compile(
    r"^\W*(?:(?:wow|ok|okay|well|so|right|yes|yeah|hm+)\W+)?"
    r"(?:(?:that|this|it)(?:['’]s| is| would be| sounds like| seems like| feels like)? +"
    + _INTENSIFIERS
    + r"(?:big|huge|large|steep|massive|sizeable|sizable|serious|tough|heavy|tall|significant"
    r"|deep|sharp|tight|short|aggressive|ambitious|lot|hard(?! no\b))\b"
    + _NOT_A_GIFT
    # or a short naming of the request itself with a word of size ("Thirty percent by Friday
    # is a lot", "A third of the budget in a week sounds steep"), with no actor and no verb of
    # a move; not a judgement of what happened ("Six hours down is a serious failure on our
    # side" admits a failure)
    + rf"|(?:{_NOT_IN_ITS_NAME} +){{0,8}}{_NOT_IN_ITS_NAME}"
    r"(?:['’]s| is| would be| (?:sounds|seems|feels)(?: like)?) +"
    + _INTENSIFIERS
    + r"(?:big|huge|large|steep|massive|sizeable|sizable|heavy|tall|tight|short|aggressive"
    r"|ambitious|lot)\b(?! +(?:failure|mistake|miss|error|problem|blow|loss|letdown)\b)"
    + _NOT_A_GIFT
    # or how hard it sounds for them ("That sounds like a rough week", "Sounds brutal", "That
    # must be stressful"): listening to their situation, not a move
    + r"|(?:(?:that|this|it)\s+)?(?:sounds|seems|must be|must have been)(?: like)? +"
    + _INTENSIFIERS
    + r"(?:rough|brutal|stressful|difficult|awful|horrible|terrible|painful|exhausting|draining"
    r"|scary|frightening|worrying|nightmare|grim|miserable|tough|hard)\b(?! +no\b)"
    # or how bad something would be, with no actor and no verb of a move ("A 429 on launch day
    # would be awful", "That would be a nightmare", "Switching the limits off would be a
    # disaster"): a feared outcome weighed, which shares the move's words and makes no move
     + rf"|(?:{_NOT_IN_ITS_NAME} +){{0,8}}{_NOT_IN_ITS_NAME}"
    r"(?: would|['’]d) (?:be|feel|look) +"
    + _INTENSIFIERS
    + r"(?:awful|horrible|terrible|dreadful|horrendous|nightmare|disaster|disastrous"
    r"|catastrophe|catastrophic|painful|embarrassing|humiliating|brutal|stressful|scary"
    r"|grim|miserable|gutting|devastating)\b"
    # ... and nothing after it but whom or what for ("... for every other customer")
    r"(?: +(?:for|to|on|with|in front of) +[\w'’ -]{1,60})?\W*$" + r")",
    re.IGNORECASE,
)

# A statement that tells what happened at a past time ("We signed for three years last time
# and regretted it", "Whoever approved 40% last year made a mistake", "Last job someone lifted
# without a permit"): a story from before, which shares the move's words and makes no move now.
# An apology or an admission ("We failed you yesterday and I'm sorry", "I should have told you
# last week") is a move about the past, and stays a statement; so does a sentence that names a
# past date as its target ("Your team signed up for last week").
_PAST_TIME = re.compile(
    r"\b(?:last (?:year|time|month|week|quarter|job|project|company|sprint|release|round"
    r"|spring|summer|autumn|fall|winter)|(?:years?|months?|weeks?|days?) ago|yesterday"
    r"|back then|in the past"
    # ... or the last one of a kind ("On the last scheme we did the ground floor in brick",
    # "We didn't update the sheet for the last special either"); not a count or the end of a
    # stretch ("the last two storeys", "the last minute", "the last day of the quarter")
    r"|(?:on|in|for|with|at|during|from) the last (?!(?:minute|moment|bit|part|day|hour|one"
    r"|ones|few|couple|two|three|four|five|six|\d+|chance|resort|thing|word|step|stage|page"
    r"|line|item|of)\b)[a-z]+)\b",
    re.IGNORECASE,
)
# ... unless the time is a date the sentence names as a target or a start ("signed up for last
# week", "since last month")
_DATE_BEFORE = re.compile(r"\b(?:for|to|by|until|since|from|of)\s+$", re.IGNORECASE)
# ... or a sentence that makes a move now while it names a past time ("Like last year, we could
# phase it", "Let's do what we did last time", "We won't repeat last year's mistake")
_MOVE_NOW = re.compile(
    r"\b(?:will|would|could|can|shall|should|must|let['’]?s|let us|going to|gonna|want to"
    r"|need to|have to|how about|what if|won['’]t|can['’]t|cannot|couldn['’]t|wouldn['’]t"
    r"|shouldn['’]t)\b|['’](?:ll|d)\b",
    re.IGNORECASE,
)
_OWNING = re.compile(
    r"\b(?:sorry|apologi[sz]e|apologies|(?:my|our) (?:fault|mistake|call|bad|failure)|on me"
    r"|on (?:my|our) (?:side|part|end)|i should(?: not|n['’]t)? have"
    r"|i was wrong|we were wrong|i take responsibility|i own)\b",
    re.IGNORECASE,
)


def part_mood(text: str, negative: bool | None = None) -> int:
    """The mood of a part of a reply: :func:`phrasing_mood`, except that a statement in which
    the speaker acts is a plain STATEMENT (the part is the one speaking, so who acts in it is
    only asked of examples); a remark on the size of their request is listening too
    (REFLECTION), and a story of what happened at a past time is NARRATIVE, not a statement of
    a move. ``negative``: :func:`.negation.is_negative` of ``text`` when the caller has read it
    (None: read here if needed).

    The part's words are read once (:func:`.word_gates.words_of`), and a reading whose gate
    shares none of them is not run: it would answer no (see :mod:`.word_gates`)."""
    return gated_mood(text, negative, words_of(text))


def gated_mood(text: str, negative: bool | None, words: Words) -> int:
    """:func:`part_mood` with the readings gated by ``words`` (ANY_WORD: every reading runs,
    as the tests compare)."""
    found = mood(text)
    # "Tell me more about the outage"
    if found == STATEMENT and not words.isdisjoint(ASKS_FOR_GATE) and asks_for(text):
        found = QUESTION
    if found == QUESTION:
        if not words.isdisjoint(_GREETING_QUESTION_GATE) and _GREETING_QUESTION.match(text):
            return BARE_QUESTION  # "Hello, how are you doing?"
        if not words.isdisjoint(ACCUSES_GATE) and accuses(text):
            return ACCUSATION
        # "Are you asking me to let it go out tonight?"
        if not words.isdisjoint(_CHECKS_ASK_GATE) and _checks_what_they_ask(text):
            return REFLECTION
        # "Why would we host patient data in the US?"
        if not words.isdisjoint(SAYS_NO_QUESTION_GATE) and says_no_as_a_question(text):
            return SAYS_NO if (is_negative(text) if negative is None else negative) else BARE_NO
        if len(text) < 40 and bare_question(text):
            return BARE_QUESTION
        if rhetorical_offer(text):  # "Should I just give you the full 30%?"
            return NARRATIVE
        if requests_them(text):  # "Could you phase it on your side?"
            return REQUEST
        if asks_information(text):
            return INFO_QUESTION
        if not words.isdisjoint(PUTS_FORWARD_GATE) and puts_forward(text):
            return PROPOSED
        return QUESTION
    if found != STATEMENT:
        return found
    if not words.isdisjoint(_TAG_GATE) and _DISOWNED_TAG.match(text):  # "..., not me": no move
        return NARRATIVE
    # "I would apologise if it had been our fault"
    if (not words.isdisjoint(COUNTERFACTUAL_GATE) and counterfactual(text)) or (
        not words.isdisjoint(VAGUE_GATE) and vague(text)
    ):
        return NARRATIVE
    if manages(text):  # "Sorry, you cut out for a second there."
        return NARRATIVE
    # what someone else said, before owning: "Our director says we should have shown you
    # the samples" owns nothing of the speaker's
    if not words.isdisjoint(REPORTS_GATE) and reports(text):
        return NARRATIVE
    if not words.isdisjoint(OWNS_GATE) and owns(text):
        return OWNING
    if (not words.isdisjoint(DEFERS_GATE) and defers(text)) or (
        not words.isdisjoint(CHECKS_GATE) and checks(text)
    ):
        return DEFERRAL
    # ... unless it owns the harm ("Six hours without checkout is a serious failure on our
    # side" apologises)
    if (
        not words.isdisjoint(_APPRAISAL_GATE)
        and _APPRAISAL.match(text)
        and _OWNING.search(text) is None
    ):
        return REFLECTION
    if (not words.isdisjoint(_THANKS_GATE) and thanks_only(text)) or (
        not words.isdisjoint(_HOPE_GATE) and _hopes(text)
    ):
        return REFLECTION
    # "Wow, I didn't see that coming."
    if (not words.isdisjoint(_REACTION_GATE) and _reacts(text)) or _greets(text) or counts(text):
        return NARRATIVE
    if (not words.isdisjoint(_PAST_GATE) and _tells_the_past(text)) or (
        not words.isdisjoint(_PERCEIVED_GATE) and _perceived(text)
    ):
        return NARRATIVE
    # "If we hosted them in the US, we'd be fined": a no to the move
    if not words.isdisjoint(WARNS_GATE) and warns(text):
        return SAYS_NO if (is_negative(text) if negative is None else negative) else BARE_NO
    if demands(text):
        return DEMAND
    if negative is None:
        negative = is_negative(text)
    if not refuses(text, negative):
        # "The release isn't frozen yet": the hold a refusal would rest on does not apply
        return NARRATIVE if negative and lifts_hold(text) else STATEMENT
    return SAYS_NO if negative else BARE_NO


# Thanks and nothing more ("Thanks for taking my call", "I appreciate you flagging it early"):
# a courtesy, which names the topic and makes no move. Not when a move or an assent comes with
# it ("Thanks, I'll take the 27th", "Thank you, that works for me"), nor when another clause
# follows ("Thank you for trusting me with that - I'm sorry about your dad" is read whole).
_GREETING = (
    r"(?:hi|hello|hey|hiya|morning|good (?:morning|afternoon|evening)|afternoon|evening"
    r"|welcome)(?: (?:there|all|everyone|team|both|again))?"
)
_THANKS = re.compile(
    r"^\W*(?:(?:ok|okay|well|so|and|first|first of all|really|honestly|" + _GREETING + r")\W+)?"
    r"(?:thanks|thank you"
    r"|many thanks|cheers|(?:i|we) (?:really |do )?appreciate|appreciate (?:it|that|you))\b",
    re.IGNORECASE,
)
_THANKS_AND_MORE = re.compile(
    r"\b(?:will|would|could|can|shall|let['’]?s|let me|let us|going to|gonna|how about|what if"
    r"|works|fine|deal|agreed|agree|ok|okay|yes|sure|go ahead|but|though|however)\b"
    r"|['’](?:ll|d)\b|[;:—–]| - ",
    re.IGNORECASE,
)


# A hope that it will come right, and nothing more ("I'm sure it'll work out somehow", "It'll
# be fine, these things sort themselves out", "Hopefully it all falls into place"): a
# reassurance with no move in it, which shares "it'll" and "we'll" with every commitment.
_HOPE = re.compile(
    r"^\W*(?:(?:oh|well|look|honestly|anyway|ok|okay|so|and|don['’]t worry|relax)\W+)*"
    r"(?:(?:i['’]m|i am) (?:sure|confident|certain)(?: that)?|i (?:hope|bet|reckon|think)(?: that)?"
    r"|hopefully|fingers crossed|no doubt)?\W*(?:it|things|this|that|everything|all|it all"
    r"|they|we)(?:['’]ll| will| is going to| are going to|['’]s going to|['’]re going to"
    r"| always| usually| tend to)? *(?:all )?(?:work out|works out|be (?:fine|ok|okay|alright|all right)"
    r"|sort (?:itself|themselves) out|sorts (?:itself|themselves) out|come good|turn out (?:fine|ok|okay|well)"
    r"|blow over|blows over|settle down|fall into place|falls into place)\b",
    re.IGNORECASE,
)
_HOPE_WORDS = (
    "work out",
    "works out",
    " fine",
    " ok",
    "alright",
    "all right",
    "sort",
    "come good",
    "turn out",
    "blow",
    "settle",
    "fall into",
    "falls into",
)


def _hopes(text: str) -> bool:
    """A hope that it will come right and no move (see _HOPE)."""
    lowered = text.lower()
    if not _HOPE_WORDS_FOUND.search(lowered):
        return False
    found = _HOPE.match(text)
    return (
        found is not None
        and _HOPE_MOVE.search(text) is None
        and _HOPE_TERMS.search(text, found.end()) is None
    )


# ... nor when what follows names terms ("We'll be fine with 20%", "Things will work out if we
# phase it", "It works out at 20% a quarter")
_HOPE_TERMS = re.compile(
    r"\d|\b(?:with|if|at|by|once|when|provided|as long as|unless|after|before|because|so|for"
    r"|on|per|until)\b",
    re.IGNORECASE,
)
# ... unless the speaker takes something on in it ("It'll be fine, I'll cover the Friday")
_HOPE_MOVE = re.compile(
    r"\b(?:i['’]ll|i will|we['’]ll (?!(?:all )?(?:be|work|get through))|let['’]?s|i can|we can|i could"
    r"|we could|i['’]m going to)\b",
    re.IGNORECASE,
)


# The speaker's own surprise and nothing more ("I'm a bit stunned, honestly", "Wow, I didn't
# see that coming", "Huh, that's news to me"): a reaction to what they said, which makes no
# move. Only the whole sentence: "I'm surprised you didn't tell me" reproaches, and "I didn't
# expect the cut to be so deep, so let's phase it" goes on to a move.
_INTERJECTION = (
    r"^\W*(?:(?:wow|whoa|woah|gosh|huh|hm+|oh|ah|um+|uh|ha|well|honestly|okay|ok|right|yikes"
    r"|jeez|geez|blimey|goodness|my god|oh my|damn|man|boy|crikey|golly|wait)\W+)*"
)
_TAIL = (
    r"(?:\W+(?:honestly|to be honest|i have to say|i must say|i admit|i['’]ll admit|not gonna lie"
    r"|if i['’]m honest|i guess|really|truly|i think|for a moment|for a second|there|here))*\W*$"
)
_REACTION = re.compile(
    _INTERJECTION
    + r"(?:i(?:['’]m| am| was| feel| felt)(?: (?:a bit|a little|quite|really|so|very|honestly"
    r"|totally|completely|genuinely|kind of|somewhat|slightly|just))*"
    r" (?:stunned|surprised|shocked|speechless|lost for words|taken aback|floored|gobsmacked"
    r"|caught off guard|flabbergasted|amazed|astonished|baffled|puzzled|lost)"
    r"|i (?:did not|didn['’]t|never) (?:see|expect)"
    r" (?:that|this|it)(?: (?:coming|at all|was coming))?"
    r"|(?:that|this)(?:['’]s| is) (?:news|new) to me)" + _TAIL,
    re.IGNORECASE,
)


# A greeting, and nothing more ("Hi, good to see you", "Morning!", "Hello everyone, nice to
# meet you all"), or filler ("Well, anyway.", "So, yeah.", "Um, right."): it opens or fills the
# turn and makes no move. A greeting's "how are you?" asks about nothing in particular
# (BARE_QUESTION); "How are you doing, really?" without a greeting still asks.
_GREETS = re.compile(
    r"^\W*(?:" + _GREETING + r")\W*(?:(?:it['’]?s |it is |so |really )?(?:good|nice|great"
    r"|lovely|a pleasure) to (?:see|meet|hear from|talk to|catch up with) you(?: (?:all|both"
    r"|again|too|in person|finally))*\W*)?$"
    r"|^\W*(?:(?:well|so|um+|uh+|er+|hm+|yeah|yes|right|ok|okay|anyway|anyhow|like|then"
    r"|and|but|i mean|you know)\W+)*(?:anyway|anyhow|so|yeah|um+|uh+|er+|i mean|you know"
    r"|where were we)\W*$",
    re.IGNORECASE,
)
_GREETING_QUESTION = re.compile(
    r"^\W*" + _GREETING + r"\W+(?:(?:so|and)\W+)?how(?:['’]s| is| are| have)"
    r" (?:you|it|things|everything|life|your day|your week)(?: (?:doing|going|keeping|been"
    r"|today|this (?:morning|week)))*\W*$",
    re.IGNORECASE,
)


# Counting and nothing more ("One two three.", "Testing, one, two, three", "1, 2, 3"): a
# microphone check or a stray count, no move. The number words met examples that name amounts
# ("plain one two three" met budget_pushback's "Fine, take the whole 30%"; "Testing, one two
# three." its offer of 15%). A run of three or more numbers in order (up or down), or of two
# after a word of testing; a single amount ("Fifteen.") or two ("Two or three.") is no count.
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_NUMBER = r"(?:" + "|".join(_NUMBERS) + r"|\d{1,2})"
_COUNTING = re.compile(
    r"^\W*(?P<lead>(?:(?:testing|test|mic|check|checking|sound|counting|count|just|plain|ok|okay"
    r"|so|um+|uh+|er+|hm+|and)\W+)*)(?P<run>(?:" + _NUMBER + r"[\s,.!-]+){1,9}" + _NUMBER + r")"
    r"(?:\W+(?:testing|test|check|go))*\W*$",
    re.IGNORECASE,
)
_TESTING = re.compile(r"\b(?:testing|test|mic|check|checking|sound|counting|count)\b", re.I)


def counts(text: str) -> bool:
    """Counting and nothing more (see _COUNTING)."""
    if len(text) > 80:
        return False
    found = _COUNTING.match(text)
    if found is None:
        return False
    values = [
        int(w) if w.isdigit() else _NUMBERS.index(w.lower())
        for w in re.findall(_NUMBER, found.group("run"), re.IGNORECASE)
    ]
    steps = {b - a for a, b in zip(values, values[1:], strict=False)}
    if steps not in ({1}, {-1}):
        return False
    return len(values) >= 3 or _TESTING.search(found.group("lead")) is not None


def _greets(text: str) -> bool:
    """A greeting or filler and nothing more (see _GREETS)."""
    return len(text) < 60 and _GREETS.match(text) is not None


def _reacts(text: str) -> bool:
    """The speaker's surprise and nothing more (see _REACTION)."""
    return _REACTION.match(text) is not None


def thanks_only(text: str) -> bool:
    """Thanks, with no move or assent in the sentence (see _THANKS): read as a REFLECTION
    (it makes no move), and explained as the thanks it is (.intent_explain)."""
    return _THANKS.match(text) is not None and _THANKS_AND_MORE.search(text) is None


def _tells_the_past(text: str) -> bool:
    """A story set at a past time, not an apology, an admission or a move made now (see
    _PAST_TIME)."""
    lowered = text.lower()
    # most sentences hold none of the words _PAST_TIME needs: no regex search then
    if not (
        "last " in lowered
        or "ago" in lowered
        or "yesterday" in lowered
        or "back then" in lowered
        or "in the past" in lowered
    ):
        return False
    for found in _PAST_TIME.finditer(text):
        if _DATE_BEFORE.search(text, max(0, found.start() - 8), found.start()) is None:
            return _OWNING.search(text) is None and _MOVE_NOW.search(text) is None
    return False


_HOPE_WORDS_FOUND = substrings(_HOPE_WORDS)  # the cheap first check of _hopes


# A tag that says whose move it was not ("The board said no to any cut, not us", "The owner
# wants it on Thursday - not my idea"): an aside cut from the sentence it follows, which makes
# no move of its own, and so leaves a report beside it a report (read as a statement, a pair
# of the two would be a statement).
_DISOWNED_TAG = re.compile(
    r"^\W*(?:and |but )?(?:certainly |definitely |really )?not (?:me|us|mine|ours|my (?:call"
    r"|idea|decision|doing|choice)|our (?:call|idea|decision|doing|choice))\W*$",
    re.IGNORECASE,
)


# A question that checks what they ask ("Are you asking me to let it go out without the
# sheet?", "Are you saying Thursday would work for you?", "So you want us to redraw it for
# free?", "Is that what you're asking?", "Are you hoping I'll take a few of your days?", "Is
# the idea that the dark mode work slips?"): it puts their request back to them, like a
# reflection, and makes no move of the speaker's. Not an offer put as a question ("Do you
# want me to update the matrix now?" offers).
_CHECKS_ASK = re.compile(
    r"^\W*(?:(?:so|and|wait|sorry|ok|okay|right|just to check|to be clear|hang on|hold on"
    r"|let me get this straight)\W+)*(?:(?:are|were) you (?:really |just )?(?:asking|saying"
    r"|suggesting|telling me|proposing|expecting|hoping|counting on|assuming)\b"
    r"|you(?:['’]re| are) (?:really |just )?"
    r"(?:asking|saying|suggesting|telling me|proposing|expecting|hoping|counting on|assuming)\b"
    r"|(?:do|did) you mean\b"
    r"|is that what you(?:['’]re| are) (?:asking|saying|after)\b"
    # ... or their plan put back to them ("Is the idea that the export slips?", "So the plan
    # is for me to cover it?")
    r"|(?:is|was) the (?:idea|plan|thinking|hope|ask|expectation) (?:that|for (?:me|us) to)\b"
    r"|the (?:idea|plan|thinking|hope|ask|expectation) (?:is|was) (?:that|for (?:me|us) to)\b"
    r"|you want (?:me|us) to\b|(?:do|did) you (?:expect|need) (?:me|us) to\b)",
    re.IGNORECASE,
)


_CHECKS_ASK_FOUND = re.compile("you|idea|plan|thinking|hope|ask|expectation")


def _checks_what_they_ask(text: str) -> bool:
    """A question that puts their request back to them (see _CHECKS_ASK)."""
    lowered = text.lower()
    if _CHECKS_ASK_FOUND.search(lowered) is None:  # every form holds one of these
        return False
    return _CHECKS_ASK.match(text) is not None


# What the speaker saw, tasted or heard, in the past ("I saw the satay on the pass earlier,
# it looks great", "I tasted the sauce at lunch", "I read your draft"): a report of the
# speaker's own perception, which names the topic and makes no move. Not with a move made
# now ("I read your draft, and I'll sign it off today") or an admission in it.
_PERCEIVED = re.compile(
    r"^\W*(?:(?:oh|yes|yeah|ok|okay|so|and|well|actually|by the way|btw)\W+)*(?:i|we)\s+"
    r"(?:(?:just|already|only|also|finally)\s+)?(?:saw|tasted|tried|read|heard|noticed|watched"
    r"|spotted|glanced at|skimmed|came across|looked at|had a look at|had a taste of)\b",
    re.IGNORECASE,
)


def _perceived(text: str) -> bool:
    """The speaker's past perception and no move (see _PERCEIVED)."""
    if _PERCEIVED.match(text) is None:
        return False
    return _OWNING.search(text) is None and _MOVE_NOW.search(text) is None


# The words each private reading above cannot hold without (see .word_gates).
_GREETING_QUESTION_GATE = gate(required_words(_GREETING_QUESTION))
_CHECKS_ASK_GATE = gate(required_words(_CHECKS_ASK))
_TAG_GATE = gate(required_words(_DISOWNED_TAG))
_APPRAISAL_GATE = gate(required_words(_APPRAISAL))
_THANKS_GATE = gate(required_words(_THANKS))
_HOPE_GATE = gate(required_words(_HOPE))
_REACTION_GATE = gate(required_words(_REACTION))
_PAST_GATE = gate(required_words(_PAST_TIME))
_PERCEIVED_GATE = gate(required_words(_PERCEIVED))
