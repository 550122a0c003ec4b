"""Two workshops are two workshops whatever script their names are written in (probe17):
``slugify`` dropped every letter with no ASCII form, so ``Семинар 3`` and ``Тренинг 3`` were
both workshop ``3``, and ``研修``, ``ワークショップ`` and ``!!!`` all ``workshop``: the second
host took over the first workshop (its code, scenarios and board) and said it was continuing
it. A workshop kept under an older id is still found, and continued, by its name."""

from __future__ import annotations

import pytest

from roleplay.storage.workshop import WorkshopStore, open_workshop_db, slugify

from ..budget import PLAY_BUDGET


@pytest.mark.parametrize(
    ("first", "second"),
    [("Семинар 3", "Тренинг 3"), ("研修", "ワークショップ"), ("!!!", "???"), ("Straße", "Strae")],
)
def test_different_names_are_different_workshops(first: str, second: str) -> None:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    a = store.open_workshop(first, [PLAY_BUDGET], join_code=None, max_participants=5)
    b = store.open_workshop(second, [PLAY_BUDGET], join_code="ABCDEF", max_participants=9)
    assert a.id != b.id
    assert store.workshop(first).name == first and store.workshop(first).max_participants == 5
    conn.close()


def test_ascii_names_keep_their_ids() -> None:
    assert slugify("Team day 3") == "team-day-3"
    assert slugify("Café day") == "cafe-day"
    assert slugify("  Ärzte -- Workshop! ") == "arzte-workshop"
    assert slugify("") == "workshop"


def test_a_workshop_kept_under_an_older_id_is_continued_by_its_name() -> None:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    made = store.open_workshop("Семинар 3", [PLAY_BUDGET], join_code=None, max_participants=5)
    conn.execute("UPDATE workshops SET id = '3' WHERE id = ?", (made.id,))  # as older versions
    again = store.open_workshop("Семинар 3", [PLAY_BUDGET], join_code=None, max_participants=7)
    assert again.id == "3" and again.max_participants == 7
    assert store.id_for("Семинар 3") == "3"
    conn.close()
