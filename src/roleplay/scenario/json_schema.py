"""The scenario format as JSON Schema (``roleplay schema``, ``schema/scenario.schema.json``).

The schema must refuse what the loader refuses wherever JSON Schema can say it (shape, types,
ranges, id patterns); references between parts (a `to:` naming a state, a declared meter) are
the loader's alone. tests/authoring/test_schema_agrees.py runs every bad fixture through both.
"""

from __future__ import annotations

from typing import Any

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from .model import COMPARISON_RE, PHRASE_KEYS
from .model_schema import Scenario

SCHEMA_ID = "https://roleplay.invalid/schema/scenario.schema.json"


_PHRASES: dict[str, Any] = {
    "type": "array",
    "minItems": 1,
    "items": {"type": "string", "pattern": r"\S"},
    "description": "Phrases, any of which the reply must contain (whole words, any case).",
}


class _ScenarioSchema(GenerateJsonSchema):
    """Pydantic writes a constrained dict key as ``patternProperties``, which lets any other
    key through (``meters: {Mood: 50}``); say it as ``propertyNames`` so other keys fail."""

    def dict_schema(self, schema: core_schema.DictSchema) -> JsonSchemaValue:
        out = super().dict_schema(schema)
        patterns: dict[str, Any] | None = out.pop("patternProperties", None)
        if patterns:
            if len(patterns) != 1:  # pragma: no cover - pydantic writes one pattern per key type
                raise ValueError("expected one key pattern")
            ((pattern, values),) = patterns.items()
            out["propertyNames"] = {**out.get("propertyNames", {}), "pattern": pattern}
            out["additionalProperties"] = values
        return out


def _split_condition_maps(node: Any) -> None:
    """In every `when` mapping, the phrase keys (`mentions`) take a list and every other key a
    comparison. Pydantic can only give all values of a mapping one type (comparison or list),
    which let `listening: [a]` and `mentions: ">= 5"` through; the loader refuses both (RP304)."""
    if isinstance(node, list):
        for item in node:
            _split_condition_maps(item)
        return
    if not isinstance(node, dict):
        return
    values = node.get("additionalProperties")
    options = values.get("anyOf") if isinstance(values, dict) else None
    if isinstance(options, list):
        comparison = [o for o in options if o.get("pattern") == COMPARISON_RE.pattern]
        if comparison:
            node["properties"] = {
                **{k: _PHRASES for k in PHRASE_KEYS},
                **node.get("properties", {}),
            }
            node["additionalProperties"] = comparison[0]
    for child in node.values():
        _split_condition_maps(child)


def schema_document() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a scenario file."""
    schema = Scenario.model_json_schema(schema_generator=_ScenarioSchema)
    _split_condition_maps(schema)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
