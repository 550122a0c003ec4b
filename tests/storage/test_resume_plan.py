"""plan_resume: which session, on which version, and the words, decided once in the core."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from roleplay.errors import StorageError
from roleplay.scoring.fixed import FixedScorer
from roleplay.storage import SessionRecorder, SessionStore
from roleplay.storage.encoding import parse_timestamp
from roleplay.storage.resume_plan import ResumePlan, ago, closing_words, plan_resume

from .helpers import BUDGET, GOOD_REPLIES, new_session, play, saved_id


def _played_copy(store: SessionStore, folder: Path, replies: int = 1) -> tuple[Path, int]:
    """A session of a copy of budget_pushback (so the test can change or remove the file)."""
    copy = folder / "budget_copy.yaml"
    shutil.copy(BUDGET, copy)
    recorder = SessionRecorder(store)
    session = new_session(copy, seed=11, observers=[recorder])
    for text in GOOD_REPLIES[:replies]:
        session.reply(text)
    return copy, saved_id(recorder)


def _retitle(path: Path, title: str) -> None:
    path.write_text(path.read_text().replace("Push back on a budget cut", title))


def test_nothing_to_offer_is_none_and_nothing_to_resume_is_rp712() -> None:
    with SessionStore.open() as store:
        assert plan_resume(store) is None
        assert plan_resume(store, scenario_id="budget_pushback") is None
        with pytest.raises(StorageError) as info:
            plan_resume(store, required=True)
    assert info.value.code == "RP712"


def test_resume_names_the_unfinished_sessions_history_lists_when_none_is_offered(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """History says "unfinished"; `roleplay resume` must not answer that there is none."""
    from roleplay.cli import main

    with SessionStore.open() as store:
        _, replaced = play(store, GOOD_REPLIES[:1])
        play(store, GOOD_REPLIES * 3)  # finished: it replaces the unfinished one
        assert main(["history"]) == 0
        row = next(
            line
            for line in capsys.readouterr().out.splitlines()
            if line.split()[0] == str(replaced)
        )
        assert row.endswith("unfinished")
        assert main(["resume", "--plain"]) == 2
        err = capsys.readouterr().err
        assert "RP712" in err and f"unfinished session {replaced} was replaced" in err, err
        assert f"`roleplay resume {replaced}` continues session {replaced}" in err
        plan = plan_resume(store, session_id=replaced)  # and that command does continue it
        assert plan.record.turn_count == 1 and not plan.ask_first


def _taken_back(store: SessionStore) -> int:
    """A saved session with no answered turn: its only reply was taken back."""
    session, sid = play(store, GOOD_REPLIES[:1])
    session.rewind()
    assert store.session(sid).turn_count == 0
    return sid


def test_rp712_names_sessions_with_no_answered_turn() -> None:
    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        new_session(observers=[recorder]).stop()  # stopped before any reply: not even saved
        assert recorder.session_id is None and store.sessions() == []
        ids = [_taken_back(store) for _ in range(5)]
        with pytest.raises(StorageError) as info:
            plan_resume(store, required=True)
        assert info.value.code == "RP712"
        newest = ", ".join(str(i) for i in reversed(ids[2:]))
        assert f"sessions {newest} and 2 more have no answered turn" in info.value.format(), (
            info.value.format()
        )


def test_the_offer_is_the_newest_unfinished_session_of_the_scenario() -> None:
    with SessionStore.open() as store:
        _, first = play(store, GOOD_REPLIES[:1])
        assert plan_resume(store, scenario_id="budget_pushback") is not None
        _, second = play(store, GOOD_REPLIES[:2])
        plan = plan_resume(store, scenario_id="budget_pushback")
        assert plan is not None and plan.record.id == second != first
        assert plan.record.turn_count == 2
        assert plan_resume(store, scenario_id="another_scenario") is None
        assert plan.ask_first and not plan.direct  # an offer is a question


def test_a_finished_or_empty_latest_session_is_not_offered() -> None:
    with SessionStore.open() as store:
        play(store, GOOD_REPLIES[:1])
        play(store, GOOD_REPLIES * 3)  # reaches an ending: replaces the unfinished one
        assert plan_resume(store) is None
        _taken_back(store)  # no answered turn
        assert plan_resume(store) is None


@pytest.mark.parametrize(("replies", "code"), [(GOOD_REPLIES * 3, "RP707"), ([], "RP712")])
def test_asking_for_a_session_that_cannot_be_resumed(replies: list[str], code: str) -> None:
    with SessionStore.open() as store:
        sid = play(store, replies)[1] if replies else _taken_back(store)
        with pytest.raises(StorageError) as info:
            plan_resume(store, session_id=sid)
        assert info.value.code == code
        with pytest.raises(StorageError) as missing:
            plan_resume(store, session_id=sid + 100)
        assert missing.value.code == "RP710"


def test_asking_by_number_goes_straight_in_on_an_unchanged_file() -> None:
    with SessionStore.open() as store:
        original, sid = play(store, GOOD_REPLIES[:2])
        play(store, GOOD_REPLIES[:1])  # a later session replaces it in the offer, not by number
        plan = plan_resume(store, session_id=sid)
        assert plan.record.id == sid
        assert plan.direct and not plan.ask_first and not plan.changed
        assert plan.change_notice is None
        assert plan.version(can_ask=False) == "saved"
        session = plan.resume(FixedScorer())
        assert session.turn == 2
        assert session.state == original.state and session.meters == original.meters
        assert store.claims.holds(sid)


def test_the_words() -> None:
    with SessionStore.open() as store:
        _, sid = play(store, GOOD_REPLIES[:2])
        record = store.session(sid)
        now = parse_timestamp(record.updated_at) + timedelta(hours=2, minutes=5)
        plan = plan_resume(store, scenario_id="budget_pushback", now=now)
        assert plan is not None
        assert plan.description == (
            f"session {sid} of 'Push back on a budget cut' (after turn 2, 2 hours ago)"
        )
        assert plan.question == (
            f"You have an unfinished {plan.description}. Pick up exactly where you stopped?"
        )
        assert plan.scripted_note() == (
            f"note: unfinished {plan.description}; `roleplay resume {sid}` continues it"
        )
        assert plan.scripted_note(plain=True).endswith(
            f"`roleplay resume {sid} --plain` continues it"
        )


def test_ago() -> None:
    stamp = "2026-01-01T10:00:00.000Z"
    start = parse_timestamp(stamp)
    assert ago(stamp, start + timedelta(seconds=30)) == "just now"
    assert ago(stamp, start + timedelta(minutes=1)) == "1 minute ago"
    assert ago(stamp, start + timedelta(hours=3)) == "3 hours ago"
    assert ago(stamp, start + timedelta(days=2, hours=5)) == "2 days ago"


def test_a_hostile_title_is_made_visible_in_every_message(tmp_path: Path) -> None:
    copy = tmp_path / "hostile.yaml"
    copy.write_text(
        BUDGET.read_text().replace(
            "title: Push back on a budget cut", 'title: "Evil \\e[31m red \\u202e gnp.exe"'
        )
    )
    with SessionStore.open() as store:
        recorder = SessionRecorder(store)
        session = new_session(copy, seed=1, observers=[recorder])
        assert session.scenario.title == "Evil \x1b[31m red \u202e gnp.exe"
        session.reply(GOOD_REPLIES[0])
        plan = plan_resume(store, session_id=saved_id(recorder))
        for words in (plan.description, plan.question, plan.scripted_note()):
            assert "\x1b" not in words and "\u202e" not in words
            assert "Evil \\x1b[31m red \\u202e gnp.exe" in words


def test_answers_to_the_offer() -> None:
    for yes in ("", "y", "Yes\n", " YES "):
        assert ResumePlan.accepts(yes)
    for no in ("n", "no", "later", "q"):
        assert not ResumePlan.accepts(no)


def test_a_changed_file_is_told_and_asked_about(tmp_path: Path) -> None:
    with SessionStore.open() as store:
        copy, sid = _played_copy(store, tmp_path)
        _retitle(copy, "New version")
        plan = plan_resume(store, session_id=sid)
        assert plan.changed and plan.can_restart and plan.ask_first
        assert plan.change_notice == (
            f"The scenario file {copy} has changed since session {sid} started. You can "
            "finish on the saved version, or restart on the new one."
        )
        assert "[r]estart on the new file" in plan.version_question
        assert plan.version(can_ask=True) is None  # the learner is asked
        assert plan.version_from_answer("") == "saved"
        assert plan.version_from_answer("S") == "saved"
        assert plan.version_from_answer("restart\n") == "restart"
        with pytest.raises(StorageError) as cancelled:
            plan.version_from_answer("q")
        assert cancelled.value.code == "RP708"
        with pytest.raises(StorageError) as scripted:
            plan.version(can_ask=False)
        assert scripted.value.code == "RP706" and "--restart" in scripted.value.format()


def test_a_changed_file_with_a_choice_given(tmp_path: Path) -> None:
    with SessionStore.open() as store:
        copy, sid = _played_copy(store, tmp_path, replies=2)
        _retitle(copy, "New version")
        saved = plan_resume(store, session_id=sid, choice="saved")
        assert not saved.ask_first and saved.version(can_ask=False) == "saved"
        resumed = saved.resume(FixedScorer())
        assert resumed.scenario.title == "Push back on a budget cut" and resumed.turn == 2

        restart = plan_resume(store, session_id=sid, choice="restart")
        assert not restart.ask_first and restart.version(can_ask=False) == "restart"
        fresh = restart.start_again(FixedScorer())
        assert fresh.scenario.title == "New version" and fresh.turn == 0
        assert fresh.seed == restart.record.seed and fresh.mode == restart.mode


def test_a_removed_file_offers_only_the_saved_version(tmp_path: Path) -> None:
    with SessionStore.open() as store:
        copy, sid = _played_copy(store, tmp_path)
        copy.unlink()
        plan = plan_resume(store, session_id=sid)
        assert plan.changed and not plan.can_restart
        assert plan.change_notice is not None
        assert "was removed since session" in plan.change_notice
        assert plan.change_notice.endswith("You can finish on the saved version.")
        assert "[r]estart" not in plan.version_question
        with pytest.raises(StorageError):
            plan.version_from_answer("r")  # no restart on a file that is gone
        with pytest.raises(ValueError):
            plan.restart_scenario()
        # --restart on a removed file is a clear RP706, not a crash or a silent resume
        with pytest.raises(StorageError) as info:
            plan_resume(store, session_id=sid, choice="restart").version(can_ask=True)
        assert info.value.code == "RP706" and "--saved" in info.value.format()
        assert "--restart" not in info.value.format()


def test_closing_words() -> None:
    assert closing_words(None, None, True) is None  # not saved: nothing to point at
    assert closing_words(4, None, False) is None  # nothing answered: nothing to resume
    assert closing_words(4, None, True) == (
        "Saved. `roleplay resume 4` continues where you stopped."
    )
    for over in ("success", "failure", "neutral", "abandoned"):
        words = closing_words(4, over, True)
        assert words is not None and words.startswith("Saved as session 4. ")
        assert "`roleplay export 4 --format html -o FILE`" in words
