"""Who gives: a demand on the other side is never the speaker's own move (issue 12).

"Your team needs to build the checkout side" and "My team can build the checkout side" share
every word that carries weight; the intent encoder hears no owner, and the demand met the
offer of people even 0.5 behind (a demand counts ``DEMAND_PENALTY`` less against an example
in which the speaker acts, :mod:`.intent_similarity`). The two are opposite moves: one gives
the work, the other hands it back. So a part read as a demand (DEMAND: the other person, their
side or a third party is told they must act, and the speaker takes nothing on: "You'll have to
cover the weekend yourself", "Your engineers should build it", "They need to wait for the EU
region") cannot match an intent that is the speaker's own move: half or more of its examples
have the speaker act (SPEAKER: "I'll cover it", "My team can build it", "Let's phase it") and
none of them is a demand. An intent that tells them what to do (a redirection, pressing for a
date: "You need to hit the 20th") keeps meeting demands.
"""

from __future__ import annotations

from collections.abc import Sequence

from .intent_similarity import DEMAND, SPEAKER


def own_move(moods: Sequence[int]) -> bool:
    """An intent whose examples (their moods) are the speaker's own move: half or more have
    the speaker act, none is a demand on someone else."""
    moods = list(moods)
    if not moods or DEMAND in moods:
        return False
    return 2 * sum(m == SPEAKER for m in moods) >= len(moods)
