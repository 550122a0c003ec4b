"""Reading a scenario (or tests) file as text: missing, huge, binary and unreadable files refused."""

from __future__ import annotations

from pathlib import Path

from roleplay.errors import Diagnostic, Location

from . import codes
from .field_names import closest
from .readable_file import MAX_BYTES, not_regular
from .yaml_source import Refusal


def _nearby(path: Path) -> Path | None:
    """The scenario file a missing name most likely meant: ``van_hire`` for ``van_hire.yaml``
    beside it or in ``scenarios/`` (the folder `roleplay new` writes to), and ``van_hire.yaml``
    for ``scenarios/van_hire.yaml``, as `play` and `graph` hint for an id that names no shipped
    scenario."""
    named = path.suffix in (".yaml", ".yml")
    candidates = [] if named else [path.with_name(f"{path.name}.yaml")]
    if path.parent == Path():  # the starter's comments name the file alone
        candidates.append(Path("scenarios", path.name if named else f"{path.name}.yaml"))
    found = next((c for c in candidates if c.is_file()), None)
    return found or _close_name(path)


def _close_name(path: Path) -> Path | None:
    """A YAML file beside the missing one whose name is close to it (``vendor_renewl.yaml`` for
    ``vendor_renewal.yaml``); the folder is listed only up to a few hundred entries."""
    folder = path.parent
    try:
        names = [
            entry.name
            for _, entry in zip(range(500), folder.iterdir(), strict=False)
            if entry.suffix in (".yaml", ".yml") and entry.is_file()
        ]
    except OSError:
        return None
    # compared without the suffix every candidate shares, which alone made 'sales.yaml' look
    # like 'van_hire.yaml'; a .yaml file wins over a .yml one of the same name
    by_stem: dict[str, str] = {}
    for name in sorted(names, key=lambda n: not n.endswith(".yaml")):
        by_stem.setdefault(Path(name).stem, name)
    guess = closest(path.stem, list(by_stem))
    return folder / by_stem[guess] if guess else None


def read_text(path: Path) -> str:
    """Read a scenario file as UTF-8 text, refusing missing, huge and binary files, and
    anything that is not a regular file (without opening it)."""
    name = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        nearby = _nearby(path)
        hint = f"did you mean {nearby}?" if nearby else "check the path"
        raise Refusal(
            Diagnostic(codes.FILE_NOT_FOUND, "no such file", hint, Location(name))
        ) from None
    except OSError as exc:
        raise Refusal(
            Diagnostic(codes.FILE_UNREADABLE, f"cannot read: {exc.strerror}", None, Location(name))
        ) from None
    kind = not_regular(info.st_mode)
    if kind is not None:
        raise Refusal(Diagnostic(codes.FILE_UNREADABLE, kind, "give a .yaml file", Location(name)))
    size = info.st_size
    if size > MAX_BYTES:
        raise Refusal(
            Diagnostic(
                codes.FILE_TOO_LARGE,
                f"file is {size:,} bytes; the limit is {MAX_BYTES:,}",
                "split it into several scenarios",
                Location(name),
            )
        )
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise Refusal(
            Diagnostic(codes.FILE_UNREADABLE, f"cannot read: {exc.strerror}", None, Location(name))
        ) from None
    if len(data) > MAX_BYTES:  # the file grew, or stat lied (e.g. a pipe)
        raise Refusal(
            Diagnostic(
                codes.FILE_TOO_LARGE,
                f"file is over {MAX_BYTES:,} bytes",
                "split it into several scenarios",
                Location(name),
            )
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise Refusal(
            Diagnostic(
                codes.NOT_UTF8,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x})",
                "save the file as UTF-8",
                Location(name, line),
            )
        ) from None
