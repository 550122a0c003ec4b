"""Where the workshop host may listen, and the join code that guards a non-loopback bind.

Safe by default: ``127.0.0.1`` unless the facilitator names another address. Any address that
other machines can reach needs a join code; one is generated when none is given, and an explicit
``--no-join-code`` on a reachable address is refused (exit 2) rather than quietly allowed.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from roleplay.errors import RoleplayError
from roleplay.storage.workshop.store import normalise_join_code

from .host_names import clean_allowed_host, is_loopback

# No 0/O, 1/I/L: the code is read off a projector and typed on a phone or laptop.
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6
MIN_CODE_LENGTH = 6  # dashes and spaces do not count
DEFAULT_HOST = "127.0.0.1"
DEFAULT_MAX = 40

__all__ = ["BindPlan", "is_loopback", "new_join_code", "plan_bind"]


def new_join_code() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass(frozen=True)
class BindPlan:
    host: str
    port: int
    join_code: str | None
    max_participants: int
    generated_code: bool = False
    allowed_hosts: tuple[str, ...] = ()  # extra Host names to answer (``--allow-host``)

    @property
    def loopback(self) -> bool:
        return is_loopback(self.host)


def plan_bind(
    host: str | None,
    port: int,
    *,
    join_code: str | None = None,
    no_join_code: bool = False,
    max_participants: int = DEFAULT_MAX,
    allow_hosts: list[str] | None = None,
) -> BindPlan:
    """Check the facilitator's options and decide what the host will do, or raise (exit 2)."""
    chosen = (host or DEFAULT_HOST).strip()
    if not chosen:
        raise RoleplayError("RP801", "empty --host", hint="omit --host to bind 127.0.0.1")
    if not 0 <= port <= 65535:
        raise RoleplayError("RP802", f"port {port} is out of range", hint="use 1024-65535")
    if max_participants < 1:
        raise RoleplayError(
            "RP803", f"--max must be at least 1, got {max_participants}", hint="e.g. --max 30"
        )
    code: str | None = None
    generated = False
    if join_code is not None:
        code = normalise_join_code(join_code)
        if len(code) < MIN_CODE_LENGTH:
            raise RoleplayError(
                "RP804",
                f"a join code needs at least {MIN_CODE_LENGTH} letters or digits (got {len(code)})",
                hint="omit --join-code to have one generated",
            )
    loopback = is_loopback(chosen)
    if not loopback:
        if no_join_code:
            raise RoleplayError(
                "RP805",
                f"refusing to serve on {chosen} without a join code",
                hint="anyone on the network could join; drop --no-join-code or bind 127.0.0.1",
            )
        if code is None:
            code, generated = new_join_code(), True
    elif no_join_code:
        code = None
    allowed = tuple(dict.fromkeys(clean_allowed_host(h) for h in allow_hosts or ()))
    return BindPlan(chosen, port, code, max_participants, generated, allowed)
