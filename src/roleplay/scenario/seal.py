"""The seal on the scenario caches (the catalogue and the play cache): a file's first line is
its format and a BLAKE2b digest of the rest, so a file damaged or edited on disk is never taken
for what roleplay wrote. CPython's small ``_blake2`` module, not hashlib, which loads OpenSSL
(0.7 MiB) on the way to the picker and the first reply."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from _blake2 import blake2b


def digest(data: bytes = b"") -> blake2b:
    """A 256-bit BLAKE2b digest of ``data`` (more can be added with ``update``)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # a Python built without it
        from hashlib import blake2b
    return blake2b(data, digest_size=32)


def sealed(fmt: int, body: bytes) -> bytes:
    """The file to write: the seal line, then ``body``."""
    return f"{fmt}:{digest(body).hexdigest()}".encode("ascii") + b"\n" + body


def unsealed(fmt: int, data: bytes) -> bytes | None:
    """The body of a file sealed with format ``fmt``, or None when the seal does not match
    (damaged, edited, another format, or no seal at all)."""
    seal, _, body = data.partition(b"\n")
    if seal.decode("ascii", "replace") != f"{fmt}:{digest(body).hexdigest()}":
        return None
    return body


def write_new(path: Path, data: bytes) -> None:
    """Write ``data`` to a file that must not exist yet, never through a link: a cache writes
    its temporary file here before renaming it into place, and whatever already stands at that
    name (a link someone left there to a file of yours) makes the write fail (OSError) instead
    of being followed."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
