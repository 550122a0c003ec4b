"""Rules 136-137 (docs/scoring.md): help or ideas offered as a question leave them the say.

- 136, asking before advising: "Would it help if I shared what worked for us?", "Would it help
  to hear how my sister's recovery went?", "Do you want to talk it through, or would ideas help
  more right now?", "Would meal ideas that kept my numbers steady help?". Asking permission before
  giving advice or information is a named skill of counselling (motivational interviewing's
  "ask permission") and of support: it offers the speaker's ideas and leaves the choice with
  them. The encoder read such questions as curious questions, once as a dismissal ("Do you want
  ideas, or do you just want to vent?"), and they earned no collaboration, so they tied with
  replies that jumped straight to a list of fixes.
- 137, an offer asked in few words: "Want a lift to your follow-up?", "Need a hand with the
  boxes?", "Fancy a coffee before the meeting?" offer as "Do you want me to drive you?" does;
  they were read as no act (collaboration at its 45 baseline).

Such a question performs the offer act (`offer_help`) at the strength of an act named by its
wording, unless the encoder read a costly act with a clear margin. Not: a question that asks
them to do the thing ("Would it help if you called her?", "Want to try calling her?" is advice
in a question), a rhetorical "Do you want my advice? Stop whining." (the next sentence is
scored on its own), or a question about what they want from a third party ("Do you want a
refund from them?").
"""

from __future__ import annotations

from dataclasses import replace

from roleplay.scoring.acts import SentenceAct
from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.semantic_rules import HOSTILE_MARGIN
from roleplay.scoring.sentences import CUE_ACT_STRENGTH, NEGATIVE_ACTS, Sentence

_LEAD = r"^\W*(?:(?:so|ok|okay|well|and|hey|right|listen),? )?"
_IDEAS = r"(?:ideas?|suggestions?|tips|advice|thoughts|pointers|input|options)"
# 136: permission to share ideas, experience or information
ASKS_PERMISSION = caseless(
    _LEAD + r"(?:would|could|might) it help (?:if (?:i|we) (?:shared|share|told|tell|offered|"
    r"suggested|passed on|went through|walked you through)|to (?:hear|know|have) (?:how|what|"
    r"some|a few|my|our|about)|if (?:i|we) (?:gave|give) you (?:some|a few|my))\b|"
    + _LEAD
    + r"(?:would|do) you (?:want|like) (?:some |a few |any |my |our )?"
    + _IDEAS
    + r"\b|"
    + _LEAD
    + r"(?:can|could|may) i (?:share|offer|suggest|tell you (?:what|how|about))\b|"
    + _LEAD
    + r"(?:is it|would it be) (?:ok|okay|alright|all right) if i (?:share|shared|suggest|"
    r"suggested|offer|offered|tell|told)\b|"
    r"\bwould you be open to (?:some |a few |an? )?(?:ideas?|suggestions?|thoughts?|idea)\b|"
    r"\bor would (?:some |a few |any )?"
    + _IDEAS
    + r" help\b|"
    + _LEAD
    + r"would (?:some |a few |any )?(?:\w+ )?"
    + _IDEAS
    + r"\b[^?]{0,60}\bhelp\b"
)
# 137: an offer in few words: no subject, a thing the speaker would give
OFFERED = caseless(
    _LEAD + r"(?:want|need|fancy) (?:a|an|some) (?:lift|ride|hand|coffee|tea|drink|bite|lunch|"
    r"break|walk|chat|cuppa|second pair of eyes|review|copy|loan|spare|extra pair|hug|company|"
    r"help|backup|cover|sounding board|ear|lift home|driver)\b|" + _LEAD + r"want me to\b"
)
# a question that asks them to do the thing, or what they want from someone else
_THEIR_MOVE = caseless(
    r"\b(?:if you|for you to|you (?:to )?(?:try|call|ask|talk|speak|write|tell))\b|"
    r"\bfrom (?:them|him|her|the \w+)\b"
)


def offers_as_question(text: str) -> bool:
    """A question that offers the speaker's ideas (permission asked, rule 136) or help in few
    words (rule 137)."""
    if not text.rstrip().endswith("?"):
        return False
    if ASKS_PERMISSION.search(text) is None and OFFERED.search(text) is None:
        return False
    return _THEIR_MOVE.search(text) is None


def offered_choice(sentences: list[Sentence]) -> list[Sentence]:
    """`sentences` with every such question read as an offer (rules 136-137), unless the
    encoder read a costly act in it with a clear margin."""
    return [
        replace(s, act=SentenceAct("offer_help", CUE_ACT_STRENGTH, 0.0, 0.0))
        if not s.repeat
        and s.act.act != "offer_help"
        and not (s.act.act in NEGATIVE_ACTS and s.act.margin >= HOSTILE_MARGIN)
        and offers_as_question(s.text)
        else s
        for s in sentences
    ]
