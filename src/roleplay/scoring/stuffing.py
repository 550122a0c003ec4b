"""Stock phrases stuffed into one reply (anti-gaming, rule 51).

Two gaming moves slipped past the sentence-level rules:

- one phrase said again inside a sentence ("I understand how you feel, I understand how you
  feel, let's work together, let's work together"): a repeated *sentence* earned nothing, but
  the same phrase twice in a comma-spliced sentence earned twice. Now a phrase earns a cue once
  per sentence: the second "let's work" on the same dimension, for the same reason, earns
  nothing.
- process talk with no matter in it ("I totally understand and appreciate your perspective, and
  together we can collaborate to find a win-win solution that works for both of us."): every
  word is about listening, feeling or working together; none names anything of the partner's
  situation, a number, a date or a thing. When such a reply of 10 words or more stacks three or
  more separate credited phrases ("I understand how you feel. What matters most to you? Let's
  work together."), it engages with nothing: it is read as unengaged (rule 4 of semantic.py),
  acknowledges no view of theirs (no `receptive` credit), and every credit it earns, its
  questions' too, is a share (`stock_share`). A short acknowledgement ("That sounds really
  hard.") is not stuffing and is left alone.

A sentence said again in the same reply ("It sounds like you feel pressured. It sounds like you
feel pressured.") earned nothing; now it also costs a little listening and empathy (the first
three repeats), so repeating a good sentence ranks below saying it once.

A word of the reply's own matter is a word that is neither a function word nor process talk (the
lists below), or any token with a digit ("30%", "Q3", "2pm").
"""

from __future__ import annotations

import re
from dataclasses import replace

from roleplay.scoring.semantic_parts import Part
from roleplay.scoring.semantic_rules import PARTIAL_NOTE, STOCK_NOTE
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.specifics import STOCK_FILLERS
from roleplay.scoring.types import Dimension, Evidence

# Words that name no matter: function words, and words about the conversation itself (hearing,
# feeling, valuing, working together).
FUNCTION_WORDS = frozenset(
    """a an the and or but so if then than that this these those there here it its it's i i'm
    i've i'll i'd me my mine we we're we've we'll we'd us our ours you you're you've you'll you'd
    your yours he she they them their theirs his her is am are was were be been being do does did
    doing done have has had having can could will would shall should may might must let let's
    lets to of in on at by for with about from into onto over under up down out off as just
    really very so too also still even more most much many any some all both each every no not
    don't can't won't isn't aren't wasn't weren't doesn't didn't haven't hasn't what what's which
    who whom whose why how when where whatever whenever however anything everything something
    nothing someone anyone everyone everybody somebody anybody way ways thing things get got go
    going make made take want wants know see say said tell told think thought now today well yes
    yeah ok okay oh hi hello hey please sure again always never ever only own same other another
    like""".split()
)
PROCESS_TALK = (
    FUNCTION_WORDS
    | STOCK_FILLERS  # the words of stock support of rule 36, with COMMON_WORDS
    | frozenset(
        """understands understood understanding absolutely definitely truly honestly genuinely
        deeply sincerely appreciated appreciation perspective perspectives viewpoint
        collaborate collaborating collaboration collaborative solution solutions work works
        working worked matters matter important feel feels felt sound sounds share shared
        thanks thank grateful openness conversation listen listening listened hear heard
        hearing empathy empathise empathize empathetic validate validated validating valid
        supported supporting here means great happy glad figure figuring forward moving problem
        problems issue issues challenge challenges journey space value valued values respect
        respected coming along explore exploring options option ideas thoughts through concerns
        concern situation mutually mutual benefit beneficial outcome outcomes approach happen
        happens reach agreement agree confident positive hopeful optimistic certain align
        aligned aligning alignment partner partnership synergy help helping care caring team
        best find found point points view views side sides win hard tough difficult stressful
        frustrating awful terrible rough sorry upset sad tricky challenging overwhelming
        overwhelmed stressed frustrated worried worry worrying painful heavy lot important
        priority priorities need needs success successful biggest driving drives imagine sense
        makes support sharing telling frustration frustrations right look looks happened else solve
        solving solved goal goals feeling feelings""".split()
    )
    | frozenset(
        # rule 357: the boilerplate of a service desk is talk about the conversation too ("Thank
        # you for reaching out", "Please don't hesitate to get in touch", "We apologise for any
        # inconvenience", "We value your feedback", "Have a nice day")
        """reaching reached contacting hesitate touch feedback input inconvenience inconvenienced
        patience apologise apologize apologies apologising apologizing nice lovely wonderful
        fantastic pleasure assist assistance enquiry enquiries query queries regards wishes
        kind kindly warm warmest cheers""".split()
    )
)
_WORDS = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
# A sentence said again earns nothing (sentences.py) and costs a little: a broken record is not
# listening. The first REPEATS_COSTED repeats cost, in cue units.
REPEAT_UNITS: dict[Dimension, float] = {"listening": -0.6, "empathy": -0.3}
REPEAT_REASON = "said the same thing again"
REPEATS_COSTED = 3
_DIGIT = re.compile(r"\S*\d\S*")
STUFFED_PHRASES = 3  # separate credited phrases a reply without matter stacks when stuffed
STUFFED_WORDS = 10  # ... in this many words or more (a short acknowledgement is no stuffing)
# Rule 85: a short reply with no matter stuffs as soon as two separate credited phrases include
# a stock question about what they need or an acknowledgement of their view ("I understand your
# concern. What matters most to you?"): those credits are earned by engaging with their matter.
STOCK_PAIR_WORDS = 4
# ... and (rule 102) a stock invitation to work on it together
STOCK_PAIR_FEATURES = frozenset(
    {"interest_question", "acknowledged_view", "invitation", "joint_framing"}
)
# What a credit of a stuffed reply earns (rule 103): less than an unengaged reply's share
# (UNENGAGED_SHARE), because stuffing stacks the phrases whose shares would add up again.
STUFFED_SHARE = 0.25
# Rule 250: "that's", "there's" and "here's" are no matter either; they are kept out of the
# function words (a short "Yes, that's important. I don't need much." is left alone) and read as
# hollow only in a long stack ("Thank you for sharing. I hear you. That's valid. ...").
HOLLOW_WORDS = frozenset({"that's", "there's", "here's"})
# Rule 255: however many shares a stuffed reply stacks, no dimension ends above the middle of the
# scale: stock phrases with nothing of theirs in them are no better than a neutral reply.
STUFFED_CAP = 50
STUFFED_WHY = "stock phrases with nothing of theirs"


def matter_words(text: str) -> list[str]:
    """The reply's words that name something of its matter: not a function word, not process
    talk; and any token with a digit ("30%", "Q3")."""
    words = [w for w in _WORDS.findall(text) if len(w) > 1 and w.lower() not in PROCESS_TALK]
    return words + _DIGIT.findall(text)


def once_per_phrase(
    cues: list[tuple[str, Evidence]], sentences: list[Sentence]
) -> list[tuple[str, Evidence]]:
    """A credited cue earns once per sentence: the same reason on the same dimension (its reason
    quotes the phrase) again in the same sentence earns nothing ("let's work together, let's
    work together"). A repeated sentence earns nothing already (sentences.py); the same phrase
    in another sentence of a long answer ("I agree that ... . I also agree that ...") is left to
    the diminishing returns of its kind. Costs are all kept."""
    seen: set[tuple[str, str, int]] = set()
    out: list[tuple[str, Evidence]] = []
    for feature, e in cues:
        if e.points > 0:
            home = sentence_at(sentences, e.span)
            key = (e.dimension, e.reason.lower(), -1 if home is None else home.start)
            if key in seen:
                continue
            seen.add(key)
        out.append((feature, e))
    return out


def credited_phrases(cues: list[tuple[str, Evidence]]) -> int:
    """How many separate phrases earn credit: overlapping spans are one phrase ("I understand
    your concern" earns three reasons in one phrase)."""
    spans = sorted(e.span for _, e in cues if e.points > 0 and e.span is not None)
    count, end = 0, -1
    for start, stop in spans:
        if start >= end:
            count += 1
        end = max(end, stop)
    return count


def stuffed(text: str, cues: list[tuple[str, Evidence]]) -> bool:
    """Process talk with no matter in it, stacking separate credited phrases: three in ten words
    or more, or two in four words or more when one is a stock question about their needs or an
    acknowledgement of their view (rule 85); and three in ten words or more whose only matter is
    one word said again and again (rule 100)."""
    words = len(text.split())
    if words < STOCK_PAIR_WORDS:
        return False
    phrases = credited_phrases(cues)
    # every way below stacks STUFFED_PHRASES credited phrases, or two with a stock question or
    # acknowledgement among them: without those the reply's words need not be read
    if phrases < STUFFED_PHRASES and not (
        phrases >= 2 and any(f in STOCK_PAIR_FEATURES and e.points > 0 for f, e in cues)
    ):
        return False
    named = [w.lower() for w in matter_words(text)]
    matter = set(named)
    if len(matter) == 1 < len(named) and words >= STUFFED_WORDS and phrases >= STUFFED_PHRASES:
        # rule 100: one word of theirs dropped into the stock moves ("I understand your concern
        # about the release. What matters most to you about the release? Let's work together on
        # the release.") names no more of their matter than none
        return True
    long_stack = words >= STUFFED_WORDS and phrases >= STUFFED_PHRASES
    if matter <= HOLLOW_WORDS and long_stack:
        return True  # rule 250: nothing of theirs but "that's" (the empty set included)
    if matter:
        return False
    return phrases >= 2 and any(f in STOCK_PAIR_FEATURES and e.points > 0 for f, e in cues)


def stock_share(part: Part) -> Part:
    """A credited part of a stuffed reply earns the unengaged share (a question about "what
    matters most" with nothing of theirs in the reply is one more stock phrase)."""
    if part.value <= 0 or part.reason.endswith((STOCK_NOTE, PARTIAL_NOTE)):
        return part
    return replace(part, value=part.value * STUFFED_SHARE, reason=part.reason + STOCK_NOTE)
