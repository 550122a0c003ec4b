"""The join rules every workshop front end uses (storage/workshop/joining.py)."""

from __future__ import annotations

import pytest

from roleplay.errors import RoleplayError
from roleplay.storage.workshop import JoinDesk, WorkshopStore
from roleplay.storage.workshop.joining import MAX_CODE_TRIES

from ..budget import PLAY_BUDGET
from ..cli.helpers import run_cli


def test_wrong_codes_count_down_then_stop(store: WorkshopStore) -> None:
    w = store.open_workshop("Room", ["budget_pushback"], join_code="K7PM4Q", max_participants=3)
    desk = JoinDesk(store, w)
    for left in range(MAX_CODE_TRIES - 1, 0, -1):
        with pytest.raises(RoleplayError) as info:
            desk.check_code("WRONG1")
        assert info.value.code == "RP808" and f"({left} tries left)" in info.value.format()
    with pytest.raises(RoleplayError) as info:
        desk.check_code("WRONG1")
    assert info.value.code == "RP816"
    JoinDesk(store, w).check_code("k7p-m4q")  # a new connection, the right code


def test_no_code_needed_and_the_round_must_be_open(store: WorkshopStore) -> None:
    w = store.open_workshop("Open", ["budget_pushback"], join_code=None, max_participants=3)
    desk = JoinDesk(store, w)
    desk.check_code("")
    assert not desk.round_open()
    with pytest.raises(RoleplayError) as info:
        desk.require_open_round()
    assert info.value.code == "RP813"
    store.start_round(w.id)
    desk.require_open_round()


def test_line_mode_follows_the_same_rules(store: WorkshopStore) -> None:
    store.open_workshop("Line room", [PLAY_BUDGET], join_code="K7PM4Q", max_participants=3)
    wrong = run_cli("workshop", "play", "--workshop", "Line room", "--name", "Ann", "--code", "x")
    assert wrong.returncode == 2 and "RP808" in wrong.stderr and "tries left" in wrong.stderr
    closed = run_cli(
        "workshop", "play", "--workshop", "Line room", "--name", "Ann", "--code", "K7PM4Q"
    )
    assert closed.returncode == 2 and "RP813" in closed.stderr
