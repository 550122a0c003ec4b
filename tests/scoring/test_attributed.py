"""Issue 11, rules 191-192 (docs/scoring.md): words that are theirs are not the speaker's attack.

Rule 191: a harsh word of theirs handed back inside a frame that says it is theirs ("You called
him an idiot", "When you say the vendor is useless", "you've decided everyone sees you as a
fool") is no attack of the speaker's and does not cap the reply. Hard negatives: the speaker's
own insult after the frame's clause, a question, a harsh word they never came near.

Rule 192: "you're the one taking the heat / in the dock / who has to face them" names them as
the one who suffers it, not as the one to blame; "You're the one who broke it" still blames.

Partners in engineering, health, support, sales, public sector.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.attributed import attributed_spans

from .reasons import reasons, score

RELEASE = "My manager is an idiot who signed off a release nobody tested."
NIGHTS = (
    "i lie there and go over every single thing i said at work that day, like a tape on "
    "repeat, and by 3am im convinced everyone thinks im an idiot."
)
VENDOR = "Their support team are useless and the vendor keeps missing its own deadlines."
COUNCIL = "The council planners are clowns, they lost our application twice."
CLIENT = "The rollout slipped two weeks and the client is unhappy."
ROLLOUT = "The rollout was a disaster. Nobody tested it and now I'm getting yelled at by customers."
WARD = "I'm the only nurse on nights and every complaint lands on me."

HOSTILITY = "hostility caps"


def capped(reply: str, partner: str) -> bool:
    """The hostility cap held the reply down, or a hostile cue took its points (a reply that
    earned nothing else sits below the cap already)."""
    return any(
        r.startswith((HOSTILITY, "blamed them", "attacked their view"))
        for r in reasons(score(reply, partner))
    )


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            RELEASE,
            "You called him an idiot - it sounds like the release was rushed through without "
            "anyone testing it.",
        ),
        (
            RELEASE,
            "When you say he's an idiot, I hear how let down you feel that nobody tested it.",
        ),
        (
            NIGHTS,
            "So night after night you replay the day, and by the small hours you've decided "
            "everyone sees you as a fool.",
        ),
        (NIGHTS, "You feel like an idiot by 3am, even though nothing has happened since the day."),
        (VENDOR, "You said their support is useless, and the missed deadlines keep piling up."),
        (COUNCIL, "In your words the planners are clowns: two lost applications is a lot."),
    ],
)
def test_their_harsh_word_in_a_reflection_caps_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not capped(reply, partner)
    assert not any(r.startswith("attacked their view") for r in reasons(result))
    assert result.empathy > 40


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (RELEASE, "You said it yourself, you idiot."),
        (RELEASE, "You think he's an idiot, but you're the idiot here."),
        (VENDOR, "You feel let down by them, you fool."),
        (CLIENT, "You said the client is a moron."),  # a harsh word they never came near
        (CLIENT, "In your words, you are a clown."),
        (NIGHTS, "Everyone sees you as a fool."),  # no frame: the speaker says it
    ],
)
def test_the_speakers_own_attack_still_caps(partner: str, reply: str) -> None:
    assert capped(reply, partner)


def test_a_question_is_no_frame() -> None:
    assert attributed_spans("Did you call him an idiot to his face?") == []
    assert attributed_spans("You called him an idiot, didn't you") != []


def test_the_stretch_ends_with_its_clause() -> None:
    reply = "I understand how you feel, you absolute clown."
    assert all("clown" not in reply[a:b] for a, b in attributed_spans(reply))
    assert capped(reply, RELEASE)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ROLLOUT, "So nobody tested it, and you're the one taking the heat from customers."),
        (
            NIGHTS,
            "So the nights have turned into a trial where you're the one in the dock, going back "
            "over every word.",
        ),
        (WARD, "You're the one who has to face every complaint, on your own, all night."),
    ],
)
def test_the_one_who_suffers_it_is_not_blamed(partner: str, reply: str) -> None:
    assert not any(r.startswith("blamed them") for r in reasons(score(reply, partner)))
    assert not capped(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ROLLOUT, "You're the one who broke it."),
        (WARD, "You're the problem on that ward."),
    ],
)
def test_the_one_who_caused_it_is_still_blamed(partner: str, reply: str) -> None:
    assert capped(reply, partner)
