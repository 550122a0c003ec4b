"""Wording checks on a reply's sentences (English): who a sentence speaks of, whether it restates
the partner's side, steers them, talks down to them or states a general fact. Used by
sentences.py (which act a sentence performs) and semantic.py (what its cue evidence earns)."""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless

# A statement that opens by restating the partner's side in the speaker's words ("So you keep
# looking, hoping it'll make sense", "So it's the lack of discussion that bothers you", "Part of
# you wants to stop"), not one that advises or commits ("So you should ...", "So I'll ...").
REFLECTIVE_OPENING = re.compile(
    r"^\W*(?:(?:and |ok(?:ay)?,? )?so,? (?:you(?:'re|'ve| are| have| feel| keep| want| wish| don't|"
    r" can't| still| never| just| were| had)?|your|the|it's|it is|for you|on top of|"
    # "So all the plans you'd made are up in the air", "So today turned everything upside down,
    # and now you're waiting ...": the summary speaks of them
    r"(?:all|now|today|everything|this|those|these)\b(?=[^?]*\byou(?:r|'re|'ve|'d)?\b))|part of you)\b"
    r"(?![^?]*\b(?:should|need to|must|have to|ought|i'll|i will|let's|we could|can we|why)\b)"
    r"[^?]*$",
    re.IGNORECASE,
)
# The partner spoken to: a sentence close to their line that reads as a general statement of
# fact ("Cutting salt can lower blood pressure") shares their words without restating their point.
_YOU = r"you|your|yours|yourself|you're|you've|you'd|you'll"
_I = r"i|me|my|mine|myself|i'm|i've|i'd|i'll|im"
SECOND_PERSON = caseless(rf"\b(?:{_YOU})\b")
FIRST_PERSON = caseless(rf"\b(?:{_I})\b")
OTHERS_OPENING = re.compile(
    r"^\W*(?:(?:well|look|honestly|but),? )?(?:they|he|she|people|everyone|everybody|police|officers|"
    r"the|some|most|many|those|these|your (?:gp|doctor|consultant|surgeon|nurse|specialist|boss|"
    r"manager|teacher|dad|mum|mom|mother|father|husband|wife|partner|parents|landlord|lawyer))\b",
    re.I,
)
# someone in the conversation or of theirs (not "they" / "their", which may be people in general)
SOMEONE = caseless(
    rf"\b(?:{_I}|{_YOU}|we|us|our|ours|we're|he|him|his|she|her|hers)\b",
)
PERSON = caseless(
    rf"\b(?:{_I}|{_YOU}|we|us|our|ours|we're|they|them|their|they're|he|him|his|she|her|hers)\b",
)
# Talking down in polite words: homework before they may speak ("Maybe learn how census data
# works before reverting people", "Perhaps read the policy before quoting it"), their standing
# ("You don't get to lecture me", "Some of us actually know the topic"), their capacity ("I'm
# sure even you can work it out").
CONDESCENDING = caseless(
    # at the start of the sentence or of what follows its "but" ("Sorry you feel that way, but
    # maybe read the group rules before posting")
    r"(?:^\W*|\bbut,? )(?:with (?:all )?due respect,? |no offen[cs]e,? (?:but )?)?(?:maybe|perhaps|kindly|"
    r"please|just|try to|you might want to|you may want to|you should) (?:first )?(?:learn|read|"
    r"educate yourself|familiari[sz]e yourself|look up|google|study|do (?:some|your) (?:research|"
    r"homework))\b[^?]{0,80}\bbefore\b|"
    r"\b(?:you don't get to|you do not get to) (?:lecture|tell|decide)\b|"
    # rule 31f: the homework put as a polite suggestion ("I'd kindly suggest you learn how
    # sourcing works before editing again"), their grasp of how it works ("they just don't
    # understand how software works", "you don't get it at all"), and "for people who can read"
    r"\b(?:suggest|recommend|advise) (?:that )?you (?:first )?(?:learn|read|educate yourself|"
    r"familiari[sz]e yourself|look up|study)\b[^?]{0,80}\bbefore (?:you |your )?(?:edit|post|"
    r"comment|revert|speak|repl|argu|lectur|tell|weigh|jump|criticis|question|touch)\w*|"
    r"\b(?:you|they|he|she|(?:someone|somebody|people|anyone) who) (?:just |clearly |obviously |"
    r"simply |really )?(?:don't|doesn't|do not|does not|never|can't|cannot) (?:really |even |"
    r"actually |begin to )?(?:understand|know|get|grasp) (?:how (?:\w+ ){0,3}works?|\w+ at all)\b|"
    r"\bpeople who can (?:actually )?(?:read|think|count|spell)\b|"
    # measured against an ordinary person ("like a normal seller would", rule 38)
    r"\blike (?:a|any) (?:normal|reasonable|sensible|competent|real|decent|proper|grown-up|"
    r"responsible|professional) \w+ (?:would|does|should)\b|"
    r"\bsome of us (?:actually|really) (?:have|know|do|read|work)\b|"
    r"\bi'?m sure (?:even )?you(?:'re| are)? (?:capable|able|smart enough|clever enough)\b|"
    r"\bi'?m sure even you\b|"
    # keeping them out of a shared space: "This group isn't for your political campaigns"
    r"\b(?:this|the|our|that) (?:group|page|forum|thread|sub|subreddit|channel|article|wiki|board|"
    r"site|space|list|server|chat|talk page) (?:isn't|is not|is no) (?:the place |a place |the "
    r"venue |somewhere )?for (?:your|you)\b|"
    r"\b(?:isn't|is not) your (?:personal )?(?:soapbox|blog|diary|platform|playground|megaphone)\b|"
    r"\bgo (?:and )?(?:post|rant|complain|preach) (?:it |that |about it )?(?:somewhere else|"
    r"elsewhere)\b|"
    # their right to a view or their homework, without a "before": "Nobody asked for your
    # opinion", "Educate yourself.", "Do your own research."
    r"\bnobody (?:asked|wants|needs) (?:for )?(?:you|your)\b|"
    r"^\W*(?:go |please |maybe |just )?(?:educate yourself|do your own research|get a life)\b|"
    # their capacity, politely ("licences are obviously not your area of expertise", "if you
    # can't follow basic conventions, ..."), and keeping them out of the activity itself
    # ("maybe this project isn't for you")
    r"\b(?:not|isn't|is not|aren't|are not) (?:exactly |really |obviously |clearly )?your (?:area of "
    r"expertise|strong suit|forte|field|department)\b|\bout of your depth\b|\babove your pay ?grade\b|"
    r"\bbeyond your (?:understanding|ability|abilities|grasp)\b|"
    r"\bif you can(?:'t|not) (?:even )?(?:follow|read|understand|grasp|handle|manage|do|get) "
    r"(?:basic|simple|the basics|even)\b|"
    r"\b(?:maybe|perhaps) (?:this|the|our|open source|wikipedia|editing|moderating|coding) (?:\w+ )?"
    r"(?:isn't|is not|just isn't|might not be|may not be|is not really) for you\b|"
    # sending them from the grown-ups' table (rule 51): "maybe leave the budgeting to the
    # grown-ups", "let the adults handle it", "don't worry your head about it"
    r"\bleave (?:it|this|that|the (?:\w+ ){0,2}?\w+) to (?:the )?(?:grown-?ups|adults|big (?:boys|kids))\b|"
    r"\blet the (?:grown-?ups|adults|big (?:boys|kids)) (?:handle|deal|worry|decide|sort|take)\b|"
    r"\bdon't (?:you )?worry your (?:pretty |little |pretty little )?head\b|"
    # rule 86: the exasperated reminder that they should have got it the first time ("As I
    # already explained, ...", "Like I already said, ...", "Per my last email, ...", "For the
    # third time, ...", "I've already told you ..."); a neutral pointer back ("As I mentioned on
    # Monday, the form is on the wiki") and a casual "Like I said, ..." are left alone
    r"\bas i(?:'ve| have)? (?:already|just) (?:said|explained|told you|mentioned|stated|"
    r"pointed out|written)\b|\bas i(?:'ve| have) (?:said|told you|explained) (?:before|"
    r"already|repeatedly|many times|several times|twice)\b|^\W*like i already (?:said|told "
    r"you)\b|\bper my (?:last|previous|earlier) (?:e-?mail|message|comment|note|"
    r"reply|post)\b|^\W*for the (?:second|third|fourth|fifth|tenth|hundredth|umpteenth|nth) "
    r"time,|\bi(?:'ve| have)? already (?:told|explained (?:this |it |that )?to) you\b",
    by_branch=True,
)
# Recommending by evaluation ("honestly the kindest thing for both of you would be to look at
# care homes", "The best thing you can do is to ...", "Your only option is to ..."): advice,
# however warm the words around it - when it speaks to them (`evaluated_advice`): "The only way
# to affect change is to make bold changes" argues, it advises no one.
EVALUATED_ADVICE = caseless(
    r"\b(?:the|your) (?:best|kindest|smartest|safest|wisest|only|right|healthiest|sensible|"
    r"obvious) (?:thing|option|move|way|bet|course|step|choice|answer)(?: \w+){0,5}? (?:is|would "
    r"be|will be|was) (?:just |simply )?to \w+",
)
# Telling them what to do, think or feel ("so try not to think about it", "just forget him").
STEERING = caseless(
    r"\b(?:you should|you need to|you must|you have to|you ought to|try (?:not )?to|just|stop|"
    r"forget|don't worry|get over)\b",
)
# An instruction with no subject ("Fix your recipe.", "Read the listing again."): it tells them
# what to do and restates nothing, however close its words are to theirs (rule 31g, extended)
INSTRUCTION = re.compile(
    r"^\W*(?:(?:please|just|so|then|now|well|honestly)\W+)?(?:fix|change|update|read|check|"
    r"remove|delete|add|go|get|stop|take|make|put|send|learn|use|call|ask|tell|leave|give|keep|"
    r"move|deal|grow|calm|accept|edit|revert|rewrite|test|follow|bake|cut|drop|find|write|post|"
    r"report|pay|refund|scroll|google|search|try|do)\b(?![,:;])(?! (?:me|us|you)\b)"
    r"(?! it with (?:me|us)\b)",
    re.IGNORECASE,
)
GENERALISING = caseless(
    r"\b(?:most|usually|normally|often|typically|generally|commonly|common|rarely|on average|"
    r"tends? to|percent|per cent|studies|research|evidence|one in \w+|"
    # a general causal claim ("Anxiety can definitely cause dizziness")
    r"can (?:\w+ )?(?:cause|trigger|lead to|bring on|worsen|make)|is (?:a )?(?:known|common) "
    r"(?:cause|trigger|side effect|symptom))\b",
)
POINTING = re.compile(r"^\W*(?:that|this|it|so|what|how|oh|no wonder|of course)\b", re.I)


# An exclamation over what happened to them ("What a terrifying call to get", "What an awful
# thing to come home to"), not over them or their point ("What a joke", "What a drama"): it
# points at their experience, so it names something of theirs whatever its words.
EXCLAIMED = re.compile(
    r"^\W*(?:oh,? )?what an? (?!(?:joke|waste|mess|surprise|shocker|drama|baby|crybaby|genius|"
    r"idiot|snowflake|hero|expert|load|fuss|performance|tantrum)\b)\w+(?: \w+)?[^?]*$",
    re.I,
)
# Words that judge, reassure, correct or allot: a statement about them holding one does not
# restate their side ("You're lucky to have your independence", "You'd be crazy not to go",
# "You're overthinking it", "you'll be fine", "you did promise ...", "You don't have to eat
# it", "the water goes to you", "You have a deal").
JUDGING = caseless(
    r"\b(?:lucky|crazy|mad|wrong|being|overthink\w*|overreact\w*|dramatic|sensitive|always|never|"
    r"fault|deserved (?:it|this|that|what)|promised?|fine|okay|ok|alright|better off|could have|would have|might want|"
    r"can always|can't expect|cannot expect|too much|silly|stupid|ridiculous|naive|clearly|"
    r"obviously|seriously|honestly|know better|forgot|misread|misunderstood|flipping|"
    r"(?:have|got|it's) (?:yourself )?a deal|(?:don't|do not|won't) have to|needn't|"
    r"(?:goes|go|went|belongs?|given|sent) to you|at least|only|overrated|be careful|warning)\b",
)
# They are the subject ("You're fighting for her on your own", "Of course you're heartbroken",
# "Of course that knocks your confidence") or what it did to them ends the sentence ("Caring for
# him has taken a great deal out of you"); a statement, with no condition or second clause that
# instructs ("..., so get some from the pharmacy"). What they may have or do ("You can have all
# the firewood", "You'd get the rest") is an offer, and "You too" a pleasantry, not a reflection.
THEM_AS_TOPIC = caseless(
    r"^(?=[^?]*$)(?:\W*(?:and |but |of course,? |no wonder,? )?you(?:'re|'ve)?(?![\w'])"
    r"(?! (?:can|could|may|might|would|will|get|take|choose|pick|too|as well|got|are welcome|"
    r"have (?!been|had|lost|given|tried|done|carried|waited|worked|spent|fought|held)|are an?|an?|"
    r"flip\w*|know how)\b)|"
    r"\W*(?:of course|no wonder)\b[^?]*\byour? \w+|[^?]*\b(?:out of|on|for|to|in) (?:you|"
    r"yourself)\W*$)",
)
SECOND_CLAUSE_INSTRUCTS = caseless(
    r"\b(?:if|unless)\b|(?:,|\bso|\band|\bthen) (?:just )?(?:get|take|try|ask|go|call|see|book|buy|"
    r"use|make|find|tell|talk|keep|give|put|stop|start|look|read|check|switch|cut|drop|let)\b",
)


# Advice dressed as a reflection (rule 31b): a reflective opener whose clause tells them what to
# do ("It sounds like you need to set firmer rules", "It sounds like you might want to try a dry
# month", "Sounds like you really should get it over with"), not one that reflects what they
# want or have to do ("It sounds like you want to tell him", "It sounds like you had to ...").
DRESSED_ADVICE = caseless(
    r"^\W*(?:(?:so|and|but|well|honestly|ok(?:ay)?),? )?(?:(?:it|that) )?(?:sounds|seems|looks|"
    r"feels) (?:like|as if|as though) (?:maybe |perhaps )?you(?:'d)? (?:really |probably |just |"
    r"definitely |maybe |perhaps |might |may |could )?(?:should|need to|must|have got to|ought to|"
    r"want to|better|had better|would do well to|could try|try)\b",
)
_WANTS = caseless(r"\byou (?:really |just |definitely )?want to\b")
# "It sounds like it might be time for you to look into a care home", "Time to get out there and
# start dating again": what they should do now, put as the time having come (rule 31b)
TIME_TO = caseless(
    r"^\W*(?:(?:so|and|but|well|honestly|maybe|perhaps|ok(?:ay)?|now),? )?(?:(?:it|that) "
    r"(?:sounds|seems|looks|feels) like )?(?:(?:it|it's|it is) (?:probably |definitely |really )?"
    r"(?:might be |may be |could be |would be |is |'s )?)?(?:high |about |maybe |perhaps )?time "
    r"(?:for you |you )?(?:to (?!say|tell|celebrate|talk|listen|rest)\w+|\w+ed|got|spoke|took|"
    r"made|saw|found|went|told|let|thought)\b"
)
# An instruction said with "please" ("Please see your GP and get an ECG before you travel
# again") and steering by a prediction about them ("because you'll regret it if you miss it",
# "you'll thank me later"): advice, whatever act the encoder read (rule 38).
PLEASE_DO = caseless(
    r"^\W*(?:(?:so|and|but|honestly|seriously|look),? )?(?:please|pls),? (?:do |just |try to )?"
    r"(?:see|go to|get (?:checked|help|it checked|seen|a|an|some)|call|book|try|stop|talk to|"
    r"speak to|ask|ring|contact|visit|check|drink|eat|rest|sleep|look into|cut down|quit)\b"
    # not a request for the speaker ("Please speak to me in English", "please ask me first")
    r"(?! (?:me|us|to me|to us|with me|with us|my|our|care|it easy)\b)[^?]*$",
)
REGRET_WARNING = caseless(
    r"\byou(?:'ll| will| would|'d) (?:really |definitely |only |always )?(?:regret it|regret not|"
    r"thank me|kick yourself|be sorry)\b",
)


def evaluated_advice(text: str) -> bool:
    return EVALUATED_ADVICE.search(text) is not None and SECOND_PERSON.search(text) is not None


def advice_wording(text: str) -> bool:
    """Advice by its wording: recommending by evaluation, under a reflective opener, an
    instruction said with "please" or steering by a prediction ("you'll regret it")."""
    return (
        evaluated_advice(text)
        or dressed_advice(text)
        or ("please" in text.lower() and PLEASE_DO.search(text) is not None)
        or REGRET_WARNING.search(text) is not None
        or TIME_TO.search(text) is not None
    )


def dressed_advice(text: str) -> bool:
    """Advice told to them under a reflective opener (DRESSED_ADVICE); "you want to" is advice
    only when hedged ("you might want to"), otherwise it reflects a wish of theirs."""
    found = DRESSED_ADVICE.search(text)
    return found is not None and _WANTS.search(text[: found.end()]) is None


def about_them(text: str) -> bool:
    """A statement about the partner in the speaker's words - they are its topic - that does not
    speak of the speaker, judge, reassure, steer, instruct or set a condition: a reflection of
    feeling or meaning (the counselling construct), whatever its words."""
    return (
        THEM_AS_TOPIC.search(text) is not None
        and FIRST_PERSON.search(text) is None
        and JUDGING.search(text) is None
        and STEERING.search(text) is None
        and SECOND_CLAUSE_INSTRUCTS.search(text) is None
    )


def about_the_speaker(text: str) -> bool:
    """The sentence speaks of the speaker (I, my) and not of the partner (you, your)."""
    return FIRST_PERSON.search(text) is not None and SECOND_PERSON.search(text) is None


def general_statement(text: str) -> bool:
    """A general statement of fact that speaks of no one in the conversation ("Most lumps turn
    out to be cysts", "Results normally take ten days", "Most children are seizure-free on
    their first medication"): generalising words, no pronoun for the speaker, the partner or
    someone of theirs (they, them and their may stand for people in general) and no opening
    that points at what they said ("That ...", "So ...")."""
    return (
        GENERALISING.search(text) is not None
        and SOMEONE.search(text) is None
        and POINTING.search(text) is None
    )


def about_others(text: str) -> bool:
    """The sentence opens on someone else ("Police have been put in a tough spot", "The victim
    may ...", "Well, your GP has seen thousands of patients") and does not speak to the partner
    after that."""
    m = OTHERS_OPENING.search(text)
    return m is not None and SECOND_PERSON.search(text[m.end() :]) is None
