"""Support from the rest of a reply, when intents compete for one of its parts.

Intents of one scenario share its topic, so one sentence often reaches the thresholds of two
of them ("Wait for the EU region like everyone else." comes close to conceding the US region
and to holding the EU rule). Which one it says shows in the reply's other sentences: after
"The answer is still no." it holds the rule. So when intents compete for a part, an intent's
rank there is its margin over its threshold plus its support: its best margin on a part of the
reply that does not overlap this one, plus ``SUPPORT_OFFSET``, kept between 0 and
``SUPPORT_OFFSET`` (an intent at its threshold elsewhere gets it all; one ``SUPPORT_OFFSET``
or more under it, nothing). Support only breaks near ties: a part that one intent matches
clearly stays that intent's, so a reply that makes two moves in two sentences ("a demo for
the offsite. And we show the board the migration") keeps both. The reply's intents are
listed by their margins, as without support. A reply of one part has no support.

Chosen on the dev, tuning and library tuning sets of ``benchmarks/intents.py`` (see
benchmarks/README.md, sixth round of issue 12).
"""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

SUPPORT_OFFSET = 0.05

Spans = list[tuple[int, int]]


def apart(spans: Spans) -> NDArray[np.bool_] | None:
    """(parts, parts): part q does not overlap part p (None for a single part)."""
    if len(spans) < 2:
        return None
    a = np.array([s for s, _ in spans])
    b = np.array([e for _, e in spans])
    out: NDArray[np.bool_] = (b[:, None] <= a[None, :]) | (b[None, :] <= a[:, None])
    return out


def ranks(margins: NDArray[np.float64], disjoint: NDArray[np.bool_] | None) -> NDArray[np.float64]:
    """(parts, intents): each margin plus the support of the parts apart from its part."""
    if disjoint is None:
        return margins
    elsewhere = np.where(disjoint[:, :, None], margins[None, :, :], -np.inf).max(axis=1)
    out: NDArray[np.float64] = margins + np.clip(elsewhere + SUPPORT_OFFSET, 0.0, SUPPORT_OFFSET)
    return out
