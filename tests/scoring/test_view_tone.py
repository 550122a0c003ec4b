"""Issue 11, rule 30a (docs/scoring.md): a reply that holds much of its view lightly (hedged
sentences as a share of the reply) earns collaboration and listening; a share, so length buys
nothing. Positives in a policy dispute, a workplace disagreement, healthcare and an online
dispute; the hard negatives are short replies, lone hedge words, stuffing, length, repeats and
hostility. Each positive failed before the rule existed (no such item)."""

from __future__ import annotations

import pytest

from roleplay.scoring.view_tone import HEDGED_REASON

from .reasons import reasons, score

POLICY = "Police brutality is overblown by the media; most officers never use force."
ROTA = "Weekend cover should rotate through the whole team, seniors included."
WARD = "Visiting hours should be cut to one hour; families get in the way of care."
EDIT = "The older census figure is the right one and I'm reverting your edit."


def tone_points(reply: str, partner: str) -> dict[str, int]:
    return {
        e.dimension: e.points
        for e in score(reply, partner).evidence
        if e.reason.startswith(HEDGED_REASON)
    }


HELD_LIGHTLY = [
    (
        POLICY,
        "I think the videos show more than a few bad days. It seems the numbers are hard to "
        "read without context. Perhaps both sides are looking at different cities.",
    ),
    (
        ROTA,
        "I wonder whether seniors could take fewer weekends rather than none. Maybe we can try "
        "it for a month. The juniors might find that fairer.",
    ),
    (
        WARD,
        "Families probably help some patients settle. I'm not sure one hour suits every ward. "
        "We could look at the night shifts first.",
    ),
    (
        EDIT,
        "The newer figure might be the better source. I think the 2011 method changed. It "
        "could be worth citing both on the talk page.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), HELD_LIGHTLY)
def test_a_reply_held_lightly_earns_collaboration_and_listening(partner: str, reply: str) -> None:
    points = tone_points(reply, partner)
    assert points.get("collaboration", 0) > 0
    assert points.get("listening", 0) > 0


STATED_FLATLY = [
    "The videos show more than a few bad days. The numbers are hard to read without context. "
    "Both sides are looking at different cities.",
    "Seniors should take fewer weekends rather than none. We will try it for a month. The "
    "juniors will find that fairer.",
    "Families help some patients settle. One hour does not suit every ward. We will look at "
    "the night shifts first.",
    "The newer figure is the better source. The 2011 method changed. Cite both on the talk page.",
]


@pytest.mark.parametrize(
    ("partner", "reply", "flat"),
    [(p, r, f) for (p, r), f in zip(HELD_LIGHTLY, STATED_FLATLY, strict=True)],
)
def test_the_same_content_stated_flatly_earns_less(partner: str, reply: str, flat: str) -> None:
    assert not tone_points(flat, partner)
    assert score(flat, partner).collaboration < score(reply, partner).collaboration


def test_only_a_share_counts_so_length_buys_nothing() -> None:
    """Twice the hedged sentences at the same share earn the same units."""
    reply = HELD_LIGHTLY[1][1]
    unhedged = " The rota tool needs a rule for bank holidays."
    once = tone_points(reply + unhedged, ROTA)
    again = reply.replace("month", "quarter") + unhedged.replace("bank", "public")
    twice = tone_points(reply + unhedged + " " + again, ROTA)
    assert once and twice
    assert abs(once["collaboration"] - twice["collaboration"]) <= 1


def test_more_unhedged_sentences_lower_the_share() -> None:
    reply = HELD_LIGHTLY[0][1]
    longer = reply + (
        " The union disputes the figures. The inquiry reports in May. The mayor has promised a "
        "review."
    )
    shorter = tone_points(reply, POLICY)["collaboration"]
    assert tone_points(longer, POLICY)["collaboration"] < shorter


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # fewer than MIN_SENTENCES sentences: too little to read a manner of arguing from
        (ROTA, "I think seniors could take fewer weekends."),
        (WARD, "Maybe we could look at nights first. Families probably help."),
        # lone hedge words are no view held lightly
        (POLICY, "Maybe. Perhaps. I think so."),
        # a hostile reply earns nothing for its hedges
        (
            EDIT,
            "I think you're an idiot. Maybe learn to read a census. You probably can't even count.",
        ),
        # the same hedged sentence repeated counts once, and is one sentence
        (ROTA, "I think we could rotate. I think we could rotate. I think we could rotate."),
    ],
)
def test_hard_negatives_earn_nothing(partner: str, reply: str) -> None:
    assert not tone_points(reply, partner)
    assert not [r for r in reasons(score(reply, partner)) if r.startswith(HEDGED_REASON)]
