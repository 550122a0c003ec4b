"""The encoder's English vocabulary: whole words of its WordPiece tokenizer, and piece counts."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING

from .artefact import TOKENIZER_FILE, read_checked

if TYPE_CHECKING:
    from tokenizers import Tokenizer


@lru_cache(maxsize=1)
def _tokenizer() -> Tokenizer:
    """Loaded when a word is not in the vocabulary whole (most replies never need it)."""
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_str(read_checked(TOKENIZER_FILE).decode("utf-8"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return tokenizer


@lru_cache(maxsize=1)
def whole_words() -> frozenset[str]:
    """Lower-case words the tokenizer knows whole (no `##` pieces, no [special] tokens)."""
    vocab = json.loads(read_checked(TOKENIZER_FILE))["model"]["vocab"]
    return frozenset(w for w in vocab if w.isalpha() and not w.startswith("##"))


def warm_up() -> None:
    """Load the vocabulary and the tokenizer now (off the UI thread) instead of on first use."""
    whole_words()
    _tokenizer()


@lru_cache(maxsize=4096)
def characters_per_piece(word: str) -> float:
    """How many characters each word piece of `word` covers: real words (even rare jargon such
    as "kubernetes", 2.5) split into syllable-like pieces, keyboard mash ("zxmcnvb", 1.2) into
    single letters."""
    pieces = _tokenizer().encode(word, add_special_tokens=False).ids
    return len(word) / max(1, len(pieces))
