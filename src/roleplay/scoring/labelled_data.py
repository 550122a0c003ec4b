"""Reading the labelled sets in ../shared/data and the fixed train/test split.

Used by scripts/fit_scorer.py and benchmarks/agreement.py only; play never imports this.
The split is a hash of a stable key, so it is the same on every machine and every run:
- casino: the DIALOGUE id (all turns of one negotiation fall on the same side, no leakage);
- receptiveness and kumar_lend_an_ear: the row id.
70% train / 30% test.

For developing cues and fitting choices, `Row.fold` splits TRAIN again into 4 folds (by the same
group, another salt) for cross-validation inside TRAIN; the test split is reported once.
"""

from __future__ import annotations

import csv
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from roleplay.scoring.types import ScoreInput

Split = Literal["train", "test"]
SETS = ("casino", "receptiveness", "kumar_lend_an_ear")
TRAIN_PERCENT = 70
_SALT = "roleplay-scoring-split-v1"
_VALIDATION_SALT = "roleplay-scoring-validation-v1"
VALIDATION_FOLDS = 4
_SPEAKER = re.compile(r"^(Seeker|Supporter):\s?", re.M)


@dataclass(frozen=True)
class Row:
    set_name: str
    id: str
    partner: str
    reply: str
    labels: dict[str, float]

    @property
    def group(self) -> str:
        """The unit of splitting: a casino dialogue, otherwise the row itself."""
        if self.set_name == "casino":
            parts = self.id.split("-")
            return "-".join(parts[:2]) if len(parts) >= 3 else self.id
        return self.id

    @property
    def split(self) -> Split:
        digest = hashlib.sha1(f"{_SALT}:{self.group}".encode()).hexdigest()
        return "train" if int(digest[:8], 16) % 100 < TRAIN_PERCENT else "test"

    @property
    def fold(self) -> int:
        """TRAIN rows split again into VALIDATION_FOLDS folds (by group, another salt) for
        cross-validation inside TRAIN; -1 for test rows."""
        if self.split == "test":
            return -1
        digest = hashlib.sha1(f"{_VALIDATION_SALT}:{self.group}".encode()).hexdigest()
        return int(digest[:8], 16) % VALIDATION_FOLDS


def default_data_dir(repo_root: Path) -> Path:
    return (repo_root / ".." / "shared" / "data").resolve()


def load_set(data_dir: Path, name: str) -> list[Row]:
    path = data_dir / name / "dev.csv"
    rows: list[Row] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for raw in csv.DictReader(handle):
            labels = {
                k: float(v)
                for k, v in raw.items()
                if k not in ("id", "partner", "reply") and v not in (None, "")
            }
            rows.append(Row(name, raw["id"], raw["partner"] or "", raw["reply"] or "", labels))
    return rows


def conversation_turns(row: Row) -> list[ScoreInput]:
    """Lend an Ear rows are whole conversations: one ScoreInput per Supporter turn,
    with the Seeker's line just before it as the partner."""
    turns: list[ScoreInput] = []
    last_seeker = ""
    pieces = _SPEAKER.split(row.partner)
    # split() gives ["", speaker, text, speaker, text, ...]
    for speaker, text in zip(pieces[1::2], pieces[2::2], strict=False):
        text = text.strip()
        if speaker == "Seeker":
            last_seeker = text
        elif text:
            turns.append(ScoreInput(reply=text, partner=last_seeker))
    if not turns:
        turns = [ScoreInput(reply=line, partner="") for line in row.reply.splitlines() if line]
    return turns
