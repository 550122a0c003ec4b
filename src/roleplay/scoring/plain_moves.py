"""Stock moves alone, and plain moves the scorer underrated (docs/scoring.md rules 111-114).

- 111: a reply made only of stock words ("I understand your concern.", "What matters most to
  you?", "I hear your concern, thanks for raising it.") takes up nothing the partner said,
  however exactly its stock noun fits their line: it engages only by answering their request,
  restating a feeling of theirs or a move of its own (an act that engages); its stock credits (a
  named concern, their point of view acknowledged, a stock question about what matters) earn
  the unengaged share. A feeling word ("stressed", "upset"), a validation ("the same", "makes
  sense") or any word of matter ("Thursday", "ninety") is no stock word, and a question about
  what they need ("What do you need most?") elicits their preference in a negotiation: it is
  no stock sentence ("Let me know if you need anything." is).
- 112: how hard it is, named in a feeling word that is not a stock one ("That sounds awkward",
  "That must be draining"), fits their line, not any line: it engages as a specific
  acknowledgement does, and the `difficulty` cue reads more plain feeling words and the effort
  it took ("Ninety days is real work", "That takes guts").
- 113: care for them ("I'd hate to see you burn out") that the encoder read, without a clear
  margin, as advice or a dismissal wishes them well; the `care` cue reads "I'd hate to see you
  ...".
"""

from __future__ import annotations

import re
from dataclasses import replace

from roleplay.scoring.acts import SentenceAct
from roleplay.scoring.semantic_rules import GENERIC_WORDS, SPECIFIC_LENGTH, WORDS
from roleplay.scoring.sentences import NEGATIVE_ACTS, Sentence, sentence_at
from roleplay.scoring.stock_ack import stock_sentence
from roleplay.scoring.types import Evidence

_CUE_STRENGTH = 0.8  # as clear as a move named by its wording (sentences.py)
_WORDS = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")

# the stock credits of such a reply: they fit any line
BARE_SHARED = frozenset(
    {
        "interest_question",
        "acknowledged_view",
        "reflection",
        "emotion_match",
        "emotion_label",
        "paraphrase",
        "interest_statement",
        "open_question",
    }
)


def stock_only(sentences: list[Sentence]) -> bool:
    """Every sentence said once is made of stock words alone (rule 111)."""
    said = [s for s in sentences if not s.repeat]
    return bool(said) and all(stock_sentence(s.text) for s in said)


# -- 112: their feeling named in a plain word of its own ------------------------------------
_OPENER_WORDS = frozenset({"sounds", "seems", "must", "that's", "thats", "quite", "pretty"})


def names_it_plainly(cues: list[tuple[str, Evidence]], sentences: list[Sentence]) -> bool:
    """An acknowledgement of how hard it is in a feeling word that is not a stock one ("That
    sounds awkward", "That must be draining", not "That sounds really hard"): it fits their
    line, not any line (rule 112)."""
    for f, e in cues:
        if f != "difficulty" or e.points <= 0 or e.span is None:
            continue
        home = sentence_at(sentences, e.span)
        if home is None or home.repeat or home.act.act in NEGATIVE_ACTS:
            continue
        words = WORDS.findall(home.text[e.span[0] - home.start : e.span[1] - home.start])
        if any(
            len(w) >= SPECIFIC_LENGTH
            and w.lower() not in GENERIC_WORDS
            and w.lower() not in _OPENER_WORDS
            for w in words
        ):
            return True
    return False


# -- 113: care for them is no advice ------------------------------------------------------------
_CARED_ACTS = frozenset({"advice", "undervalue", "dismissal"})


_HATE_TO_SEE = re.compile(r"\bi(?:'d| would) hate (?:to see you|for you to)\b", re.I)


def cared_for(
    sentences: list[Sentence], cues: list[tuple[str, Evidence]], clear_margin: float
) -> tuple[list[Sentence], bool]:
    """A sentence that holds an offer of support or care for them ("I'd hate to see you burn
    out", "I'd hate for you to go through that alone") that the encoder read, without a clear
    margin, as advice or a dismissal, wishes them well (rule 113). True with them when a
    sentence names the harm it would hate to see them come to: it engages with their line."""
    caring = {
        home.start
        for f, e in cues
        if f == "care" and e.points > 0 and (home := sentence_at(sentences, e.span)) is not None
    }
    if not caring:
        return sentences, False
    out = [
        replace(s, act=SentenceAct("well_wish", _CUE_STRENGTH, 0.0, 0.0))
        if s.start in caring
        and s.act.act in _CARED_ACTS
        and s.act.margin < clear_margin
        and s.act.similarity < 1.0  # not advice by its wording
        else s
        for s in sentences
    ]
    named = any(
        s.start in caring and not s.repeat and _HATE_TO_SEE.search(s.text) is not None for s in out
    )
    return out, named
