"""The semantic scorer's features as parts, after its anti-gaming rules.

Each cue (the lexical layer's evidence) and each sentence act becomes a `Part`: so many units of
a feature, with the reason and span that earned them. A repeated sentence earns nothing, an act
that costs points must be clear, acknowledgements stack with diminishing returns and earn only a
share until the reply engages with the partner (docs/scoring.md lists the rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roleplay.scoring.acts import ActBank
from roleplay.scoring.heads import CUE_UNIT, CUES_DOWN, CUES_UP, act_feature
from roleplay.scoring.said_of_anyone import GENERAL_ACTS, GENERAL_FEATURES, SAID_OF_ANYONE_NOTE
from roleplay.scoring.semantic_rules import (
    ACK_ACTS,
    ACK_FEATURES,
    BAD_QUESTION_ACTS,
    DECAY,
    DIMINISHED_NOTE,
    HOSTILE_MARGIN,
    HOSTILE_ONLY_WHEN_CLEAR,
    HOSTILE_SIMILARITY,
    INFORMED_FEATURES,
    NEGATIVE_MARGIN,
    NEGATIVE_SIMILARITY,
    PARTIAL_NOTE,
    QUESTION_FEATURES,
    STOCK_NOTE,
    UNENGAGED_SHARE,
)
from roleplay.scoring.sentence_checks import clear_negative, is_stock
from roleplay.scoring.sentences import Sentence, own_story, sentence_at
from roleplay.scoring.types import DIMENSIONS, Dimension, Evidence
from roleplay.scoring.wording import advice_wording, general_statement


@dataclass(frozen=True)
class Part:
    """One term of a reply's features: `value` units of `feature`, earned by `span`.
    A cue part belongs to one dimension; an act part (dimension None) feeds every head."""

    feature: str
    dimension: Dimension | None
    value: float
    reason: str
    span: tuple[int, int] | None


@dataclass(frozen=True)
class Analysis:
    sentences: list[Sentence]
    parts: list[Part]
    hostile: Sentence | None
    flat_no: Sentence | None = None  # the sentence of a flat no (flat_no.py)
    stuffed: bool = False  # stock phrases with no matter of theirs (stuffing.py, rule 51)

    def features(self) -> dict[Dimension, dict[str, float]]:
        """Per dimension, the summed value of each feature (what the heads are fitted on)."""
        out: dict[Dimension, dict[str, float]] = {d: {} for d in DIMENSIONS}
        for p in self.parts:
            for dim in DIMENSIONS if p.dimension is None else (p.dimension,):
                out[dim][p.feature] = out[dim].get(p.feature, 0.0) + p.value
        return out


def snippet(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


ADVICE_FEATURE = "advice"  # the cue layer's "jumped to advice"
REFLECTIVE_FEATURE = "reflection"  # the cue layer's "reflected what they said"
# ... told to them: "you should / need to / have to / must / ought to", "my advice", "if I were
# you" (not "I suggest you are free to take two", "you just get food?")
_TELLS = re.compile(r"you |my advice|if i were you", re.I)


def advised_sentences(cues: list[tuple[str, Evidence]], sentences: list[Sentence]) -> set[int]:
    """Where the sentences the cue layer read as advice ("You should see a specialist") start."""
    return {
        home.start
        for f, e in cues
        if f == ADVICE_FEATURE
        and e.points < 0
        and e.span is not None
        and (home := sentence_at(sentences, e.span)) is not None
        and _TELLS.match(home.text, e.span[0] - home.start)
        and not home.text.rstrip().endswith("?")  # a question is read by its function
        # "you should have heard it from us first" grants them a right: no advice
        and not home.text[e.span[1] - home.start :].startswith(" have ")
    }


def not_for_them(home: Sentence) -> bool:
    """A sentence whose words of theirs inform, instruct, share or give in: information or
    advice, the speaker's own story, a general statement of fact, a cave."""
    return (
        home.act.act in ("information", "advice")
        or own_story(home.text)
        or general_statement(home.text)
        or home.cave
    )


def cue_parts(
    cues: list[tuple[str, Evidence]],
    sentences: list[Sentence],
    engaged: bool,
    advised: set[int] | None = None,
    shared: frozenset[str] = frozenset(),
    general: frozenset[int] = frozenset(),
) -> list[Part]:
    """The cue evidence as parts: a repeated sentence, their words used to inform, advise or
    tell one's own story, and a question that interrogates or advises earn nothing; without
    engagement a stock phrase or an acknowledgement earns a share, and only the largest
    acknowledgement per dimension counts (with engagement they stack with diminishing returns).
    `advised`: where the sentences of advice told to them start, when the caller has them;
    `shared`: cues that earn the unengaged share whatever else the reply does (rule 111);
    `general`: where the sentences that say a hardship of anyone start (rule 256): their
    acknowledgements earn the unengaged share."""
    out: list[Part] = []
    acks: dict[Dimension, list[Part]] = {d: [] for d in DIMENSIONS}
    if advised is None:
        advised = advised_sentences(cues, sentences)
    for feature, e in cues:
        home = sentence_at(sentences, e.span)
        if home is not None and home.repeat and e.points > 0:
            continue  # a repeated sentence earns nothing
        if (
            e.dimension == "empathy"
            and feature in INFORMED_FEATURES
            and home is not None
            and (home.start in advised or not_for_them(home))
        ):
            # their words in a general statement of fact, in advice (by act or by wording), in
            # the speaker's own story or in a cave inform, instruct, share or give in: they do
            # not empathise
            continue
        if (
            feature == REFLECTIVE_FEATURE
            and e.points > 0
            and home is not None
            and (home.start in advised or advice_wording(home.text))
        ):
            # "It sounds like you need to ...", "..., until you feel stronger": a reflective
            # opener on advice reflects nothing (rule 31b)
            continue
        if feature in QUESTION_FEATURES and home is not None:
            if home.act.act in BAD_QUESTION_ACTS:
                continue  # a question that interrogates or advises earns no question credit
        value = e.points / CUE_UNIT
        reason = e.reason
        stock = is_stock(home)
        # a hardship said of anyone says so first: it no longer engages either (rule 316)
        if value > 0 and feature in GENERAL_FEATURES and home is not None and home.start in general:
            value *= UNENGAGED_SHARE
            reason += SAID_OF_ANYONE_NOTE
        elif value > 0 and (
            (not engaged and (stock or feature in ACK_FEATURES)) or feature in shared
        ):
            value *= UNENGAGED_SHARE
            reason += STOCK_NOTE if stock else PARTIAL_NOTE
        part = Part(CUES_UP if value > 0 else CUES_DOWN, e.dimension, value, reason, e.span)
        if value > 0 and feature in ACK_FEATURES:
            acks[e.dimension].append(part)
        else:
            out.append(part)
    decay = DECAY if engaged else DECAY[:1]  # without engagement only the largest counts
    for found in acks.values():  # acknowledgements stack with diminishing returns
        for rank, part in enumerate(sorted(found, key=lambda p: -p.value)):
            factor = decay[rank] if rank < len(decay) else 0.0
            if factor:
                note = "" if factor == 1.0 else DIMINISHED_NOTE
                out.append(
                    Part(
                        part.feature,
                        part.dimension,
                        part.value * factor,
                        part.reason + note,
                        part.span,
                    )
                )
    return out


def act_parts(
    sentences: list[Sentence],
    engaged: bool,
    bank: ActBank,
    general: frozenset[int] = frozenset(),
) -> list[Part]:
    """The sentences' acts as parts: a repeated or unclear costly act earns nothing, each act
    earns with diminishing returns (acknowledgement acts share one sequence, and without
    engagement only the largest counts, at a share; so does one said of anyone, rule 256)."""
    by_act: dict[str, list[Sentence]] = {}
    for s in sentences:
        if not s.act.act or s.repeat or s.act.act == "neutral":
            continue
        costly = any(v < 0 for v in bank.by_name[s.act.act].points.values())
        if costly and not clear_negative(s, NEGATIVE_SIMILARITY, NEGATIVE_MARGIN):
            continue  # an act that costs points must be clear
        if s.act.act in HOSTILE_ONLY_WHEN_CLEAR and not clear_negative(
            s, HOSTILE_SIMILARITY, HOSTILE_MARGIN
        ):
            continue  # ... and one whose words are common in plain argument, very clear
        # acknowledgement acts share one diminishing-returns sequence
        key = "ack" if s.act.act in ACK_ACTS else s.act.act
        by_act.setdefault(key, []).append(s)
    out: list[Part] = []
    for found in by_act.values():
        ack = found[0].act.act in ACK_ACTS
        decay = DECAY if engaged or not ack else DECAY[:1]
        for rank, s in enumerate(sorted(found, key=lambda s: -s.act.strength)):
            factor = decay[rank] if rank < len(decay) else 0.0
            if not factor:
                continue
            act = bank.by_name[s.act.act]
            reason = f'this sentence {act.label} ("{snippet(s.text)}")'
            value = s.act.strength * factor
            if s.act.act in GENERAL_ACTS and s.start in general:
                value *= UNENGAGED_SHARE
                reason += SAID_OF_ANYONE_NOTE
            elif s.act.act in ACK_ACTS and not engaged:
                value *= UNENGAGED_SHARE
                reason += PARTIAL_NOTE
            elif factor < 1.0:
                reason += " (again: diminishing returns)"
            out.append(Part(act_feature(act.name), None, value, reason, (s.start, s.end)))
    return out
