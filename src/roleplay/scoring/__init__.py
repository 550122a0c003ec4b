"""Scoring: turns a reply into listening, empathy and collaboration scores with evidence."""

from .types import Scorer


def default_scorer() -> Scorer:
    """The scorer used in play. Replaced by the real scorer (issue 4)."""
    from .placeholder import PlaceholderScorer

    return PlaceholderScorer()
