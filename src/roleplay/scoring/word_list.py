"""Rule 354 (docs/scoring.md): a list of words is not a sentence.

"acknowledge concede fair point compromise understand perspective agree both sides common ground
middle together" scored 60 (collaboration 72), above a plain decent reply: the cue layer credits
phrases wherever they stand ("fair point", "both sides", "compromise"), so words strung together
earned what the same words earn in a sentence that says something. A reply says something in
sentences, and sentences are held together by function words (pronouns, articles, auxiliaries,
prepositions): in English prose they are a third or more of the words, in a terse note still one
in five or so, and a terse note breaks into short sentences. A stretch between sentence breaks of
at least `LIST_WORDS` words of which at most `LIST_SHARE` are function words and at least half
are words about the conversation itself (the process talk of rule 51, and the words of
bargaining: "concede", "compromise", "common ground", "interests", "resolve") says nothing in
particular: a reply whose words stand mostly in such stretches is a list of words, and no
dimension ends above `LIST_CAP`.

Not: a short terse reply ("Fair point. Reopened."), a status note in short sentences ("Friday
works. Two bugs left. QA signoff Thursday. Release notes drafted."), a list of options ("Options:
staged rollout, extra tester, feature flag, later date, smaller scope, partial refund."), a note with its own function words
("Reopened it, can you attach the log?"), a list of their items inside a sentence.
"""

from __future__ import annotations

import re

from roleplay.scoring.stuffing import FUNCTION_WORDS, PROCESS_TALK

LIST_WORDS = 8
LIST_SHARE = 0.1
LIST_CAP = 40
LIST_WHY = "a list of words, not a sentence"
# words about bargaining itself, beside the process talk of rule 51 (hearing, feeling, working
# together): a list of them names no matter either
_BARGAINING = frozenset(
    """acknowledge acknowledged concede concession compromise common ground middle fair interests
    rights parties resolve resolution trade win-win apologise apologize apology patience respect
    empathise empathize validate validation""".split()
)
_WORD = re.compile(r"[A-Za-z]+(?:['-][A-Za-z]+)?")
_BREAK = re.compile(r"[.!?;:\n]+")


def _list_words(segment: str) -> int:
    """The number of words of a stretch between sentence breaks when it is a list of words (at
    least LIST_WORDS, at most LIST_SHARE of them function words), else 0."""
    words = [w.lower() for w in _WORD.findall(segment)]
    if len(words) < LIST_WORDS or sum(w in FUNCTION_WORDS for w in words) > LIST_SHARE * len(words):
        return 0
    process = sum(w in PROCESS_TALK or w in _BARGAINING for w in words)
    return len(words) if 2 * process >= len(words) else 0


def word_list(reply: str) -> bool:
    """Most of the reply's words stand in stretches between sentence breaks that are lists of
    words with almost no function words (rule 354)."""
    listed = sum(_list_words(segment) for segment in _BREAK.split(reply))
    return listed > 0 and 2 * listed >= len(_WORD.findall(reply))
