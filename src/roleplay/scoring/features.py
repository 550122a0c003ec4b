"""Feature extraction: every behaviour the scorer can see in a reply, as hits with spans.

Order of work for one reply:
1. lexical cues from cues.json, matched outside quotes, with negation scope per feature;
2. context rules: sarcasm cancels the warm cues of its sentence, a refusal to evade is support
   and a refusal with its reason is not flat (refusals.py), "we" next to an ultimatum or a
   refusal is imperious rather than joint, and "I understand, but" + a hard no erases the
   acknowledgement;
3. questions (open / closed / about needs / follow-up), feelings named and whose they are (the
   partner's, not a third party's: named_feelings.py); an acknowledgement followed by a
   deflection to process is a brush-off (refusals.py);
4. shared words with the partner's line, quotes, the state's key points, and a reply that
   engages with none of it.
"""

from __future__ import annotations

import re

from roleplay.scoring.accepted_terms import accepted_terms
from roleplay.scoring.challenge_question import challenges, reproaches
from roleplay.scoring.claims import no_trades, trade_hits, why_not_proposals
from roleplay.scoring.dismissal_sense import dismissals_in_sense
from roleplay.scoring.easy_story import easy_story_hits
from roleplay.scoring.eliciting import asks_their_reasons, embeds_need_question, turns_back
from roleplay.scoring.features_base import Hit
from roleplay.scoring.granted_need import granted_need
from roleplay.scoring.handed_plan import HANDED_OFF, handed_plans
from roleplay.scoring.hindsight import hindsight_hits
from roleplay.scoring.inner_voice import voiced
from roleplay.scoring.lexicon import EMOTION_PREFIX, Lexicon
from roleplay.scoring.misread_cues import misread_cues
from roleplay.scoring.misread_hits import misread_hits
from roleplay.scoring.named_feelings import emotion_hits
from roleplay.scoring.non_apology import non_apologies
from roleplay.scoring.option_sense import cannot_be_done, names_theirs
from roleplay.scoring.other_source import without_unclaimed
from roleplay.scoring.overlap import content_stems, key_point_hits, paraphrase_hits, stem
from roleplay.scoring.partner_lines import PARTNER_LINES_KEPT, on_forget
from roleplay.scoring.prescribed_need import prescribed_needs
from roleplay.scoring.refusals import brush_offs, refusals_in_context
from roleplay.scoring.shifted_cues import subject_changes
from roleplay.scoring.sincere_congrats import sincere_congratulations
from roleplay.scoring.statements import speaker_states
from roleplay.scoring.text import (
    WORD_AND_START,
    PreparedText,
    Token,
    is_negated,
    prepare,
    sentence_of,
    snippet,
    tokenize,
    tokens_before,
)
from roleplay.scoring.thanks import sincere_thanks
from roleplay.scoring.their_doubt import reports_their_doubt
from roleplay.scoring.types import ScoreInput

WARM_CUES = frozenset(
    {
        "difficulty",
        "validation",
        "understanding",
        "sympathy",
        "appreciation",
        "care",
        "agreement",
        "emotion_label",
        "warmth",
        "reflection",
        "apology",
        "perspective_taking",
        "positive_reaction",
        "acknowledged_view",
        "mutual_gain",
    }
)
ACKNOWLEDGEMENTS = frozenset(
    {
        "understanding",
        "validation",
        "agreement",
        "appreciation",
        "sympathy",
        "difficulty",
        "emotion_label",
    }
)
HARD_LINE = frozenset({"hard_no", "ultimatum", "dismissal", "attack", "imperious_we", "blame"})
IMPOSING = frozenset({"ultimatum", "hard_no", "imperious_we", "attack", "blame", "you_people"})
ENGAGED = frozenset(
    {
        "paraphrase",
        "quoted_partner",
        "key_point",
        "reflection",
        "elaboration_invite",
        "open_question",
        "closed_question",
        "interest_question",
        "follow_up",
        "emotion_label",
        "understanding",
        "validation",
        "difficulty",
        "sympathy",
        "agreement",
        "appreciation",
        "perspective_taking",
        "positive_reaction",
        "conditional_offer",
        "option",
        "acknowledged_view",
    }
)
_JOINT_WE = re.compile(r"(?:we|us|our|ours|let's|lets)\b", re.I)
_CONTRAST = re.compile(
    r"\b(?:but|however|that said|nevertheless|nonetheless|although|though)\b", re.I
)
_OPTION_OPENERS = (("how", "about"), ("what", "about"), ("what", "if"))
# words that open a question without a "?" besides the lexicon's open-question words
_YES_NO_OPENERS = frozenset({"do", "does", "are", "would", "could", "can", "is"})
_SECOND_PERSON = frozenset({"you", "your", "you're", "yours", "u", "ur", "we", "us", "our"})
# "like" asks what they prefer only as a verb after its subject or auxiliary ("Would you like
# ...?", "What do you like about it?", "What would they like?") or in "what would ... look
# like" (the outcome they want), not as a comparison ("Is it like last quarter?", "Does it
# feel like you're carrying them?", "What was she like?", "What does the form look like?").
_PREFERS_AFTER = frozenset(
    {
        "you",
        "you'd",
        "u",
        "i",
        "i'd",
        "we",
        "we'd",
        "they",
        "they'd",
        "would",
        "do",
        "does",
        "did",
        "don't",
        "didn't",
        "really",
        "most",
        "least",
        "best",
        "also",
        "not",
    }
)


_LOOK = frozenset({"look", "looks", "looked"})
# An interest word in -ing asks about them only as the verb of their sentence ("What are you
# using it for?", "were you needing", "Are you planning to ...?"), not as a noun ("What happened
# on your end since planning?"). Rule 46.
_ING_FORMS = frozenset({"needing", "wanting", "using", "planning", "preferring"})
_ING_SUBJECTS = frozenset({"you", "u", "you're", "ya", "y'all", "we", "we're", "they", "they're"})
_MODAL = frozenset({"would", "should", "could", "might"})


def _asks_preference(words: list[str], interest: frozenset[str]) -> bool:
    """An interest word in the question, "like" only as the verb of preferring."""
    return any(
        (w in interest and (w not in _ING_FORMS or (i > 0 and words[i - 1] in _ING_SUBJECTS)))
        or (
            w == "like"
            and i > 0
            and (
                words[i - 1] in _PREFERS_AFTER
                # "What would a good outcome look like for you?": the future they want
                or (words[i - 1] in _LOOK and any(m in words[:i] for m in _MODAL))
            )
        )
        for i, w in enumerate(words)
    )


# Words that doubt the need a yes/no question names ("Do you really need three engineers?",
# "Will you even use all of it?", rule 46).
# "Are you sure you need ...?" doubts as "really" does (rule 119)
_DOUBTING = frozenset({"really", "even", "actually", "honestly", "seriously", "truly", "sure"})
_DOUBT_OPENERS = frozenset({"do", "does", "did", "will", "would", "are", "can", "could", "is"})


def _doubts_their_need(words: list[str], interest: frozenset[str]) -> bool:
    """A yes/no question put to them ("Do you ...", "Will you ...") with a doubting word before
    its interest word questions the need rather than asking for it ("Do you really need three
    engineers?", "Will you be really using all the rooms?"); a wh- question with the same word
    asks sincerely ("What do you really need from the team?"), and so does "Are there any
    supplies you really need?". Rule 46."""
    if len(words) < 3 or words[0] not in _DOUBT_OPENERS or words[1] not in ("you", "u"):
        return False  # not "Do you ...?", "Will you ...?": "Are there any you really need?" asks
    for w in words[2:]:
        if w in _DOUBTING:
            return True
        if w in interest:
            return False
    return False


# Cue words too plain to be support on their own ("I can't give it to you", "I wouldn't want
# for you to freeze"): negated, they count for nothing rather than as negated support ("not
# true" is a flat disagreement already, counted once).
_NOT_SUPPORT = frozenset({"for you", "to you", "true"})


def _in_span(hit: Hit, span: tuple[int, int]) -> bool:
    return hit.start is not None and span[0] <= hit.start < span[1]


def cue_hits(text: PreparedText, lexicon: Lexicon) -> tuple[list[Hit], list[tuple[str, int, int]]]:
    """Cues of cues.json found in the reply (outside quotes), with negation applied; and the
    feeling words found, as (category, start, end), for emotion_hits."""
    found = lexicon.cues.scan(text.lower, map(WORD_AND_START, text.tokens))
    hits: list[Hit] = []
    feelings: list[tuple[str, int, int]] = []
    for name, start, end in found:
        if name.startswith(EMOTION_PREFIX):
            feelings.append((name[len(EMOTION_PREFIX) :], start, end))
            continue
        if name == "joint_framing" and text.original[start:end] == "US":
            continue  # the country, not "us" (matching runs on lower-cased text)
        if name == "option" and names_theirs(text, start, end):
            continue  # "what's driving the swap?", "you have no options": theirs, not offered
        spec = lexicon.features[name]
        if spec.negation != "none" and is_negated(text, start):
            if name == "option" and cannot_be_done(text, start):
                continue  # "We can't split the licence, it's one seat": a fact (rule 76)
            if spec.negation == "flip" and text.lower[start:end] not in _NOT_SUPPORT:
                neg_start = _negator_start(text, start)
                hits.append(
                    Hit("negated_support", neg_start, end, snippet(text.original, neg_start, end))
                )
            continue
        hits.append(Hit(name, start, end, snippet(text.original, start, end)))
    return hits, feelings


def _negator_start(text: PreparedText, start: int) -> int:
    i = tokens_before(text, start)
    before = text.tokens[max(0, i - 3) : i]
    for t in before:
        if t.text.endswith("n't") or t.text in ("not", "no", "never", "cannot", "dont", "cant"):
            return t.start
    return start


def apply_context(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """Sarcasm, refusals in context (refusals.py), imperious "we" and "I understand, but" +
    hard no (see module docstring)."""
    hits = refusals_in_context(text, hits)
    hits = hindsight_hits(text, hits)  # whose act "should have" judges (rule 430)
    hits = misread_cues(text, hits)  # pleas to understand, own no-need, predictions (rule 29a)
    hits = misread_hits(text, hits)  # a promise of no harm, abuse for who wronged them (107, 110)
    hits = dismissals_in_sense(text, hits)  # "whatever you decide" dismisses nothing (30d)
    if any(h.feature == "dismissal" for h in hits):  # "you're asking if you're overreacting"
        hits = [
            h
            for h in hits
            if h.feature != "dismissal"
            or h.start is None
            or not reports_their_doubt(text.lower, h.start)
        ]  # rule 163
    # Sarcasm: the warm words in a sarcastic sentence are not warm.
    sarcastic = {
        sentence_of(text, h.start) for h in hits if h.feature == "sarcasm" and h.start is not None
    }
    hits = [
        h for h in hits if not (h.feature in WARM_CUES and any(_in_span(h, s) for s in sarcastic))
    ]

    # "We" in a sentence that imposes (ultimatum, refusal, blame) is imperious, not joint.
    imposing = {
        sentence_of(text, h.start) for h in hits if h.feature in IMPOSING and h.start is not None
    }
    # rule 131: "let's work together: you'll email your manager tomorrow ..." hands them a plan
    handed = handed_plans(text.plain, list(text.sentences))
    if handed:
        imposing |= set(handed)
        hits = [
            h for h in hits if not (h.feature in HANDED_OFF and any(_in_span(h, s) for s in handed))
        ]
    kept: list[Hit] = []
    converted: set[tuple[int, int]] = set()
    for h in hits:
        if h.feature == "joint_framing" and h.start is not None and _JOINT_WE.match(h.text):
            sentence = sentence_of(text, h.start)
            if sentence in imposing:
                if sentence not in converted:
                    converted.add(sentence)
                    kept.append(
                        Hit(
                            "imperious_we",
                            h.start,
                            sentence[1],
                            snippet(text.original, h.start, sentence[1]),
                        )
                    )
                continue
        kept.append(h)
    hits = kept
    if handed:  # ... and its "together" frames nothing as shared (rule 131)
        hits = [
            h
            for h in hits
            if not (h.feature == "joint_framing" and any(_in_span(h, s) for s in handed))
        ]

    # "I understand, but ..." : a hard line after the "but" erases the acknowledgement.
    erased: set[Hit] = set()
    extra: list[Hit] = []
    for ack in sorted(
        (h for h in hits if h.feature in ACKNOWLEDGEMENTS), key=lambda h: h.start or 0
    ):
        if ack.start is None or ack.end is None or ack in erased:
            continue
        m = _CONTRAST.search(text.plain, ack.end, min(len(text.plain), ack.end + 60))
        if m is None:
            continue
        sentence = sentence_of(text, m.start())
        following = sentence_of(text, sentence[1]) if sentence[1] < len(text.plain) else sentence
        after = (m.end(), max(sentence[1], following[1]))
        hard = any(h.feature in HARD_LINE and _in_span(h, after) for h in hits)
        if hard:
            for h in hits:
                if h.feature in ACKNOWLEDGEMENTS and h.start is not None and h.start < m.start():
                    erased.add(h)
            extra.append(
                Hit(
                    "understand_but_no",
                    ack.start,
                    m.end(),
                    snippet(text.original, ack.start, m.end()),
                )
            )
        elif not any(e.feature == "yes_but" for e in extra) and not _OWNED_VIEW.match(
            text.plain, m.end()
        ):
            # "I see your point, but I think ..." owns a different view: receptive, not a yes-but
            extra.append(
                Hit("yes_but", ack.start, m.end(), snippet(text.original, ack.start, m.end()))
            )
    return [h for h in hits if h not in erased] + extra


# A view put as the speaker's own right after the contrast word ("..., but I think", "however,
# in my view", "but maybe").
_OWNED_VIEW = re.compile(
    r",?\s*(?:i (?:think|believe|feel|wonder|suspect|guess|would|'d)|in my (?:view|opinion|experience)|"
    r"personally|for me|maybe|perhaps|i'm not sure|i am not sure)\b",
    re.I,
)


def question_hits(
    text: PreparedText,
    partner: str,
    partner_stems: dict[str, float],
    lexicon: Lexicon,
    loaded: list[Hit],
) -> list[Hit]:
    hits: list[Hit] = []
    for start, end in text.sentences:
        raw = text.plain[start:end]
        words = list(text.tokens[tokens_before(text, start) : tokens_before(text, end)])
        lead = 0
        while lead < len(words) - 1 and words[lead].text in lexicon.question_lead_ins:
            lead += 1
        words = words[lead:]
        if not words:
            continue
        first = words[0].text
        asks = "?" in raw or (
            (first in lexicon.question_open or first in _YES_NO_OPENERS)
            and not raw.rstrip().endswith((".", "!"))
            and len(words) >= 3
            and not speaker_states(raw)  # "I could do 3 water" states (rule 118)
        )
        # "Tell me what matters most to your team." asks without a question mark (rule 56)
        embedded = not asks and embeds_need_question(raw)
        if not asks and not embedded:
            continue
        s = start + len(raw) - len(raw.lstrip())
        e = start + len(raw.rstrip())
        span_text = snippet(text.original, s, e)
        if any(h.start is not None and s <= h.start < e for h in loaded):
            continue
        if challenges(raw):  # argues rather than asks: a loaded question (rule 30b)
            hits.append(Hit("loaded_question", s, e, span_text))
            continue
        pair = (first, words[1].text if len(words) > 1 else "")
        # "What about you?" after saying what the speaker needs asks for theirs (eliciting.py)
        turned = turns_back(raw.strip(), text.plain[:start], partner)
        is_option = pair in _OPTION_OPENERS and not turned
        texts = [w.text for w in words]
        if (
            embedded
            or not is_option
            and (
                first in lexicon.question_open
                or any(w in ("what", "how", "why", "which") for w in texts[:8])
            )
        ):
            hits.append(Hit("open_question", s, e, span_text))
        else:
            hits.append(Hit("closed_question", s, e, span_text))
        if (
            turned
            or embedded
            or asks_their_reasons(raw)
            or (
                _asks_preference(texts, lexicon.interest_words)
                and any(w in _SECOND_PERSON for w in texts)
                and not _doubts_their_need(texts, lexicon.interest_words)
                and not reproaches(raw)  # "why you didn't ...": no need of theirs (152)
            )
        ):
            hits.append(Hit("interest_question", s, e, span_text))
        if any(
            stem(w) in partner_stems and partner_stems[stem(w)] >= 1.0
            for w in texts
            if w not in lexicon.stopwords
        ):
            hits.append(Hit("follow_up", s, e, span_text))
    return hits


# partner lines whose words are kept (then the store starts again)
_partner_words: dict[tuple[int, str], tuple[Lexicon, tuple[Token, ...], dict[str, float]]] = {}
on_forget(_partner_words.clear)


def partner_words(partner: str, lexicon: Lexicon) -> tuple[tuple[Token, ...], dict[str, float]]:
    """The partner line's tokens and content stems (stem -> rarity; read, never changed, by the
    callers). Every reply to one line needs the same, so recent lines' are kept."""
    key = (id(lexicon), partner)
    found = _partner_words.get(key)
    if found is not None and found[0] is lexicon:
        return found[1], found[2]
    tokens = tokenize(partner) if partner else ()
    stems = content_stems(tokens, lexicon)
    if len(_partner_words) >= PARTNER_LINES_KEPT:
        _partner_words.clear()
    _partner_words[key] = (lexicon, tokens, stems)  # the lexicon kept alive: its id stays its own
    return tokens, stems


def extract(item: ScoreInput, lexicon: Lexicon) -> list[Hit]:
    """All hits for one reply, in no particular order."""
    text = prepare(item.reply)
    found, feelings = cue_hits(text, lexicon)
    # "Congratulations on the promotion!" to their promotion mocks nothing (rule 179)
    hits = apply_context(text, sincere_congratulations(text, found, item.partner))
    hits = sincere_thanks(text, hits, item.partner)  # "Thanks a lot!" for their help (75)
    hits = voiced(text, hits)  # "the worry that it's your fault" is theirs (78)
    hits = without_unclaimed(text, hits, item.partner)  # elsewhere, but no claim (39)
    hits = trade_hits(text, hits)  # "I can give up X for Y" trades (95)
    hits = no_trades(text, hits)  # wants, "if I had extra", "why should I share" (93, 94)
    hits = why_not_proposals(text, hits)  # "Why don't we split it?" proposes (96)
    hits = granted_need(text, hits, item.partner)  # granting the need they stated (47)
    hits = accepted_terms(hits, item.partner)  # "That's fair" to their offer agrees (64)
    partner_tokens, partner_stems = partner_words(item.partner, lexicon)
    loaded = [h for h in hits if h.feature == "loaded_question"]
    hits += question_hits(text, item.partner, partner_stems, lexicon, loaded)
    hits += emotion_hits(text, feelings, item, partner_tokens, lexicon)
    hits = brush_offs(text, hits)  # after the feelings: "I hear your frustration. Per our ..."
    hits = non_apologies(text, hits)  # "Sorry you feel that way" is no sympathy (after feelings)
    hits = subject_changes(text, hits, item.partner)  # "I hear you. Shall we ...?" (rule 174)
    hits = easy_story_hits(text, hits)  # "..., I just worked weekends." (rule 177)
    hits = prescribed_needs(text, hits, item.partner)  # "You need a holiday." (rule 261)
    if partner_stems:
        hits += paraphrase_hits(text, partner_stems, lexicon)
    key_hits = key_point_hits(text, item.key_points, lexicon)
    covered = [h.span for h in key_hits if h.span is not None]
    hits = [h for h in hits if not (h.feature == "paraphrase" and _overlaps(h, covered))]
    hits += key_hits
    if ignores_partner(hits, item.partner, lexicon):
        hits.append(Hit("ignored_partner", None, None, ""))
    return hits


def ignores_partner(hits: list[Hit], partner: str, lexicon: Lexicon) -> bool:
    """Their line says enough (three specific words or more) and no hit engages with it."""
    if any(h.feature in ENGAGED for h in hits):
        return False
    _tokens, partner_stems = partner_words(partner, lexicon)
    return sum(w >= 1.0 for w in partner_stems.values()) >= 3


def _overlaps(hit: Hit, spans: list[tuple[int, int]]) -> bool:
    return (
        hit.start is not None
        and hit.end is not None
        and any(hit.start < e and s < hit.end for s, e in spans)
    )


def feature_values(hits: list[Hit], lexicon: Lexicon) -> dict[str, float]:
    """The model's inputs: per feature, the summed amount of its hits, capped."""
    totals: dict[str, float] = {}
    for h in hits:
        totals[h.feature] = totals.get(h.feature, 0.0) + h.amount
    return {f: min(v, lexicon.features[f].cap) for f, v in totals.items() if f in lexicon.features}
