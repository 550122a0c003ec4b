"""Issue 11, rule 49 (docs/scoring.md): a reply that concedes a point before countering it
("however", "that said", "although", a "While ...," opening), as a share of its statements,
earns collaboration and listening; a share, capped, so length and stuffing buy nothing.
Positives in a policy dispute, engineering, healthcare, HR and local government; the hard
negatives are the same content argued without the turn, short replies, a temporal "while",
questions, repeats and hostility. Each positive failed before the rule existed (no such item)."""

from __future__ import annotations

import pytest

from roleplay.scoring.argued_view import CONCEDED_REASON

from .reasons import reasons, score

POLICY = "Police brutality is overblown by the media; most officers never use force."
DEPLOY = "We should ship on Friday; the tests are green and sales promised the client."
WARD = "Visiting hours should be cut to one hour; families get in the way of care."
HIRING = "We should only hire people with a computer science degree."
PARKING = "The council should scrap the resident parking scheme; it just raises money."


def conceded_points(reply: str, partner: str) -> dict[str, int]:
    return {
        e.dimension: e.points
        for e in score(reply, partner).evidence
        if e.reason.startswith(CONCEDED_REASON)
    }


CONCEDING = [
    (
        POLICY,
        "Social media certainly amplifies the worst clips. However, the videos also show "
        "patterns that were hidden before. The inquiry figures point the same way.",
    ),
    (
        DEPLOY,
        "Although the tests are green, the migration has never run on production data. The "
        "rollback script is untested. A Monday release gives us the weekend to rehearse it.",
    ),
    (
        WARD,
        "Families do crowd the bays at lunchtime. That said, many patients eat better with a "
        "relative there. The night staff could tell us which hours are hardest.",
    ),
    (
        HIRING,
        "While a degree shows someone can finish hard work, two of our best engineers came "
        "from bootcamps. The take-home exercise predicts more. The interview panel can weigh "
        "both.",
    ),
    (
        PARKING,
        "The permit fees have gone up every year. Having said that, residents on Mill Road "
        "could not park at all before the scheme. The survey next month would show what "
        "people want.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), CONCEDING)
def test_conceding_before_countering_earns_collaboration_and_listening(
    partner: str, reply: str
) -> None:
    points = conceded_points(reply, partner)
    assert points.get("collaboration", 0) > 0
    assert points.get("listening", 0) > 0


ARGUED_ONE_SIDE = [
    "Social media has nothing to do with it. The videos show patterns that were hidden before. "
    "The inquiry figures point the same way.",
    "The tests being green means nothing. The migration has never run on production data. The "
    "rollback script is untested.",
    "Many patients eat better with a relative there. Cutting visits will hurt them. The night "
    "staff could tell us which hours are hardest.",
    "Two of our best engineers came from bootcamps. The take-home exercise predicts more. A "
    "degree is just a piece of paper.",
    "Residents on Mill Road could not park at all before the scheme. The fees pay for the "
    "wardens. The survey next month would show what people want.",
]


@pytest.mark.parametrize(
    ("partner", "reply", "one_side"),
    [(p, r, o) for (p, r), o in zip(CONCEDING, ARGUED_ONE_SIDE, strict=True)],
)
def test_the_same_case_argued_one_sided_earns_less(partner: str, reply: str, one_side: str) -> None:
    assert not conceded_points(one_side, partner)
    assert score(one_side, partner).collaboration < score(reply, partner).collaboration


def test_only_a_share_counts_so_length_buys_nothing() -> None:
    """Twice the sentences at the same share earn the same units."""
    reply = CONCEDING[2][1]
    plain = " The ward manager has the rota."
    once = conceded_points(reply + plain, WARD)
    again = reply.replace("lunchtime", "teatime").replace("night", "day").replace(
        "many", "most"
    ) + plain.replace("ward manager", "matron")
    twice = conceded_points(reply + plain + " " + again, WARD)
    assert once and twice
    assert abs(once["collaboration"] - twice["collaboration"]) <= 1


def test_a_turn_in_every_sentence_earns_no_more_than_in_every_other() -> None:
    every_other = (
        "The clips are real. However, they are a small share of stops. The figures are "
        "patchy. That said, the inquiry found a pattern."
    )
    every = (
        "However, the clips are real. However, they are a small share of stops. However, the "
        "figures are patchy. That said, the inquiry found a pattern."
    )
    assert conceded_points(every, POLICY) == conceded_points(every_other, POLICY)


def test_flat_sentences_added_lower_the_share() -> None:
    reply = CONCEDING[0][1]
    longer = reply + (
        " The union disputes the figures. The inquiry reports in May. The mayor has promised a "
        "review."
    )
    assert (
        conceded_points(longer, POLICY)["collaboration"]
        < conceded_points(reply, POLICY)["collaboration"]
    )


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # fewer than MIN_SENTENCES statements: too little to read a manner of arguing from
        (DEPLOY, "Although the tests are green, the migration has never run on real data."),
        (WARD, "That said, families do help. Patients eat better with them."),
        # "while" of time, not of concession
        (
            HIRING,
            "While interviewing last spring I met three bootcamp graduates. Two of them were "
            "strong. The take-home exercise found them.",
        ),
        # the turn inside a question is no concession of theirs
        (
            PARKING,
            "However would residents park without it? The fees pay for the wardens. The "
            "survey is next month.",
        ),
        # one conceding sentence repeated is one sentence, and the reply is too short
        (
            POLICY,
            "However, the clips are real. However, the clips are real. However, the clips are "
            "real.",
        ),
        # a hostile reply earns nothing for its turns
        (
            DEPLOY,
            "Although you clearly can't read a test report, I'll spell it out. You're an idiot "
            "if you ship this. However, nobody asked you anyway.",
        ),
    ],
)
def test_hard_negatives_earn_nothing(partner: str, reply: str) -> None:
    assert not conceded_points(reply, partner)
    assert not [r for r in reasons(score(reply, partner)) if r.startswith(CONCEDED_REASON)]


def test_not_on_top_of_the_credit_for_engaging_with_their_view() -> None:
    """Conceding is one way to engage with their view; a reply that already earns rule 10's
    credit ("I agree that ...") is not credited twice for the same engagement."""
    reply = (
        "I agree that families crowd the bays at lunchtime. However, many patients eat better "
        "with a relative there. The night staff could tell us which hours are hardest."
    )
    result = score(reply, WARD)
    assert [r for r in reasons(result) if r.startswith("engaged with their view")]
    assert not conceded_points(reply, WARD)
