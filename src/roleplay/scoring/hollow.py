"""Rules 410-411 (docs/scoring.md): a reply in short units that hold nothing of theirs.

Two shapes of gaming earn credit unit by unit while taking up nothing the partner said:

- rule 410, questions only: "What would you like to happen? How does that make you feel? What
  do you think the next step is? Is there anything else?" (to a tenant whose boiler has been
  broken for nine days, with a newborn) scored listening 99 and 70 overall, above a plain reply
  that booked an engineer: each stock question earned an open question's credit, a question
  about their needs, a reflection for "you feel". Rule 351 caps a volley of five questions or
  more; three or four generic questions slipped under it. Questions that fit any line, with
  nothing said back, hand all the work to the one answering.
- rule 411, a bulleted list of stock phrases: "- I hear you / - Your concerns are important to
  us / - We value you as a tenant / - Thank you for your patience" scored 57, above the same
  plain reply: rule 51 reads a stack of stock phrases as stuffing only when it holds no word of
  matter at all, and "tenant" (a word for who they are, not for what they said) was one. Set out
  as a list, slogans are still slogans.

Both read the units together: no unit holds a word of their line's matter (rule 51's
`matter_words`, compared by a light stem), none holds a digit or a commitment of the speaker's
own ("I'll", "we will", "I'm going to"), and the units hold no more words of matter of their own
than there are units (a word a unit on average: "next step", "tenant"). Then the reply asks or
lists nothing of theirs. Not: three questions that take up their words ("How long has the boiler
been off? ..."), three specific questions of the speaker's own matter ("Is the baby warm enough
tonight? Do you have a plug-in heater? Could you stay with family?"), a bulleted plan ("- I'll
book the engineer today"), a statement beside the questions, two questions.
"""

from __future__ import annotations

import re

from roleplay.scoring.content_words import short_stem
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.stuffing import matter_words

HOLLOW_UNITS = 3  # questions or list items, at least
QUESTIONS_CAP = 40  # as rule 351's volley
QUESTIONS_WHY = "questions with nothing of theirs in them and nothing said back"
SLOGANS_CAP = 50  # as rule 51's stuffing (rule 255)
SLOGANS_WHY = "a list of stock phrases with nothing of theirs"

_BULLET = re.compile(r"\s*(?:[-*•·‣▪–]|\d{1,2}[.)])\s+(?=\S)")
_COMMITS = re.compile(
    r"\b(?:I|we)(?:'ll| will| shall|'m going to| am going to|'re going to| are going to)\b",
    re.IGNORECASE,
)


def matter_stems(text: str) -> set[str]:
    """The light stems of a text's words of matter ("tenant's" -> "tenant")."""
    return {short_stem(re.sub(r"'s$", "", w.lower())) for w in matter_words(text)}


def holds_nothing_of_theirs(units: list[str], partner: str) -> bool:
    """No unit names their matter, a number or a commitment, and the units hold at most a word
    of matter of their own a unit."""
    text = "\n".join(units)
    if _COMMITS.search(text) or re.search(r"\d", text):
        return False
    own = matter_stems(text)
    return len(own) <= len(units) and not own & matter_stems(partner)


def generic_questions(sentences: list[Sentence], partner: str) -> Sentence | None:
    """The first of three or more questions, said with nothing else, that hold nothing of
    theirs (rule 410), or None."""
    said = [s for s in sentences if not s.repeat]
    if len(said) < HOLLOW_UNITS or not all(s.text.rstrip().endswith("?") for s in said):
        return None
    if not holds_nothing_of_theirs([s.text for s in said], partner):
        return None
    return None if checks_in([s.text for s in said]) else said[0]


# Rule 450: a question after how they are in body and rest, or that offers to take a load off
# them, asks about them even with no word of their line ("How are you holding up?", "Did you get
# any sleep?", "Have you eaten?", "Is anyone with you tonight?", "Is there anything I can take off
# your plate?", "Shall I pick the kids up?"). Not the stock questions that hand them the work
# ("How does that make you feel?", "What do you need?", "Do you have support?", "What would you
# like me to do?", "Is there anything I can do?").
_CARE = re.compile(
    r"\b(?:hold(?:ing)? up|coping|getting by|keeping going|sleep\w*|slept|eat(?:en|ing)?|ate|"
    r"food|meal|lunch|dinner|breakfast|drink|rest(?:ed|ing)?|a break|lie down|warm enough|"
    r"in pain|hurt(?:ing)?|(?:any|some)(?:one|body) with you|"
    r"(?:i|we) (?:can|could) take (?:\w+ ){0,3}off your (?:plate|hands|mind)|"
    r"(?:can|could|shall|should) (?:i|we) (?:pick|bring|fetch|drive|cook|cover|collect|mind|"
    r"sit with|come (?:round|over)|take (?:\w+ ){0,3}off your)\b)",
    re.IGNORECASE,
)


def checks_in(questions: list[str]) -> bool:
    """Half the questions or more, and two at least, ask how they are in body and rest or offer
    to take a load off them: a check-in, not a volley of stock questions (rule 450)."""
    caring = sum(1 for q in questions if _CARE.search(q))
    return caring >= 2 and 2 * caring >= len(questions)


def slogan_list(reply: str, sentences: list[Sentence], partner: str) -> Sentence | None:
    """The first sentence of a reply set out as three or more list items, with at most one
    line besides them, none of which holds anything of theirs (rule 411), or None."""
    lines = [line for line in reply.splitlines() if line.strip()]
    items = [line for line in lines if _BULLET.match(line)]
    if len(items) < HOLLOW_UNITS or len(lines) - len(items) > 1 or not sentences:
        return None
    units = [_BULLET.sub("", line, count=1) for line in lines]  # "1." is no number of theirs
    return sentences[0] if holds_nothing_of_theirs(units, partner) else None
