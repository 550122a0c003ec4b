"""Caving: giving in to their demand with a resigned yes ("Fine, we'll go with the higher price
then", "Whatever, we'll get bulk import in for March", "OK, we'll just pay what they're asking",
"Fine, you'll have the full 30% by Friday"), or, after the speaker's own constraint, with "but
OK" and all of what they asked ("That would gut the launch, but OK, I'll cut the full 30% by
Friday", "I'm already on call next weekend, but sure, I'll cover the whole weekend": rule 178).

Such a sentence commits the speaker, and often names a date and their own words, but it is
neither a concrete next step nor an answer that listened: it drops the speaker's side without
asking, trading or explaining. `caves(text, before)` is a wording check on one sentence and the
text before it (English); `read_sentences` marks each sentence (`Sentence.cave`).
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless

_YIELD = (
    r"(?:fine|whatever|you win|if you insist|i give up|have it your way|i guess|i suppose|"
    r"(?:ok(?:ay)?|alright|all right|sure),? (?:fine|whatever))"
)
_COMMITS = r"(?:(?:i|we)(?:'ll| will| can| could)|let's|let us)"
# handing it over: "you'll have it", "you can keep her"
_HANDED = r"(?:you(?:'ll| will| can) (?:have|get|keep|take))"
# all of what they asked for (rule 178)
_ALL_OF_IT = (
    r"(?:the full|the whole|all of (?:it|them|that)|all (?:\d+|the|three|four|five|six)|everything|"
    r"whatever you need)"
)
CAVE = caseless(
    # a resigned yes before the commitment: "Fine, we'll ...", "Whatever, I'll ...", "You win, ..."
    rf"^\W*(?:(?:ok(?:ay)?|alright|all right|sure|well|oh)\W+)?{_YIELD}\b(?:\W+then)?\W+"
    rf"{_COMMITS}\b|"
    # ... or handing it over after a resigned yes (not "I guess you can have one", a concession
    # in a deal): "Fine, you'll have the full 30% by Friday" (rule 178)
    rf"^\W*(?:(?:ok(?:ay)?|alright|all right|sure|well|oh)\W+)?(?:fine|whatever|you win|"
    rf"if you insist|i give up|have it your way)\b(?:\W+then)?\W+{_HANDED}\b|"
    # rule 178: the speaker's own constraint, then "but OK" and all of what they asked: "That
    # would gut the launch, but OK, I'll cut the full 30% by Friday"
    rf"^[^.?!]{{12,}}?\bbut,? (?:ok(?:ay)?|sure|fine|alright|all right|whatever|i guess|"
    rf"i suppose)\b\W+(?:{_COMMITS}|{_HANDED})\b[^.?!]*?\b{_ALL_OF_IT}\b|"
    # giving in "just" to what they ask: "we'll just pay what they're asking", "we'll just skip
    # testing" (not a claim for oneself: "I will just take 3 firewood")
    rf"\b{_COMMITS} just (?:go with|pay|accept|skip|drop|agree|give in|eat the|absorb|swallow|"
    r"cut|ship it|cave|fold)\b|"
    # taking their option with a closing "then": "we'll go with the higher price then"
    rf"\b{_COMMITS} (?:go with|accept|pay|agree to|sign|skip|drop|give in)\b"
    r"[^.?!;]{0,60}\bthen\W*$",
)


# A resigned yes as a sentence of its own ("Fine.", "Whatever.", "OK, fine."), and a sentence
# that opens by committing the speaker ("We'll get it in for March.").
_BARE_YIELD = caseless(
    rf"(?:^|[.!?]\s+)\W*(?:(?:ok(?:ay)?|alright|all right|sure|well|oh)\W+)?{_YIELD}\W*$"
)
_OPENS_COMMITTING = caseless(rf"^\W*(?:(?:then|so)\W+)?{_COMMITS}\b")


# A condition makes it a trade, not a cave ("Fine, we'll do it if reporting moves to April").
_CONDITION = caseless(
    r"\b(?:if|unless|as long as|so long as|provided|in (?:exchange|return)|on condition)\b"
)


def caves(text: str, before: str = "") -> bool:
    """The sentence gives in to their demand with a resigned yes, in it or as the sentence
    before it (`before`: the reply's text before the sentence): "Fine. We'll get it in for
    March." """
    if CAVE.search(text) is not None:
        return _CONDITION.search(text) is None
    return (
        bool(before)
        and _CONDITION.search(text) is None
        and _OPENS_COMMITTING.search(text) is not None
        and _BARE_YIELD.search(before) is not None
    )


_GIVES_ALL = caseless(rf"\b{_ALL_OF_IT}\b")


def gives_all(text: str) -> bool:
    """The sentence hands over all of what they asked ("the full 30%", "the whole weekend",
    "all of it", "everything", "whatever you need"): read with `caves` by rule 221."""
    return _GIVES_ALL.search(text) is not None
