"""The second and third gaming sets (issue 11), read from data/gaming_dev.yaml and
data/gaming_heldout.yaml, and data/gaming_third_dev.yaml and data/gaming_third_heldout.yaml.

Twelve partner lines in twelve domains, none of them used by an earlier set, each with a plain
decent reply and one gaming reply of each of the seventeen forms in `FORMS`, all written for
that line before any scorer was run on them (the dev file's header says how). Every gaming reply
must rank below its line's decent reply on overall. The halves are split by partner line, by a
rule fixed before writing (odd writing positions are dev); the held-out half is read only as the
total `benchmarks/pairs.py --gaming-heldout` prints.

The third set has the same shape on twelve more lines in twelve more domains, with the sixteen
forms of `THIRD_FORMS` (eleven of them new to the project: flattery, apology spam, a hostile
either-or, a passive-aggressive "as I said", a fake "yes, and" ...); its held-out half is read only
as the total `benchmarks/pairs.py --gaming3-heldout` prints.
"""

from __future__ import annotations

from pathlib import Path

import yaml

# (domain, partner line, decent reply, form, gaming reply)
GamingProbe = tuple[str, str, str, str, str]

FORMS: tuple[str, ...] = (
    "stock stuffing",
    "repeated stock phrase",
    "insult in warm words",
    "threat in warm words",
    "contempt in warm words",
    "sarcasm in warm words",
    "echo of their line",
    "question barrage",
    "cue-word salad",
    "shouting in capitals",
    "emoji and punctuation spam",
    "keyboard mash",
    "another language",
    "polite cave",
    "polite refusal",
    "padded with filler",
    "therapy-speak",
)

THIRD_FORMS: tuple[str, ...] = (
    "flattery",
    "apology spam",
    "unrelated small talk",
    "hostile either-or",
    "their words shuffled",
    "bulleted stock phrases",
    "questions only",
    "per my last email",
    "with respect, dismissed",
    "yes-and that ignores them",
    "padded with their words",
    "another language",
    "keyboard mash",
    "emoji line",
    "polite cave",
    "polite refusal",
)

DATA = Path(__file__).with_name("data")
GAMING_DEV = DATA / "gaming_dev.yaml"
GAMING_HELDOUT = DATA / "gaming_heldout.yaml"
GAMING_THIRD_DEV = DATA / "gaming_third_dev.yaml"
GAMING_THIRD_HELDOUT = DATA / "gaming_third_heldout.yaml"
_FIELDS = ("domain", "partner", "decent")


def load_gaming_probes(path: Path, forms: tuple[str, ...] = FORMS) -> list[GamingProbe]:
    """Every (line, form) probe of one half, in writing order, each line holding exactly `forms`;
    a malformed file raises ValueError naming the file and the line (its place in the file, from
    1)."""
    data = yaml.safe_load(path.read_text("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("lines"), list):
        raise ValueError(f"{path.name}: expected a mapping with a `lines` list")
    out: list[GamingProbe] = []
    for number, line in enumerate(data["lines"], start=1):
        fields = [line.get(k) if isinstance(line, dict) else None for k in _FIELDS]
        if not all(isinstance(f, str) and f.strip() for f in fields):
            raise ValueError(f"{path.name}: line {number}: needs non-empty {', '.join(_FIELDS)}")
        probes = line.get("probes")
        if not isinstance(probes, dict) or tuple(probes) != forms:
            raise ValueError(
                f"{path.name}: line {number}: probes must be exactly {forms}, in order"
            )
        if not all(isinstance(text, str) and text.strip() for text in probes.values()):
            raise ValueError(f"{path.name}: line {number}: a gaming reply is missing or empty")
        domain, partner, decent = (str(f) for f in fields)
        out += [(domain, partner, decent, form, probes[form]) for form in forms]
    return out


GAMING_DEV_PROBES: list[GamingProbe] = load_gaming_probes(GAMING_DEV)
GAMING_HELDOUT_PROBES: list[GamingProbe] = load_gaming_probes(GAMING_HELDOUT)
GAMING_THIRD_DEV_PROBES: list[GamingProbe] = load_gaming_probes(GAMING_THIRD_DEV, THIRD_FORMS)
GAMING_THIRD_HELDOUT_PROBES: list[GamingProbe] = load_gaming_probes(
    GAMING_THIRD_HELDOUT, THIRD_FORMS
)
