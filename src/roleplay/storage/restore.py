"""Rebuilding a saved session: same state, meters, transcript and rewinds.

A session remembers the exact scenario text it was played on. When the file has changed since
(its hash differs), the caller decides: resume on the saved version, or restart on the new one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.engine.lifecycle import SessionObserver
from roleplay.engine.rules import mode_named
from roleplay.engine.turns import RewoundTurn
from roleplay.errors import ScenarioError, StorageError
from roleplay.scoring.types import Scorer

from .records import SessionRecord
from .store import SessionStore

if TYPE_CHECKING:
    from roleplay.engine.session import Session
    from roleplay.scenario import LoadedScenario

# The scenario loader and the state machine load only when a session is really restored, so
# that `import roleplay.storage` stays light (tests/test_import_hygiene.py).


@dataclass(frozen=True)
class ResumeCheck:
    """A saved session and how its scenario file looks now."""

    record: SessionRecord
    saved: LoadedScenario
    current: LoadedScenario | None  # None: the file is gone or no longer loads
    problem: ScenarioError | None = None  # why the file no longer loads (None: gone or loads)

    @property
    def changed(self) -> bool:
        return self.current is None or self.current.content_hash != self.record.content_hash


def refuse_unless_resumable(record: SessionRecord) -> None:
    """RP707 for a session that is over (finished or abandoned), RP712 for one with nothing to
    resume (no answered turn, or a workshop session): the rules of lifecycle_rules.py."""
    if record.finished or record.abandoned:
        how = "was ended before an ending" if record.abandoned else "already ended"
        raise StorageError(
            "RP707",
            f"session {record.id} {how} ({record.outcome})",
            hint=f"`roleplay export {record.id} --format md` shows it; "
            f"`roleplay play {record.scenario_id}` starts a new one",
        )
    if not record.resumable:
        why = "was played in a workshop" if record.workshop_id else "has no answered turn"
        raise StorageError(
            "RP712",
            f"session {record.id} {why}: nothing to resume",
            hint=f"`roleplay play {record.scenario_id}` starts a new one",
        )


def saved_scenario(store: SessionStore, record: SessionRecord) -> LoadedScenario:
    """The scenario exactly as it was when the session started."""
    from roleplay.scenario import load_text

    text = store.scenario_text(record.content_hash)
    filename = record.scenario_path or f"<saved {record.scenario_id}>"
    path = Path(record.scenario_path) if record.scenario_path else None
    return load_text(text, filename, path)


def check_resume(
    store: SessionStore, record: SessionRecord, current_path: Path | None = None
) -> ResumeCheck:
    """Load the saved version, and the current file (``current_path`` or where it was played)."""
    from roleplay.scenario import load_file

    saved = saved_scenario(store, record)
    where = current_path or (Path(record.scenario_path) if record.scenario_path else None)
    current: LoadedScenario | None = None
    problem: ScenarioError | None = None
    if where is not None and where.is_file():
        try:
            current = load_file(where)
        except ScenarioError as exc:
            problem = exc
    return ResumeCheck(record, saved, current, problem)


def restore_session(
    store: SessionStore,
    record: SessionRecord,
    loaded: LoadedScenario,
    scorer: Scorer,
    observers: Iterable[SessionObserver] = (),
) -> Session:
    """A Session continuing the saved one on ``loaded`` (normally the saved version), in the
    mode it was played in, with ``origin`` = the record's id; ``observers`` hear ``resumed``.
    Claims the session for this process first: RP714 if another process is playing it."""
    from roleplay.engine.compiler import compile_scenario
    from roleplay.engine.session import Session

    store.claims.claim(record.id)
    compiled = compile_scenario(loaded)
    live = store.live_turns(record.id)
    outcome = None if record.outcome == "abandoned" else record.outcome
    return Session.resume(
        compiled,
        scorer,
        record.seed,
        live,
        outcome,  # type: ignore[arg-type]
        rewound=_rewinds(store, record.id),
        mode=mode_named(record.mode),
        origin=record.id,
        observers=observers,
    )


def _rewinds(store: SessionStore, session_id: int) -> list[RewoundTurn]:
    """Rewound turns in order, each linked to the answer that replaced it (if any)."""
    everything = store.turns(session_id, include_rewound=True)
    out: list[RewoundTurn] = []
    for index, stored in enumerate(everything):
        if stored.rewound_at is None:
            continue
        replacement = next(
            (
                later.result
                for later in everything[index + 1 :]
                if later.result.turn == stored.result.turn
            ),
            None,
        )
        out.append(RewoundTurn(stored.result, replacement))
    return out
