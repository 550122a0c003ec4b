"""EncodingCache: each text is encoded once and its row reused, in order, with LRU eviction."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from roleplay.nlp import EncodingCache, get_encoder, shared_cache


class CountingEncoder:
    def __init__(self) -> None:
        self.inner = get_encoder()
        self.name = self.inner.name
        self.dim = self.inner.dim
        self.calls: list[list[str]] = []

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(list(texts))
        return self.inner.encode(texts)


def test_rows_equal_the_encoders_and_repeats_are_not_re_encoded() -> None:
    counting = CountingEncoder()
    cache = EncodingCache(counting)
    texts = ["We could phase it.", "What matters most to you?", "We could phase it."]
    rows = cache.encode(texts)
    assert np.allclose(rows, get_encoder().encode(texts))
    assert counting.calls == [["We could phase it.", "What matters most to you?"]]
    again = cache.encode(["What matters most to you?", "A new one."])
    assert counting.calls[-1] == ["A new one."]
    assert np.allclose(again[0], rows[1])


def test_least_recently_used_rows_are_evicted() -> None:
    counting = CountingEncoder()
    cache = EncodingCache(counting, maxsize=2)
    cache.encode(["one", "two"])
    cache.encode(["one"])  # "two" is now the oldest
    cache.encode(["three"])
    assert len(cache) == 2
    cache.encode(["one"])
    assert counting.calls[-1] == ["three"]  # "one" was still cached
    cache.encode(["two"])
    assert counting.calls[-1] == ["two"]


def test_shared_cache_wraps_the_process_encoder() -> None:
    assert shared_cache() is shared_cache()
    assert shared_cache().encoder is get_encoder()


def test_editing_a_returned_array_changes_no_kept_row() -> None:
    cache = EncodingCache(get_encoder())
    first = cache.encode(["We could phase it.", "Friday is tight."])
    expected = first.copy()
    first[:] = 0.0  # the caller's own array (as the intent matcher's centring may do)
    assert np.array_equal(cache.encode(["We could phase it.", "Friday is tight."]), expected)
    mixed = cache.encode(["Friday is tight.", "A new sentence.", "Friday is tight."])
    assert np.array_equal(mixed[0], expected[1]) and np.array_equal(mixed[2], expected[1])


def test_editing_an_array_of_kept_rows_changes_no_kept_row() -> None:
    cache = EncodingCache(get_encoder())
    expected = cache.encode(["We could phase it."]).copy()
    again = cache.encode(["We could phase it."])  # every row kept: built from the kept rows
    again[:] = 0.0
    assert np.array_equal(cache.encode(["We could phase it."]), expected)


def test_clear_forgets_every_row() -> None:
    cache = EncodingCache(get_encoder())
    cache.encode(["one reply", "another reply"])
    cache.clear()
    assert len(cache) == 0
    assert np.allclose(cache.encode(["one reply"]), get_encoder().encode(["one reply"]))
