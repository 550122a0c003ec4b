"""What the learner reads at the end: outcome, scores, best and worst turn, what was missed.

The advice rule lives here, once; every front end and export shows :meth:`Debrief.advice_to_show`
and nothing else. Advice follows from the evidence of that turn:

- "acknowledge how they seemed to feel (X)" only when the turn's empathy score is under
  :data:`ENOUGH`, the state's ``emotion`` is a difficult feeling the scorer knows (its feeling
  lexicon; "hope" and words it does not know, such as "open", are not), and the reply did not
  name a feeling;
- for a reply the scorer could not read (``Score.scored`` false) no advice on its content, but
  why it earned nothing, in the score card's words ("Not scored: the reply seems to be in
  French; ..."), so a learner who replied in French or pressed random keys is told so at the end;
- "pick up X" only when the turn's listening score is under :data:`ENOUGH`, for the key points
  the reply did not touch at all (a point the learner argued with is engaged, not missed), and
  not for a point that is a question the reply answered with a proposal (positive collaboration
  evidence).

- a turn an intent decided (a decisive move) is advised on by its move first, named by what it
  did ("You agreed to ..., and it ended in failure: that is the move to change."), and always
  when the move failed (:attr:`DecisiveMove.worked`: the ending, else the branch's meter
  effects); a move that failed is never the strongest turn or a better reply, one that worked
  never the weakest turn, however their wording scored.

The weakest turn gets a better reply: the state's ``model_reply`` from the scenario, else the
best-scoring reply to the same state from the learner's own history (this session's turns and
rewound turns, and past sessions when the front end passes ``best_reply``), if it scored higher.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from roleplay.quotes import quoted
from roleplay.scoring.lexicon import Lexicon, load_lexicon
from roleplay.scoring.overlap import stem
from roleplay.scoring.readable import unscored_message
from roleplay.scoring.text import tokenize
from roleplay.scoring.types import Score

from .heard import DecisiveMove, decisive_moves
from .session import Outcome, Session, TurnResult

ENOUGH = 60  # a dimension at or above this needs no advice (the "good" colour of the bars)
PASSED_OVER = frozenset({"hope"})  # feeling categories a reply need not acknowledge

# (scenario id, state id) -> the learner's best saved reply to that state and its overall
BestReplyLookup = Callable[[str, str], "tuple[str, int] | None"]


@dataclass(frozen=True)
class TurnAdvice:
    turn: int
    state: str
    missed_points: tuple[str, ...]  # key points to pick up (empty when listening was enough)
    emotion: str | None  # the state's emotion
    emotion_acknowledged: bool  # the reply named a feeling, or empathy was enough
    acknowledge: str | None = None  # the feeling to acknowledge, when the advice applies
    unread: str | None = None  # why the scorer could not read the reply (Score.reason)
    move: DecisiveMove | None = None  # the move an intent of this reply decided, if any

    @property
    def needed(self) -> bool:
        """A turn is advised on when it missed something, was not read at all, or made a move
        that did not work (a cave that ended it in failure, however it was worded)."""
        return (
            bool(self.missed_points)
            or self.acknowledge is not None
            or self.unread is not None
            or (self.move is not None and self.move.worked is False)
        )

    def text(self) -> str:
        if self.unread is not None:  # the card's words: the learner sees one reason everywhere
            return unscored_message(self.unread)
        parts: list[str] = []
        if self.acknowledge:
            parts.append(f"acknowledge how they seemed to feel ({self.acknowledge})")
        if self.missed_points:
            parts.append("pick up " + ", ".join(quoted(p) for p in self.missed_points))
        lead = "" if self.move is None else _move_lead(self.move) + " "
        if not parts:
            if lead:
                return lead.strip()
            return "You covered what they said; the score came from how you framed it."
        also = " also" if lead else ""
        return f"{lead}A better reply would{also} " + " and ".join(parts) + "."


def _move_lead(move: DecisiveMove) -> str:
    """What a decisive move did, first in its turn's advice: "You offered to phase the cut,
    which moved it on." / "You agreed to ..., and it ended in failure: that is the move to
    change." """
    words = move.words[:1].upper() + move.words[1:]
    if move.worked is False:
        went = f"and it ended in {move.ending}" if move.ending else "and it set you back"
        return f"{words}, {went}: that is the move to change."
    if move.worked:
        went = f"which ended it in {move.ending}" if move.ending else "which moved it on"
        return f"{words}, {went}: keep that move."
    went = f"and it ended {move.ending}" if move.ending else "and that decided where it went"
    return f"{words}, {went}."


@dataclass(frozen=True)
class BetterReply:
    """A reply to the weakest turn's state worth comparing with what the learner said."""

    turn: int
    state: str
    text: str
    source: Literal["scenario", "history"]
    overall: int | None  # the score it got (None for the scenario's model reply)

    def heading(self) -> str:
        """``A better reply for turn 3 (the scenario's model reply):`` -- one wording everywhere."""
        if self.source == "scenario":
            where = "the scenario's model reply"
        else:
            where = f"your own best reply to this moment, overall {self.overall}"
        return f"A better reply for turn {self.turn} ({where}):"


@dataclass(frozen=True)
class RewindComparison:
    turn: int
    first_reply: str
    first_overall: int
    second_reply: str | None
    second_overall: int | None
    first_unread: str | None = None  # why the scorer could not read it (None: it was scored)
    second_unread: str | None = None


@dataclass(frozen=True)
class Debrief:
    scenario_id: str
    title: str
    outcome: Outcome | None
    overall: int
    pass_score: int
    passed: bool
    ending_text: str | None
    interests: tuple[str, ...]
    per_turn: tuple[int, ...]  # overall per turn; 0 for a reply the scorer could not read
    strongest: TurnResult | None
    weakest: TurnResult | None
    advice: tuple[TurnAdvice, ...] = field(default_factory=tuple)
    rewinds: tuple[RewindComparison, ...] = field(default_factory=tuple)
    sides: tuple[str, ...] = field(default_factory=tuple)
    moves: tuple[DecisiveMove, ...] = field(default_factory=tuple)  # turns an intent decided
    better_reply: BetterReply | None = None
    unread: tuple[str | None, ...] = ()  # per turn: why it was not read (None: it was scored)

    @property
    def compares_turns(self) -> bool:
        """Strongest and weakest are worth naming: two different replies the scorer read (one
        read reply beside unread ones is not both the strongest and the weakest)."""
        return (
            self.strongest is not None
            and self.weakest is not None
            and self.strongest.turn != self.weakest.turn
        )

    def advice_to_show(self) -> tuple[TurnAdvice, ...]:
        """The turns with something to advise: what every debrief and export lists."""
        return tuple(a for a in self.advice if a.needed)


@cache
def _lexicon() -> Lexicon:
    return load_lexicon()


def _stems(text: str) -> set[str]:
    return {stem(t.text) for t in tokenize(text)}


def _engaged(point: str, reply_stems: set[str], lexicon: Lexicon) -> bool:
    """The reply touches the point: one of its content words (stemmed), or all if it has none."""
    words = [t.text for t in tokenize(point)]
    content = [w for w in words if w not in lexicon.stopwords] or words
    return any(stem(w) in reply_stems for w in content)


def _is_question(point: str, lexicon: Lexicon) -> bool:
    words = [t.text for t in tokenize(point)]
    return point.rstrip().endswith("?") or bool(words and words[0] in lexicon.question_open)


def _named_feeling(reply: str, lexicon: Lexicon) -> bool:
    return any(pattern.search(reply.lower()) for pattern in lexicon.emotions.values())


def turn_advice(t: TurnResult, key_points: tuple[str, ...], emotion: str | None) -> TurnAdvice:
    """The advice for one turn, from its scores and evidence (the rule in the module doc)."""
    lexicon = _lexicon()
    score = t.score
    if not score.scored:  # no evidence either way: the advice says why, as the card did
        return TurnAdvice(t.turn, t.state, (), emotion, False, unread=score.reason or "empty")
    reply_stems = _stems(t.reply)
    proposed = any(ev.dimension == "collaboration" and ev.points > 0 for ev in score.evidence)
    missed: tuple[str, ...] = ()
    if score.listening < ENOUGH:
        missed = tuple(
            k
            for k in key_points
            if not _engaged(k, reply_stems, lexicon) and not (proposed and _is_question(k, lexicon))
        )
    category = lexicon.emotion_category(emotion) if emotion else None
    acknowledged = score.empathy >= ENOUGH or _named_feeling(t.reply, lexicon)
    acknowledge = None
    if emotion and category is not None and category not in PASSED_OVER and not acknowledged:
        acknowledge = emotion
    return TurnAdvice(t.turn, t.state, missed, emotion, acknowledged, acknowledge)


def _better_reply(
    session: Session,
    weakest: TurnResult | None,
    best_reply: BestReplyLookup | None,
    failed: dict[int, bool | None] | None = None,
) -> BetterReply | None:
    if weakest is None:
        return None
    scenario = session.scenario
    model = scenario.state(weakest.state).model_reply
    if model:
        return BetterReply(weakest.turn, weakest.state, model, "scenario", None)
    worked = failed or {}
    # never a reply whose move failed (a polite cave), however it scored
    own = [t for t in session.turns if t.state == weakest.state and worked.get(t.turn) is not False]
    own += [r.original for r in session.rewound if r.original.state == weakest.state]
    candidates = [(t.score.overall, t.reply) for t in own]
    if best_reply is not None:
        saved = best_reply(scenario.id, weakest.state)
        if saved is not None:
            candidates.append((saved[1], saved[0]))
    better = [c for c in candidates if c[0] > weakest.score.overall]
    if not better:
        return None
    overall, text = max(better, key=lambda c: c[0])
    return BetterReply(weakest.turn, weakest.state, text, "history", overall)


def _unread(score: Score) -> str | None:
    """Why a reply was not read (its 0 is no score), or None when it was scored."""
    return None if score.scored else score.reason or "empty"


def build_debrief(session: Session, best_reply: BestReplyLookup | None = None) -> Debrief:
    scenario = session.scenario
    turns = session.turns
    read = [t for t in turns if t.score.scored]  # an unread reply is neither strong nor weak
    moves = decisive_moves(scenario, turns)
    worked = {m.turn: m.worked for m in moves}
    # a move that failed is not the strongest turn, nor one that worked the weakest, whatever
    # their wording scored: a polite cave scored highest, a blunt offer that won lowest
    strongest = max(
        (t for t in read if worked.get(t.turn) is not False),
        key=lambda t: t.score.overall,
        default=None,
    )
    weakest = min(
        (t for t in read if not worked.get(t.turn)), key=lambda t: t.score.overall, default=None
    )
    by_turn = {m.turn: m for m in moves}
    advice = []
    for t in turns:
        state = scenario.state(t.state)
        advice.append(
            dataclasses.replace(
                turn_advice(t, tuple(state.key_points), state.emotion), move=by_turn.get(t.turn)
            )
        )
    ending = scenario.state(session.state)
    rewinds = tuple(
        RewindComparison(
            r.original.turn,
            r.original.reply,
            r.original.score.overall,
            r.replaced_by.reply if r.replaced_by else None,
            r.replaced_by.score.overall if r.replaced_by else None,
            _unread(r.original.score),
            _unread(r.replaced_by.score) if r.replaced_by else None,
        )
        for r in session.rewound
    )
    return Debrief(
        scenario_id=scenario.id,
        title=scenario.title,
        outcome=session.outcome,
        overall=session.overall,
        pass_score=scenario.pass_score,
        passed=session.passed,
        ending_text=ending.debrief if ending.end else None,
        interests=tuple(scenario.counterpart.interests),
        per_turn=tuple(t.score.overall for t in turns),
        strongest=strongest,
        weakest=weakest,
        advice=tuple(advice),
        rewinds=rewinds,
        sides=tuple(t.score.same_side for t in turns),
        moves=moves,
        better_reply=_better_reply(session, weakest, best_reply, failed=worked),
        unread=tuple(None if t.score.scored else t.score.reason or "empty" for t in turns),
    )
