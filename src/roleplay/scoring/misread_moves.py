"""Moves the scorer read as their opposite (docs/scoring.md rules 104-110).

Found on new partner lines (issue 11's known defects) and written as wording that holds in any
domain:

- 104: "Why don't we / why don't I ...?" is a proposal or an offer put as a question, not advice
  ("Why don't you ...?" still is). It earns no "asked about their needs" either: it asks nothing.
- 105: an ultimatum is no offer: "I'll walk away unless you drop the fee" commits to nothing for
  them, whatever "I'll" opens it.
- 106: "It sounds like he should ring the hospital" is a view of what a third party should do,
  not a restatement of theirs: the reflective opener earns nothing there.
- 107: a promise not to harm them ("I won't report you, I promise", "I'm not going to tell
  anyone") reassures; it refuses nothing they asked for.
- 108: their feeling judged pointless ("Resenting things you chose is a waste of energy",
  "There's no point being angry about it now") dismisses it, however exactly it names it.
- 109: a claim that their need is already met ("You already have plenty of time with them")
  plays it down; it restates nothing of theirs.
- 110: a term of abuse aimed at a third party who wronged them, in sympathy ("What an idiot, I'm
  sorry he did that to you"), takes their side; and sympathy that points at what someone did to
  them ("I'm sorry he did that") takes up their story, though it names none of its words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from roleplay.scoring.acts import SentenceAct
from roleplay.scoring.misread_hits import sides_with_them, story_after_knowing
from roleplay.scoring.semantic_rules import ACK_ACTS
from roleplay.scoring.sentences import Sentence, sentence_at
from roleplay.scoring.types import Evidence

CUE_ACT_STRENGTH = 0.8  # as clear as a move named by its wording (sentences.py)

# -- 104: "Why don't we / I ...?" ---------------------------------------------------------------
_WHY_DONT = re.compile(
    r"^\W*(?:(?:so|and|but|well|ok|okay|then|look)\W+)*why (?:don't|do not|dont) (we|i)\b", re.I
)
_ASKING_CUES = frozenset({"open_question", "interest_question"})


def why_dont_act(text: str) -> str | None:
    """ "proposal" for "Why don't we ...?", "offer_help" for "Why don't I ...?", else None."""
    if not text.rstrip().endswith("?"):
        return None
    m = _WHY_DONT.match(text)
    if m is None:
        return None
    return "proposal" if m.group(1).lower() == "we" else "offer_help"


# -- 105: an ultimatum offers nothing -------------------------------------------------------------
_NOT_OFFERED_ACTS = frozenset({"offer_help", "proposal", "trade", "concession"})
THREATENING_CUES = frozenset({"ultimatum"})

# -- 106: a reflective opener on what a third party should do -----------------------------------
_THIRD_SHOULD = re.compile(
    r"^\W*(?:so,? |and |ok(?:ay)?,? )?(?:it )?(?:sounds|seems|looks) like (?:(?:he|she|they)|"
    r"(?:your|the|his|her|their) (?:\w+ ){0,2}?\w+)(?:'d| would)? (?:really |probably |just |"
    r"definitely )?(?:should|shouldn't|needs? to|ought to|has to|have to|must|had better|"
    r"'d better)\b",
    re.I,
)


def third_party_should(text: str) -> bool:
    """ "It sounds like he should ring the hospital": what a third party should do."""
    return _THIRD_SHOULD.search(text) is not None


# -- 108: their feeling judged pointless ---------------------------------------------------------
_FEELING = (
    r"(?:resent(?:ing|ment)?|worry(?:ing)?|regret(?:ting)?|dwelling(?: on \w+)?|stressing|"
    r"crying|guilt|anger|bitterness|beating yourself up|"
    r"(?:being|feeling|getting|staying) (?:so |that |this )?(?:angry|upset|sad|bitter|annoyed|"
    r"jealous|scared|afraid|anxious|worried|guilty|bad|hurt|resentful|sorry for yourself|"
    r"worked up|down|offended|embarrassed|ashamed|stressed|frustrated|mad))"
)
_JUDGED = re.compile(
    r"^\W*(?:honestly,? |look,? |but |and |so )?" + _FEELING + r"\b[^.!?]{0,60}?\b(?:is|are|was|"
    r"isn't|'s) (?:just |really |honestly |totally |simply )?(?:a (?:total |complete )?waste"
    r"|pointless|useless|no use|no good|not worth it|silly|unnecessary|a choice|self-indulgent)\b|"
    r"^\W*(?:honestly,? |look,? |but |and |so )?" + _FEELING + r"\b[^.!?]{0,60}?\b(?:won't|will "
    r"not|doesn't|does not|isn't going to|never) (?:change|help|fix|bring|solve|get you)\b|"
    r"\b(?:there's|there is|it's|it is) (?:no|little) (?:point|use|sense) (?:in )?" + _FEELING,
    re.I,
)
_DISMISSAL = SentenceAct("dismissal", CUE_ACT_STRENGTH, 1.0, 1.0)
# the credit a dismissed feeling's words earned: naming it is no acknowledgement there
_NAMING_CUES = frozenset(
    {"emotion_label", "emotion_match", "paraphrase", "reflection", "key_point", "difficulty"}
)


def judges_feeling(text: str) -> bool:
    """ "Resenting things you chose is a waste of energy", "Worrying won't change the result"."""
    return _JUDGED.search(text) is not None


def reread(
    sentences: list[Sentence], cues: list[tuple[str, Evidence]]
) -> tuple[list[Sentence], list[tuple[str, Evidence]]]:
    """The sentences and cues with rules 104-106, 108 and 109 applied."""
    threats = {
        home.start
        for f, e in cues
        if f in THREATENING_CUES and e.points < 0 and (home := sentence_at(sentences, e.span))
    }
    played_down = {
        home.start
        for f, e in cues
        if f == "undervalue" and e.points < 0 and (home := sentence_at(sentences, e.span))
    }
    asking: set[int] = set()
    judged: set[int] = set()
    advising: set[int] = set()
    out: list[Sentence] = []
    for s in sentences:
        act = why_dont_act(s.text)
        if act is not None:
            s = replace(s, act=SentenceAct(act, CUE_ACT_STRENGTH, 0.0, 0.0))  # 104
            asking.add(s.start)
        elif s.start in threats and s.act.act in _NOT_OFFERED_ACTS:
            s = s.without_act()  # 105
        elif third_party_should(s.text):
            if s.act.act == "reflection":
                s = s.without_act()  # 106
            advising.add(s.start)
        elif judges_feeling(s.text):
            s = replace(s, act=_DISMISSAL)  # 108
            judged.add(s.start)
        elif s.start in played_down and s.act.act == "reflection":
            s = s.without_act()  # 109
        elif s.act.act in ACK_ACTS | {"reflection"} and story_after_knowing(s.text.lower()):
            s = s.without_act()  # 115: "I know how you feel, I lost my cat last year"
        out.append(s)
    if not (asking or judged or advising or played_down):
        return out, cues

    def kept(f: str, e: Evidence) -> bool:
        home = sentence_at(out, e.span)
        if home is None or e.points <= 0:
            return True
        if home.start in asking and f in _ASKING_CUES:
            return False
        if home.start in advising and f == "reflection":
            return False
        if home.start in judged and f in _NAMING_CUES:
            return False
        return not (home.start in played_down and f in ("paraphrase", "key_point"))

    return out, [(f, e) for f, e in cues if kept(f, e)]


def points_at_their_story(sentences: list[Sentence]) -> Sentence | None:
    """The first sentence of sympathy for what someone did to them ("I'm sorry he did that")."""
    for s in sentences:
        if not s.repeat and sides_with_them(s.text.lower()):
            return s
    return None


def threatens(s: Sentence, cues: list[tuple[str, Evidence]]) -> bool:
    """The sentence holds an ultimatum: it answers no request (105)."""
    return any(
        f in THREATENING_CUES and e.points < 0 and sentence_at([s], e.span) is not None
        for f, e in cues
    )
