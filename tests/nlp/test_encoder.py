"""The offline sentence encoder: shape, determinism, meaning, lazy thread-safe loading, pins."""

from __future__ import annotations

import json
import threading
from importlib import resources

import numpy as np
import pytest

from roleplay.errors import RoleplayError
from roleplay.nlp import encoder as encoder_module
from roleplay.nlp import encoder_loaded, get_encoder, warm_up_in_background
from roleplay.nlp.artefact import MISSING, SHA256, TAMPERED, ArtefactError, read_checked


def test_rows_are_unit_float32_and_deterministic() -> None:
    encoder = get_encoder()
    texts = ["Could we phase the rollout?", "I hear how worried you are.", "OK."]
    first = encoder.encode(texts)
    assert first.dtype == np.float32
    assert first.shape == (3, encoder.dim)
    assert np.allclose(np.linalg.norm(first, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(first, encoder.encode(texts))
    # A row does not depend on the other texts of the batch.
    assert np.allclose(encoder.encode([texts[1]])[0], first[1], atol=1e-6)


def test_text_without_word_pieces_gives_a_zero_row() -> None:
    rows = get_encoder().encode(["", "   ", "Fine."])
    assert not rows[0].any() and not rows[1].any()
    assert rows[2].any()
    assert get_encoder().encode([]).shape == (0, get_encoder().dim)


@pytest.mark.parametrize(
    ("text", "paraphrase", "unrelated"),
    [
        (
            "It sounds like the deadline is really stressing you out.",
            "I hear how worried you are about the deadline.",
            "Let's pilot it in one region first.",
        ),
        (
            "If you handle the weekends, I'll do the night shifts.",
            "I'll take the nights if you cover weekends.",
            "Why didn't you tell me earlier?",
        ),
        (
            "Patient records can't be stored on American servers.",
            "We can't host patient data in the US.",
            "Thanks for flagging the budget issue.",
        ),
    ],
)
def test_paraphrases_are_closer_than_unrelated_replies(
    text: str, paraphrase: str, unrelated: str
) -> None:
    rows = get_encoder().encode([text, paraphrase, unrelated])
    assert rows[0] @ rows[1] > rows[0] @ rows[2] + 0.1


def test_get_encoder_returns_one_instance_across_threads() -> None:
    seen: list[object] = []
    threads = [threading.Thread(target=lambda: seen.append(get_encoder())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(item) for item in seen}) == 1
    assert encoder_loaded()


def test_warm_up_loads_once_on_one_daemon_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(encoder_module, "_encoder", None)
    monkeypatch.setattr(encoder_module, "_warm_thread", None)
    loads: list[int] = []
    real_load = encoder_module._load

    def counting_load() -> encoder_module.StaticEncoder:
        loads.append(1)
        return real_load()

    monkeypatch.setattr(encoder_module, "_load", counting_load)
    assert not encoder_loaded()
    warm_up_in_background()
    thread = encoder_module._warm_thread
    assert thread is not None and thread.daemon
    warm_up_in_background()
    assert encoder_module._warm_thread is thread
    thread.join(timeout=60)
    assert encoder_loaded()
    get_encoder()
    assert loads == [1]


def test_tampered_data_is_refused_with_a_code() -> None:
    wrong = dict.fromkeys(SHA256, "0" * 64)
    with pytest.raises(ArtefactError) as caught:
        read_checked("tokenizer.json", wrong)
    assert caught.value.code == TAMPERED
    assert isinstance(caught.value, RoleplayError)
    assert "scripts/build_encoder.py" in caught.value.format()


def test_missing_data_is_refused_with_a_code() -> None:
    with pytest.raises(ArtefactError) as caught:
        read_checked("not_there.npy", {"not_there.npy": "0" * 64})
    assert caught.value.code == MISSING


def test_loader_pins_match_the_manifest_the_build_wrote() -> None:
    manifest = json.loads(
        resources.files("roleplay.nlp").joinpath("data", "manifest.json").read_text("utf-8")
    )
    assert manifest["files"] == SHA256
    assert manifest["licence"].startswith("Apache-2.0")


def test_word_piece_cache_gives_the_tokenizers_ids() -> None:
    """The fast path (plain ASCII split into words, each word's pieces kept) must give exactly
    what the tokenizer gives for the whole text, for every kind of text a reply can hold."""
    encoder = get_encoder()
    assert isinstance(encoder, encoder_module.StaticEncoder)
    bank = resources.files("roleplay.scoring").joinpath("data", "acts.yaml").read_text("utf-8")
    texts = [
        "Friday is tight. Before I commit, is the board after the annual number or this quarter?",
        "I'm not going to hide behind the SLA -- we'll fix it by 3pm (GMT+1), ok?!",
        "don't, can't, won't; it's \"fine\" [really] {not} <quite> a_b c~d e^f `g` h|i",
        "tabs\tand\nnew lines\r\nand   spaces",
        "x" * 150 + " and a very long word",
        "kubernetes thx lol zxmcnvbqwe 12.5% $40 #3 @team",
        "Café déjà vu — naïve “quotes” and emoji 🙂",
        "ctrl\x07char and \x0bvertical tab",
        "",
        "   ",
        *bank.splitlines(),
    ]
    fast = encoder.token_ids(texts)
    assert fast == encoder._tokenize(texts)
    assert fast == encoder.token_ids(texts)  # again, from the cache


def test_reweighted_rows_weigh_norm_to_the_power() -> None:
    """A sentence of the reweighted encoder is the normalised sum of its pieces' rows, each
    scaled to norm ** power; power 1 is the encoder itself; the table is shared, not copied."""
    encoder = get_encoder()
    assert isinstance(encoder, encoder_module.StaticEncoder)
    flat = encoder.reweighted(0.4)
    assert flat._table is encoder._table
    text = "Fine, go ahead with the US region for now."
    ids = encoder.token_ids([text])[0]
    rows = encoder._table[ids].astype(np.float64)
    norms = np.linalg.norm(rows, axis=1)
    expected = (rows * (norms**0.4 / norms)[:, None]).sum(axis=0)
    expected /= np.linalg.norm(expected)
    assert np.allclose(flat.encode([text])[0], expected, atol=1e-5)
    assert np.allclose(encoder.reweighted(1.0).encode([text]), encoder.encode([text]), atol=1e-6)
    # a batch longer than the few texts summed one by one gives the same rows
    many = [f"{text} {k}" for k in range(encoder_module.SMALL_SUMS + 3)]
    one_by_one = np.concatenate([flat.encode([t]) for t in many])
    assert np.allclose(flat.encode(many), one_by_one, atol=1e-6)


def test_flatter_weights_bring_move_words_forward() -> None:
    """Weighed by their norms, the rare topic words of two replies decide how close they are; a
    power under 1 lets the frequent words that make the move count beside them."""
    encoder = get_encoder()
    assert isinstance(encoder, encoder_module.StaticEncoder)
    move, topic = "No, I can't agree to that.", "The answer to the customer."
    reply = "The answer is still no."

    def closer_to_move(e: encoder_module.StaticEncoder) -> float:
        rows = e.encode([reply, move, topic])
        return float(rows[0] @ rows[1] - rows[0] @ rows[2])

    assert closer_to_move(encoder.reweighted(0.4)) > closer_to_move(encoder) + 0.05


def test_recent_texts_ids_are_kept_and_equal_fresh_ones() -> None:
    encoder = get_encoder()
    assert isinstance(encoder, encoder_module.StaticEncoder)
    texts = [f"Reply number {k} about the rota." for k in range(encoder_module.TEXT_CACHE_SIZE + 5)]
    first = encoder.token_ids(texts)
    assert len(encoder._recent) <= encoder_module.TEXT_CACHE_SIZE
    assert encoder.token_ids(texts) == first == encoder._tokenize(texts)


def test_encode_centred_equals_centring_the_rows() -> None:
    """The per-text path intent matching uses gives the rows of encode() with the mean taken
    out and renormalised, also for a text with no word piece."""
    encoder = get_encoder()
    assert isinstance(encoder, encoder_module.StaticEncoder)
    texts = ["The answer is still no.", "", "🙂", "Wait for the EU region like everyone else."]
    mean = encoder.encode(["Thanks for the update.", "Let me check the numbers."]).mean(axis=0)
    for e in (encoder, encoder.reweighted(0.4)):
        rows = e.encode(texts) - mean
        rows /= np.linalg.norm(rows, axis=1, keepdims=True)
        assert np.allclose(e.encode_centred(texts, mean), rows, atol=1e-6)
