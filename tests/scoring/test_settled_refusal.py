"""Rule 32 (issue 11, fourteenth pass): stuffed acknowledgements before a settled refusal.

"I hear you, I get it, and I appreciate you flagging it, but the cut is final." piles up
acknowledgements and then closes the matter; a no put as a settled fact ("is final", "stands",
"isn't moving", "I stand by my decision", "not up for discussion", "I won't be discussing it")
was no flat refusal to the cue layer, so the acknowledgements kept their credit and out-scored a
plain reflection. These wordings are now flat refusals, so the "I understand, but" rule takes
the acknowledgements back. Each positive case failed before the fix; the hard negatives (an offer
that still stands, nothing final yet, standing by their people) passed before and after."""

from __future__ import annotations

import pytest

from .test_genre_constructs import reasons, score

BUDGET = (
    "Finance is cutting our team's travel budget in half, and the conference is already paid for."
)
FORUM = "You deleted my post about the new tram line. It was on topic and had sources."
CLINIC = "The clinic says my mother doesn't qualify for home visits, but she can't get out of bed."
REPO = "You rejected my patch to the parser without a word. It fixes a crash people report weekly."
TENANCY = "The letting agent says the rent goes up fifteen percent in March. We can't afford that."

TAKEN_BACK = '"I understand, but" then a hard no'


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BUDGET, "I hear you, I get it, and I appreciate you raising it, but the cut is final."),
        (FORUM, "I understand your frustration and I value your input, but the removal stands."),
        (FORUM, "I hear you, I really do, but the decision stands."),
        (CLINIC, "I understand, and I'm sorry to hear that, but the assessment is final."),
        (REPO, "I hear you and I appreciate the effort, but I stand by my decision."),
        (TENANCY, "I understand this is hard, but it isn't moving."),
        (TENANCY, "I appreciate you telling me, but the increase is not up for discussion."),
        (REPO, "I understand, but I won't be discussing it further."),
    ],
)
def test_acknowledgements_before_a_settled_refusal_are_taken_back(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert TAKEN_BACK in reasons(result)
    assert "showed you understood" not in reasons(result)
    assert result.empathy < 40


@pytest.mark.parametrize(
    ("partner", "reply", "better"),
    [
        (
            BUDGET,
            "I hear you, I get it, and I appreciate you raising it, but the cut is final.",
            "So the conference money is already spent.",
        ),
        (
            TENANCY,
            "I understand, I hear you, and I appreciate you asking, but that isn't moving.",
            "Fifteen percent from March is more than you can cover.",
        ),
    ],
)
def test_a_plain_reflection_outranks_stuffed_acknowledgements_before_a_settled_no(
    partner: str, reply: str, better: str
) -> None:
    assert score(better, partner).listening > score(reply, partner).listening
    assert score(better, partner).empathy > score(reply, partner).empathy


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BUDGET, "I understand, and the offer still stands: keep the conference booking."),
        (BUDGET, "Nothing is final yet, so let's look at what's already paid for together."),
        (CLINIC, "No decision is final until she has been seen at home, and I'll ask for that."),
        (REPO, "I stand by my team on this, and I'll review your patch myself today."),
        (TENANCY, "I hear you, but the increase isn't final, we can still ask the landlord."),
        (BUDGET, "Are final numbers in yet? I can fight for the conference if they are not."),
        (TENANCY, "So the rent keeps rising and March isn't moving for you."),
    ],
)
def test_an_offer_that_stands_or_a_no_not_yet_final_is_no_refusal(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert TAKEN_BACK not in reasons(result)
    assert "flat refusal" not in reasons(result)
