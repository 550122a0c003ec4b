"""Rules 133 and 135: a stock acknowledgement as the preamble to advice or facts, or before a
wave-off or a closed door.

"I hear you, and I understand your concern. Bell's palsy is caused by inflammation of the
facial nerve, and most people recover fully within three to six months." scored listening 68
against 50 for "Not a stroke, but you still can't smile at them.": the opening's stock words
earned understanding, their point of view, a reflection of "your concern" and "engaged with
their view before giving yours", though all that follows informs or instructs. The tenth genre
set's dev half has it on six of its ten lines (counselling, support, health, workplace). A reply
whose acknowledging sentences are stock words alone and whose every other sentence is advice or
information uses the acknowledgement as a preamble to the fix (the righting reflex): its credits
earn the share a stock phrase earns (rule 51's `STUFFED_SHARE`).

Not a preamble: an acknowledgement that names something of theirs ("I hear you: three weekends
in a row is a lot"), a reply with a question about them, a proposal, an offer or a view of the
speaker's own after the acknowledgement (receptiveness: "I understand your concern, but I think
the policy protects victims" engages with their view and keeps its credit).

Rule 135 (genre16): the stock acknowledgement may open a longer sentence ("I understand your
concern, and lots of people go through doubt, so keep praying"), and the rest may move on in
other ways than facts or advice told: advice asked ("Have you thought about speech therapy?"),
an instruction in any clause ("Just own it next time"), a cue of minimising, dismissal or a
brush-off, their trouble made common or small ("freezing happens to everyone", "you were lucky
to last"), or a closing line ("that's all there is to say about it"). The definition of a stock
acknowledgement is `stock_ack.py`'s, shared with rule 111 (rule 134).
"""

from __future__ import annotations

import re

from roleplay.scoring.ascii_case import caseless
from roleplay.scoring.sentences import FAINT, Sentence
from roleplay.scoring.stock_ack import ack_clause, stock_ack
from roleplay.scoring.types import Evidence
from roleplay.scoring.wording import INSTRUCTION, advice_wording

FIXING_ACTS = frozenset({"advice", "information"})
# an acknowledgement of how it feels for them: no fact (rule 135)
FELT_CUES = frozenset({"difficulty", "validation", "sympathy", "emotion_label", "emotion_match"})
# ... or the encoder's reading, however faint (an affirmation read faintly is no sure sign:
# "have you considered talking to them" was one)
FELT_ACTS = frozenset({"validation"})
# a remedy asked as a question, with or without its question mark
ADVICE_QUESTION = re.compile(
    r"^\W*(?:(?:so|and|but|well|ok(?:ay)?),? )?(?:have|did|had) you (?:ever |even |already )?"
    r"(?:considered|thought about|thought of|tried|looked into)\b",
    re.I,
)
# cues that fix, wave off or shut the door (rule 135)
MOVING_ON_CUES = frozenset(
    {
        "advice",
        "minimising",
        "dismissal",
        "brush_off",
        "undervalue",
        "hard_no",
        "ultimatum",
    }
)
# their trouble made common or small: "freezing happens to everyone", "you were lucky to last
# as long as you did", "it's just one exam", "I'm sure your teacher was just tired", "I
# wouldn't read anything into it" (not their feeling made common: "lots of people feel the
# same", "everyone gets nervous presenting" normalise it, which validates)
NORMALISED = re.compile(
    r"\b(?:(?:it |this |that )?happens to (?:everyone|everybody|all of us|the best of us)|"
    r"you(?:'re| are| were) (?:lucky|fortunate)|(?:it's|it has|it's) only been\b|"
    r"(?:lots of|plenty of|many|most) people would (?:love|kill|give anything|be glad|be grateful)|"
    r"(?:it's|it is|it was|that's|that was) (?:just|only) (?:one|a|an)\b(?! (?:more|other)\b)|"
    r"i'm sure (?:\w+ ){1,3}(?:was|were|is|are) (?:just|only)\b|"
    r"(?:wouldn't|would not|shouldn't|should not|don't) read (?:anything|too much) into)",
    re.I,
)
# an instruction opened by "just" ("Just own it next time", "Just push through it")
JUST_DO = re.compile(
    r"^\W*(?:(?:so|and|then|now),? )?just (?:own|push|power|get|move|try|ignore|forget|accept|"
    r"relax|breathe|focus|stop|go|say|tell|ask|talk|keep|deal|put|make|take|give|stay|smile|"
    r"shrug|brush|be|do|pray|trust|wait|leave)\b",
    re.I,
)
# clause boundaries: an instruction may follow a comma or "so" ("..., so try not to be too hard
# on yourself and just push through it")
_CLAUSES = re.compile(r"[,;:]\s*(?:(?:and|so|then|but)\s+)?|\s+(?:so|and then|and just)\s+", re.I)
# a closing line: the matter is not open ("rules are rules", "that's all there is to say")
CLOSED_DOOR = re.compile(
    r"\b(?:rules are rules|(?:that's|that is) all there is to (?:say|it)|end of (?:story|"
    r"discussion)|(?:that's|that is) (?:not happening|final|not up for (?:discussion|debate))|"
    r"not up for (?:discussion|debate)|(?:it|that) is what it is|nothing (?:more )?(?:i|we) "
    r"can do)\b",
    re.I,
)
# the speaker's own side (a sentence with no act that speaks of what the speaker needs, did or
# thinks is no fact about their situation: "I need the firewood for the kids")
OWN_WORDS = caseless(r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|we've|our|us)\b")
# a view of the speaker's own: engaging with their view by giving one's own (receptiveness)
OWN_VIEW = caseless(
    r"\b(?:i think|i believe|i feel|i'd argue|i would argue|in my (?:view|opinion|experience)|"
    r"my view|personally|i agree|i disagree|to me)\b"
)


def _fixes(s: Sentence, cues: list[tuple[str, Evidence]]) -> bool:
    """A sentence that informs or instructs: read so, or read as no act (or a faint one) and about neither
    side's own (the encoder reads facts faintly: "Bell's palsy is caused by ..." had no act);
    no question, no view of one's own, and (rule 135) no acknowledgement of how it feels for
    them in it, by its cues or by the encoder's reading as a validation, however faint ("Lots of players freeze
    in exams, and it must have felt awful" was read as a faint validation and taken for a
    fact)."""
    return (
        (
            s.act.act in FIXING_ACTS
            or (
                (s.act.act == "" or (s.act.strength < FAINT and s.act.act not in FELT_ACTS))
                and OWN_WORDS.search(s.text) is None
            )
        )
        and not s.text.rstrip().endswith("?")
        and OWN_VIEW.search(s.text) is None
        and not any(
            f in FELT_CUES and e.points > 0 and e.span is not None and s.start <= e.span[0] < s.end
            for f, e in cues
        )
    )


def _moves_on(s: Sentence, text: str, cues: list[tuple[str, Evidence]]) -> bool:
    """Rule 135: `text` (a sentence, or the rest of one after its stock opening) fixes, waves
    the matter off or shuts the door: advice asked as a question ("Have you thought about speech
    therapy?"), advice by its wording or a cue of advice, minimising, dismissal or a brush-off in
    it, their trouble made common or small ("freezing happens to everyone", "you were lucky to
    last"), or a closing line ("rules are rules", "that's all there is to say")."""
    if s.act.act in FIXING_ACTS and s.act.margin >= 1.0:
        return True  # advice by its wording, asked or told ("Have you thought about ...?")
    if NORMALISED.search(text) or CLOSED_DOOR.search(text) or ADVICE_QUESTION.search(text):
        return True
    if text.rstrip().endswith("?") or OWN_VIEW.search(text) is not None:
        return False
    if advice_wording(text) or any(
        INSTRUCTION.search(clause) or JUST_DO.search(clause) for clause in _CLAUSES.split(text)
    ):
        return True
    start = s.start + s.text.find(text) if text != s.text else s.start
    return any(
        f in MOVING_ON_CUES and e.points < 0 and e.span is not None and start <= e.span[0] < s.end
        for f, e in cues
    )


def preamble(sentences: list[Sentence], cues: list[tuple[str, Evidence]]) -> list[tuple[int, int]]:
    """The spans of the stock acknowledgements (sentences, or the opening clause of a sentence:
    rule 135), when everything else in the reply informs, advises, waves the matter off or shuts
    the door (empty otherwise)."""
    spans: list[tuple[int, int]] = []
    rest: list[tuple[Sentence, str]] = []
    for s in sentences:
        if stock_ack(s.text):
            spans.append((s.start, s.end))
            continue
        end = ack_clause(s.text) if not rest else None  # an opening clause (rule 135)
        if end is not None:
            spans.append((s.start, s.start + end))
            rest.append((s, s.text[end:].lstrip(" ,;:-\u2014\u2013")))
        else:
            rest.append((s, s.text))
    if not spans or not rest:
        return []
    if all((text == s.text and _fixes(s, cues)) or _moves_on(s, text, cues) for s, text in rest):
        return spans
    return []
