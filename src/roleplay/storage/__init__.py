"""Sessions that last: SQLite storage (WAL, migrations), autosave and resume.

Headless: never imports Textual or Rich. See docs/storage.md for the schema and file locations.
"""

from .migrations import SCHEMA_VERSION
from .paths import data_dir, database_path, exports_dir
from .recorder import SessionRecorder, learner_name
from .records import NewSession, ProgressPoint, ScenarioSummary, SessionRecord, StoredTurn
from .restore import (
    ResumeCheck,
    check_resume,
    refuse_unless_resumable,
    restore_session,
    saved_scenario,
)
from .store import SessionStore

__all__ = [
    "SCHEMA_VERSION",
    "NewSession",
    "ProgressPoint",
    "ResumeCheck",
    "ScenarioSummary",
    "SessionRecord",
    "SessionRecorder",
    "SessionStore",
    "StoredTurn",
    "check_resume",
    "data_dir",
    "database_path",
    "exports_dir",
    "learner_name",
    "refuse_unless_resumable",
    "restore_session",
    "saved_scenario",
]
