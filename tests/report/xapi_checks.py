"""An independent check of xAPI 1.0.3 statement rules, used by the test LRS and export tests.

Written from the xAPI 1.0.3 specification (Data section): required properties, one inverse
functional identifier per Agent, absolute IRIs for ids and extension keys, language maps, score
ranges, ISO 8601 timestamps and durations, UUIDs for ids and registrations.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
DURATION = re.compile(r"^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$")
STATEMENT_KEYS = {
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
}
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
INTERACTION_TYPES = {
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
}


def is_iri(value: object) -> bool:
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        return False
    parts = urlsplit(value)
    return bool(parts.scheme) and bool(parts.netloc or parts.path)


def _language_map(value: object, where: str, problems: list[str]) -> None:
    if not isinstance(value, dict) or not value:
        problems.append(f"{where}: not a language map")
        return
    for tag, text in value.items():
        if not re.match(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$", tag) or not isinstance(text, str):
            problems.append(f"{where}: bad entry {tag!r}")


def _extensions(value: object, where: str, problems: list[str]) -> None:
    if not isinstance(value, dict):
        problems.append(f"{where}: extensions must be an object")
        return
    for key in value:
        if not is_iri(key):
            problems.append(f"{where}: extension key {key!r} is not an IRI")


def _timestamp(value: object, where: str, problems: list[str]) -> None:
    if not isinstance(value, str):
        problems.append(f"{where}: missing")
        return
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        problems.append(f"{where}: {value!r} is not ISO 8601")


def statement_problems(s: dict[str, Any]) -> list[str]:
    p: list[str] = []
    extra = set(s) - STATEMENT_KEYS
    if extra:
        p.append(f"unknown properties {sorted(extra)}")
    for key in ("actor", "verb", "object"):
        if key not in s:
            p.append(f"missing {key}")
    if "id" in s and not UUID.match(str(s["id"])):
        p.append("id is not a UUID")
    if "version" in s and not str(s["version"]).startswith("1.0."):
        p.append("version must be 1.0.x")
    actor = s.get("actor", {})
    if actor.get("objectType", "Agent") != "Agent":
        p.append("actor must be an Agent")
    ifis = [k for k in IFIS if k in actor]
    if len(ifis) != 1:
        p.append(f"actor needs exactly one identifier, has {ifis}")
    if "account" in actor:
        acct = actor["account"]
        if not is_iri(acct.get("homePage")) or not isinstance(acct.get("name"), str):
            p.append("account needs homePage (IRL) and name")
    verb = s.get("verb", {})
    if not is_iri(verb.get("id")):
        p.append("verb.id is not an IRI")
    if "display" in verb:
        _language_map(verb["display"], "verb.display", p)
    obj = s.get("object", {})
    if obj.get("objectType", "Activity") != "Activity" or not is_iri(obj.get("id")):
        p.append("object must be an Activity with an IRI id")
    definition = obj.get("definition", {})
    for key in ("name", "description"):
        if key in definition:
            _language_map(definition[key], f"object.definition.{key}", p)
    if "type" in definition and not is_iri(definition["type"]):
        p.append("activity type is not an IRI")
    if "interactionType" in definition and definition["interactionType"] not in INTERACTION_TYPES:
        p.append("bad interactionType")
    result = s.get("result")
    if result is not None:
        score = result.get("score")
        if score is not None:
            scaled = score.get("scaled")
            if scaled is not None and not -1 <= scaled <= 1:
                p.append("score.scaled outside -1..1")
            lo, hi, raw = score.get("min"), score.get("max"), score.get("raw")
            if raw is not None and lo is not None and hi is not None and not lo <= raw <= hi:
                p.append("score.raw outside min..max")
        for key in ("success", "completion"):
            if key in result and not isinstance(result[key], bool):
                p.append(f"result.{key} must be a boolean")
        if "duration" in result and not DURATION.match(str(result["duration"])):
            p.append("result.duration is not an ISO 8601 duration")
        if "response" in result and not isinstance(result["response"], str):
            p.append("result.response must be a string")
        if "extensions" in result:
            _extensions(result["extensions"], "result.extensions", p)
    context = s.get("context")
    if context is not None:
        if "registration" in context and not UUID.match(str(context["registration"])):
            p.append("context.registration is not a UUID")
        for kind, items in context.get("contextActivities", {}).items():
            for item in items:
                if not is_iri(item.get("id")):
                    p.append(f"contextActivities.{kind} id is not an IRI")
        if "extensions" in context:
            _extensions(context["extensions"], "context.extensions", p)
    if "timestamp" in s:
        _timestamp(s["timestamp"], "timestamp", p)
    return p
