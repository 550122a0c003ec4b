"""A short yes or no read against what the counterpart just asked (issue 12).

"No." names nothing, and "Sure." only takes the other side's words in: on their own they make no
move (:mod:`.intent_only_no`, :func:`.intent_parts.acknowledges_only`). Against the line they
answer they make one. To "Can we host them in the US for now?" a "No." refuses US hosting and a
"Sure." concedes it; to "Let's move the launch to March." a "Fine by me." agrees to March. So
when the reply is only a short answer and the counterpart's line ends on something to answer, the
reply is read as that thing said back with the reply's polarity (:func:`answered`): "No." to
"Can we host them in the US for now?" is read as "We can't host them in the US for now.", and
"Sure." as "We can host them in the US for now.". The matcher matches that reading in place of
the reply and says so (:meth:`.intents.IntentMatcher.score`).

A short answer is the whole reply:

* a no: only a no, an apology or a firmer adverb at most (:func:`.intent_only_no.only_no`:
  "No.", "Nope.", "Absolutely not.", "Not a chance.", "No, sorry."), or a no that refuses "it"
  and names nothing else ("I can't do that.", "Sorry, I won't do it.": :mod:`.intent_move_on_it`);
* a yes: an assent word or a phrase that lets the thing go ahead, a negated one included ("OK.",
  "Sure, go ahead.", "Fine by me.", "I don't see why not.", "No objection from me.", "I won't
  stand in your way.", "I'm not going to block it."), or a yes that acts on "it" and names
  nothing else ("Sure, I'll do that.", "OK, I'll take care of it.": :mod:`.intent_move_on_it`,
  read only when the line asks for a move). Not a yes: what only says it heard them ("Right.",
  "I see.", "Noted.", "Understood."), which agrees to nothing.

What can be answered, in the last sentence of the line that holds one:

* a yes/no question that asks for a move: a modal with its subject ("Can we ...?", "Could you
  ...?", "Would you be willing to ...?", "Is there any way you could ...?", "Any chance we could
  ...?");
* a proposal: "Let's ...", "How about we ...?", "What if we ...?", "Why don't we ...?", "I need
  you to ...", "I'm asking you to ...";
* a plan put as a statement with a tag that asks for a yes ("... so we host them in the US for
  now. Fine, right?", "..., OK?").

The subject is turned round to the learner's side ("Could you approve it?" -> "I can approve
it"; "Can I leave early?" -> "You can leave early"), and so are the other pronouns ("send me the
file" -> "send you the file").

Not answered (None): a question that asks for words rather than a move ("Can you tell me why?",
"Can I ask something?"), "Would you mind ...?" (a no to it is a yes), a question whose move is
already negated ("Can't we skip it?" is answered; "Can we not tell them yet?" is not), a
wh-question ("Why is it late?" has no yes or no), and a line with nothing to answer.
Deterministic: the reading depends only on the two texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .intent_move_on_it import acts_on_it, may_act_on_it
from .intent_only_no import only_no
from .intent_purpose import negation_only_in_purpose
from .memo import reading
from .negation import has_negator
from .sentences import split_sentences

_LONGEST = 60  # characters: a short answer is shorter

# an assent, or a phrase that lets the thing asked go ahead (a negated one too)
_YES_PHRASE = (
    r"(?:ok(?:ay)?|fine|sure(?:\s+thing)?|yes|yeah|yep|yup|alright|all\s+right|agreed|deal|done"
    r"|fair\s+enough|of\s+course|absolutely|certainly|definitely|by\s+all\s+means|go\s+ahead"
    r"|go\s+for\s+it|(?:let['’]?s\s+)?do\s+(?:it|that)|sounds\s+(?:good|fine|ok(?:ay)?)"
    r"|(?:that|it)\s+works(?:\s+for\s+me)?|works\s+for\s+me|fine\s+by\s+me"
    r"|(?:that['’]?s|that\s+is|it['’]?s)\s+(?:fine|ok(?:ay)?|alright)(?:\s+(?:by|with)\s+me)?"
    r"|i['’]?m\s+(?:fine|ok(?:ay)?|happy|good|cool)\s+with\s+(?:that|it|this)"
    r"|i\s+can\s+live\s+with\s+(?:that|it|this)|why\s+not"
    r"|i\s+(?:don['’]?t|do\s+not)\s+see\s+why\s+not"
    r"|no\s+objections?(?:\s+(?:from\s+me|here|on\s+my\s+side))?"
    r"|i\s+(?:won['’]?t|will\s+not)\s+(?:stand\s+in\s+your\s+way|block\s+(?:it|that|this|you)"
    r"|stop\s+(?:it|that|this|you)|say\s+no|object)"
    r"|i['’]?m\s+not\s+going\s+to\s+(?:stand\s+in\s+your\s+way|block\s+(?:it|that|this|you)"
    r"|stop\s+(?:it|that|this|you)|say\s+no|object|fight\s+(?:it|that|this|you))"
    r"|you\s+have\s+my\s+(?:blessing|approval|ok|okay|go-ahead)|no\s+problem|no\s+worries"
    r"|i\s+(?:guess|suppose)(?:\s+so)?|if\s+you\s+(?:must|insist))"
)
_YES = re.compile(
    rf"\W*(?:(?:well|look|honestly|oh|um|uh|then)\W+)?{_YES_PHRASE}"
    rf"(?:\W+(?:{_YES_PHRASE}|then|mate|i\s+guess|i\s+suppose))*\W*",
    re.IGNORECASE,
)

# words that may open the sentence before the move ("So, can we ...?", "Look, let's ...")
# and a condition before the move ("If I take that now, would your team commit to that?")
_LEAD = (
    r"\W*(?:(?:so|look|ok|okay|well|then|and|but|honestly|listen|right|now|just)\W+)*"
    r"(?:(?:if|once|when|provided|assuming)\b[^,;?]*,\s*)?"
)
# who makes the move: the two of them, or the learner's team (a question about what a third
# party can do asks for a fact, whose no refuses nothing: "Can they finish by Friday?")
_SUBJECT = r"(we|you|i|your\s+team)"
_SOFTENERS = r"(?:(?:please|just|maybe|perhaps|at\s+least|possibly|still|also|then)\s+)*"
# a modal question about a move: "Can we host them ...?", "Can't you just approve it?"
_MODAL = re.compile(
    _LEAD
    + r"(?:can|could|would|will|shall|may|might|can['’]?t|couldn['’]?t|won['’]?t|wouldn['’]?t)\s+"
    + _SUBJECT
    + r"\s+"
    + _SOFTENERS
    + r"(?:be\s+(?:willing|able|open|happy|ok(?:ay)?|prepared|up\s+for)\s+(?:to|with)\s+)?"
    r"(?P<core>.+?)\W*$",
    re.IGNORECASE,
)
# "Is there any way you could ...?", "Any chance we could ...?"
_CHANCE = re.compile(
    _LEAD
    + r"(?:is\s+there\s+(?:any\s+)?(?:way|chance)|any\s+chance)\s+(?:that\s+)?"
    + _SUBJECT
    + r"\s+(?:can|could|would|might|will)\s+"
    + _SOFTENERS
    + r"(?P<core>.+?)\W*$",
    re.IGNORECASE,
)
# "Are you willing to ...?", "Are you OK with ...?"
_WILLING = re.compile(
    _LEAD
    + r"(?:are|is)\s+"
    + _SUBJECT
    + r"\s+"
    + _SOFTENERS
    + r"(?:willing|able|open|happy|ok(?:ay)?|prepared|up\s+for)\s+(?:to|with)\s+"
    r"(?P<core>.+?)\W*$",
    re.IGNORECASE,
)
# a proposal made together: "Let's ...", "How about we ...", "What if we ...", "Why don't we ..."
_TOGETHER = re.compile(
    _LEAD + r"(?:let['’]?s|let\s+us|how\s+about\s+we|what\s+if\s+we|why\s+don['’]?t\s+we"
    r"|why\s+do\s+we\s+not|shall\s+we|should\s+we|we\s+(?:could|should)\s+(?:just\s+)?)\s+"
    + _SOFTENERS
    + r"(?P<core>.+?)\W*$",
    re.IGNORECASE,
)
# a move asked of the learner: "I need you to ...", "You need to ...", "Please ..."
_ASKED_OF_YOU = re.compile(
    _LEAD + r"(?:i\s+(?:really\s+)?(?:need|want)\s+you\s+to|i['’]d\s+like\s+you\s+to"
    r"|i\s+would\s+like\s+you\s+to|i['’]?m\s+asking\s+you\s+to|all\s+i['’]?m\s+asking\s+is\s+"
    r"(?:that\s+)?you|you\s+(?:really\s+)?(?:need|have|ought)\s+to|you['’]ve\s+got\s+to"
    r"|you\s+(?:should|must)|please)\s+" + _SOFTENERS + r"(?P<core>.+?)\W*$",
    re.IGNORECASE,
)
# a move put to the learner as a statement with a question mark: "So you'll tell her today?"
_DECLARED = re.compile(
    _LEAD
    + r"(you|we)\s*(?:['’]ll|will|are\s+going\s+to|can)\s+"
    + _SOFTENERS
    + r"(?P<core>.+?)\W*$",
    re.IGNORECASE,
)
# a tag that asks for a yes to what the sentence before it says
_TAG = re.compile(
    r"\W*(?:(?:ok(?:ay)?|fine|right|alright|all\s+right|agreed|deal|yes|good|cool)\W*)+"
    r"|\W*(?:is\s+that|are\s+you|would\s+that\s+be|does\s+that\s+sound|are\s+we)\s+"
    r"(?:ok(?:ay)?|fine|alright|all\s+right|agreed|good|acceptable|a\s+deal|on\s+board"
    r"|happy\s+with\s+that|ok(?:ay)?\s+with\s+(?:that|it)|clear)\W*"
    r"|\W*(?:sound\s+good|works?\s+for\s+you|makes\s+sense|deal|agreed|yes"
    r"|(?:would|does|will|can)\s+(?:that|this)\s+work(?:\s+for\s+you)?)\W*",
    re.IGNORECASE,
)
# the plan in the sentence before a tag: its last clause with a subject ("The EU region has a
# six-week wait, so we host them in the US for now and move them later")
_PLAN = re.compile(
    r"(?:^|.*[,;:]\s*|.*\b(?:so|then|and)\s+)" + _SOFTENERS + r"(we|you|i)\s+"
    r"(?:(?:can|could|will|would|should|just|simply)\s+|['’]ll\s+)*"
    r"(?P<core>(?!(?:can|could|will|would|should|are|is|were|was|have|had|do|does|did|need"
    r"|want|think|know)\b).+?)\W*$",
    re.IGNORECASE,
)
# a plan before a tag put as an order: "Then put scheduling in the US for now. Deal?" (not a
# sentence that opens on a subject, an article or a verb of being: no order)
_ORDER = re.compile(
    _LEAD
    + _SOFTENERS
    + r"(?P<core>(?!(?:i|we|you|they|he|she|it|this|that|there|the|a|an|my|your|our|their"
    r"|his|her|its|is|are|was|were|be|been|what|why|how|when|where|who|which|if)\b)[a-z].+?)\W*$",
    re.IGNORECASE,
)
# a move that asks for words, or "mind" (whose no is a yes): no yes or no to read
_NOT_A_MOVE = re.compile(
    r"(?:(?:tell|show|explain\s+to|remind|walk|talk\s+to|give)\s+(?:me|us)\s+(?:why|what|how"
    r"|when|where|who|which|whether|if|about|more|a\s+bit|through)|tell\s+me\s*$|explain\b"
    r"|ask|help\s+me\s+understand|clarify|repeat|hear|understand|mind|see\s+(?:why|what|how)"
    r"|imagine|guess|think|believe|confirm\s+(?:what|why|how))\b",
    re.IGNORECASE,
)
# what a move is for, after it: "... so she sees I'm not a monster"
_PURPOSE = re.compile(
    r",?\s+so\s+(?:that\s+)?(?:she|he|they|i|we|you|it|people|everyone|nobody)\b.*$",
    re.IGNORECASE,
)
# a move that is only "that" or "it": what it stands for is said elsewhere ("Are you OK with
# that?" after a statement that is no plan)
_ANAPHOR = re.compile(r"(?:that|this|it|those|these)", re.IGNORECASE)
_TURNED = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "you": "me",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
}
_PRONOUN = re.compile(r"\b(?:i|me|my|mine|myself|you|your|yours|yourself)\b", re.IGNORECASE)
_SPEAKER = {"we": "We", "you": "I", "i": "You"}  # the subject said back (others as turned)


@dataclass(frozen=True)
class Answer:
    """A short answer read against the line it answers."""

    yes: bool  # an assent (False: a no)
    asked: str  # the sentence of the counterpart's line that it answers
    reading: str  # what the reply says, spelled out ("We can't host them in the US for now.")


def short_answer(reply: str) -> bool | None:
    """True for a reply that is only a yes, False for one that is only a no, None otherwise
    (see the module docstring)."""
    text = reply.strip()
    if not text or len(text) > _LONGEST:
        return None
    if only_no(text):
        return False
    if _YES.fullmatch(text) is not None:
        return True
    return None


def answered(reply: str, line: str | None) -> Answer | None:
    """``reply`` read against the counterpart's ``line`` when it is a short answer and the line
    ends on something to answer; None otherwise (see the module docstring)."""
    if not line:
        return None
    yes = short_answer(reply)
    if yes is None and not may_act_on_it(reply):
        return None
    found = _asked(line)
    if found is None:
        return None
    asked, subject, core = found
    if yes is None:  # a yes or a no that acts on "it" (see .intent_move_on_it)
        yes = acts_on_it(reply, core)
        if yes is None:
            return None
    verb = "can" if yes else "can't"
    return Answer(yes, asked, f"{subject} {verb} {core}.")


@reading
def _asked(line: str) -> tuple[str, str, str] | None:
    """The sentence of ``line`` that can be answered yes or no, with the subject and the move
    as the learner would say them back; None when the line holds none."""
    sentences = [line[a:b] for a, b in split_sentences(line)]
    for n in range(len(sentences) - 1, -1, -1):
        sentence = sentences[n]
        found = None
        if n > 0 and sentence.endswith("?") and _TAG.fullmatch(sentence) is not None:
            # "... so we host them in the US for now. Fine, right?": the plan before the tag
            before = sentences[n - 1]
            plan = _PLAN.fullmatch(before)
            if plan is not None:
                found = (plan.group(1), plan.group("core"))
            else:
                order = _ORDER.fullmatch(before)
                if order is not None:  # an order to the learner: "Then put it in the US."
                    found = ("you", order.group("core"))
            sentence = f"{before} {sentence}"
        else:
            found = _move(sentence)
        if found is None:
            continue
        subject, core = found
        core = _PURPOSE.sub("", core)  # the move without what it is for
        negated = has_negator(core) and not negation_only_in_purpose(core)
        if negated or _NOT_A_MOVE.match(core) is not None or _ANAPHOR.fullmatch(core):
            return None
        said = _SPEAKER.get(subject.lower()) or _turned(subject).capitalize()
        return sentence, said, _turned(core)
    return None


def _move(sentence: str) -> tuple[str, str] | None:
    """The subject and the move of a question or a proposal (None: it is neither)."""
    if sentence.endswith("?"):
        for pattern in (_MODAL, _CHANCE, _WILLING, _DECLARED):
            found = pattern.fullmatch(sentence)
            if found is not None:
                return found.group(1), found.group("core")
    together = _TOGETHER.fullmatch(sentence)
    if together is not None:
        return "we", together.group("core")
    mine = _ASKED_OF_YOU.fullmatch(sentence)
    if mine is not None:
        return "you", mine.group("core")
    return None


def _turned(core: str) -> str:
    """``core`` with the pronouns of the two speakers swapped (the counterpart's "me" is the
    learner's "you")."""

    def swap(found: re.Match[str]) -> str:
        word = found.group()
        return _TURNED[word.lower()]

    return _PRONOUN.sub(swap, core)
