"""Rule 174 (docs/scoring.md): moving the talk to another matter is no engagement with theirs.

Skilled-sounding replies that miss: "I hear you. Shall we grab a coffee and talk about the team
offsite?", "I get it. Can we move on to the roadmap now?", "I understand. Let's talk about your
performance goals instead." (to someone whose leave was refused), "How are the kids doing these
days?" (to someone whose project was cut). The proposal earned "invited them to shape the
solution" or "proposes a concrete option", the question "asked about their needs", and with that
engagement the stock acknowledgement before them counted in full: each beat a plain reply that
took up their point.

A sentence changes the subject when it is a question or a proposal ("let's ...", "we could /
should ...", "I'd like to ...", "how about ...") that

- moves the talk on ("talk / chat about", "discuss", "move on to", "turn to", "get on to",
  "catch up on"; not "go through / look at / plan": work on their matter reads the same),
  invites them to something social (lunch, a coffee, drinks, pizza, the cinema, a gig, a party,
  the pub) or, as a question, asks small talk ("these days", "lately", "by the way", "this
  weekend", "the holidays", "your trip / family / new ...", "the kids", "are you excited about /
  looking forward to / enjoying / settling in / getting on ..."), and
- whose matter holds a content word of its own and none of theirs in any form (for small talk
  the whole sentence, for a move on the words after the turn; a matter opened by a question
  word, "talk about what happened", "discuss how we split it", is theirs or the task's), points
  back at nothing of their line ("it", "this", "that", "she", "them" ...), and names no word of
  how they are, of a pause for them, or of what they need or why ("feel", "holding up", "a
  break", "what happened", "Why do you need the weekend off?"); "We can talk about something
  else if this is too much right now" stays a kind offer of a break ("this" points back);
- or, said to change it in so many words ("by the way", "while I have you", "on another
  note", "changing the subject"), whose matter after those words has a word of its own for
  every two of theirs at most;
- said to a line with a matter of its own (three content words that are no pleasantry: after
  "Hi there! How are you?" small talk moves away from nothing).

The cue side (`shifted_cues.py`) takes its credit away and marks it; `sentences.py` clears its act.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from roleplay.scoring.comfort_offer import offers_comfort
from roleplay.scoring.content_words import SHORT_FILLERS, short_stem
from roleplay.scoring.own_agenda import AGENDA, agenda_turn
from roleplay.scoring.partner_lines import per_partner_line
from roleplay.scoring.stock_words import ack_clause

# the turns to another matter; the matter is what follows the match
_MOVE_ON = re.compile(
    r"\b(?:talk(?:ing)? about|chat(?:ting)? about|discuss(?:ing)?|mov(?:e|ing) on to|"
    r"turn(?:ing)? to|get(?:ting)? on to|catch(?:ing)? up on)\b",
    re.IGNORECASE,
)
# the subject changed in so many words: the matter after it need only be mostly not theirs
_OPENLY = re.compile(
    r"\b(?:by the way|btw|while i have you|while i've got you|while we're at it|on another note|"
    r"on a different note|changing the subject|to change the subject|unrelated|before i forget|"
    r"on a separate note|separately)\b",
    re.IGNORECASE,
)
# Rule 258: a move on to "something else" or "another topic" names no matter of its own, and
# needs none: it leaves theirs in so many words ("Can we talk about something else now?") ...
_ELSE = re.compile(
    r"\s+(?:(?:something|anything) (?:else|different)|(?:another|a different|other) "
    r"(?:topic|subject|thing|things))\b"
)
# ... unless it offers them a break or points back ("We can talk about something else if this
# is too much", "something else that's worrying you", "something else on your mind")
_KIND = re.compile(
    r"\b(?:if|this|that|that's|it|feel\w*|worr\w*|bother\w*|mind|break|easier|help\w*|else\W+"
    r"(?:you|going on|happening))\b"
)
# an invitation to something social
_SOCIAL = re.compile(
    r"\b(?:grab|get|have|go (?:for|to)|come (?:to|for|along to)|join (?:us|me) (?:for|at)|order|"
    r"fancy|head (?:to|out for)|meet (?:up )?for|plan)(?: \w+){0,3}? (?:lunch|coffee|coffees|"
    r"drinks?|pizzas?|dinner|breakfast|brunch|cinema|movie|film|gig|party|pub|pint|beers?|social|"
    r"barbecue|bbq|karaoke|bowling|quiz night)\b",
    re.IGNORECASE,
)
# small talk: a question about their life elsewhere
_SMALL_TALK = re.compile(
    r"\b(?:these days|lately|recently|by the way|btw|(?:this|the|at the|over the|for the) weekend|"
    r"the holidays?|your (?:holidays?|trip|weekend|family|kids|children|new)|the new|"
    r"the (?:kids|family|children)|you (?:still (?:doing|going to|thinking about|playing|taking)|"
    r"(?:excited|looking forward) (?:about|for|to)|enjoying|settling in|getting on|finding the "
    r"new)|this term|"
    # rule 454: an event or a show of the speaker's world ("Are you going to the conference
    # in Berlin this year?", "Are you coming to the summer fair?", "Anyone else watching the
    # new baking series?", "Did you catch the match last night?")
    r"are you (?:going|coming|heading|off) to (?:the|a|an|our|this) (?:\w+ ){0,2}(?:conference|"
    r"fair|f[eê]te|party|match|game|festival|show|concert|gig|wedding|barbecue|bbq|quiz|"
    r"reunion|parade|race|marathon|final|meet-?up|social|do)(?: in \w+)?(?: this (?:year|time))?|"
    r"are you coming to|"
    r"did you (?:watch|catch) (?:the|that|last)|anyone (?:else )?watching)\b",
    re.IGNORECASE,
)
# a matter opened by a question word ("talk about what happened", "discuss how we split it")
# is theirs or the task's, not a matter named of its own
_OPEN_MATTER = re.compile(
    r"\s*(?:what|how|why|whether|if|where|when|who|which|anything|everything)\b", re.IGNORECASE
)
# a proposal: the speaker puts forward what the two of them (or they) could do
_PROPOSAL = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|right|anyway|well|now),? )?(?:let's|let us|we (?:could|should|can|"
    r"might)|i'd (?:like|love) to|i want to|i'd rather|how about|what about|why don't we|"
    r"maybe we|perhaps we)\b",
    re.IGNORECASE,
)
# words that point back at their line or at them in it
_POINTING = frozenset(
    """it it's its that that's this these those he she him her his hers they them their theirs
    there then same""".split()
)
# how they are, or a pause for them: a kind offer, not another matter
_THEIR_STATE = re.compile(
    r"\b(?:feel\w*|felt|cop\w+|manag\w+|okay|ok|alright|break|rest|breather|breath|space|time out|"
    r"support\w*|help\w*|worr\w*|stress\w*|sleep\w*|mind|head|heart|happen\w*|going on|"
    r"sorrows?|cheer (?:\w+ )?up|forget|hold\w* up|bearing up|getting through|keeping going|"
    r"need\w*|wants?(?! to (?:come|go|grab|get|join|have|see|watch|meet|head)\b)|prefer\w*|"
    r"matters?|important|why)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_FILLERS = SHORT_FILLERS | frozenset(
    """where which still things thing about today tomorrow tonight week does doing
    done going first next instead now later else something anything other another properly
    quick quickly grab come coming along shall maybe perhaps talk chat discuss move through over
    look review turn start focus sort sign finalise finalize check""".split()
)


# what leaving their matter costs in collaboration (hand-set cue units, about -7 points): the
# fitted `topic_shift` cue costs listening only
SHIFT_REASON = "left their problem for another matter"
SHIFT_UNITS = -0.5

# their line must have a matter: this many content words that are no pleasantry
MATTER_WORDS = 3
_PLEASANTRIES = frozenset(
    """good fine great thank thanks hello hell hey there well doing nice glad happy hope okay
    sure yeah yes deal cool awesome morning evening afternoon""".split()
)


def _words(text: str) -> list[str]:
    return [w.split("'")[0].split("’")[0] for w in _WORD.findall(text.lower())]


def _content(words: list[str]) -> set[str]:
    return {short_stem(w) for w in words if len(w) >= 4 and w not in _FILLERS}


@per_partner_line
def _partner_matter(partner: str) -> frozenset[str]:
    """The content words of their line, read once per line."""
    return frozenset(_content(_words(partner)))


def _theirs(word: str, partner: AbstractSet[str]) -> bool:
    return word in partner or any(word[:4] == p[:4] for p in partner)


def changes_subject(text: str, partner: str, before: str = "") -> bool:
    """The sentence moves the talk to a matter of its own (module docstring); `before`, the
    reply's text before it, tells whether a stock acknowledgement came right before (rule
    213)."""
    if not partner.strip():
        return False
    question = text.rstrip().endswith("?")
    lowered = text.lower()
    if offers_comfort(lowered, partner):  # "Would you like a cup of tea while you wait?" (212)
        return len(_partner_matter(partner) - _PLEASANTRIES) >= MATTER_WORDS
    clause = ack_clause(lowered)
    if clause is not None:  # "I get it, can we look at ...?": the matter is in the rest
        text, lowered = text[clause:].lstrip(",;- "), lowered[clause:].lstrip(",;- ")
    if not question and _PROPOSAL.search(lowered) is None:
        return False
    turn = (
        _MOVE_ON.search(lowered)
        or _SOCIAL.search(lowered)
        # "I get it. Shall we go through the budget?" (rule 213)
        or agenda_turn(lowered, clause is not None, before)
    )
    if turn is None and question:
        turn = _SMALL_TALK.search(lowered)
    if turn is None:
        return False
    words = _words(text)
    # "these days", "this weekend": the small-talk phrase points at no line
    if (
        any(w in _POINTING for w in _words(_SMALL_TALK.sub(" ", lowered)))
        or _THEIR_STATE.search(lowered) is not None
    ):
        return False
    theirs = _partner_matter(partner)
    if len(theirs - _PLEASANTRIES) < MATTER_WORDS:
        return False  # "Hi there! How are you?": no matter of theirs to move away from
    if turn.re in (_MOVE_ON, AGENDA) and _OPEN_MATTER.match(lowered, turn.end()) is not None:
        return False
    if turn.re is _MOVE_ON and _ELSE.match(lowered, turn.end()) and not _KIND.search(lowered):
        return True  # rule 258: "Can we talk about something else now?" says it in so many words
    openly = _OPENLY.search(lowered)
    if openly is not None:
        # "While I have you, can we talk about moving my team's standup?": said to change it,
        # the matter need only be mostly not theirs ("team" and "moving" are theirs too)
        after = _content(_words(text[openly.end() :])) or _content(_words(text[: openly.start()]))
        shared = sum(_theirs(w, theirs) for w in after)
        own_words = len(after) - shared
        return own_words >= 1 and 2 * own_words >= shared
    own = _content(words)
    if any(_theirs(w, theirs) for w in own):
        return False
    # small talk is about another matter as a whole; a move on, from its turn
    matter = own if turn.re is _SMALL_TALK else _content(_words(text[turn.start() :]))
    return bool(matter)
