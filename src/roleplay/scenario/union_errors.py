"""pydantic's errors with its labels for union members taken out, one error per mistake.

A value that may take several forms (a `say` that is a line or a list of lines and variants, a
golden reply that is a line or a mapping) is tried against each form, and pydantic reports
every form that failed, each under a label of its own in the error's place:
``say.list[union[constrained-str,SayVariant]].1.SayVariant.txt``. An author wrote one mistake
and should read one line, at a place written as in the file (``say.1.txt``). So:

- a label (a part of the place that names nothing in the file) is dropped from the place;
- a "wrong type" error from one form (``input should be a valid string``) is dropped when
  another form got further, i.e. reported a problem at the same place or inside it that is
  not itself a form's wrong type: the value has that other form, and its problem is the one;
- the wrong types of every form at one place are merged into one error ("input should be a
  valid string or a valid list").
"""

from __future__ import annotations

from typing import Any

Place = tuple[str | int, ...]


_SCALAR_LABELS = {"str", "int", "float", "bool", "none", "list", "dict", "tuple"}


def _is_label(part: str | int) -> bool:
    """pydantic's name for a form (``constrained-str``, ``list[...]``, ``SayVariant``), which
    no key of this format looks like (keys are lower-case names)."""
    if not isinstance(part, str):
        return False
    return any(c in part for c in "[]-") or part[:1].isupper() or part in _SCALAR_LABELS


def _resolve(loc: Place, data: Any) -> tuple[Place, bool]:
    """The place with the labels dropped, and whether the last part was a label (the error is
    about the value's form there, not about something inside it). A part is followed
    into the data while it names something there; one that does not is dropped only when it
    looks like a label (a missing field's name is kept, and so is the rest of the place)."""
    out: list[str | int] = []
    node = data
    labelled = False
    for part in loc:
        labelled = False
        if part == "[key]":
            out.append(part)
        elif isinstance(node, dict) and part in node:
            out.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            out.append(part)
            node = node[part]
        elif _is_label(part):
            labelled = True
        else:
            out.append(part)
            node = None
    return tuple(out), labelled


def _is_wrong_type(err: dict[str, Any]) -> bool:
    return str(err["type"]).endswith("_type")  # string_type, list_type, model_type ...


def _merge(errors: list[dict[str, Any]]) -> dict[str, Any]:
    """One error for the wrong types of several forms at one place."""
    first = dict(errors[0])
    lead = "Input should be "
    kinds = [str(e["msg"]) for e in errors]
    if all(k.startswith(lead) for k in kinds):
        wants = list(dict.fromkeys(k[len(lead) :] for k in kinds))
        first["msg"] = lead + " or ".join(wants)
    return first


def plain_errors(errors: list[Any], data: Any) -> list[dict[str, Any]]:
    """``ValidationError.errors()`` rewritten as described in the module docstring; ``data``
    is what was validated. Each error keeps its keys; its ``loc`` is the place in the file."""
    placed: list[tuple[dict[str, Any], bool]] = []
    for err in errors:
        loc, labelled = _resolve(tuple(err["loc"]), data)
        placed.append(({**err, "loc": loc}, labelled and _is_wrong_type(err)))
    # A form's wrong type is shadowed by any other problem at or inside its place.
    reached = [e["loc"] for e, labelled in placed if not (labelled and _is_wrong_type(e))]
    out: list[dict[str, Any]] = []
    merged: dict[Place, list[dict[str, Any]]] = {}
    for err, wrong_form in placed:
        if wrong_form:
            loc = err["loc"]
            if any(other[: len(loc)] == loc for other in reached):
                continue
            if loc in merged:
                merged[loc].append(err)
                continue
            merged[loc] = [err]
        out.append(err)
    return [_merge(merged[e["loc"]]) if e["loc"] in merged else e for e in out]
