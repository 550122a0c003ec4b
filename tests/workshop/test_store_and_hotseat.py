"""Workshop rows (codes, joins, rounds) and hot-seat attribution of turns."""

from __future__ import annotations

import pytest

from roleplay.errors import RoleplayError
from roleplay.storage.workshop import WorkshopStore, group_rows, open_workshop_db

from .serving import play_hotseat


def test_join_code_is_hashed_and_forgiving(store: WorkshopStore) -> None:
    w = store.open_workshop("Room", ["budget_pushback"], join_code="K7P-M4Q", max_participants=3)
    raw = store.conn.execute("SELECT code_hash FROM workshops").fetchone()[0]
    assert "K7PM4Q" not in raw
    assert store.check_code(w.id, "k7p m4q") and not store.check_code(w.id, "K7PM4R")


def test_rejoin_with_the_same_name_is_the_same_person(store: WorkshopStore) -> None:
    w = store.open_workshop("Room", ["budget_pushback"], join_code=None, max_participants=3)
    a = store.join(w.id, "  Ann\x1b[31m ")
    b = store.join(w.id, "ANN[31m")
    assert a.name == "Ann[31m" and b.id == a.id and b.rejoined
    with pytest.raises(RoleplayError):
        store.join(w.id, "   ")


def test_rounds_open_close_and_reveal(store: WorkshopStore) -> None:
    w = store.open_workshop("Room", ["budget_pushback"], join_code=None, max_participants=3)
    assert store.current_round(w.id) is None and store.stop_round(w.id) is None
    one = store.start_round(w.id)
    two = store.start_round(w.id)  # starting the next one closes the first
    assert (one.number, two.number) == (1, 2)
    assert [r.open for r in store.rounds(w.id)] == [False, True]
    store.reveal(two.id)
    stopped = store.stop_round(w.id)
    assert stopped is not None and stopped.revealed and not stopped.open


def test_hotseat_attributes_each_reply_to_its_speaker(store: WorkshopStore) -> None:
    replies = [
        "That sounds like a lot of pressure from the board by Friday.",
        "What would a good outcome look like for you?",
        "Could we phase it together and protect the launch?",
    ]
    play_hotseat("Ann, Bob", "Pair room", replies)
    w = store.workshop("Pair room")
    (session,) = group_rows(store.conn, w.id)
    speakers = [t.speaker for t in session.turns]
    assert speakers[:3] == ["Ann", "Bob", "Ann"]
    assert [t.reply for t in session.turns][:3] == replies[: len(session.turns)][:3]


@pytest.mark.parametrize(
    ("names", "said"),
    [
        ("Ann, Bob, ann", "'Ann' twice (as 'ann')"),
        ("Ann,  BOB ,bob", "'BOB' twice (as 'bob')"),
        (",".join(f"P{i}" for i in range(300)), "300 names; a hot seat takes at most 12"),
    ],
    ids=["same-name-other-case", "spaces-around", "hundreds"],
)
def test_hotseat_refuses_duplicate_and_too_many_names(
    names: str, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from roleplay.cli import main

    assert main(["workshop", "hotseat", "budget_pushback", "--plain", "--names", names]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "RP815" in err and said in err
    assert "Traceback" not in err
    conn, _ = open_workshop_db()
    assert conn.execute("SELECT COUNT(*) FROM workshops").fetchone()[0] == 0  # nothing opened
