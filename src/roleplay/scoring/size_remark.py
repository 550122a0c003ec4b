"""A remark on the size of what they face restates it (docs/scoring.md rule 34; English wording).

"A quarter early is a big jump", "Three launches in one month is a lot", "Pulling it in by three
months is a steep ask", "Two extra nights on top of a full rota is a heavy load", "That's a big
shift from where we are": a short statement whose subject restates what their line put to the
speaker - in their words, in other words for the same quantity ("a quarter early" for "by the
end of the month, not next quarter") or pointing at it ("That's ...") - and whose predicate
weighs how big it is. It is the counsellor's short reflection of meaning: it shows the point was
heard, so it is read as a reflection (listening) even when it shares no word with their line and
the encoder found no act near it. It earns no sympathy for that (rule 27: weighing what they ask
is the speaker's pushback). Not a question, a negated or smaller size ("isn't a lot", "is only a
small change", "a lot better", "a big win"), a general statement ("Launches usually slip"), a
sentence about the speaker ("My workload is a lot"), a size followed by a long second clause,
or any reply without their line. Checked only when one of its literal size words is in the
sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from roleplay.scoring.overlap import stem
from roleplay.scoring.wording import FIRST_PERSON

_INTENSIFIER = r"(?:(?:really|quite|pretty|very|so|such|rather|a bit|fairly|genuinely|honestly) )*"
SIZE = re.compile(
    r"(?:\b(?:is|are|was|were|sounds|seems|feels)(?: like)?|['’]s) "
    + _INTENSIFIER
    # "a lot" weighs it only where its clause ends or what it is for follows ("is a lot to
    # carry", "is a lot for one evening"), not "so much fun", "a lot easier"
    + r"(?:(?:a lot|too much|so much)(?= *(?:[.!,;:]|$|to |for |on |at once|in one|with |right now|"
    r"this (?:week|month|year)))|(?:a|an|one|quite a|such a) (?:(?:really|very|pretty) )?(?:big|"
    r"huge|massive|steep|tall|heavy|serious|major|significant|sizeable|hefty|sharp|sudden) "
    r"(?:jump|ask|order|load|lift|change|shift|step|leap|hike|increase|rise|cut|drop|demand|"
    r"commitment|stretch|squeeze|burden|undertaking|swing|move|push|chunk)|steep|heavy|tight|"
    r"huge|massive|intense|relentless|punishing|brutal|demanding|a stretch|a squeeze|a tall order|"
    r"no small (?:thing|ask|feat|amount|change|matter))\b"
    # not a comparison or a good thing: "a lot better", "a lot of fun", "a big jump in sales"
    r"(?! (?:of|more|less|better|worse|cheaper|faster|slower|easier|harder|bigger|smaller|"
    r"in (?:sales|revenue|profit|quality)))",
    re.IGNORECASE,
)
_SIZE_WORDS = ("lot", "much", "big", "huge", "massive", "steep", "tall", "heavy", "serious",
               "major", "significant", "sizeable", "hefty", "sharp", "sudden", "tight", "intense",
               "relentless", "punishing", "brutal", "demanding", "stretch", "squeeze",
               "no small")  # fmt: skip
_POINTING = re.compile(r"^\W*(?:and |but |so |well,? |yeah,? |wow,? )?(?:that|this|it)\b", re.I)
_QUANTITY = re.compile(
    r"\b(?:\d+%?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|thousand|half|double|twice|triple|quarter|third|percent|per cent)\b",
    re.IGNORECASE,
)
_NOT_PLAIN = re.compile(r"\b(?:not|only|just|never|hardly|at least|but|although|though)\b", re.I)
# a general statement ("Launches usually take a lot"; not "percent", which restates their number)
_GENERAL = re.compile(
    r"\b(?:most|usually|normally|often|typically|generally|commonly|rarely|on average|tends? to|"
    r"always|everywhere|everyone|anyone)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z']{4,}")
TAIL_WORDS = 8  # words after the size that still leave it the sentence's point
SPECIFIC = 5  # a pointing remark names something in a word this long ("a big shift")


def weighs_their_load(text: str, partner: str) -> bool:
    """The sentence restates what their line put to the speaker and weighs its size."""
    lower = text.lower()
    if not partner or not any(w in lower for w in _SIZE_WORDS) or "?" in text:
        return False
    found = SIZE.search(lower)
    if found is None:
        return False
    subject, tail = text[: found.start()], text[found.end() :]
    if (
        len(tail.split()) > TAIL_WORDS
        or _NOT_PLAIN.search(text) is not None
        or FIRST_PERSON.search(subject) is not None
        or _GENERAL.search(text) is not None
    ):
        return False
    if _POINTING.match(subject):
        # "That's a big shift from where we are": what it points at is named in the sentence
        return any(len(w) >= SPECIFIC for w in _WORD.findall(found.group(0) + tail.lower()))
    return _QUANTITY.search(subject) is not None or any(
        stem(w) in partner_stems(partner) for w in _WORD.findall(subject.lower())
    )


@lru_cache(maxsize=64)
def partner_stems(partner: str) -> frozenset[str]:
    """The stems of the partner line's longer words (what a subject may restate)."""
    return frozenset(stem(w) for w in _WORD.findall(partner.lower()))
