"""Issue 11, the tenth pass: laying out the trade-off or a phased plan earns collaboration
(docs/scoring.md rule 26). Before, "If bulk import goes into March, something else has to move to
April" and "Search and export could ship on the new date, and reporting two weeks later" sat at
the collaboration baseline, below a warm cave ("Absolutely, no problem, we'll make it happen!").
Positives in product planning, budgeting, healthcare operations, events and construction; a
question, a cave, an argument about consequences and a repeat are the hard negatives."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

LAID_OUT = "laid out the trade-off"

# (partner, a reply that lays out the trade-off or phases it)
TRADE_OFFS = [
    (  # product planning
        "Sales wants bulk import in the March release, but we're already at capacity.",
        "If bulk import goes into March, something else has to move to April.",
    ),
    (  # delivery
        "The client moved the launch up two weeks. Can your team still hit it?",
        "Not everything. Search and export could ship on the new date, and reporting two weeks later.",
    ),
    (  # budgeting
        "Finance wants another ten percent off your budget this quarter.",
        "We can find five percent in travel; the other five would mean pausing the hiring plan.",
    ),
    (  # healthcare operations
        "The ward wants the new rota system live before the winter peak.",
        "The rota module could go live in November, with the leave planner to follow in January.",
    ),
    (  # events
        "The sponsor wants a second stage added to the festival.",
        "If we add the second stage, the food village would have to move to the car park.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), TRADE_OFFS)
def test_a_trade_off_or_a_phased_plan_earns_collaboration(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert [r for r in reasons(result) if r.startswith(LAID_OUT)]
    assert result.collaboration > score("Not sure.", partner).collaboration


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TRADE_OFFS[0][0], "If bulk import goes into March, does something else have to move?"),
        (TRADE_OFFS[0][0], "Fine, we'll get bulk import in for March and the rest can slip later."),
        (
            "Accused people should be suspended straight away.",
            "By the time the investigation happened, the damage would already be done, even if "
            "later proven innocent.",
        ),
        (
            "Why is the report late?",
            "If I'm honest, the report has to wait because nobody sent me the figures.",
        ),
    ],
)
def test_a_question_a_cave_or_an_argument_lays_out_no_trade_off(partner: str, reply: str) -> None:
    assert not [r for r in reasons(score(reply, partner)) if r.startswith(LAID_OUT)]


def test_the_trade_off_counts_once_per_reply() -> None:
    partner, reply = TRADE_OFFS[0]
    twice = reasons(score(f"{reply} Or if reporting goes in, admin has to slip.", partner))
    assert len([r for r in twice if r.startswith(LAID_OUT)]) == 1
