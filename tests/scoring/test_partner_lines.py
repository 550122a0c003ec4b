"""The per-partner-line stores (scoring/partner_lines.py): bounded, the same answers as reading
the line afresh, and no answer of one line given for another."""

from __future__ import annotations

from roleplay.scoring import eliciting, features, feeling_reflection, responsive, supplied
from roleplay.scoring.critic import critics
from roleplay.scoring.interest_fit import _partner_stems, _stems
from roleplay.scoring.partner_lines import (
    PARTNER_LINES_KEPT,
    forget_partner_lines,
    per_partner_line,
)
from roleplay.scoring.semantic import SemanticScorer
from roleplay.scoring.types import ScoreInput

LINES = [
    "Can you send me the Q3 numbers by Friday? The board wants them.",
    "My doctor says I drink too much and my sister keeps telling me I'm a mess!",
    "I'm just tired. Nothing works and nobody listens!",
    "What do you need most from this deal, and what matters to you?",
    "Could you give me a few examples of what went wrong?",
    "Thanks, that was great!",
    "",
]
REPLIES = [
    "I'll send the Q3 numbers by Thursday noon, and flag anything that slips.",
    "Your doctor's right, you know.",
    "That sounds exhausting. What has been the hardest part?",
    "Water matters most to me. How about you?",
    "For example: the deploy on Monday, the missing tests, and the late review.",
    "OK.",
]


def test_a_store_is_bounded_and_least_recently_used_goes_first() -> None:
    calls: list[str] = []

    @per_partner_line
    def read(line: str) -> int:
        calls.append(line)
        return len(line)

    read("first")
    for i in range(PARTNER_LINES_KEPT - 1):
        read(f"line {i}")
    read("first")  # still kept: the store holds exactly PARTNER_LINES_KEPT lines
    assert calls.count("first") == 1
    read("one more")  # evicts the least recently used ("line 0"), not "first"
    read("first")
    assert calls.count("first") == 1
    read("line 0")
    assert calls.count("line 0") == 2
    for i in range(3 * PARTNER_LINES_KEPT):
        read(f"other {i}")
    read("first")  # pushed out by many newer lines
    assert calls.count("first") == 2


def test_forgetting_empties_every_store() -> None:
    calls: list[str] = []

    @per_partner_line
    def read(line: str) -> int:
        calls.append(line)
        return 1

    scorer = SemanticScorer()
    scorer.score(ScoreInput(REPLIES[0], LINES[0]))
    read("x")
    assert features._partner_words and feeling_reflection._targets
    forget_partner_lines()
    assert not features._partner_words and not feeling_reflection._targets
    read("x")
    assert calls == ["x", "x"]


def test_kept_readings_are_the_fresh_readings_and_cannot_be_changed() -> None:
    for line in LINES * 2:  # the second round reads the kept answers
        assert responsive.requests(line) is (responsive.REQUEST.search(line) is not None)
        assert responsive.complains(line) is responsive.complains.__wrapped__(line)  # type: ignore[attr-defined]
        assert eliciting.asked_need(line) is (eliciting.ASKED_NEED.search(line) is not None)
        assert supplied._asks_for_info(line) is (supplied.ASKS_FOR_INFO.search(line) is not None)
        assert supplied._partner_counts(line) == supplied._counts(line)
        assert _partner_stems(line) == _stems(line)
        assert responsive._partner_content(line) == responsive._content(line)
        named = critics(line)
        assert isinstance(named, frozenset)
    assert critics(LINES[1]) == {"doctor", "sister"}


def test_scores_with_kept_lines_equal_scores_read_afresh_with_no_cross_talk() -> None:
    scorer = SemanticScorer()
    fresh = {}
    for line in LINES:
        for reply in REPLIES:
            forget_partner_lines()
            fresh[line, reply] = scorer.score(ScoreInput(reply, line))
    forget_partner_lines()
    # interleaved, so each line's kept readings sit beside every other line's
    for _ in range(2):
        for reply in REPLIES:
            for line in LINES:
                assert scorer.score(ScoreInput(reply, line)) == fresh[line, reply]
    # the lines are told apart: the same reply scores differently against different lines
    assert len({fresh[line, REPLIES[0]] for line in LINES}) > 1
