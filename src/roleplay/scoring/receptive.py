"""Engaging with the other side before giving your own (conversational receptiveness).

Yeomans, Minson, Collins, Chen & Gino (2020) found that replies to a person who disagrees read
as receptive when they acknowledge the other view ("I can see where you're coming from", "You
make a fair point") or agree with part of it ("I agree that ...", "It's true that ...", "You're
right about ..."); hedging and a "but" after the acknowledgement are common in such replies,
while explicit contradiction and derogation are not. This module names the sentence that does
the acknowledging, by its wording (English), for the semantic scorer: such a sentence engages
with their point (it is about *their* view, not a stock phrase) and earns the `receptive`
evidence once per reply. A question ("Do you agree that ...?"), a negated form ("I don't see
your point", "I can't agree") and a reply the scorer finds hostile earn nothing here.
"""

from __future__ import annotations

import re

from roleplay.scoring.content_words import CONTENT_WORD, STOCK_SUPPORT
from roleplay.scoring.semantic_rules import STOCK_STRENGTH, TAKEN_BACK
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.types import Dimension, Evidence

OWN_WORDS = 5  # the speaker's own view: at least this many words besides the acknowledgement
# the evidence, once per reply, in cue units (x the head's cues+ weight: about +8 and +7)
RECEPTIVE_UNITS: dict[Dimension, float] = {"collaboration": 1.5, "listening": 1.2}
RECEPTIVE_REASON = "engaged with their view before giving yours"

_ADVERB = (
    r"(?:can |could |do |did |really |totally |completely |fully |definitely |certainly |"
    r"absolutely |honestly |actually |also |kind of |sort of |truly |would |have to |must |"
    r"somewhat |still |even |mostly |partly |"
    r"tend to |\w+ly )"
)
_THEIR_VIEW = (
    r"(?:point|points|view|views|viewpoint|perspective|concern|concerns|opinion|position|"
    r"argument|reasoning|side|logic|stance|thinking)"
)
# Acknowledging their view: the speaker sees, understands or respects *their* point.
ACKNOWLEDGES_VIEW = re.compile(
    rf"\bi {_ADVERB}{{0,2}}(?:see|understand|get|hear|appreciate|respect|follow|recogni[sz]e)"
    rf"(?: (?:and|&) \w+)?(?: \w+){{0,2}}? (?:where you(?:'re| are)? coming from|"
    rf"why (?:you|someone|people|one|some)|how (?:you|someone|people|one|some) (?:\w+ )?(?:feel|"
    rf"think|see|could|would|might|came|come|got|get|arrive)|(?:your|the) {_THEIR_VIEW}\b|"
    rf"what you(?:'re| are)? (?:saying|mean|getting at)|the point you|your side)|"
    r"\byou (?:make|raise|bring up|brought up|made|raised|have|bring) (?:a |some |an )?"
    r"(?:\w+ )?(?:good|valid|fair|great|interesting|important|strong|excellent|reasonable|"
    r"compelling|solid) (?:points?|arguments?|case|topics?|questions?)\b|"
    r"\b(?:that's|that is|this is|it's|it is) (?:a |an )?(?:very |really )?(?:good|valid|fair|"
    r"great|interesting|important|reasonable) (?:point|argument|perspective|point of view|"
    r"question|observation)\b|"
    # their view, not a trait of theirs: "I appreciate your patience / enthusiasm" thanks them
    # and engages with no point of theirs (rule 38)
    rf"\b(?:i (?:can )?respect|i appreciate) (?:your (?!(?:\w+ )?(?:patience|enthusiasm|passion|"
    r"energy|effort|efforts|hard work|work|time|loyalty|commitment|dedication|understanding|"
    r"flexibility|support|help|kindness|contributions?)\b)|that you|the way you)\b|"
    r"\bi see (?:the|your) (?:logic|reasoning|merit)\b|"
    rf"\bi {_ADVERB}{{0,2}}(?:understand|see|get|reali[sz]e|recogni[sz]e|accept|acknowledge)"
    r"(?: and (?:agree|respect|accept)(?: with you)? (?:about|on|with)\b|(?: and (?:agree|respect|"
    r"accept))? (?:that|the (?:need|concern|importance|desire|fear|worry|frustration|reasoning))\b)|"
    r"\byou (?:may|might|do|definitely|certainly|also) have a (?:\w+ )?point\b|"
    r"\byour (?:point|argument|concern) (?:about|regarding|on|that)\b[^.?!]{0,120}\bis (?:well[- ]"
    r"taken|valid|fair|a good one|understandable)\b",
    re.IGNORECASE,
)
# Agreeing with part of it: an agreement that takes up their content (a that-clause, their
# point, much of what they said), not a bare "Agreed." or "Yes".
AGREES_IN_PART = re.compile(
    rf"\bi {_ADVERB}{{0,3}}agree\b(?! to (?:disagree|"
    r"differ))(?!(?: with (?:you|this|that|him|her|them|this person|the post|it))?(?: (?:\w+ly|100%|"
    r"too|as well|on (?:this|that|everything)))?\W*$)|"
    r"\bi(?:'m| am) (?:\w+ )?in agreement\b|"
    r"\byou(?:'re| are) (?!not\b)(?:\w+ )?(?:right|correct) (?:that|about|in|to|on|when)\b|"
    # conceding they may be right: "You may well be right; I went by the 2015 survey"
    r"\byou (?:may|might|could) (?:well |very well |just |actually )?be (?:right|correct)\b|"
    r"\b(?:it's|it is|that's|that is|this is) (?!not\b)(?:\w+ )?true (?:that|to some|in some|enough)\b|"
    r"\bwhile (?:it's|it is) true\b|"
    r"\b(?:it's|it is|that's|that is|you're|you are) (?:partly|partially|somewhat|kind of|in part) "
    r"(?:true|right|correct)\b|"
    r"\bthere(?:'s| is) (?:some |a lot of |much |definitely |certainly )?truth\b|"
    r"\bthere(?:'s| is) no (?:question|doubt) that\b|"
    r"\b(?:for the most part|to (?:some|an|a certain) extent|in (?:some|many) ways),? i agree\b|"
    r"\b(?:i (?:also )?)?(?:believe|think) (?:this|that|your) (?:argument|point|view) is "
    r"(?:correct|right|valid|fair)\b",
    re.IGNORECASE,
)
# Every match of each pattern holds one of these (a cheap check before the patterns run).
_ACK_WORDS = (
    "see", "underst", "get", "hear", "apprecia", "respect", "follow", "recogni", "reali",
    "accept", "acknowledg", "point", "argument", "case", "topic", "question", "perspective",
    "observation", "concern",
)  # fmt: skip
_AGREE_WORDS = ("agree", "right", "correct", "true", "truth", "question", "doubt")
# A negation just before the verb takes it back ("I don't agree", "I can't see your point").
_NEGATED = re.compile(
    r"\b(?:not|never|n't|cannot|can't|don't|do not|doesn't|hardly|fail to|struggle to)\W+"
    r"(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)


def _found(pattern: re.Pattern[str], text: str) -> bool:
    return any(not _NEGATED.search(text[: m.start()]) for m in pattern.finditer(text))


def acknowledges_their_view(text: str) -> bool:
    """A statement that acknowledges the other view or agrees with part of it, not negated and
    not a question. Each pattern runs only on a sentence holding one of its words (speed)."""
    if text.rstrip().endswith("?"):
        return False
    low = text.lower()
    holds = low.__contains__  # the word tests run in C (map), not as a Python generator
    return (any(map(holds, _ACK_WORDS)) and _found(ACKNOWLEDGES_VIEW, text)) or (
        any(map(holds, _AGREE_WORDS)) and _found(AGREES_IN_PART, text)
    )


def receptive_view(sentences: list[Sentence], cues: list[tuple[str, Evidence]]) -> Sentence | None:
    """The first sentence (not a repeat) that acknowledges their view or agrees in part, when
    the reply also gives a view of its own and no refusal or brush-off takes it back."""
    found = next(
        (
            s
            for s in sentences
            if not s.repeat and acknowledges_their_view(s.text) and not stock_feeling(s)
        ),
        None,
    )
    if found is None or not own_content(sentences, found):
        return None
    if any(f in TAKEN_BACK and sentence_at(sentences, e.span) is found for f, e in cues):
        return None
    return found


# Words of stock support that name nothing of theirs ("..., and I'm here for you, let's work
# together on this").
_STOCK_WORDS = STOCK_SUPPORT | frozenset({"here"})


def _named(rest: str) -> bool:
    """The rest of the sentence names something: "about this subject", "since it is very clear
    that ..." (a content word, or a short "about ..." phrase)."""
    words = rest.split()
    if len(words) < 2:
        return False
    if words[0].lower() in ("about", "regarding", "towards", "toward"):
        return True
    return any(w.lower() not in _STOCK_WORDS for w in CONTENT_WORD.findall(rest))


def stock_feeling(s: Sentence) -> bool:
    """ "I totally understand how you feel." (and "..., and I'm here for you, let's work
    together") acknowledges a feeling in stock words, not their view ("I understand your point of view", "I understand how you feel about this subject" and
    "I understand how you feel and I agree that ..." do engage with it)."""
    if s.act.act != "stock_phrase" or s.act.strength < STOCK_STRENGTH:
        return False
    m = ACKNOWLEDGES_VIEW.search(s.text)
    return (
        m is not None
        and "feel" in m.group().lower()
        # "... how you feel about this subject" and "... since it is clear that ..." engage;
        # "... and I'm here for you, let's work together" names nothing of its own
        and not _named(s.text[m.end() :])
        and AGREES_IN_PART.search(s.text) is None
    )


def own_content(sentences: list[Sentence], found: Sentence) -> bool:
    """The reply gives a view of its own besides the acknowledgement: the acknowledging sentence
    goes on for OWN_WORDS words after its match, or another sentence has that many words.
    "I see your point." alone, or repeated, is an acknowledgement with nothing after it."""
    for s in sentences:
        if s is found:
            m = ACKNOWLEDGES_VIEW.search(s.text) or AGREES_IN_PART.search(s.text)
            rest = s.text[m.end() :] if m is not None else ""
            if len(rest.split()) >= OWN_WORDS:
                return True
        elif (
            len(s.text.split()) >= OWN_WORDS
            and s.text.strip().lower() != found.text.strip().lower()
        ):
            return True
    return False


def agreed_before(text: str, offset: int) -> bool:
    """The sentence agrees with them before `offset` ("I agree that it's ridiculous to expel
    someone on an accusation"): a harsh word after it judges the matter they raised, with them,
    not their view."""
    return any(
        m.end() <= offset and not _NEGATED.search(text[: m.start()])
        for m in AGREES_IN_PART.finditer(text)
    )


def without_agreed_attacks(
    cues: list[tuple[str, Evidence]], sentences: list[Sentence]
) -> list[tuple[str, Evidence]]:
    """The cue evidence without "attacks" that follow an agreement in their sentence."""
    out = []
    for feature, e in cues:
        home = sentence_at(sentences, e.span)
        if (
            feature == "attack"
            and e.span is not None
            and home is not None
            and agreed_before(home.text, e.span[0] - home.start)
        ):
            continue
        out.append((feature, e))
    return out
