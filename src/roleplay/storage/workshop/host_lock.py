"""One host per workshop: a second ``roleplay serve`` of a workshop that is being served is
refused (RP833) before it changes anything.

Opening a workshop writes its join code, scenarios and participant cap. A second host of the
same workshop (another ``--port``, as RP810's hint suggests when the first still runs) replaced
them under the first host: a host on the room's network with a join code was left open to anyone
once a loopback dry run of the same workshop (no code there) was started. The host holds an
exclusive advisory lock on ``<database>.claims/workshop-<id>.lock`` while it runs, the same kind
of lock as a session's claim (:mod:`roleplay.storage.claims`): the operating system drops it
when the host ends, however it ends, so a crashed host never blocks its restart.
"""

from __future__ import annotations

from pathlib import Path

from roleplay.errors import RoleplayError

from ..claims import hold_lock

ALREADY_SERVED = "RP833"


def hold_host_lock(database: Path, workshop_id: str, name: str) -> int:
    """Hold workshop ``workshop_id`` for this host and return the lock's file descriptor (close
    it to let go); RP833 when another process serves that workshop now."""
    folder = database.with_name(database.name + ".claims")
    fd = hold_lock(folder, f"workshop-{workshop_id}.lock", "the workshop's host lock")
    if fd is None:
        raise RoleplayError(
            ALREADY_SERVED,
            f"workshop '{name}' is already being served by another `roleplay serve`",
            hint="participants join that host; stop it first (Ctrl+C there) to serve it here, "
            "or choose another --workshop name; nothing was changed",
        )
    return fd


NAME_TAKEN = "RP832"


def hold_line_mode_name(database: Path, workshop_id: str, raw_name: str) -> int:
    """Hold a display name for one line-mode participant (``roleplay workshop play``) while it
    plays, and return the lock's file descriptor (close it to let go). Line mode continues a
    participant by name, so two terminals under one name ("Zed" and "zed") were one person:
    both played at once, and the first to stop marked the other "(left)" on the board. The
    second is refused with RP832, as a browser is for a name another browser holds, before it
    changes anything; a stopped or killed one never blocks the name (the lock goes with it)."""
    import hashlib

    from .store import clean_display_name

    name = clean_display_name(raw_name)
    key = hashlib.sha256(f"{workshop_id}\0{name.casefold()}".encode()).hexdigest()[:32]
    folder = database.with_name(database.name + ".claims")
    fd = hold_lock(folder, f"name-{key}.lock", "the display name's lock")
    if fd is None:
        raise RoleplayError(
            NAME_TAKEN,
            f"the name '{name}' is in use: a conversation under it is running right now",
            hint="finish or close it there first, or choose another display name",
        )
    return fd
