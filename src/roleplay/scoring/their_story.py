"""Rule 73 (docs/scoring.md): a statement that carries their story on is a reflection.

Skilled listeners often hand the partner's point back as a short inference about someone or
something of their line, not about "you": "She didn't know you." (to a carer whose mother asked
who she was), "And the thing that's meant to help isn't helping." (inhalers that do nothing),
"The comments are making it worse.", "Your piece was halved with an hour to go." The
encoder reads such a sentence as no act, a faint one, or a costly one without a clear margin
(it shares few words with their line), so it earned nothing and left the reply "not engaging",
below advice that merely repeats their words. Rule 18's `about_them` credits such a statement
when "you" is its topic; this is the same construct with a third-person or definite subject.

A statement (not a question) of 3 to 25 words carries their story on when it is anchored in their
line (it picks up one of their content words in some form, the encoder finds it at least
`ANCHOR` close to one of their sentences, or its subject is a pronoun for someone of their
line) and it is one of three forms, each found in at least
two of the pair sets' dev halves and checked on the sets it was not written from:

- an inference opened by "so" or "and" about a third thing ("So April stays, and the people
  to do it don't come."), not the speaker's or their next move ("And you would take the water",
  "and then you can have two", "And at the offsite we show the board ...");
- a person of theirs as the subject, with someone in their line for the pronoun to stand for
  ("She didn't know you." to "Yesterday she asked me who I was");
- a thing of theirs as the subject, with a past or progressive predicate that recounts what
  happened to it ("Your piece was halved ...", "The comments are making it worse."), not a
  present ruling ("The budget stays where it is.", "Your attitude is the issue.", "The report
  was due Monday.").

It speaks neither of the speaker (I, me, my) nor in general ("Most clinics ..."), gives no
verdict of the speaker's on the thing ("The section was too long.", "The merge improved both
pages."), does not judge, reassure, play down, excuse someone or steer ("It could be worse.",
"He didn't mean it.", "She was only tired."), and (checked by the caller) commits to nothing,
offers, instructs or advises nothing and tells no story of the speaker's.

It counts as a reflection at the strength of an act named by its wording, only where the encoder
found no act, a faint one, or a costly one without a hostile act's margin.
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.fragments import picks_up_their_words
from roleplay.scoring.wording import (
    FIRST_PERSON,
    GENERALISING,
    JUDGING,
    SECOND_CLAUSE_INSTRUCTS,
    STEERING,
)

ANCHOR = 0.35  # closeness to one of their sentences that anchors an inference in their line
MAX_WORDS = 25  # a longer statement is a story or an argument, not a restatement

# An inference opened by "so" or "and": it carries their story on ("And the thing that's meant
# to help isn't helping.", "So those few minutes at the till matter more than they might seem.");
# "but" and "then" open the speaker's own counter ("But you're getting more of it!").
# Its subject after the connective is a thing or person of theirs (a determiner or a third-person
# pronoun, or one of their words: "So April stays"), not the speaker's or their next move ("And
# you would take the water", "and then you can have two", "And at the offsite we show the board")
# nor the rest of the speaker's own sentence ("I'm great! and almost done with packing.").
_CARRIED_ON = re.compile(
    r"^\W*(?:and|so),?\s+(?:(?P<determiner>the|your|his|her|their|those|these|that|this|it|"
    r"it's|he|she|they|they're|he's|she's)\b|(?P<word>[a-z]+)\b)",
    re.IGNORECASE,
)
# A person of theirs as the subject ("She didn't know you.", "They're weighing us against someone
# cheaper"): the pronoun must have someone to stand for in their line.
_PERSON_SUBJECT = re.compile(r"^\W*(he|she|they)(?:'s|'re|'d|'ll)?\b", re.IGNORECASE)
_THEIR_PERSONS = {
    "he": re.compile(r"\b(?:he|him|his|he's|he'd)\b", re.IGNORECASE),
    "she": re.compile(r"\b(?:she|her|hers|she's|she'd)\b", re.IGNORECASE),
    "they": re.compile(r"\b(?:they|them|their|they're|they've|they'd)\b", re.IGNORECASE),
}
# A thing of theirs as the subject, and what happened or is happening to it ("Your piece was
# halved with an hour to go.", "The comments are making it worse."): a past or progressive
# predicate recounts; "The budget stays where it is." and "Your attitude is the issue." rule.
_THING_HAPPENED = re.compile(
    r"^\W*(?:the|your|his|her|their|those|these)\s+(?:\w+\s+){0,3}?(?:was|were|is|are|has been|"
    r"have been|had been|got|keeps?|kept)\s+(?:being\s+|still\s+|just\s+)?(?!going\b)"
    r"\w+(?:ed|en|ing)\b",
    re.IGNORECASE,
)
# Playing it down, reassuring, excusing someone, a verdict or a platitude: no restatement.
_PLAYS_DOWN = caseless(
    r"\b(?:happens|happen to|everyone|everybody|nobody|no one|normal|natural|common|part of|"
    r"could be worse|worse things|no big deal|not a big deal|not that bad|not so bad|nothing|"
    r"no reason|will pass|blow over|be fine|be okay|be ok|be alright|for the best|for a reason|"
    r"meant well|didn't mean|did not mean|doesn't mean|does not mean|low|rare|unlikely|"
    r"probably|surely|no wonder|life|karma|deserve\w*|supposed to|should have|shouldn't have|"
    r"needs? to|has to|have to|got to|gotta|worth it|your own|nonsense|rubbish|exaggerat\w*|"
    r"in your head|imagin\w*|excuse|drama|a joke|a lie|lying|wrong)\b",
)
# The speaker's verdict on the thing ("The section was too long.", "The merge improved both
# pages.", "The policy is fair."): their own view, not their partner's point.
_VERDICT = caseless(
    r"\b(?:too|improved?|improves|better|best|great|good|nice|well|excellent|fair|justified|"
    r"necessary|needed|reasonable|right|correct|strict|political|overdue|enough|clear|"
    r"simple|easy|standard|policy|rules?)\b",
)
# Interjections and sarcasm that open a retort, not a restatement.
_RETORT_OPENING = re.compile(
    r"^\W*(?:oh|wow|well|poor|lol|haha|ha|whatever|sure|right|yeah right|great|brilliant)\b",
    re.IGNORECASE,
)
_WORDS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?", re.IGNORECASE)


def carries_their_story(text: str, partner: str, closeness: float) -> bool:
    """The statement restates or infers their point about someone or something of theirs
    (module docstring); `closeness` is the encoder's best match with one of their sentences."""
    if not partner or "?" in text:
        return False
    words = _WORDS.findall(text)
    if not 3 <= len(words) <= MAX_WORDS:
        return False
    if (
        FIRST_PERSON.search(text)
        or GENERALISING.search(text)
        or JUDGING.search(text)
        or STEERING.search(text)
        or SECOND_CLAUSE_INSTRUCTS.search(text)
        or _PLAYS_DOWN.search(text)
        or _VERDICT.search(text)
        or _RETORT_OPENING.search(text)
    ):
        return False
    person = _PERSON_SUBJECT.search(text)
    if person is not None and _THEIR_PERSONS[person.group(1).lower()].search(partner):
        return True  # the pronoun's referent in their line anchors it
    anchored = closeness >= ANCHOR or picks_up_their_words(text, partner)
    if not anchored:
        return False
    carried = _CARRIED_ON.search(text)
    if carried is not None and (
        carried.group("determiner") or picks_up_their_words(carried.group("word"), partner)
    ):
        return True
    return _THING_HAPPENED.search(text) is not None
