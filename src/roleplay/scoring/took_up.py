"""Rule 390 (docs/scoring.md): the part of their line that is their point, taken up.

A long line holds many things, and one of them is what the speaker came to say. Their own
wording marks it: the part after a "but" or a "though" that turns the line ("Everyone keeps
saying enjoy it, you've earned it. But I wake up at six and there's nothing ..."; "i dont even
know if im allowed to be upset about it, its her wedding. but it really hurts"), a sentence that
names its own weight ("The thing is ...", "What really gets me is ..."), or what they set aside
to make it (rules 280-282, `focal.py`). Two decent replies often differ only here: one hands
back that part ("It sounds like not being asked hurts, and so does hearing it from Instagram");
the other asks about a detail beside it ("Do you know who the four are?"), which the scorer
credited as a question about what matters to them.

`their_point` reads the line's shape by wording and returns (their point, the rest of the line):
what they set aside before it (`focal_split`), the sentences before a sentence that opens on a
turn, or the clause before a "but" / "though" in one of their last two sentences. A line with
no such turn has no marked point (a question they end with or a fear they name measured no
better than chance, see the rule's entry).

A reply sentence takes up their point when the encoder finds it at least `CLOSE` to the point
and closer to it than to the rest of the line by `MARGIN`, and it is said to them in part in
words of its own: not a repeat, not a sentence the encoder reads clearly as a costly act
(dismissal, blame, sarcasm ...), not advice or an interrogation, not their words alone. It earns
`TOOK_UP_UNITS` listening once per reply (`took up what they said matters`); a hostile reply or
one stuffed with stock moves earns nothing here.
"""

from __future__ import annotations

import re

from roleplay.nlp import EncodingCache, split_sentences
from roleplay.scoring.focal import focal_split
from roleplay.scoring.fragments import content_stems, partner_stems
from roleplay.scoring.partner_lines import per_partner_line
from roleplay.scoring.question_focus import WH_OPENING
from roleplay.scoring.restated import NOT_THEIRS, REASSURING
from roleplay.scoring.sentence_checks import clearly_costly, is_stock
from roleplay.scoring.sentences import NEGATIVE_ACTS, Sentence
from roleplay.scoring.types import Dimension
from roleplay.scoring.wording import about_the_speaker, general_statement

TOOK_UP_REASON = "took up what they said matters"
# in cue units (about +8 listening): less than a restatement of their point (rule 190), which
# a sentence that takes up their point often earns as well
TOOK_UP_UNITS: dict[Dimension, float] = {"listening": 0.9}
CLOSE = 0.55  # the least closeness of a reply sentence to their point
MARGIN = 0.05  # ... and how much closer to it than to the rest of their line
# acts that take nothing up, however faintly the encoder reads them: advice, interrogation and
# every costly act (a dismissal or a brush-off close to their point plays it down)
_NOT_TAKEN = NEGATIVE_ACTS | {"advice", "interrogation"}

# a sentence that opens on a turn, or names its own weight
_OPENS_ON_TURN = re.compile(
    r"^\W*(?:and |so )?(?:but|though|however|yet|the (?:real |main )?thing is|"
    r"what (?:i really|really (?:gets|bothers|hurts|gets to) (?:me|us)))\b",
    re.IGNORECASE,
)
# a clause that turns inside a sentence: "..., but it really hurts", "... though I know ..."
_INNER_TURN = re.compile(r"(?:[,;:]\s*|\s+)(?:but|though)\s+(?=\w)", re.IGNORECASE)
INNER_SENTENCES = 2  # an inner turn marks their point only in one of their last sentences
MIN_WORDS = 2  # their point and the rest of the line are at least this many words
# how it will turn out, not what they said: "it'll all work out", "things will get easier",
# "that isn't going to end your career", "don't worry"
_FORETOLD = re.compile(
    r"\b(?:isn'?t|is not|aren'?t|are not|wasn'?t) going to\b|\bwon'?t\b|\bwill not\b|"
    r"(?:'ll|\bwill) (?:all |soon |probably |definitely )?(?:work out|be (?:fine|ok|okay|alright|all "
    r"right)|get (?:easier|better)|pass|come round|sort itself)\b|"
    r"\bdon'?t (?:worry|stress|panic|beat yourself)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[a-z0-9]+(?:'[a-z]+)?", re.IGNORECASE)


def _enough(text: str) -> bool:
    return len(_WORDS.findall(text)) >= MIN_WORDS


@per_partner_line
def their_point(partner: str) -> tuple[str, str] | None:
    """(their point, the rest of their line), or None when the line marks no point (module
    docstring). Read once per partner line."""
    shape = focal_split(partner)
    if shape is not None:
        aside, point = shape
        return point, aside
    texts = [partner[a:b].strip() for a, b in split_sentences(partner)]
    for i in range(len(texts) - 1, 0, -1):  # the last sentence that opens on a turn
        if _OPENS_ON_TURN.search(texts[i]):
            point, rest = " ".join(texts[i:]), " ".join(texts[:i])
            return (point, rest) if _enough(point) and _enough(rest) else None
    for i in range(len(texts) - 1, max(len(texts) - 1 - INNER_SENTENCES, -1), -1):
        turns = list(_INNER_TURN.finditer(texts[i]))
        if turns:
            last = turns[-1]
            point = " ".join([texts[i][last.end() :], *texts[i + 1 :]])
            rest = " ".join([*texts[:i], texts[i][: last.start()]])
            return (point, rest) if _enough(point) and _enough(rest) else None
    return None


def took_up(
    sentences: list[Sentence], partner: str, hostile: bool, cache: EncodingCache
) -> Sentence | None:
    """The reply sentence that takes up their point most closely (None: none does, or their
    line marks no point)."""
    if hostile or not partner.strip() or any(clearly_costly(s) for s in sentences):
        return None  # their point taken up, then dismissed or blamed, is not listening
    shape = their_point(partner)
    if shape is None:
        return None
    theirs = partner_stems(partner)
    said = [
        s
        for s in sentences
        if not s.repeat
        and s.act.act not in _NOT_TAKEN
        and not is_stock(s)
        # a suggestion, a prediction, a verdict or reassurance hands their point back as
        # something else ("You'll get through this", "It's not your fault")
        and NOT_THEIRS.search(s.text) is None
        and REASSURING.search(s.text) is None
        and _FORETOLD.search(s.text) is None
        # the speaker's own side or a truth about anyone is not their point taken up
        and not about_the_speaker(s.text)
        and not general_statement(s.text)
        # a question takes up their point when it opens it ("What would you want people to
        # say instead?"); a yes / no question checks a detail ("Have you taken any time off?")
        and (not s.text.rstrip().endswith("?") or WH_OPENING.search(s.text) is not None)
        and content_stems(s.text) - theirs  # words of its own, not their line handed back
    ]
    if not said:
        return None
    rows = cache.encode([*(s.text for s in said), *shape])
    near = rows[:-2] @ rows[-2:].T
    best: tuple[float, Sentence] | None = None
    for s, (point, rest) in zip(said, near, strict=True):
        if point >= CLOSE and point - rest >= MARGIN and (best is None or point > best[0]):
            best = (float(point), s)
    return None if best is None else best[1]
