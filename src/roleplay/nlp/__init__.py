"""Natural-language primitives shared by the core: a sentence encoder and a sentence splitter.

The lowest layer of the package: it imports nothing from the rest of roleplay except
`roleplay.errors` and `roleplay.lazy_exports`, so scenario, scoring and engine can all use it.

- `get_encoder()` returns the process-wide encoder (loaded lazily on first use, thread-safe);
  `warm_up_in_background()` loads it on a daemon thread so a front end can paint first.
- `EncodingCache` / `shared_cache()` encode texts once and reuse the rows (scoring and intent
  matching share the embeddings of a reply's sentences).
- `split_sentences(text)` gives the character spans of the sentences of a text.


Importing the package (or a light module of it, such as `roleplay.nlp.sentences`) loads
neither numpy nor the tokenizer: the names below are imported on first use, so the lexical
scorer and scenarios without intents never pay for the encoder's libraries.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from roleplay.lazy_exports import loaded_on_use

if TYPE_CHECKING:
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

__getattr__ = loaded_on_use(
    __name__,
    {
        "EncodingCache": "cache",
        "shared_cache": "cache",
        "Encoder": "encoder",
        "EncoderError": "encoder",
        "encoder_loaded": "encoder",
        "get_encoder": "encoder",
        "warm_up_in_background": "encoder",
        "split_sentences": "sentences",
    },
)
