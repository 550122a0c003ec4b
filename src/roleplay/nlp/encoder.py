"""The sentence encoder: all-MiniLM-L6-v2 distilled to a static embedding table.

A sentence's vector is the mean of its WordPiece tokens' rows (frequency-weighted at build time),
L2-normalised. It needs numpy and `tokenizers` only, is deterministic, loads in well under a
second and encodes a sentence in tens of microseconds; the price is that word order is ignored
(see docs/scoring.md for the measurements that chose it over running the transformer).

`get_encoder()` loads it once per process, on first use, under a lock; `warm_up_in_background()`
starts that load on a daemon thread so a front end can paint before the weights are read.
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from tokenizers import Tokenizer

from .artefact import ArtefactError, load_artefact

# WordPiece ids below this are [PAD], [unusedN], [UNK], [CLS], [SEP] and [MASK]: never content.
FIRST_CONTENT_ID = 999
SMALL_BATCH = 32
SMALL_SUMS = 8  # up to this many texts, summing slices costs less than one reduceat
# Printable ASCII plus tab, newline and carriage return: text the word-piece cache can split the
# way the tokenizer's BERT normaliser and pre-tokeniser do (anything else goes to the tokenizer).
_PLAIN_ASCII = re.compile(r"[\t\n\r -~]*")
# BERT pre-tokenisation of plain ASCII: runs of letters and digits; each punctuation mark alone.
_ASCII_WORDS = re.compile(r"[a-z0-9]+|[!-/:-@\[-`{-~]")
WORD_CACHE_SIZE = 100_000  # distinct words kept (then the cache starts again)
# Texts whose ids are kept (then that cache starts again): scoring tokenizes a reply's sentences
# and intent matching, on other weights, asks for the same sentences right after.
TEXT_CACHE_SIZE = 256


class Encoder(Protocol):
    """Turns texts into unit vectors whose dot product measures closeness of meaning."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """float32 array (len(texts), dim); each row has norm 1, or is all zeros for a text with
        no known word piece (empty, punctuation or symbols only). Same input, same output."""
        ...


EncoderError = ArtefactError


class StaticEncoder:
    """Mean of per-token rows of a distilled table; see the module docstring."""

    name = "minilm-l6-static-256"

    def __init__(self, table: np.ndarray, tokenizer: Tokenizer) -> None:
        # float32 rows: summing float16 rows converts them on every call (several times slower)
        self._table = np.ascontiguousarray(table, dtype=np.float32)
        self.dim = int(table.shape[1])
        self._tokenizer = tokenizer
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._pieces: dict[str, list[int]] = {}
        self._recent: dict[str, list[int]] = {}  # ids of texts tokenized lately
        self._weights: np.ndarray | None = None  # (vocabulary,) a factor per row, or none

    def reweighted(self, power: float) -> StaticEncoder:
        """An encoder on the same table whose rows weigh ``norm ** power`` instead of their norm.

        A row's norm is its word piece's weight in the mean (rare words weigh most); a power
        under 1 flattens that, so frequent words ("go", "fine", "still", "can") count for more
        beside rare topic words. It shares this encoder's table, tokenizer and word-piece cache
        (it adds one float per row), so it costs no second table in memory.
        """
        other = StaticEncoder.__new__(StaticEncoder)
        other.__dict__.update(self.__dict__)
        norms = np.sqrt(np.einsum("ij,ij->i", self._table, self._table))
        other._weights = (np.maximum(norms, 1e-12) ** (power - 1.0)).astype(np.float32)
        other.name = f"{self.name}-power-{power:g}"
        return other

    def _tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """The tokenizer's content ids of each text (specials and unknown pieces dropped)."""
        if len(texts) <= SMALL_BATCH:  # the batch call's thread pool costs more than it saves
            encodings = [self._tokenizer.encode(t, add_special_tokens=False) for t in texts]
        else:
            encodings = self._tokenizer.encode_batch(list(texts), add_special_tokens=False)
        return [[i for i in e.ids if i >= FIRST_CONTENT_ID] for e in encodings]

    def _word_pieces(self, words: list[str]) -> list[list[int]]:
        """The content ids of each single word (one tokenizer call for all of them)."""
        encoding = self._tokenizer.encode(" ".join(words), add_special_tokens=False)
        out: list[list[int]] = [[] for _ in words]
        for piece, word in zip(encoding.ids, encoding.word_ids, strict=True):
            if piece >= FIRST_CONTENT_ID and word is not None:
                out[word].append(piece)
        return out

    def token_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Content word-piece ids of each text (specials and unknown pieces dropped).

        Word pieces depend only on the word, so plain-ASCII text is split into words here and
        each word's pieces are kept once asked of the tokenizer: the same ids as the tokenizer
        gives for the whole text (tests/nlp check it), several times faster for chat replies.
        The lists returned may be shared with later calls: read them, don't change them.
        """
        pieces = self._pieces
        recent = self._recent
        out: list[list[int]] = []
        for text in texts:
            row = recent.get(text)
            if row is not None:
                out.append(row)
                continue
            if _PLAIN_ASCII.fullmatch(text) is None:
                row = self._tokenize([text])[0]
            else:
                words = _ASCII_WORDS.findall(text.lower())
                unknown = [w for w in dict.fromkeys(words) if w not in pieces]
                if unknown:
                    if len(pieces) + len(unknown) > WORD_CACHE_SIZE:
                        pieces.clear()
                    pieces.update(zip(unknown, self._word_pieces(unknown), strict=True))
                row = []
                for word in words:
                    row += pieces[word]
            if len(recent) >= TEXT_CACHE_SIZE:
                recent.clear()
            recent[text] = row
            out.append(row)
        return out

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        flat: list[int] = []
        bounds: list[tuple[int, int, int]] = []  # (row, first piece, end) of each non-empty text
        for row, ids in enumerate(self.token_ids(texts)):
            if ids:
                bounds.append((row, len(flat), len(flat) + len(ids)))
                flat += ids
        if not flat:
            return out
        if self._weights is not None:
            index = np.array(flat, dtype=np.intp)  # one conversion for both gathers
            pieces, weights = self._table[index], self._weights[index]
            if len(bounds) <= SMALL_SUMS:  # the weighted sum as one product per text
                for row, first, end in bounds:
                    out[row] = weights[first:end] @ pieces[first:end]
                return _normalised(out)
            pieces *= weights[:, None]
        else:
            pieces = self._table[flat]
        if len(bounds) <= SMALL_SUMS:
            for row, first, end in bounds:
                out[row] = pieces[first:end].sum(axis=0)
        else:
            rows = [row for row, _, _ in bounds]
            out[rows] = np.add.reduceat(pieces, [first for _, first, _ in bounds], axis=0)
        return _normalised(out)

    def encode_centred(self, texts: Sequence[str], mean: np.ndarray) -> np.ndarray:
        """``encode(texts)`` with ``mean`` taken from each row and the rows normalised again
        (a row with no word piece becomes ``-mean``, normalised), one text at a time: for the
        few parts of a reply, a handful of calls on vectors cost less than the same steps on
        a matrix."""
        if len(texts) == 1:  # a reply of one part (most): its vector is the one row
            (ids,) = self.token_ids(texts)
            vector = self._centred(ids, mean)
            vector /= max(math.sqrt(vector @ vector), 1e-30)
            return vector[None, :]
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for row, ids in enumerate(self.token_ids(texts)):
            vector = self._centred(ids, mean)
            np.divide(vector, max(math.sqrt(vector @ vector), 1e-30), out=out[row])
        return out

    def _centred(self, ids: list[int], mean: np.ndarray) -> np.ndarray:
        """The weighted sum of the rows of ``ids``, normalised, less ``mean`` (``-mean`` for
        no ids): a new array, not yet normalised again."""
        if not ids:
            return -mean
        rows = self._table.take(ids, axis=0)  # the same rows as table[ids], faster
        vector: np.ndarray
        if self._weights is None:
            vector = rows.sum(axis=0)
        else:
            vector = self._weights.take(ids) @ rows
        vector /= max(math.sqrt(vector @ vector), 1e-12)
        vector -= mean
        return vector


def _normalised(rows: np.ndarray) -> np.ndarray:
    """The rows divided by their norms, in place (a zero row stays zero)."""
    norms = np.sqrt(np.einsum("ij,ij->i", rows, rows))
    rows /= np.maximum(norms, 1e-12)[:, None]
    return rows


_lock = threading.Lock()
_encoder: StaticEncoder | None = None
_warm_thread: threading.Thread | None = None


def _load() -> StaticEncoder:
    artefact = load_artefact()
    return StaticEncoder(artefact.table, Tokenizer.from_str(artefact.tokenizer_json))


def get_encoder() -> Encoder:
    """The process-wide encoder, loaded on the first call (thread-safe; later calls are cheap).

    Raises `EncoderError` (a `RoleplayError` with a code) if the package data is missing or does
    not match its pinned sha256.
    """
    global _encoder
    encoder = _encoder
    if encoder is not None:
        return encoder
    with _lock:
        if _encoder is None:
            _encoder = _load()
        return _encoder


def encoder_loaded() -> bool:
    """True once the weights are in memory (get_encoder() will not block)."""
    return _encoder is not None


def _warm() -> None:
    try:
        get_encoder()
    except EncoderError:
        pass  # the first real use raises it again, where a front end can report it


def warm_up_in_background() -> None:
    """Start loading the encoder on a daemon thread; calling it again does nothing."""
    global _warm_thread
    with _lock:
        if _encoder is not None or _warm_thread is not None:
            return
        _warm_thread = threading.Thread(target=_warm, name="roleplay-encoder-warm-up", daemon=True)
        _warm_thread.start()
