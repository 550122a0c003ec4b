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
"""

from __future__ import annotations

from functools import lru_cache

from .encoder import Encoder, StaticEncoder, get_encoder

WORD_WEIGHT_POWER = 0.4


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
