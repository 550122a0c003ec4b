"""Rule 34 (issue 11, fifteenth pass): hostility and dismissal in polite or short words.

- A veiled threat ("It would be a shame if your review suffered", "leads who can't deliver tend
  to get noticed for the wrong reasons") after stuffed acknowledgements kept their credit: the
  encoder read it near sympathy or a remark. It is now a threat and caps the reply.
- A non-apology ("Sorry you feel that way, but ...") earned "expressed sympathy" and "reflected
  what they said" and out-scored real validation. It now brushes the feeling aside.
- "Big deal." alone was no dismissal (two words are too few for a costly act). It is now the
  dismissal cue when it stands as a retort.
Each positive case failed before the fix; the hard negatives passed before and after."""

from __future__ import annotations

import pytest

from .test_genre_constructs import acts, reasons, score

REVIEW = "My review is next week and I missed two deadlines because of the outage."
ONCALL = "I can't do the weekend on-call again, it's my third in a row."
LAUNCH = (
    "Leadership wants the launch moved up a quarter, to July. My team is already working weekends."
)
OFFICE = "Leadership wants everyone back in the office four days a week from March."
TENANT = "The landlord says I can't keep the dog, even though the lease never mentioned pets."
REPO = "You closed my pull request with one line and no reason. It took me two weekends."
FORUM = (
    "You keep flagging my posts in the cycling group as off-topic. Bike lanes are about cycling."
)
BUDGET = "I'm really upset that the budget was cut without anyone asking me."
CLINIC = "The clinic cancelled my mother's scan again, the third time this month."
EXAM = "I'm scared I'll fail the exam again, I've been revising every night."
CRASH = "I was in a car crash last week and I'm still shaken."

HOSTILITY = "hostility caps"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (REVIEW, "I hear you, I understand, I appreciate it. It would be a shame if your review suffered."),
        (ONCALL, "I understand, I hear you. It would be a pity if people started to see you as not a team player."),
        (ONCALL, "I hear you. I'd hate for your contract renewal to be affected by this."),
        (LAUNCH, "I respect your view and I'm sure your team works very hard, but leads who can't deliver when it counts tend to get noticed for the wrong reasons."),
        (OFFICE, "With respect, that's the kind of decision that makes good people quietly start job hunting."),
        (TENANT, "I understand. Tenants who ignore the pet clause usually find themselves looking for a new flat."),
        (REPO, "I really appreciate your enthusiasm, truly, but we have standards here, and contributors who can't meet them tend not to last long."),
        (FORUM, "I get it, I really do. It would be a shame if your account got flagged again."),
        (REVIEW, "I understand. You wouldn't want this to come up in your appraisal."),
    ],
)  # fmt: skip
def test_a_veiled_threat_caps_the_reply_like_hostility(partner: str, reply: str) -> None:
    assert "threat" in acts(reply, partner)
    result = score(reply, partner)
    # the cap - or, after "..., but we have standards here", rule 42's brush-off, which already
    # takes the reply below it
    assert HOSTILITY in reasons(result) or "what they'll have to put up with" in reasons(result)
    assert result.empathy <= 30 and result.collaboration <= 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ONCALL, "It would be a shame to miss the team dinner, it's on Saturday."),
        (ONCALL, "I'd hate for you to burn out over this."),
        (REVIEW, "It would be a shame if your review suffered, so I'll write to your manager about the outage."),
        (REVIEW, "It would be a shame if your hard work went unnoticed."),
        (CLINIC, "People who don't sleep tend to get ill, so look after yourself too."),
        (TENANT, "Tenants who know the lease well usually win these disputes."),
        (OFFICE, "Four days won't work for us. Would two be a starting point?"),
    ],
)  # fmt: skip
def test_concern_and_plain_pushback_are_no_veiled_threat(partner: str, reply: str) -> None:
    assert "threat" not in acts(reply, partner)
    assert HOSTILITY not in reasons(score(reply, partner))


def test_a_plain_counter_outranks_a_veiled_threat_on_collaboration() -> None:
    threat = "With respect, that's the kind of decision that makes good people quietly start job hunting."
    plain = "Four days won't work for us. Would two be a starting point?"
    assert score(plain, OFFICE).collaboration > score(threat, OFFICE).collaboration


NON_APOLOGY = "brushed the feeling aside"


@pytest.mark.parametrize(
    ("partner", "reply", "better"),
    [
        (BUDGET, "Sorry you feel that way, but the decision is made.", "It makes sense you're upset, it was cut without you."),
        (FORUM, "Sorry you feel that way, but maybe read the group rules before posting next time.", "I get why that's annoying."),
        (CLINIC, "I'm sorry if anyone was upset by the rescheduling.", "Three cancellations in a month is exhausting for you both."),
        (REPO, "I'm sorry you see it that way, but the guide is clear.", "Two weekends of work closed in one line, that stings."),
        (EXAM, "I'm sorry you're upset, but exams are stressful for everyone.", "Revising every night and still feeling scared sounds exhausting."),
    ],
)  # fmt: skip
def test_a_non_apology_earns_no_sympathy_and_ranks_below_validation(
    partner: str, reply: str, better: str
) -> None:
    result = score(reply, partner)
    assert NON_APOLOGY in reasons(result)
    assert "expressed sympathy" not in reasons(result)
    assert "reflected what they said" not in reasons(result)
    assert score(better, partner).empathy > result.empathy


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CRASH, "I'm sorry you were hurt in the crash."),
        (CLINIC, "I'm so sorry you're going through this again."),
        (BUDGET, "I'm sorry you're upset."),
        (REPO, "I'm sorry, that was my mistake, and I'll reopen it today."),
        (EXAM, "Sorry you had such a rough week of revising."),
    ],
)
def test_real_sympathy_and_apology_keep_their_credit(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert NON_APOLOGY not in reasons(result)
    assert "expressed sympathy" in reasons(result) or "apologised" in reasons(result)


DISMISSED = "dismissed their feelings"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (EXAM, "Big deal."),
        (CLINIC, "Oh, big deal, scans get moved all the time."),
        (REVIEW, "So you missed two deadlines. Big deal."),
        (FORUM, "Big whoop."),
    ],
)
def test_big_deal_as_a_retort_dismisses(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert DISMISSED in reasons(result)
    assert result.empathy < 30


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (EXAM, "It's a big deal to you, and that makes sense."),
        (REVIEW, "Your review is a big deal, so let's get the outage on record."),
        (FORUM, "Bike lanes are a big deal for the group, you're right."),
        (CLINIC, "Her scan is a big deal and three cancellations is too many."),
    ],
)
def test_a_big_deal_inside_a_clause_dismisses_nothing(partner: str, reply: str) -> None:
    assert DISMISSED not in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            FORUM,
            "Sorry you feel that way, but maybe read the group rules before posting next time.",
        ),
        (REPO, "I hear you, but perhaps learn how the project works before opening another one."),
        (TENANT, "Fair enough, but maybe read your lease before quoting it."),
    ],
)
def test_talking_down_after_a_but_is_hostile(partner: str, reply: str) -> None:
    assert HOSTILITY in reasons(score(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FORUM, "I see your point, but maybe we could read the rules together before Friday."),
        (REPO, "Fair, but I'd like to read the diff again before I decide."),
    ],
)
def test_a_but_before_plain_words_talks_down_to_no_one(partner: str, reply: str) -> None:
    assert HOSTILITY not in reasons(score(reply, partner))
