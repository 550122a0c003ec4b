"""Rule 38 (issue 11, fifteenth pass): constructs found on the sixth genre set's dev half.

Partner lines here are new (not the pair set's). Each positive case failed before the fix; the
hard negatives passed before and after."""

from __future__ import annotations

import pytest

from .test_genre_constructs import acts, reasons, score

FORUM = (
    "You removed my thread from the TV forum for spoilers, but the episode aired three days ago."
)
SELLER = "You left me one star for a late delivery, but the courier lost the parcel for a week."
HIRES = "We asked for two analysts for the audit and got approval for none. The audit still starts in May."
PROMO = "I was told I'd be put forward for lead nurse this year, and now it's 'maybe next year'."
REPO = "You closed my pull request as a duplicate, but it fixes a different crash."
GRIEF = "My aunt died on Sunday. I was meant to see her at Christmas."
CHEST = "I had chest pains at work yesterday and I thought I was dying."
WEDDING = "My sister's wedding is in May and my ex will be there. I don't know if I can face it."
SHIFT = "They moved me to nights with a week's notice and I have two kids at home."

HOSTILITY = "hostility caps"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FORUM, "I appreciate your enthusiasm, but members who argue with moderators tend to find their accounts don't last long here."),
        (HIRES, "I know it's frustrating, but leads who complain about resources rarely get trusted with the next big project."),
        (PROMO, "I'm sure you're disappointed, but pushing too hard on this can come across as entitled."),
        (SELLER, "Sellers who dispute reviews tend to get flagged, just so you know."),
    ],
)  # fmt: skip
def test_more_veiled_threats_cap_the_reply(partner: str, reply: str) -> None:
    assert HOSTILITY in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SHIFT, "People who work nights tend to sleep badly, so guard your days off."),
        (REPO, "This could come across as a duplicate to the bot, so let's reword the title."),
        (PROMO, "Nurses who trained here usually get promoted within two years."),
        (HIRES, "It might look like a lot, but the audit plan is manageable."),
    ],
)
def test_remarks_about_people_or_looks_are_no_veiled_threat(partner: str, reply: str) -> None:
    assert "threat" not in acts(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FORUM, "Honestly, it's a bit selfish to ruin it for everyone else just because you couldn't wait."),
        (SELLER, "That's rather petty of you."),
        (REPO, "You're being entitled about a volunteer project."),
        (SELLER, "Maybe next time pack it properly like a normal seller would."),
    ],
)  # fmt: skip
def test_judging_their_character_is_hostile(partner: str, reply: str) -> None:
    assert HOSTILITY in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (SHIFT, "It's so rude to give you a week's notice with two kids at home."),
        (FORUM, "That's rude of them, the episode aired days ago."),
        (SELLER, "You're not being petty, a week's delay is real."),
    ],
)
def test_judging_a_third_party_or_denying_it_is_not_hostile(partner: str, reply: str) -> None:
    assert HOSTILITY not in reasons(score(reply, partner))


ADVICE = "jumps to advice"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CHEST, "Please see your GP and get an ECG before you go back to work."),
        (SHIFT, "Please talk to HR about the notice period first."),
        (WEDDING, "Just go, because you'll regret it if you miss it."),
        (GRIEF, "Go to the funeral, you'll thank me later."),
    ],
)
def test_please_instructions_and_regret_warnings_are_advice(partner: str, reply: str) -> None:
    assert "advice" in acts(reply, partner)
    assert ADVICE in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (GRIEF, "Please tell me more about her."),
        (CHEST, "Please take care of yourself."),
        (WEDDING, "You wouldn't regret talking to your sister about it first, I think."),
    ],
)
def test_please_invitations_are_no_advice(partner: str, reply: str) -> None:
    assert ADVICE not in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply", "vague"),
    [
        (GRIEF, "Would you like me to come over, or would you rather I stay on the phone tonight?", "Let me know."),
        (SHIFT, "Do you want me to ask the rota lead about swapping your first week?", "Let me know if you need anything."),
        (CHEST, "Want me to drive you to the GP tomorrow?", "Let me know."),
    ],
)  # fmt: skip
def test_an_offer_put_as_a_choice_is_an_offer(partner: str, reply: str, vague: str) -> None:
    assert "offer_help" in acts(reply, partner)
    assert score(reply, partner).collaboration > score(vague, partner).collaboration


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FORUM, "My mistake, it's back up."),
        (REPO, "You're right, I've reopened it."),
        (SELLER, "Fair enough, I've removed the review and refunded the postage."),
    ],
)
def test_a_remedy_already_done_engages_and_gives_ground(partner: str, reply: str) -> None:
    assert acts(reply, partner) == ["concession"]
    result = score(reply, partner)
    assert "didn't engage with what they said" not in reasons(result)
    assert result.collaboration > 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            PROMO,
            "I appreciate your patience so much, and I hope you know how much we value you here.",
        ),
        (HIRES, "I appreciate your hard work, and I respect your effort, but the plan stands."),
    ],
)
def test_thanking_a_trait_of_theirs_is_no_engaging_with_their_view(
    partner: str, reply: str
) -> None:
    assert "engaged with their view" not in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            PROMO,
            "I appreciate your point about the promise, and I think we should put it in writing.",
        ),
        (
            HIRES,
            "I respect your concern about May, but I think one analyst could cover the first month.",
        ),
    ],
)
def test_acknowledging_their_point_still_engages_with_their_view(partner: str, reply: str) -> None:
    assert "engaged with their view" in reasons(score(reply, partner))
