"""How a reply is cut into the parts that :class:`.intents.IntentMatcher` scores.

A reply's parts are its sentences, with four exceptions: a sentence that holds a negation,
or reads as a reflection or a story that may go on to a move, is cut into its clauses (and a
verbless "..., not Y" aside apart from the clause before it: :func:`.negation.aside_spans`); a
question loses its leading subordinate clause ("Before I commit, ..."), which is what it
depends on rather than what it asks; a frame that only asks for the question after it ("Do you
know what ...?", "Help me understand why ...") is left out of any sentence, and of examples
(:func:`asked`); and a sentence that only takes the other side's words in
("OK.", "Fine.") before a question is left out, the move being the question's, and a reply
that does nothing else has no parts at all. Each part has a
polarity (:func:`.negation.is_negative`) and a mood (:func:`.intent_reply_moods.part_mood`).
Neighbouring parts of one polarity that can be read together (:func:`pairable`) are also
scored as one part, their vectors summed and normalised, after all the single parts.

:func:`cut` does the text's side (spans, polarity, mood); :func:`with_pairs` adds the pairs
once the single parts are encoded (the matcher owns the encoder).
"""

from __future__ import annotations

import re

import numpy as np

from .intent_idioms import plainly
from .intent_purpose import bounded, negation_only_in_purpose, purpose_clause
from .intent_refusal import restated
from .intent_reply_moods import gated_mood, part_mood
from .intent_similarity import (
    HELD,
    NARRATIVE,
    PROPOSED,
    QUESTION,
    REFLECTION,
    REQUEST,
    STATEMENT,
    Vectors,
)
from .memo import reading
from .negation import NEGATOR_WORDS, aside_spans, clause_spans, has_negator, is_negative
from .sentences import split_sentences
from .word_gates import words_of

Span = tuple[int, int]
Pieces = tuple[list[Span], Vectors, list[bool], list[int]]  # spans, vectors, negative, moods

_ALNUM = re.compile(r"[^\W_]")  # a letter or a digit: a sentence worth matching
# A sentence that only takes their words in ("OK.", "Fine.", "Right, sure.", "Deal.") before a question:
# the move is the question's ("OK. What if we launch them in Frankfurt?" proposes; it does not
# agree to what they asked). Before a statement it may be the agreement the statement spells out
# ("Fine. Spin them up in the US"): it is read with it, never alone (see cut); and a reply of
# nothing else makes no move.
_TAKEN_IN = re.compile(
    r"\W*(?:(?:ok(?:ay)?|fine|sure|right|alright|all right|yes|yeah|yep|got it|understood|fair"
    r"(?: enough)?|i see|noted|hm+|well|look|listen|deal|agreed|done)\W*)+",
    re.IGNORECASE,
)
# A leading subordinate clause, up to its comma ("Before I commit, ...", "If it's the year,
# ..."). In a question it is what the question depends on, not what it asks.
_LEADING_CLAUSE = re.compile(
    r"\W*(?:before|after|once|if|unless|because|as soon as|given)\b[^,;:?]*,\s*",
    re.IGNORECASE,
)

# A guess at the answer after a wh-question, behind a comma ("What's blocking you, is it staffing
# or scope?", "Why the delay, was it the audit?"): the question asks for the cause or the
# thing, and the guess only offers candidates, whose words dilute the question read whole.
_GUESS = re.compile(
    r",\s*(?:or\s+)?(?=(?:is|are|was|were|does|did|has)\s+(?:it|that|this|there|they)\b)",
    re.IGNORECASE,
)
_WH_OPENING = re.compile(
    r"\W*(?:(?:so|and|ok|okay|right|honestly)\W+)?(?:what|why|how|where|when|who|which)\b",
    re.IGNORECASE,
)

# the speaker in a leading clause ("If we sign for three years, ...")
_SPEAKER_IN = re.compile(r"\b(?:i|we|i['’](?:ll|m|d)|we['’](?:ll|re|d))\b", re.IGNORECASE)

# A frame that asks for the question after it ("Do you know what their team has to hit?",
# "Can you tell me more about why this came up now?", "Any idea who signed it off?"): the
# embedded question is what is asked, and the frame's words only dilute it.
_FRAME = re.compile(
    r"\W*(?:(?:so|and|ok|okay|also|just)\W+)?(?:(?:do|did) you (?:happen to )?know"
    r"|(?:do|did) you have (?:any|an) idea|(?:can|could|would) you (?:please )?(?:tell|show"
    r"|remind|explain to|walk) me(?: through)?(?: (?:a bit |a little )?more)?(?: about)?"
    r"|any idea|i(?:['’]m| am) (?:curious|wondering)(?: about)?|i was wondering"
    r"|help me understand|(?:please )?(?:tell|show) me(?: (?:a bit |a little )?more)?(?: about)?"
    r"|(?:walk|talk|take) me through|i(?:['’]d| would) (?:like|love) to (?:know|understand|hear)"
    r"|i want to (?:know|understand))\s+(?=(?:what|why|how|when|where|who|which|whose|whether)\b)",
    re.IGNORECASE,
)


@reading
def acknowledges_only(text: str) -> bool:
    """``text`` only takes the other side's words in ("OK.", "Sure.", "Yeah, fine."): it has no
    parts (see :func:`cut`)."""
    return _TAKEN_IN.fullmatch(text) is not None


def asked(text: str) -> str:
    """``text`` without a frame that asks for the question after it (see _FRAME): "Help me
    understand why it has to ship now" asks "why it has to ship now"."""
    frame = _FRAME.match(text)
    return text if frame is None else text[frame.end() :]


def cut(text: str) -> tuple[list[Span], list[bool], list[int]]:
    """The single parts of ``text``: their spans (no outer spaces), whether each holds a
    negation, and each one's mood (worked out once per part; most sentences hold no
    negator)."""
    spans: list[Span] = []
    negative: list[bool] = []
    moods: list[int] = []
    if acknowledges_only(text):
        # a reply that only takes their words in ("OK.", "Sure.", "Yeah, fine.") says nothing
        # of what it agrees to: it makes no move, whatever the examples hold
        return spans, negative, moods
    # polarity and mood read on the plain words of an idiom ("Nope." as "No.", "Why don't we
    # ...?" as "How about we ...?": see .intent_idioms); the same length, so the same spans
    text = plainly(text)
    sentences = split_sentences(text)
    for n, (a, b) in enumerate(sentences):
        sentence = text[a:b]
        if _ALNUM.search(sentence) is None:
            continue
        if (
            n + 1 < len(sentences)
            and text[: sentences[n + 1][1]].endswith("?")
            and acknowledges_only(sentence)
        ):
            continue
        traded = False  # a move of the speaker's in the clause left out
        if sentence.endswith("?"):
            # "Before I commit, is the board after the annual number?" asks its main clause
            lead = _LEADING_CLAUSE.match(sentence)
            if lead is not None:
                traded = _SPEAKER_IN.search(lead.group()) is not None
                a += lead.end()
                sentence = text[a:b]
        frame = _FRAME.match(sentence)  # "Do you know what ...?" asks "what ...?"
        if frame is not None:
            a += frame.end()
            sentence = text[a:b]
        guess = _GUESS.search(sentence) if sentence.endswith("?") else None
        if guess is not None and _WH_OPENING.match(sentence) and not has_negator(sentence):
            # "What's blocking you, is it staffing or scope?": the question, then a guess at
            # its answer, each a question of its own (and read together as a pair)
            for x, y in ((a, a + guess.start()), (a + guess.end(), b)):
                piece = text[x:y] if text[x:y].endswith("?") else f"{text[x:y]}?"
                spans.append((x, y))
                negative.append(False)
                moods.append(gated_mood(piece, False, words_of(piece)))
            continue
        if acknowledges_only(sentence):
            # "Deal." or "Fine." before a statement: read with it (the pair of the two), never
            # as a move of its own ("Deal. I'll send you the plan" commits; "Deal." alone would
            # meet "OK, take the full 30%" by its assent): a part that makes no move, NARRATIVE,
            # which pairs with a statement as a statement
            spans.append((a, b))
            negative.append(False)
            moods.append(NARRATIVE)
            continue
        # the sentence's words, read once for the negator check and its mood's gates
        words = words_of(sentence)
        # "Let's phase it so the launch isn't hit": the negation is what the move is for
        negated = (
            not words.isdisjoint(NEGATOR_WORDS)
            and has_negator(sentence)
            and not negation_only_in_purpose(sentence)
            and not bounded(sentence)  # "Not the whole week, but some of it, sure"
        )
        sentence_mood = None  # read once: a sentence left whole is not read again below
        if not negated:
            sentence_mood = gated_mood(sentence, False, words)
            if sentence_mood < REFLECTION:
                spans.append((a, b))
                negative.append(False)
                moods.append(sentence_mood)
                continue
        # a negation, or a reflection or a story that may go on to a move ("It sounds
        # like you're stretched, so let's move the report"): each clause on its own, and a
        # verbless aside ("..., not two complaints") apart from the clause it follows
        clauses = [c for x, y in clause_spans(text, a, b) for c in aside_spans(text, x, y)]
        pieces = clauses if len(clauses) > 1 else [(a, b)]
        spans += pieces
        for x, y in pieces:
            piece = text[x:y].strip()
            if x > a and purpose_clause(text[a:x], piece):
                # "We'll cover the weekend, so nobody is left without cover": what the move
                # is for, no move of its own, read with the move before it
                negative.append(False)
                moods.append(NARRATIVE)
                continue
            # a sentence left whole was read above: its negators are not counted again
            negated_piece = (
                negated
                if piece == sentence
                else is_negative(piece) and not negation_only_in_purpose(piece)
            )
            negative.append(negated_piece)
            piece_mood = (
                sentence_mood
                if sentence_mood is not None and piece == sentence
                else part_mood(piece, negated_piece)
            )
            # "If we sign for three years, can you keep this year's price?" trades
            moods.append(QUESTION if traded and piece_mood == REQUEST else piece_mood)
    if len(spans) > 1 and any(negative):
        # the rule restated after a no holds the no (HELD): "The answer is still no. They get
        # the standard cap like every other customer." meets a refusing example in full
        held = restated(text, spans)
        if held is not None:
            moods = [HELD if h and m == STATEMENT else m for h, m in zip(held, moods, strict=True)]
    return spans, negative, moods


def with_pairs(
    spans: list[Span], vectors: Vectors, negative: list[bool], moods: list[int]
) -> Pieces:
    """The single parts (``vectors``: their encoded rows), then every pair of neighbours of
    one polarity and moods that are :func:`pairable`. A question and the statement after it
    ask and say different things ("Before I commit, is it the annual number? If so, we
    phase."), so they stay apart."""
    pairs = [
        i
        for i in range(len(spans) - 1)
        if negative[i] == negative[i + 1] and pairable(moods[i], moods[i + 1])
    ]
    if pairs:
        after = [i + 1 for i in pairs]
        joined = vectors[pairs] + vectors[after]
        joined /= np.maximum(np.sqrt(np.einsum("ij,ij->i", joined, joined)), 1e-9)[:, None]
        vectors = np.concatenate([vectors, joined])
        spans = spans + [(spans[i][0], spans[i + 1][1]) for i in pairs]
        negative = negative + [negative[i] for i in pairs]
        moods = moods + [_pair_mood(moods[i], moods[i + 1]) for i in pairs]
    return spans, vectors, negative, moods


def _pair_mood(first: int, second: int) -> int:
    """The mood two neighbouring parts are read with together: theirs when they share it, a
    question when both ask or put a move forward as questions, else a statement."""
    if first == second:
        return first
    if {first, second} == {QUESTION, PROPOSED}:
        return PROPOSED
    return STATEMENT


def pairable(first: int, second: int) -> bool:
    """Neighbouring parts of these moods are also read together: parts of one mood, and a
    story beside a statement, read as a statement ("You promised last week. Deliver it.")."""
    first, second = (
        STATEMENT if m == HELD else QUESTION if m == PROPOSED else m for m in (first, second)
    )
    return first == second or {first, second} == {STATEMENT, NARRATIVE}
