"""How close parts of a reply come to groups of phrasings (one group per intent): one function,
used both to match replies and to calibrate thresholds, so the two always agree.

The score of a part against a group is its best cosine to a phrasing of the group *of the same
polarity* (see :mod:`.negation`), blended with the second best (``CONSENSUS_WEIGHT``) so that
one shared word with one example counts less than agreement with several - but a part at least
``CLOSE`` to one example loses at most ``MAX_DRAG`` that way: a reply that nearly rewords one
example ("Fine, let's just put them in Virginia for a couple of weeks" beside "I can live with
Virginia for a few weeks") is not lost because the intent's other examples use other words.
A phrasing of the other mood (a question against a statement) counts ``MOOD_PENALTY`` less:
"What does the board need?" and "The board will have to wait" share words, not a move.

Everything is computed for all groups at once (one matrix product, per-group reductions), so
matching every intent of a scenario costs about as much as matching one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .intent_idioms import plainly
from .intent_purpose import negative as read_negative
from .intent_readings import GUESS, accuses, checks, defers, demands, owns, refuses, speaks
from .word_gates import gate, required_words

CONSENSUS_WEIGHT = 0.5
MAX_DRAG = 0.1
CLOSE = 0.5  # a part this close to one example is nearly a rewording of it
MOOD_PENALTY = 0.1
REFLECTION_PENALTY = 0.5
NARRATIVE_PENALTY = REFLECTION_PENALTY  # the explanations read one penalty for both
NO_MATCH = -1.0
LONE_SECOND = 0.2

Vectors = NDArray[np.float32]
Flags = NDArray[np.bool_]
Moods = NDArray[np.intp]
Scores = NDArray[np.float64]

_QUESTION_START = re.compile(
    r"^\W*(?:what|why|how|when|where|who|which|whose|is|are|was|were|do|does|did|can|could|"
    r"would|will|should|shall|may|might|have|has)\b",
    re.IGNORECASE,
)


# The words of a question that asks about nothing ("Why?", "What for?", "How come?", "What do
# you mean?", "Why is that?"); a question of these alone is BARE_QUESTION.
_BARE_WORDS = frozenset(
    "why what how when where who which whats what's hows how's why's whys so for come then"
    " exactly is it that this do does did you mean really like such as and or the reason"
    " again sorry huh eh".split()
)
_BARE_WORD = re.compile(r"[\w%$£€]+(?:['’][a-z]+)?")


def bare_question(text: str) -> bool:
    """A question of at most five words, all of them question or function words (see
    _BARE_WORDS)."""
    words = _BARE_WORD.findall(text.lower().replace("’", "'"))
    return 0 < len(words) <= 5 and all(w in _BARE_WORDS for w in words)


# A statement that opens with "what" and names what the speaker or they can do, want or need
# ("What I can do is give their key its own tier", "What we could do is phase it", "What you
# need is a pilot"): a pseudo-cleft that puts its move after the "is", not a question - unless
# it asks for something to be known ("What I'd like to know is how many records they send").
_CLEFT = re.compile(
    r"^\W*what (?:i|we|you|they|he|she|my team|our team)(?:['’](?:d|ll|m|re|ve))?"
    r"(?: +(?!(?:is|was)\b)[\w'’]+){1,4}? +(?:is|was)\b",
    re.IGNORECASE,
)
_ASKS_TO_KNOW = re.compile(r"\b(?:know|understand|ask|wonder|wondering|curious|find out)\b", re.I)


def is_question(text: str) -> bool:
    stripped = text.strip()
    if stripped.endswith("?"):
        return True
    if not _QUESTION_START.match(stripped):
        return False
    cleft = _CLEFT.match(stripped)
    return cleft is None or _ASKS_TO_KNOW.search(stripped, 0, cleft.end()) is not None


# A statement about the other person's need, wish or feeling ("You need the export by Friday",
# "So you're asking for 20% more", "It sounds like the board is pushing you"): reflective
# listening, which shares the topic's words with every move but makes none.
_REFLECTION = re.compile(
    # a listening stem before "you": anything said about them after it restates them
    r"^\W*(?:(?:so|and|ok|okay|right)\W+)?(?:(?:it )?(?:sounds|seems) like|i hear that "
    r"|i hear (?=you(?:['’]re| are| were)\b)|what i(?:'m| am) hearing is(?: that)?|if i understand (?:you|correctly)\W*)\W*you\b"
    # or "I hear you" before a restatement of their situation ("I hear you, the board needs
    # 30% by Friday")
    r"|^\W*(?:(?:so|and|ok|okay|right)\W+)?i hear you\W+(?:the|your|they|he|she|it|that|this)\b"
    # or a listening stem before how much it weighs on them ("I can hear how much is riding
    # on the show", "I can see how hard this week has been")
    r"|^\W*(?:(?:so|and|ok|okay|right|look)\W+)?i (?:can |do )?(?:hear|see|tell|imagine) how"
    r" (?:much|hard|important|big|stressful|frustrating|difficult|tough|serious|badly|worried"
    r"|upset|angry|annoyed|tight|bad|rough|painful|embarrassing|disappointing|unfair|exhausting)\b"
    # or a summary of what it is about for them ("So it's about not being caught out in Q4
    # again", "So the real worry is the audit"): the "so" of a summary, not the speaker's move
    r"|^\W*so\W+(?:(?:it|this|that)(?:['’]s| is)(?: (?:really|all|more|mostly|partly))? about"
    r"|(?:the|your) (?:real |main |big )?(?:worry|concern|fear|issue|problem|point|question)"
    r"(?:['’]s| is))\b"
    # or a guess at how they felt ("You must have felt exposed", "You must be exhausted",
    # "Your team must have been blindsided"): the "must" of a guess, not of an obligation
    + r"|"
    + GUESS
    # or, without a stem, a statement of what they need, want or feel
    + r"|^\W*(?:(?:so|and|ok|okay|right|i see)\W+)?you(?:(?:['’]re| are| were) *|\s*"
    # ... without "are" / "were", not a verb of what they did to someone or something ("You
    # left the walls in a state", "You upset the client", "You let me down"): their act
    r"(?!(?:caught|left|let|hurt|exposed|blindsided|upset|embarrassed|burned|stressed|annoyed"
    r"|disappointed)\s+(?:me|us|him|her|them|the|this|that|it|your|my|our|a|an|every\w*"
    r"|nobody|no\s+one|down)\b))"
    r"(?:(?:need|needs)(?! to\b)|want|wants|'d like|would like|asking|asked|feel|felt|worried"
    r"|under|stuck|saying|said|hoping|expecting|expected|afraid|frustrated|concerned|burned"
    r"|embarrassed|upset|angry|annoyed|disappointed|stressed|hurt|blindsided|overwhelmed"
    r"|caught|let down|left|put on the spot|exposed|anxious|nervous|scared|tired|exhausted)\b",
    re.IGNORECASE,
)

STATEMENT, QUESTION, REFLECTION, NARRATIVE = 0, 1, 2, 3
# Readings of who acts and what a sentence does (:mod:`.intent_readings`): a demand on someone
# else, an accusing question, owning a mistake, saying no; and, for examples only, a statement
# in which the speaker acts. Each behaves as its base mood (BASE) except where noted below.
DEMAND, ACCUSATION, OWNING, SPEAKER, DEFERRAL, REFUSAL, HELD, SAYS_NO = (
    4,
    5,
    6,
    7,
    8,
    9,
    10,
    11,
)
BARE_NO = 12  # saying no without a negator, in a reply ("That's off the table"): see below
# An example of an intent all of whose examples ask (Phrasings.asking): the intent *is* a
# question, so a statement that shares its words ("I hear you, the board needs 30% by Friday")
# asks nothing and counts ASKING_PENALTY less against it, not only MOOD_PENALTY.
ASKED = 13
# A question with nothing in it but question words ("Why?", "What for?", "How so?", "What do
# you mean?"), in a reply or an example: it asks about nothing, so it meets only examples of
# its own kind in full (Phrasings.bare_questions, intent_reply_moods.part_mood).
BARE_QUESTION = 14
# A question that asks for information (a wh-question that puts no move forward: "Where does
# the 20% come from?"), in a reply: it makes no offer, refusal or concession, so it counts
# ASKING_PENALTY less against statements too.
INFO_QUESTION = 15
# A question that asks the other person to make the move ("Could you phase it on your side?",
# "Would you cover the first month?"), in a reply (:mod:`.intent_requests`): it counts against
# examples in which the speaker acts as a demand does.
REQUEST = 16
# An example that puts the speaker's own move forward as a question ("What if I cover you until
# the 29th?", "Shall we phase it?"), in examples only (Phrasings.offering): a request that they
# make the move counts against it as against a statement in which the speaker acts.
OFFERED = 17
# A question that puts a move forward by its opening ("What about a brick base and the cladding
# above it?", "How about I take the first three days?", "What if a third comes out now?"), in a
# reply (:func:`.intent_reply_moods.part_mood`): it proposes, so against the questions of an
# intent that only asks (ASKED) it counts ASKING_PENALTY less, as a statement does.
PROPOSED = 18
# A negative statement among the examples of an intent that says no (a third or more of its
# examples are refusals: REFUSING_SHARE), in examples only (Phrasings.refusals): "I'm not giving
# up any of the money" beside "We can't cut anything from this budget" says no as well, though
# no refusal reading names its verb. A no in a reply (SAYS_NO) meets it as it meets a refusal,
# REFUSAL_BONUS closer; every other part meets it as a statement (the bank of ordinary talk
# holds no SAYS_NO, so no threshold moves).
REFUSED = 19
REFUSING_SHARE = 1 / 3
BASE = (
    STATEMENT, QUESTION, REFLECTION, NARRATIVE, STATEMENT, QUESTION, STATEMENT, STATEMENT,
    STATEMENT, STATEMENT, STATEMENT, STATEMENT, STATEMENT, QUESTION, QUESTION, QUESTION,
    QUESTION, QUESTION, QUESTION, STATEMENT,
)  # fmt: skip
ASKING_PENALTY = 0.3
INFO_PENALTY = 0.3
# a proposal put as a question (PROPOSED) against a statement of the move: half MOOD_PENALTY.
# In full (0) it also met a commitment's statements as closely as the offer it puts forward
# ("What if we lock in 15% by Friday and put the other 15% behind a week-6 checkpoint you
# control?" went to budget_pushback's commit_to_plan, which the state does not use)
PROPOSED_PENALTY = 0.05
DEMAND_PENALTY = 0.5  # a demand on someone else against an example where the speaker acts
ACCUSATION_PENALTY = 0.5  # an accusing question against one that asks, and the reverse
OWNING_PENALTY = 0.2  # owning a mistake against a statement that owns nothing
OWNING_EXAMPLES = 2  # an intent with this many examples that own a mistake owns one
REFUSAL_PENALTY = 0.05  # saying no against a statement that says no to nothing, and the reverse
REFUSAL_BONUS = 0.1  # saying no in a reply meets a refusing example this much closer
# [part's mood][phrasing's mood]: what a phrasing of another mood loses. NARRATIVE is read in
# replies only (:func:`.intent_reply_moods.part_mood`), so no example is a narrative and every example loses it.
_BASE_PENALTIES = np.array(
    [
        [0.0, MOOD_PENALTY, REFLECTION_PENALTY, REFLECTION_PENALTY],
        [MOOD_PENALTY, 0.0, REFLECTION_PENALTY, REFLECTION_PENALTY],
        [REFLECTION_PENALTY, REFLECTION_PENALTY, 0.0, REFLECTION_PENALTY],
        [NARRATIVE_PENALTY, NARRATIVE_PENALTY, NARRATIVE_PENALTY, 0.0],
    ]
)


def _mood_penalties() -> NDArray[np.float64]:
    table = _BASE_PENALTIES[np.ix_(BASE, BASE)].copy()
    table[DEMAND, [SPEAKER, OWNING]] = DEMAND_PENALTY
    table[REQUEST, [SPEAKER, OWNING, OFFERED]] = DEMAND_PENALTY
    table[ACCUSATION, QUESTION] = table[QUESTION, ACCUSATION] = ACCUSATION_PENALTY
    table[OWNING, [STATEMENT, SPEAKER, DEMAND]] = OWNING_PENALTY
    # owning a mistake is the opposite of laying it on them: against an accusing question
    # ("Why do you always bring me new dishes on the day?") or a demand ("You should have sent
    # me the recipe") it counts as a demand does against the speaker's own move
    table[OWNING, [ACCUSATION, DEMAND]] = DEMAND_PENALTY
    plain = [STATEMENT, SPEAKER, DEMAND, OWNING]
    table[REFUSAL, plain] = table[plain, REFUSAL] = REFUSAL_PENALTY
    # the rule restated after a no (HELD, parts only: :mod:`.intent_parts`) holds the no: it
    # meets refusals and plain statements alike in full
    table[HELD, REFUSAL] = 0.0
    # saying no in a reply (SAYS_NO, parts only) is saying no, and meets a refusing example a
    # little closer than its words alone do ("Not a chance, we're at capacity" refuses like
    # "I can't take anything else on"); the bank of ordinary talk keeps REFUSAL, so the
    # thresholds calibrated on it do not move, and it meets ordinary refusals the same way
    table[SAYS_NO] = table[REFUSAL]
    table[SAYS_NO, REFUSAL] = -REFUSAL_BONUS
    table[BARE_NO] = table[SAYS_NO]
    table[DEFERRAL, :] = REFLECTION_PENALTY
    table[DEFERRAL, DEFERRAL] = 0.0
    # a statement against a question of an intent that only asks; an accusation as against
    # any question that asks
    said = [m for m in range(len(BASE)) if BASE[m] == STATEMENT]
    table[said, ASKED] = np.maximum(table[said, ASKED], ASKING_PENALTY)
    table[ACCUSATION, ASKED] = ACCUSATION_PENALTY
    table[BARE_QUESTION, :] = REFLECTION_PENALTY
    table[:, BARE_QUESTION] = REFLECTION_PENALTY
    table[BARE_QUESTION, BARE_QUESTION] = 0.0
    table[INFO_QUESTION, said] = np.maximum(table[INFO_QUESTION, said], INFO_PENALTY)
    table[PROPOSED, ASKED] = ASKING_PENALTY
    # ... and it makes the move a statement of it makes: "How about a CSV export now and the
    # rest in May?" offers what "We can ship a CSV export now and the rest in May" offers, so
    # against statements it counts only PROPOSED_PENALTY less, not MOOD_PENALTY
    table[PROPOSED, [STATEMENT, SPEAKER]] = PROPOSED_PENALTY
    # a negative statement of an intent that says no: a statement to every part but a no
    table[:, REFUSED] = table[:, STATEMENT]
    table[REFUSED, :] = table[STATEMENT, :]
    table[REFUSED, REFUSED] = 0.0
    table[[SAYS_NO, BARE_NO], REFUSED] = -REFUSAL_BONUS
    return table


MOOD_PENALTIES = _mood_penalties()
MOODS = range(len(MOOD_PENALTIES))
# A no without a negator ("I'm going to have to decline this one", "That's off the table") is an
# affirmative part, but what it says is a refusal: it also meets refusing examples of the other
# polarity ("We can't take anything else on"), with the lower of the intent's two thresholds
# (POLARITY_ROW). Any other part meets examples of its own polarity only.
ACROSS = {BARE_NO: REFUSAL}  # part mood -> the example mood it also meets across polarity
EITHER = 2  # the row of an intent's thresholds for a part read with both polarities


def across(part_mood: int, moods: NDArray[np.intp]) -> NDArray[np.bool_]:
    """(rows,): which phrasings of these moods a part of ``part_mood`` meets whatever their
    polarity."""
    other = ACROSS.get(part_mood)
    if other is None:
        return np.zeros(len(moods), dtype=bool)
    return np.asarray((moods == other) | (moods == REFUSED))


# A part of the other polarity than every example of an intent may still meet them, a
# CROSSING_PENALTY behind, when the intent allows it (see .intent_crossing): "Demos fail, it's
# not the end of the world" makes the move of "Demos go wrong sometimes, move on" although one
# holds a negator and the other does not. Only parts that say no to nothing cross: a no read
# in a reply (SAYS_NO, BARE_NO, HELD) or a refusal never does.
CROSSING_PENALTY = 0.1
NO_CROSSING = frozenset({REFUSAL, SAYS_NO, BARE_NO, HELD})


def crosses(part_mood: int) -> bool:
    """Whether a part of this mood may meet examples of the other polarity (see above)."""
    return part_mood not in NO_CROSSING


def threshold_row(negative: bool, part_mood: int) -> int:
    """The row of an intent's thresholds (affirmative, negative, either) a part reads."""
    return EITHER if part_mood in ACROSS else int(negative)


MOVELESS = (
    REFLECTION,
    NARRATIVE,
    DEMAND,
    ACCUSATION,
    DEFERRAL,
    BARE_QUESTION,
)  # moods of a part that make no move


# A request for information put as a statement ("Tell me more about the outage", "Walk me
# through the numbers", "Help me understand your queue", "I'd like to hear more about the
# board"): it asks, as a question does.
_ASKS_FOR = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|also|just|please|first|now)\W+)*(?:(?:please\s+)?(?:tell|show)"
    r" me(?: (?:a bit |a little |some )?more\b| about\b| (?:what|how|why|where|when|who|which"
    r"|whether)\b)|(?:walk|talk|take) me through\b|help me understand\b|i(?:['’]d| would) (?:like"
    r"|love) to (?:know|understand)\b|i want to (?:know|understand) (?:more|what|how|why|where"
    r"|when|who|which|whether|about)\b|i(?:['’]m| am) curious (?:about|to|what|how|why|where"
    r"|when|who|which|whether)\b|i(?:['’]m| am| was) wondering (?:what|how|why|where|when|who"
    r"|which|whether|about)\b|i wonder (?:what|how|why|where|when|who|which|whether)\b)",
    re.IGNORECASE,
)


# A question that puts a move forward rather than asking for information: "What if we phase
# it?", "How about a pilot?", "Could we split the week?", "Would you be open to 20%?", "Shall I
# take the first shift?", "Why don't we ...", "Would a phased cut work?"
_PUTS_FORWARD = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|well|then|right|look|alternatively)\W+)*(?:what if|how about"
    r"|what about|(?:could|can|shall|should|may|might) (?:we|i)\b|why don['’]?t (?:we|i|you)"
    r"|would (?:you|they|it|that|a|an|the|this|we|i)\b[^?]*?\b(?:work|help|do|suit|fly|be ok|be okay"
    r"|be fine|be acceptable|be open|be willing|be up for|consider|accept|agree|take|like)\b"
    r"|(?:do|would) you want (?:me|us) to|would you like (?:me|us) to|how would you feel about"
    r"|is there (?:a|any) chance we|are you open to|are you ok with|are you okay with"
    r"|(?:is|would|will) (?:it|that) (?:be )?(?:ok|okay|fine|acceptable) if)\b",
    re.IGNORECASE,
)


# ... of which the speaker's own move: "What if I cover you until the 29th?", "Shall we phase
# it?", "Could I take the Friday?", "Do you want me to update the matrix now?"
_SPEAKER_OFFERS = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|well|then|right|look|alternatively)\W+)*(?:(?:what if|how about"
    r"|what about) (?:i|we|me|us|my|our)|(?:could|can|shall|should|may|might) (?:i|we)"
    r"|why don['’]?t (?:i|we)|(?:do|would) you (?:want|like) (?:me|us) to"
    r"|how would you feel (?:about|if) (?:i|we|me|us|my|our)"
    r"|(?:is|would) it (?:be )?(?:ok|okay|fine|alright|all right) if (?:i|we)"
    r"|would it help if (?:i|we))\b",
    re.IGNORECASE,
)


_WH = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|well|then|right|also|just)\W+)*(?:what|why|where|how|who"
    r"|which|when|whose)\b",
    re.IGNORECASE,
)


# ... nor a question about the speaker's own move, which is rhetorical ("Why would we pay 20%
# more for the same tool?", "How can I sign that off?"): a refusal put as a question
_RHETORICAL = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|well|then|honestly|seriously)\W+)*(?:why|how) (?:would|should"
    r"|could|can|on earth would|on earth should) (?:we|i)\b",
    re.IGNORECASE,
)


# ... of which "Why would we ...?" and "Why should I ...?" are a no put as a question ("Why
# would we host patient data in the US?", "Why should I take your whole week?"): read as
# saying no in a reply (:func:`.intent_reply_moods.part_mood`); not "Why wouldn't we ...?",
# which proposes
_WHY_WOULD_WE = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|well|then|honestly|seriously|sorry)\W+)*why (?:on earth )?"
    r"(?:would|should) (?:we|i)\b",
    re.IGNORECASE,
)


def says_no_as_a_question(text: str) -> bool:
    """A rhetorical why-question about the speaker's own move (see _WHY_WOULD_WE)."""
    return _WHY_WOULD_WE.match(text) is not None


# A yes/no question about how things are ("Did the buyers say something about the cladding?",
# "Is this number annual or for Q3?", "Do you need all seven days?"): it asks for information as
# a wh-question does ...
_POLAR = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|well|then|right|also|just|sorry)\W+)*(?:is|are|was|were|do"
    r"|does|did|has|have|had)\b",
    re.IGNORECASE,
)
# ... unless it puts a move forward in other words than _PUTS_FORWARD's openings ("Does a
# phased cut work for you?", "Is a two-week pilot an option?", "Have you thought about a
# pilot?", "Is 10% now something you could live with?", "Does that sound fair?", "Is there any
# way we could phase it?")
_POLAR_PROPOSES = re.compile(
    r"\b(?:we|i) (?:could|can|might|should)\b|\b(?:works?|work out) (?:for|with) (?:you|them"
    r"|your|the|everyone)\b|\bsounds? (?:ok|okay"
    r"|fine|good|fair|reasonable|better|right|doable|like a plan)\b|\b(?:an|the|one) option\b"
    r"|\b(?:live with|settle for|be happy with|go for|agree to|sign up to|sign off on)\b"
    r"|^\W*(?:\w+\W+){0,3}?(?:have|had|did|do) you (?:considered|consider|thought|think"
    r"|tried|try)\b|\b(?:possible|doable|feasible|acceptable|enough|fair|ok|okay|alright"
    r"|all right|a deal|a plan|a way|a start|of use|any use|any good|an idea|help|helpful)\W*$",
    re.IGNORECASE,
)


# the openings of PROPOSED ("Could we ...?", "Shall I ...?" were measured too and changed no
# readable benchmark reply: they are left plain questions)
_PROPOSES = re.compile(
    r"^\W*(?:(?:so|and|ok|okay|well|then|right|look|alternatively)\W+)*(?:what if|how about"
    r"|what about)\b",
    re.IGNORECASE,
)


# ... but "What about X is / makes / worries ...?" asks what it is about X ("What about the
# weekend is so important?", "What about the current set worries you?")
_ASKS_ABOUT = re.compile(
    r"\bwhat about\b[^?]*?\b(?:is|are|was|were|makes?|made|bothers?|bothered|worries|worried"
    r"|matters?|mattered|concerns?|concerned)\b",
    re.IGNORECASE,
)


def puts_forward(text: str) -> bool:
    """A question that puts a move forward by its opening (see _PROPOSES, _ASKS_ABOUT)."""
    return _PROPOSES.match(text) is not None and _ASKS_ABOUT.search(text) is None


def asks_information(text: str) -> bool:
    """A wh-question, or a yes/no question about how things are (see _POLAR, _POLAR_PROPOSES),
    that puts no move forward (see _PUTS_FORWARD) and is no rhetorical question about the
    speaker's own move (see _RHETORICAL): it asks for information."""
    if _PUTS_FORWARD.match(text) is not None or _RHETORICAL.match(text) is not None:
        return False
    if _WH.match(text) is not None:
        return True
    return _POLAR.match(text) is not None and _POLAR_PROPOSES.search(text) is None


def asks_for(text: str) -> bool:
    """A request for information put as a statement (see _ASKS_FOR): read as a question in
    replies (:func:`.intent_reply_moods.part_mood`) and examples (:meth:`Phrasings.requests`),
    not in the bank of ordinary talk, so no threshold moves."""
    return _ASKS_FOR.match(text) is not None


def mood(text: str) -> int:
    """QUESTION, REFLECTION (a statement of what the other person needs or feels) or
    STATEMENT."""
    if is_question(text):
        return QUESTION
    return REFLECTION if _REFLECTION.match(text) else STATEMENT


def phrasing_mood(text: str) -> int:
    """:func:`mood`, with the readings of :mod:`.intent_readings`: an accusing question is
    ACCUSATION; a statement that owns a mistake OWNING, one that tells someone else to act
    DEMAND, one that says no REFUSAL, one in which the speaker acts SPEAKER."""
    found = mood(text)
    if found == QUESTION:
        return ACCUSATION if accuses(text) else QUESTION
    if found == STATEMENT:
        if owns(text):
            return OWNING
        if defers(text):
            return DEFERRAL
        if demands(text):
            return DEMAND
        if refuses(text):
            return REFUSAL
        if speaks(text):
            return SPEAKER
    return found


@dataclass(frozen=True)
class Phrasings:
    """Encoded phrasings with the polarity and mood of each."""

    vectors: Vectors  # (n, dim), rows unit length (or zero)
    negative: Flags
    mood: Moods  # see phrasing_mood (examples) and intent_reply_moods.part_mood (replies)

    @classmethod
    def of(cls, texts: Sequence[str], vectors: Vectors) -> Phrasings:
        # an idiom read in its plain words, as a reply's is ("Why don't we ...?" proposes:
        # see .intent_idioms)
        plain = [plainly(t) for t in texts]
        return cls(
            vectors,
            # read as a reply's polarity is: "..., so the launch isn't hit" negates no move
            np.array([read_negative(t) for t in plain], dtype=bool),
            np.array([phrasing_mood(t) for t in plain], dtype=np.intp),
        )

    def __len__(self) -> int:
        return len(self.vectors)

    def owning(self) -> Phrasings:
        """An intent's examples that own a mistake in OWNING_EXAMPLES of them or more: its
        other statements are the same move (owning it, said without the marker words), so
        they count as OWNING too; otherwise these phrasings as they are."""
        owning = self.mood == OWNING
        if np.count_nonzero(owning) < OWNING_EXAMPLES:
            return self
        plain = (self.mood == STATEMENT) | (self.mood == SPEAKER)
        return Phrasings(self.vectors, self.negative, np.where(plain, OWNING, self.mood))

    def checking(self, texts: Sequence[str]) -> Phrasings:
        """An intent's examples (``texts``, in order) with those that put the move off until
        the speaker has checked (:func:`.intent_readings.checks`: "Let me think it over") read
        as waiting, DEFERRAL, as replies are: such an intent meets such replies in full. Only
        examples: the bank of ordinary talk keeps its reading, so no threshold moves."""
        waits = [
            m in (STATEMENT, SPEAKER) and checks(t) for m, t in zip(self.mood, texts, strict=True)
        ]
        if not any(waits):
            return self
        return Phrasings(self.vectors, self.negative, np.where(waits, DEFERRAL, self.mood))

    def requests(self, texts: Sequence[str]) -> Phrasings:
        """An intent's examples (``texts``, in order) with the requests for information put as
        statements ("Tell me more about the outage": :func:`asks_for`) read as questions, as
        replies are."""
        asks = [
            m in (STATEMENT, SPEAKER, DEMAND) and asks_for(t)
            for m, t in zip(self.mood, texts, strict=True)
        ]
        if not any(asks):
            return self
        return Phrasings(self.vectors, self.negative, np.where(asks, QUESTION, self.mood))

    def asking(self, texts: Sequence[str]) -> Phrasings:
        """An intent's examples (``texts``, in order), their questions read as ASKED when every
        example is a question (QUESTION or ACCUSATION) and none of them puts a move forward
        ("What if we phase it?", "Could we run a pilot?": an offer put as a question, which a
        statement makes as well): a statement then counts ASKING_PENALTY less against them.
        Otherwise these phrasings as they are."""
        if not len(self) or not np.all((self.mood == QUESTION) | (self.mood == ACCUSATION)):
            return self
        if any(_PUTS_FORWARD.match(t) for t in texts):
            return self
        return Phrasings(
            self.vectors, self.negative, np.where(self.mood == QUESTION, ASKED, self.mood)
        )

    def offering(self, texts: Sequence[str]) -> Phrasings:
        """An intent's examples (``texts``, in order) with the questions that put the speaker's
        own move forward ("What if I cover you until the 29th?", "Shall we phase it?") read as
        OFFERED. Only examples, after the thresholds are set: no threshold moves."""
        offered = [
            m == QUESTION and _SPEAKER_OFFERS.match(t) is not None
            for m, t in zip(self.mood, texts, strict=True)
        ]
        if not any(offered):
            return self
        return Phrasings(self.vectors, self.negative, np.where(offered, OFFERED, self.mood))

    def refusals(self) -> Phrasings:
        """An intent's examples with their negative statements read as REFUSED when a third or
        more of them (REFUSING_SHARE) are refusals: the intent says no, and so do they ("I'm
        not giving up any of the money", "Not one dollar can come out of it" beside "We can't
        cut anything from this budget"). Only examples, after the thresholds are set: no
        threshold moves. Otherwise these phrasings as they are."""
        refusals = int(np.count_nonzero(self.mood == REFUSAL))
        if not refusals or refusals < REFUSING_SHARE * len(self):
            return self
        plain = ((self.mood == STATEMENT) | (self.mood == SPEAKER)) & self.negative
        if not plain.any():
            return self
        return Phrasings(self.vectors, self.negative, np.where(plain, REFUSED, self.mood))

    def bare_questions(self, texts: Sequence[str]) -> Phrasings:
        """An intent's examples (``texts``, in order) with those that ask with question words
        alone ("Why?", "How so?") read as BARE_QUESTION, as replies are. Only examples: the
        bank of ordinary talk keeps its reading, so no threshold moves."""
        bare = [m == QUESTION and bare_question(t) for m, t in zip(self.mood, texts, strict=True)]
        if not any(bare):
            return self
        return Phrasings(self.vectors, self.negative, np.where(bare, BARE_QUESTION, self.mood))

    def take(self, index: NDArray[np.intp] | list[int]) -> Phrasings:
        return Phrasings(self.vectors[index], self.negative[index], self.mood[index])

    def without(self, index: int) -> Phrasings:
        return self.take([i for i in range(len(self)) if i != index])

    def join(self, other: Phrasings) -> Phrasings:
        """These phrasings, then ``other``'s."""
        return Phrasings(
            np.concatenate([self.vectors, other.vectors]),
            np.concatenate([self.negative, other.negative]),
            np.concatenate([self.mood, other.mood]),
        )


@dataclass(frozen=True)
class Groups:
    """Several groups of phrasings stacked: group g is rows starts[g]:starts[g+1]."""

    phrasings: Phrasings
    starts: NDArray[np.intp]  # (groups,) first row of each group; every group is non-empty
    owner: NDArray[np.intp]  # (rows,) the group of each row
    penalties: NDArray[np.float64]  # (4, rows), see _penalties

    @classmethod
    def of(
        cls,
        groups: Sequence[Phrasings],
        handicap: Scores | None = None,
        crossing: Flags | None = None,
    ) -> Groups:
        """The groups stacked; ``handicap`` (rows,): what each phrasing loses besides the
        rules of mood and polarity (None: nothing); ``crossing`` (rows,): which phrasings a
        part of the other polarity meets CROSSING_PENALTY behind (see :func:`crosses`; None:
        none)."""
        if not groups or any(len(g) == 0 for g in groups):
            raise ValueError("every group needs at least one phrasing")
        sizes = [len(g) for g in groups]
        starts = np.concatenate([[0], np.cumsum(sizes)[:-1]]).astype(np.intp)
        owner = np.repeat(np.arange(len(groups)), sizes).astype(np.intp)
        phrasings = Phrasings(
            np.concatenate([g.vectors for g in groups]).astype(np.float32),
            np.concatenate([g.negative for g in groups]),
            np.concatenate([g.mood for g in groups]),
        )
        penalties = _penalties(phrasings, crossing)
        if handicap is not None:
            penalties += handicap
        return cls(phrasings, starts, owner, penalties)

    def __len__(self) -> int:
        return len(self.starts)


def raw_cosines(groups: Groups, parts: Phrasings) -> Scores:
    """Plain cosines (parts, rows): no polarity or mood rules."""
    return (parts.vectors @ groups.phrasings.vectors.T).astype(np.float64)


@dataclass(frozen=True)
class GroupScores:
    """Parts against groups, each (parts, groups); NO_MATCH where no phrasing of a group shares
    the part's polarity."""

    score: Scores  # best similarity blended with the second best (see CONSENSUS_WEIGHT)
    best: Scores  # best similarity alone
    row: NDArray[np.intp]  # row of the nearest phrasing (-1: none; empty when not asked for)


_OFF = -10.0  # "other polarity": far below any cosine, and finite, so no isfinite checks
_NONE = -2.0  # a group whose best is under this has no phrasing of the part's polarity


def group_scores(groups: Groups, parts: Phrasings, *, rows: bool = True) -> GroupScores:
    """Every part against every group, with the polarity and mood rules (``rows=False``: without
    working out which phrasing was nearest, which only explanations need)."""
    ph = groups.phrasings
    sims = raw_cosines(groups, parts)
    sims -= groups.penalties[parts.mood * 2 + parts.negative]
    top = np.maximum.reduceat(sims, groups.starts, axis=1)
    none = top < _NONE
    first = sims >= top[:, groups.owner]  # the best phrasing(s) per group
    best = np.zeros((0, 0), np.intp)
    if rows:
        index = np.where(first & (sims > _NONE), np.arange(len(ph))[None, :], len(ph))
        best = np.minimum.reduceat(index, groups.starts, axis=1)
        best = np.where(best < len(ph), best, -1)
    blended = top
    if CONSENSUS_WEIGHT:
        second = np.maximum.reduceat(np.where(first, _OFF, sims), groups.starts, axis=1)
        second = np.where(second < _NONE, LONE_SECOND, second)  # one usable phrasing
        drag = CONSENSUS_WEIGHT * (top - second)
        blended = top - np.where(top >= CLOSE, np.minimum(drag, MAX_DRAG), drag)
    return GroupScores(np.where(none, NO_MATCH, blended), np.where(none, NO_MATCH, top), best)


def _penalties(ph: Phrasings, crossing: Flags | None = None) -> NDArray[np.float64]:
    """(2 * moods, rows): what each phrasing loses against a part of mood m, negative (1) or
    not (0), at row ``m * 2 + negative``: the mood penalty, and _OFF for the other polarity
    (CROSSING_PENALTY for a phrasing ``crossing`` flags, when the part's mood crosses)."""
    table = np.empty((2 * len(MOODS), len(ph)))
    for m in MOODS:
        for negative in (0, 1):
            table[m * 2 + negative] = MOOD_PENALTIES[m][ph.mood] + cross_penalty(
                ph, m, bool(negative), crossing
            )
    return table


def cross_penalty(
    ph: Phrasings, part_mood: int, part_negative: bool, crossing: Flags | None
) -> NDArray[np.float64]:
    """(rows,): what each phrasing loses for its polarity against a part of this mood and
    polarity: nothing for its own (or one ``across`` reads), CROSSING_PENALTY for another that
    ``crossing`` lets the part meet, else -_OFF (out of reach)."""
    other = (ph.negative != part_negative) & ~across(part_mood, ph.mood)
    out = np.where(other, -_OFF, 0.0)
    if crossing is not None and crosses(part_mood):
        out[other & crossing] = CROSSING_PENALTY
    return out


def similarity(examples: Phrasings, parts: Phrasings, crossing: Flags | None = None) -> Scores:
    """(parts,): each part's score against one group of phrasings (``crossing``: see
    :meth:`Groups.of`)."""
    if not len(examples) or not len(parts):
        return np.full(len(parts), NO_MATCH)
    return group_scores(Groups.of([examples], crossing=crossing), parts).score[:, 0]


def nearest(examples: Phrasings, part: Phrasings) -> int:
    """Index of the example nearest to a single part (same polarity, mood-adjusted; -1: none)."""
    return int(group_scores(Groups.of([examples]), part).row[0, 0])


# The words each question reading cannot hold without (see .word_gates), for replies' parts.
ASKS_FOR_GATE = gate(required_words(_ASKS_FOR))
SAYS_NO_QUESTION_GATE = gate(required_words(_WHY_WOULD_WE))
PUTS_FORWARD_GATE = gate(required_words(_PROPOSES))
