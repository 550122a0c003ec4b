"""Rule 260 (docs/scoring.md): defending the one they complain about takes that side against
them, as siding with their critic does (rule 31d, `critic.py`).

"My brother sold mum's house while I was abroad. He didn't even ring me." - "To be fair he was
the one dealing with the home and the fees, so he probably didn't think he needed to ask you.";
"My sister says I ruined her wedding because I left early." - "Leaving a wedding early is pretty
rude, so I see her point.": each sentence speaks up for the person their line is hurt by, before
their own view has been heard. Rule 31d read such siding only as "your X is right / has a
point" and only of a critic who speaks of them ("my doctor says I ..."), so the first reply
earned "+14 restates their point in other words" for retelling the brother's side, and the
second "+19 showed you understood" for its "I see".

A statement defends the other party when it pleads their case in so many words: "to be fair
(to him), he / she / they ...", "in his / her / their defence", "I (can) see / get / understand
his / her / their point / side", "(try to) see it from her side", "put yourself in their
shoes", "he probably didn't think / mean / realise ...", "she didn't mean it", "I'm sure he
meant well", "they were only doing their job", "can't blame him". It counts only when their line
names a third person (he, she, they, my brother, the mods ...) and tells of trouble (a word of
loss, refusal, complaint or hurt: `line_mood.TROUBLE`): "I see her point" to "My manager wants
the report by Friday" defends no one against them. Not a question ("Do you think he didn't
realise?" asks), not negated ("I can't see his point at all").

Rule 317 (strategy21) adds their act explained away as care for them: "Your parents are just
looking out for you.", "He's only worried about you", "She only wants what's best for you", "The
mods are just being careful" (the emotional-support set's dev half: "Art doesn't pay the bills
though. Your parents are just looking out for you." to a student whose parents chose dentistry
for her scored 49 overall, above every other reply to that line but the reflective ones). "I'm
just looking out for you" (the speaker's own care) and "Your sister is looking for a new job"
are not.

Rule 331 (decent21, written beside rule 317 on the same dev line) reads two more pleas the same
way: their motive vouched for ("Your parents are just looking out for you", "She's only trying
to help", "he's probably just protecting you"; one branch with rule 317's since cost22, since
the two read mostly the same wordings: either's subject, the verb "to be", a softening adverb
or both, then either's wording of care), and a verdict for what was done to them ("the ban sounds fair enough to me", "the suspension seems
fair"), whose noun is a word of their line ("ban" of "banned") and not one of their own stance
("Your point is fair" grants their view).
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.line_mood import TROUBLE
from roleplay.scoring.partner_lines import per_partner_line

DEFENDED_REASON = "took the side of the one they're hurt by"
_WORDS = re.compile(r"[a-z]+")
_PEOPLE = (
    r"(?:mum|mom|mother|dad|father|brother|sister|husband|wife|partner|boyfriend|girlfriend|ex|"
    r"boss|manager|friend|son|daughter|family|parents|colleague|coworker|co-worker|landlord|"
    r"neighbou?r|teacher|gp|doctor|aunt|uncle|cousin|in-laws|mods?|admins?|ref|referee|"
    r"lead|director|client|customer|team|teams|staff|council|school|clinic|company|hr)"
)
# their line names a third person
_THIRD_PERSON = caseless(
    r"\b(?:he|she|him|her|his|they|them|their|he's|she's|they're|everyone|everybody|people)\b|"
    rf"\b(?:my|our|your|the) (?:\w+ )?{_PEOPLE}\b"
)
_THEY = r"(?:he|she|they)"
_THEM = r"(?:him|her|them)"
_THEIR = r"(?:his|her|their)"
_SOFTLY = r"(?:only|just|simply|probably|clearly|obviously|honestly)"
# the sentence pleads the other party's case
DEFENDS = caseless(
    rf"\b(?:to be fair|in (?:all )?fairness)(?: to {_THEM})?,? (?:\w+ )?{_THEY}\b|"
    rf"\bto be fair to {_THEM}\b|\bin {_THEIR} defen[cs]e\b|"
    rf"\b(?:i|you) (?:can |could |do |kind of |sort of |totally |definitely )?(?:see|get|understand) "
    rf"{_THEIR} (?:point|side|reasoning|reasons)\b|"
    rf"\b(?:try (?:to )?|trying to )see {_THEIR} side\b|"
    rf"\b(?:see|look at) (?:it |things )?from {_THEIR} (?:side|point of view|perspective)\b|"
    rf"\bput yourself in {_THEIR} shoes\b|"
    rf"\b{_THEY} (?:probably|prob|likely|maybe|just|honestly) (?:didn't|did not|wasn't|weren't|"
    r"doesn't|don't) (?:think|mean|realise|realize|know|see|expect)\b|"
    rf"\b{_THEY} (?:didn't|did not|never) mean (?:it|to|any)\b|"
    rf"\b{_THEY} (?:probably |just |only )?meant well\b|"
    rf"\b{_THEY} (?:was|were|is|are|'s|'re) (?:only|just) (?:doing {_THEIR} job|trying to help)\b|"
    rf"\bcan't (?:really )?blame {_THEM}\b|"
    # rules 317 and 331 (one construct): their act or motive explained away as care for them
    # ("Your parents are just looking out for you", "She's only trying to help", "he's probably
    # just protecting you"), after a verb "to be", a softening adverb or both
    rf"\b(?:{_THEY}|your (?:\w+ )?{_PEOPLE}s?|the {_PEOPLE}s?)(?:(?:'s|'re| is| are| was| were) "
    rf"(?:{_SOFTLY} )*| (?:{_SOFTLY} )+)(?:looking (?:out for|after) you|worried about you|"
    r"protecting you|thinking of you|trying to (?:help|protect you|look after you|keep you safe|"
    r"do right by you)|being (?:careful|protective|cautious)|doing what'?s best|wanting what'?s "
    r"best for you)\b|"
    rf"\b(?:{_THEY}|your (?:\w+ )?{_PEOPLE}s?)(?: only| just| probably)? wants? "
    r"(?:what'?s best|the best) for you\b"
)
# rule 331: a verdict for what was done to them ("the ban sounds fair enough to me"); the noun
# has to be a word of their line ("banned"), and not a word of their own stance ("your point is
# fair" grants their view)
VERDICT = re.compile(
    r"\b(?:the|that|this|his|her|their) (?P<what>[a-z]+)(?: (?:sounds|seems|is|was|looks|feels)|"
    r"'s)(?: (?!not\b|never\b|hardly\b|barely\b|in\b)[a-z]+)? (?:fair|fair enough|reasonable|"
    r"justified|deserved|warranted|about right|proportionate)\b",
    re.IGNORECASE,
)
_STANCE = frozenset(
    """point points view views feeling feelings reaction anger frustration request ask question
    concern concerns worry worries complaint complaints position response upset reasoning
    argument case idea plan proposal offer suggestion instinct take""".split()
)


@per_partner_line
def aggrieved_by_someone(partner: str) -> bool:
    """Their line names a third person and tells of trouble (module docstring)."""
    return _THIRD_PERSON.search(partner) is not None and TROUBLE.search(partner) is not None


def defended(text: str, partner: str) -> tuple[int, int] | None:
    """Where the statement pleads the case of the one their line is hurt by (offsets in
    `text`), or None (module docstring)."""
    if text.rstrip().endswith("?") or not aggrieved_by_someone(partner):
        return None
    found = DEFENDS.search(text)
    if found is not None:
        return (found.start(), found.end())
    for m in VERDICT.finditer(text):
        if _done_to_them(m.group("what").lower(), partner):
            return (m.start(), m.end())
    return None


def _done_to_them(word: str, partner: str) -> bool:
    """The verdict's noun names something of their line ("ban" in "I got banned"), not their
    own stance."""
    if len(word) < 3 or word in _STANCE:
        return False
    return any(
        w.startswith(word) or (len(w) >= 5 and len(word) >= 5 and w[:5] == word[:5])
        for w in _WORDS.findall(partner.lower())
    )
