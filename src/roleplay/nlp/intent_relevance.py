"""Whether a no is about the scenario's topic at all (issue 12).

"I guess coffee won't fix this one." says no in the words of a refusal ("won't"), and met
every refusal intent it was run against ("I won't agree to any reduction at all"). It refuses
nothing that was asked: it predicts that something does not help, and that something -
coffee - is no part of the conversation. "Phasing wouldn't help us" or "A pilot won't solve
the audit problem" say the same of a move the conversation is about, and do refuse it. So a
prediction that something does not help (:func:`prediction_subject`: "X won't fix / help /
solve / make a difference") whose subject names content words none of which is the
scenario's (a word of any intent's examples or near-misses, by a crude stem: "phasing" meets
"phase") makes no move there: the matcher bars it from every intent.

The same holds for small talk put as a question (:func:`small_talk`): a question of the shapes
of small talk - "Are you going to ...?", "Did you see / hear / catch / try ...?", "Who's
hosting / bringing ...?", "What time is ...?", "How's / How was the / your ...?" - that names
things none of which is the scenario's ("Did you see the email about the fire drill?", "Are
you going to the all-hands tomorrow?", "How was the council meeting?") asks nothing of their
need and matches no intent, nor does asking the clock ("What time is it over there?"). Of
that shape and about the topic ("Did you see the incident
report?", "How's the launch looking?") it still asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]|[a-z]")
# Words that name no topic: function words, pronouns, auxiliaries, question words, common
# verbs and adverbs, time words and words of need or situation that any curious question uses.
_GENERIC = frozenset(
    """
    a an the this that these those there here it its it's i me my mine we us our ours you your
    yours he him his she her hers they them their theirs one ones someone anyone everyone
    somebody anybody everybody something anything everything nothing nobody none all any some
    each every both either neither other another such same own
    what what's whats why why's how how's who who's whom whose which when when's where where's
    whether if or and but so because as than then though although while until unless since
    for from to of in on at by with without about above below over under into onto out off up
    down through across around after before between against during per via like just only
    also even still yet already again really actually exactly maybe perhaps quite very too
    much many more most less least lot lots bit little few enough rather pretty well
    am is are was were be been being do does did done doing have has had having will would
    shall should can could may might must ought need needs needed needing want wants wanted
    wanting get gets got getting go goes went going gone make makes made making take takes
    took taking come comes came coming see sees saw seen seeing know knows knew known think
    thinks thought say says said tell tells told ask asks asked let lets give gives gave
    given keep keeps kept find finds found look looks looked feel feels felt mean means meant
    happen happens happened happening matter matters mattered work works worked working help
    hold holds holding cope coping manage managing keeping feeling settling
    helps helped try tries tried use used put puts seem seems seemed sound sounds sounded
    change changes changed changing show shows showed wish hope hoped like liked
    i'm i've i'd i'll you're you've you'd you'll we're we've we'd we'll they're they've
    they'd that's there's it'll don't doesn't didn't isn't aren't wasn't weren't won't
    wouldn't can't couldn't shouldn't haven't hasn't hadn't not no yes ok okay sure right
    oh well now today tomorrow yesterday tonight soon later earlier early late ever never
    always sometimes often time times day days week weeks month months year years moment
    morning afternoon evening point thing things stuff way part side kind sort end start
    reason problem issue issues question questions situation case idea plan plans option
    options goal goals outcome outcomes priority priorities worry worried worries concern
    concerns concerned important importance pressure pressures need risk risks fear afraid
    good bad best worst better worse big small hard easy real really main whole new old
    exactly else ago first last next able behind instead anyway
    """.split()
)


# a compound of a verb and a particle ("standup", "check-in", "rollout", "kickoff"): a word of its
# own, not the verb ("What time is the standup?" says nothing of what "stands")
_COMPOUND = re.compile(r"[a-z]{3,}-?(?:up|ups|out|outs|off|offs|over|overs|down|downs|in|ins)")


def stem(word: str) -> str:
    """A crude stem: the word without a possessive and a common ending, its first five letters
    ("phasing", "phased", "phases" -> "phas"; "drills" -> "drill"); a compound of a verb and a
    particle whole, without its hyphen or plural ("stand-ups" -> "standup")."""
    word = word.replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 5 and _COMPOUND.fullmatch(word) and ("-" in word or not word.endswith("in")):
        return word.replace("-", "").removesuffix("s")
    for ending in ("ing", "ed", "es", "s", "e", "ly", "er"):
        if len(word) > len(ending) + 2 and word.endswith(ending):
            word = word[: -len(ending)]
            break
    return word[:5]


def content_words(text: str) -> list[str]:
    """The words of ``text`` that may name a topic (not in _GENERIC, not a number)."""
    return [w for w in _WORD.findall(text.lower()) if w.replace("’", "'") not in _GENERIC]


def vocabulary(texts: Iterable[str]) -> frozenset[str]:
    """The stems of the content words of ``texts`` (a scenario's examples and near-misses)."""
    return frozenset(stem(w) for text in texts for w in content_words(text))


def off_topic(text: str, topic: frozenset[str]) -> bool:
    """``text`` names content words and none of them is in ``topic`` (see the module
    docstring)."""
    words = content_words(text)
    return bool(words) and all(stem(w) not in topic for w in words)


# A prediction that something does not help: "Coffee won't fix this", "Another meeting
# wouldn't help", "A pilot won't solve the audit problem" - its subject, not the speaker, the
# person spoken to or a pronoun ("That won't work for us" refuses what was said).
_PREDICTION = re.compile(
    r"^\W*(?:(?:i (?:guess|think|suppose|reckon|fear|bet)|honestly|sadly|well|so|and|but|look"
    r"|frankly|to be honest|i['’]m afraid)\W+)*(?P<subject>(?!(?:i|we|you|they|he|she|it|that"
    r"|this|there|which|what|nothing|none)\b)[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)\s+"
    r"(?:won['’]t|wouldn['’]t|will not|would not|can['’]t|cannot|doesn['’]t|does not|isn['’]t"
    r" going to|is not going to)\s+(?:really\s+|actually\s+|exactly\s+)?(?:fix|help|solve"
    r"|cure|save|make (?:a|any|much) difference|cut it|do the trick)\b",
    re.IGNORECASE,
)


def prediction_subject(text: str) -> str | None:
    """The subject of a prediction that something does not help (see _PREDICTION), or None."""
    found = _PREDICTION.match(text)
    return None if found is None else found.group("subject")


def off_topic_prediction(text: str, topic: frozenset[str]) -> bool:
    """``text`` predicts that something no part of the topic does not help (see the module
    docstring)."""
    subject = prediction_subject(text)
    return subject is not None and off_topic(subject, topic)


# A no without a negator that names what it rules out: "X is off the table", "X is out of the
# question" - its subject, not a pronoun ("That's off the table" refuses what was said).
_RULED_OUT = re.compile(
    r"^\W*(?:(?:sorry|honestly|well|so|and|but|look|frankly|i['’]m afraid)\W+)*(?P<subject>"
    r"(?!(?:i|we|you|they|he|she|it|that|this|there|which|what|nothing|none|anything"
    r"|everything|all)\b)[a-z][\w'’-]*(?:\s+[\w'’-]+){0,5}?)\s+(?:is|are|was|were)\s+"
    r"(?:(?:completely|totally|simply|just|also|still|now|firmly)\s+)?(?:off the table"
    r"|out of the question|a non-starter|a no-go)\b",
    re.IGNORECASE,
)


# Amounts name no topic: "Forty points is out of the question" rules out a discount the
# examples write as "40%".
_AMOUNTS = frozenset(
    """
    zero one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty sixty seventy eighty ninety hundred thousand million half third quarter
    percent per cent double twice
    """.split()
)


def off_topic_ruled_out(text: str, topic: frozenset[str]) -> bool:
    """``text`` rules out something (see _RULED_OUT) whose content words, amounts aside, none
    of them the topic's, name it ("The office party is off the table this year" in a talk
    about leave)."""
    found = _RULED_OUT.match(text)
    if found is None:
        return False
    words = [
        w
        for w in content_words(found.group("subject"))
        if w not in _AMOUNTS and w.removesuffix("s") not in _GENERIC  # "points", "things"
    ]
    return bool(words) and all(stem(w) not in topic for w in words)


# The shapes of small talk put as a question (see the module docstring).
_SMALL_TALK = re.compile(
    r"^\W*(?:(?:so|and|oh|hey|by the way|btw|anyway|random question|unrelated)\W+)*(?:(?:are|were)"
    r" you (?:going|coming|heading|off) to\b|(?:did|have) you (?:see|seen|get|got|catch|caught"
    r"|hear|heard|read|try|tried|watch|watched|book|booked|been to)\b|who(?:['’]s| is)"
    r" (?:hosting|bringing|organi[sz]ing|coming to|running|doing|going to)\b|what time (?:is|does"
    r"|do|are)\b|how(?:['’]s| is| was) (?:the|your)\b)",
    re.IGNORECASE,
)


# Asking the clock ("What time is it over there?", "What's the time where you are?"): small
# talk whatever it names, or names nothing
_THE_TIME = re.compile(
    r"^\W*(?:(?:so|and|oh|hey|by the way|btw|anyway|sorry)\W+)*what(?:['’]s| is) the time\b"
    r"|^\W*(?:(?:so|and|oh|hey|by the way|btw|anyway|sorry)\W+)*what time is it\b",
    re.IGNORECASE,
)


# every shape of small talk holds one of these (the cheap first check, on the whole reply)
_SMALL_TALK_WORDS = re.compile(r"you |who|what")


def may_be_small_talk(lowered: str) -> bool:
    """The cheap first check of :func:`small_talk` on a whole lowered reply."""
    return _SMALL_TALK_WORDS.search(lowered) is not None or "how" in lowered


# Times of the day and the week name no topic ("What time is lunch?", "How was your weekend?"):
# an intent's example may say "before lunch" or "by Friday" without lunch or Friday being what
# the conversation is about.
_TIMES = frozenset(
    """
    lunch lunchtime breakfast dinner brunch supper noon midday midnight weekend weekends
    monday tuesday wednesday thursday friday saturday sunday holiday holidays vacation
    """.split()
)


def small_talk(text: str, topic: frozenset[str]) -> bool:
    """A question of a shape of small talk about things the topic never names, or about a time
    of the day or the week alone ("What time is lunch?"), or one that asks the clock."""
    if _THE_TIME.match(text) is not None:
        return True
    if _SMALL_TALK.match(text) is None:
        return False
    words = content_words(text)
    rest = [w for w in words if w not in _TIMES]
    if len(rest) < len(words) and not rest:  # "What time is lunch?", "How was your weekend?"
        return True
    return bool(rest) and all(stem(w) not in topic for w in rest)
