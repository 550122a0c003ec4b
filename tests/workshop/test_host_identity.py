"""Issue 16: a display name is not an identity. A participant belongs to the browser that
joined (a token in a cookie); another browser typing the same name gets a clash message and
changes nothing, least of all the first person's consent."""

from __future__ import annotations

import pytest

from roleplay.errors import RoleplayError
from roleplay.storage.workshop import WorkshopStore, open_workshop_db
from roleplay.storage.workshop.link import owner_digest

from .serving import start_serve, stop
from .ws_browser import WsBrowser, kill_leftovers

DORA, MALLORY = owner_digest("browser-of-dora"), owner_digest("browser-of-mallory")


def _store() -> tuple[WorkshopStore, str]:
    conn, path = open_workshop_db()
    store = WorkshopStore(conn, path)
    workshop = store.open_workshop(
        "Id room", ["budget_pushback"], join_code=None, max_participants=5
    )
    return store, workshop.id


def _rows(store: WorkshopStore) -> list[tuple[object, ...]]:
    return [
        tuple(r)
        for r in store.conn.execute(
            "SELECT name, show_name, owner FROM workshop_participants ORDER BY id"
        )
    ]


def test_another_browser_cannot_take_a_name_or_its_consent() -> None:
    store, wid = _store()
    dora = store.join(wid, "Dora", show_name=False, owner=DORA)
    with pytest.raises(RoleplayError) as clash:
        store.join(wid, "dora", show_name=True, owner=MALLORY)
    assert clash.value.code == "RP832" and "taken" in clash.value.diagnostic.message
    with pytest.raises(RoleplayError):
        store.join(wid, "DORA ", show_name=True, owner=None)  # nor line mode on the host
    assert _rows(store) == [("Dora", 0, DORA)]
    again = store.join(wid, "Dora", show_name=True, owner=DORA)  # her own browser: her choice
    assert again.id == dora.id and again.rejoined and _rows(store) == [("Dora", 1, DORA)]


def test_line_mode_keeps_rejoining_by_name_on_the_host() -> None:
    store, wid = _store()
    first = store.join(wid, "Ann")
    assert store.join(wid, "ann").id == first.id


def test_an_older_database_gains_the_owner_column() -> None:
    conn, path = open_workshop_db()
    conn.execute("ALTER TABLE workshop_participants DROP COLUMN owner")
    conn.close()
    store, wid = _store()
    store.join(wid, "Bea", owner=DORA)
    assert _rows(store) == [("Bea", 0, DORA)]


async def _join(browser: WsBrowser, keys: str) -> None:
    await browser.open()
    await browser.wait_for("Join the workshop")
    await browser.type(keys)


async def test_a_second_browser_sees_a_clash_on_a_real_host() -> None:
    serve, port = start_serve("--workshop", "Id room", "--scenario", "budget_pushback")
    dora, mallory = WsBrowser(port), WsBrowser(port)
    try:
        await _join(dora, "Dora\r")  # name only, box not ticked
        await dora.wait_for("Pick a scenario")
        await _join(mallory, "dora\t \t\r")  # same name, "show my name" ticked, Join
        await mallory.wait_for("taken")
        await mallory.close()
        await dora.close()
        dora_again = WsBrowser(port, jar=dora.jar)  # the same browser comes back
        await _join(dora_again, "Dora\r")
        await dora_again.wait_for("Pick a scenario")
        await dora_again.close()
    finally:
        kill_leftovers(serve.pid)
        print(stop(serve))  # shown when the test fails
    store, _ = _store()
    ((name, shown, owner),) = _rows(store)
    assert name == "Dora" and shown == 0 and isinstance(owner, str) and len(owner) == 64
