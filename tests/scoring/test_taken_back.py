"""Issue 11, the tenth pass: acknowledgements that advice, stock words or a brush-aside take back,
and three wordings of the dev half (docs/scoring.md rules 4 and 25). Before: a stock "I
understand how you feel" earned full empathy when advice beside it picked up their words ("You
should tell her"), their words inside such advice earned empathy, "I totally understand how you
feel and I'm here for you, let's work together on this" earned "engaged with their view", and
sympathy followed by a silver lining ("Sorry to hear that! Everything happens for a reason")
kept its sympathy. Positives in several domains; gentle reassurance, a question about them and a
counterfactual "you should have heard it from us" are the hard negatives."""

from __future__ import annotations

import pytest

from .reasons import reasons, score

PARTIAL = "partial credit)"  # "(no engagement with their point yet: ...", "(a stock phrase: ..."

# (partner, a stock acknowledgement with advice that picks up their words)
ADVISED = [
    (  # counselling
        "I cheated on my partner last year and I keep going back and forth about telling her.",
        "I understand how you feel. You should tell her, honesty is always best.",
    ),
    (  # health forum
        "My knee has been swelling up after every run for a month now.",
        "I'm sorry to hear that. You should stop running until a physio has seen the knee.",
    ),
    (  # workplace
        "The audit found gaps in our access reviews and I have to present them on Monday.",
        "I hear you. You should present the access reviews as a process gap on Monday.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), ADVISED)
def test_advice_that_picks_up_their_words_does_not_engage_or_empathise(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    acknowledgements = [r for r in said if r.startswith(("showed you understood", "expressed"))]
    assert acknowledgements and all(PARTIAL in r for r in acknowledgements)
    assert not [r for r in said if r.startswith("picked up their words")]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ADVISED[1][0], "I'm sorry to hear that. Which part of the knee swells?"),
        (
            "I found out about the price rise from Twitter, not from you.",
            "I apologise - you should have heard it from us first, not from Twitter.",
        ),
    ],
)
def test_a_question_about_them_or_a_counterfactual_should_keeps_the_acknowledgement(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    acknowledgements = [r for r in said if r.startswith(("expressed", "apologised"))]
    assert acknowledgements and not any(PARTIAL in r for r in acknowledgements)


FIRE = "A pipe burst in our office and half the team's laptops are ruined."


def test_a_feeling_acknowledged_in_stock_words_with_stock_words_after_is_no_view() -> None:
    stock = reasons(
        score(
            "I totally understand how you feel and I'm here for you, let's work together on this.",
            FIRE,
        )
    )
    assert not [r for r in stock if r.startswith("engaged with their view")]
    named = reasons(
        score(
            "I understand how you feel about the laptops, but we need the team working by Monday.",
            FIRE,
        )
    )
    assert [r for r in named if r.startswith("engaged with their view")]


# (partner, sympathy then a brush-aside)
BRUSHED = [
    (  # emotional support
        "My visa was turned down and I have to leave in a month.",
        "Sorry to hear that! Everything happens for a reason.",
    ),
    (  # health
        "They found a tumour on my kidney. It's small, but I'm scared.",
        "I'm so sorry. At least it was caught early.",
    ),
    (  # workplace
        "My project got cancelled after eight months of work.",
        "I'm sorry, that's a blow. At least you still have your job.",
    ),
    (  # online community
        "My post got removed and I lost a week of write-up.",
        "Sorry that happened. Look on the bright side, now you can start fresh.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), BRUSHED)
def test_sympathy_followed_by_a_silver_lining_is_taken_back(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert [r for r in said if r.startswith("brushed the feeling aside")]
    assert not [
        r
        for r in said
        if r.startswith(("expressed sympathy", "apologised", "acknowledged it's hard"))
    ]


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            "I can't make the Saturday shift, my son is ill.",
            "I'm sorry. Don't worry, I'll cover your shift.",
        ),
        (
            "Sorry, I booked the wrong room for the review.",
            "Sorry about that - it doesn't matter which room we use.",
        ),
    ],
)
def test_gentle_reassurance_or_a_remark_on_the_matter_keeps_the_sympathy(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    assert [r for r in said if r.startswith(("expressed sympathy", "apologised"))]


def test_conceding_they_may_be_right_with_a_view_of_ones_own_engages() -> None:
    partner = "You moved the ward's visiting hours back to the old times. They changed in March."
    said = reasons(
        score("You may well be right; I went by the printed leaflet from last year.", partner)
    )
    assert [r for r in said if r.startswith("engaged with their view")]
    alone = reasons(score("You might be right.", partner))
    assert not [r for r in alone if r.startswith("engaged with their view")]


@pytest.mark.parametrize(
    ("reply", "sarcastic"),
    [
        ("Wow, a border expert.", True),
        ("Wow, a real genius!", True),
        ("Wow, an expert panel is exactly what we need.", False),
    ],
)
def test_mock_praise_is_sarcasm(reply: str, sarcastic: bool) -> None:
    said = reasons(score(reply, "You moved the county border back to the old line."))
    assert bool([r for r in said if r.startswith("sarcasm")]) is sarcastic


def test_a_silver_lining_about_who_was_spared_brushes_the_feeling_aside() -> None:
    partner = "A fire spread to our kitchen last night and the kids won't sleep upstairs."
    said = reasons(score("At least nobody was hurt, that's the main thing.", partner))
    assert [r for r in said if r.startswith("brushed the feeling aside")]
    need = reasons(score("I need at least two of the firewood.", "How much firewood do you need?"))
    assert not [r for r in need if r.startswith("brushed the feeling aside")]


def test_a_jolt_is_how_hard_it_is() -> None:
    said = reasons(score("It's a jolt.", "My audiologist says I need hearing aids at 45."))
    assert [r for r in said if r.startswith("acknowledged it's hard")]
