"""The semantic scorer: meaning from the sentence encoder, precision from the cue layer.

For one reply (see docs/scoring.md for the full rule list):

1. A reply it cannot read (empty, no words, another language, keyboard mash) is not scored.
2. Cue evidence comes from the lexical scorer's features and fitted weights (spans, negation,
   who-feels-what, key points, the partner's words).
3. Each sentence is matched to the act bank (sentences.py).
4. Anti-gaming, applied to the features before the heads: a repeated sentence earns nothing;
   each act earns full, half, then a quarter for its first three sentences and nothing after,
   and acknowledgements (cue or act) stack the same way; acknowledgement and stock phrases earn
   40% unless the reply also engages (a reflection, a question about them, an option, a trade,
   a concession, an offer, a reason, one of their key points or their words); a question that
   interrogates or gives advice earns no question credit; length earns nothing.
   Acknowledging their view or agreeing with part of it, then giving one's own, engages with
   their point and earns collaboration and listening once (receptive.py). The cue and act
   parts and their anti-gaming rules live in semantic_parts.py.
5. The fitted heads (heads.py) turn the features into points per dimension
   (semantic_evidence.py).
6. Hostility (insult, threat, sarcasm, blame) caps empathy and collaboration at 30 and listening
   at 50 for the whole reply, so the overall score too.
7. Stock phrases stacked with nothing of theirs in them (stuffing.py) end no dimension above 50;
   a volley of questions with nothing said back (barrage.py) none above 40; therapy jargon with
   nothing of theirs (therapy_speak.py) none above 45; a list of words with no sentence
   (word_list.py) none above 40; every decision handed to them with nothing of one's own
   (deference.py) none above 45; three or more questions, or a list of three or more items,
   that hold nothing of theirs (hollow.py) none above 40 and 50; phrases said twice over
   (doubled.py) none above 45; an apology or thanks said over and over (said_over.py) none
   above 40; their own words given back in any order (their_words.py) none above 40; a "yes"
   that turns to another matter (yes_and.py) none above 40.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from roleplay.nlp import EncodingCache, shared_cache
from roleplay.nlp.vocabulary import warm_up as warm_up_vocabulary
from roleplay.scoring import receptive
from roleplay.scoring.acknowledged import not_dismissing
from roleplay.scoring.acts import ActBank, SentenceAct, act_bank
from roleplay.scoring.advice_addressee import advice_to_no_one
from roleplay.scoring.attributed import attributed_spans, reread_hostile, without_their_hostility
from roleplay.scoring.bare_needs import halved_bare_needs
from roleplay.scoring.barrage import VOLLEY_CAP, VOLLEY_WHY, volley
from roleplay.scoring.blamed import without_blamed_credit
from roleplay.scoring.brushed_aside import brushed_aside
from roleplay.scoring.critic import SIDING_REASON, SIDING_UNITS, sided, without_credit
from roleplay.scoring.cue_acts import CUE_ACTS
from roleplay.scoring.deal_word import deals_are_no_dismissal
from roleplay.scoring.defended_party import DEFENDED_REASON, defended
from roleplay.scoring.deference import CAVE_CAP, CAVE_WHY, hands_over
from roleplay.scoring.deferral import without_deferred_offers
from roleplay.scoring.denied_account import ack_end, denial_after, without_ack_cues
from roleplay.scoring.dismissing import DENIAL_REASON, DENIAL_UNITS, denies_their_account
from roleplay.scoring.doubled import DOUBLED_CAP, DOUBLED_WHY, doubled
from roleplay.scoring.echo import echoed, without_echo
from roleplay.scoring.features import extract, ignores_partner
from roleplay.scoring.features_base import Hit
from roleplay.scoring.feeling_reflection import (
    earned_units,
    feeling_targets,
    floor_top_ups,
    reflections,
    without_contradicting,
)
from roleplay.scoring.flat_no import FLAT_NO_CAP, FLAT_NO_REASON, read_refusals
from roleplay.scoring.focal import ACKNOWLEDGING_CUES, aside_acknowledgements
from roleplay.scoring.hard_to_say import speakers_doubt
from roleplay.scoring.heads import CUES_DOWN, CUES_UP, Heads, load_heads
from roleplay.scoring.hindsight import not_at_them
from roleplay.scoring.hollow import (
    QUESTIONS_CAP,
    QUESTIONS_WHY,
    SLOGANS_CAP,
    SLOGANS_WHY,
    generic_questions,
    slogan_list,
)
from roleplay.scoring.implied import IMPLIED_UNITS, implied_state
from roleplay.scoring.imposed import imposes, without_imposed_offers
from roleplay.scoring.interest_fit import INTEREST_UNITS, tied_to_interest
from roleplay.scoring.lexicon import Lexicon, load_lexicon
from roleplay.scoring.loaded_choice import loaded_choices
from roleplay.scoring.markup import unmarked
from roleplay.scoring.minimised import forbidden_feelings, minimising_hits, misread_dismissal
from roleplay.scoring.misattributed import misattributed, pinned_cue
from roleplay.scoring.misread_moves import points_at_their_story, reread, threatens
from roleplay.scoring.model import Weights, clamp, evidence_for, group_hits, load_weights
from roleplay.scoring.named_point import NAMED_REASON, NAMED_UNITS, cleared_faint_acts, named_point
from roleplay.scoring.next_step import next_steps, step_about_their_person
from roleplay.scoring.next_step import reason as step_reason
from roleplay.scoring.offered_choice import offered_choice
from roleplay.scoring.one_item import one_per_span
from roleplay.scoring.overruled import without_overruled_credit
from roleplay.scoring.plain_moves import BARE_SHARED, cared_for, names_it_plainly, stock_only
from roleplay.scoring.pointed_choice import POINTED_REASON, POINTED_UNITS, pointed_choice
from roleplay.scoring.praise import sincere_praise
from roleplay.scoring.preamble import preamble
from roleplay.scoring.pressed_no import REASON as PRESSED_REASON
from roleplay.scoring.pressed_no import UNITS as PRESSED_UNITS
from roleplay.scoring.pressed_no import pressed_past_no
from roleplay.scoring.projected_anger import projected_anger
from roleplay.scoring.question_focus import (
    QUESTION_CUES,
    RETORT_CREDIT,
    closed_for_a_fact,
    retorts,
)
from roleplay.scoring.readable import unreadable_reason
from roleplay.scoring.reassurance import reassures_by_deed
from roleplay.scoring.reassured import (
    glib_advice,
    misread_support,
    reassurance_read_as_undervalue,
)
from roleplay.scoring.request_size import weighs_request
from roleplay.scoring.responsive import (
    PENALTIES_ANSWERED,
    RESPONSIVE_UNITS,
    acknowledged,
    answers_request,
    complains,
    echoes,
    shows_listening,
)
from roleplay.scoring.restated import RESTATED_REASON, RESTATED_UNITS, restatement
from roleplay.scoring.said_of_anyone import said_of_anyone
from roleplay.scoring.said_over import OVER_CAP, OVER_WHY, said_over
from roleplay.scoring.semantic_evidence import head_evidence, merge, same_side
from roleplay.scoring.semantic_parts import (
    Analysis,
    Part,
    act_parts,
    advised_sentences,
    cue_parts,
    snippet,
)
from roleplay.scoring.semantic_rules import (
    ACK_ACTS,
    BESIDE_ACTS,
    ENGAGE_FEATURES,
    HOSTILE_ACTS,
    HOSTILE_FEATURES,
    HOSTILE_LISTENING_CAP,
    HOSTILE_MARGIN,
    HOSTILE_SIMILARITY,
    HOSTILITY_CAP,
    SPECIFIC_FEATURES,
    TAKEN_BACK,
)
from roleplay.scoring.sentence_checks import (
    clear_negative,
    engages,
    is_stock,
    names_their_feeling,
    not_curious_when_attacking,
    sincere,
    specific_ack,
)
from roleplay.scoring.sentences import (
    NEGATIVE_ACTS,
    Sentence,
    read_sentences,
    sentence_at,
)
from roleplay.scoring.stock_no import (
    BRUSH_OFF_CAP,
    RESPECT_WHY,
    STOCK_NO_WHY,
    respect_brush_off,
    stock_no,
)
from roleplay.scoring.stuffing import (
    REPEAT_REASON,
    REPEAT_UNITS,
    REPEATS_COSTED,
    STUFFED_CAP,
    STUFFED_WHY,
    once_per_phrase,
    stock_share,
    stuffed,
)
from roleplay.scoring.subject_change import SHIFT_REASON, SHIFT_UNITS
from roleplay.scoring.supplied import supplies_request
from roleplay.scoring.text import straighten
from roleplay.scoring.their_corner import in_their_corner
from roleplay.scoring.their_words import GIVEN_BACK_CAP, GIVEN_BACK_WHY, given_back
from roleplay.scoring.therapy_speak import JARGON_CAP, JARGON_WHY, therapy_speak
from roleplay.scoring.took_up import TOOK_UP_REASON, TOOK_UP_UNITS, took_up
from roleplay.scoring.trade_off import TRADE_OFF_UNITS, trade_off
from roleplay.scoring.types import DIMENSIONS, Dimension, Evidence, Score, ScoreInput
from roleplay.scoring.unfounded_feeling import unfounded_feelings
from roleplay.scoring.warned import warning_hits
from roleplay.scoring.weighed_view import weighed_view_parts
from roleplay.scoring.word_list import LIST_CAP, LIST_WHY, word_list
from roleplay.scoring.word_order import question_marks
from roleplay.scoring.yes_and import YES_AND_CAP, YES_AND_WHY, yes_and
from roleplay.scoring.yielding import yielding_is_no_advice

__all__ = ["CUE_ACTS", "BESIDE_ACTS", "HOSTILITY_CAP", "HOSTILE_LISTENING_CAP", "SemanticScorer"]


class SemanticScorer:
    """Deterministic and offline; every point traces to a span or a sentence of the reply."""

    name = "semantic"

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        weights: Weights | None = None,
        bank: ActBank | None = None,
        cache: EncodingCache | None = None,
        heads: Heads | None = None,
    ) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()
        self.weights = weights if weights is not None else load_weights(self.lexicon)
        self.bank = bank if bank is not None else act_bank()
        self.cache = cache if cache is not None else shared_cache()
        self.heads = heads if heads is not None else load_heads(self.bank)

    def sentences(self, item: ScoreInput) -> list[Sentence]:
        return read_sentences(item.reply, item.partner, self.bank, self.cache)

    # -- features --------------------------------------------------------------------------
    def analyse(self, item: ScoreInput) -> Analysis:
        """The reply's features with their spans, after the anti-gaming rules (a readable,
        straightened reply; `score` checks readability first)."""
        hits = [
            h
            for h in extract(item, self.lexicon)
            if not weighs_request(item.reply, h, item.partner)  # pushback, not sympathy
            and not reassures_by_deed(item.reply, h)  # "Don't worry, I'll cover it" (rule 116)
            and not misread_dismissal(item.reply, h)  # "a teacher who cares" (rule 303)
            and not reassurance_read_as_undervalue(item.reply, h)  # "You'll be fine!" (310)
            and not misread_support(item.reply, h, item.partner)  # "part of you ..." (312-315)
            and not speakers_doubt(item.reply, h)  # "hard to say anything definitive" (356)
        ]
        hits = [glib_advice(item.reply, h, item.partner) for h in hits]  # "Just ..." (320)
        hits += minimising_hits(item.reply, item.partner)  # "It's only an exam." (300-302)
        hits += warning_hits(item.reply)  # "If you keep this up you'll lose ..." (rule 314)
        theirs = attributed_spans(item.reply)  # "You called him an idiot" (rule 191)
        if theirs:
            hits = without_their_hostility(hits, theirs, item.partner, self.lexicon)
        # rule 284: blame or mockery earns nothing for the words of theirs it reuses
        read, hits = without_blamed_credit(self.sentences(item), hits)
        refusals = read_refusals(read, hits, item.partner)
        sentences = refusals.sentences  # a refused offer offers nothing (flat_no.py)
        sentences = reread_hostile(sentences, item.reply, theirs, self.bank, self.cache)
        run = echoed(item.reply, item.partner, sentences)
        if run is not None:  # rule 129: their line copied back is theirs, not a restatement
            kept, sentences = without_echo(refusals.hits, sentences, run)
            refusals = replace(refusals, hits=kept)
        elsewhere = [s for s in sentences if s.elsewhere]
        # closed questions for a fact (rule 53): a plain question's credit, though they engage
        closed = [s for s in sentences if s.closed]
        hits = closed_for_a_fact(refusals.hits, closed)
        hits = halved_bare_needs(hits, item.reply)  # rule 452: "What do you need?" alone
        # rule 176: "What if we borrowed her for just two weeks?" after their no
        sentences, hits, pressed = pressed_past_no(sentences, hits, item.partner)
        retorted = retorts(hits, sentences)  # "So what?" asks and proposes nothing (51c)
        if retorted:
            hits = [h for h in hits if not _asked_elsewhere(h, retorted, RETORT_CREDIT)]
            sentences = [
                s.without_act() if s in retorted and s.act.act not in NEGATIVE_ACTS else s
                for s in sentences
            ]
        if elsewhere and any(_asked_elsewhere(h, elsewhere) for h in hits):
            hits = [h for h in hits if not _asked_elsewhere(h, elsewhere)]  # rule 53
            if not any(h.feature == "ignored_partner" for h in hits) and ignores_partner(
                hits, item.partner, self.lexicon
            ):
                hits.append(Hit("ignored_partner", None, None, ""))
        by_feature = group_hits(hits)
        cues = [
            fe
            for dim in DIMENSIONS
            for fe in evidence_for(dim, by_feature, self.lexicon, self.weights)
        ]
        cues = once_per_phrase(cues, sentences)  # rule 51: a phrase earns once per sentence
        stuffing = stuffed(item.reply, cues)  # rule 51: process talk with no matter in it
        targets = feeling_targets(item, self.lexicon)
        cues = without_contradicting(cues, item.reply, targets, self.lexicon)
        sentences = sincere(sentences, cues)
        sentences, praised = sincere_praise(sentences, cues, item.partner)  # rule 139
        sentences, cornered = in_their_corner(sentences, cues, item.partner)  # rule 153
        sentences, cues = reread(sentences, cues)  # moves read as their opposite (104-109)
        sentences, cared = cared_for(sentences, cues, HOSTILE_MARGIN)  # no advice (113)
        cues = without_overruled_credit(cues, sentences, item.partner)  # rules 43-44
        felt = reflections(sentences, item, self.lexicon, targets)  # reflections of feeling
        pinned = misattributed(sentences, item.partner, targets, self.lexicon)  # rule 173
        pinned |= unfounded_feelings(sentences, item.partner, targets)  # a glad guess (175)
        pinned |= projected_anger(sentences, item.partner, targets)  # anger read in (214)
        aside = aside_acknowledgements(sentences, cues, item.partner, self.cache)  # rule 282
        pinned |= aside  # ... and what they set aside is not what they feel
        pinned |= forbidden_feelings(sentences)  # "you can't be upset" (rule 300)
        if pinned:  # a feeling pinned on a cause they never gave reflects nothing
            cues = [
                (f, e)
                for f, e in cues
                if not pinned_cue(f, e, sentences, pinned)
                and not pinned_cue(f, e, sentences, aside, ACKNOWLEDGING_CUES)
            ]
            sentences = [s.without_act() if s.start in pinned else s for s in sentences]
            felt = [s for s in felt if s.start not in pinned]
        cues = receptive.without_agreed_attacks(cues, sentences)
        cues, brushed = brushed_aside(cues, item.reply)  # sympathy, then "at least ..."
        sentences = not_dismissing(sentences, cues)  # an acknowledgement is no dismissal
        sentences = deals_are_no_dismissal(sentences, cues)  # "Deal, you can have it"
        sentences = yielding_is_no_advice(sentences)  # "Take it, you need it more" (rule 117)
        sentences = [  # "We should have rung you." owns a fault, "none of it is your fault"
            s.without_act()  # denies theirs: no advice, no blame (rules 430, 432)
            if s.act.act in ("advice", "blame") and not_at_them(s.text)
            else s
            for s in sentences
        ]
        sentences = offered_choice(sentences)  # "Would it help if I shared ...?" (136-137)
        sentences = advice_to_no_one(sentences, cues)  # "Everybody should get a fair trial"
        named = named_point(sentences, item.partner, self.cache)  # rule 420: "It's not X, it's Y"
        if named is not None:
            sentences = cleared_faint_acts(sentences, named[0])
        siding = sided(sentences, item.partner, cues)  # "Well, your doctor's right." (critic.py)
        if siding is not None:
            sentences, cues = without_credit(sentences, cues, siding, self.bank, item.partner)
            siding = next(s for s in sentences if s.start == siding.start)
        # the sentence that acknowledges their view or agrees in part (None: none does)
        view = None if stuffing else receptive.receptive_view(sentences, cues)
        denied = None if view is None else denial_after(sentences, view, ack_end(view.text))
        if view is not None and denied is not None:  # "I see your point, but that's not
            cues = without_ack_cues(cues, view)  # what happened" (rule 171)
            view = None
        # rule 42: the sentence that holds the line on them offers, concedes and restates
        # nothing ("..., but you'll have to be in both days, I'm afraid")
        sentences = without_imposed_offers(sentences, cues)
        sentences, cues = without_deferred_offers(sentences, cues)  # rule 126: a stall
        general = frozenset(  # rule 256: a hardship said of anyone
            s.start for s in sentences if said_of_anyone(s.text, item.partner)
        )

        def specific(e: Evidence) -> bool:
            # an acknowledgement that names something of theirs, not a hardship said of
            # anyone ("Money is stressful for everyone": rule 316)
            home = sentence_at(sentences, e.span)
            return specific_ack(e, sentences) and (home is None or home.start not in general)

        # rule 370: the feeling, want or burden they implied, named in other words, or rule 372:
        # both sides of them; not in a stack of feelings, whose reflections earn diminishing
        # returns
        implied = (
            None
            if stuffing or siding is not None or len(felt) > 1
            else implied_state(sentences, item.partner, targets, self.lexicon, self.cache, pinned)
        )
        answer = answers_request(sentences, item.partner)
        sympathy = points_at_their_story(sentences)  # "I'm sorry he did that" (rule 110)
        plainly = names_it_plainly(cues, sentences)  # "That sounds awkward." (rule 112)
        why = "answered their request with a concrete commitment"
        if answer is None and (answer := supplies_request(sentences, item.partner)) is not None:
            why = "gave what they asked for"  # the examples or facts they asked for
        if answer is not None and (imposes(answer, cues) or threatens(answer, cues)):
            answer = None  # "..., but you'll have to be in both days" commits them, not you
        if answer is not None:  # they asked, the reply commits: not ignoring them
            cues = [(f, e) for f, e in cues if f not in PENALTIES_ANSWERED]
        elif shows_listening(sentences, echoes(cues, sentences), acknowledged(cues, sentences)):
            cues = [(f, e) for f, e in cues if f not in PENALTIES_ANSWERED]
        elif (
            felt
            or implied is not None
            or sympathy is not None
            or plainly
            or cared
            or any(names_their_feeling(s) for s in sentences if s.start not in general)
            or any(f in SPECIFIC_FEATURES and e.points > 0 and specific(e) for f, e in cues)
            or praised  # "Oh, that's brilliant work." to what they did well (rule 139)
            or cornered  # "Honestly, she was out of line." (rule 153)
            # "I'll call her at six" (rule 138), not after taking sides against the person
            or (siding is None and step_about_their_person(sentences, item.partner))
        ):
            # a specific acknowledgement or wish engages with what they said
            cues = [(f, e) for f, e in cues if f not in PENALTIES_ANSWERED]
        # acknowledgements a refusal or a brush-off takes back earn nothing as acts either
        taken_back = [e.span[1] for f, e in cues if f in TAKEN_BACK and e.span is not None]
        if brushed is not None:
            taken_back.append(brushed)
        if denied is not None:  # the acknowledgement the denial takes back (rule 171)
            taken_back.append(denied.start + 1)
        if taken_back:
            sentences = [
                replace(s, act=SentenceAct("", 0.0, s.act.similarity, s.act.margin))
                if s.act.act in ACK_ACTS and s.start < max(taken_back)
                else s
                for s in sentences
            ]
        felt = [s for s in felt if not taken_back or s.start >= max(taken_back)]
        sentences = not_curious_when_attacking(sentences, cues)
        hostile = [
            s
            for s in sentences
            if s.act.act in HOSTILE_ACTS and clear_negative(s, HOSTILE_SIMILARITY, HOSTILE_MARGIN)
        ] + [
            home
            for f, e in cues
            if f in HOSTILE_FEATURES
            and e.points < 0
            and (home := sentence_at(sentences, e.span)) is not None
        ]
        hostile += loaded_choices(sentences)  # rule 414: "Are you lazy, or just careless?"

        advised = advised_sentences(cues, sentences)

        def in_stock(span: tuple[int, int] | None) -> bool:
            # their words or points in a repeat, a stock phrase, advice by its wording ("You
            # should tell him") or a cave do not engage with them
            home = sentence_at(sentences, span)
            return home is not None and (
                home.repeat
                or is_stock(home)
                or home.start in advised
                # advice as clear as a costly act must be ("..., because you'll regret it")
                or (home.act.act == "advice" and home.act.margin >= HOSTILE_MARGIN)
                or home.cave
            )

        bare = stock_only(sentences)  # stock words alone (rule 111)
        engaged = not stuffing and (
            answer is not None
            or view is not None
            or bool(felt)
            or implied is not None
            or sympathy is not None
            or plainly
            or cared
            or praised
            or cornered
            or any(engages(s) for s in sentences)
            # a closed question on their situation engages, though it earns a plain question's
            # credit (rule 53: "Is the other candidate more senior?")
            or any(not s.repeat for s in closed)
            # a stock noun that fits any line ("I understand your concern.") engages only in a
            # reply with a word of matter (rule 111)
            or (
                not bare
                and (
                    any(names_their_feeling(s) for s in sentences if s.start not in general)
                    or any(
                        f in ENGAGE_FEATURES and e.points > 0 and not in_stock(e.span)
                        for f, e in cues
                    )
                    or any(f in SPECIFIC_FEATURES and e.points > 0 and specific(e) for f, e in cues)
                )
            )
        )
        shared = BARE_SHARED if bare and not stuffing else frozenset()  # stuffing: a quarter
        parts = cue_parts(
            one_per_span(cues), sentences, engaged, advised, shared, general
        ) + act_parts(sentences, engaged, self.bank, general)
        for s in sentences:  # rule 63: a flat denial of their account is across the table
            if s.act.act == "dismissal" and denies_their_account(s.text, item.partner):
                note = f'{DENIAL_REASON} ("{snippet(s.text)}")'
                parts.append(Part(CUES_DOWN, "collaboration", DENIAL_UNITS, note, (s.start, s.end)))
        if siding is not None:
            plea = defended(siding.text, item.partner) is not None  # rule 260
            note = f'{DEFENDED_REASON if plea else SIDING_REASON} ("{snippet(siding.text)}")'
            for dim, units in SIDING_UNITS.items():
                parts.append(Part(CUES_DOWN, dim, units, note, (siding.start, siding.end)))
        for s in sentences:  # rule 174: their matter left for another, which works on nothing
            if s.elsewhere and s.shifted:
                note = f'{SHIFT_REASON} ("{snippet(s.text)}")'
                parts.append(Part(CUES_DOWN, "collaboration", SHIFT_UNITS, note, (s.start, s.end)))
        for s in pressed:  # rule 176: their no pressed past, in a smaller size
            note = f'{PRESSED_REASON} ("{snippet(s.text)}")'
            for dim, units in PRESSED_UNITS.items():
                parts.append(Part(CUES_DOWN, dim, units, note, (s.start, s.end)))
        for s in [s for s in sentences if s.repeat][:REPEATS_COSTED]:  # rule 51: said again
            note = f'{REPEAT_REASON} ("{snippet(s.text)}")'
            for dim, units in REPEAT_UNITS.items():
                parts.append(Part(CUES_DOWN, dim, units, note, (s.start, s.end)))
        ups = ((p.dimension, p.value, p.span) for p in parts if p.feature == CUES_UP)
        for s, units, why in floor_top_ups(felt, earned_units(ups, sentences)):
            note = f'{why} ("{snippet(s.text)}")'
            parts.append(Part(CUES_UP, "empathy", units, note, (s.start, s.end)))
        if answer is not None:
            parts.append(
                Part(
                    CUES_UP,
                    "listening",
                    RESPONSIVE_UNITS,
                    f'{why} ("{snippet(answer.text)}")',
                    (answer.start, answer.end),
                )
            )
        tied = tied_to_interest(sentences, item.partner, bool(hostile))
        if tied is not None:  # a proposal in terms of what they told you
            note = f'tied it to what they told you ("{snippet(tied.text)}")'
            parts.append(
                Part(CUES_UP, "collaboration", INTEREST_UNITS, note, (tied.start, tied.end))
            )
        laid_out = trade_off(sentences, bool(hostile))
        if laid_out is not None and laid_out is not tied:  # what it costs, or a phased plan
            note = f'laid out the trade-off ("{snippet(laid_out.text)}")'
            span = (laid_out.start, laid_out.end)
            parts.append(Part(CUES_UP, "collaboration", TRADE_OFF_UNITS, note, span))
        pointed = pointed_choice(sentences, item.partner, bool(hostile), self.cache)
        if pointed is not None:  # rule 330: which of their things is the point
            note = f'{POINTED_REASON} ("{snippet(pointed.text)}")'
            for dim, units in POINTED_UNITS.items():
                parts.append(Part(CUES_UP, dim, units, note, (pointed.start, pointed.end)))
        if not stuffing and siding is None:  # rule 390: the part of their line that matters
            point = took_up(sentences, item.partner, bool(hostile), self.cache)
            if point is not None:
                note = f'{TOOK_UP_REASON} ("{snippet(point.text)}")'
                for dim, units in TOOK_UP_UNITS.items():
                    parts.append(Part(CUES_UP, dim, units, note, (point.start, point.end)))
        if named is not None and not hostile and not stuffing and siding is None:
            home = next(s for s in sentences if s.start == named[1].start)  # rule 420
            note = f'{NAMED_REASON} ("{snippet(home.text)}")'
            for dim, units in NAMED_UNITS.items():
                parts.append(Part(CUES_UP, dim, units, note, (home.start, home.end)))
        steps = next_steps(sentences, cues, bool(hostile))  # owner, deliverable, date
        complaint = bool(steps) and complains(item.partner)  # read only when a step needs it
        for s, units in steps:
            note = f'{step_reason(s, complaint)} ("{snippet(s.text)}")'
            parts.append(Part(CUES_UP, "collaboration", units, note, (s.start, s.end)))
        if view is not None and not hostile:  # engaged with their view, once per reply
            note = f'{receptive.RECEPTIVE_REASON} ("{snippet(view.text)}")'
            for dim, units in receptive.RECEPTIVE_UNITS.items():
                parts.append(Part(CUES_UP, dim, units, note, (view.start, view.end)))
        restated = (  # not beside their critic either ("Your boss has a point, ...")
            None
            if hostile or stuffing or siding is not None
            else restatement(sentences, item.partner, self.cache)
        )
        if restated is not None:  # their point in the speaker's own words, once (rule 190)
            s, share = restated
            note = f'{RESTATED_REASON} ("{snippet(s.text)}")'
            for dim, units in RESTATED_UNITS.items():
                parts.append(Part(CUES_UP, dim, units * share, note, (s.start, s.end)))
        if implied is not None and not hostile:  # rules 370 and 372, once per reply
            s, word, why = implied
            note = f'{why}: "{word}" ("{snippet(s.text)}")'
            for dim, units in IMPLIED_UNITS.items():
                parts.append(Part(CUES_UP, dim, units, note, (s.start, s.end)))
        engaged_view = view is not None and not hostile
        parts += weighed_view_parts(sentences, cues, bool(hostile), engaged_view)  # 30a, 30c, 49
        if stuffing:  # rule 51: stock moves with no matter earn a share, questions too
            parts = [stock_share(p) for p in parts]
        elif stock_opening := preamble(sentences, cues):  # rules 133, 135: stock words, the fix
            parts = [
                stock_share(p)
                if p.span is not None and any(a <= p.span[0] < b for a, b in stock_opening)
                else p
                for p in parts
            ]
        return Analysis(
            sentences, parts, hostile[0] if hostile else None, refusals.flat, stuffed=stuffing
        )

    # -- scoring ---------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Compile every cue pattern and load the reply check's tokenizer ahead of first use."""
        self.lexicon.compile_all()
        warm_up_vocabulary()

    def score(self, item: ScoreInput) -> Score:
        listed = item.reply
        reply = unmarked(item.reply)  # tags, emphasis and quoted lines are not their words
        reason = unreadable_reason(reply)
        if reason is not None:
            # nothing but markup or quoted lines: no words of the speaker's own
            return Score.unscored(
                "no_words" if reason == "empty" and item.reply.strip() else reason
            )
        # a question asked by its word order is a question, whatever mark ends it (rule 74)
        reply = question_marks(straighten(reply))
        item = ScoreInput(reply, item.partner, item.key_points, item.emotion)
        analysis = self.analyse(item)
        evidence = merge(head_evidence(analysis, self.heads))
        scores = dict(self.heads.base)  # plus every item's points, in one pass
        for e in evidence:
            scores[e.dimension] += e.points
        final = {d: clamp(v) for d, v in scores.items()}
        worst = analysis.hostile
        if worst is not None:
            caps: dict[Dimension, int] = {
                "empathy": HOSTILITY_CAP,
                "collaboration": HOSTILITY_CAP,
                "listening": HOSTILE_LISTENING_CAP,
            }
            for dim, cap in caps.items():
                _cap(evidence, scores, final, dim, cap, "hostility", worst, " for the whole reply")
        sentences = analysis.sentences
        first = sentences[0] if sentences else None
        # caps for the whole reply, each held at the sentence that shows why, in this order (a
        # later cap counts from an earlier one); each reading runs only while some dimension
        # stands above its cap (otherwise the cap would change nothing)
        reply, partner = item.reply, item.partner
        whole_reply_caps: tuple[tuple[int, str, Callable[[], Sentence | None]], ...] = (
            # rule 255: stock moves stacked with no matter, no better than a neutral reply
            (STUFFED_CAP, STUFFED_WHY, lambda: first if analysis.stuffed else None),
            # rule 351: questions fired, nothing back
            (VOLLEY_CAP, VOLLEY_WHY, lambda: volley(sentences)),
            (JARGON_CAP, JARGON_WHY, lambda: therapy_speak(sentences)),  # rule 353: "holding space"
            # rule 354: no sentence
            (LIST_CAP, LIST_WHY, lambda: first if word_list(reply) else None),
            (CAVE_CAP, CAVE_WHY, lambda: _home(sentences, hands_over(reply))),  # rule 355
            # rules 410, 411, 415: nothing of theirs (the list read before markup is taken off:
            # "* " opens an item, not emphasis)
            (QUESTIONS_CAP, QUESTIONS_WHY, lambda: generic_questions(sentences, partner)),
            (SLOGANS_CAP, SLOGANS_WHY, lambda: slogan_list(listed, sentences, partner)),
            (
                GIVEN_BACK_CAP,
                GIVEN_BACK_WHY,
                lambda: first if given_back(reply, partner) else None,
            ),
            # rules 412, 413, 416: a reply's shape ("your dad, your dad"; "sorry, so sorry")
            (DOUBLED_CAP, DOUBLED_WHY, lambda: _home(sentences, doubled(reply))),
            (OVER_CAP, OVER_WHY, lambda: _home(sentences, said_over(reply))),
            (YES_AND_CAP, YES_AND_WHY, lambda: _home(sentences, yes_and(reply, partner))),
            # rules 455, 456: a brush-off in the forms of politeness
            (BRUSH_OFF_CAP, RESPECT_WHY, lambda: respect_brush_off(reply, sentences)),
            (BRUSH_OFF_CAP, STOCK_NO_WHY, lambda: stock_no(reply, sentences)),
        )
        for cap, why, read in whole_reply_caps:
            if max(final.values()) <= cap:
                continue
            unit = read()
            if unit is not None:
                for dim in DIMENSIONS:
                    _cap(evidence, scores, final, dim, cap, why, unit)
        flat = analysis.flat_no
        if flat is not None:  # warm words around a flat no earn no collaboration above the cap
            _cap(evidence, scores, final, "collaboration", FLAT_NO_CAP, FLAT_NO_REASON, flat)
        evidence.sort(key=lambda x: (x.span is None, x.span[0] if x.span else 0, x.dimension))
        return Score(
            listening=final["listening"],
            empathy=final["empathy"],
            collaboration=final["collaboration"],
            overall=round(sum(final.values()) / len(DIMENSIONS)),
            same_side=same_side(
                evidence, analysis.sentences, worst is not None or flat is not None
            ),
            evidence=tuple(evidence),
        )


def _home(sentences: list[Sentence], span: tuple[int, int] | None) -> Sentence | None:
    """The sentence a reading's span falls in (the first sentence when none holds it whole);
    None when there is no span or no sentence."""
    if span is None or not sentences:
        return None
    return sentence_at(sentences, span) or sentences[0]


def _cap(
    evidence: list[Evidence],
    scores: dict[Dimension, int],
    final: dict[Dimension, int],
    dim: Dimension,
    cap: int,
    why: str,
    at: Sentence,
    scope: str = "",
) -> None:
    """Hold `dim` at `cap` when it is above it, with an item that takes the difference, so the
    evidence still adds up to the score (a later cap then counts from this one)."""
    if final[dim] <= cap:
        return
    note = f'{why} caps {dim} at {cap}{scope} ("{snippet(at.text)}")'
    evidence.append(Evidence(dim, cap - scores[dim], note, (at.start, at.end)))
    scores[dim] = final[dim] = cap


def _asked_elsewhere(
    hit: Hit, elsewhere: list[Sentence], features: frozenset[str] = QUESTION_CUES
) -> bool:
    """A question cue inside a question that changes the subject ("What is for lunch today?")
    or retorts ("So what?"): it asks about nothing of theirs (rule 53)."""
    return (
        hit.feature in features
        and hit.start is not None
        and any(s.start <= hit.start < s.end for s in elsewhere)
    )
