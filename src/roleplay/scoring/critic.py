"""Siding with the partner's critic (rule 31d), or with anyone their line is hurt by (rule 260,
`defended_party.py`): "My doctor says I drink too much" - "Well, your
doctor's right." Their line names someone who judges them (a critic: "my sister says my flat is
a fire hazard", "people keep telling me it wasn't a real baby", "my boss is starting to notice"),
and the reply says that person is right, has a point or should be listened to. However true,
it takes the critic's side against them before their own view has been heard: no restatement
of their point, and it costs empathy and listening. Agreeing with someone on the partner's own
side ("My manager says we need it by Friday" - "Your manager's right, it's urgent") is no
siding: the critic has to speak of the partner (I, me, my) or watch them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from collections.abc import Set as AbstractSet

from roleplay.scoring.acts import ActBank
from roleplay.scoring.defended_party import defended
from roleplay.scoring.openings import finditer, openings
from roleplay.scoring.partner_lines import per_partner_line
from roleplay.scoring.semantic_rules import INFORMED_FEATURES
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.text import caseless_beyond_ascii
from roleplay.scoring.types import Dimension, Evidence

# cue units (x the cues- weight)
SIDING_UNITS: dict[Dimension, float] = {"empathy": -0.6, "listening": -0.5}
SIDING_REASON = "sided with their critic"
# their words and the reflective cues in the siding sentence earn nothing
CREDITED = INFORMED_FEATURES | {"reflection", "follow_up"}
_VALIDATES = 0.6  # a validation this strong acknowledges how it feels for them
_ACKNOWLEDGING = frozenset({"difficulty", "sympathy", "emotion_label", "care"})

_SPEAKS = (
    r"(?:says?|said|thinks?|thought|tells? me|told me|keeps? (?:telling me|saying)|reckons?|"
    r"calls? me|called me|insists?|insisted|blames? me|blamed me|complains?|complained)"
)
# the critic and what they said of the partner: "my doctor says I ...", "people keep telling me"
CRITIC = re.compile(
    rf"\b(?:my|our) ((?:\w+ )?\w+) {_SPEAKS}\b(?=[^.?!]*\b(?:i|me|my|i'm|i've|mine)\b)|"
    rf"\b(?:my|our) ((?:\w+ )?\w+) (?:is|are) (?:starting |beginning )?(?:to )?notic\w*|"
    rf"\b(?:people|everyone|everybody|they|others|friends|family) {_SPEAKS}\b"
    r"(?=[^.?!]*\b(?:i|me|my|i'm|i've|it)\b)",
    re.I,
)
# the reply takes that side: "your doctor's right", "she has a point", "listen to your sister"
SIDES = re.compile(
    r"\b(?:(?:your|the) (?P<who>\w+)|he|she|they|people)(?:'s|'re| is| are) (?:(?:probably|"
    r"absolutely|totally|definitely|actually|completely|quite|100%) )?(?:right|correct|not wrong|"
    r"spot on|onto something|the experts?)\b|"
    r"\b(?:(?:your|the) (?P<who2>\w+)|he|she|they|people) (?:has|have|'s got|'ve got|makes?|make) "
    r"(?:a |got a )?(?:fair |good |valid |real )?point\b|"
    r"\blisten to (?:(?:your|the) (?P<who3>\w+)|him|her|them)\b",
    re.I,
)


# CRITIC without the flag, for lower-cased text whose case is ASCII's (ascii_case.py), and where
# its matches can start (openings.py: "my", "our", "people", ...). A case-blind pattern that
# opens on a word boundary makes the engine try all of it at every position of the line.
_CRITIC_LOWER = re.compile(CRITIC.pattern)
_CRITIC_OPENINGS = openings(CRITIC.pattern)


def critic_matches(partner: str) -> Iterator[re.Match[str]]:
    """`CRITIC.finditer(partner)`'s matches (their groups lower-cased when the line's case is
    ASCII's), the pattern tried only where a match can start."""
    if not caseless_beyond_ascii(partner):
        return CRITIC.finditer(partner)
    return finditer(_CRITIC_LOWER, _CRITIC_OPENINGS, partner.lower())


@per_partner_line
def critics(partner: str) -> frozenset[str]:
    """The last word of each critic their line names ("doctor", "sister"; "people" for a crowd);
    empty when it names none."""
    found: set[str] = set()
    for m in critic_matches(partner):
        who = m.group(1) or m.group(2)
        found.add(who.split()[-1].lower() if who else "people")
    return frozenset(found)


def sides_with_critic(text: str, named: AbstractSet[str]) -> bool:
    """The sentence says one of their critics is right (`named`: :func:`critics` of their
    line); "your X" must be the critic named, a pronoun may stand for any."""
    if not named or text.rstrip().endswith("?"):
        return False
    for m in SIDES.finditer(text):
        who = m.group("who") or m.group("who2") or m.group("who3")
        if who is None or who.lower() in named:
            return True
    return False


def sided(
    sentences: list[Sentence], partner: str, cues: list[tuple[str, Evidence]]
) -> Sentence | None:
    """The first sentence that sides with a critic their line names (None: none does); not one
    that also acknowledges how hard it is for them ("Your doctor is right to check, and it's
    hard to hear")."""
    if not partner:
        return None
    named = critics(partner)
    for s in sentences:
        # rule 260: the one their line is hurt by, defended ("To be fair he ...")
        pleads = defended(s.text, partner) is not None
        if not pleads and s.act.act == "validation" and s.act.strength >= _VALIDATES:
            continue  # ... and acknowledges how it feels, by meaning
        if (pleads or (named and sides_with_critic(s.text, named))) and not any(
            f in _ACKNOWLEDGING
            and e.points > 0
            and e.span is not None
            and s.start <= e.span[0] < s.end
            for f, e in cues
        ):
            return s
    return None


def without_credit(
    sentences: list[Sentence],
    cues: list[tuple[str, Evidence]],
    siding: Sentence,
    bank: ActBank,
    partner: str = "",
) -> tuple[list[Sentence], list[tuple[str, Evidence]]]:
    """The siding sentence restates, validates or concedes nothing (a costly act it performs,
    like advice, stays), and their words picked up in it earn no empathy or listening; nor
    does any cue inside the words that plead the other party's case ("I see" of "I see her
    point", rule 260)."""
    plea = defended(siding.text, partner) if partner else None
    pleading = None if plea is None else (siding.start + plea[0], siding.start + plea[1])
    act = siding.act
    if act.act and all(v >= 0 for v in bank.by_name[act.act].points.values()):
        cleared = siding.without_act()
        sentences = [cleared if s is siding else s for s in sentences]
    kept = [
        (f, e)
        for f, e in cues
        if not (
            e.points > 0
            and e.span is not None
            and (
                (f in CREDITED and siding.start <= e.span[0] < siding.end)
                or (pleading is not None and pleading[0] <= e.span[0] < pleading[1])
            )
        )
    ]
    return sentences, kept
