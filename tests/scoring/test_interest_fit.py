"""Issue 11, the ninth pass: a plan in terms of the interest they revealed earns collaboration
(docs/scoring.md rule 21). Before, "Moving off the legacy warehouse would cut that licence line,
and the new platform produces the access logs the auditors want" (to a CIO who named both) earned
listening for the shared words and no collaboration. Several domains; an echo without a plan, a
question, no words of theirs and a hostile reply are the hard negatives."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

TIED = "tied it to what they told you"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (  # IT leadership
            "Honestly, the audit committee in March is what keeps me up. And the CFO wants 10% off "
            "vendor spend, and the warehouse licence is one of my biggest lines.",
            "Moving off the legacy warehouse would cut that licence line, and the new platform "
            "produces the access logs the auditors want.",
        ),
        (  # healthcare operations
            "The ward is drowning in discharge paperwork and the nurses are doing it at night.",
            "A pharmacy technician on the ward would take the discharge paperwork off the nurses.",
        ),
        (  # retail
            "Our stores lose the most sales on Saturday afternoons when the tills queue out the door.",
            "Two pop-up tills on Saturday afternoons would shorten the queues where you lose sales.",
        ),
    ],
)
def test_a_plan_in_terms_of_their_interest_earns_collaboration(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(TIED in r for r in reasons(result))
    assert result.collaboration >= 52


@pytest.mark.parametrize(
    "reply",
    [
        "The warehouse licence and the auditors are your problem, not mine.",  # echo, no plan
        "Would moving off the warehouse cut the licence line for the auditors?",  # a question
        "That would cut nothing.",  # no words of theirs
        "You're an idiot: moving off the warehouse would cut that licence line.",  # hostile
    ],
)
def test_no_interest_credit_without_a_plan_in_their_terms(reply: str) -> None:
    partner = "The warehouse licence costs a fortune and the auditors want access logs."
    assert not any(TIED in r for r in reasons(score(reply, partner)))


def test_a_dated_next_step_is_not_credited_twice() -> None:
    partner = "The CFO wants the warehouse licence gone and the auditors want access logs."
    reply = "We'll retire the warehouse licence by June and give the auditors access logs in May."
    found = reasons(score(reply, partner))
    assert any("concrete next step" in r for r in found)
    assert not any(TIED in r for r in found)
