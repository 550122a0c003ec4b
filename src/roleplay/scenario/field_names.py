"""Which fields the format allows at a place in the file, and "did you mean" for names."""

from __future__ import annotations

import difflib
import types
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel


def _members(tp: Any) -> list[Any]:
    """The types a value at this place may have (Annotated and unions unwrapped)."""
    origin = get_origin(tp)
    if origin is Annotated:
        return _members(get_args(tp)[0])
    if origin is Union or origin is types.UnionType:
        return [m for arg in get_args(tp) for m in _members(arg)]
    return [tp]


def _step(tp: Any, part: str | int) -> list[Any]:
    out: list[Any] = []
    for member in _members(tp):
        origin = get_origin(member)
        if isinstance(member, type) and issubclass(member, BaseModel) and isinstance(part, str):
            for name, info in member.model_fields.items():
                if part in (name, info.alias):
                    out.append(info.annotation)
        elif origin is dict and isinstance(part, str):
            out.append(get_args(member)[1])
        elif origin in (list, tuple) and isinstance(part, int):
            out.append(get_args(member)[0])
    return out


def allowed_fields(model: type[BaseModel], path: tuple[str | int, ...]) -> list[str]:
    """Field names (as written in YAML) of the mapping at ``path`` below ``model``.

    Parts that name no field (pydantic's labels for union members) are skipped.
    """
    current: list[Any] = [model]
    for part in path:
        following = [t for tp in current for t in _step(tp, part)]
        if following:
            current = following
    names: list[str] = []
    for tp in current:
        for member in _members(tp):
            if isinstance(member, type) and issubclass(member, BaseModel):
                names += [info.alias or name for name, info in member.model_fields.items()]
    return list(dict.fromkeys(names))


def closest(name: str, options: list[str]) -> str | None:
    """The option ``name`` was most likely meant to be, if one is close enough."""
    found = difflib.get_close_matches(name, options, n=1, cutoff=0.6)
    return found[0] if found else None


def did_you_mean(name: str, options: list[str], fallback: str) -> str:
    """'did you mean X?' for the closest option, or ``fallback`` when none is close."""
    guess = closest(name, options)
    return f"did you mean '{guess}'?" if guess else fallback


def misspelt_required(errors: list[Any]) -> set[tuple[Any, ...]]:
    """The ``missing`` errors that a misspelt key beside them explains (``strat:`` for
    ``start:``), so the file gets one line for the one mistake: the unknown field and its
    'did you mean'. Takes pydantic's ``ValidationError.errors()``; returns their ``loc``s."""
    unknown: dict[tuple[Any, ...], list[str]] = {}
    for err in errors:
        loc = tuple(err["loc"])
        if err["type"] == "extra_forbidden" and loc:
            unknown.setdefault(loc[:-1], []).append(str(loc[-1]))
    covered: set[tuple[Any, ...]] = set()
    for err in errors:
        loc = tuple(err["loc"])
        if err["type"] == "missing" and loc and closest(str(loc[-1]), unknown.get(loc[:-1], [])):
            covered.add(loc)
    return covered
