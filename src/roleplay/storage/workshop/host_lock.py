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
