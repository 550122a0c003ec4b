"""An acknowledgement is not a dismissal: the cue layer's reading of a sentence overrules the
encoder's costly act when the two contradict each other.

The act bank's dismissal and undervaluing examples share words with plain acknowledgements:
"That's a lot to deal with." sits next to "No big deal, deal with it", "I see your point that
everyone can lie" next to "I see your point, but it's nothing". When the cue layer reads the
same sentence as an un-negated acknowledgement of them - their difficulty ("That's a lot to deal
with", "That sounds rough"), their feeling, their point of view ("I understand your point, but
we cannot dismiss the issue"), understanding or sympathy - the sentence does not dismiss them or
play their need down, and the costly act counts for nothing (the acknowledgement keeps its own
credit). Unless the sentence also makes it smaller - "at least", "it's not that bad", "no big
deal", a silver lining, or a comparison with everyone ("Everyone has a lot to deal with") - in
which case the dismissal stands. Hostile acts (insult, threat, sarcasm, blame, condescension)
and the speaker's pivot to their own story (`self_focus`) keep their own rules: a warm word
does not excuse them ("Oh no, three whole projects, however will you survive" stays sarcasm;
`sentence_checks.sincere` decides that case from the cue layer's sarcasm reading).
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.semantic_rules import HOSTILE_FEATURES
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.severity import MINIMISES
from roleplay.scoring.types import Evidence

# costly acts a plain acknowledgement contradicts
OVERRULED_ACTS = frozenset({"dismissal", "undervalue"})
# cue features that acknowledge them: their difficulty, feeling or point of view, understanding,
# sympathy, support (not agreement, shared framing, rapport, thanks or an apology: those say
# nothing of their difficulty, and "Sorry, I can't" refuses)
THEIR_ACK_FEATURES = frozenset(
    {
        "difficulty",
        "sympathy",
        "emotion_label",
        "care",
    }
)
MINIMISING_FEATURE = "minimising"  # the cue layer's silver lining or premature reassurance
# a comparison that makes theirs ordinary: "everyone has a lot to deal with", "we all go through
# it", "lots of people fail", "like everyone else" (not "everyone can lie", a point of theirs restated)
COMPARES = caseless(
    r"\b(?:everyone|everybody|we all|all of us|lots of people|loads of people|plenty of people|"
    r"most people|other people)\b(?: [a-z']+)?\s+"
    r"(?:has|have|gets?|goes through|go through|deals? with|feels?|is|are|does|do|fails?|"
    r"struggles?|copes?|manages?)\b"
    r"|\blike (?:everyone|everybody) else\b|\blike the rest of us\b"
)


# "yes, but": an acknowledgement in a sentence that turns against it
TURNS = caseless(r"\b(?:but|however|though|although|while|whereas|yet)\b")


def minimises(text: str) -> bool:
    """The sentence makes what happened to them smaller or ordinary, or turns against its own
    acknowledgement."""
    return (
        MINIMISES.search(text) is not None
        or COMPARES.search(text) is not None
        or TURNS.search(text) is not None
    )


def not_dismissing(sentences: list[Sentence], cues: list[tuple[str, Evidence]]) -> list[Sentence]:
    """The sentences, with a dismissal or undervaluing act dropped where the cue layer reads the
    same sentence as an un-negated acknowledgement of them and the sentence neither minimises
    nor carries a hostile or minimising cue."""
    if not any(s.act.act in OVERRULED_ACTS for s in sentences):
        return sentences  # the common case: nothing to overrule
    acked: set[int] = set()
    kept: set[int] = set()
    for f, e in cues:
        home = sentence_at(sentences, e.span)
        if home is None or home.act.act not in OVERRULED_ACTS:
            continue
        if f in THEIR_ACK_FEATURES and e.points > 0:
            acked.add(home.start)
        elif e.points < 0 and (f in HOSTILE_FEATURES or f == MINIMISING_FEATURE):
            kept.add(home.start)
    return [
        s.without_act() if s.start in acked and s.start not in kept and not minimises(s.text) else s
        for s in sentences
    ]
