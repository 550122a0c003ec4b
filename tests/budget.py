"""The one budget_pushback play-through every test outside tests/scoring shares.

``BUDGET`` is a frozen copy of the shipped scenario (tests/fixtures/library): reworking the
shipped library changes no test that uses it. With the fixed test scorer (ROLEPLAY_SCORER=fixed,
set for every test by tests/conftest.py) ``GOOD_REPLIES`` reach its success ending: they mention
the state's key points, ask, name feelings and say "we/together", which is all that scorer counts.
``BAD_REPLIES`` reach no ending that way.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from roleplay.engine import CompiledScenario, Session, SessionObserver, compile_scenario
from roleplay.scenario import load_file
from roleplay.scoring.fixed import FixedScorer
from roleplay.scoring.readable import unreadable_reason
from roleplay.scoring.types import Score, ScoreInput

LIBRARY = Path(__file__).parent / "fixtures" / "library"
BUDGET = LIBRARY / "budget_pushback.yaml"
PLAY_BUDGET = str(BUDGET)  # the frozen copy as a command-line argument (`roleplay play PATH`)

GOOD_REPLIES = [
    "I hear you, the board needs 30% of the Q3 budget by Friday. That sounds like real "
    "pressure on you. Can we look at it together?",
    "So last year a team overran in Q4 and you had to explain it to the board. That sounds "
    "stressful. What would a good outcome look like for you, so we avoid that again?",
    "What if we look at two options together: a phased cut with the launch protected, or a "
    "smaller cut now with a checkpoint? Which criteria matter most to you?",
    "Yes, my team would commit to a phased cut with the launch protected and a week 6 "
    "checkpoint. Let's agree how we report progress to you together.",
]
BAD_REPLIES = ["No. Take it or leave it.", "That is your problem, not mine.", "Whatever."]


def budget() -> CompiledScenario:
    """The frozen budget_pushback, compiled."""
    return compile_scenario(load_file(BUDGET))


def new_session(
    path: Path = BUDGET, seed: int = 7, observers: Iterable[SessionObserver] = ()
) -> Session:
    """A fresh session of the frozen scenario (or ``path``) scored by the fixed test scorer;
    ``observers`` (e.g. a SessionRecorder) hear its lifecycle."""
    return Session.start(
        compile_scenario(load_file(path)), FixedScorer(), seed, observers=observers
    )


class ReadingScorer(FixedScorer):
    """The fixed test scorer, refusing what the real scorer cannot read (scoring/readable.py):
    for tests of what happens to a reply that cannot be scored."""

    def score(self, item: ScoreInput) -> Score:
        reason = unreadable_reason(item.reply)
        return Score.unscored(reason) if reason else super().score(item)
