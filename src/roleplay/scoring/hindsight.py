"""Hindsight read by whose conduct it judges (docs/scoring.md rule 430).

"Should have" and "if you'd ..., it wouldn't have" judge a past act by what ought to have been
done. What such a sentence does depends on whose act it judges, not on its words:

- the speaker's own ("We should have rung you.", "I accused you without evidence, and I
  shouldn't have."): owning a fault, an apology, and no advice;
- theirs ("Should have worn earplugs.", "You should have taken photos", "If you'd pushed harder
  for a referral it wouldn't have taken nine years"): hindsight blame, a cost however calm;
- a burden they should never have had ("you shouldn't have to carry our promise", "you shouldn't
  have had to chase it"), a wrong done to them ("You should have been told before he kept
  it") or their fault denied ("none of it is your fault", "it's not on you", "you did nothing
  wrong", rule 432): it takes their side, so it validates them and blames no one of theirs.

A modal perfect followed by no participle is no hindsight ("You should have the draft by
Friday"), nor is an expectation ("you should have heard back by now", "should have received").
Their regret reflected ("So if you'd known, you'd never have ...") and a third party's act (rule
153's verdicts) are left to the rules that read them. Hit-level, so the lexical scorer reads it
too (this module imports no encoder).
"""

from __future__ import annotations

import re

from roleplay.scoring.features_base import Hit
from roleplay.scoring.text import PreparedText, snippet

OWN = "own"  # the speaker's (or their side's) own act
THEIRS = "theirs"  # the partner's act
FOR_THEM = "for_them"  # a burden or a wrong they should not have had
NONE = "none"  # a modal perfect that judges no act ("You should have the draft by Friday")

# "should have" / "should've" / "shouldn't have" / "ought (not) to have", with the word before it
_MODAL = re.compile(
    r"(?:\b(?P<subj>[a-z]+)\s+)?(?:(?:really|probably|honestly|just|definitely|clearly|"
    r"never|obviously|truly|surely|at least)\s+)?"
    r"(?P<modal>should(?:n't|\s+not|\s+never)?|ought(?:n't|\s+not)?\s+to)(?:'ve|\s+have|\s+of)\b"
    r"\s*(?P<next>[a-z']+)?(?:\s+(?P<after>[a-z']+))?"
)
# "if you'd / if you had (not) <participle> ..." then "would(n't) have" later in the sentence
_IF_PERFECT = re.compile(
    r"(?<!\bso )(?<!\bthat )\bif\s+(?P<subj>you|u)\s*(?:'d|\s+had)(?:n't|\s+not|\s+never|\s+just|\s+only|"
    r"\s+\w+ly)?\s+(?P<next>[a-z']+)"
)
_WOULD_HAVE = re.compile(
    r"\b(?:would(?:n't|\s+not|\s+never)?|'d(?:\s+never)?|could(?:n't)?)"
    r"(?:'ve|\s+have|\s+be)\b"
)
# their fault denied ("none of it is your fault", "it's not on you", "you did nothing wrong"):
# a wrong they did not do, so it takes their side like a burden they should not have had
_EXONERATES = re.compile(
    r"\b(?:(?:is|was|are|were|'s)(?:n't|\s+not|\s+never|\s+in\s+no\s+way)|"
    r"none\s+of\s+(?:it|this|that|these|those|what\s+happened)(?:\s+\w+)?\s+(?:is|was|are|were)|"
    r"nothing\s+(?:about|of|in)\s+(?:it|this|that)(?:\s+\w+)?\s+(?:is|was)|"
    r"no\s+part\s+of\s+(?:it|this|that)\s+(?:is|was))"
    r"\s+(?:\w+\s+)?(?:your|ur)\s+(?:fault|doing)\b|"
    r"\b(?:is|was|'s)(?:n't|\s+not)\s+(?:on|down\s+to)\s+you\b|"
    r"\byou(?:'re|\s+are|\s+were)(?:n't|\s+not)\s+to\s+blame\b|"
    r"\byou\s+(?:did\s+nothing|didn't\s+do\s+anything|haven't\s+done\s+anything)\s+wrong\b"
)
# ... but a guess is reassurance from afar, left to the rules of reassurance ("I'm sure you did
# nothing wrong")
_GUESSED = re.compile(r"\b(?:i'm sure|i am sure|i bet|surely|probably|i doubt)\b")
# "if you'd known / realised": their regret, reflected, not a fault found
_KNEW = frozenset({"known", "realised", "realized", "thought", "guessed", "seen", "heard"})
_OWN_SUBJECTS = frozenset({"i", "we"})
_THEIR_SUBJECTS = frozenset({"you", "u", "ya"})
# participles that are not -ed or -en
_IRREGULAR = frozenset(
    "been done gone told said known caught brought bought made kept left let put read run set "
    "shut won worn sent spent lent met paid rung sung begun swum drunk stood understood thought "
    "fought taught sought dealt felt meant slept lost held heard found built burnt learnt spelt "
    "stuck struck hung hit cut quit split spread come become overcome got".split()
)
# an expectation, not a judgement: "you should have heard back / received it by now"
_EXPECTED = frozenset({"heard", "received", "got", "gotten", "had", "seen"})
_BY_NOW = re.compile(
    r"\b(?:by now|already|by (?:then|monday|tuesday|wednesday|thursday|friday|"
    r"the end|tomorrow|next))\b"
)
_BURDEN = re.compile(r"^(?:to|had|needed|need)$")


def participle(word: str | None) -> bool:
    """A word that can be a past participle: -ed, -en, or an irregular one."""
    if not word:
        return False
    return word.endswith(("ed", "en", "wn")) or word in _IRREGULAR


def readings(lower: str, sentences: tuple[tuple[int, int], ...]) -> list[tuple[int, int, str]]:
    """(start, end, whose) for every piece of hindsight in the lower-cased reply."""
    found: list[tuple[int, int, str]] = []
    if not any(
        w in lower
        for w in ("ave", "'ve", " of ", "fault", "doing", "blame", "wrong", "on you", "to you")
    ):
        return found
    for start, end in sentences:
        text = lower[start:end]
        expected = _BY_NOW.search(text) is not None
        for m in _MODAL.finditer(text):
            whose = _whose_modal(text, m)
            if expected and (whose == THEIRS or m.group("next") in _EXPECTED):
                whose = NONE  # "you should have heard back by now": an expectation
            if whose is not None:
                found.append((start + m.start(), start + m.end(), whose))
        for m in _EXONERATES.finditer(text):
            if _GUESSED.search(text, 0, m.start()) is None:
                found.append((start + m.start(), start + m.end(), FOR_THEM))
        for m in _IF_PERFECT.finditer(text):
            nxt = m.group("next")
            if expected or nxt in _KNEW or not participle(nxt):
                continue
            if _WOULD_HAVE.search(text, m.end()):
                found.append((start + m.start(), start + m.end(), THEIRS))
    return found


def _whose_modal(text: str, m: re.Match[str]) -> str | None:
    subj = m.group("subj")
    nxt = m.group("next") or ""
    negated = "n't" in m.group("modal") or " not" in m.group("modal") or "never" in m.group(0)
    # the sentence opens with the modal: the subject left out is their own ("Should've worn ...")
    opening = subj is None and not text[: m.start()].strip(" \"'(-")
    if subj in _OWN_SUBJECTS:
        # "..., and I shouldn't have." leaves the act out: it is the one just named
        return OWN if participle(nxt) or not nxt else NONE
    if subj not in _THEIR_SUBJECTS and not opening:
        return None  # a third party's act: their_corner.py reads a verdict on another
    if _BURDEN.match(nxt) and (nxt == "to" or m.group("after") == "to"):
        return FOR_THEM if negated else None  # "you shouldn't have (had) to ..."
    if nxt == "been":
        after = m.group("after") or ""
        # "you should have been told": a wrong done to them; "been more careful": theirs
        return FOR_THEM if participle(after) and after not in ("been",) else THEIRS
    if nxt in _EXPECTED:
        return None  # "should have got / had / heard ...": an expectation as often as blame
    return THEIRS if participle(nxt) else NONE


def hindsight_hits(text: PreparedText, hits: list[Hit]) -> list[Hit]:
    """`hits` with hindsight read by whose act it judges: blame on a burden or a wrong done to
    them dropped (and read as validation), blame added for their act, an apology for one's own."""
    found = readings(text.lower, text.sentences)
    if not found:
        return hits
    not_theirs = [(a, b) for a, b, whose in found if whose != THEIRS]

    def misread(h: Hit) -> bool:
        # blame or advice on an act that is not theirs, or on no act at all
        return (
            h.feature in ("blame", "advice")
            and h.start is not None
            and any(a <= h.start < b for a, b in not_theirs)
        )

    out = [h for h in hits if not misread(h)]
    for a, b, whose in found:
        if whose == NONE:
            continue
        feature = {OWN: "apology", THEIRS: "blame", FOR_THEM: "validation"}[whose]
        if not any(h.feature == feature and h.start is not None and a <= h.start < b for h in out):
            out.append(Hit(feature, a, b, snippet(text.original, a, b)))
    return out


def not_at_them(sentence: str) -> bool:
    """The sentence owns a fault of the speaker's side ("We should have rung you."), names a
    burden they should not have had ("You shouldn't have had to pay that") or denies their
    fault ("none of it is your fault"), and finds none of theirs: no advice and no blame,
    whatever the encoder hears in it."""
    lower = sentence.lower()
    found = {whose for _, _, whose in readings(lower, ((0, len(lower)),))}
    return bool(found & {OWN, FOR_THEM}) and THEIRS not in found
