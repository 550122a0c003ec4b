"""Issue 11, the eighth pass: playing down what they need (CaSiNo's uv_part) as a construct of any
domain (docs/scoring.md rule 20). Undervaluing their need is doubting it ("Will you really use
all of it?", "One server wouldn't be enough?") or ranking it below one's own ("Yours is still
better", "You don't need it as much"). Pointing them to another source ("Your ward has other
options", "Have her bring her own") is its own cue since rule 39 (test_other_source.py): it costs
collaboration, not empathy. Giving them something, stating their share in a fairness argument,
wishing them well, asking whether they will be all right and the speaker's own habits are not."""

from __future__ import annotations

import pytest

from .reasons import score

PLAYED_DOWN = "played down what they need"


def played_down(reply: str, partner: str) -> bool:
    return any(PLAYED_DOWN in e.reason for e in score(reply, partner).evidence)


UNDERVALUING = [
    # engineering
    (
        "We need three more build agents for the release.",
        "Will you really use all three agents once the release is out?",
    ),
    ("We need a second database server for the launch.", "One server wouldn't be enough?"),
    (
        "My team needs the staging environment this week.",
        "Your team doesn't need it as much, your changes are small.",
    ),
    # healthcare
    (
        "The ward needs the portable scanner on nights.",
        "Your ward won't need the scanner as much at night.",
    ),
    # sales
    (
        "Our region needs the bigger marketing budget.",
        "Yours is still better than ours, we need it to survive this quarter.",
    ),
    # HR
    (
        "I need Friday afternoons off for childcare.",
        "It doesn't sound like the time off is really necessary.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), UNDERVALUING)
def test_playing_down_their_need_is_named_in_any_domain(partner: str, reply: str) -> None:
    assert played_down(reply, partner)
    result = score(reply, partner)
    assert result.collaboration < 45
    assert result.empathy < 45


NOT_UNDERVALUING = [
    # giving them something
    ("I need all the water for the trip.", "I don't mind letting you have all three waters."),
    ("We need the lab on Mondays.", "I am also letting you have the lab all week."),
    ("I need the water more.", "I was thinking maybe you can have all the water."),
    # their share, stated in a fairness argument
    (
        "I want two of the food packs.",
        "Since you're getting more water, I was hoping for two firewood.",
    ),
    ("We want the bigger budget.", "You're already getting the headcount, which matters to me."),
    # a wish or a question about them
    ("I'll manage with one water.", "I hope you will be okay out there."),
    (
        "Fine, I'll take just one.",
        "Do you think you will be okay with just one since you have health issues?",
    ),
    ("Do you have enough staff for the weekend?", "Do you have enough water for the kids?"),
    # the speaker's own habits or sources
    ("Do you need water?", "I don't need water at all. I usually just get it from streams."),
    ("How will you cope?", "The doctors bring their own viewpoint to the job, and that's fair."),
    # asking, not doubting
    ("We need the server.", "What are you using all the capacity for?"),
]


@pytest.mark.parametrize(("partner", "reply"), NOT_UNDERVALUING)
def test_giving_wishing_asking_and_own_habits_are_not_undervaluing(
    partner: str, reply: str
) -> None:
    assert not played_down(reply, partner)
