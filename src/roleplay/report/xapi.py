"""A saved session as xAPI 1.0.3 statements (mapping documented in docs/storage.md).

- one ``answered`` statement per turn: the state is an interaction activity (long-fill-in), the
  reply is ``result.response``, ``result.score.scaled`` is overall/100, and the three dimensions,
  the same-side indicator, the meters and the intents the reply matched are result extensions
  (plus the decisive move, when the reply's intents fired its transition);
- for a session that reached an ending, ``completed`` plus ``passed`` or ``failed`` on the
  scenario activity, with the session's mean scores and its duration.

Statement ids are UUIDv5 derived from the session's UUID, so sending the same session twice sends
the same statements (an LRS keeps one copy). The session UUID is ``context.registration``.
IRIs are built under ``ROLEPLAY_XAPI_BASE`` (default ``https://roleplay.invalid/xapi``); the
learner is an account on ``ROLEPLAY_XAPI_HOMEPAGE`` (default ``https://roleplay.invalid``).
"""

from __future__ import annotations

import os
import uuid
from typing import Any
from urllib.parse import SplitResult, quote, urlsplit

from roleplay.errors import RoleplayError
from roleplay.storage.encoding import parse_timestamp, utf8_safe

from .moments import short_line, state_words
from .session_export import SessionExport

XAPI_VERSION = "1.0.3"
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ACTIVITY_SIMULATION = "http://adlnet.gov/expapi/activities/simulation"
ACTIVITY_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
DEFAULT_BASE = "https://roleplay.invalid/xapi"
DEFAULT_HOMEPAGE = "https://roleplay.invalid"


def iri_base() -> str:
    return _iri_setting("ROLEPLAY_XAPI_BASE", DEFAULT_BASE).rstrip("/")


def account_homepage() -> str:
    return _iri_setting("ROLEPLAY_XAPI_HOMEPAGE", DEFAULT_HOMEPAGE)


def _iri_setting(name: str, default: str) -> str:
    """An absolute http(s) IRI from the environment (RP726 for anything else: statements with
    "not a url/..." ids are refused by every LRS), or ``default`` when it is unset or empty."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    bad = RoleplayError(
        "RP726",
        f"{name} must be an absolute http:// or https:// IRI, got {raw[:200]!r}",
        hint=f"for example {default}, or unset it",
    )
    parts = http_parts(raw)
    if parts is None or parts.query or parts.fragment:
        raise bad
    return raw


def http_parts(url: str) -> SplitResult | None:
    """``url`` split, when it is an absolute http:// or https:// URL with a host and a valid
    port and no space or control character (CR LF would start a header); None otherwise."""
    if any(ch.isspace() or ord(ch) < 0x20 or ord(ch) == 0x7F for ch in url):
        return None
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - reading it checks the port: a number from 0 to 65535
    except ValueError:  # "http://[::1" (an unclosed IPv6 address), "http://host:abc/"
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc or not parts.hostname:
        return None
    return parts


def _verb(name: str) -> dict[str, Any]:
    return {"id": ADL_VERBS + name, "display": {"en-US": name}}


def _score(overall: int | None) -> dict[str, Any]:
    raw = max(0, min(100, overall or 0))
    return {"scaled": round(raw / 100, 4), "raw": raw, "min": 0, "max": 100}


def _duration(start: str, end: str) -> str:
    seconds = max(0.0, (parse_timestamp(end) - parse_timestamp(start)).total_seconds())
    return f"PT{seconds:.2f}S"


def statements(export: SessionExport) -> list[dict[str, Any]]:
    r = export.record
    base = iri_base()
    ext = f"{base}/extensions/"
    scenario_iri = f"{base}/scenarios/{quote(r.scenario_id, safe='')}"

    def agent(name: str) -> dict[str, Any]:
        shown = utf8_safe(name)
        return {
            "objectType": "Agent",
            "name": shown,
            "account": {"homePage": account_homepage(), "name": shown},
        }

    actor = agent(r.learner)
    context_ext: dict[str, Any] = {
        ext + "session-id": r.id,
        ext + "mode": r.mode,
        ext + "seed": r.seed,
        ext + "scenario-version": r.content_hash,
    }
    if r.workshop_id is not None:
        context_ext[ext + "workshop-id"] = r.workshop_id
        context_ext[ext + "participant"] = r.participant
    definition: dict[str, Any] = {
        "type": ACTIVITY_SIMULATION,
        "name": {"en-US": utf8_safe(r.title)},
    }
    if export.scenario is not None:
        definition["description"] = {"en-US": utf8_safe(export.scenario.scenario.summary)}
    scenario_activity = {"objectType": "Activity", "id": scenario_iri, "definition": definition}

    def statement(
        key: str,
        verb: str,
        obj: dict[str, Any],
        result: dict[str, Any],
        stamp: str,
        parent: bool,
        by: dict[str, Any] = actor,
    ) -> dict[str, Any]:
        context: dict[str, Any] = {
            "registration": r.uuid,
            "platform": export.generator,
            "extensions": context_ext,
        }
        if parent:
            context["contextActivities"] = {
                "parent": [{"id": scenario_iri, "objectType": "Activity"}]
            }
        return {
            "id": str(uuid.uuid5(uuid.UUID(r.uuid), key)),
            "version": XAPI_VERSION,
            "actor": by,
            "verb": _verb(verb),
            "object": obj,
            "result": result,
            "context": context,
            "timestamp": stamp,
        }

    moves = export.debrief.moves if export.debrief is not None else ()
    decisive = {
        m.turn: {
            "intents": list(m.intents),
            "labels": list(m.labels),
            "move": m.words,
            "next-state": m.next_state,
        }
        for m in moves
    }
    out: list[dict[str, Any]] = []
    for stored in export.turns:
        t = stored.result
        sc = t.score
        moment = short_line(t.counterpart_line) or state_words(t.state)
        activity = {
            "objectType": "Activity",
            "id": f"{scenario_iri}/states/{quote(t.state, safe='')}",
            "definition": {
                "type": ACTIVITY_INTERACTION,
                # what the counterpart said there, not the author's id for it
                "name": {"en-US": utf8_safe(f"{r.title}: {moment}")},
                "description": {"en-US": utf8_safe(t.counterpart_line) or moment},
                "interactionType": "long-fill-in",
            },
        }
        extensions: dict[str, Any] = {
            ext + "listening": sc.listening,
            ext + "empathy": sc.empathy,
            ext + "collaboration": sc.collaboration,
            ext + "same-side": sc.same_side,
            ext + "turn": t.turn,
            ext + "next-state": t.next_state,
            ext + "meters": dict(t.meters_after),
            ext + "intents": list(t.intents),
        }
        if t.turn in decisive:
            extensions[ext + "decisive-move"] = decisive[t.turn]
        result = {
            "response": utf8_safe(t.reply),
            "score": _score(sc.overall),
            "extensions": extensions,
        }
        out.append(
            statement(
                f"turn/{stored.id}",
                "answered",
                activity,
                result,
                stored.created_at,
                parent=True,
                # a hot-seat turn is answered by its player; the session is the group's
                by=agent(export.speakers[t.turn]) if t.turn in export.speakers else actor,
            )
        )
    if r.finished and r.ended_at is not None:
        dims: dict[str, Any] = {
            ext + "listening": round(r.listening or 0),
            ext + "empathy": round(r.empathy or 0),
            ext + "collaboration": round(r.collaboration or 0),
            ext + "outcome": r.outcome,
        }
        if moves:
            dims[ext + "decisive-moves"] = [m.text() for m in moves]
        common = {
            "score": _score(r.overall),
            "completion": True,
            "duration": _duration(r.started_at, r.ended_at),
            "extensions": dims,
        }
        out.append(
            statement(
                "completed", "completed", scenario_activity, dict(common), r.ended_at, parent=False
            )
        )
        verdict = "passed" if r.passed else "failed"
        out.append(
            statement(
                verdict,
                verdict,
                scenario_activity,
                {**common, "success": r.passed},
                r.ended_at,
                parent=False,
            )
        )
    return out
