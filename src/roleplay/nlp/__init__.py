"""Natural-language primitives shared by the core: a sentence encoder and a sentence splitter.

The lowest layer of the package: it imports nothing from the rest of roleplay except
`roleplay.errors`, so scenario, scoring and engine can all use it.

- `get_encoder()` returns the process-wide encoder (loaded lazily on first use, thread-safe);
  `warm_up_in_background()` loads it on a daemon thread so a front end can paint first.
- `EncodingCache` / `shared_cache()` encode texts once and reuse the rows (scoring and intent
  matching share the embeddings of a reply's sentences).
- `split_sentences(text)` gives the character spans of the sentences of a text.
"""

from __future__ import annotations

from .cache import EncodingCache, shared_cache
from .encoder import Encoder, EncoderError, encoder_loaded, get_encoder, warm_up_in_background
from .sentences import split_sentences

__all__ = [
    "Encoder",
    "EncoderError",
    "EncodingCache",
    "encoder_loaded",
    "get_encoder",
    "shared_cache",
    "split_sentences",
    "warm_up_in_background",
]
