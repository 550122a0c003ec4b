"""Polarity of a stretch of text, and where its clauses start and end.

A sentence encoder places "we can't host in the US" next to "host in the US": the words are the
same. Intent matching therefore compares only parts of a reply and examples of the same polarity,
decided here: a text is negative when it holds a grammatical negator (not, no, never, can't, ...).
Stock phrases that carry a negator without negating anything ("no problem", "not only") and
double negations that affirm ("I don't see why we can't", "no objection", "not against it") are
taken out first. Repeated negators ("No, we can't, not even for now") stay negative.
"""

from __future__ import annotations

import re

import numpy as np
from numpy.typing import NDArray

from .memo import reading

_NEGATORS = frozenset(
    "not no never cannot nothing none nobody nowhere neither nor cant dont wont isnt arent doesnt "
    "didnt shouldnt couldnt wouldnt mustnt havent hasnt wasnt werent aint".split()
)
_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
_NOT = r"(?:not|n['’]?t|cannot|never)"
_AUX_NOT = (
    r"(?:(?:don|doesn|didn|can|couldn|won|wouldn)['’]?t|cannot|(?:do|does|did|can|could|would)"
    r"\s+not)"
)
_IDIOM = re.compile(
    # every idiom below starts with one of these letters; checking it first makes the
    # search several times faster (the alternation is tried only there)
    r"(?=[ncdwi])(?:"
    r"\b(?:no (?:problem|problems|worries|doubt|matter|wonder|pressure|objections?|exceptions?|excuses|question)"
    r"|not (?:a problem|an issue|only|just|to worry|bad|unreasonable|impossible)"
    r"|(?:not|n['’]?t) (?:against|opposed to|object)"
    rf"|{_AUX_NOT} say no|{_AUX_NOT} argue with"
    r"|why not|whether or not|nothing wrong|no later than|if not|no-brainer)\b"
    # reassurance and politeness that negate no move: "don't worry, I'll take it",
    # "if you don't mind me asking", "never mind", "I can't wait"
    rf"|\b(?:{_AUX_NOT}|never) (?:worry|stress|panic|fret|mind|hesitate|mention it)\b"
    r"|\b(?:never mind|no (?:big deal|rush|hard feelings|stress)|can['’]?t wait"
    r"|(?:can['’]?t|cannot|can not|couldn['’]?t|could not) (?:agree|thank you) (?:more|enough))\b"
    # giving way: "It won't hurt to look", "I won't stand in your way", "I won't fight it",
    # "no harm in trying"; a verb of opposing negated, whatever it opposes ("I won't block a
    # few weeks in Virginia", "I'm not going to veto the pilot") lets it happen
    rf"|\b(?:{_AUX_NOT}|will not|not going to)(?: be the one to)? (?:hurt|harm"
    r"|(?:stand|get) in (?:the|your|their) way|stop (?:you|them)|block|veto|oppose|object to"
    r"|stand against|(?:make|kick up) a fuss|fight(?! for\b)|push back|hold (?:it|this|that) against"
    # ... or letting them off a term: "we won't hold you to the two months", "I'm not going to
    # keep you to the notice period", "we won't make you pay the fee" release, they refuse nothing
    r"|(?:hold|keep) (?:you|them|him|her) to|make (?:you|them|him|her) pay)\b"
    r"|\bno harm\b"
    # giving it at no cost: "We won't charge you for the redesign", "no extra fee", "at no
    # cost to you" - a gift, not a refusal
    rf"|\b(?:{_AUX_NOT}|will not|not going to) (?:charge|bill|invoice)\b"
    r"|\bno (?:extra |additional |further )?(?:charge|fee|cost)s?\b"
    # double negations that affirm: "I don't see why we can't", "no reason not to"
    rf"|\b{_AUX_NOT}\s+see\s+(?:why|any reason)\b[^.?!]*?{_NOT}\b"
    rf"|\bno reason (?:why )?(?:\w+ )?{_NOT}\b"
    # emphatic "must": "that's not negotiable", "this isn't optional"
    r"|(?:\bnot|n['’]t) (?:negotiable|optional|up for (?:debate|discussion))\b"
    r")",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"\s*(?:[;:—–]|\s-\s|,\s*(?=(?:but|though|although|however|yet|so)\b)|\bbut\b)\s*",
    re.IGNORECASE,
)


_CONTRAST = re.compile(r"[\s,;:.!?—–-]*(?:but|though|although|however|yet)\b", re.IGNORECASE)


def after_contrast(text: str, spans: list[tuple[int, int]]) -> NDArray[np.bool_] | None:
    """(parts, parts): ``[p, q]`` is True when part q starts after a contrast word ("but",
    "though", "although", "however", "yet") that directly follows part p, in the same
    sentence or opening the next one. None when no part is followed by a contrast."""
    found = [(p, b) for p, (_, b) in enumerate(spans) if _CONTRAST.match(text, b)]
    if not found:
        return None
    starts = np.array([a for a, _ in spans])
    later = np.zeros((len(spans), len(spans)), dtype=bool)
    for p, position in found:
        later[p] = starts >= position
    return later


# A condition: from its marker to the comma or semicolon that closes it, in one stretch without
# , ; . ! or ? (a stretch that ends otherwise holds none). Found stretch by stretch, not with one
# pattern "marker, then [^,;.!?]*[,;]": tried from every marker of a long stretch that ends in a
# full stop, that pattern read the stretch once per marker ("if if if ...": quadratic).
_CONDITION_MARKER = re.compile(r"\b(?:if|unless|until|whether)\b", re.IGNORECASE)
_STRETCH_END = re.compile(r"[,;.!?]")


def _without_conditions(text: str) -> str:
    """``text`` with each condition (see _CONDITION_MARKER) replaced by one space: in every
    stretch closed by a comma or semicolon, from its first marker to that closing mark."""
    if _CONDITION_MARKER.search(text) is None:
        return text
    parts: list[str] = []
    copied = start = 0
    for stop in _STRETCH_END.finditer(text):
        if stop.group() in ",;":
            marker = _CONDITION_MARKER.search(text, start, stop.start())
            if marker is not None:
                parts.append(text[copied : marker.start()])
                parts.append(" ")
                copied = stop.end()
        start = stop.end()
    parts.append(text[copied:])
    return "".join(parts)


# The outcome a move is for: "What would you need to feel this won't happen again?" asks, and
# "We'll make sure it doesn't happen again" commits; the negation belongs to the outcome. A
# negator before the marker still counts ("I can't promise it won't happen again").
_OUTCOME = re.compile(
    r"\b(?:to (?:feel|be (?:sure|confident|certain))|(?:make|making|be|feel|are|am|is) "
    r"(?:sure|certain|confident)|ensure|ensuring|guarantee|so that)\b[^,;:.!?]*",
    re.IGNORECASE,
)


# Where a negator could be: one of _NEGATORS, or a word ending in "n't", with no letter on
# either side. Every word _count finds is one of these, so a text without a match has none;
# one search is about twice as fast as splitting the text into words, and most sentences have
# no negator.
_MAYBE_NEGATOR = re.compile(
    rf"(?<![a-z])(?:{'|'.join(sorted(_NEGATORS, key=len, reverse=True))})(?![a-z])"
    r"|n['’]t(?![a-z])"
)


# The words (.word_gates.words_of) a text with a negator holds one of: every match of
# _MAYBE_NEGATOR is a negator with no letter on either side, or the "t" of "n't" (after the
# apostrophe): a text that holds none has no negator, and negator_count need not be asked.
NEGATOR_WORDS = _NEGATORS | {"t"}


@reading
def negator_count(text: str) -> int:
    """Grammatical negators in ``text``, leaving out idioms, affirming double negations,
    conditions ("If this isn't fixed, I'll escalate" escalates: the negation is the condition's)
    and outcomes ("to feel this won't happen again", "make sure it doesn't")."""
    lowered = text.lower()
    if _MAYBE_NEGATOR.search(lowered) is None or not _count(lowered):
        return 0
    return _count(_IDIOM.sub(" ", _OUTCOME.sub(" ", _without_conditions(lowered))))


def _count(lowered: str) -> int:
    words = _WORD.findall(lowered)
    count = sum(1 for w in words if w in _NEGATORS)
    if "n't" in lowered or "n’t" in lowered:
        count += sum(1 for w in words if w.endswith(("n't", "n’t")))
    return count


@reading
def is_negative(text: str) -> bool:
    """Whether ``text`` negates what it says: it holds a negator (:func:`negator_count`) outside
    its verbless asides ("Let's take it to your VP as one plan, not two complaints" proposes;
    see _ASIDE)."""
    if negator_count(text) == 0:
        return False
    if "," not in text:
        return True
    asides = _asides(text, 0, len(text))
    if not asides:
        return True
    kept, pos = [], 0
    for comma, _, end in asides:
        kept.append(text[pos:comma])
        pos = end
    kept.append(text[pos:])
    return negator_count(" ".join(kept)) > 0


def has_negator(text: str) -> bool:
    """Whether ``text`` holds a negator at all, in an aside too (:func:`negator_count`)."""
    return negator_count(text) > 0


_FILLER = frozenset(
    "so then and or well sorry afraid sadly unfortunately i'm im is it's its the answer"
    " absolutely certainly definitely of course".split()
)
# A move of the speaker's, or an assent: a clause after a bare no that holds one answers the
# other person before the move ("No: we could phase it"); one without is the no's reason
# ("No; the rota is fixed", "Absolutely not - my flight is booked").
_MOVE_OR_ASSENT = re.compile(
    r"\b(?:let['’]?s|let us|(?:i|we) (?:could|can|might|will|would|shall)|(?:i|we)['’](?:ll|d)"
    r"|how about|what if|instead|happy to|fine|ok|okay|sure|go ahead|yes|glad to)\b",
    re.IGNORECASE,
)


def _bare(piece: str) -> bool:
    """A clause of one word, or only negators and fillers ("so no", "sorry, no")."""
    words = _WORD.findall(piece.lower())
    return len(words) < 2 or all(w in _NEGATORS or w in _FILLER for w in words)


# An aside that sets a verbless phrase against the clause before it ("Let's take this to your
# VP as one joint plan, not two complaints", "I'll get you the answer by Wednesday, no three-week
# wait this time", "The data stays in Frankfurt, not the US"): it says what the move is not, and
# leaves the clause before it affirmative. Not "not even ..." (it extends a no: "We can't, not
# even for a week"), nor an aside with a subject or a verb of its own ("..., not that I like
# it"), nor one after a lone word ("Sorry, no budget left").
_ASIDE = re.compile(
    r",\s*(?:and\s+|but\s+)?(?:not|no)\s+"
    r"(?!(?:even|only|just|yet|now|anymore|really|quite|at all|ever|one|way|chance)\b)"
    r"[^,;:.!?—–]+",
    re.IGNORECASE,
)
_ASIDE_WORD = re.compile(r"\b(?:not|no)\b", re.IGNORECASE)
# an assent just before the comma: the "no Y" after it is what it agrees to, not an aside ("If
# it's only the import then sure, no limits on Thursday" gives the limits up)
_ASSENT_BEFORE = re.compile(
    r"(?:^|[,;]\s*|\b(?:then|oh|well|so|and)\s+)"
    r"(?:sure|fine|ok|okay|alright|all right|yes|yeah|yep|go ahead|go on)\W*$",
    re.IGNORECASE,
)
_SUBJECT_OR_VERB = re.compile(
    r"\b(?:i|we|you|they|he|she|it|is|are|was|were|be|been|am|can|could|will|would|shall"
    r"|that|because|since|if|unless|when|so|anyone|anybody|everyone|everybody|someone|somebody"
    r"|should|may|might|must|do|does|did|have|has|had|go|goes|get|gets)\b|['’](?:ll|re|s|ve|d|m)\b"
    r"|n['’]t\b",
    re.IGNORECASE,
)


def _asides(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """The verbless asides of ``text[start:end]`` (see _ASIDE): where each one's comma is,
    where its "not" / "no" starts, and where it ends."""
    out: list[tuple[int, int, int]] = []
    # The words since the last aside taken (or ``start``) are counted as the asides come, each
    # stretch once: recounting them from there for every aside turned down was quadratic on a
    # long reply of turned-down asides (", not I, not I, ..."). A stretch ends at a comma or at
    # a "not"/"no" after a space, so no word is cut in two.
    seen, counted = 0, start
    for found in _ASIDE.finditer(text, start, end):
        word = _ASIDE_WORD.search(found.group())
        if word is None:
            continue
        if seen < 2:
            seen += len(_WORD.findall(text[counted : found.start()].lower()))
            counted = found.start()
        if seen < 2 or _SUBJECT_OR_VERB.search(found.group(), word.end()) is not None:
            continue
        # (the last few characters only: an assent and the word or mark that opens it)
        if _ASSENT_BEFORE.search(text, max(start, found.start() - 16), found.start()):
            continue
        out.append((found.start(), found.start() + word.start(), found.end()))
        seen, counted = 0, found.start() + word.start()
    return out


def aside_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut before each verbless "..., not Y" / "..., no Y" aside (see
    _ASIDE): the clause, then the aside from its "not" / "no"; the whole span when it has
    none."""
    out: list[tuple[int, int]] = []
    pos = start
    for comma, word, _ in _asides(text, start, end):
        out.append((pos, comma))
        pos = word
    out.append((pos, end))
    return out


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses of ``text[start:end]`` split at ';', ':', dashes and 'but'. A bare piece (one
    word, or only "no"/"not" and fillers) at the start is dropped - "No: we could phase it"
    answers the other person before the offer - unless it says no and the clause after it
    makes no move and gives no assent (see _MOVE_OR_ASSENT): then it joins that clause ("No;
    the rota is fixed", "Absolutely not - my flight is booked" refuse). After a clause it joins that clause:
    "Taking the whole week means cancelling my trip, so no." is a refusal."""
    out: list[tuple[int, int]] = []
    pos = start
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.start() > pos:
            out.append((pos, match.start()))
        pos = match.end()
    if pos < end:
        out.append((pos, end))
    merged: list[tuple[int, int]] = []
    lead: int | None = None  # where a leading bare no starts, when the next clause keeps it
    for n, (a, b) in enumerate(out):
        if not _bare(text[a:b]):
            merged.append((a if lead is None else lead, b))
            lead = None
        elif merged:
            merged[-1] = (merged[-1][0], b)
        elif (
            n + 1 < len(out)
            and has_negator(text[a:b])
            and not text[b : out[n + 1][0]].strip().lower().startswith("but")
            and _MOVE_OR_ASSENT.search(text, out[n + 1][0], out[n + 1][1]) is None
        ):
            lead = a  # "No; the rota is fixed": the no and its reason are one refusal
    return merged
