"""The sentences scripts/fit_encoder_table.py fits the encoder's table to (see its docstring).

Sources, all either the project's own text or the TRAIN split of the labelled sets:
- casino, receptiveness and kumar_lend_an_ear: TRAIN rows only (roleplay.scoring.labelled_data's
  fixed split), reply and partner text; the test split is never read;
- the act bank (src/roleplay/scoring/data/acts.yaml), the shipped scenarios (scenarios/*.yaml,
  not their golden *.tests.yaml) and the prose of README.md and docs/*.md.
Never read: benchmarks/ (the intent sets, blind and held-out), tests/ (the held-out pair sets)
and the intent calibration bank (src/roleplay/nlp/intent_background.txt). The matcher sets each
intent's threshold from how close that bank of ordinary talk comes to the intent's examples, so
the bank should be as new to the table as a learner's reply is (measured: leaving it out moved
the readable intent sets by one paraphrase and one false match; benchmarks/
README.md, "Intents on a table fitted to the transformer").

Each text is split into sentences (roleplay.nlp.split_sentences); a sentence of 8 words or more
also gives its clauses (split at `,` `;` `:` and a dash) of 3 words or more, so short pieces
of talk are as common in the corpus as they are in replies. Duplicates are dropped; the order
is fixed (sorted), so the same files give the same corpus. The docs and scenarios change from
commit to commit, so a table is reproducible from the commit it was built at: the manifest
records the corpus's size and sha256.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from roleplay.nlp.sentences import split_sentences
from roleplay.scoring.labelled_data import SETS, load_set

_SPEAKER = re.compile(r"^\s*(Seeker|Supporter|Speaker\s*\d*)\s*:\s*", re.I)
_CLAUSE = re.compile(r"\s*(?:[,;:]|\s[-\u2013\u2014]\s)\s*")
_MARKDOWN = re.compile(r"[`*_#>|\[\]]|\(https?://[^)]*\)|^\s*[-+]\s+|^\s*\d+\.\s+")
_WORD = re.compile(r"[A-Za-z]")
MIN_CLAUSE_WORDS = 3
CLAUSE_FROM_WORDS = 8
MAX_CHARS = 400


def _sentences(text: str) -> Iterator[str]:
    for line in text.splitlines():
        line = _SPEAKER.sub("", line).strip()
        for start, end in split_sentences(line):
            sentence = line[start:end].strip()
            if _WORD.search(sentence) is None or len(sentence) > MAX_CHARS:
                continue
            yield sentence
            words = sentence.split()
            if len(words) >= CLAUSE_FROM_WORDS:
                for clause in _CLAUSE.split(sentence):
                    if len(clause.split()) >= MIN_CLAUSE_WORDS and clause != sentence:
                        yield clause


def _yaml_strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        if " " in node.strip():
            yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _yaml_strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _yaml_strings(value)


def labelled_texts(data: Path) -> Iterator[str]:
    for name in SETS:
        for row in load_set(data, name):
            if row.split == "train":
                yield row.reply
                yield row.partner


def project_texts(repo: Path) -> Iterator[str]:
    files = [repo / "src" / "roleplay" / "scoring" / "data" / "acts.yaml"]
    files += [p for p in sorted((repo / "scenarios").glob("*.yaml")) if ".tests." not in p.name]
    for path in files:
        yield from _yaml_strings(yaml.safe_load(path.read_text(encoding="utf-8")))
    for path in [repo / "README.md", *sorted((repo / "docs").glob("*.md"))]:
        in_code = False
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith("```"):
                in_code = not in_code
            elif not in_code and not line.lstrip().startswith("|"):
                yield _MARKDOWN.sub("", line)


SOURCES = ("labelled", "project")


def build_corpus(
    data: Path, repo: Path, sources: tuple[str, ...] = SOURCES
) -> tuple[list[str], dict[str, int]]:
    """The sorted distinct sentences and clauses of `sources` ("labelled": the TRAIN splits;
    "project": the project's own text), and how many each kind of source added."""
    seen: set[str] = set()
    counts: dict[str, int] = {}
    texts_of = {"labelled": lambda: labelled_texts(data), "project": lambda: project_texts(repo)}
    for kind in sources:
        texts = texts_of[kind]()
        before = len(seen)
        for text in texts:
            seen.update(_sentences(text))
        counts[kind] = len(seen) - before
    return sorted(seen), counts
