"""Rules 370 and 372 (docs/scoring.md): what they implied, named in other words; both sides.

A counsellor's complex reflection says back what the client meant but did not say: "You're
carrying this secret alone, and it's getting heavy." to someone who opens the card statements in
the car so nobody sees; "Making it pretty feels safer than finding out what you don't know." to
a student colouring in notes instead of revising. A simple reflection hands their content back in
their words ("You've got four credit cards, you move the balance ..."). Raters and the hidden
counselling data rank the first above the second; the scorer ranked it below, because every
credit for listening grew with the words and the closeness to their line that a parrot has most
of, and a short reflection in other words often shared no word with them at all and was read as
ignoring them.

A sentence names what they implied when it is

- a plain statement about them (it speaks to them: "you", "your", "part of you"), not a
  question, a repeat, a stock phrase, a clear costly act, advice, an instruction, steering, a
  prediction or reassurance ("you'll be fine"), a general statement, the speaker's own story or
  side ("I", "we": "We understand your frustration, but ..."), a commitment or an offer, nor
  blame; not put in a frame of perception ("It sounds like you're ...", "I imagine ..."): the
  frame earns its own reflective credit, and on the readable pair sets every skilled-sounding
  miss this reading credited ("It sounds like you're grieving the end of your cycling") was
  framed;
- naming an inner state of theirs (a feeling, a fear, a want, a burden: `INNER_STATE`) in a word
  that is none of theirs in any form, not denied ("you're not alone"), not an idiom ("Complain
  all you want"), that fits the feelings their line names (feeling_reflection.fits: no glad
  word for a troubled line, nor for a line that names no feeling), and that is theirs by its
  place: "you" at most `NEAR` words before it with no other person between ("You're carrying",
  not "he would want you"), "your" right before it, or "to / for / that you" right after it
  ("It feels unfair that you ...");
- in other words: at least half of its content words are not theirs (a parrot's are), and
- about their matter: a specific word besides the inner state (not "You're carrying a lot"), and
  a word of theirs or closeness in meaning to one of their sentences or their whole line
  (`GROUNDED`, the encoder the sentence was read with).

The first such sentence earns listening and empathy once per reply (`IMPLIED_UNITS`), and it
engages with them: no penalty for ignoring what they said. A feeling pinned on a cause they never
gave, guessed glad for a troubled line or read as anger they did not voice (rules 173, 175, 214)
is no such sentence; hostility, stuffing, a reply that sides with their critic and a stack of
feelings (two or more reflections of feeling, which earn diminishing returns) earn nothing here.

Rule 372: when no sentence names what they implied, a statement that passes the same tests of
wording and other words and holds two sides of them ("Part of you is sure, and part of you is
counting the cost.", "..., even though part of you isn't comfortable with it", "... at the same
time"), to a line that holds two sides of its own ("but", "part of me", "though" ...), earns the
same units once per reply: a double-sided reflection of their ambivalence.

Rule 440: when neither names anything, a statement that passes the same tests of wording and
other words and takes their line a step on (`_STEP`: what a thing has become for them, one thing
they said driving another, two things set against each other, what it comes down to: "Nine
years of loyalty has become a reason to charge you more.") earns the same units once per reply,
when it shares a word with their line or is close to it in meaning (`GROUNDED`).
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from roleplay.nlp import EncodingCache, split_sentences
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.blamed import blames_them
from roleplay.scoring.cue_acts import OFFERS
from roleplay.scoring.feeling_reflection import fits, named_categories
from roleplay.scoring.fragments import content_stems, partner_stems
from roleplay.scoring.lexicon import Lexicon
from roleplay.scoring.restated import NOT_THEIRS, REASSURING
from roleplay.scoring.semantic_rules import GENERIC_WORDS, SPECIFIC_LENGTH, WORDS
from roleplay.scoring.sentence_checks import clearly_costly, is_stock
from roleplay.scoring.sentences import COMMITMENT, Sentence, own_story
from roleplay.scoring.types import Dimension
from roleplay.scoring.word_order import asked_by_word_order
from roleplay.scoring.wording import (
    INSTRUCTION,
    SECOND_PERSON,
    STEERING,
    advice_wording,
    general_statement,
)

# once per reply, in cue units (x the head's cues+ weight)
IMPLIED_UNITS: dict[Dimension, float] = {"listening": 0.8, "empathy": 1.2}
IMPLIED_REASON = "named what they implied but did not say"
BOTH_SIDES_REASON = "reflected both sides of what they feel"  # rule 372
BEYOND_REASON = "said what their words mean, a step beyond them"  # rule 440
GROUNDED = 0.3  # closeness to their line from which a sentence with none of their words is theirs
NOVEL = 0.5  # the share of its content words that are not theirs
# a feeling, a fear, a want, a burden, what something means to them
INNER_STATE = caseless(
    r"\b(?:afraid|scared|frightened|terrified|dread(?:s|ed|ing)?|fear(?:s|ful)?|panicky|nervous|"
    r"worr(?:y|ies|ied|ying)|anxious|uneasy|tired of|sick of|ashamed|shame|guilt(?:y)?|embarrass(?:ed|ment)|humiliat\w+|judged|"
    r"failure|lonely|loneliness|alone|isolated|grieving|grief|heartbroken|hollow|hopeless|"
    r"defeated|helpless|powerless|weighing on|burden\w*|carrying|exhausted|worn (?:out|down)|"
    r"drained|stretched thin|brac(?:e|ing)|overwhelm\w*|trapped|stuck|cornered|torn|"
    r"resent(?:ful|ment|s)?|bitter|betrayed|unfair|invisible|unseen|unheard|overlooked|"
    r"taken for granted|cheated|furious|angry|frustrat\w+|let (?:yourself|them|him|her) down|"
    r"wants?|wanted|wish(?:es)?|longing for|owe|belong|peace|hoping|hope(?:s|d)?|pointless|"
    r"worthless|useless|feel(?:s|ing)? like)\b"
)
# inner states of positive valence the feeling lexicon does not know
_GLAD = re.compile(r"hop|peace", re.I)
# a frame of perception ("It sounds like ...", "I imagine ..."): the frame earns its own
# reflective credit, and templated frames are where skilled-sounding guesses live
_FRAME = re.compile(
    r"^\W*(?:(?:so|and|but),? )?(?:i (?:can )?(?:see|tell|hear|imagine|guess|sense|suspect|"
    r"wonder (?:if|whether)|get the sense)(?: that)?|what i'm hearing(?: is)?(?: that)?|"
    r"(?:it )?(?:sounds|seems|feels) (?:like|as if|as though))\b",
    re.I,
)
# a state denied or waved away ("Nobody will be judging you", "you're not alone", "no need to
# feel guilty"): reassurance, not a reflection
_DENIED = re.compile(
    r"\b(?:not|no|nobody|no one|never|nothing|none|don't|doesn't|isn't|aren't|won't|wasn't|"
    r"weren't|shouldn't|needn't|can't|cannot)\b(?:\W+\w+){0,3}\W*$",
    re.I,
)
# the state is theirs: "you" (or "you're", "you've" ...) at most `NEAR` words before it with no
# other person and no clause break between, "your" right before it ("your grief"), or "to / for
# / that you" right after it ("It feels unfair that you ...")
NEAR = 4
_YOU_BEFORE = re.compile(
    r"\b(?:you|you're|youre|you've|you'd|you'll)\b(?:\W+(?!(?:he|she|they|i|we|it|him|her|them|"
    rf"his|their|people|everyone|nobody)\b)[\w']+){{0,{NEAR}}}\W+$|\byour\W+$",
    re.I,
)
_YOU_AFTER = re.compile(r"^\W*(?:[\w']+\W+){0,2}(?:to|for|that) you\b", re.I)
_BREAK = re.compile(r"[,;:.\u2014]")
# the speaker or their side ("We completely understand your frustration, but ...")
_SPEAKER = re.compile(
    r"\b(?:i|i'm|im|i've|i'd|i'll|me|my|mine|myself|we|we're|we've|we'll|our|ours|us)\b", re.I
)
# a want in an idiom or a cave, not a want of theirs ("Complain all you want", "whatever you
# want", "as you wish")
_IDIOM = re.compile(r"\ball (?:you|they) (?:want|like)\b|\bwhatever you\b|\bas you wish\b", re.I)


def _statement_about_them(s: Sentence) -> str | None:
    """The sentence, when it is a plain statement about them that tells, steers and reassures
    nothing (module docstring); else None."""
    text = s.text.strip()
    if (
        s.repeat
        or not text
        or text[-1] in "?!"
        or asked_by_word_order(text if text[-1] in "." else f"{text}.")
        or is_stock(s)
        or clearly_costly(s)
    ):
        return None
    if (
        SECOND_PERSON.search(text) is None
        or _FRAME.search(text) is not None
        or _SPEAKER.search(text) is not None
        or _IDIOM.search(text) is not None
        or NOT_THEIRS.search(text) is not None
        or INSTRUCTION.search(text) is not None
        or STEERING.search(text) is not None
        or advice_wording(text)
        or REASSURING.search(text) is not None
        or general_statement(text)
        or own_story(text)
        or COMMITMENT.search(text) is not None
        or OFFERS.search(text) is not None
        or blames_them(text)
    ):
        return None
    return text


def _implied_word(
    own: str, theirs: AbstractSet[str], targets: AbstractSet[str], lexicon: Lexicon
) -> str | None:
    """The first inner-state word of `own` that is none of theirs and fits their feelings."""
    for m in INNER_STATE.finditer(own):
        word = m.group(0)
        before = own[: m.start()]
        if content_stems(word) & theirs or _DENIED.search(before) is not None:
            continue
        you = _YOU_BEFORE.search(before)
        if (you is None or _BREAK.search(before[you.start() :])) and not _YOU_AFTER.match(
            own[m.end() :]
        ):
            continue  # the state of someone else, or of no one ("he would want ...")
        named = named_categories(word, lexicon) or (["hope"] if _GLAD.match(word) else [])
        if not all(fits(c, targets) for c in named):
            continue
        return word
    return None


# rule 372: both sides of them in one statement ("Part of you wants to keep it, and part of you
# doesn't", "..., even though part of you isn't comfortable with it", "You're carrying their
# thirty-one years and your own plan at the same time")
_BOTH_SIDES = caseless(
    r"\bpart of you\b.*\b(?:(?:an)?other part|the other part|part of you|but|yet|even though|"
    r"although|though|while|still)\b|\b(?:but|yet|even though|although|though|while)\b.*\bpart of "
    r"you\b|\bat the same time\b|\band yet\b"
)
# ... to a line that holds two sides of its own ("Part of me ...", "I know ..., but ...")
_THEIR_SIDES = caseless(
    r"\b(?:but|though|although|yet|except|still|part of me|at the same time|on the other hand|"
    r"then again)\b"
)


# rule 440: the words that take their line a step on: what a thing has become for them ("has
# become", "turned into"), one thing they said driving another ("makes it", "made you"), two
# things set against each other ("doesn't square with", "rather than", "instead of", "isn't only
# ..., it's", "even though", ", yet"), or what it comes down to ("the only", "the one", "more
# than", "underneath", "really about", "what matters"); not "more than 50 hours"
_STEP = caseless(
    r"\b(?:ha(?:s|ve) (?:become|turned into)|become|turn(?:s|ed)? into|"
    r"mak(?:es|ing) (?:it|you|them)|made (?:it|you)|the only|the one|more than(?! \d)|"
    r"rather than|instead of|doesn't square|underneath|really (?:about|after)|what matters|"
    r"(?:isn't|not) (?:only|just)|even though)\b|(?:,|\band) yet\b"
)


def _beyond(own: str) -> str | None:
    """Rule 440: the words that take their line a step on (`_STEP`), in a statement that names
    something specific, or None."""
    step = _STEP.search(own)
    if step is None or not any(
        len(w) >= SPECIFIC_LENGTH and w.lower() not in GENERIC_WORDS for w in WORDS.findall(own)
    ):
        return None
    return step.group(0)


def _specific(own: str, word: str) -> bool:
    """A specific word besides the inner state ("this secret", "the job you loved")."""
    rest = own.replace(word, " ")
    return any(
        len(w) >= SPECIFIC_LENGTH
        and w.lower() not in GENERIC_WORDS
        and INNER_STATE.search(w) is None
        for w in WORDS.findall(rest)
    )


def _grounded(
    found: list[tuple[Sentence, str, bool]], partner: str, cache: EncodingCache
) -> tuple[Sentence, str] | None:
    """Of the sentences `found` (each with its words and whether it shares a word of theirs
    besides them), the first that shares one or, when none does, the first whose closeness in
    meaning to one of their sentences or their whole line is `GROUNDED` or more; or None."""
    if not found:
        return None
    if any(shared for _, _, shared in found):
        s, words, _ = next(f for f in found if f[2])
        return s, words
    lines = [partner[a:b] for a, b in split_sentences(partner)] + [partner]
    rows = cache.encode([s.text for s, _, _ in found] + lines)
    closeness = (rows[: len(found)] @ rows[len(found) :].T).max(axis=1)
    for (s, words, _), close in zip(found, closeness, strict=True):
        if float(close) >= GROUNDED:
            return s, words
    return None


def implied_state(
    sentences: list[Sentence],
    partner: str,
    targets: AbstractSet[str],
    lexicon: Lexicon,
    cache: EncodingCache,
    pinned: AbstractSet[int] = frozenset(),
) -> tuple[Sentence, str, str] | None:
    """The reply's first sentence that names what they implied (module docstring) or, failing
    that, reflects both sides of them (rule 372) or, failing that, takes their line a step on
    (rule 440): the sentence, the words that do it and the reason; or None."""
    if not partner:
        return None
    theirs = partner_stems(partner)
    found: list[tuple[Sentence, str, bool]] = []
    sides: list[tuple[Sentence, str]] = []
    beyond: list[tuple[Sentence, str, bool]] = []  # rule 440
    for s in sentences:
        if s.start in pinned:
            continue
        own = _statement_about_them(s)
        if own is None:
            continue
        stems = content_stems(own)
        if not stems or len(stems - theirs) < NOVEL * len(stems):
            continue
        word = _implied_word(own, theirs, targets, lexicon)
        if word is not None and _specific(own, word):
            found.append((s, word, bool(stems & theirs - content_stems(word))))
        elif (two := _BOTH_SIDES.search(own)) is not None and _THEIR_SIDES.search(partner):
            sides.append((s, two.group(0)))
        elif (step := _beyond(own)) is not None:
            beyond.append((s, step, bool(stems & theirs)))
    grounded = _grounded(found, partner, cache)
    if grounded is not None:
        return *grounded, IMPLIED_REASON
    if sides:
        s, words = sides[0]
        return s, words if len(words) <= 40 else f"{words[:37]}...", BOTH_SIDES_REASON
    grounded = _grounded(beyond, partner, cache)  # rule 440
    if grounded is not None:
        return *grounded, BEYOND_REASON
    return None
