"""The semantic scorer: meaning from the sentence encoder, precision from the cue layer.

For one reply (see docs/scoring.md for the full rule list):

1. A reply it cannot read (empty, no words, another language, keyboard mash) is not scored.
2. Cue evidence comes from the lexical scorer's features and fitted weights (spans, negation,
   who-feels-what, key points, the partner's words).
3. Each sentence is matched to the act bank (acts.py); a sentence that restates a partner
   sentence in other words counts as a reflection. Per sentence and dimension, the act adds only
   what the cues in that sentence did not already earn, so nothing is counted twice.
4. Anti-gaming: a repeated sentence earns nothing; each act earns full, half, then a quarter of
   its points for its first three sentences and nothing after; acknowledgement and stock phrases
   earn 40% unless the reply also engages (a reflection, a question about them, an option, a
   trade, a concession, an offer, a reason, one of their key points or their words); a question
   that interrogates or gives advice earns no question credit; hostility (insult, threat,
   sarcasm, blame) caps empathy and collaboration at 30 for the whole reply; length earns nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from roleplay.nlp import EncodingCache, shared_cache, split_sentences
from roleplay.scoring.acts import ActBank, SentenceAct, act_bank
from roleplay.scoring.features import extract
from roleplay.scoring.lexicon import Lexicon, load_lexicon
from roleplay.scoring.model import Weights, clamp, evidence_for, group_hits, load_weights
from roleplay.scoring.readable import unreadable_reason
from roleplay.scoring.scorer import BESIDE_THRESHOLD
from roleplay.scoring.text import straighten
from roleplay.scoring.types import DIMENSIONS, Dimension, Evidence, SameSide, Score, ScoreInput

DECAY = (1.0, 0.5, 0.25)
UNENGAGED_SHARE = 0.4
HOSTILITY_CAP = 30
HOSTILE_LISTENING_CAP = 50  # an insult or threat is not listening either, whatever it asked
CUE_ACT_STRENGTH = 0.6  # an act named by its wording when the encoder found none
HOSTILE_SIMILARITY = 0.58  # a hostile act caps the reply only when it is this clear
HOSTILE_MARGIN = 0.08  # ... and this much closer to its act than to any other
NEGATIVE_SIMILARITY = 0.52  # any act that costs points needs at least this
NEGATIVE_MARGIN = 0.03
NEGATIVE_WORDS = 4  # ... and at least this many words (two-word sentences are too noisy)
STOCK_STRENGTH = 0.5  # a sentence counts as a stock phrase from this strength on
REFLECTION_SIMILARITY = 0.62  # closeness to a partner sentence that counts as restating it

HOSTILE_ACTS = frozenset({"insult", "threat", "sarcasm", "blame"})
HOSTILE_FEATURES = frozenset(
    {"ultimatum", "blame", "you_people", "attack", "sarcasm", "imperious_we", "loaded_question"}
)
ACK_ACTS = frozenset({"validation", "stock_phrase", "appreciation", "apology"})
ACK_FEATURES = frozenset(
    {
        "understanding",
        "sympathy",
        "difficulty",
        "validation",
        "care",
        "appreciation",
        "joint_framing",
        "warmth",
        "apology",
        "agreement",
        "emotion_label",
    }
)
ENGAGE_ACTS = frozenset(
    {
        "reflection",
        "curious_question",
        "proposal",
        "trade",
        "concession",
        "offer_help",
        "reason_for_no",
    }
)
ENGAGE_FEATURES = frozenset(
    {
        "key_point",
        "paraphrase",
        "follow_up",
        "option",
        "conditional_offer",
        "open_question",
        "interest_question",
        "elaboration_invite",
        "generosity",
        "invitation",
        "quoted_partner",
        "perspective_taking",
        "emotion_match",
    }
)
QUESTION_FEATURES = frozenset(
    {"open_question", "closed_question", "interest_question", "follow_up"}
)
BAD_QUESTION_ACTS = frozenset({"interrogation", "advice"})
BESIDE_ACTS = frozenset({"proposal", "trade", "concession", "offer_help", "curious_question"})
_NORMAL = re.compile(r"[^a-z0-9]+")
# Question functions the cue layer can name precisely (checked at the start of a sentence).
INTERROGATION = re.compile(
    r"^\W*(?:so |and |but )?(?:why (?:did|didn't|did not|would|wouldn't|were|weren't|was|wasn't|"
    r"is|isn't|are|aren't|have|haven't|has|hasn't|do|does)(?: you| your| this| that| it| nobody|"
    r" no one| anyone)|how (?:could|can|did|come) you|who (?:approved|decided|told|said)|"
    r"what were you thinking)",
    re.IGNORECASE,
)
# Acts whose wording is unmistakable, used when the encoder found no act in the sentence.
CUE_ACTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "trade",
        re.compile(r"^\W*if (?:you|your \w+) .{3,80}?,? (?:i|we)(?:'ll| will| can| could)\b", re.I),
    ),
    (
        "proposal",
        re.compile(
            r"^\W*(?:so |maybe |perhaps )?(?:what if we|how about|could we|can we|we could|"
            r"we might|maybe we|shall we|let's (?:try|split|phase|pilot|start|move|keep|offer|run|ask))\b",
            re.I,
        ),
    ),
    (
        "offer_help",
        re.compile(r"^\W*(?:i can|i could|i'll|i will|let me) (?!not\b|never\b)\w+", re.I),
    ),
    (
        "curious_question",
        re.compile(
            r"^\W*(?:so |and |but )?(?:what|which|how|where|when|who)\b[^?]{2,120}\?\s*$", re.I
        ),
    ),
)
ADVICE_QUESTION = re.compile(
    r"^\W*(?:so |and |but )?(?:why (?:don't|do not|not|can't|cannot) (?:you )?(?:just |simply )?|"
    r"have you (?:tried|considered|thought about)|can't you just|couldn't you just|"
    r"wouldn't it be (?:easier|better))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    act: SentenceAct
    repeat: bool


def _is_stock(sentence: Sentence) -> bool:
    return sentence.act.act == "stock_phrase" and sentence.act.strength >= STOCK_STRENGTH


def _snippet(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


class SemanticScorer:
    """Deterministic and offline; every point traces to a span or a sentence of the reply."""

    name = "semantic"

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        weights: Weights | None = None,
        bank: ActBank | None = None,
        cache: EncodingCache | None = None,
    ) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.weights = weights if weights is not None else load_weights(self.lexicon)
        self.bank = bank if bank is not None else act_bank()
        self.cache = cache if cache is not None else shared_cache()

    # -- sentences -------------------------------------------------------------------------
    def sentences(self, item: ScoreInput) -> list[Sentence]:
        spans = split_sentences(item.reply)
        texts = [item.reply[s:e] for s, e in spans]
        vectors = self.cache.encode(texts)
        acts = self.bank.classify(vectors)
        partner_texts = [item.partner[s:e] for s, e in split_sentences(item.partner)]
        if partner_texts and texts:
            closeness = (vectors @ self.cache.encode(partner_texts).T).max(axis=1)
        else:
            closeness = [0.0] * len(texts)
        seen: set[str] = set()
        out: list[Sentence] = []
        for (start, end), text, act, close in zip(spans, texts, acts, closeness, strict=True):
            key = _NORMAL.sub(" ", text.lower()).strip()
            repeat = key in seen
            seen.add(key)
            if float(close) >= REFLECTION_SIMILARITY and not text.rstrip().endswith("?"):
                if act.act in ("", "reflection", "stock_phrase"):
                    strength = min(1.0, (float(close) - REFLECTION_SIMILARITY) / 0.2 + 0.5)
                    act = SentenceAct("reflection", strength, float(close))
            if not act.act:
                for name, pattern in CUE_ACTS:
                    if pattern.search(text):
                        act = SentenceAct(name, CUE_ACT_STRENGTH, 0.0, 0.0)
                        break
            if text.rstrip().endswith("?"):
                if ADVICE_QUESTION.search(text):
                    act = SentenceAct("advice", 1.0, 1.0, 1.0)
                elif INTERROGATION.search(text):
                    act = SentenceAct("interrogation", 1.0, 1.0, 1.0)
            out.append(Sentence(start, end, text, act, repeat))
        return out

    # -- scoring ---------------------------------------------------------------------------
    def score(self, item: ScoreInput) -> Score:
        reason = unreadable_reason(item.reply)
        if reason is not None:
            return Score.unscored(reason)
        item = ScoreInput(straighten(item.reply), item.partner, item.key_points, item.emotion)
        sentences = self.sentences(item)
        by_feature = group_hits(extract(item, self.lexicon))
        cues = [
            fe
            for dim in DIMENSIONS
            for fe in evidence_for(dim, by_feature, self.lexicon, self.weights)
        ]

        def sentence_at(span: tuple[int, int] | None) -> Sentence | None:
            if span is None:
                return None
            return next((s for s in sentences if s.start <= span[0] < s.end), None)

        hostile = [
            s
            for s in sentences
            if s.act.act in HOSTILE_ACTS
            and s.act.similarity >= HOSTILE_SIMILARITY
            and s.act.margin >= HOSTILE_MARGIN
            and len(s.text.split()) >= NEGATIVE_WORDS
        ] + [
            sentence_at(e.span)
            for f, e in cues
            if f in HOSTILE_FEATURES and e.points < 0 and sentence_at(e.span) is not None
        ]

        def in_stock(span: tuple[int, int] | None) -> bool:
            home = sentence_at(span)
            return home is not None and (home.repeat or _is_stock(home))

        engaged = any(s.act.act in ENGAGE_ACTS and not s.repeat for s in sentences) or any(
            f in ENGAGE_FEATURES and e.points > 0 and not in_stock(e.span) for f, e in cues
        )
        evidence: list[Evidence] = []
        earned: dict[tuple[int, Dimension], int] = {}
        for feature, e in cues:
            home = sentence_at(e.span)
            if home is not None and home.repeat and e.points > 0:
                continue
            points = e.points
            note = ""
            if (
                feature in QUESTION_FEATURES
                and home is not None
                and home.act.act in BAD_QUESTION_ACTS
            ):
                continue  # a question that interrogates or advises earns no question credit
            stock = home is not None and _is_stock(home)
            if points > 0 and not engaged and (stock or feature in ACK_FEATURES):
                points = round(points * UNENGAGED_SHARE)
                note = (
                    " (a stock phrase: partial credit)"
                    if stock
                    else " (no engagement with their point yet: partial credit)"
                )
            if points == 0:
                continue
            evidence.append(Evidence(e.dimension, points, e.reason + note, e.span))
            if home is not None:
                key = (home.start, e.dimension)
                earned[key] = earned.get(key, 0) + points
        evidence += self._act_evidence(sentences, earned, engaged)
        evidence = self._diminish_acknowledgements(evidence, cues)
        scores = {
            d: self.weights.base[d] + sum(e.points for e in evidence if e.dimension == d)
            for d in DIMENSIONS
        }
        final = {d: clamp(v) for d, v in scores.items()}
        if hostile:
            worst = hostile[0]
            assert worst is not None
            for dim in ("empathy", "collaboration"):
                if final[dim] > HOSTILITY_CAP:
                    evidence.append(
                        Evidence(
                            dim,
                            HOSTILITY_CAP - scores[dim],  # the evidence still adds up to the score
                            f"hostility caps {dim} at {HOSTILITY_CAP} for the whole reply "
                            f'("{_snippet(worst.text)}")',
                            (worst.start, worst.end),
                        )
                    )
                    final[dim] = HOSTILITY_CAP
            if final["listening"] > HOSTILE_LISTENING_CAP:
                evidence.append(
                    Evidence(
                        "listening",
                        HOSTILE_LISTENING_CAP - scores["listening"],
                        f"hostility caps listening at {HOSTILE_LISTENING_CAP} for the whole reply "
                        f'("{_snippet(worst.text)}")',
                        (worst.start, worst.end),
                    )
                )
                final["listening"] = HOSTILE_LISTENING_CAP
        evidence.sort(key=lambda x: (x.span is None, x.span[0] if x.span else 0, x.dimension))
        return Score(
            listening=final["listening"],
            empathy=final["empathy"],
            collaboration=final["collaboration"],
            overall=round(sum(final.values()) / len(DIMENSIONS)),
            same_side=self._same_side(evidence, sentences, bool(hostile)),
            evidence=tuple(evidence),
        )

    def _diminish_acknowledgements(
        self, evidence: list[Evidence], cues: list[tuple[str, Evidence]]
    ) -> list[Evidence]:
        """Acknowledgements stack with diminishing returns: per dimension, the largest earns in
        full, the next half, the third a quarter, the rest nothing."""
        ack_reasons = {e.reason for f, e in cues if f in ACK_FEATURES} | {
            f"this sentence {self.bank.by_name[a].label}" for a in ACK_ACTS
        }

        def is_ack(e: Evidence) -> bool:
            return e.points > 0 and any(e.reason.startswith(r) for r in ack_reasons)

        out = [e for e in evidence if not is_ack(e)]
        for dim in DIMENSIONS:
            acks = sorted(
                (e for e in evidence if is_ack(e) and e.dimension == dim), key=lambda e: -e.points
            )
            for rank, e in enumerate(acks):
                factor = DECAY[rank] if rank < len(DECAY) else 0.0
                points = round(e.points * factor)
                if points > 0:
                    note = (
                        "" if factor == 1.0 else " (one more acknowledgement: diminishing returns)"
                    )
                    out.append(Evidence(e.dimension, points, e.reason + note, e.span))
        return out

    def _act_evidence(
        self, sentences: list[Sentence], earned: dict[tuple[int, Dimension], int], engaged: bool
    ) -> list[Evidence]:
        out: list[Evidence] = []
        by_act: dict[str, list[Sentence]] = {}
        for s in sentences:
            if s.act.act and not s.repeat:
                costly = any(v < 0 for v in self.bank.by_name[s.act.act].points.values())
                if costly and (
                    s.act.similarity < NEGATIVE_SIMILARITY
                    or s.act.margin < NEGATIVE_MARGIN
                    or len(s.text.split()) < NEGATIVE_WORDS
                ):
                    continue  # an act that costs points must be clear
                by_act.setdefault(s.act.act, []).append(s)
        for name, found in by_act.items():
            act = self.bank.by_name[name]
            ranked = sorted(found, key=lambda s: -s.act.strength)
            for rank, s in enumerate(ranked):
                factor = DECAY[rank] if rank < len(DECAY) else 0.0
                for dim, full in act.points.items():
                    value = full * s.act.strength
                    if value > 0:
                        value *= factor
                        if name in ACK_ACTS and not engaged:
                            value *= UNENGAGED_SHARE
                    already = earned.get((s.start, dim), 0)
                    if value > 0:
                        extra = round(value) - max(0, already)
                    else:
                        extra = round(value) - min(0, already)
                        extra = min(0, extra)
                    if extra == 0 or (value > 0 and extra < 0):
                        continue
                    out.append(
                        Evidence(
                            dim,
                            extra,
                            f'this sentence {act.label} ("{_snippet(s.text)}")',
                            (s.start, s.end),
                        )
                    )
        return out

    def _same_side(
        self, evidence: list[Evidence], sentences: list[Sentence], hostile: bool
    ) -> SameSide:
        if hostile:
            return "across"
        beside = sum(e.points for e in evidence if e.dimension == "collaboration" and e.points > 0)
        across = -sum(e.points for e in evidence if e.dimension == "collaboration" and e.points < 0)
        if any(s.act.act in BESIDE_ACTS for s in sentences):
            beside += BESIDE_THRESHOLD
        if across > 0 and across >= beside:
            return "across"
        if beside >= BESIDE_THRESHOLD:
            return "beside"
        return "neutral"
