"""Rule 460: a judgement of the person in mild words is a put-down.

A statement that passes a verdict on THEIR character or ability - "Honestly that sounds a bit
selfish.", "Maybe you're just too sensitive.", "Bit naive tbh.", "Maybe you're not cut out for
it.", "Going behind your mum's back is a bit ungrateful." - talks down to them however softly it
is put. The sentence act becomes a condescension (rule 16's `wording.CONDESCENDING`), so it earns
no acknowledgement credit and the hostility rule (6) caps the reply; no new scale.

The judgement needs a subject that is them or their conduct:
- "you" with a copula or a verb of seeming ("you're (being) ...", "you sound / seem / come
  across as ..."), with any degree word or none;
- "that / this / it" with a copula or a verb of seeming, or a gerund that opens the sentence
  ("Going behind ... is ..."), or no subject at all ("Bit naive tbh."): these only with a
  softening degree word ("a bit", "pretty", "quite", "kind of", "rather", "a little"), since
  "That's so selfish!" is as often outrage on their behalf at someone in their story;
- and a word of character or ability, not of the situation ("selfish", "lazy", "dramatic",
  "ungrateful", "naive", "immature", "childish", "too sensitive", "a bit of a drama queen",
  "not cut out for"); "that sounds exhausting" and "that's a lot" name no trait.

Not a judgement of them: a negated or questioned trait ("You're not lazy at all", "That's not
selfish", "Wanting a break doesn't make you lazy", "Does it feel selfish to you?"), a frame of
their own thought or feeling ("You worry it sounds selfish", `inner_voice.in_their_voice`), a
third party (any he / she / they in the sentence before the trait, or "selfish of him"), and the
speaker's own ("I was lazy about it", "that was lazy of me", "I know this sounds selfish").
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.inner_voice import in_their_voice

# a word of character or ability (an adjective)
_TRAITS = (
    r"(?:selfish|self-?centred|self-?centered|self-?absorbed|self-?indulgent|lazy|dramatic|"
    r"melodramatic|over-?dramatic|ungrateful|naive|naïve|immature|childish|spoil[te]|entitled(?! to)|"
    r"petty|needy|clingy|over-?sensitive|hysterical|irresponsible|attention-?seeking|thin-?skinned|"
    r"precious|whiny|whingy|spineless|gullible|vain|arrogant|stubborn|pathetic|feckless|"
    r"too (?:sensitive|emotional|soft|needy|touchy|precious|fragile|negative|picky|fussy))"
)
# a noun of character ("a bit of a drama queen", "such a snowflake")
_NOUNS = (
    r"(?:drama queen|snowflake|cry-?baby|pushover|doormat|martyr|brat|hypochondriac|"
    r"control freak|narcissist)"
)
_MILD = r"(?:a bit|a little|bit|pretty|quite|kind of|kinda|sort of|rather|slightly|somewhat)"
_DEGREE = rf"(?:{_MILD}|just|really|so|very|too|being|clearly|obviously|honestly|actually)"
_TRAIT = rf"(?:{_TRAITS}|(?:a bit of an?|bit of an?|such an?|an?) {_NOUNS})\b"
_SEEM = r"(?:sound|sounds|seem|seems|look|looks|come across as|comes across as|came across as)"

# "you're / you are / you sound / you're being" + (degree words) + trait
_YOU = caseless(
    rf"\byou(?:'re| are| were| sound| seem| look| come across as|'re being| are being)"
    rf"(?: {_DEGREE}){{0,3}},? {_TRAIT}"
)
# "that / this / it" + copula or seeming + a mild degree word + trait
_THAT = caseless(
    rf"\b(?:that|this|it)(?:'s| is| was| {_SEEM})(?: (?:just|honestly|really))?"
    rf"(?: {_DEGREE}){{0,2}} {_MILD} {_TRAIT}"
)
# a gerund that opens the sentence ("Going behind your mum's back is a bit ungrateful")
_GERUND = caseless(
    rf"^\W*(?:(?:honestly|tbh|well|mate|lol),? )*\w+ing\b[^,;?.!]{{0,60}}? (?:is|was|{_SEEM})"
    rf"(?: {_DEGREE}){{0,2}} {_MILD} {_TRAIT}"
)
# no subject at all ("Bit naive tbh.", "Honestly, a bit selfish.")
_BARE = caseless(rf"^\W*(?:(?:honestly|tbh|well|mate|lol),? )*{_MILD} {_TRAIT}")
# their fitness for something, denied: "you're not cut out for it", "you're just not made for"
_NOT_CUT_OUT = caseless(
    r"\byou(?:'re| are)(?: just| simply| really| maybe| probably)? not (?:really )?"
    r"(?:cut out|made|built) for\b"
)
_NEGATION = caseless(r"\b(?:not|never|nothing|none|hardly)\b|n't\b")
_THIRD = caseless(r"\b(?:he|she|they|him|her|them|his|their|he's|she's|they're)\b")
_OF_OTHER = caseless(r"^\W*of (?:him|her|them|his|their|the|your \w+)\b")
_OWN = caseless(r"\b(?:i|i'm|i was|me|my)\b|\bi (?:know|realise|realize|admit|guess)\b")
_REPORTED = caseless(
    r"\b(?:say|says|said|think|thinks|thought|call|calls|called|tell|tells|told|mean|means|make|"
    r"makes|made|feel|feels|felt|worry|worried|afraid|scared|fear|believe|believes)"
    r"(?: that| like| as if)?\W*$"
)
_CLAUSE = re.compile(r"[,;:\u2014]| - | but | and | so | if ", re.I)
_TAG = caseless(r",? (?:isn't|is|wasn't|aren't|don't|doesn't) (?:it|that|this|you|they)\W*$")


def _judgement(sentence: str) -> tuple[re.Match[str], bool] | None:
    """The judgement's match, and whether its subject is "you" itself."""
    for pattern, of_you in ((_NOT_CUT_OUT, True), (_YOU, True), (_THAT, False), (_GERUND, False)):
        found = pattern.search(sentence)
        if found is not None:
            return found, of_you
    found = _BARE.search(sentence)
    return None if found is None else (found, False)


def judges_person(sentence: str) -> bool:
    """`sentence` passes a judgement of character or ability on them (module docstring)."""
    stripped = sentence.rstrip()
    if stripped.endswith("?") and _TAG.search(stripped.rstrip("?")) is None:
        return False  # a question asks ("Does it feel selfish to you?")
    judged = _judgement(sentence)
    if judged is None:
        return False
    found, of_you = judged
    before = sentence[: found.start()]
    inside = found.group()
    # negation in the judgement's own clause ("if they said no twice, maybe you're not cut out
    # for it" keeps its judgement; the fitness form carries its own "not")
    clause = _CLAUSE.split(before)[-1]
    checked = clause if _NOT_CUT_OUT.search(inside) else clause + " " + inside
    if _NEGATION.search(checked) is not None:
        return False
    if of_you:
        reported = _REPORTED.search(before)
        if reported is not None and not sentence[: reported.start()].rstrip().lower().endswith(
            ("i", "i'd")
        ):
            return False  # "your mum says you're lazy": someone's view (not "I think you're ...")
    elif _THIRD.search(before + " " + inside) is not None or _OWN.search(before) is not None:
        return False  # "she's being a bit selfish", "I know this sounds a bit selfish"
    if _OF_OTHER.search(sentence[found.end() :]) is not None:
        return False  # "that's a bit selfish of him"
    if re.match(r"^\W*of me\b", sentence[found.end() :], re.I):
        return False  # "that was a bit lazy of me"
    return not in_their_voice(sentence, found.start())
