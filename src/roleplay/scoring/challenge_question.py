"""Questions that argue rather than ask: question-as-attack (English wording).

Conversational receptiveness (Yeomans, Minson, Collins, Chen & Gino 2020) lists questions used
as attacks among the marks of an unreceptive reply. The cue layer already reads some as loaded
questions ("How could you ...", "Do you even ...", "What right do you have ..."); the receptiveness
TRAIN essays the scorer ranked highest against their rating held more, credited as curiosity
("What proof do you want?" earned "+26 listening: asked about their needs"). A question
sentence counts as a loaded question (the cue layer's `loaded_question`: no question credit,
and the hostility rule caps the reply) when it

- demands their evidence: "What proof do you want?", "What evidence do they have?", "What facts
  are you basing this on?", "Where is your proof?", "Where has it been shown that ...?";
- doubts that they mean it: "Do you really think ...?", "Did you honestly believe ...?";
- asks for the last time or the count before they would care: "When was the last time you ...?",
  "How many people have to die before you ...?";
- asks why anyone should have to: "Why should they have to leave school?", "Why should I
  care?".

A real question for their reasons or their sources ("What makes you see it that way?", "Which
study is that from?", "Why should we pick vendor A over B?") is not one of these.
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless

CHALLENGE = caseless(
    r"\bwhat (?:\w+ )?(?:proof|evidence) (?:do|did|would|have|are|will) (?:you|they)\b|"
    r"\bwhat (?:\w+ )?(?:facts|data|research|studies|statistics|sources?)(?: and \w+)? "
    r"(?:are|is) you basing\b|"
    r"\bwhat are you basing (?:this|that|these|those|your|it)\b|"
    r"\bwhere (?:is|are) (?:the|your) (?:proof|evidence)\b|"
    r"\bwhere has (?:it|this|that) been (?:shown|proven|studied)\b|"
    r"\b(?:do|did) you (?:really|honestly|seriously) (?:think|believe|expect)\b|"
    r"\bwhen was the last time (?:you|anyone|anybody)\b|"
    r"\bhow many (?:\w+ ){0,8}?before (?:you|we|anyone|they|people)\b|"
    r"\bwhy should (?:i|we|they|he|she|you|anyone|(?:the |our |my |your |their )?\w+) "
    r"(?:have to|be (?:forced|made|expected|asked) to)\b|"
    r"\bwhy should (?:i|we|they|he|she|you|anyone) (?:care|bother)\b"
)


def challenges(question: str) -> bool:
    """The question sentence argues against them rather than asks (see the module)."""
    return CHALLENGE.search(question) is not None
