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

from .intent_readings import accuses, defers, demands, owns, refuses, speaks
from .negation import is_negative

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


def is_question(text: str) -> bool:
    stripped = text.strip()
    return stripped.endswith("?") or bool(_QUESTION_START.match(stripped))


# A statement about the other person's need, wish or feeling ("You need the export by Friday",
# "So you're asking for 20% more", "It sounds like the board is pushing you"): reflective
# listening, which shares the topic's words with every move but makes none.
_REFLECTION = re.compile(
    # a listening stem before "you": anything said about them after it restates them
    r"^\W*(?:(?:so|and|ok|okay|right)\W+)?(?:(?:it )?(?:sounds|seems) like|i hear that "
    r"|i hear (?=you(?:['’]re| are| were)\b)|what i(?:'m| am) hearing is(?: that)?|if i understand (?:you|correctly)\W*)\W*you\b"
    # or, without a stem, a statement of what they need, want or feel
    r"|^\W*(?:(?:so|and|ok|okay|right|i see)\W+)?you(?:['’]re| are| were)? *"
    r"(?:(?:need|needs)(?! to\b)|want|wants|'d like|would like|asking|asked|feel|felt|worried"
    r"|under|stuck|saying|said|hoping|expecting|expected|afraid|frustrated|concerned|burned"
    r"|embarrassed|upset|angry|annoyed|disappointed|stressed|hurt|blindsided|overwhelmed"
    r"|caught|let down|left|put on the spot|exposed|anxious|nervous|scared|tired|exhausted)\b",
    re.IGNORECASE,
)

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
    r"|scary|frightening|worrying|nightmare|grim|miserable|tough|hard)\b(?! +no\b)" + r")",
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
    r"|back then|in the past)\b",
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

STATEMENT, QUESTION, REFLECTION, NARRATIVE = 0, 1, 2, 3
# Readings of who acts and what a sentence does (:mod:`.intent_readings`): a demand on someone
# else, an accusing question, owning a mistake, saying no; and, for examples only, a statement
# in which the speaker acts. Each behaves as its base mood (BASE) except where noted below.
DEMAND, ACCUSATION, OWNING, SPEAKER, DEFERRAL, REFUSAL, HELD, SAYS_NO = 4, 5, 6, 7, 8, 9, 10, 11
BASE = (
    STATEMENT, QUESTION, REFLECTION, NARRATIVE, STATEMENT, QUESTION, STATEMENT, STATEMENT,
    STATEMENT, STATEMENT, STATEMENT, STATEMENT,
)  # fmt: skip
DEMAND_PENALTY = 0.5  # a demand on someone else against an example where the speaker acts
ACCUSATION_PENALTY = 0.5  # an accusing question against one that asks, and the reverse
OWNING_PENALTY = 0.2  # owning a mistake against a statement that owns nothing
OWNING_EXAMPLES = 2  # an intent with this many examples that own a mistake owns one
REFUSAL_PENALTY = 0.05  # saying no against a statement that says no to nothing, and the reverse
REFUSAL_BONUS = 0.1  # saying no in a reply meets a refusing example this much closer
# [part's mood][phrasing's mood]: what a phrasing of another mood loses. NARRATIVE is read in
# replies only (:func:`part_mood`), so no example is a narrative and every example loses it.
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
    table[ACCUSATION, QUESTION] = table[QUESTION, ACCUSATION] = ACCUSATION_PENALTY
    table[OWNING, [STATEMENT, SPEAKER, DEMAND]] = OWNING_PENALTY
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
    table[DEFERRAL, :] = REFLECTION_PENALTY
    table[DEFERRAL, DEFERRAL] = 0.0
    return table


MOOD_PENALTIES = _mood_penalties()
MOODS = range(len(MOOD_PENALTIES))
MOVELESS = (
    REFLECTION,
    NARRATIVE,
    DEMAND,
    ACCUSATION,
    DEFERRAL,
)  # moods of a part that make no move


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


def part_mood(text: str, negative: bool | None = None) -> int:
    """The mood of a part of a reply: :func:`phrasing_mood`, except that a statement in which
    the speaker acts is a plain STATEMENT (the part is the one speaking, so who acts in it is
    only asked of examples); a remark on the size of their request is listening too
    (REFLECTION), and a story of what happened at a past time is NARRATIVE, not a statement of
    a move. ``negative``: :func:`.negation.is_negative` of ``text`` when the caller has read it
    (None: read here if needed)."""
    found = mood(text)
    if found == QUESTION:
        return ACCUSATION if accuses(text) else QUESTION
    if found != STATEMENT:
        return found
    if owns(text):
        return OWNING
    if defers(text):
        return DEFERRAL
    # ... unless it owns the harm ("Six hours without checkout is a serious failure on our
    # side" apologises)
    if _APPRAISAL.match(text) and _OWNING.search(text) is None:
        return REFLECTION
    if _thanks_only(text):
        return REFLECTION
    if _tells_the_past(text):
        return NARRATIVE
    if demands(text):
        return DEMAND
    return SAYS_NO if refuses(text, negative) else STATEMENT


# Thanks and nothing more ("Thanks for taking my call", "I appreciate you flagging it early"):
# a courtesy, which names the topic and makes no move. Not when a move or an assent comes with
# it ("Thanks, I'll take the 27th", "Thank you, that works for me"), nor when another clause
# follows ("Thank you for trusting me with that - I'm sorry about your dad" is read whole).
_THANKS = re.compile(
    r"^\W*(?:(?:ok|okay|well|so|and|first|first of all|really|honestly)\W+)?(?:thanks|thank you"
    r"|many thanks|cheers|(?:i|we) (?:really |do )?appreciate|appreciate (?:it|that|you))\b",
    re.IGNORECASE,
)
_THANKS_AND_MORE = re.compile(
    r"\b(?:will|would|could|can|shall|let['’]?s|let me|let us|going to|gonna|how about|what if"
    r"|works|fine|deal|agreed|agree|ok|okay|yes|sure|go ahead|but|though|however)\b"
    r"|['’](?:ll|d)\b|[;:—–]| - ",
    re.IGNORECASE,
)


def _thanks_only(text: str) -> bool:
    """Thanks, with no move or assent in the sentence (see _THANKS)."""
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


@dataclass(frozen=True)
class Phrasings:
    """Encoded phrasings with the polarity and mood of each."""

    vectors: Vectors  # (n, dim), rows unit length (or zero)
    negative: Flags
    mood: Moods  # see phrasing_mood (examples) and part_mood (parts of a reply)

    @classmethod
    def of(cls, texts: Sequence[str], vectors: Vectors) -> Phrasings:
        return cls(
            vectors,
            np.array([is_negative(t) for t in texts], dtype=bool),
            np.array([phrasing_mood(t) for t in texts], dtype=np.intp),
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
    def of(cls, groups: Sequence[Phrasings], handicap: Scores | None = None) -> Groups:
        """The groups stacked; ``handicap`` (rows,): what each phrasing loses besides the
        rules of mood and polarity (None: nothing)."""
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
        penalties = _penalties(phrasings)
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


def _penalties(ph: Phrasings) -> NDArray[np.float64]:
    """(2 * moods, rows): what each phrasing loses against a part of mood m, negative (1) or
    not (0), at row ``m * 2 + negative``: the mood penalty, and _OFF for the other polarity."""
    table = np.empty((2 * len(MOODS), len(ph)))
    for m in MOODS:
        for negative in (0, 1):
            table[m * 2 + negative] = MOOD_PENALTIES[m][ph.mood] - _OFF * (
                ph.negative != bool(negative)
            )
    return table


def similarity(examples: Phrasings, parts: Phrasings) -> Scores:
    """(parts,): each part's score against one group of phrasings."""
    if not len(examples) or not len(parts):
        return np.full(len(parts), NO_MATCH)
    return group_scores(Groups.of([examples]), parts).score[:, 0]


def nearest(examples: Phrasings, part: Phrasings) -> int:
    """Index of the example nearest to a single part (same polarity, mood-adjusted; -1: none)."""
    return int(group_scores(Groups.of([examples]), part).row[0, 0])
