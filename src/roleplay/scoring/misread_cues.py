"""Cue words the cue layer misreads in bargaining talk (docs/scoring.md rule 29a).

Found on the replies of the CaSiNo TRAIN split the scorer ranked worst, and written as wording
that holds in any negotiation (a budget, a rota, a contract as much as firewood):

- Asking *them* to understand is no understanding of theirs: "Please understand my situation",
  "I hope you will understand why I need it", "Try to understand our position", "You must
  understand ..." plead the speaker's own case. The `understanding` family of cues found there
  counts for nothing ("I understand" and "Thank you, I understand" still count).
  "I hope you will understand / agree / accept ..." is the same plea, no wish for them (`care`).
- The speaker saying they will not need something gives it up: "I won't need any food", "I'm
  not going to need the second room" is no flat refusal (`hard_no`).
- A joint-agreement cue (rule 29b) after a deal is reached celebrates it ("I'm glad we could
  come to an agreement", "it was easy for us to come to a deal"): it seeks nothing.
- A hard time named in a sentence that tells the speaker's own state ("I am not good at
  hunting", "I'm exhausted after the night shift") is theirs, not an acknowledgement of the
  partner's (`difficulty`; rule 45, own_disclosure.py).
- "What do you really need?" asks sincerely what their need is: the doubting "do you really
  need" of the `undervalue` cue is no doubt in a question that opens on "what" or "which"
  ("What do you even need it for?" still doubts; rule 46).
- "You're going to do / you will do" is an imperious order ("You will do it my way"), but not in
  a prediction or a reflection ("It sounds like you are going to do a lot of cooking", "If you're
  going to do the demo, ...") nor in encouragement ("You will do great").

- "You always / you never" opening the purpose clause of the speaker's offer ("Could I send
  you a one-page summary so you always have the answer?", "I'll add a reminder so that you
  never miss the cut-off") blames no one: the `blame` cue there is dropped (rule 54). "You
  always miss the cut-off", "We did the work, so you always take the credit" (no offer before
  it) and "I'll say it again: you never listen" still blame.

- A contempt word standing alone ("ridiculous", "absurd", "stupid", ...) aimed at what was
  done to them - someone else acted on them, or it landed on them ("It's absurd that you were
  left to handle it alone", "Honestly, the way they treated you is ridiculous", "That's a
  ridiculous amount of work to land on you") - takes their side: the `attack` cue there reads
  as the `validation` cue (rule 55). Aimed at their request or view ("this is a stupid request", "your plan
  is ridiculous", "you're being absurd") it still attacks.

- "Here's what I'm willing to do: I'll drop the setup fee" announces the speaker's own move:
  with no condition or exchange in the sentence ("if", "in return", "you'll ..."), the
  `conditional_offer` cue on "willing to do" (`offered a trade`) is dropped (rule 59); the
  offer itself keeps its credit.

- "Share" of a story, a feeling or a view ("thank you for taking the time to share your
  feelings", "appreciate you sharing this with me") shares no resource: the `conditional_offer`
  cue (`offered a trade`) there is dropped (rule 59b). "We could share the van", "I'll share the
  water if you share the firewood" keep it.

Every rule returns at once when its cue is absent from the reply's hits.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.own_disclosure import discloses_own
from roleplay.scoring.text import PreparedText, sentence_of, tokens_before

UNDERSTANDING_CUES = frozenset({"understanding", "acknowledged_view", "validation"})
# Words that may stand between the one appealed to and "understand" ("you will really ...").
_APPEAL_FILLER = frozenset(
    "will would can could must should do does really also just to fully surely kindly "
    "totally completely hopefully truly".split()
)
# The first other word before it, when the speaker asks them to understand.
_APPEAL_OPENERS = frozenset(
    "you u you'll you'd you'll you've please pls plz kindly try trying".split()
)
# "I hope you (will) understand / see / agree / accept ...": the speaker's plea, not a wish.
_PLEA_AFTER = re.compile(
    r"\s+(?:will |would |can |could |'ll |do |really |also )*(?:understand|see why|see that|"
    r"agree|accept|realise|realize|forgive|appreciate (?:that|why|my|our))\b"
)

# "I won't / I'm not going to" + need: the speaker's own need, given up.
_OWN_NEED = re.compile(r"\s+(?:really |even |actually |be )?(?:need|needing|require|requiring)\b")
_REFUSAL_OPENERS = ("i won't", "i will not", "i'm not going to", "i am not going to")

# Before a joint-agreement cue: the deal is already reached ("I'm glad we could come to an
# agreement", "since we've come to an agreement, I'll submit it").
_REACHED = re.compile(
    r"\b(?:glad|happy|pleased|great|nice|thanks?|thank you|easy|since|now that)\b"
    r"[^.?!]{0,25}\b(?:we|us)(?:'ve| have| could| were able to| managed to| did| finally| to)\b"
    r"[^.?!]{0,12}$"
)

# What makes "you're going to do / you will do" a prediction or a reflection, not an order.
_PREDICTION_BEFORE = re.compile(
    r"\b(?:sounds|seems|looks|sound|seem|look) like|\b(?:if|since|because|as|when|while|once|"
    r"unless)\b|\bi (?:think|guess|bet|know|hope|imagine|suppose|expect)\b|\bi'm sure\b|"
    r"\bmaybe\b|\bperhaps\b|\bprobably\b"
)
_ENCOURAGED_AFTER = re.compile(
    r"\s+(?:so |really |just )?(?:great|fine|well|brilliantly|amazing|amazingly|brilliant|"
    r"fantastic|awesome|good|better|a (?:great|good|fantastic|brilliant|fine) job|a lot|lots|"
    r"loads|so much|plenty|most of|more of|the most|some)\b"
)
_ORDER_CUES = ("you will do", "you're going to do", "you are going to do")

# A contempt word standing alone (not "that's ridiculous", which points at their line) aimed
# at what was done to them: someone else acted on them, or it landed on them (rule 55).
_CONTEMPT_WORDS = frozenset(
    "ridiculous absurd nonsense stupid pathetic ignorant naive clueless idiotic".split()
)
_DONE_TO_THEM = re.compile(
    r"\b(?:they|them|he|she|him|management|the (?:company|council|school|clinic|hospital|"
    r"insurer|landlord|bank|airline|system|rules?|process|policy|way (?:they|he|she|it))|"
    r"your (?:boss|manager|landlord|school|insurer|bank|employer|company|council|gp|doctor))\b|"
    r"\byou (?:were|are being|'ve been|have been|got|get) (?:\w+ )?(?:\w+ed|left|told|made|"
    r"treated|given|put|sent|kept|taken|spoken|thrown|shown)\b|\b(?:to|on|onto) you\b|"
    r"\bamount of\b|\bthat you (?:had|have|were expected) to\b"
)
_YOU = re.compile(r"\byou(?:r|rself)?\b")
_AT_THEIRS = re.compile(
    r"\b(?:your|this|that|the) (?:\w+ )?(?:requests?|ideas?|views?|plans?|proposals?|points?|"
    r"arguments?|questions?|demands?|complaints?|claims?|excuses?|positions?|suggestions?|"
    r"reasoning|logic|opinions?|comments?|edits?|posts?|reviews?)\b|"
    r"\byou(?:'re| are| were)(?: being| so| just)? (?:ridiculous|absurd|stupid|pathetic|ignorant|"
    r"naive|clueless|idiotic)\b|\b(?:stupid|ridiculous|absurd|pathetic|idiotic) (?:of|for) you\b"
)

# "what I'm / we're willing to do" announces the speaker's own move; with no condition or
# exchange in the sentence it trades nothing (rule 59)
_ANNOUNCED = re.compile(r"\bwhat (?:i|we)(?:'m| am|'re| are) (?:\w+ )?willing to do\b")
_EXCHANGED = re.compile(
    r"\b(?:if|unless|in (?:exchange|return)|as long as|so long as|provided|on condition|swap|"
    r"trade|in turn|you(?:'ll| will| can| could| take| keep| get| give| do))\b"
)

# sharing a story or a feeling is no sharing of resources (rule 59b): "share your feelings",
# "thank you for sharing", "appreciate you taking the time to share"
_SHARED_STORY = re.compile(
    r"\s+(?:(?:all |so much |a bit |some )?(?:of )?(?:your|this|that|it|this with|that with|"
    r"with (?:me|us|the \w+)))?\s*(?:(?:your |their |his |her |my |our )?(?:feelings?|thoughts?|"
    r"stor(?:y|ies)|experiences?|views?|concerns?|worries|side|news|perspective)\b|with (?:me|us|the "
    r"(?:team|group|community))\b|$|[.,;!?])"
)
_THANKED_FOR = re.compile(
    r"\b(?:thanks?(?: you)? for|appreciate (?:you )?(?:taking the time to|being willing to)|"
    r"taking the time to|brave(?: enough)? to|for being willing to)\s*$"
)

# "you always / never" right after a purpose opener that follows the speaker's offer (rule 54)
_ALWAYS_NEVER = frozenset({"you always", "you never"})
_PURPOSE_BEFORE = re.compile(
    r"\b(?:so(?: that)?|to (?:make sure|ensure)|in order that|that way|then)\W*$"
)
_OFFER_BEFORE = re.compile(
    r"\b(?:(?:i|we)(?:'ll| will| can| could| shall| would|'d) |let me\b|let us\b|let's\b|"
    r"(?:could|can|shall|may|should) (?:i|we)\b|happy to\b|glad to\b|how about (?:i|we)\b|"
    r"what if (?:i|we)\b|i'm going to\b|we're going to\b|i want to\b|i'd like to\b|"
    r"would it help if\b)"
)

# A question that asks what their need is ("What do you really need from the team?", "So which
# rooms do you actually need?"), unless it doubts it anyway ("What do you even need it for?").
_ASKS_WHAT = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|well|then|hi|hello|hey|right)\W+)*(?:what|which)\b", re.I
)
_STILL_DOUBTS = re.compile(r"\b(?:even|why)\b", re.I)


def misread_cues(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """`hits` without the cues this module's rules read as misread (see the module)."""
    drop: set[int] = set()
    sided: dict[int, Hit] = {}
    for i, h in enumerate(hits):
        if h.start is None or h.end is None:
            continue
        if h.feature in UNDERSTANDING_CUES and "understand" in text.lower[h.start : h.end]:
            if _appeals_to_them(text, h.start):
                drop.add(i)
        elif h.feature == "care" and h.text.lower().endswith("you"):
            if _PLEA_AFTER.match(text.lower, h.end):
                drop.add(i)  # "I hope you will understand why I need it": a plea, no wish
        elif h.feature == "hard_no":
            if text.lower.startswith(_REFUSAL_OPENERS, h.start) and _OWN_NEED.match(
                text.lower, h.end
            ):
                drop.add(i)
        elif h.feature == "mutual_gain":
            s_start, _ = sentence_of(text, h.start)
            if _REACHED.search(text.lower, s_start, h.start):
                drop.add(i)  # "Glad we could come to an agreement": a deal reached, not sought
        elif h.feature == "undervalue":
            s_start, s_end = sentence_of(text, h.start)
            sentence = text.plain[s_start:s_end]
            if (
                sentence.rstrip().endswith("?")
                and _ASKS_WHAT.match(sentence)
                and not _STILL_DOUBTS.search(sentence)
            ):
                drop.add(i)  # "What do you really need from the team?": asks, no doubt (46)
        elif h.feature == "difficulty":
            s_start, s_end = sentence_of(text, h.start)
            if discloses_own(text.plain[s_start:s_end]):
                drop.add(i)  # "I am not good at hunting": the speaker's own (rule 45)
        elif h.feature == "blame" and h.text.lower() in _ALWAYS_NEVER:
            if _purpose_of_offer(text, h.start):
                drop.add(i)  # "I'll send a summary so you always have the answer" (rule 54)
        elif h.feature == "attack" and h.text.lower() in _CONTEMPT_WORDS:
            s_start, s_end = sentence_of(text, h.start)
            if _takes_their_side(text.lower[s_start:s_end]):
                # "It's absurd that you were left to handle it alone": their side (rule 55)
                sided[i] = h._replace(feature="validation")
        elif h.feature == "conditional_offer" and h.text.lower() == "share":
            if _SHARED_STORY.match(text.lower, h.end) or _THANKED_FOR.search(
                text.lower, max(0, h.start - 40), h.start
            ):
                drop.add(i)  # "thanks for taking the time to share your feelings" (rule 59b)
        elif h.feature == "conditional_offer" and h.text.lower() == "willing to do":
            s_start, s_end = sentence_of(text, h.start)
            if _ANNOUNCED.search(text.lower, s_start, h.end) and not _EXCHANGED.search(
                text.lower, s_start, s_end
            ):
                drop.add(i)  # "Here's what I'm willing to do: ..." announces it (rule 59)
        elif h.feature == "imperious_we":
            if text.lower.startswith(_ORDER_CUES, h.start) and _predicts(text, h.start, h.end):
                drop.add(i)
    if not drop and not sided:
        return hits
    return [sided.get(i, h) for i, h in enumerate(hits) if i not in drop]


def _purpose_of_offer(text: PreparedText, start: int) -> bool:
    """True when "you always / never" at `start` opens the purpose clause of the speaker's
    offer ("Could I send you a summary so you always have the answer?", "I'll set up a
    reminder so that you never miss the cut-off")."""
    s_start, _ = sentence_of(text, start)
    before = text.lower[s_start:start]
    purpose = _PURPOSE_BEFORE.search(before)
    return purpose is not None and _OFFER_BEFORE.search(before, 0, purpose.start()) is not None


def _takes_their_side(sentence: str) -> bool:
    """The contempt word is aimed at what was done to them, not at their request or view."""
    return (
        _YOU.search(sentence) is not None  # it happened to them
        and _DONE_TO_THEM.search(sentence) is not None
        and _AT_THEIRS.search(sentence) is None
    )


def _appeals_to_them(text: PreparedText, start: int) -> bool:
    """True when the words before `start` ask the partner to understand ("please do", "I hope
    you will", "try to"); False when the speaker is the one who understands."""
    if text.lower.startswith(("i ", "we "), start):
        return False
    clause = 0
    for k in text.clause_breaks:
        if k < start:
            clause = k
    i = tokens_before(text, start)
    for t in reversed(text.tokens[max(0, i - 5) : i]):
        if t.start < clause:
            return False
        if t.text in _APPEAL_OPENERS:
            return True
        if t.text not in _APPEAL_FILLER:
            return False
    return False


def _predicts(text: PreparedText, start: int, end: int) -> bool:
    """True when "you're going to do" at [start, end) predicts or reflects rather than orders."""
    s_start, _ = sentence_of(text, start)
    if _PREDICTION_BEFORE.search(text.lower, s_start, start):
        return True
    return bool(_ENCOURAGED_AFTER.match(text.lower, end))
