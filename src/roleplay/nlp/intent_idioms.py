"""Idioms read as what they say (issue 12): a colloquial no is a no, "Why don't we ...?" proposes.

Two everyday forms were read by their surface, not by their move:

* *A no said in a colloquial word* ("Nope.", "Nah, sorry.", "Nothing doing, the date is the
  date.", "Fat chance.") holds no negator, so it was read as an affirmative statement and met
  no refusing example: "Nope." matched nothing where "No." met the refusal.
* *A move put forward as "Why don't we / I / you ...?" or "Why not ...?"* ("Why don't we let
  the deposit scheme's adjudicator make the call?", "Why not start with a month in Lisbon?")
  holds "don't" or "not", so it was read as negative and could not meet an offer's examples,
  all affirmative: it proposes, as "How about we ...?" does.

:func:`plainly` writes such an opening in the plain words that say the same ("No", "How about",
"What if"), padded with spaces to the same length, so the spans of parts stay the text's.
Intents read polarity and mood on it (:func:`.intent_parts.cut` for replies,
:meth:`.intent_similarity.Phrasings.of` for examples) and encode it
(:func:`.intent_emphatic.plain_no`); the scorer never sees it.

Not read so: a colloquial no inside a sentence ("I said nah to the first draft"), a "why
don't" that complains or accuses ("Why don't you ever tell me in advance?", "Why don't I
know about this?"), "Why not?" alone (an assent as often as a question), "Why not me?".
"""

from __future__ import annotations

import re

from .memo import reading

PLAIN_NO = "No"
# where a sentence or clause opens: the text's start or after . ! ? ; : (spaces and quotes
# between)
_OPENING = r"((?:^|(?<=[.!?;:]))[\s\"'“‘(]*)"
_NO = re.compile(
    _OPENING + r"(nope|nah|naw|nothing\s+doing|fat\s+chance)(?=\W|$)",
    re.IGNORECASE,
)
# "Why don't we / I / you ...?": not when it complains ("ever", "always", "never", "just",
# "even") or when what follows is no act ("know", "understand", "get told", "hear")
_WHY_DONT = re.compile(
    _OPENING + r"(why\s+(?:don['’]t|do\s+not))(?=\s+(?:we|i|you)\b"
    r"(?!\s+(?:ever|always|never|just|even|know|understand|get|hear|see|like|want|care)\b))",
    re.IGNORECASE,
)
# "Why not start with a month?": a word after it that is no object of a complaint
_WHY_NOT = re.compile(
    _OPENING + r"(why\s+not)(?=\s+(?!(?:me|him|her|them|us|yet|now)\b)[a-z])",
    re.IGNORECASE,
)
# the cheap first check, on the lowered text: most texts hold none of these (a substring test
# each costs far less than one case-blind regex search over the text)
_NO_CUES = ("nope", "nah", "naw", "nothing doing", "fat chance")


def _padded(word: str, said: str) -> str:
    return word + " " * (len(said) - len(word))


@reading
def plainly(text: str) -> str:
    """``text`` with a colloquial no opening a sentence written "No", and "Why don't we / I /
    you" and "Why not" opening one written "How about" and "What if", each padded to the
    length of what it replaces (see the module docstring); anything else as it is."""
    lowered = text.lower()
    if any(cue in lowered for cue in _NO_CUES):
        text = _NO.sub(lambda m: m.group(1) + _padded(PLAIN_NO, m.group(2)), text)
    if "why" in lowered:
        text = _WHY_DONT.sub(lambda m: m.group(1) + _padded("How about", m.group(2)), text)
        text = _WHY_NOT.sub(lambda m: m.group(1) + _padded("What if", m.group(2)), text)
    return text
