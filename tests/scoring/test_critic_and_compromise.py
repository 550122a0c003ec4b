"""Issue 11, the thirteenth pass (rule 31c-31f): siding with their critic; a curt compromise is an
offer, not an ultimatum; a put-down in polite words; a silver lining of any subject. Hard
negatives: agreeing with someone on their own side, a critic who judges nobody, a threat in the
same form, a suggestion with no put-down, "at least" as a quantity. Each positive case failed
before the change."""

from __future__ import annotations

import pytest

from .reasons import reasons, score
from .test_genre_constructs import acts

DRINK = "My doctor says I drink too much, but everyone I know drinks like this at weekends."
FLAT = "My sister says my flat is a fire hazard because of all the stuff I keep."
MIGRAINE = (
    "Third migraine this week. I've left work early every time and my boss is starting to notice."
)
LOSS = "We lost the pregnancy at eleven weeks. People keep telling me it wasn't a real baby yet."
REPORT = "My manager says we need the audit report by Friday."
REVERT = "You reverted my edit to the bridge article again. My source is the council's own report."
THREAD = "A moderator locked my thread as off-topic, but it was about the game this forum is for."
RECIPE = "You commented that my bread recipe doesn't work. Hundreds of readers have baked it."
PRICING = "Marketing wants the dashboard to show live competitor pricing in the first release."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DRINK, "Well, your doctor's right."),  # counselling
        (FLAT, "Honestly, your sister is right, it is a fire hazard."),  # family
        (MIGRAINE, "Your boss has a point, you can't keep leaving early."),  # health and work
        (LOSS, "They're not wrong, medically it wasn't a baby yet."),  # support
    ],
)
def test_siding_with_their_critic_costs_empathy_and_listening(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(r.startswith("sided with their critic") for r in reasons(result)), reasons(result)
    assert result.empathy < 42
    assert result.listening < 45
    assert not any("restates their point" in r for r in reasons(result))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REPORT, "Your manager's right, the audit can't wait."),  # their own side, no critic
        (DRINK, "You're right that it's normal where you are."),  # agreeing with them
        (FLAT, "Your sister cares about you."),  # no verdict on who is right
        (DRINK, "Your doctor is right to check in, and that's hard to hear."),  # also validates
    ],
)
def test_agreeing_with_no_critic_of_theirs_is_no_siding(partner: str, reply: str) -> None:
    assert not any(r.startswith("sided with their critic") for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REVERT, "Fair. Add the report as a citation and I'll leave it."),  # a wiki dispute
        (THREAD, "Retitle it with the game's name and I'll reopen it."),  # forum moderation
        (RECIPE, "Send me your flour brand and I'll take another look."),  # a comment thread
        (PRICING, "Give us daily snapshots first, then we'll add live feeds in release two."),
    ],
)
def test_a_condition_with_something_back_is_an_offer(partner: str, reply: str) -> None:
    assert "trade" in acts(reply, partner)
    result = score(reply, partner)
    assert not any("threatens" in r for r in reasons(result)), reasons(result)
    assert result.collaboration > 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REVERT, "Revert it again and I'll report you."),
        (THREAD, "Post it again or I'll ban you."),
        (RECIPE, "Delete the comment, or I'll take it to the admins."),
    ],
)
def test_a_condition_with_a_harm_is_no_offer(partner: str, reply: str) -> None:
    assert "trade" not in acts(reply, partner)
    assert score(reply, partner).collaboration <= 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # the speaker's own stand, not a condition for them (was read as an offer when rule 31c
        # first landed: "and I will keep ..." after a statement)
        (REVERT, "I reverted it because it was wrong, and I will keep reverting it."),
        (RECIPE, "It's late and I'll review it tomorrow."),
        (THREAD, "We locked it and we'll keep it locked."),
    ],
)
def test_a_statement_of_the_speakers_own_is_no_offer(partner: str, reply: str) -> None:
    assert "trade" not in acts(reply, partner)
    assert not any("offers a trade" in r for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REVERT, "With respect, I'd suggest you learn how sourcing works before editing again."),
        (PRICING, "I'm sure they mean well, they just don't understand how software works."),
        (THREAD, "The rules are pinned at the top for people who can read."),
    ],
)
def test_a_put_down_in_polite_words_talks_down(partner: str, reply: str) -> None:
    assert "condescension" in acts(reply, partner)
    assert score(reply, partner).collaboration <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REPORT, "I suggest you read the draft before Friday."),
        (PRICING, "I don't understand how the pricing feed works yet."),
        (REVERT, "I'd recommend we both read the sourcing guideline."),
    ],
)
def test_a_plain_suggestion_or_own_ignorance_is_no_put_down(partner: str, reply: str) -> None:
    assert "condescension" not in acts(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "Our second IVF round failed.",
            "I'm so sorry. At least donor eggs give you another option.",
        ),
        ("I was made redundant after nineteen years.", "Sorry, at least you'll get a good payout."),
        ("My best friend moved to Australia.", "That's sad, but at least video calls are free."),
    ],
)
def test_a_silver_lining_of_any_subject_takes_the_sympathy_back(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert any(r.startswith("brushed the feeling aside") for r in reasons(result)), reasons(result)
    assert result.empathy < 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REPORT, "I need at least two more days for the audit."),
        (PRICING, "We can ship at least the daily prices in release one."),
    ],
)
def test_at_least_as_a_quantity_brushes_nothing_aside(partner: str, reply: str) -> None:
    assert not any(
        r.startswith("brushed the feeling aside") for r in reasons(score(reply, partner))
    )
