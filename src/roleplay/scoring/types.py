"""Value types shared by every scorer: what goes in, what comes out, and the plug-in protocol."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

Dimension = Literal["listening", "empathy", "collaboration"]
DIMENSIONS: tuple[Dimension, ...] = ("listening", "empathy", "collaboration")
SameSide = Literal["beside", "across", "neutral"]


@dataclass(frozen=True)
class ScoreInput:
    """One reply to score, with the context it answers."""

    reply: str
    partner: str = ""
    key_points: tuple[str, ...] = ()
    emotion: str | None = None


@dataclass(frozen=True)
class Evidence:
    """One reason a score moved: `points` on `dimension`, explained by `reason`.

    `span` is the (start, end) character range in the reply that earned or lost the points,
    or None when the reason is about the reply as a whole (e.g. "ignored their key points").
    """

    dimension: Dimension
    points: int
    reason: str
    span: tuple[int, int] | None = None

    def label(self) -> str:
        sign = "+" if self.points >= 0 else ""
        return f"{sign}{self.points} {self.dimension}: {self.reason}"

    def to_json(self) -> dict[str, object]:
        return {
            "dimension": self.dimension,
            "points": self.points,
            "reason": self.reason,
            "span": list(self.span) if self.span is not None else None,
        }


@dataclass(frozen=True)
class Score:
    """Scores in 0-100 for one reply, the same-side indicator and the evidence behind them.

    `scored` is False for a reply the scorer cannot read (`reason`: `empty`, `no_words`,
    `language:xx`, `gibberish`); such a reply earns nothing: every dimension is 0.
    """

    listening: int
    empathy: int
    collaboration: int
    overall: int
    same_side: SameSide = "neutral"
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    scored: bool = True
    reason: str | None = None

    @classmethod
    def unscored(cls, reason: str) -> Score:
        """The result for a reply that cannot be read: zeros, and the reason."""
        return cls(0, 0, 0, 0, "neutral", (), scored=False, reason=reason)

    def dimension(self, name: str) -> int:
        if name == "listening":
            return self.listening
        if name == "empathy":
            return self.empathy
        if name == "collaboration":
            return self.collaboration
        if name == "overall":
            return self.overall
        raise KeyError(name)

    def as_dict(self) -> dict[str, int]:
        return {
            "listening": self.listening,
            "empathy": self.empathy,
            "collaboration": self.collaboration,
            "overall": self.overall,
        }

    def to_json(self) -> dict[str, object]:
        out: dict[str, object] = {
            **self.as_dict(),
            "same_side": self.same_side,
            "evidence": [e.to_json() for e in self.evidence],
            "scored": self.scored,
        }
        if not self.scored:
            out["reason"] = self.reason
        return out


@runtime_checkable
class Scorer(Protocol):
    """Anything that turns a reply in context into a Score. Must be deterministic and offline."""

    name: str

    def score(self, item: ScoreInput) -> Score: ...


@runtime_checkable
class WarmsUp(Protocol):
    """A scorer that loads or compiles parts on its first replies and can do so ahead."""

    def warm_up(self) -> None:
        """Load and compile now what scoring would on first use (thread-safe; slow)."""
