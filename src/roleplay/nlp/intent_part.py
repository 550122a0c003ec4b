"""The shape several readings of a reply's part share (issue 12): a part that opens with a
construct and makes no move after it.

Clearing someone of blame (:mod:`.intent_exonerates`), seeing why (:mod:`.intent_acknowledged`),
a forecast against the move (:mod:`.intent_long_shot`), a fault owned only "if"
(:mod:`.intent_if_fault`), a warning (:mod:`.intent_warning`) and sending them elsewhere
(:mod:`.intent_suggests`) are each read the same way: a cheap first check on the lowered reply
(a word every such part needs), then on the part itself: not a question, the construct's
pattern at its start (or, for a forecast, anywhere in it), and no clause after the match that
may make a move of its own. An intent keeps meeting such a part when one of its examples holds
the construct. :class:`PartReading` is that shape once; each module keeps its patterns, its
words and its reasons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .intent_readings import substrings
from .memo import reading


class PartReading:
    """One construct read in a part of a reply.

    ``words``: what every such part holds, looked for in the lowered reply (:meth:`may`; a
    pattern, or words found as plain substrings);
    ``opens``: the construct, matched at the part's start (``anywhere``: searched in it);
    ``more``: a clause after the construct that makes a move of its own (None: none is looked
    for); ``examples``: the pattern an intent's example must hold, matched or searched as
    ``opens`` is, for the intent to keep meeting such a part (None: the example must itself be
    such a part, :attr:`reads`)."""

    __slots__ = ("reads", "_found", "_in_example")

    def __init__(
        self,
        words: tuple[str, ...] | re.Pattern[str],
        opens: re.Pattern[str],
        more: re.Pattern[str] | None = None,
        *,
        anywhere: bool = False,
        examples: re.Pattern[str] | None = None,
    ) -> None:
        self._found = words if isinstance(words, re.Pattern) else substrings(words)
        find = opens.search if anywhere else opens.match

        @reading
        def reads(text: str) -> bool:
            """The part holds the construct, is not a question and makes no move after it."""
            if text.rstrip().endswith("?"):
                return False
            found = find(text)
            if found is None:
                return False
            return more is None or more.search(text, found.end()) is None

        self.reads: Callable[[str], bool] = reads
        self._in_example: Callable[[str], re.Match[str] | None] | None = None
        if examples is not None:
            self._in_example = examples.search if anywhere else examples.match

    def may(self, lowered: str) -> bool:
        """Whether ``lowered`` (a reply in lower case) holds a word every such part needs."""
        return self._found.search(lowered) is not None

    def held_by(self, examples: Sequence[str]) -> bool:
        """Whether one of an intent's examples holds the construct (one is enough)."""
        find = self._in_example
        if find is None:
            return any(self.reads(e) for e in examples)
        return any(find(e) is not None for e in examples)
