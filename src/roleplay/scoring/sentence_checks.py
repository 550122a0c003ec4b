"""Checks on a reply's sentences that the semantic scorer's anti-gaming and engagement rules
use (semantic.py): stock phrases, sincere warmth, engaging acts, specific acknowledgements and
clear costly acts."""

from __future__ import annotations

from roleplay.scoring.semantic_rules import (
    ACK_ACTS,
    ACK_FEATURES,
    CURIOUS_ACTS,
    ENGAGE_ACTS,
    GENERIC_WORDS,
    HOSTILE_FEATURES,
    NAMING_ACTS,
    NAMING_STRENGTH,
    NEGATIVE_MARGIN,
    NEGATIVE_SIMILARITY,
    NEGATIVE_WORDS,
    SPECIFIC_LENGTH,
    STOCK_STRENGTH,
    WORDS,
)
from roleplay.scoring.sentences import NEGATIVE_ACTS, Sentence, sentence_at
from roleplay.scoring.types import Evidence
from roleplay.scoring.wording import EXCLAIMED, about_the_speaker


def is_stock(sentence: Sentence | None) -> bool:
    return (
        sentence is not None
        and sentence.act.act == "stock_phrase"
        and sentence.act.strength >= STOCK_STRENGTH
    )


def plain_statement(s: Sentence) -> bool:
    """A sentence of the speaker's own that states something: not a repeat, not a stock phrase,
    not a question (the sentences the reply-level rules read a move from)."""
    return not (s.repeat or is_stock(s) or s.text.rstrip().endswith("?"))


def sincere(sentences: list[Sentence], cues: list[tuple[str, Evidence]]) -> list[Sentence]:
    """The encoder reads "Oh no, that's not good" close to mocking "Oh no, a few bugs, however
    will you survive". The cue layer cancels warm words next to sarcastic phrasing, so a warm
    cue that survived in a sentence means the cue layer found no mockery there: the sentence
    is not read as sarcasm."""
    warm = {
        home.start
        for f, e in cues
        if f in ACK_FEATURES and e.points > 0 and (home := sentence_at(sentences, e.span))
    }
    return [s.without_act() if s.act.act == "sarcasm" and s.start in warm else s for s in sentences]


def engages(s: Sentence) -> bool:
    """A sentence that performs an engaging act (not a repeat)."""
    return not s.repeat and s.act.act in ENGAGE_ACTS


def specific_ack(e: Evidence, sentences: list[Sentence]) -> bool:
    """An acknowledgement that names something of theirs: its sentence (not a stock phrase or
    a repeat) has a longer word of its own outside the acknowledging words ("That's
    frustrating after all the reporting you put in")."""
    home = sentence_at(sentences, e.span)
    if home is None or home.repeat or is_stock(home) or e.span is None:
        return False
    rest = home.text[: e.span[0] - home.start] + " " + home.text[e.span[1] - home.start :]
    return names_something(rest)


def names_their_feeling(s: Sentence) -> bool:
    """A clear acknowledgement or affirmation act (not a stock phrase, not a repeat, not a
    sentence about the speaker alone) that names something of theirs in a longer word of its own
    ("That panic before exams is horrible", "You clearly care about this friendship"), not a
    generic "That sounds really hard"; an exclamation over what happened to them ("What an
    awful thing to come home to") points at it whatever its words."""
    return (
        not s.repeat
        and s.act.act in NAMING_ACTS
        and s.act.strength >= NAMING_STRENGTH
        and not about_the_speaker(s.text)
        and (names_something(s.text) or EXCLAIMED.search(s.text) is not None)
    )


def names_something(text: str) -> bool:
    """A longer word that is not a generic acknowledging word ("after all the reporting you
    put in", "that panic before exams")."""
    return any(
        len(w) >= SPECIFIC_LENGTH and w.lower() not in GENERIC_WORDS for w in WORDS.findall(text)
    )


def clear_negative(s: Sentence, similarity: float, margin: float) -> bool:
    return s.act.similarity >= similarity and s.act.margin >= margin and s.words >= NEGATIVE_WORDS


def clearly_costly(s: Sentence) -> bool:
    """The sentence is a threat, blame, dismissal or another costly act, as clear as a costly
    act must be to cost points: no credit for a move rests on it."""
    return s.act.act in NEGATIVE_ACTS and clear_negative(s, NEGATIVE_SIMILARITY, NEGATIVE_MARGIN)


def not_curious_when_attacking(
    sentences: list[Sentence], cues: list[tuple[str, Evidence]]
) -> list[Sentence]:
    """A question that holds an attack ("What right do you have to suggest his removal?", "How
    can you say that ...?") is not a curious question, whatever the encoder read; nor is a
    sentence that holds contempt for their request or view an acknowledgement ("Honestly this
    is a stupid request but we can phase it.", rule 55)."""
    attacking = [
        e.span[0] for f, e in cues if f in HOSTILE_FEATURES and e.points < 0 and e.span is not None
    ]
    if not attacking:
        return sentences
    return [
        s.without_act()
        if s.act.act in CURIOUS_ACTS | ACK_ACTS and any(s.start <= a < s.end for a in attacking)
        else s
        for s in sentences
    ]
