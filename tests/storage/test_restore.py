"""A saved session comes back in the same state, with its meters, transcript and rewinds."""

from __future__ import annotations

import shutil
from pathlib import Path

from roleplay.engine.records import turn_to_json
from roleplay.scoring.fixed import FixedScorer
from roleplay.storage import SessionRecorder, check_resume, restore_session

from .helpers import BUDGET, GOOD_REPLIES, new_session, open_store, play, saved_id


def test_restore_gives_the_same_state_meters_and_line() -> None:
    with open_store() as store:
        session, sid = play(store, GOOD_REPLIES[:2])
        record = store.session(sid)
        check = check_resume(store, record)
        assert not check.changed
        again = restore_session(store, record, check.saved, FixedScorer())
        assert again.state == session.state
        assert again.meters == session.meters
        assert again.counterpart_line == session.counterpart_line
        assert [turn_to_json(t) for t in again.turns] == [turn_to_json(t) for t in session.turns]
        assert not again.ended
        # it plays on exactly as the original would
        assert turn_to_json(again.reply(GOOD_REPLIES[2])) == turn_to_json(
            session.reply(GOOD_REPLIES[2])
        )


def test_restore_keeps_rewinds_for_the_debrief() -> None:
    with open_store() as store:
        recorder = SessionRecorder(store)
        session = new_session(observers=[recorder])
        session.reply("Whatever.")
        sid = saved_id(recorder)
        session.rewind()
        session.reply(GOOD_REPLIES[0])
        again = restore_session(
            store, store.session(sid), check_resume(store, store.session(sid)).saved, FixedScorer()
        )
        assert len(again.rewound) == 1
        assert again.rewound[0].original.reply == "Whatever."
        replaced = again.rewound[0].replaced_by
        assert replaced is not None and replaced.reply == GOOD_REPLIES[0]


def test_changed_scenario_file_is_detected_and_saved_version_still_loads(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "budget_pushback.yaml"
    shutil.copy(BUDGET, copy)
    with open_store() as store:
        recorder = SessionRecorder(store)
        session = new_session(copy, observers=[recorder])
        session.reply(GOOD_REPLIES[0])
        sid = saved_id(recorder)
        copy.write_text(copy.read_text().replace("Push back on a budget cut", "Edited title"))
        record = store.session(sid)
        check = check_resume(store, record)
        assert check.changed
        assert check.current is not None
        assert check.current.scenario.title == "Edited title"
        assert check.saved.scenario.title == "Push back on a budget cut"
        again = restore_session(store, record, check.saved, FixedScorer())
        assert again.state == session.state
        copy.unlink()
        assert check_resume(store, record).current is None
