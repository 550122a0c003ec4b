"""scripts/fit_encoder_table.py's helpers: the per-sentence teacher cache, rows kept at their
start norms, the common word pieces, and a corpus that leaves the calibration bank out."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

REPO = Path(__file__).resolve().parents[2]


def _load(name: str) -> ModuleType:
    if str(REPO / "scripts") not in sys.path:
        sys.path.insert(0, str(REPO / "scripts"))
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fit_script() -> ModuleType:
    return _load("fit_encoder_table")


def _fake_teacher(calls: list[list[str]]):  # type: ignore[no-untyped-def]
    def teacher(sentences: list[str], model: bytes, tokenizer_json: bytes) -> np.ndarray:
        calls.append(list(sentences))
        rows = np.zeros((len(sentences), 384), dtype=np.float32)
        for row, sentence in zip(rows, sentences, strict=True):
            row[len(sentence) % 384] = 1.0  # a vector that names its sentence
        return rows

    return teacher


def test_teacher_runs_only_on_sentences_it_has_not_seen(
    fit_script: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(fit_script, "teacher", _fake_teacher(calls))
    first = fit_script.teacher_rows(["ab", "abc"], b"model", b"{}", tmp_path)
    again = fit_script.teacher_rows(["abcd", "ab", "abc"], b"model", b"{}", tmp_path)
    assert calls == [["ab", "abc"], ["abcd"]]
    assert np.flatnonzero(again[0]).tolist() == [4]  # rows come back in the corpus's order
    assert np.array_equal(again[1:], first)
    other_model = fit_script.teacher_rows(["ab"], b"another model", b"{}", tmp_path)
    assert calls[-1] == ["ab"] and other_model.shape == (1, 384)  # one store per model


def test_rows_keep_their_start_norms_and_take_the_fitted_directions(
    fit_script: ModuleType,
) -> None:
    start = np.array([[3.0, 4.0], [0.0, 0.5]], dtype=np.float32)
    fitted = np.array([[0.0, 2.0], [1.0, 1.0]], dtype=np.float16)
    half = fit_script.with_norms_of(fitted, start)
    assert half.dtype == np.float16  # as the table is shipped
    out = half.astype(np.float32)
    np.testing.assert_allclose(np.linalg.norm(out, axis=1), [5.0, 0.5], rtol=1e-3)
    np.testing.assert_allclose(out[0], [0.0, 5.0], atol=1e-3)
    np.testing.assert_allclose(out[1] / np.linalg.norm(out[1]), [0.7071, 0.7071], atol=1e-3)


def test_common_pieces_are_those_in_more_than_the_share_of_sentences(
    fit_script: ModuleType,
) -> None:
    sentences = [[1000, 1001, 1000], [1000, 1002], [1000, 1001], [1003]]
    assert fit_script.common_pieces(sentences, 0.5).tolist() == [1000]  # 3 of 4; 1001 is 2 of 4
    assert fit_script.common_pieces(sentences, 0.25).tolist() == [1000, 1001]


def test_the_corpus_leaves_the_intent_calibration_bank_out() -> None:
    corpus = _load("encoder_corpus")
    bank_file = REPO / "src" / "roleplay" / "nlp" / "intent_background.txt"
    bank = {
        line.strip()
        for line in bank_file.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    texts = set(corpus.project_texts(REPO))
    # a stock line of the bank may also be said in a scenario or the docs ("I hear you."),
    # but the bank itself is not read: before, every one of its lines was in the corpus
    assert len(bank) > 100 and len(bank & texts) < len(bank) / 20
