"""Issue 11, rules 214-216 (docs/scoring.md): skilled-sounding misses of feeling, promise and
blame, scored as misses.

- 214: anger guessed for a line that tells of another feeling ("You sound angry." to a tired
  line) reflects nothing;
- 215: a blank cheque ("Consider it done.", "whatever it takes") against a limit of the
  speaker's own that their line names is a cave, not a commitment;
- 216: "you keep ...ing" blames only for a fault: "Why do you keep missing the standup?" still
  does, "You keep apologising, but ..." and "You keep coming back to ..." do not.

Partners in family life, health, HR, engineering, procurement, hospital staffing, software
delivery; hard negatives for each (anger they gave ground for, a fair guess of their own
feeling, a promise to a request that names no limit, a commitment with a condition).
"""

from __future__ import annotations

import pytest

from roleplay.scoring.blank_cheque import over_promises
from roleplay.scoring.feeling_reflection import feeling_targets
from roleplay.scoring.lexicon import load_lexicon
from roleplay.scoring.projected_anger import projects_anger
from roleplay.scoring.types import ScoreInput

from .reasons import reasons, score

TIRED = "I'm just so tired. The baby's up every two hours and I'm back at work on Monday."
STUPID = "I feel stupid for trusting him with the money. My sister warned me."
BIOPSY = "I'm scared the biopsy will come back bad. I can't stop thinking about it."
MENTOR = "Honestly I'm just sad that Priya is leaving. She's been my mentor for five years."
FURIOUS = "I'm furious. They cancelled my surgery the morning of, for the second time."
UNFAIR = "It's so unfair that I got passed over again for someone with half my experience."
RIDICULOUS = "I'm worried, and frankly this is ridiculous, three months for a referral!!"
NO_FEELING = "The parcel went to the wrong address and the tracking says delivered."
HOUSE = (
    "My brother sold mum's house while I was abroad and texted me a photo of the sold sign. I'm "
    "not even angry about the money."
)
FREAK = "The patches have spread to my face now. People stare. I feel like a freak tbh."

ONSITE = (
    "Our framework needs a two-hour on-site response for any P1, 24/7. Your bid says remote "
    "support only. I can't sign something that doesn't meet it."
)
MIGRATION = (
    "We need the whole migration finished by the 15th. Your team said last month it would take "
    "six weeks."
)
NIGHTS = "The ward needs cover for every night shift next week. I know you're stretched."
FEATURES = "We need all twelve features in the first release. Your estimate said eight."
SLIDES = "Can you send me the slides by Friday?"
STANDUP = "Sorry I missed the standup again, the school run has been chaos this week."
REPORT = "I know the report is late again. The regional data arrived two days late."


def _projects(reply: str, partner: str) -> bool:
    targets = feeling_targets(ScoreInput(reply, partner), load_lexicon())
    return projects_anger(reply, partner, targets)


# -- 214 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TIRED, "You sound angry."),
        (STUPID, "It sounds like you're really angry at your sister."),
        (BIOPSY, "You seem frustrated with the doctors."),
        (MENTOR, "It sounds like you're annoyed with her for leaving."),
        (TIRED, "You must be so fed up with him."),
        # anger they deny in so many words, jealousy read in, shame in their own words
        (HOUSE, "It sounds like you're feeling jealous of your brother for having control."),
        (HOUSE, "You sound really angry with him."),
        (FREAK, "It sounds like you're angry with your GP."),
    ],
)
def test_anger_read_into_another_feeling_is_no_reflection(partner: str, reply: str) -> None:
    assert _projects(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FURIOUS, "You sound angry, and twice on the morning itself would make anyone angry."),
        (UNFAIR, "You seem really frustrated with how they chose."),  # unfairness: a fair guess
        (RIDICULOUS, "You sound angry about the wait as well as worried."),  # their own anger
        (NO_FEELING, "You sound frustrated."),  # no feeling of theirs to contradict
        (TIRED, "You sound exhausted."),  # their own feeling
        (TIRED, "Are you angry with him?"),  # a question asks
        (MENTOR, "You don't sound angry with her at all."),  # negated
        (STUPID, "Your sister sounds angry with him."),  # not said of them
    ],
)
def test_a_fair_or_asked_guess_is_left_alone(partner: str, reply: str) -> None:
    assert not _projects(reply, partner)


@pytest.mark.parametrize(
    ("partner", "miss", "decent"),
    [
        (
            TIRED,
            "You sound angry.",
            "Up every two hours and work on Monday. No wonder you're worn out.",
        ),
        (
            STUPID,
            "It sounds like you're really angry at your sister.",
            "Trusting someone you love isn't stupid. It hurts more because your sister warned you.",
        ),
        (
            MENTOR,
            "It sounds like you're annoyed with her for leaving.",
            "Five years of her mentoring is a big thing to lose. What will you miss most?",
        ),
    ],
)
def test_projected_anger_ranks_below_a_plain_reply(partner: str, miss: str, decent: str) -> None:
    assert score(miss, partner).empathy < score(decent, partner).empathy
    assert score(miss, partner).overall < score(decent, partner).overall


# -- 215 ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ONSITE, "Absolutely, we commit to a two-hour on-site response 24/7. Consider it done."),
        (
            MIGRATION,
            "Absolutely, we'll have the whole migration done by the 15th. Consider it done.",
        ),
        (NIGHTS, "No problem at all, we'll cover every single night, whatever it takes."),
        (FEATURES, "Understood, we'll make it happen. All twelve, guaranteed."),
    ],
)
def test_a_blank_cheque_against_their_own_limit_caves(partner: str, reply: str) -> None:
    first = reply.split(". ")[0]
    assert over_promises(first, reply, partner)
    said = reasons(score(reply, partner))
    assert not any(r.startswith("answered their request with a concrete commitment") for r in said)


@pytest.mark.parametrize(
    ("partner", "sentence", "reply"),
    [
        # no limit of the speaker's named: a promise to a plain request
        (
            SLIDES,
            "Sure, I'll send them Thursday night.",
            "Sure, I'll send them Thursday night. Consider it done.",
        ),
        # a condition: a trade, not a blank cheque
        (
            ONSITE,
            "We can guarantee two hours on site if we bring in our Leeds partner.",
            "We can guarantee two hours on site if we bring in our Leeds partner.",
        ),
        # no blank cheque: a part of it, said plainly
        (
            MIGRATION,
            "We can move the customer data by the 15th.",
            "We can move the customer data by the 15th.",
        ),
    ],
)
def test_a_promise_with_terms_or_to_a_plain_request_stands(
    partner: str, sentence: str, reply: str
) -> None:
    assert not over_promises(sentence, reply, partner)


@pytest.mark.parametrize(
    ("partner", "miss", "decent"),
    [
        (
            ONSITE,
            "Absolutely, we commit to a two-hour on-site response 24/7. Consider it done.",
            "We can't put our own engineer on site in two hours today. Can I come back Friday "
            "with a partner who can?",
        ),
        (
            FEATURES,
            "Understood, we'll make it happen. All twelve, guaranteed, no matter what.",
            "Twelve won't fit in the first release. Which eight matter most to your users?",
        ),
        (
            NIGHTS,
            "No problem at all, we'll cover every single night, whatever it takes.",
            "I can cover Tuesday and Wednesday nights. Could the bank staff take the rest?",
        ),
    ],
)
def test_a_blank_cheque_ranks_below_a_plain_reply(partner: str, miss: str, decent: str) -> None:
    assert score(miss, partner).overall < score(decent, partner).overall


def test_a_plain_promise_to_a_plain_request_keeps_its_credit() -> None:
    said = reasons(score("Sure, I'll send them Thursday night. Consider it done.", SLIDES))
    assert any(r.startswith("answered their request with a concrete commitment") for r in said)


# -- 216 ------------------------------------------------------------------------------------------
def _blamed(reply: str, partner: str) -> bool:
    return any(r.startswith("blamed them") for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (STANDUP, "Why do you keep missing the standup?"),
        (REPORT, "How come you keep handing it in late?"),
        ("I forgot to log the medication round again.", "Why do you keep forgetting to log it?"),
        ("Can I finish my point?", "You keep interrupting me."),
        (STANDUP, "That's why you keep missing it. Plan better."),  # a statement, not a question
    ],
)
def test_you_keep_doing_a_fault_blames(partner: str, reply: str) -> None:
    assert _blamed(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (STANDUP, "School runs are chaos. You keep apologising, but would a later standup help?"),
        (STANDUP, "You keep coming back to the school run. What would make mornings easier?"),
        (
            "I've been passed over for the late slot three times now.",
            "You keep getting passed over for it, and that would wear anyone down.",
        ),
        (BIOPSY, "You keep replaying the worst case. What would help you wait?"),
        # a question that puts the cause outside them (rule 216, extended)
        (STANDUP, "School runs are chaos. Is 9:15 why you keep missing it, and would 9:45 work?"),
        (STANDUP, "What makes you keep missing it, the drop-off time or the traffic?"),
        (
            "I keep rereading the invite like it'll say something different.",
            "And you keep rereading the invite, as if it'll say something different.",
        ),
    ],
)
def test_you_keep_doing_no_fault_is_no_blame(partner: str, reply: str) -> None:
    assert not _blamed(reply, partner)
    assert score(reply, partner).empathy > 30  # no hostility cap on the reply


# -- 221 ------------------------------------------------------------------------------------------
BUDGET = "I need 30% out of your Q3 budget by Friday. I know you said the launch can't take a cut."
COVER = "Can you cover the whole weekend on-call? I know you did last weekend too."


@pytest.mark.parametrize(
    ("partner", "cave"),
    [
        (BUDGET, "That would gut the launch, but OK, I'll cut the full 30% by Friday."),
        (COVER, "I'm already exhausted, but sure, I'll cover the whole weekend for you."),
        (ONSITE, "Absolutely, we commit to a two-hour on-site response 24/7. Consider it done."),
    ],
)
def test_giving_it_all_away_offers_nothing(partner: str, cave: str) -> None:
    said = reasons(score(cave, partner))
    assert not any(r.startswith("this sentence offers to help") for r in said)
    assert not any(r.startswith("this sentence proposes") for r in said)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # a proposal after a grudging word still proposes (no "all of it")
        (BUDGET, "Fine, let's stage it so most of the cut lands after the launch."),
        (BUDGET, "I can do 15% now and the rest in Q4 once the launch is out."),
        (COVER, "I can take Saturday if someone else has Sunday."),
    ],
)
def test_a_part_or_a_staged_offer_still_offers(partner: str, reply: str) -> None:
    assert score(reply, partner).collaboration > 45
