"""The lead's blind probes (benchmarks/lead_probes/) load and are well formed; their totals are
read only through benchmarks/lead_probes.py, so no test scores them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

PROBES = sorted((Path(__file__).resolve().parents[2] / "benchmarks" / "lead_probes").glob("*.yaml"))
DIMENSIONS = {"listening", "empathy", "collaboration", "overall"}


def test_there_is_a_probe() -> None:
    assert PROBES


@pytest.mark.parametrize("path", PROBES, ids=[p.stem for p in PROBES])
def test_a_probe_is_well_formed(path: Path) -> None:
    probe = yaml.safe_load(path.read_text("utf-8"))
    assert set(probe) == {"pairs", "gaming"}
    for pair in probe["pairs"]:
        assert set(pair) == {"dimension", "partner", "better", "worse"}
        assert pair["dimension"] in DIMENSIONS
        assert all(isinstance(pair[k], str) and pair[k].strip() for k in pair)
        assert pair["better"] != pair["worse"]
    for line in probe["gaming"]:
        assert set(line) == {"partner", "plain", "gaming"}
        replies = line["gaming"]
        assert replies and len(set(replies)) == len(replies)
        assert line["plain"] not in replies
    partners = [p["partner"] for p in probe["pairs"]] + [g["partner"] for g in probe["gaming"]]
    assert len(set(partners)) == len(partners)  # a new line each
