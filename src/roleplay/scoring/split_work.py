"""Rule 150: a split of the work names their part in a verb of its own.

"You present the part your team built, and I'll cover the rest." divides a task between the
two sides: it is a trade as much as "You take the backend and I'll handle the client". The
exchange check of `sentences.exchanges` knew their side only by a short list of verbs ("you
take / keep / get / do / will ..."), so a split in any other verb ("you present", "you lead",
"you draft", "your team owns") lost the encoder's trade reading and sat at the baseline, as
issue 11 reported.

Their part is read here as the sentence (or a clause opened by "how about" / "what if" /
"maybe" ...) starting with "you" or "your team" and a verb in the present, with the speaker's
own part after it ("..., and I'll ..."), or the speaker's part first and "and you <verb> the /
your / it ..." after. Past tenses ("You broke it and I'll have to fix it"), states and
opinions ("You know ...", "You need ..."), modal blame ("You should have ...") and insults
are not a part of the work. The check only lets the encoder's trade reading stand; it
credits nothing by itself.
"""

from __future__ import annotations

import re

# Words after "you" that do not hand them a part of the work: auxiliaries and modals (the
# modal offers are read by the older check), past tenses of common irregular verbs, states,
# opinions and adverbs, and the words of an insult.
_NOT_A_PART = (
    r"(?:am|are|were|was|did|do|does|had|has|have|never|always|ever|should|shouldn't|must|"
    r"mustn't|need|needs|want|wants|know|knew|see|saw|think|thought|feel|felt|said|told|made|"
    r"broke|left|took|got|gave|forgot|went|lost|sent|ran|brought|put|let|came|kept|wrote|"
    r"began|chose|drove|sat|stood|won|can't|cannot|won't|wouldn't|don't|didn't|aren't|"
    r"weren't|haven't|hasn't|just|really|clearly|obviously|again|still|only|even|also|might|"
    r"may|would|could|can|will|shall|seem|seems|look|looks|sound|sounds|deserve|owe|mean|"
    r"guys|people|two|lot|idiot|clown|moron|fool|jerk|liar|coward|lazy|stupid|useless|"
    r"incompetent|always|probably|actually|literally|totally|basically|better|best|first)"
)
_OPENER = (
    r"(?:(?:ok(?:ay)?|so|well|then|right|fine|alright|how about|what if|maybe|perhaps|why not|"
    r"what about)\W+)?(?:(?:from now on|for now|this time|next time|next week|tomorrow|today|"
    r"on \w+days?)\W+)?"
)
_THEM = r"(?:you|your team|your side|you and your team|you two|you guys)"
# "You present the part ...", "Maybe your team owns the migration ..." at the start of the
# sentence or of a clause after a comma, a colon or a dash
THEIR_PART_FIRST = re.compile(
    rf"(?:^|[,:;\u2013\u2014-]\s)\W*{_OPENER}{_THEM} (?!{_NOT_A_PART}\b)[a-z]+(?<!ed)\b",
    re.IGNORECASE,
)
# "..., and you present the results", "then your team runs the pilot": their part second,
# with an object after the verb, so "and you deserve a break" or "and you know it" stay out
THEIR_PART_SECOND = re.compile(
    rf"\b(?:and|then|while|,) {_THEM} (?!{_NOT_A_PART}\b)[a-z]+(?<!ed) "
    r"(?:the|a|an|your|our|their|it|them|that|this|those|these|both|each|all|some|any)\b",
    re.IGNORECASE,
)


def their_part_before(before: str) -> bool:
    """The words before the speaker's own part hand them a part of the work."""
    return THEIR_PART_FIRST.search(before) is not None


# the speaker's own part after theirs ("You present ..., and I'll cover the rest")
OWN_SIDE = re.compile(
    r"\b(?:and|then|while|,) (?:i|we)(?:'ll| will| can| could| take| keep| get| do)\b",
    re.IGNORECASE,
)
# the speaker's own part, before theirs ("I'll cover the intro and you present the results")
OWN_PART = re.compile(r"\b(?:i|we)(?:'ll| will| can| could)\b|\blet me\b", re.IGNORECASE)


def their_part_after(text: str) -> bool:
    """The sentence hands them a part of the work after a part of the speaker's own."""
    theirs = THEIR_PART_SECOND.search(text)
    return theirs is not None and OWN_PART.search(text, 0, theirs.start()) is not None


def splits_work(text: str) -> bool:
    """The sentence gives each side a part of the work: a split, which restates nothing of
    theirs even when it repeats their words ("You approve any change to the FAQ, and we'll only
    fix typos")."""
    own = OWN_SIDE.search(text)
    if own is not None and their_part_before(text[: own.start()]):
        return True
    return their_part_after(text)
