"""The speaker telling their own state or need acknowledges nothing of theirs (rule 45).

Found on the CaSiNo TRAIN replies the scorer ranked too warm: the encoder reads a sentence in
which the speaker says how *they* are, what *they* need or what *they* plan ("I'm very
concerned.", "Though I am a bit stressed.", "I get dehydrated very easily, so I'm jumpy in the
heat", "We need the extra licences for the audit") as close to the bank's validation examples,
because it shares their feeling words. Said to a partner, it is self-disclosure - often a bid
for *their* empathy - not an acknowledgement of how they feel. The rule holds in any domain
(a budget round, a rota, a clinic, a contract).

A sentence discloses the speaker's own side when it opens (after a discourse word or a
greeting) on the speaker as the subject of a state, a need, a want or a plan ("I'm", "I am",
"we are", "I need", "we have", "I get", "I suffer", "I plan", "my back is"), speaks of the
speaker and not of the partner (no "you"), and shows no sign of answering theirs: no shared
feeling ("too", "as well", "the same", "either", "relate"), no sympathy or understanding
("sorry", "hear", "understand", "imagine", "feel for", "know how", "I'm sure it feels ...", "I
bet ..."), no well-wish or gladness for
them ("hope", "glad", "happy for"), and nothing pointing at what they said ("about that", "by
this", "that happened"). A view is no disclosure
either: "I feel that the rule is wrong", "I'm concerned that we punish too fast", "We should
...". "I'm so sorry to hear that", "I'd be worried too", "I was the same
after my surgery" and "I'm worried about that" are not such disclosures; a story in the past
tense is the older rule of sentences.py (STORY_OPENING).
"""

from __future__ import annotations

import re

from roleplay.scoring.wording import SECOND_PERSON

# The speaker as the subject of a state, need, want or plan, at the sentence's opening.
_OWN_OPENING = re.compile(
    r"^\W*(?:(?:well|though|honestly|also|plus|and|but|so|oh|ah|hmm+|yes|yeah|no|ok|okay|hi|"
    r"hello|hey|personally|actually|really)\b\W*){0,3}"
    r"(?:(?:i(?:'m| am)|im|we(?:'re| are)|i(?:'ve|'d| have| would) been|we(?:'ve| have) been)\b|"
    r"(?:i(?:'ve| have)|we(?:'ve| have)|i|we|my \w+|our \w+)\s+"
    r"(?:(?:really|also|actually|just|definitely|still|very|so|a bit|pretty|quite|always|"
    r"usually|often|kind of|sort of|already|only|too|honestly)\s+){0,2}"
    r"(?:am|is|are|need|needs|want|wants|have|has|get|gets|suffer|suffers|plan|plans|planning|"
    r"going|having|feel|feeling|like|love|hate|require|requires|worry|worried|concerned|stressed|"
    r"nervous|anxious|afraid|scared|tired|hungry|thirsty|cold|hot|sick|ill|excited|looking|"
    r"hoping|intend|would like|'d like|run|running|tend|eat|drink|sweat|burn|doing|use|"
    r"get|got)\b)",
    re.I,
)
# Any sign that the sentence answers theirs: a shared feeling, sympathy, understanding, a wish
# or gladness for them, or a word pointing at what they said.
_ANSWERS_THEIRS = re.compile(
    r"\b(?:too|as well|same|either|neither|relate|sorry|hear|heard|understand|imagine|"
    r"feel for|know how|know what|can tell|sure|bet|hope|hoping for|glad|happy for|wish|agree|right|"
    r"true)\b|\b(?:about|by|with|at|over|for|of|on|hear|see|read) (?:that|this|it|those|these)\b|"
    r"\b(?:that|this|it) (?:happened|happens|news)\b|"
    # ... or is a view rather than a state: "I feel that ...", "I'm concerned that we ...",
    # "I'm not saying that ...", "We should ..."
    r"\b(?:that|like|as though|as if|should|must|ought|saying|think|believe|guess|suppose|"
    r"doubt|wonder|mean|feel it)\b",
    re.I,
)


def discloses_own(text: str) -> bool:
    """True when the sentence tells the speaker's own state, need or plan and answers nothing
    of the partner's (see the module)."""
    return (
        _OWN_OPENING.search(text) is not None
        and SECOND_PERSON.search(text) is None
        and _ANSWERS_THEIRS.search(text) is None
    )
