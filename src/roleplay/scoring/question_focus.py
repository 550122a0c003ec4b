"""Rule 53 (docs/scoring.md): a question earns "asks about what matters to them" only when it
opens the floor to them or picks up their line (English wording).

Two question forms the encoder read as a curious question (`+8 to +10 listening: this
sentence asks about what matters to them`) though they ask for nothing of theirs:

- **A closed question for a fact** that their line did not raise: a yes/no question ("Was she
  old?", "Have you been tested?", "Is it a big company?") or a question for an age or a count
  ("How old was he?", "How many were there?"), or a question for the cause of what someone
  else did ("Why did he call it off?", rule 53e). It asks for a detail, not for their experience,
  view or need, so it earns a plain question's credit (`asked a question`) only. Not when it
  picks up a content word of their line ("Is the release still on Friday?" to "The release
  slipped again"), asks how they are or feel, what they want, need or think, about help, rest
  or company ("Are you okay?", "Did you get any sleep?", "Is anyone with you tonight?", "Do you
  want to talk about it?"), or offers something ("Shall I call the supplier?").
- **A question that has nothing to do with them or their line** ("What is for lunch today?"
  to someone afraid of being blamed for a slipped migration): no "you", no content word of
  their line, nothing pointing back at it ("it", "that", "she") and no word of their
  experience ("What happened?", "What would help?"), but a content word of its own: it changes
  the subject. It earns no question credit at all (neither the act nor the cue layer's "asked
  an open question"), so the reply can be read as not engaging with what they said.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from roleplay.scoring.content_words import SHORT_FILLERS, short_stem
from roleplay.scoring.features_base import Hit

if TYPE_CHECKING:
    from roleplay.scoring.sentences import Sentence

QUESTION_CUES = frozenset({"open_question", "closed_question"})
# below this closeness to their nearest sentence, the encoder also finds no tie to their line
OFF_TOPIC_CLOSENESS = 0.2

_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
# a yes/no question: an auxiliary or modal, then its subject
_YES_NO = re.compile(
    r"^\W*(?:(?:so|and|but|oh|ok(?:ay)?|well|sorry),? )?(?:is|are|was|were|did|does|do|has|have|"
    r"had|will|would|can|could|should)(?:n't)? (?:he|she|they|the|his|her|their|a|an|"
    r"any|some|[a-z]+'s)\b",
    re.IGNORECASE,
)
# a question for an age or a count
_FACT = re.compile(
    r"^\W*(?:(?:so|and|but|oh),? )?(?:how (?:old|many|much|tall|big|far)|what age)\b",
    re.IGNORECASE,
)
# a question for the cause of what someone else did ("Why did he call it off?", rule 53e): it
# asks for an account of them, not about the person speaking
_WHY = re.compile(
    r"^\W*(?:(?:so|and|but|oh),? )?why (?:did|does|do|would|was|were|is|are|has|have|had)(?:n't)? "
    r"(?:he|she|they|it|the \w+|his \w+|her \w+|their \w+)\b",
    re.IGNORECASE,
)
# words of their experience, wishes, view, help, rest or company: such a question asks about them
_ABOUT_THEM = re.compile(
    r"\b(?:feel\w*|felt|okay|ok|alright|all right|cop\w+|manag\w+|hold\w* up|want\w*|wish\w*|"
    r"need\w*|like|prefer\w*|think\w*|thought|believe|mind|hop\w+|worr\w*|scar\w+|afraid|"
    r"upset|angry|sad|hurt\w*|happ\w+|going on|wrong|matters?|mean\w*|help\w*|support\w*|talk\w*|"
    r"sleep\w*|slept|eat\w*|rest\w*|safe|anyone|anybody|someone|somebody|plan\w*|"
    r"ready|sure|important|else|more|hard\w*|worst|tough\w*|difficult\w*|best|easi\w*|part|"
    r"biggest|most|priorit\w*|urgent\w*|first|risk\w*|concern\w*|deadline\w*|work\w*|"
    r"ha(?:s|ve) to|must)\b",
    re.IGNORECASE,
)
# an offer or a proposal put as a question ("Shall I ...", "Can I ...", "Would it help ...")
_OFFER = re.compile(
    r"\b(?:shall|should|can|could|may|might) (?:i|we)\b|\bwould (?:it|that) (?:help|work)\b|"
    r"\b(?:how|what) about\b|\bwhat if\b|\blet me\b",
    re.IGNORECASE,
)
# A question that opens with a wh-word, perhaps after a small lead-in ("So what ...",
# "And how ...", "OK, which ..."): it opens a subject (off_topic here) or opens their point
# (took_up), where a yes / no question checks a detail. One pattern for both readings.
WH_OPENING = re.compile(
    r"^\W*(?:(?:and|so|but|then|oh|ok(?:ay)?|well|anyway),?\s+)?"
    r"(?:what|where|when|who|which|how)\b",
    re.IGNORECASE,
)
_CHOICE = re.compile(r"\bor\b", re.IGNORECASE)
# words that point back at their line
_POINTING = frozenset(
    """it it's its that that's this these those he she him her his hers they them their theirs
    there then""".split()
)
_FIRST_PERSON = frozenset("""i me my mine myself we us our ours i'm i've i'd i'll""".split())
_SECOND_PERSON = frozenset(
    """you your yours yourself yourselves you're you've you'd you'll u ur""".split()
)
_FILLERS = SHORT_FILLERS | frozenset(
    """where which still things thing about today tomorrow yesterday
    tonight week does doing done going""".split()
)


def _content(text: str) -> set[str]:
    return {
        short_stem(w)
        for w in (w.split("'")[0].split("’")[0] for w in _WORD.findall(text.lower()))
        if len(w) >= 4 and w not in _FILLERS
    }


def shares_their_words(text: str, partner: str, fillers: frozenset[str] = frozenset()) -> bool:
    """A word of four letters or more of `text` (not a filler) is a word of their line, or
    starts with the same four letters as one."""
    theirs = _content(partner)
    return any(
        w in theirs or any(len(t) >= 4 and len(w) >= 4 and t[:4] == w[:4] for t in theirs)
        for w in _content(text) - fillers
    )


def closed_fact(text: str, partner: str) -> bool:
    """A closed question for a detail their line did not raise (module docstring)."""
    if not partner.strip() or not text.rstrip().endswith("?"):
        return False
    if _YES_NO.search(text) is None and _FACT.search(text) is None and _WHY.search(text) is None:
        return False
    words = {w.split("'")[0] for w in _WORD.findall(text.lower())}
    if words & (_SECOND_PERSON | _FIRST_PERSON):
        return False  # about them or us: "Do you have any extra food?", "Is it OK if I ...?"
    if _ABOUT_THEM.search(text) is not None or _OFFER.search(text) is not None:
        return False
    if _CHOICE.search(text) is not None:
        return False  # "Is the cut annual, or just this quarter?" checks which of two
    # the cause of what someone did asks for an account, on their words or not (rule 53e)
    return _WHY.search(text) is not None or not shares_their_words(text, partner)


def off_topic(text: str, partner: str, closeness: float) -> bool:
    """A question tied neither to them nor to their line (module docstring); `closeness` is
    the encoder's closeness of the question to their nearest sentence."""
    if not partner.strip() or not text.rstrip().endswith("?") or closeness >= OFF_TOPIC_CLOSENESS:
        return False
    if WH_OPENING.search(text) is None:
        return False  # "Agreed?", "So I get the water?" check the deal in hand
    words = [w.split("'")[0] for w in _WORD.findall(text.lower())]
    if any(w in _SECOND_PERSON or w in _POINTING for w in words):
        return False
    if _ABOUT_THEM.search(text) is not None or _OFFER.search(text) is not None:
        return False
    return bool(_content(text)) and not shares_their_words(text, partner)


def closed_for_a_fact(hits: list[Hit], closed: list[Sentence]) -> list[Hit]:
    """The cue layer's "asked an open question" inside a closed question for a fact ("How old
    was he?"; `closed`: the reply's sentences that are such questions, see `closed_fact`) is a
    plain question's credit."""
    if not closed:
        return hits
    return [
        h._replace(feature="closed_question")
        if h.feature == "open_question"
        and h.start is not None
        and any(s.start <= h.start < s.end for s in closed)
        else h
        for h in hits
    ]


# what a retort put as a question does not earn
RETORT_CREDIT = QUESTION_CUES | {"option", "follow_up", "paraphrase"}


def retorts(hits: list[Hit], sentences: list[Sentence]) -> list[Sentence]:
    """Questions that hold a dismissal cue kept as a retort ("So what?", "So what if it
    slipped?", rule 50): they ask for nothing and propose nothing (rule 53c)."""
    at = [h.start for h in hits if h.feature == "dismissal" and h.start is not None]
    return [
        s
        for s in sentences
        if s.text.rstrip().endswith("?") and any(s.start <= a < s.end for a in at)
    ]


# Rule 53d (docs/scoring.md): a remedy put to them as a question about a service or a
# professional ("Have you joined a support group?", "Have you seen a specialist?") or with its
# subject left out ("Seen an ENT yet?", "Tried a white-noise app?") is advice, like rule 31a's
# "Have you tried ...?". "Have you told anyone?" and "Have you talked to him since?" ask about
# what happened.
_SERVICE = (
    r"(?:support group|group|specialist|consultant|doctor|gp|ent|counsell?or|therapist|"
    r"psychologist|psychiatrist|lawyer|solicitor|union|hr|helpline|hotline|physio\w*|nurse|"
    r"clinic|pharmacist|dentist|optician|vet|adviser|advisor|coach|mediator|ombudsman|"
    r"citizens advice|app|course|class|programme|program|service|charity|forum)"
)
_REMEDY_QUESTION = re.compile(
    r"^\W*(?:(?:so|and|but|well|ok(?:ay)?),? )?(?:(?:have|did|had) you (?:already |ever |even |"
    r"thought to )?(?:joined|join|seen|see|booked|book|contacted|contact|called|call|rung|ring|"
    r"been to|gone to|go to|spoken to|speak to|talked to|talk to|signed up (?:for|to|with)|"
    r"sign up (?:for|to|with)|found|got|downloaded)(?: \w+){0,3}? "
    + _SERVICE
    + r"s?\b|(?:tried|seen|asked|called|booked|joined|contacted|considered|thought about|"
    r"looked into|checked|rung|been to|spoken to|talked to)\b(?! (?:you|me|him|her|them)\b))",
    re.IGNORECASE,
)


def remedy_question(text: str) -> bool:
    """A remedy put to them as a question (rule 53d)."""
    return text.rstrip().endswith("?") and _REMEDY_QUESTION.search(text) is not None
