"""Rule 34 (issue 11, fifteenth pass): short reflections in other words, gloomy predictions and
"like" as a need word.

- "A quarter early is a big jump." (to a client who wants the migration by the end of the month,
  not next quarter) restates their point by weighing its size, in other words; the encoder found
  no act near it, so it earned no listening, or "didn't engage with what they said".
- "Nothing is going to be ready for the show." was read faintly as affirming their strength.
- "like" in the need-word list made "Is it like last quarter?" and "Does it feel like you're
  carrying them?" questions "about their needs" (+26 listening).
Each positive case failed before the fix; the hard negatives passed before and after."""

from __future__ import annotations

import pytest

from roleplay.scoring.gloomy import gloomy

from .test_genre_constructs import acts, reasons, score

MIGRATION = "The client needs the migration finished by the end of the month, not next quarter."
LAUNCHES = "Marketing wants three launches next month and my team is already stretched."
RENT = "The landlord wants the rent up by 20% from next month."
SHIFTS = "I've been asked to cover two night shifts on top of my rota this week."
OFFICE = "Leadership wants everyone back in the office four days a week from March."
SHOW = "The caterer cancelled and the printer broke, two days before the show."
CHEMO = "I start six rounds of chemo on Monday and I still work full time."
FORUM = "The mods want every post tagged and sourced from now on, even the memes."

NO_ENGAGEMENT = "didn't engage with what they said"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (MIGRATION, "A quarter early is a big jump."),
        (LAUNCHES, "Three launches in one month is a lot."),
        (RENT, "Twenty percent in one go is steep."),
        (SHIFTS, "Two extra nights on top of a full rota is a heavy load."),
        (OFFICE, "That's a big shift from where we are."),
        (CHEMO, "Six rounds on top of a full-time job is a lot to carry."),
        (FORUM, "Tagging and sourcing every post is a tall order."),
    ],
)
def test_weighing_the_size_of_their_point_restates_it(partner: str, reply: str) -> None:
    assert acts(reply, partner) == ["reflection"]
    result = score(reply, partner)
    assert NO_ENGAGEMENT not in reasons(result)
    assert result.listening > 45


@pytest.mark.parametrize(
    ("partner", "reply", "worse"),
    [
        (MIGRATION, "A quarter early is a big jump.", "I totally hear you and I understand, let's work together, we'll figure it out together."),
        (RENT, "Twenty percent in one go is steep.", "Rent goes up everywhere."),
        (LAUNCHES, "Three launches in one month is a lot.", "Sure."),
        (CHEMO, "Six rounds on top of a full-time job is a lot to carry.", "OK."),
    ],
)  # fmt: skip
def test_a_short_reflection_outranks_stock_or_empty_replies_on_listening(
    partner: str, reply: str, worse: str
) -> None:
    assert score(reply, partner).listening > score(worse, partner).listening


@pytest.mark.parametrize(
    ("partner", "reply", "weighed"),
    [
        (LAUNCHES, "Three launches in one month isn't a lot.", "Three launches in one month is a lot."),
        (LAUNCHES, "Three launches is a lot of fun.", "Three launches is a lot."),
        (LAUNCHES, "My workload is a lot.", "Three launches in one month is a lot."),
        (RENT, "Is twenty percent a lot?", "Twenty percent in one go is steep."),
        (CHEMO, "Six rounds is only a small step.", "Six rounds is a big step."),
        (FORUM, "The weather is huge.", "Tagging every post is huge."),
    ],
)  # fmt: skip
def test_no_size_remark_without_their_point_weighed(partner: str, reply: str, weighed: str) -> None:
    assert score(weighed, partner).listening > score(reply, partner).listening


def test_a_size_remark_without_their_line_restates_nothing() -> None:
    assert acts("Three launches in one month is a lot.", "") != ["reflection"]


GLOOMY_AFFIRMED = "affirms their strength or care"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SHOW, "Nothing is going to be ready for the show."),
        (CHEMO, "None of it is going to get better."),
        (FORUM, "Honestly, nobody is going to show up."),
        (LAUNCHES, "It's hopeless."),
    ],
)
def test_a_gloomy_prediction_affirms_nothing(partner: str, reply: str) -> None:
    assert "affirmation" not in acts(reply, partner)
    assert GLOOMY_AFFIRMED not in reasons(score(reply, partner))


def test_an_affirmation_outranks_a_gloomy_prediction() -> None:
    gloomy = score("Nothing is going to be ready for the show.", SHOW)
    affirming = score("You've clearly put so much care into this show.", SHOW)
    assert affirming.empathy > gloomy.empathy


@pytest.mark.parametrize(
    "reply",
    [
        "Nobody could have handled it better than you.",
        "You'll never have to do this alone.",
        "No one will blame you for the printer.",
        "Nothing will change how proud I am of you.",
    ],
)
def test_negative_words_that_support_are_no_gloomy_prediction(reply: str) -> None:
    assert not gloomy(reply)


NEEDS = "asked about their needs"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LAUNCHES, "Is it like last quarter, when you were short two people?"),
        (LAUNCHES, "Does it feel like you're carrying them?"),
        (CHEMO, "What was the first round like?"),
        (FORUM, "Is it like the rule they brought in last year?"),
    ],
)
def test_like_as_a_comparison_asks_about_no_need(partner: str, reply: str) -> None:
    assert NEEDS not in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (LAUNCHES, "Which of the three would you like to ship first?"),
        (CHEMO, "What would you like from us at work during the rounds?"),
        (FORUM, "Do you like the idea of a weekly meme thread instead?"),
        (RENT, "What would you like the landlord to offer instead?"),
    ],
)
def test_like_as_preferring_still_asks_about_their_needs(partner: str, reply: str) -> None:
    assert NEEDS in reasons(score(reply, partner))


HARD = "acknowledged it's hard"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("We love grilling by the fire.", "Grilling is so much fun!"),
        (SHIFTS, "Nights are a lot easier once you get used to them."),
        (RENT, "It's so much cheaper than the flats in town, though."),
        (FORUM, "Tagging is a lot more useful than it looks."),
    ],
)
def test_so_much_fun_or_a_lot_easier_acknowledges_nothing_hard(partner: str, reply: str) -> None:
    assert HARD not in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CHEMO, "That's so much to carry at once."),
        (SHOW, "This is a lot, two days before the show."),
    ],
)
def test_so_much_to_carry_still_acknowledges_it_is_hard(partner: str, reply: str) -> None:
    assert HARD in reasons(score(reply, partner))
