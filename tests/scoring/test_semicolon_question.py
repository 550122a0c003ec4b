"""Issue 11, rule 52 (docs/scoring.md): a question after a semicolon is a sentence of its own.

Found by the lead's gaming probe (rule 51): "Three doubles is a lot. Let me ask the float pool
for Sunday; could you manage Saturday?" earned no collaboration at all, because the commitment
and the question after its semicolon were read as one question, and a question commits to
nothing. The sentence splitter (roleplay.nlp) now ends a sentence at a semicolon when what
follows is a question and what comes before is not one. Healthcare, retail, engineering, HR and
local government; the hard negatives are one question joined by "or" and a clause that opens as
a question.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

STEP = "committed to a concrete next step"

COMMITTED = [
    (
        "I've had three double shifts this week and now I'm told to cover the weekend too.",
        "Let me ask the float pool for Sunday; could you manage Saturday?",
    ),
    (
        "The card reader broke again and customers are shouting at me.",
        "I'll call the repair line this morning; can you take card payers to till two meanwhile?",
    ),
    (
        "The migration broke our reports and finance is waiting.",
        "I'll roll back the report schema tonight; could you tell finance they'll have it by nine?",
    ),
    (
        "Residents say the new bin rota makes no sense.",
        "I'll draft a one-page rota for each street by Friday; would you check it with the "
        "residents' group?",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), COMMITTED)
def test_a_commitment_before_a_semicolon_question_is_still_a_commitment(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    assert [r for r in reasons(result) if r.startswith(STEP)]
    assert result.collaboration > 50


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "The client wants the release moved.",
            "Is it the date they care about; or is it the scope?",
        ),
        (
            "My manager keeps changing the priorities.",
            "What changed this week; what did she ask you to drop?",
        ),
    ],
)
def test_one_question_across_a_semicolon_commits_to_nothing(partner: str, reply: str) -> None:
    assert not [r for r in reasons(score(reply, partner)) if r.startswith(STEP)]
