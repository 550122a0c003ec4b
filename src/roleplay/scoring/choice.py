"""Which scorer a run uses: the product's by default, another one chosen by name.

``ROLEPLAY_SCORER`` names the scorer for every command of one run (``roleplay play``, ``test``,
``resume``, the TUI, the workshop ...). It exists for tests and demonstrations: the test suite
sets ``ROLEPLAY_SCORER=fixed`` so that refitting or replacing the product's scorer changes no
test outside ``tests/scoring``. Unset (or empty), the product's scorer is used. An unknown name
is an error (RP006) rather than a silent fallback, so a typo never scores a learner with the
wrong scorer. See docs/scoring.md, "Choosing the scorer".
"""

from __future__ import annotations

import os
from collections.abc import Callable

from roleplay.errors import RoleplayError

from .fixed import FixedScorer
from .scorer import LexicalScorer
from .types import Scorer

ENV_VAR = "ROLEPLAY_SCORER"
UNKNOWN_SCORER = "RP006"


# name -> factory. The product's default is whichever one `default_scorer()` builds.
def _semantic() -> Scorer:
    # Imported on first use: it brings numpy and the tokenizer, which start-up should not wait for.
    from .semantic import SemanticScorer

    return SemanticScorer()


SCORERS: dict[str, Callable[[], Scorer]] = {
    "semantic": _semantic,
    "lexical": LexicalScorer,
    "fixed": FixedScorer,
}
# What `roleplay score --scorer` offers: the product's scorers, not the test fixture.
SCORER_NAMES = ("semantic", "lexical")


def scorer_named(name: str) -> Scorer:
    """A new scorer by its name; RoleplayError RP006 naming the choices for an unknown one."""
    factory = SCORERS.get(name)
    if factory is None:
        choices = ", ".join(sorted(SCORERS))
        raise RoleplayError(
            UNKNOWN_SCORER, f"unknown scorer '{name}'", hint=f"{ENV_VAR} takes one of: {choices}"
        )
    return factory()


def chosen_name() -> str | None:
    """The scorer named by ROLEPLAY_SCORER, or None when it is unset or empty."""
    return os.environ.get(ENV_VAR, "").strip() or None
