"""The encoding intents are matched with: the shared static table, its words weighed flatter.

The encoder weighs each word piece by its row's norm, which grows as the word gets rarer: in a
scenario's replies the rare words name the topic ("region", "Virginia", "budget" weigh 5-7)
and the words that make the move are frequent ("go", "fine", "still", "wait" weigh 3-4.5). Every
intent of a scenario shares the topic, so for intents the move words are what tells them
apart. Intent matching therefore weighs each piece by ``norm ** WORD_WEIGHT_POWER``: the order
of the weights is kept, their spread narrowed. (Scoring keeps the encoder's own weights.)

Measured with ``benchmarks/intents.py`` (see benchmarks/README.md, sixth round of issue 12):
powers 0.25-0.6 all raised top-1 on the dev, tuning and library tuning sets; 0.4 was chosen on
the dev sets, and 0 (every piece alike) lowered top-1 everywhere.

A promise put to the listener as "Expect X from me" or "Expect X by Friday" says what "I'll
get you X from me / by Friday" says, but in words no example of a commitment uses ("expect"
alone is closer to "I'm working from home on Fridays" than to "I'll send you the options by
noon"). :func:`as_matched` reads it as that statement before it is encoded, when
:func:`.intent_readings.speaks` finds the speaker delivering it (from them, or by a time); its
spans, polarity and mood are the original text's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .encoder import Encoder, StaticEncoder, get_encoder
from .intent_emphatic import plain_no
from .intent_readings import speaks

WORD_WEIGHT_POWER = 0.4

# "Expect X ..." opening a sentence (after an acknowledgement at most)
_EXPECT = re.compile(
    r"^(\W*(?:(?:ok|okay|sure|right|fine|good|great|so|then|alright|all right)\W+)*)expect\s+",
    re.IGNORECASE,
)
PROMISE = "I'll get you "


def as_matched(text: str) -> str:
    """``text`` as intents read it: a promise put to the listener ("Expect the options from me
    by lunchtime") as the speaker's own ("I'll get you the options from me by lunchtime");
    anything else as it is; and an emphatic no ("Absolutely not, sorry.") as the plain no it is
    ("No, sorry.": see :mod:`.intent_emphatic`)."""
    text = plain_no(text)
    if "xpect" not in text:  # most texts: one substring test, no regex
        return text
    opening = _EXPECT.match(text)
    # a promise only when X comes from the speaker or by a time (see .intent_readings.speaks):
    # "Expect delays", "Expect a call from HR", "Expect to hear from legal" stay as they are
    if opening is None or not speaks(text):
        return text
    return f"{opening.group(1)}{PROMISE}{text[opening.end() :]}"


@lru_cache(maxsize=1)
def intent_encoder() -> Encoder:
    """The process-wide encoder for intents (loads the shared encoder on first call).

    Its rows differ from the scorer's (other weights), so a reply is encoded once for scoring
    and once for matching; the word-piece cache is shared, and matching encodes all parts of a
    reply in one pass (:meth:`.encoder.StaticEncoder.encode_spans`). No row is cached: a
    session matches each reply once.
    """
    encoder = get_encoder()
    if not isinstance(encoder, StaticEncoder):  # pragma: no cover - the only encoder shipped
        return encoder
    return encoder.reweighted(WORD_WEIGHT_POWER)
