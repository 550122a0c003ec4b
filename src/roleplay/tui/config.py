"""The TUI's config file (TOML): theme, cursor blink and key bindings.

Found at ``$ROLEPLAY_CONFIG`` if set, else ``<platformdirs user config dir>/roleplay/config.toml``.
A missing file means defaults; a broken one never stops the app: the problems are returned as
one-line warnings and shown as a notification. The format is documented in docs/tui.md.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .keymap import Keymap, clashes, config_key, find_by_config_key, keys_label, typed_key

THEMES = {"dark": "textual-dark", "light": "textual-light"}
_KEY_RE = re.compile(r"^[a-z0-9_+]+$")


@dataclass(frozen=True)
class TuiConfig:
    theme: str = "textual-dark"
    cursor_blink: bool = True
    keymap: Keymap = field(default_factory=lambda: Keymap({}))
    warnings: tuple[str, ...] = ()
    path: Path | None = None


def config_path() -> Path:
    override = os.environ.get("ROLEPLAY_CONFIG")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_config_dir("roleplay")) / "config.toml"


def _normalise_keys(value: str) -> str | None:
    keys = [k.strip().lower() for k in value.split(",") if k.strip()]
    if not keys or not all(_KEY_RE.match(k) for k in keys):
        return None
    return ",".join(keys)


# One code for every problem in the config file: it is reported as a notification and the app
# starts with the defaults for what could not be used (docs/tui.md, "Keys and settings").
CONFIG_CODE = "RP008"
MAX_CONFIG_BYTES = 64 * 1024  # a config.toml is a few lines; a bigger file is a mistake
_TOML_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)$")


def _toml_problem(exc: Exception) -> tuple[str, str]:
    """tomllib's message without its "(at line L, column C)" tail, and ":L:C" from it."""
    message = str(exc)
    found = _TOML_AT.search(message)
    if found is None:
        return message, ""
    return message[: found.start()], f":{found.group(1)}:{found.group(2)}"


def parse_config(text: str, path: Path | None = None) -> TuiConfig:
    import tomllib  # only when there is a config file to read (most starts have none)

    where = str(path) if path else "config"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        reason, at = _toml_problem(exc)
        problem = f"{where}{at} {CONFIG_CODE} not valid TOML: {reason}; using defaults"
        return TuiConfig(warnings=(problem,), path=path)
    except RecursionError:  # '[[[[...' past Python's recursion limit
        problem = f"{where} {CONFIG_CODE} not valid TOML: nested too deeply; using defaults"
        return TuiConfig(warnings=(problem,), path=path)
    warnings: list[str] = []
    theme = "textual-dark"
    raw_theme = data.get("theme")
    if isinstance(raw_theme, str):
        theme = THEMES.get(raw_theme, raw_theme)
    elif raw_theme is not None:
        warnings.append(f'{where} {CONFIG_CODE} theme must be a string such as "light" or "dark"')
    cursor_blink = True
    raw_blink = data.get("cursor_blink")
    if isinstance(raw_blink, bool):
        cursor_blink = raw_blink
    elif raw_blink is not None:
        warnings.append(f"{where} {CONFIG_CODE} cursor_blink must be true or false")
    overrides: dict[str, str] = {}
    keys = data.get("keys", {})
    if not isinstance(keys, dict):
        warnings.append(f'{where} {CONFIG_CODE} [keys] must be a table of action = "key,key"')
        keys = {}
    for name, value in keys.items():
        spec = find_by_config_key(name)
        if spec is None:
            warnings.append(f"{where} {CONFIG_CODE} unknown action '{name}' in [keys]")
            continue
        if spec.name in ("start",):
            warnings.append(
                f"{where} {CONFIG_CODE} '{name}' is fixed to Enter and cannot be rebound"
            )
            continue
        normal = _normalise_keys(value) if isinstance(value, str) else None
        if normal is None:
            warnings.append(f"{where} {CONFIG_CODE} keys for '{name}' must look like \"f2,ctrl+g\"")
            continue
        typed = [k for k in normal.split(",") if typed_key(k)]
        if spec.priority and typed:
            warnings.append(
                f"{where} {CONFIG_CODE} '{name}' works even while you type, so it cannot be a key "
                f"that types text ({', '.join(typed)}); keeping {keys_label(spec.keys)}"
            )
            continue
        overrides[spec.binding_id] = normal
    keymap = Keymap(overrides)
    for key, first, second in clashes(keymap):
        warnings.append(
            f"{where} {CONFIG_CODE} '{key}' is bound to both '{config_key(first)}' and "
            f"'{config_key(second)}'; pressing it does only one of them"
        )
    for extra in sorted(set(data) - {"theme", "cursor_blink", "keys"}):
        warnings.append(f"{where} {CONFIG_CODE} unknown setting '{extra}'")
    return TuiConfig(theme, cursor_blink, keymap, tuple(warnings), path)


def load_config(path: Path | None = None) -> TuiConfig:
    target = path or config_path()
    try:
        if not target.is_file():  # a pipe or a device could block or never end
            if not target.exists():
                return TuiConfig(path=target)
            raise IsADirectoryError("not a regular file")
        with target.open("rb") as fh:
            data = fh.read(MAX_CONFIG_BYTES + 1)
        if len(data) > MAX_CONFIG_BYTES:
            raise ValueError(f"over {MAX_CONFIG_BYTES:,} bytes")
        text = data.decode("utf-8")
    except FileNotFoundError:
        return TuiConfig(path=target)
    except (OSError, ValueError) as exc:  # UnicodeDecodeError is a ValueError
        problem = f"{target} {CONFIG_CODE} cannot read it ({exc}); using defaults"
        return TuiConfig(warnings=(problem,), path=target)
    return parse_config(text, target)
