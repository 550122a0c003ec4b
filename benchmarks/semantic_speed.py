"""Speed and memory of the semantic scorer against one encoder forward pass, in one run.

    .venv/bin/python benchmarks/semantic_speed.py [--data ../shared/data] [--limit N]

Per reply, interleaved so all columns see the same machine state: one forward pass of the
encoder on the reply's sentences (split + encode, no cache), the semantic scorer (fresh encoding
cache each time, so its encoding is included), the lexical scorer and VADER. Then `roleplay score
--jsonl` throughput in a subprocess, and the resident memory the encoder and the act bank add.
Skips when the data folder is absent.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from roleplay.scoring import LexicalScorer, ScoreInput  # noqa: E402
from roleplay.scoring.labelled_data import default_data_dir, load_set  # noqa: E402


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 1e6


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Semantic scorer speed vs one encoder pass.")
    parser.add_argument("--data", type=Path, default=default_data_dir(REPO))
    parser.add_argument("--limit", type=int, default=2000)
    args = parser.parse_args(argv)
    if not (args.data / "casino" / "dev.csv").exists():
        print(f"SKIPPED: labelled data not found at {args.data} (replies to time come from it)")
        return 0
    rows = load_set(args.data, "casino") + load_set(args.data, "receptiveness")
    items = [ScoreInput(r.reply, r.partner) for r in rows][: args.limit]
    before = rss_mb()
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from roleplay.nlp import EncodingCache, get_encoder, split_sentences
    from roleplay.nlp.memo import forget_readings
    from roleplay.scoring.acts import act_bank
    from roleplay.scoring.semantic import SemanticScorer

    encoder = get_encoder()
    bank = act_bank()
    loaded = rss_mb()
    lexical = LexicalScorer()
    vader = SentimentIntensityAnalyzer()

    def forward(item: ScoreInput) -> None:
        encoder.encode([item.reply[s:e] for s, e in split_sentences(item.reply)])

    table = encoder._table  # type: ignore[attr-defined]

    def forward_tokenizer(item: ScoreInput) -> None:
        """The pass as it was before the word-piece cache: the tokenizers library on each
        sentence, then the mean of the rows (kept as a reference column)."""
        ids = encoder._tokenize([item.reply[s:e] for s, e in split_sentences(item.reply)])  # type: ignore[attr-defined]
        for row in ids:
            if row:
                vector = table[row].sum(axis=0)
                vector /= max(float((vector @ vector) ** 0.5), 1e-12)

    def semantic(item: ScoreInput) -> None:
        forget_readings()  # a reply new to the scorer: no reading of its sentences kept
        SemanticScorer(
            lexicon=lexical.lexicon,
            weights=lexical.weights,
            bank=bank,
            cache=EncodingCache(encoder),
        ).score(item)

    columns = {
        "encoder forward pass": forward,
        "encoder forward pass, tokenizers library per sentence (reference)": forward_tokenizer,
        "semantic scorer": semantic,
        "lexical scorer": lexical.score,
        "VADER": lambda i: vader.polarity_scores(i.reply),
    }
    for item in items:  # warm up every column on every reply (the word-piece cache is warm for all)
        for fn in columns.values():
            fn(item)
    times: dict[str, list[float]] = {name: [] for name in columns}
    gc.collect()
    gc.disable()
    for item in items:
        for name, fn in columns.items():
            t0 = time.perf_counter_ns()
            fn(item)
            times[name].append((time.perf_counter_ns() - t0) / 1000)
    gc.enable()
    print(f"replies: {len(items)} (casino + receptiveness)")
    print("| what | median us/reply | p95 us/reply |")
    print("|---|---|---|")
    for name, values in times.items():
        print(f"| {name} | {statistics.median(values):.0f} | {percentile(values, 0.95):.0f} |")
    ratio = statistics.median(times["semantic scorer"]) / statistics.median(
        times["encoder forward pass"]
    )
    print(f"semantic scorer / encoder forward pass (median): {ratio:.1f}x")
    reference = statistics.median(times["semantic scorer"]) / statistics.median(
        times["encoder forward pass, tokenizers library per sentence (reference)"]
    )
    print(f"semantic scorer / tokenizers-library pass (median): {reference:.1f}x")
    print(f"resident memory added by the encoder and the act bank: {loaded - before:.1f} MB")
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as handle:
        for item in items:
            handle.write(json.dumps({"reply": item.reply, "partner": item.partner}) + "\n")
    for scorer in ("semantic", "lexical"):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "roleplay", "score", "--jsonl", handle.name, "--scorer", scorer],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        elapsed = time.perf_counter() - t0
        print(
            f"roleplay score --jsonl --scorer {scorer}: {len(items) / elapsed:.0f} replies/s "
            f"({len(items)} replies in {elapsed:.1f} s, start-up included)"
        )
    Path(handle.name).unlink()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
