"""Rule 175 (docs/scoring.md): a glad or unbothered feeling guessed for a troubled line is no
reflection.

"You seem really excited about this." to someone whose engineer was refused them, "You seem
really happy with the outcome." to someone whose paper was rejected, "Sounds like you're bored
with the whole thing.", "You seem relieved about it." to a parent told an appeal is closed:
skilled-sounding reflections that name a feeling the partner did not express and that their line
gives no ground for. The cue layer credited the named feeling (+11) and the reflective opener
(+6 listening, +2 empathy), so each beat a plain reply that took up their point. Rule 173 reads a
feeling pinned on a cause they never gave; this is the same miss with no cause at all, read by
valence: a feeling of gladness, relief, calm or indifference cannot fit a line that tells of
trouble and of nothing good.

A statement (not a question) attributes such a feeling to them when a glad or unbothered
feeling word (happy, glad, pleased, excited, thrilled, relieved, proud, calm, relaxed, at ease,
content, cheerful, amused, smug, bored, indifferent, unbothered ...) comes within a few words
after "you seem / sound / look / must be / feel / are", "(it) sounds like you", "it seems
(like) you", with no negation between ("You don't seem bored" denies it). It is unfounded when
their line tells of trouble (a feeling of theirs that is negative, a complaint, a refusal or a
negation, a loss or a setback) and holds no word of good news or gladness ("finally", "passed",
"got the job", "clear", "great", "relieved" ...), and the feeling is none their line names. The
state's emotion counts as their line's feeling: a glad feeling fits a state whose emotion is
hope. Such a sentence reflects nothing: it loses its reflecting cues, its named feeling and its
act, as rule 173's pinned feelings do.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.feeling_reflection import POSITIVE
from roleplay.scoring.line_mood import GOOD_NEWS, TROUBLE
from roleplay.scoring.responsive import complains
from roleplay.scoring.sentences import Sentence

# glad, relieved, calm or unbothered: feelings that do not fit trouble
_GLAD_FEELING = caseless(
    r"\b(?:happy|happier|glad|pleased|delighted|thrilled|excited|exhilarated|elated|relieved|"
    r"proud|calm|relaxed|chilled|chill|at ease|content|contented|cheerful|cheery|upbeat|amused|"
    r"smug|bored|indifferent|unbothered|unfazed|nonchalant|energi[sz]ed|satisfied|optimistic|"
    r"grateful|comfortable|carefree|laid[- ]back|serene|jolly|giddy|overjoyed|ecstatic)\b"
)
# ... for `attributed_feeling`, which walks every match (a caseless pattern only searches)
_GLAD_FEELINGS = re.compile(_GLAD_FEELING.pattern, re.IGNORECASE)
# the words that attribute a feeling to them, shortly before it
_ATTRIBUTED = re.compile(
    r"\b(?:you(?:'re| are)?(?: \w+)? (?:seem|sound|look|appear)(?:s|ed)?(?: to be)?|"
    r"(?:it )?sounds? (?:like|as if|as though) you(?:'re| are)?|(?:it )?seems? (?:like|as if|"
    r"as though|that)? ?you(?:'re| are)?|you must (?:be|feel)|you(?:'re| are) (?:feeling )?|"
    r"you (?:feel|felt)|you(?:'ve| have) been)\b",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"^(?:\s+(?:feeling|really|quite|very|so|pretty|rather|fairly|kind of|sort of|genuinely|"
    r"actually|all|a bit|a little|a lot|mostly|more|most|truly|incredibly|super|totally|"
    r"completely|somewhat|oddly|strangely|surprisingly|almost|too))*\s+$",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|n't|never|no longer|hardly)\b", re.IGNORECASE)


def attributed_feeling(text: str, feeling: re.Pattern[str]) -> bool:
    """A statement (not a question) says of them, not negated, a feeling `feeling` finds,
    within a few degree words after the words that attribute it ("you seem really ...", "it
    sounds like you're ..."); read by rules 175 and 214."""
    if text.rstrip().endswith("?"):
        return False
    for found in feeling.finditer(text):
        before = text[: found.start()]
        attributed = [m for m in _ATTRIBUTED.finditer(before)]
        if not attributed:
            continue
        between = before[attributed[-1].end() :]
        if not _DEGREE.match(" " + between) and between.strip():
            continue  # other words between: the feeling is not said of them
        if _NEGATED.search(before[attributed[-1].start() :]) is not None:
            continue  # "You don't seem bored", "you're not happy"
        return True
    return False


def unfounded(text: str, partner: str, targets: AbstractSet[str]) -> bool:
    """The statement guesses a glad or unbothered feeling their troubled line gives no ground
    for (module docstring); `targets`: the feeling categories of their line and state."""
    if not partner.strip() or text.rstrip().endswith("?"):
        return False
    if _GLAD_FEELING.search(text) is None:
        return False
    if any(t in POSITIVE for t in targets):
        return False  # a glad feeling of theirs, or a hopeful state
    if not attributed_feeling(text, _GLAD_FEELINGS):
        return False
    if GOOD_NEWS.search(partner) is not None:
        return False
    return bool(targets) or complains(partner) or TROUBLE.search(partner) is not None


def unfounded_feelings(
    sentences: list[Sentence], partner: str, targets: AbstractSet[str]
) -> set[int]:
    """The starts of the sentences that guess a glad or unbothered feeling for a troubled line
    (read by semantic.py with rule 173's pinned feelings)."""
    if not partner.strip():
        return set()
    return {s.start for s in sentences if unfounded(s.text, partner, targets)}
