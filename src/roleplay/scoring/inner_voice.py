"""Rule 78 (docs/scoring.md): their own fear, put into words, is no blame.

A skilled reflection names the harsh thing the partner says to themselves: "you keep coming back
to the thought that it's your fault" (to a parent after a diagnosis), "under the routine there's
this worry that it's your fault" (to a mother-to-be who feels she has failed the baby), "I see why
it feels like nobody asked you" (to a team moved without being asked), "Resenting it can feel
confusing, as if you ought to be glad to help". The cue layer read the words inside the frame as
the speaker's own - "blamed them (your fault)", "sarcasm (as if)", "jumped to advice (you ought
to)", "talks down to them (nobody asked you)" - and the hostility cap held empathy at 30.

A blame, sarcasm, advice or attack cue, or a put-down in polite words, that stands inside a frame
giving their thought, worry or feeling - "the thought / worry / fear / feeling / sense that",
"it feels like", "you feel / think / worry (that)", "part of you thinks", "(it) feels ... as if"
- straight after the frame, with no pause (a comma, a dash) and no "but" or "when really"
between them, is theirs: it counts for nothing. A
frame of feeling or seeming is theirs only when something before it gives it to them ("I see
why it feels like", "it must feel like"). Only the cues and the put-down wording: when the encoder itself reads the sentence as blame
("And under all of it there's this fear that it's your fault." read as blame with a clear
margin), it keeps that reading (reading every sentence that ends in such a frame as a reflection
moved eleven dump lines, among them questions typed without a question mark: "What do you think
would happen if you gave up your job"; not kept). "It's your fault.", "You feel awful, but it's your
fault", "It feels like you never listen to the client." still blame, and "I understand how you
feel, you absolute clown." still attacks.
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.text import PreparedText, sentence_of

# Cues that are theirs inside the frame.
VOICED_CUES = frozenset({"blame", "sarcasm", "advice", "attack"})
# The frame: their thought, worry or feeling, ending where the words it gives begin.
FRAME = re.compile(
    r"\b(?:(?:the|this|that|a|your) (?:\w+ )?(?:thought|worry|fear|feeling|sense|voice|belief|"
    r"idea|suspicion)s? that|"
    r"(?:feels?|felt|feeling) (?:\w+,? ){0,3}?(?:like|as if|as though)|"
    r"you(?:'re)? (?:keep |still |might |may |probably |must )?(?:think|thinking|wonder|wondering|"
    r"worry|worrying|fear|feel|feeling|felt|tell yourself|telling yourself)(?: that)?|"
    r"part of you (?:thinks|feels|wonders|worries|believes|says)|"
    r"(?:seems?|looks?|sounds?)(?: \w+){0,2}?,? as (?:if|though))\b",
    re.IGNORECASE,
)
# A feeling or seeming frame is theirs when something before it gives it to them ("I see why it
# feels like ...", "it must feel like ...", "can feel confusing, as if ..."); at the start of the
# sentence ("It feels like you never listen") it is the speaker's own.
# Rule 421: so does a cause that keeps the feeling on them ("Knowing it was kind doesn't stop
# it feeling like you chose it", "Signing the form makes it feel as if you decided").
_THEIRS_BEFORE = re.compile(
    r"\b(?:you|your|why|how|must|can|could|may|might|would|no wonder|of course|"
    r"(?:stop|stops|stopped|stopping|make|makes|made|making|leave|leaves|left|leaving|keep|keeps|"
    r"kept|keeping) (?:it|this|that))\b",
    re.IGNORECASE,
)
_PAUSE = re.compile(r"[,;:()\u2014]|\s-\s")
# What takes the words back into the speaker's mouth.
_BREAK = re.compile(r"\b(?:but|when really|when actually|though really|yet)\b", re.IGNORECASE)


def in_their_voice(sentence: str, at: int) -> bool:
    """The position `at` of `sentence` lies inside a frame that gives their thought, worry or
    feeling (module docstring)."""
    before = sentence[:at]
    frames = list(FRAME.finditer(before))
    if not frames:
        return False
    last = frames[-1]
    if last.group().lower().startswith(("feel", "felt", "seem", "look", "sound")) and (
        _THEIRS_BEFORE.search(before, 0, last.start()) is None
    ):
        return False  # "It feels like you never listen": the speaker's own feeling
    between = sentence[last.end() : at + 4]  # up to the cue's first word ("but maybe read")
    # the words it gives follow the frame without a pause: "I understand how you feel, you
    # absolute clown" gives no thought of theirs after its comma
    return _PAUSE.search(between) is None and _BREAK.search(between) is None


def voiced(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """`hits` without the blame, sarcasm, advice and attack cues that stand inside a frame of
    their own thought or feeling."""
    drop: set[int] = set()
    for i, h in enumerate(hits):
        if h.feature not in VOICED_CUES or h.start is None:
            continue
        s_start, s_end = sentence_of(text, h.start)
        sentence = text.plain[s_start:s_end]
        at = h.start - s_start
        if in_their_voice(sentence, at) or _frames_itself(sentence, at, h.end):
            drop.add(i)
    return hits if not drop else [h for i, h in enumerate(hits) if i not in drop]


def _frames_itself(sentence: str, at: int, end: int | None) -> bool:
    """An "as if" cue that follows a verb of feeling or seeming ("can feel confusing, as if you
    ought to be glad"): a comparison, which is the frame itself."""
    if end is None or not sentence[at:].lower().startswith("as if"):
        return False
    return (
        re.search(
            r"\b(?:feels?|felt|feeling|seems?|looks?|sounds?)\b[^.!?]{0,40}$",
            sentence[:at],
            re.IGNORECASE,
        )
        is not None
    )
