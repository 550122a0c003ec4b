"""Rule 190: their point restated in the speaker's own words is listening, worth its weight.

The reflection act (restating their point, or the meaning or feeling behind it) was fitted a
small head weight: a plain, accurate restatement ("So he's the only one who knows the
reconciler, and the last loan dragged on for months.") earned about +4 listening, less than a
quick fix earned collaboration, so a counsellor's reflection often ranked below advice. Here
the reply's strongest restatement earns listening and some empathy once, by how much of their
point it carries: the encoder's closeness of the sentence to the nearest of their sentences.

A sentence restates their point when it is

- a statement the scorer reads as a reflection (after every rule that clears one: advice under
  a reflective opener, a feeling pinned on a cause they never gave, a copy of their line, a
  repeat);
- about them or what they told: it speaks to them ("you", "your"), points back at what they
  said ("So ...", "Then ...", "That ...") or hands their point back as a verbless fragment;
- close in meaning to one of their sentences (`CLOSE` or more);
- in the speaker's own words, in part: a content word of its own, not only theirs;
- no advice, suggestion, instruction or steering ("You can ask your GP to ...", "It might help
  to ...", "Just send them a message"), no story of the speaker's own, no general statement,
  no offer or commitment of the speaker's, no verdict on their view ("That's on you.").

When their line sets one thing aside to make another point ("The price is fine. My worry is
..."; rules 280-281, focal.py), a restatement of the part they set aside earns nothing, and a
statement close to their point earns as a restatement though the encoder reads no reflection in
it and its wording does not point at them.

Parroting their line earns nothing here: a copy is no reflection (rule 129) and a sentence of
their words alone has no word of its own. Stuffing and hostility earn nothing either (the
scorer does not call this for them).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

import numpy as np

from roleplay.nlp import EncodingCache, split_sentences
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.blamed import blames_them
from roleplay.scoring.cue_acts import OFFERS
from roleplay.scoring.focal import ASIDE_MARGIN, focal_split
from roleplay.scoring.fragments import content_stems, partner_stems, restates_in_fragment
from roleplay.scoring.sentences import COMMITMENT, Sentence, own_story
from roleplay.scoring.types import Dimension
from roleplay.scoring.word_order import asked_by_word_order
from roleplay.scoring.wording import (
    GENERALISING,
    INSTRUCTION,
    SECOND_PERSON,
    STEERING,
    advice_wording,
    general_statement,
)

CLOSE = 0.4  # closeness to one of their sentences from which a restatement carries their point
FULL = 0.65  # ... and from which it carries all of it
LEAST = 0.5  # the share of the units a restatement at CLOSE earns
# once per reply, in cue units (x the head's cues+ weight: about +14 listening, +5 empathy)
RESTATED_UNITS: dict[Dimension, float] = {"listening": 1.5, "empathy": 0.6}
# worded as the reflection act's evidence, so on one sentence the two read as one item (merge)
RESTATED_REASON = "this sentence restates their point in other words"

# points back at what they said
_POINTING = re.compile(r"^\W*(?:so|then|that|that's|which|and so|sounds like)\b", re.I)
# a suggestion or a verdict, not their point: "you can / could / might / may ...", "I'd ...",
# "it might help", "that's on you", "the best thing", "if I were you"
NOT_THEIRS = re.compile(
    r"\byou (?:should|shouldn't|must|need to|have to|ought to|'d better)\b|"
    r"^\W*(?:so,? |then,? )?(?:maybe |perhaps )?you (?:can|could|might|may)\b|"
    r"\byou (?:can|could|might|may)(?: \w+ly| just| always| still| also)? (?:try|ask|talk|speak|go|"
    r"get|call|look|consider|check|see|write|email|tell|contact|request|raise|file|book|push|"
    r"bring|take|use|put|find|make|start|join|apply|read)\b|"
    r"\byou(?:'d| would) (?:be better|do well)\b|\bi(?:'d| would)\b|\b(?:might|may|would|will|"
    r"could) help\b|\bif i were you\b|\bon you\b|\byour (?:own )?fault\b|\bmy advice\b|"
    r"\bwhy (?:not|don't)\b|\bhave you (?:tried|thought|considered)\b|\bcan help\b|"
    # a verdict on them or their view, or a brush-off
    r"\b(?:relax|calm down|childish|overreact\w*|dramatic|silly|ridiculous|nonsense|"
    r"(?:my|our) (?:problem|fault|job|concern)|not a big deal|get over|(?:has|have|had) a point|"
    r"not wrong|can't keep)\b|"
    # a proposal or a deal of the speaker's, and pleasantries ("How about 2 food for me",
    # "Here's the offer", "That works, thank you", "Sounds good to me")
    r"\b(?:how|what) about\b|"
    # their need played down: "you already have all the basics, so you won't lack water",
    # "You don't have to eat the mushrooms", "cooking should not be a problem"
    r"\byou (?:already )?have (?:all|plenty|enough|everything|the basics)\b|"
    r"\b(?:don't|do not|won't|will not|wouldn't) (?:have to|need|lack|be short)\b|"
    r"\b(?:should(?:n't| not)|won't|will not) be (?:a|much of a|too much of a) problem\b|"
    r"\bit (?:might|may|would) be better\b|"
    # a prediction or an offer's condition, not what they told ("you'll probably need more
    # firewood", "You would also be able to make tea", "if you wanted to join"), and a filler
    r"\byou(?:'ll| will|'d| would)(?! (?:rather|like|love|prefer|hoped?|wanted|have liked))\b|"
    r"\bif you(?:'d)? (?:want|wanted|like|need|prefer)\b|\byou know\b|"
    # reassurance, a platitude, praise, a judgement or advice in a support chat ("Of course
    # they'd consider you", "Maybe God has something better in store for you", "You are too
    # valuable to waste your time", "You either let it keep you down or you move on", "Sounds
    # like you lack purpose", "There are ways to help you feel better", "If you left, ...")
    r"^\W*(?:yes,? |well,? )?(?:maybe|perhaps|of course|if|surely|hopefully)\b|"
    r"\b(?:ways to|help you|good idea|great at|too \w+ to|either\b.*\bor|you lack)\b|\bhere(?:'s| is) (?:the|my|an?|what)\b|"
    r"\b(?:deal|thanks|thank you|welcome|that works|works for me|sounds (?:good|great|fair|right|"
    r"fine|amazing|fun|lovely|perfect|awesome)|nice to|sweet of|kind of you|good of you|"
    r"pleasure|stay safe|all set|(?:we are|we're) set)\b|"
    # terms allocated ("you would get 1 water and all 3 firewood", "That would leave you with
    # one food", "For you: 3 water"): a proposal's terms, not their point
    r"\b(?:would|'d|will|'ll) (?:get|leave|give|take|keep)\b|\bfor you\s*:|"
    r"\b(?:you|i|me|we)(?: would| will|'ll|'d)? (?:get|take|have|keep)s? (?:\d+|one|two|three|"
    r"all|both|the rest|everything)\b|\b(?:\d+|all) \w+ (?:for|to|goes to) (?:you|me)\b",
    re.I,
)
MIN_WORDS = 5  # a restatement that carries a point has at least this many words
# the speaker as a subject or a party: their own side, not a restatement of the partner's ("we"
# and "our" only when they did not speak of a "we" themselves: "when we tried it" to someone
# whose team ran the test is theirs)
_SPEAKER = re.compile(r"\b(?:i|i'm|im|i've|i'd|i'll|me|mine|myself)\b", re.I)
_WE = re.compile(r"\b(?:we|we're|we've|we'll|we'd|our|ours|us)\b", re.I)
# a reflection of the meaning behind their words ("It sounds like the harder part isn't the city
# but ...", "It sounds less like a fight with your brother and more like ..."): the encoder
# often reads it as validation or affirmation; in this frame it restates too
_MEANING_FRAME = re.compile(
    r"^\W*(?:(?:so|and|but),? )?(?:it )?(?:sounds|seems|feels|looks) (?:\w+ )?(?:like|as if|as though)\b|"
    r"^\W*(?:so,? )?(?:what i'm hearing|part of you)\b|^\W*it's as if\b",
    re.I,
)
MEANING_ACTS = frozenset({"validation", "affirmation"})
# acts the encoder reads a restatement as when its words are its own: none, a stock phrase, an
# affirmation, a statement of fact, the speaker's own focus; read so without a clear margin, a
# sentence that meets every test below (and the closeness, `MISREAD_CLOSE`) restates them. Not
# one read as a dismissal (rule 230: "You get nothing from my budget." restates nothing)
MISREAD_ACTS = frozenset(
    {"", "affirmation", "validation", "stock_phrase", "information", "self_focus"}
)
# ... when it is built as a restatement: "So ...", "Then ...", or they are its subject ("You
# held it together ...", "Your first exhibition, and ...")
_RESTATING = re.compile(
    r"^\W*(?:(?:and|but) )?(?:so|then)\b|^\W*(?:(?:and|but|so),? )?(?:you(?:'ve|'re|'d|'ll)?|your)\b",
    re.I,
)
# rule 281: a sentence that weighs one thing against another ("..., more than the shifts
# themselves", "less about cost and more about ...", "X you can live with; Y is what stings",
# "The ending was kind, but ...")
_WEIGHS = re.compile(
    r"\b(?:not|isn't|wasn't|aren't|rather than|more than|less than|less about|more about|"
    r"instead of|but|however|though|whereas|yet)\b|;",
    re.I,
)
# rule 283: a reflection that tells their point from a reading near it, in the reply's own
# words: "So it isn't really the ban, it's the silence from your son", "It isn't the money.
# It's that you found out by a photo.", "You're not asking whether to stop. You're asking ...",
# "less about the cost and more about ...". Within one sentence, or a sentence that opens on
# "It's / That's / You're ..." right after one that denies.
_CONTRAST_IN = caseless(
    r"(?:\b(?:not|isn't|wasn't|aren't|weren't)\b(?: (?:only|just|really|even|so much))?"
    r"[^.;!?]{2,90}?[,;]\s*(?:(?:and|but) )?(?:it|that|you|this|what)(?:'s|'re| is| are| was)\b"
    r"|\bless (?:about|like) [^.;!?]{2,60}? more (?:about|like)\b)",
)
_DENIES = caseless(r"\b(?:not|isn't|wasn't|aren't|weren't)\b")
_COMPLETES = re.compile(
    r"^\W*(?:it|that|you|this|what)(?:'s|'re| is| are| was)\b(?! not\b| n't)", re.I
)
# ... but not reassurance or a verdict put as a contrast: "it's not your fault, it's
# genetics", "it's not a big deal, it's one test", "you're not overreacting, you're tired"
REASSURING = re.compile(
    r"\bnot (?:\w+ )?(?:your|my|anyone's|their|his|her) fault\b|\bnot (?:\w+ )?(?:a|that|such a) "
    r"(?:big|huge) deal\b|\bnot the end of the world\b|\bnot personal\b|\bnot (?:being )?"
    r"(?:silly|stupid|weak|dramatic|overreacting|crazy|a failure|a bad)\b|\bnothing (?:personal|to worry|to be (?:ashamed|embarrassed|sorry))\b",
    re.I,
)
# "not just the move" means "not only": no steering ("just send them a message")
_NOT_JUST = re.compile(r"\b(not|isn't|wasn't|aren't|weren't|than) just\b", re.I)
MISREAD_MARGIN = 0.08  # ... read without this margin over the next act (HOSTILE_MARGIN's)
MISREAD_CLOSE = 0.45  # ... and at least this close to their line


def _stopped(text: str) -> str:
    """The sentence with a full stop where it ends on no mark ("What do you think would happen
    if you gave up your job" asks by its word order)."""
    text = text.rstrip()
    return text if text[-1:] in (".", "!", "?") else f"{text}."


def _theirs(s: Sentence, partner: str) -> bool:
    """About them or what they told (module docstring)."""
    return (
        SECOND_PERSON.search(s.text) is not None
        or _POINTING.search(s.text) is not None
        or restates_in_fragment(s.text, partner)
    )


def _read_as_restating(s: Sentence) -> bool:
    """Read as a reflection, or as an acknowledgement in a frame of meaning."""
    return s.act.act == "reflection" or (
        s.act.act in MEANING_ACTS and _MEANING_FRAME.search(s.text) is not None
    )


def contrasted(sentences: list[Sentence]) -> set[int]:
    """Rule 283: the starts of the statements that tell their point from a reading near it (a
    contrast inside the sentence, or a sentence that completes the one before's denial), not
    put as reassurance or a verdict."""
    found: set[int] = set()
    for i, s in enumerate(sentences):
        if REASSURING.search(s.text):
            continue
        if _CONTRAST_IN.search(s.text) or (
            i
            and _COMPLETES.search(s.text)
            and _DENIES.search(sentences[i - 1].text)
            and not REASSURING.search(sentences[i - 1].text)
        ):
            found.add(s.start)
    return found


def _candidate(
    s: Sentence,
    partner: str,
    theirs: AbstractSet[str],
    focal: bool = False,
    contrast: bool = False,
) -> bool:
    """A restatement by the tests of the module docstring; `focal`: the encoder found it close
    to their point and not to what they set aside (rule 281), which stands in for the act
    reading and the wording that points at them."""
    text = s.text
    if s.repeat or text.rstrip()[-1:] in ("?", "!") or len(text.split()) < MIN_WORDS:
        return False
    frame = _MEANING_FRAME.search(text)
    own = text if frame is None else text[frame.end() :]  # "What I'm hearing ..." is a frame
    if not (
        _read_as_restating(s)
        or ((focal or contrast) and s.act.act in MISREAD_ACTS)
        or (
            s.act.act in MISREAD_ACTS
            and s.act.margin < MISREAD_MARGIN
            and (_RESTATING.search(text) is not None or restates_in_fragment(text, partner))
        )
    ):
        return False
    if not {w for w in content_stems(text) - theirs if not w.endswith("ly")}:
        return False  # their words alone (and an adverb): no words of the speaker's own
    return (
        (focal or _theirs(s, partner))
        and NOT_THEIRS.search(text) is None
        and _SPEAKER.search(own) is None
        and (_WE.search(own) is None or _WE.search(partner) is not None)
        and (GENERALISING.search(text) is None or _MEANING_FRAME.search(text) is not None)
        and INSTRUCTION.search(text) is None
        and STEERING.search(_NOT_JUST.sub(r"\1 only", text)) is None
        and not advice_wording(text)
        and not own_story(text)
        and not blames_them(text)  # rule 284
        and REASSURING.search(text) is None  # "you're not a bad dad, you're ..." (283)
        and not general_statement(text)
        and COMMITMENT.search(text) is None
        and OFFERS.search(text) is None
    )


def restatement(
    sentences: list[Sentence], partner: str, cache: EncodingCache
) -> tuple[Sentence, float] | None:
    """The reply's strongest restatement of their point and the share of `RESTATED_UNITS` it
    earns, or None."""
    if not partner:
        return None
    theirs = partner_stems(partner)
    weighed = contrasted(sentences)
    found = [s for s in sentences if _candidate(s, partner, theirs, contrast=s.start in weighed)]
    shape = focal_split(partner)
    near: dict[int, tuple[float, float]] = {}  # closeness to what they set aside, their point
    focal: list[Sentence] = []
    if shape is not None:  # rules 280-281
        said = [s for s in sentences if not s.repeat and s.text.rstrip()[-1:] not in ("?", "!")]
        if said:
            rows = cache.encode([*(s.text for s in said), *shape])
            for s, (a, p) in zip(said, rows[:-2] @ rows[-2:].T, strict=True):
                near[s.start] = (float(a), float(p))
        focal = [
            s
            for s in sentences
            if s not in found
            and s.start in near
            and near[s.start][1] >= CLOSE
            and near[s.start][1] - near[s.start][0] >= ASIDE_MARGIN
            and _WEIGHS.search(s.text) is not None
            and not asked_by_word_order(_stopped(s.text))
            and _candidate(s, partner, theirs, focal=True)
        ]
        found = [s for s in found if near[s.start][0] - near[s.start][1] < ASIDE_MARGIN] + focal
    if not found:
        return None
    lines = [partner[a:b] for a, b in split_sentences(partner)]
    if not lines:
        return None
    # the sentences were encoded when the reply was read: these rows come from the cache
    # ... and to the whole line, which a summary of a long line is often closest to
    rows = cache.encode([s.text for s in found] + lines + [partner])
    closeness = (rows[: len(found)] @ rows[len(found) :].T).max(axis=1)
    least = np.array(
        [CLOSE if _read_as_restating(s) or s in focal else MISREAD_CLOSE for s in found]
    )
    closeness = np.where(closeness >= least, closeness, -1.0)  # a misread one needs more
    best = int(np.argmax(closeness))
    close = float(closeness[best])
    if close < CLOSE:
        return None
    share = LEAST + (1.0 - LEAST) * min(1.0, (close - CLOSE) / (FULL - CLOSE))
    return found[best], round(share, 3)
