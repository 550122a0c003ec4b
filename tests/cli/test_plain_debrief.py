"""Plain mode's debrief: the core's advice rows and the better reply for the weakest turn."""

from __future__ import annotations

import io

from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer

from ..storage.helpers import GOOD_REPLIES, new_session


def test_plain_debrief_shows_advice_and_the_learners_better_reply() -> None:
    session = new_session()
    out = io.StringIO()
    PlainFrontEnd(session, Printer(out, False)).run(
        [GOOD_REPLIES[0], "/rewind", "Whatever.", "/end"]
    )
    text = out.getvalue()
    assert "A better reply for turn 1 (your own best reply to this moment, overall" in text
    assert GOOD_REPLIES[0][:40] in text.split("A better reply for turn 1")[1]
    advice = [line for line in text.splitlines() if line.strip().startswith("Turn 1: A better")]
    assert len(advice) == 1
