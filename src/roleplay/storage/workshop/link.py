"""What the workshop host and a participant process tell each other.

The host gives each browser a random token in a cookie and hands the participant process only
a digest of it, in the environment (never on the command line): :data:`BROWSER_ENV`. The
participant row stores that digest as its owner, so a display name is claimed by one browser
and nobody else can continue as that person or change their consent.

The participant process reports two events back to the host as Textual meta packets (their
``type``): :data:`JOINED` and :data:`CODE_REFUSED`; the host uses them to widen the input budget
and to slow down guessing of the join code.
"""

from __future__ import annotations

import hashlib
import os
import re

BROWSER_ENV = "ROLEPLAY_WORKSHOP_BROWSER"
JOINED = "roleplay-joined"
CODE_REFUSED = "roleplay-code-refused"

_DIGEST = re.compile(r"^[0-9a-f]{64}$")


def owner_digest(token: str) -> str:
    """The stored form of a browser token (the token itself is never stored or passed on)."""
    return hashlib.sha256(f"roleplay-browser:{token}".encode()).hexdigest()


def owner_from_environment() -> str | None:
    """The digest the host passed to this participant process, if it passed a valid one."""
    value = os.environ.get(BROWSER_ENV, "")
    return value if _DIGEST.match(value) else None
