"""A condition they can meet, with the speaker's move back: an offer, not an ultimatum (rule 31c).

"Add the report as a citation and I'll leave it", "Send me the logs and I'll take another look",
"Retitle it and I'll reopen the thread": the curt compromise of an online dispute. The encoder
placed such sentences next to ultimatums ("Keep pushing and you'll regret it") or dismissals,
because they share the "do X and I'll Y" form; what decides is what the speaker then does. When
it gives them something back (leave, keep, restore, reopen, merge, accept, take another look,
reconsider ...) and the sentence has no "or" / "otherwise", it offers a trade. A consequence
that harms them ("and I'll report you", "or I'll revert it") is no offer and keeps its reading.
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless

# "<what they do> and / then I'll <something back>", after an optional "Fair." / "OK,".
_OFFERED = caseless(
    r"^\W*(?:(?:fair|ok|okay|fine|sure|right|alright|deal)\b[.,!]?\s*)?(?:just |please )?"
    # what they do, as an imperative: not a statement of the speaker's ("I reverted it because
    # it was wrong, and I will keep reverting it")
    r"(?!(?:i|i'm|i've|i'd|we|we're|we've|you|you're|he|she|they|it|it's|this|that|there)\b)[a-z]+"
    r"\b[^.?!;]*\b(?:and|then|,) (?:i|we)(?:'ll| will) (?:happily |gladly |be happy to |be glad to )?"
    r"(?:leave|keep (?:it|them|your|the)|restore|reopen|unlock|merge|approve|accept|take (?:another|a second|a fresh|a) "
    r"look|look (?:again|at it)|reconsider|put it back|review|update|drop|withdraw|include|add|"
    r"sign|unblock|reinstate|undo|remove the tag|lift)\b",
)
_UNLESS = caseless(r"\b(?:or|otherwise|else|unless)\b")


def offers_on_condition(text: str) -> bool:
    """A statement that asks something of them and gives them something back for it."""
    return (
        not text.rstrip().endswith("?")
        and _OFFERED.search(text) is not None
        and _UNLESS.search(text) is None
    )
