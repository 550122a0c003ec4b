"""Issue 11, rule 391 (docs/scoring.md, `scoring/one_item.py`): one feeling word named twice,
as a feeling and as theirs, is named once, as theirs; how hard it is stays its own item.

Partners in engineering deadlines, HR, an engineering team, a hospital ward and housing, with
hard negatives: a second feeling word in the same sentence, a feeling that is not the one their
line names, no partner line at all.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

DEADLINE = "My manager moved the deadline up a week and I've been working until midnight every day."
PROMOTION = "I was passed over for the promotion again and I feel so ashamed."
COVERING = "Our team lead quit and now I'm covering three roles and I'm exhausted."
DISCHARGE = "The ward discharged my father at midnight with no transport, and he's 84."
EVICTION = "My landlord is threatening to evict us and I can't stop shaking."


def empathy_reasons(reply: str, partner: str) -> list[str]:
    return [e.reason for e in score(reply, partner).evidence if e.dimension == "empathy"]


@pytest.mark.parametrize(
    ("reply", "partner", "theirs"),
    [
        ("That sounds stressful.", DEADLINE, "named their pressure"),
        ("That sounds humiliating.", PROMOTION, "named their embarrassment"),
        ("That sounds exhausting and lonely.", COVERING, "named their exhaustion"),
    ],
)
def test_a_feeling_word_named_as_theirs_is_named_once(
    reply: str, partner: str, theirs: str
) -> None:
    said = empathy_reasons(reply, partner)
    named = [r for r in said if r.startswith(theirs)]
    assert len(named) == 1 and named[0].endswith("also named a feeling"), said
    assert not any(r.startswith("named a feeling") for r in said), said
    # how hard it is is another quality of the phrase: its own item
    assert any(r.startswith("acknowledged it's hard") for r in said), said


def test_the_reply_earns_less_than_three_credits_for_one_word() -> None:
    result = score("That sounds stressful.", DEADLINE)
    items = [e for e in result.evidence if e.dimension == "empathy" and e.points > 0]
    assert len(items) == 2
    assert result.empathy == 45 + sum(e.points for e in result.evidence if e.dimension == "empathy")


def test_a_second_feeling_word_keeps_its_own_item() -> None:
    said = empathy_reasons("That sounds agonising, and lonely.", DISCHARGE)
    assert any(r.startswith("acknowledged it's hard") for r in said), said
    assert any(r.startswith("named a feeling") for r in said), said


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        # a feeling their line does not name: nothing names it as theirs, so it stays named
        ("You sound really scared.", EVICTION),
        # no partner line: nothing to be theirs
        ("So frustrating!", "x"),
    ],
)
def test_a_feeling_not_named_as_theirs_keeps_its_item(reply: str, partner: str) -> None:
    said = reasons(score(reply, partner))
    assert any(r.startswith("named a feeling") for r in said), said
    assert not any("; also named a feeling" in r for r in said), said
