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

Rule 152: a question about what they failed to do asks for no need of theirs. "Why" counts as
an interest word ("Why does the date matter to you?"), so "And why you didn't escalate it?" earned
"+26 listening: asked about their needs" when the encoder missed its reproach. A why-question
about what they (or nobody) did not do - "why you didn't ...", "why didn't you ...", "why nobody
..." - is never read as asking about their needs (`reproaches`); with a marker of lateness
("sooner", "earlier", "before now", "at the time", "in time", "first", "at all") or "why you
never ..." it argues: a loaded question ("Could you explain why you didn't raise this sooner?").

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
    return CHALLENGE.search(question) is not None or reproaches_lateness(question)


_NOT_DONE = (
    r"(?:didn't|did not|never|weren't|wasn't|hadn't|had not|haven't|have not|hasn't|couldn't|"
    r"could not|wouldn't|would not|failed to|forgot to|bothered to)"
)
_WHO = r"(?:you|your (?:\w+ )?(?:team|staff|people|side|department)|nobody|no one|none of you)"
# "why you didn't ...", "why didn't you ...", "why nobody ...": what they did not do
REPROACH = caseless(
    rf"\bwhy {_WHO} {_NOT_DONE}\b|"
    r"\bwhy (?:didn't|did not|weren't|wasn't|hadn't|haven't|hasn't|couldn't|wouldn't) "
    rf"{_WHO}\b|\bwhy (?:nobody|no one) \w+"
)
# ... with a marker of lateness, or "never": an argument, not a question
_LATE = caseless(
    r"\b(?:sooner|earlier|before now|at the time|in time|on time|first|at all|until now)\b|"
    rf"\bwhy {_WHO} never\b"
)


def reproaches(question: str) -> bool:
    """The question asks why they (or nobody) did not do something: no question about needs."""
    return REPROACH.search(question) is not None


def reproaches_lateness(question: str) -> bool:
    """The question reproaches them for what they did not do in time: a loaded question."""
    found = REPROACH.search(question)
    return found is not None and _LATE.search(question[found.start() :]) is not None
