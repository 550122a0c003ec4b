"""Intent matching: does a reply say what an intent's example phrasings say?

Each intent has example phrasings and optional near-misses (``not``). A reply is cut into
parts (:mod:`.intent_parts`) - its sentences (a sentence holding a negation: its clauses
instead) and neighbouring parts of the same polarity taken together - and every part is scored
against every intent on the shared encoder's table, its words weighed flatter
(:mod:`.intent_encoding`), with :mod:`.intent_similarity` (cosine to examples of the same
polarity). A part matches an intent when

* its score reaches the intent's calibrated threshold for the part's polarity
  (:mod:`.intent_calibration`) and ordinary talk does not come clearly closer,
* it is closer to the intent's examples than to any of its near-misses of the same polarity,
* no other intent matches that part clearly better (within ``RIVAL_MARGIN``), and
* it is not followed by a contrast ("X, but Y") whose other side makes a move, and
* it is not barred by :mod:`.intent_refusal`: a concession after a no that no assent turns
  from, an offer that only restates the rule after a no ("Still no from me. Every lift gets
  its permit first" waives nothing).

A reply matches an intent when one of its parts does. A reply that is only a short yes or no
is matched as what it says to the counterpart's line, when the caller gives that line
(:mod:`.intent_answer`). Deterministic: the same reply and intents
always give the same scores. :meth:`IntentMatcher.score` explains every decision;
:meth:`IntentMatcher.matched` takes the same decision through :mod:`.intent_fast_path`. A
matcher is read-only once built (apart from a memo of the intent sets asked for, where a race
only computes the same mask twice), so threads can share it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

import numpy as np
from numpy.typing import NDArray

from .encoder import Encoder, StaticEncoder
from .intent_acknowledged import (
    acknowledging,
    may_acknowledge,
    may_take_in,
    sees_why,
    takes_in,
    taking_in,
)
from .intent_alone import alone, joint, may_be_alone, names_a_partner
from .intent_answer import Answer, answered
from .intent_answer_object import about, objects
from .intent_calibration import CEILING, Reference, TextEncoder, reference, thresholds
from .intent_challenge import challenges, challenging, may_challenge
from .intent_confused import confused, confusing, may_be_confused
from .intent_crossing import Turns, crossing, turned
from .intent_done import done_before, may_be_done, telling_done
from .intent_doubts import doubting, doubts, may_doubt, may_take_back, taken_back
from .intent_encoding import as_matched, intent_encoder
from .intent_exonerates import exonerates, exonerating, may_exonerate
from .intent_explain import Column, summarise
from .intent_explain import IntentScore as IntentScore
from .intent_fast_path import FastPath
from .intent_hedged import hedges, hedging, may_hedge
from .intent_housekeeping import housekeeping, keeps_house, may_keep_house
from .intent_if_fault import admits_if, admitting_if, may_admit_if
from .intent_long_shot import forecasting, long_shot, may_forecast
from .intent_names_only import names_only, proposes
from .intent_only_no import may_only_no, only_no, says_no_plainly
from .intent_open_door import leaves_open, leaving_open, may_leave_open
from .intent_other_object import excluded, key_words, may_exclude, other_object
from .intent_parts import Pieces, Span, acknowledges_only, asked, cut, with_pairs
from .intent_payment import charges, gives_free, may_waive, waives
from .intent_put_off import may_put_off, puts_off, putting_off
from .intent_refusal import (
    bare_refusals,
    barred,
    concedes,
    correcting,
    corrects,
    corrects_only,
    may_correct,
    offers,
    refusing,
)
from .intent_relevance import (
    may_be_small_talk,
    off_topic_prediction,
    off_topic_ruled_out,
    small_talk,
    vocabulary,
)
from .intent_reply_moods import thanks_only
from .intent_reported import may_report, reporting, reports
from .intent_similarity import (
    BARE_NO,
    DEFERRAL,
    DEMAND,
    EITHER,
    HELD,
    INFO_QUESTION,
    MOVELESS,
    NO_MATCH,
    QUESTION,
    REFLECTION,
    REFLECTION_PENALTY,
    REFUSAL,
    SAYS_NO,
    STATEMENT,
    Flags,
    Groups,
    GroupScores,
    Phrasings,
    Vectors,
    crosses,
    group_scores,
    raw_cosines,
    threshold_row,
)
from .intent_stance import own_move
from .intent_suggests import may_suggest, suggests_they_go
from .intent_support import apart, ranks
from .intent_their_promise import may_promise, promised, promising
from .intent_topics import CONVERSATION, topic_talk
from .intent_topics import HANDICAP as TOPIC_HANDICAP
from .intent_venting import may_vent, venting, vents
from .intent_verdict import judges_only, may_judge
from .intent_warning import may_warn, warning, warns_of
from .negation import after_contrast

RIVAL_MARGIN = 0.0
ORDINARY_MARGIN = -0.1
ACKNOWLEDGEMENT = (
    "acknowledgement: it only takes their words in ('OK', 'Sure', 'Yeah, fine'), so it says "
    "nothing of what it agrees to and makes no move"
)

# why a short answer read against their line does not say an intent (see IntentMatcher._fits)
ANSWER_UNFIT = {
    True: "a short yes to their line: it agrees, so it says no intent that says no",
    False: "a short no to their line: it refuses, so it says only an intent that says no",
}
ANSWER_ELSEWHERE = (
    "a short answer to their line: what they asked names nothing of this intent's examples, so "
    "the answer says nothing of it"
)


@dataclass(frozen=True)
class IntentSpec:
    """An intent as the matcher needs it: a name, example phrasings and near-misses."""

    name: str
    examples: tuple[str, ...]
    near_misses: tuple[str, ...] = ()


@dataclass(frozen=True)
class CompiledIntent:
    """An intent's encoded examples and near-misses, and its calibrated threshold."""

    spec: IntentSpec
    examples: Phrasings
    near: Phrasings
    threshold: float  # for affirmative parts
    negative_threshold: float  # for parts that hold a negation
    either: float  # for parts read with both polarities (see .intent_calibration.thresholds)
    crossing: Flags  # (examples,): those a part of the other polarity may meet

    def threshold_for(self, negative: bool, mood: int = STATEMENT) -> float:
        """The threshold for a part of this polarity and mood (see :func:`.threshold_row`);
        CEILING for a part that can meet none of the examples (none of its polarity, and it
        may not cross to the others: see :mod:`.intent_crossing`)."""
        row = threshold_row(negative, mood)
        if row < EITHER and not np.any(self.examples.negative == negative):
            if not (self.crossing.any() and crosses(mood)):
                return CEILING
        return (self.threshold, self.negative_threshold, self.either_threshold)[row]

    @property
    def either_threshold(self) -> float:
        return self.either


class IntentMatcher:
    """Matches replies against a fixed set of intents."""

    def __init__(self, specs: Sequence[IntentSpec], encoder: Encoder | None = None) -> None:
        # By default the encoder with flattened word weights (see .intent_encoding).
        self.encoder: TextEncoder = encoder if encoder is not None else intent_encoder()
        self.reference: Reference = reference(self.encoder)
        # examples and near-misses as a reply's parts are read: without a frame that only asks
        # for the question after it ("Help me understand why ..." asks "why ...")
        texts = [asked(t) for spec in specs for t in (*spec.examples, *spec.near_misses)]
        # ordinary talk about this scenario's topic joins the shipped bank, a handicap behind,
        # and talk that runs the conversation itself, with none
        topic = topic_talk(t for spec in specs for t in spec.examples) + list(CONVERSATION)
        vectors = self._encode(texts + topic)
        about = Phrasings.of(topic, vectors[len(texts) :])
        rivals = self.reference.rivals.join(about)
        handicap = np.repeat(
            [0.0, TOPIC_HANDICAP, 0.0],
            [len(self.reference.rivals), len(about) - len(CONVERSATION), len(CONVERSATION)],
        )
        intents: list[CompiledIntent] = []
        own_moves: list[bool] = []  # (see .intent_stance), read before Phrasings.refusals
        at = 0
        for spec in specs:
            k, m = len(spec.examples), len(spec.near_misses)
            read = (
                Phrasings.of(texts[at : at + k], vectors[at : at + k])
                .owning()
                .checking(texts[at : at + k])
            )
            # what a question reads (a request put as a statement, a question of question words
            # only, an intent that only asks) is read after the thresholds are set on ordinary
            # talk: it changes how replies meet the examples, not where the bar is
            own = texts[at : at + k]
            examples = read.requests(own).bare_questions(own).asking(own).offering(own)
            own_moves.append(own_move(examples.mood.tolist()))
            # an intent that says no: its negative statements say no too (Phrasings.refusals)
            examples = examples.refusals()
            near = Phrasings.of(texts[at + k : at + k + m], vectors[at + k : at + k + m])
            at += k + m
            # an intent written in one polarity only, met by parts of the other (.intent_crossing)
            cross = crossing(spec.examples, read)
            intents.append(
                CompiledIntent(
                    spec, examples, near, *thresholds(read, self.reference, cross), cross
                )
            )
        self.intents = tuple(intents)
        if intents:
            # The examples of every intent, then ordinary talk, as one stack of groups.
            crosses = np.concatenate(
                [*(i.crossing for i in intents), np.zeros(len(rivals), dtype=bool)]
            )
            self._examples = Groups.of(
                [*(i.examples for i in intents), rivals],
                np.concatenate([np.zeros(sum(len(i.examples) for i in intents)), handicap]),
                crosses,
            )
            none = Phrasings.of([""], np.zeros((1, vectors.shape[1]), np.float32))
            self._near = Groups.of([i.near if len(i.near) else none for i in intents])
            # (3, intents): row 0 for affirmative parts, row 1 for negative ones, row 2 for
            # parts read with both polarities (see .intent_similarity.threshold_row)
            self._thresholds = np.array(
                [
                    [i.threshold for i in intents],
                    [i.negative_threshold for i in intents],
                    [i.either_threshold for i in intents],
                ]
            )
            self._fast = FastPath.of(
                [i.examples for i in intents],
                rivals,
                [i.near if len(i.near) else none for i in intents],
                self._thresholds,
                ORDINARY_MARGIN,
                RIVAL_MARGIN,
                handicap,
                crosses,
            )
        self._names = tuple(i.spec.name for i in self.intents)
        self._index = {name: k for k, name in enumerate(self._names)}
        # (intents,): which intents give in to what was asked (see .intent_refusal)
        self._concedes = np.array([concedes(i.spec.examples) for i in self.intents], dtype=bool)
        self._offers = np.array([offers(i.spec.examples) for i in self.intents], dtype=bool)
        self._any_concedes = bool(self._concedes.any() or self._offers.any())
        # (intents,): which intents charge for the work (see .intent_payment)
        self._charges = np.array([charges(i.spec.examples) for i in self.intents], dtype=bool)
        # (intents,): which intents are a move made together (see .intent_alone)
        self._joint = np.array([joint(i.spec.examples) for i in self.intents], dtype=bool)
        # (intents,): which intents say no (see .intent_refusal.refusing)
        self._refusing = np.array([refusing(i.spec.examples) for i in self.intents], dtype=bool)
        # (intents,): which a waiver may not meet: those that charge or say no, and those none
        # of whose examples gives something at no cost or for less (see .intent_payment)
        self._unwaived = (
            self._charges
            | self._refusing
            | np.array([not gives_free(i.spec.examples) for i in self.intents], dtype=bool)
        )
        # (intents,): which a third party's words passed on may not meet (.intent_reported)
        self._unreported = np.array(
            [not reporting(i.spec.examples) for i in self.intents], dtype=bool
        )
        # (intents,): which a move already made by someone else may not meet (.intent_done)
        self._undone = np.array(
            [not telling_done(i.spec.examples) for i in self.intents], dtype=bool
        )
        # (intents,): which not following ("I don't get what you mean") may not meet
        # (.intent_confused)
        self._unconfused = np.array(
            [not confusing(i.spec.examples) for i in self.intents], dtype=bool
        )
        # (intents,): which a demand on someone else may not meet: the speaker's own moves
        # (see .intent_stance)
        self._own_moves = np.array(own_moves, dtype=bool)
        self._any_own_moves = bool(self._own_moves.any())
        # (intents,): which a condition on someone else's yes, or a check with no time promised,
        # may not meet at all: those none of whose examples waits so (a condition that nearly
        # rewords an example came within the 0.5 it counts less, and matched the move)
        self._unwaiting = np.array(
            [not bool(np.any(i.examples.mood == DEFERRAL)) for i in self.intents], dtype=bool
        )
        self._any_unwaiting = bool(self._unwaiting.any())  # asked of every reply: read once
        # (intents,): which talking about the move later may not meet (.intent_put_off)
        self._unput_off = np.array(
            [not putting_off(i.spec.examples) for i in self.intents], dtype=bool
        )
        # (intents,): which a doubting question may not meet (see .intent_doubts)
        self._undoubting = np.array(
            [not doubting(i.spec.examples) for i in self.intents], dtype=bool
        )
        # (intents,): which a third party's promise may not meet (see .intent_their_promise)
        self._unpromised = np.array(
            [not promising(i.spec.examples) for i in self.intents], dtype=bool
        )
        # (intents,): which letting off steam may not meet (see .intent_venting)
        self._unvented = np.array([not venting(i.spec.examples) for i in self.intents], dtype=bool)
        # (intents,): which a part that is only a no may not meet: those none of whose examples
        # is a refusal other than a regret (see .intent_only_no)
        self._no_no = np.array(
            [not says_no_plainly(i.spec.examples) for i in self.intents], dtype=bool
        )
        # (intents,): which a challenge or a dare may not meet: those that do not say no and
        # none of whose examples challenges (see .intent_challenge)
        self._unchallenged = ~self._refusing & np.array(
            [not challenging(i.spec.examples) for i in self.intents], dtype=bool
        )
        # (intents,): which clearing someone of blame, housekeeping, a door left open and
        # seeing why may not meet: those none of whose examples does the same (see
        # .intent_exonerates, .intent_housekeeping, .intent_open_door, .intent_acknowledged)
        self._unexonerating = self._none_of(exonerating)
        self._unhousekeeping = self._none_of(housekeeping)
        self._unopen = self._none_of(leaving_open)
        self._unacknowledging = self._none_of(acknowledging)
        self._untaking_in = self._none_of(taking_in)
        self._unhedged = self._none_of(hedging)
        self._uncorrecting = self._none_of(correcting)
        # ... and a forecast that the move will not come: those that do not say no either
        self._unforecast = ~self._refusing & self._none_of(forecasting)
        self._unwarning = ~self._refusing & self._none_of(warning)
        self._unadmitting = self._none_of(admitting_if)
        # (intents,): every intent: what only a verdict on how things are may not meet
        # (.intent_verdict), whatever the examples hold, as a reply that only takes their
        # words in
        self._every = np.ones(len(self.intents), dtype=bool)
        # the words the intents use: what a no must name to refuse anything here (see
        # .intent_relevance)
        self._topic = vocabulary(t for spec in specs for t in (*spec.examples, *spec.near_misses))
        # (intents,): intents none of whose examples says no (see _barred)
        self._never_no = np.array(
            [not np.any(i.examples.mood == REFUSAL) for i in self.intents], dtype=bool
        )
        self._wanted: dict[frozenset[str], Flags] = {}
        # whether any intent says no, or never says no: asked of every reply, so read once
        # here (a numpy call per reply costs more than its work)
        self._any_never_no = bool(self._never_no.any())
        # the readings that set a part aside from some intents: (the cheap first check of the
        # reply, the reading of a part, the intents such a part may not meet), kept only where
        # there are such intents (see _aside)
        self._part_readings: tuple[tuple[Callable[[str], bool], Callable[[str], bool], Flags], ...]
        self._part_readings = tuple(
            (may, read, intents)
            for may, read, intents in (
                (may_correct, corrects, self._refusing),  # "The cap isn't the issue"
                (may_correct, corrects_only, self._uncorrecting),  # "... the weather is."
                (may_waive, waives, self._unwaived),  # "We won't charge you for it"
                (may_report, reports, self._unreported),  # "My boss said we'd cover it"
                (may_be_done, done_before, self._undone),  # "Finance already agreed to it"
                (may_promise, promised, self._unpromised),  # "Legal will send it by noon"
                (may_be_confused, confused, self._unconfused),  # "Sorry, I don't follow"
                (may_put_off, puts_off, self._unput_off),  # "Let's revisit it next month"
                (may_doubt, doubts, self._undoubting),  # "Would phasing even help?"
                (may_vent, vents, self._unvented),  # "I don't get paid enough for this."
                (may_judge, judges_only, self._every),  # "This is fine.", "Absolutely."
                (may_challenge, challenges, self._unchallenged),  # "Why would I pay for it?"
                (may_only_no, only_no, self._no_no),  # "No.", "Absolutely not."
                (may_exonerate, exonerates, self._unexonerating),  # "It's not your fault."
                (may_keep_house, keeps_house, self._unhousekeeping),  # "Let me find the file."
                (may_leave_open, leaves_open, self._unopen),  # "I'm not saying no."
                (may_acknowledge, sees_why, self._unacknowledging),  # "I get why you want it."
                (may_take_in, takes_in, self._untaking_in),  # "I hear how firm they are."
                (may_hedge, hedges, self._unhedged),  # "I'll sort it one of these days."
                (may_forecast, long_shot, self._unforecast),  # "A refund is unlikely."
                (may_warn, warns_of, self._unwarning),  # "Skipping it is what got them fined."
                (may_admit_if, admits_if, self._unadmitting),  # "If I missed it, it wasn't ..."
            )
            if intents.any()
        )
        # (intents,): which intents only name something (an effect, a fault): a proposal may
        # not meet them (see .intent_names_only)
        self._names_only = np.array([names_only(i.spec.examples) for i in self.intents], dtype=bool)
        self._any_names_only = bool(self._names_only.any())
        # (intents,): the words at least two examples of each intent use: its object (see
        # .intent_other_object)
        self._keys = tuple(key_words(i.spec.examples) for i in self.intents)
        # (intents,): the content words of each intent's examples, what a short answer's
        # reading must name to say it (see .intent_answer_object)
        self._objects = objects([i.spec.examples for i in self.intents])
        self._any_joint = bool(self._joint.any())
        self._not_refusing = ~self._refusing  # what a move taken back may not meet
        # what tells whether a part that crosses polarity turns the move round (.intent_crossing)
        self._turns = Turns.of(
            [i.spec.examples for i in self.intents],
            [i.examples for i in self.intents],
            [i.crossing for i in self.intents],
        )

    def _fits(self, yes: bool) -> Flags:
        """(intents,): what a short answer read against their line may say: a no, only an
        intent that says no (.intent_refusal.refusing: "No." to "Could you tell her to stop?"
        takes no side); a yes, only one that does not."""
        return self._not_refusing if yes else self._refusing

    def _none_of(self, kind: Callable[[Sequence[str]], bool]) -> Flags:
        """(intents,): the intents none of whose examples is of ``kind``."""
        return np.array([not kind(i.spec.examples) for i in self.intents], dtype=bool)

    @property
    def names(self) -> tuple[str, ...]:
        return self._names

    def answer(self, text: str, asked: str | None = None) -> Answer | None:
        """``text`` read against the counterpart's line ``asked`` when it is only a short yes
        or no and the line ends on something to answer (:mod:`.intent_answer`); None when it
        is read as it is."""
        return answered(text, asked) if asked and self.intents else None

    def score(self, text: str, asked: str | None = None) -> list[IntentScore]:
        """Every intent's score for ``text``, best first (matched ones before the rest).
        ``asked``: the counterpart's line the reply answers; a short yes or no is scored as
        what it says to that line (:meth:`answer`), and the spans are the reading's."""
        return self._score(text, asked)

    def _score(
        self, text: str, asked: str | None = None, near_misses: bool = True
    ) -> list[IntentScore]:
        """:meth:`score`; ``near_misses``: False reads no near-miss (a short answer's reading:
        it says the move, however close it comes to restating their ask)."""
        answer = self.answer(text, asked)
        if answer is not None:
            out = self._score(answer.reading, near_misses=False)
            # a short no says no, a short yes says none (see _fits), and either says only an
            # intent what they asked is about (.intent_answer_object)
            fits = self._fits(answer.yes)
            on_topic = about(answer.reading, self._objects)
            return [
                s
                if not s.matched or (fits[k] and on_topic[k])
                else replace(
                    s,
                    matched=False,
                    blocked=ANSWER_UNFIT[answer.yes] if not fits[k] else ANSWER_ELSEWHERE,
                )
                for s, k in ((s, self._index[s.name]) for s in out)
            ]
        spans, parts = self._parts(text) if self.intents else ([], None)
        if parts is None or not spans:
            out = sorted(
                (
                    IntentScore(i.spec.name, 0.0, round(i.threshold, 4), False, None, None)
                    for i in self.intents
                ),
                key=lambda s: (s.threshold, s.name),
            )
            if out and acknowledges_only(text):  # said once, under the first row
                out[0] = replace(out[0], blocked=ACKNOWLEDGEMENT)
            return out
        aside = self._aside(text, spans, parts.mood.tolist(), parts.negative.tolist())
        d = self._decide(
            parts,
            with_assent(text, spans, after_contrast(text, spans)),
            apart(spans),
            _either(self._barred(text, spans, parts.mood.tolist()), aside),
            near_misses,
        )
        scores, wins, ok, vetoed, near = d.scores, d.wins, d.ok, d.vetoed, d.near
        reached, over, best = d.reached, d.over, d.table.row
        # Reported as "negation" only for the intent whose opposite-polarity examples came
        # closest, and only where the part, read with the other polarity (its mood and the
        # examples' blend as for any part), would have reached the threshold of that polarity
        # and ordinary talk: never for a part that would have fallen short anyway.
        # (a no read the other way round is a plain statement: "We can't phase it" as "We
        # can phase it")
        said_no = np.isin(parts.mood, (SAYS_NO, BARE_NO, REFUSAL, HELD))
        other = Phrasings(parts.vectors, ~parts.negative, np.where(said_no, STATEMENT, parts.mood))
        turned_round = group_scores(self._examples, other, rows=False).score
        flipped = np.where(scores == NO_MATCH, turned_round[:, :-1], -np.inf)
        other_rows = [
            threshold_row(not n, m) for n, m in zip(parts.negative, other.mood, strict=True)
        ]
        opposite = (
            (flipped >= self._thresholds[other_rows])
            & (flipped >= turned_round[:, -1:] + ORDINARY_MARGIN)
            & (flipped >= flipped.max(axis=1, keepdims=True))
        )
        # A part of a mood that makes no move (MOVELESS) that would have reached the threshold
        # as a statement of the move (reported for the intent it came closest to).
        reflected = (
            np.isin(parts.mood, MOVELESS)[:, None]
            & ~reached
            & (scores + REFLECTION_PENALTY >= scores - d.margins)
            & (scores >= scores.max(axis=1, keepdims=True))
        )
        # Per intent the work is over a handful of parts: plain lists are faster than numpy.
        outweighed = np.broadcast_to(d.outweighed[:, None] & ok, ok.shape)
        columns = zip(
            scores.T.tolist(),
            d.margins.T.tolist(),
            d.rank.T.tolist(),
            wins.T.tolist(),
            ok.T.tolist(),
            outweighed.T.tolist(),
            vetoed.T.tolist(),
            near.T.tolist(),
            opposite.T.tolist(),
            reflected.T.tolist(),
            d.held.T.tolist(),
            (best - self._examples.starts[None, :]).T.tolist(),
            (reached & ~over).T.tolist(),
            (d.held & aside).T.tolist()
            if aside is not None
            else [[False] * len(spans)] * len(self.intents),
            strict=False,  # best has one more column (ordinary talk), left out here
        )
        waiting = (parts.mood == DEFERRAL).tolist()  # a condition on someone else's yes
        # a thanks and nothing more is read as a reflection (it makes no move), but is
        # explained as the thanks it is
        thanking = [
            m == REFLECTION and thanks_only(text[a:b])
            for (a, b), m in zip(spans, parts.mood.tolist(), strict=True)
        ]
        # the intents each part matched: what a part lost to is named (see summarise)
        winners = [
            [name for name, w in zip(self._names, row, strict=True) if w] for row in wins.tolist()
        ]
        out = [
            summarise(intent, Column(*col), spans, parts, waiting, winners, thanking)
            for intent, col in zip(self.intents, columns, strict=False)
        ]
        return sorted(out, key=lambda s: (not s.matched, -s.margin, s.name))

    def matched(
        self, text: str, among: Collection[str] | None = None, asked: str | None = None
    ) -> tuple[str, ...]:
        """Names of the intents ``text`` matches, the best match first (same decision as
        :meth:`score`, without the explanations). ``asked``: the counterpart's line the reply
        answers (see :meth:`answer`).

        ``among`` limits the answer to those intents (what a state can use); every intent
        still competes for the words of the reply, so a reply that says an intent left out
        does not match a weaker one that is asked for. An empty ``among`` costs nothing.
        """
        if not self.intents or (among is not None and not among):
            return ()
        if asked:
            answer = answered(text, asked)
            if answer is not None:
                # what it says to their line, among the intents a short answer can say
                fits = self._fits(answer.yes) & about(answer.reading, self._objects)
                allowed = [n for n, f in zip(self._names, fits.tolist(), strict=True) if f]
                if among is not None:
                    allowed = [n for n in allowed if n in among]
                if not allowed:
                    return ()
                # a short answer says the move: no near-miss that restates their ask vetoes it
                return self._matched(answer.reading, frozenset(allowed), False)
        return self._matched(text, among)

    def _matched(
        self, text: str, among: Collection[str] | None, near_misses: bool = True
    ) -> tuple[str, ...]:
        """:meth:`matched` of ``text`` as it is (see :meth:`_score` for ``near_misses``)."""
        spans, vectors, negative, moods = self._pieces(text)
        if not spans:
            return ()
        # one part: nothing can follow a contrast (see FastPath.margins)
        later = with_assent(text, spans, after_contrast(text, spans)) if len(spans) > 1 else None
        # a reply that is one part whole: its polarity is the part's, already read
        whole = len(spans) == 1 and spans[0] == (0, len(text)) and text.strip() == text
        barred = self._barred(text, spans, moods, negative[0] if whole else None)
        mask = self._mask(among)
        margins = self._fast.margins(
            vectors, negative, moods, later, mask, spans, barred, near_misses
        )
        if margins is None or max(margins) == -np.inf:
            return ()
        # parts set aside for what they are about (read only when something matched: setting
        # parts aside never makes a reply that matched nothing match)
        aside = self._aside(text, spans, moods, negative)
        if aside is not None:
            barred = aside if barred is None else barred | aside
            margins = self._fast.margins(
                vectors, negative, moods, later, mask, spans, barred, near_misses
            )
            if margins is None:
                return ()
        found = sorted(
            (-m, name)
            for m, name in zip(margins, self._names, strict=True)
            if m > -np.inf and (among is None or name in among)
        )
        return tuple(name for _, name in found)

    def _mask(self, among: Collection[str] | None) -> Flags | None:
        """(intents,): which intents ``among`` names (None: all), computed once per set."""
        if among is None:
            return None
        key = among if isinstance(among, frozenset) else frozenset(among)
        mask = self._wanted.get(key)
        if mask is None:
            mask = np.array([name in key for name in self.names])
            self._wanted[key] = mask
        return mask

    def _barred(
        self,
        text: str,
        spans: list[Span],
        moods: Sequence[int],
        negative: bool | None = None,
    ) -> Flags | None:
        """(parts, intents): see :func:`.intent_refusal.barred` (None: nothing barred), and a
        no without a negator (:func:`.intent_refusal.bare_refusals`) from intents none of
        whose examples says no. ``negative``: whether ``text`` holds a negation, when already
        read (None: unknown)."""
        out = None
        if self._any_concedes:
            out = barred(text, spans, self._concedes, self._offers, negative)
        if BARE_NO in moods and self._any_never_no:
            bare = bare_refusals(text, spans, moods)
            if bare is not None:
                out = _set_aside(out, bare, self._never_no)
        return out

    def _aside(
        self,
        text: str,
        spans: list[Span],
        moods: Sequence[int],
        negative: Sequence[bool] = (),
    ) -> Flags | None:
        """(parts, intents): parts set aside for what they are about, not for a no (None:
        none): a prediction that something the scenario never names does not help, from every
        intent (:mod:`.intent_relevance`), a correction of what the trouble is from intents
        that say no (:func:`.intent_refusal.corrects`), a waiver from intents that charge or
        give nothing free (:mod:`.intent_payment`), a third party's words passed on from
        intents that pass on none (:mod:`.intent_reported`), a move a third party already made
        (or the speaker long before) from intents that tell none (:mod:`.intent_done`), a
        third party's promise ("Legal will send it by noon") from intents that promise nothing
        (:mod:`.intent_their_promise`), not following ("Sorry, I don't get what you mean") from
        intents that are no such reaction (:mod:`.intent_confused`), letting off steam ("I don't
        get paid enough for this") from intents that do not vent (:mod:`.intent_venting`), only a
        verdict on how things are ("This is fine.", "Absolutely.") from every intent
        (:mod:`.intent_verdict`), a
        doubting question from intents that doubt nothing, a move taken back ("..., but not
        now") from intents that do not say no (:mod:`.intent_doubts`), and a move made alone
        from intents made together
        (:mod:`.intent_alone`), a part that proposes from intents that only name something
        (:mod:`.intent_names_only`), a move that names what it leaves out from the intents
        that thing is the object of (:mod:`.intent_other_object`), and a part that meets an
        intent only across polarity where its negation turns the move round
        (:func:`.intent_crossing.turned`)."""
        out = None
        lowered = text.lower()  # the cheap first checks: most replies hold none of the words
        if SAYS_NO in moods or BARE_NO in moods:
            # "I guess coffee won't fix this one", "The office party is off the table this
            # year" refuse nothing here
            idle = [
                (m == SAYS_NO and off_topic_prediction(text[a:b], self._topic))
                or (m == BARE_NO and off_topic_ruled_out(text[a:b], self._topic))
                for (a, b), m in zip(spans, moods, strict=True)
            ]
            if any(idle):
                out = np.repeat(np.array(idle)[:, None], len(self.intents), axis=1)
        if (QUESTION in moods or INFO_QUESTION in moods) and may_be_small_talk(lowered):
            # "Did you see the email about ...?"
            chat = [
                m in (QUESTION, INFO_QUESTION) and small_talk(text[a:b], self._topic)
                for (a, b), m in zip(spans, moods, strict=True)
            ]
            if any(chat):
                more = np.repeat(np.array(chat)[:, None], len(self.intents), axis=1)
                out = more if out is None else out | more
        for may, read, intents in self._part_readings:  # a correction, a waiver, a report ...
            if may(lowered):
                out = _set_aside(out, [read(text[a:b]) for a, b in spans], intents)
        if DEFERRAL in moods and self._any_unwaiting:  # "... once legal signs it off"
            out = _set_aside(out, [m == DEFERRAL for m in moods], self._unwaiting)
        if DEMAND in moods and self._any_own_moves:  # "Your team needs to build it"
            out = _set_aside(out, [m == DEMAND for m in moods], self._own_moves)
        if self._any_own_moves and may_suggest(lowered):  # "You could try your GP"
            out = _set_aside(out, [suggests_they_go(text[a:b]) for a, b in spans], self._own_moves)
        if may_take_back(lowered):  # "I could maybe consider a pilot, but not now."
            back = [taken_back(text, a, b) for a, b in spans]
            out = _set_aside(out, back, self._not_refusing)
        # "I'll take it to your VP myself", in a reply that names no one acting with them
        if self._any_joint and may_be_alone(lowered) and not names_a_partner(text):
            out = _set_aside(out, [alone(text[a:b]) for a, b in spans], self._joint)
        if self._any_names_only:  # "Could you soften the tone of your reviews?"
            put = [proposes(text[a:b], m) for (a, b), m in zip(spans, moods, strict=True)]
            out = _set_aside(out, put, self._names_only)
        if may_exclude(lowered):  # "We'll skip the demo rehearsal, not the code review"
            for k, named, left_out in excluded(text, spans):
                other = np.array([other_object(named, left_out, key) for key in self._keys])
                if other.any():
                    flags = np.zeros(len(spans), dtype=bool)
                    flags[k] = True
                    out = _set_aside(out, flags, other)
        # a part with a negation whose negator may turn an intent's move round: "We're not
        # planning to switch vendors" (`negative` holds a flag per part: asked whether any is set)
        if self._turns.some and any(negative):
            out = _either(out, turned(text, spans, negative, moods, self._turns))
        return out

    def _decide(
        self,
        parts: Phrasings,
        later: Flags | None,
        disjoint: Flags | None = None,
        barred: Flags | None = None,
        near_misses: bool = True,
    ) -> _Decision:
        """Which intents each part matches (the rules in the module docstring), with what
        explanations need. ``later`` (parts, parts): part q comes after a contrast ("but",
        "however", ...) that follows part p (see :func:`.negation.after_contrast`); None when
        there is none. ``disjoint``: which parts do not overlap (:func:`.intent_support.apart`).
        ``barred`` (parts, intents): a conceding intent after an unturned refusal (None: none).
        :mod:`.intent_fast_path` takes the same decision for sessions."""
        table = group_scores(self._examples, parts)
        scores, ordinary = (
            table.score[:, :-1],
            table.score[:, -1],
        )  # (parts, intents), (parts,)
        rows = [threshold_row(n, m) for n, m in zip(parts.negative, parts.mood, strict=True)]
        margins = scores - self._thresholds[rows]
        reached = margins >= 0
        over = reached & (scores >= ordinary[:, None] + ORDINARY_MARGIN)
        near_sims = raw_cosines(self._near, parts)  # a near-miss vetoes parts of its polarity
        near_sims[parts.negative[:, None] != self._near.phrasings.negative[None, :]] = -np.inf
        near = np.maximum.reduceat(near_sims, self._near.starts, axis=1)
        vetoed = over & (near >= table.best[:, :-1])  # the nearest example, not the blend
        if not near_misses:  # a short answer's reading (see _score)
            vetoed[:] = False
        ok = over & ~vetoed
        held = np.zeros_like(ok)
        if barred is not None:
            held = ok & barred
            ok = ok & ~barred
        rank = ranks(margins, disjoint)  # rivals for one part: the rest of the reply counts
        lead = np.where(ok, rank, -np.inf).max(axis=1)
        wins = ok & (rank >= lead[:, None] - RIVAL_MARGIN)
        outweighed = np.zeros(len(parts), dtype=bool)
        if later is not None:
            # "X, but Y": when what follows the contrast makes a move, that move is what the
            # reply stands behind, and X only concedes a point.
            outweighed = (later & wins.any(axis=1)[None, :]).any(axis=1)
            wins = wins & ~outweighed[:, None]
        return _Decision(
            table,
            scores,
            margins,
            rank,
            ordinary,
            reached,
            over,
            near,
            vetoed,
            ok,
            wins,
            outweighed,
            held,
        )

    # -- internals -------------------------------------------------------------------------
    def _encode(self, texts: list[str]) -> Vectors:
        if not texts:
            return np.zeros((0, len(self.reference.mean)), np.float32)
        texts = [as_matched(t) for t in texts]  # a promise put to the listener: see there
        if isinstance(self.encoder, StaticEncoder):  # the same rows, in fewer array calls
            return self.encoder.encode_centred(texts, self.reference.mean)
        return self.reference.centre(self.encoder.encode(texts))

    def _parts(self, text: str) -> tuple[list[Span], Phrasings]:
        """The parts of ``text`` (see :mod:`.intent_parts`) as phrasings."""
        spans, vectors, negative, moods = self._pieces(text)
        if not spans:
            return [], Phrasings.of([], np.zeros((0, 1), np.float32))
        return spans, Phrasings(
            vectors, np.array(negative, dtype=bool), np.array(moods, dtype=np.intp)
        )

    def _pieces(self, text: str) -> Pieces:
        """The parts of ``text`` (see :mod:`.intent_parts`) as plain lists beside their
        vectors (what the fast path reads)."""
        spans, negative, moods = cut(text)
        if not spans:
            return [], np.zeros((0, 1), np.float32), [], []
        # the sentences as scoring read them (their word pieces are still kept: see
        # .encoder.TEXT_CACHE_SIZE); a sentence's span holds no outer spaces
        return with_pairs(spans, self._encode([text[a:b] for a, b in spans]), negative, moods)


def _either(first: Flags | None, second: Flags | None) -> Flags | None:
    """Either mask (None: no flags)."""
    if first is None:
        return second
    return first if second is None else first | second


def with_assent(text: str, spans: list[Span], later: Flags | None) -> Flags | None:
    """``later`` (see :func:`.negation.after_contrast`), and a sentence after an assent that
    only takes their words in ("Fine. Spin them up in the US and we'll move them to Europe
    next quarter") read with it: the sentence alone gives way to the pair of the two, when
    the pair makes a move (the reply caves; the sentence alone, without its "Fine.", read like
    the EU plan). None when neither applies."""
    if len(spans) < 3:  # an assent, a sentence and their pair at the least
        return later
    starts = {a: k for k, (a, _) in enumerate(spans)}
    found = None
    for k, (a, b) in enumerate(spans):
        if not acknowledges_only(text[a:b]):
            continue
        for n, (x, y) in enumerate(spans):
            if n == k or x < b or text[b:x].strip():  # the part right after the assent
                continue
            pair = next((m for m, span in enumerate(spans) if span == (a, y)), None)
            if pair is None or x not in starts:
                continue
            if found is None:
                found = (
                    np.zeros((len(spans), len(spans)), dtype=bool)
                    if later is None
                    else later.copy()
                )
            found[n, pair] = True
    return later if found is None else found


@dataclass(frozen=True)
class _Decision:
    """Every intent against every part, (parts, intents) each; see IntentMatcher._decide."""

    table: GroupScores
    scores: NDArray[np.float64]
    margins: NDArray[np.float64]  # scores minus the threshold for each part's polarity
    rank: NDArray[np.float64]  # margins plus the support of the reply's other parts
    ordinary: NDArray[np.float64]  # (parts,) how close ordinary talk comes
    reached: NDArray[np.bool_]  # at or over the intent's threshold
    over: NDArray[np.bool_]  # ... and above ordinary talk
    near: NDArray[np.float64]  # closest near-miss of the part's polarity
    vetoed: NDArray[np.bool_]
    ok: NDArray[np.bool_]
    wins: NDArray[np.bool_]  # ok, and no rival matched the part more clearly
    outweighed: NDArray[np.bool_]  # (parts,) a clause after a later "but" made a move
    held: NDArray[np.bool_]  # ok but for a refusal before it that the reply never turns from


def _set_aside(out: Flags | None, parts: Sequence[bool] | Flags, intents: Flags) -> Flags | None:
    """``out`` (parts, intents) with the ``parts`` flagged also set aside from ``intents``
    (None while nothing is)."""
    if not any(parts):
        return out
    more = np.asarray(parts, dtype=bool)[:, None] & intents[None, :]
    return more if out is None else out | more
