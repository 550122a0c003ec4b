"""Dump every decision of the intent matcher on every intent benchmark set, to prove that a
change to how matching runs (caches, gates, order of work) leaves its results as they were.

    .venv/bin/python scripts/dump_intents.py OUT.txt
    cmp before.txt after.txt   # a speed-only change must leave the dump byte-identical

Every reply of every set (benchmarks/intent_*, library_intents and its held-out folder) is
scored by the default scorer first, as a session does (the scorer and the matcher share what
they compute for the same reply), then matched: the intents of every state of its scenario that
reads any (``matched(text, among)``, as a session does), all intents (``matched(text)``), and
every intent's explained score (``score(text)``: score, threshold, matched, the part that scored
best, the example it came closest to, why it was blocked, the support; floats in full). One line
per reply and decision.

Sets that are read as totals only (the blind ones, see benchmarks/intents.py) are written as one
sha256 digest of their lines and a count, never their items: two dumps still compare, and
nobody reads a blind reply from them.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.append(str(REPO / "benchmarks"))

from intents import (  # noqa: E402
    BLIND_FOLDERS,
    FOLDERS,
    load_set,
    state_intents,
)

from roleplay.nlp.intents import IntentMatcher  # noqa: E402
from roleplay.scoring import default_scorer  # noqa: E402
from roleplay.scoring.types import ScoreInput  # noqa: E402


def set_lines(path: Path) -> Iterator[str]:
    """The lines of one set: every reply's decisions, in the set's order."""
    scorer = default_scorer()
    specs, cases, ordinary = load_set(path)
    matcher = IntentMatcher(specs)
    states = state_intents(path)
    # every distinct set of intents a state reads (None: a set with no scenario, all intents)
    heard = sorted(
        {among for among, *_ in states if among is None or among},
        key=lambda a: sorted(a) if a is not None else [],
    )
    texts = [r for g in cases.values() for k in g.values() for r in k] + ordinary
    for k, text in enumerate(texts):
        _, line, points, emotion = states[k % len(states)]
        scorer.score(ScoreInput(reply=text, partner=line, key_points=points, emotion=emotion))
        for among in heard:
            got = matcher.matched(text, among)
            names = sorted(among) if among is not None else None
            yield json.dumps({"reply": text, "among": names, "matched": list(got)})
        yield json.dumps({"reply": text, "matched_all": list(matcher.matched(text))})
        explained = [
            [
                s.name,
                repr(s.score),
                repr(s.threshold),
                s.matched,
                list(s.span) if s.span is not None else None,
                s.example,
                s.blocked,
                repr(s.support),
            ]
            for s in matcher.score(text)
        ]
        yield json.dumps({"reply": text, "scores": explained}, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    count = 0
    with args.out.open("w", encoding="utf-8") as handle:
        for folder in FOLDERS:
            for path in sorted(folder.glob("*.yaml")):
                name = f"{folder.name}/{path.stem}"
                if folder in BLIND_FOLDERS:  # totals only: a digest, never an item
                    digest = hashlib.sha256()
                    n = 0
                    for line in set_lines(path):
                        digest.update(line.encode("utf-8") + b"\n")
                        n += 1
                    handle.write(f"{name}\tdigest {digest.hexdigest()} of {n} lines\n")
                    count += 1
                    continue
                for line in set_lines(path):
                    handle.write(f"{name}\t{line}\n")
                    count += 1
    print(f"{count} lines written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
