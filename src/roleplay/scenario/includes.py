"""``include:`` - intents shared by several scenarios, kept in a file beside them.

```yaml
include: [common_intents.yaml]     # or one name; paths are relative to this scenario file
```

An included file holds only ``intents:`` (same shape as in a scenario). It is read with the
same safe YAML reader and limits as a scenario; it must lie inside the scenario's own folder
(no absolute paths, no ``..`` or symlink out of it); it cannot include anything itself; and an
intent name may be declared only once across the scenario and its includes. Problems inside an
included file point at that file's line and column.

After expansion the scenario stands alone: its stored text (what a saved session resumes
from) is the expanded document, and its content hash covers the included intents.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import Any

import yaml

from roleplay.errors import Diagnostic, Location, ScenarioError

from . import codes
from .file_text import read_text
from .readable_file import not_regular
from .yaml_source import Refusal, ScenarioProblems, SourceMap, parse_yaml

MAX_INCLUDES = 10
MAX_NAME = 255  # characters in an include's file name (a longer one is no file anywhere)


def _problem(message: str, hint: str, where: Location) -> ScenarioError:
    return ScenarioError([Diagnostic(codes.BAD_INCLUDE, message, hint, where)])


def expand_includes(data: Any, source: SourceMap, path: Path | None) -> tuple[Any, str | None]:
    """Merge the intents of the included files into ``data``.

    Returns the merged document and, when something was included, its expanded YAML text.
    Positions of included intents are added to ``source`` so diagnostics name their file.
    """
    if not isinstance(data, dict) or "include" not in data:
        return data, None
    raw = data["include"]
    names = [raw] if isinstance(raw, str) else raw
    here = source.locate(("include",))
    if not isinstance(names, list) or not names or not all(isinstance(n, str) for n in names):
        raise _problem(
            "include takes a file name or a list of file names",
            "write include: [common_intents.yaml]",
            here,
        )
    if len(names) > MAX_INCLUDES:
        raise _problem(
            f"{len(names)} includes; the limit is {MAX_INCLUDES}",
            "merge the shared intents into fewer files",
            here,
        )
    if path is None:
        raise _problem(
            "include needs a scenario file to resolve names against",
            "load the scenario from its file",
            here,
        )
    merged = dict(data)
    intents = dict(merged.get("intents") or {}) if isinstance(merged.get("intents"), dict) else None
    if intents is None:
        if merged.get("intents") is not None:
            return data, None  # the model reports the wrong type of `intents`
        intents = {}
    declared = {name: source.locate(("intents", name), key=True) for name in intents}
    for i, name in enumerate(names):
        where = source.locate(("include", i)) if isinstance(raw, list) else here
        included, inc_source = _read_include(name, path, where)
        for intent, body in included.items():
            if intent in declared:
                raise _problem(
                    f"intent '{intent}' from {name} is already declared at {declared[intent]}",
                    "declare each intent once: rename it or remove one of them",
                    inc_source.locate(("intents", intent), key=True),
                )
            declared[intent] = inc_source.locate(("intents", intent), key=True)
            intents[intent] = body
            source.overlays[("intents", intent)] = inc_source
    merged["intents"] = intents
    del merged["include"]
    return merged, yaml.safe_dump(merged, sort_keys=False, allow_unicode=True)


def _close_name(name: str, folder: Path, scenario: Path) -> str | None:
    """For a missing include: the file beside the scenario whose name is closest to the one
    written (`common.yaml` for `common_intents.yaml`), if one is close; the scenario itself and
    golden tests are never suggested."""
    try:
        with os.scandir(folder) as entries:
            names = [
                e.name
                for e in entries
                if e.name.endswith((".yaml", ".yml"))
                and not e.name.endswith(".tests.yaml")
                and e.name != scenario.name
            ]
    except OSError:
        return None
    close = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    return close[0] if close else None


def _not_a_file(target: Path) -> str | None:
    """Why ``target`` cannot be an included file (None: a regular file). Checked before it is
    opened, so a pipe or a device in the folder can never block or flood the loader."""
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return "is not there (no such file in the scenario's folder)"
    except OSError as exc:
        return f"cannot be read ({exc.strerror})"
    return not_regular(mode)


def _read_include(name: str, scenario: Path, where: Location) -> tuple[dict[str, Any], SourceMap]:
    if not name.strip() or len(name) > MAX_NAME or any(c < " " or c == "\x7f" for c in name):
        raise _problem(
            f"include '{name[:80]}' is not a usable file name",
            f"a file name of up to {MAX_NAME} characters, no control characters",
            where,
        )
    folder = scenario.resolve().parent
    relative = Path(name)
    target = (folder / relative).resolve()
    if relative.is_absolute() or ".." in relative.parts or not target.is_relative_to(folder):
        raise _problem(
            f"include '{name}' is outside the scenario's folder",
            "put shared intents in a file next to the scenario",
            where,
        )
    if target == scenario.resolve():
        raise _problem(
            "a scenario cannot include itself", "include a file of shared intents", where
        )
    problem = _not_a_file(target)
    if problem is not None:
        meant = _close_name(name, folder, scenario) if not target.exists() else None
        raise _problem(
            f"include '{name}' {problem}",
            f"did you mean '{meant}'?"
            if meant
            else "put shared intents in a file next to the scenario",
            where,
        )
    return read_intents_file(target, str(scenario.parent / relative))


def read_intents_file(target: Path, shown: str) -> tuple[dict[str, Any], SourceMap]:
    """Read a file of shared intents (``intents:`` and nothing else), with the scenario
    reader's limits; diagnostics name the file as ``shown``. The intents themselves are checked
    by the model (with the scenario that includes them, or on their own by ``validate``)."""
    try:
        text = read_text(target)
        data, inc_source = parse_yaml(text, shown)
    except Refusal as exc:
        raise ScenarioError([exc.diagnostic]) from None
    except ScenarioProblems as exc:
        raise ScenarioError(exc.diagnostics) from None
    file_loc = Location(shown, 1, 1)
    if (
        not isinstance(data, dict)
        or set(data) != {"intents"}
        or not isinstance(data["intents"], dict)
    ):
        # keys of any type (`1:`, `null:`, a date) beside names: sorted as text, never compared
        extra = sorted(set(data) - {"intents"}, key=str) if isinstance(data, dict) else []
        what = "include" if "include" in extra else (", ".join(map(str, extra)) or "no intents")
        raise _problem(
            f"a file of shared intents holds only `intents:` (found {what})",
            "includes cannot include other files or declare states; move those to the scenario",
            inc_source.locate((extra[0],), key=True) if extra else file_loc,
        )
    return data["intents"], inc_source
