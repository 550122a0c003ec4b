"""Feelings a reply names as the partner's ("sounds stressful", "you must be frustrated").

A feeling word of the lexicon counts as named for them when a word that attributes it comes
shortly before it in its sentence ("sounds", "you must be"; "so" and "how" only right before
it) with no word of the speaker's own in between, or "you" right after it ("frustrating for
you"); not when it is negated. It must be the
partner's feeling: not one a third party reported to the speaker ("two juniors told me they're
nervous"), and a feeling of "they"/"she" only when the partner's line speaks of other people.
A named feeling that is the scenario state's emotion or one the partner's line names is also a
match (`emotion_match`, once per reply).
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.lexicon import Lexicon
from roleplay.scoring.text import (
    WORD_AND_START,
    PreparedText,
    Token,
    ascii_lower,
    is_negated,
    sentence_of,
    snippet,
    tokens_before,
)
from roleplay.scoring.types import ScoreInput

# Attribution words that attribute a feeling only right before it ("so frustrating", "how
# scary"); further back they join clauses ("so it actually makes stress worse").
_NEXT_TO_FEELING = frozenset({"so", "how"})
# Rule 257: a feeling word that names a service or a thing for it ("a grief support group", "an
# anger management course", "an anxiety app") names no feeling of theirs: it is what the advice
# is about.
SERVICE_AFTER = re.compile(
    r"\s+(?:support|management|counsel+or|counsel+ing|therapy|therapist|group|groups|course|"
    r"courses|class|classes|app|apps|clinic|service|services|workshop|programme|program|"
    r"helpline|hotline|charity|charities|specialist|leaflet|book|books|meds|medication|"
    r"tablets|pills|nurse|team|coach|coaching)\b"
)


def emotion_hits(
    text: PreparedText,
    feelings: list[tuple[str, int, int]],
    item: ScoreInput,
    partner_tokens: tuple[Token, ...],
    lexicon: Lexicon,
) -> list[Hit]:
    """Feelings the reply names *as theirs* ("sounds stressful", "you must be frustrated"),
    and whether one is the feeling of the scenario state or of the partner's line."""
    targets: dict[str, str] = {}
    if item.emotion:
        cat = lexicon.emotion_category(item.emotion)
        if cat is not None:
            targets[cat] = lexicon.emotion_names.get(cat, cat)
    if feelings and partner_tokens:
        partner_words = map(WORD_AND_START, partner_tokens)
        for cat, _, _ in lexicon.emotion_index.scan(ascii_lower(item.partner), partner_words):
            targets.setdefault(cat, lexicon.emotion_names.get(cat, cat))
    hits: list[Hit] = []
    for cat, start, end in feelings:
        sentence = sentence_of(text, start)
        i, j = tokens_before(text, start), tokens_before(text, end)
        before = [t for t in text.tokens[max(0, i - 6) : i] if t.start >= sentence[0]]
        after = [t for t in text.tokens[j : j + 2] if t.start < sentence[1]]
        anchor: int | None = None
        for t in reversed(before):
            if t.text in lexicon.self_words:
                break
            if t.text in _NEXT_TO_FEELING and t is not before[-1]:
                continue  # "so frustrating", not "so it makes stress worse"
            if t.text in lexicon.attribution:
                anchor = t.start
                break
        if anchor is None and any(t.text in ("you", "u") for t in after):
            anchor = start
        if anchor is None or is_negated(text, start):
            continue
        if SERVICE_AFTER.match(text.lower, end):
            continue  # "a grief support group" (rule 257)
        if not _partners_feeling(text, anchor, sentence, partner_tokens):
            continue  # a third party's feeling: empathy is toward the partner
        label = snippet(text.original, anchor, end)
        hits.append(Hit("emotion_label", anchor, end, label))
        if cat in targets and not any(h.feature == "emotion_match" for h in hits):
            hits.append(Hit("emotion_match", anchor, end, label, detail=targets[cat]))
    return hits


THIRD_PERSON = frozenset({"they", "they're", "theyre", "them", "he", "she", "he's", "she's"})
# Words by which a partner's line speaks of other people (then "they" can be theirs).
OTHERS = THIRD_PERSON | frozenset(
    """their theirs his her him team teams staff people everyone kids children family colleagues
    engineers juniors customers patients students users clients members folks guys crew
    department son daughter wife husband partner mum mom dad father mother parents""".split()
)
REPORTED = frozenset({"told", "tell", "tells", "said", "says", "mentioned", "mentions"})


def _partners_feeling(
    text: PreparedText, anchor: int, sentence: tuple[int, int], partner: tuple[Token, ...]
) -> bool:
    """Whether a feeling anchored at `anchor` is the partner's: not one a third party reported
    to the speaker ("two juniors told me they're nervous"), and a feeling of "they"/"she" only
    when the partner's line speaks of other people (their team, their kids)."""
    i = tokens_before(text, anchor)
    before = [t for t in text.tokens[:i] if t.start >= sentence[0]]
    for k, t in enumerate(before):
        if t.text in REPORTED and (k == 0 or before[k - 1].text not in ("you", "u")):
            return False
    if i < len(text.tokens) and text.tokens[i].text in THIRD_PERSON:
        return any(t.text in OTHERS for t in partner)
    return True
