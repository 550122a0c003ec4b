"""Rule 440: a statement about them, mostly in other words, that takes their line a step on
(what a thing has become for them, one thing they said driving another, two things set against
each other, what it comes down to) is a complex reflection and earns rule 370's units once per
reply. Positives from on-call engineering, a workplace credit dispute, a sales renewal and a
health forum; hard negatives: a parrot of their line, a number ("more than 50 hours"), advice, a
question, blame, a general statement, another matter, stock words, the speaker's own side, an
insult, and a sentence rule 370 already credits."""

from __future__ import annotations

import pytest

from roleplay.scoring.implied import BEYOND_REASON, IMPLIED_REASON

from .reasons import reasons, score

ROTA = (
    "I've been on call four weekends out of five since the reorg. My manager says it's temporary."
)
CREDIT = (
    "Our team built the whole data pipeline, and the launch deck credits the platform group for it."
)
RENEWAL = "We've been a customer for nine years and your renewal quote went up forty percent."
KNEE = (
    "The surgeon says the knee replacement went perfectly. I still can't get down the stairs "
    "without holding the rail."
)
DEPOSIT = (
    "My landlord's kept my deposit for a scuff on the skirting board. I've never been late with "
    "rent in six years."
)


def beyond(reply: str, partner: str) -> list[str]:
    """The reply's evidence items that give rule 440's reason."""
    return [r for r in reasons(score(reply, partner)) if r.startswith(BEYOND_REASON)]


@pytest.mark.parametrize(
    ("partner", "complex_", "parrot"),
    [
        (  # on-call engineering
            ROTA,
            "The rota has turned into something you plan your whole life around.",
            "You've been on call four weekends out of five since the reorg and your manager says "
            "it's temporary.",
        ),
        (  # a workplace credit dispute
            CREDIT,
            "It isn't only the credit, it's whether anyone upstairs knows what your team does.",
            "Your team built the data pipeline and the launch deck credits the platform group.",
        ),
        (  # a sales renewal
            RENEWAL,
            "Nine years of loyalty has become a reason to charge you more.",
            "You've been a customer for nine years and the renewal quote went up forty percent.",
        ),
        (  # a health forum
            KNEE,
            "Perfect on the scan doesn't square with what the stairs tell you every morning.",
            "The surgeon says it went perfectly and you still can't get down the stairs without "
            "the rail.",
        ),
    ],
)
def test_a_step_beyond_their_words_is_credited_and_a_parrot_is_not(
    partner: str, complex_: str, parrot: str
) -> None:
    found = beyond(complex_, partner)
    assert len(found) == 2, reasons(score(complex_, partner))  # listening and empathy, once
    assert all(complex_[:20] in r for r in found)  # the evidence names the sentence
    assert not beyond(parrot, partner)
    assert score(complex_, partner).listening >= score(parrot, partner).listening


def test_the_evidence_names_the_words_that_take_it_on_and_the_span() -> None:
    reply = "Thanks for saying. Nine years of loyalty has become a reason to charge you more."
    items = [e for e in score(reply, RENEWAL).evidence if e.reason.startswith(BEYOND_REASON)]
    assert {e.dimension for e in items} == {"listening", "empathy"}
    assert all('"has become"' in e.reason for e in items)
    assert all(e.span == (reply.index("Nine"), len(reply)) for e in items)


def test_once_per_reply() -> None:
    reply = (
        "The rota has turned into something you plan your whole life around. Temporary has "
        "become the word for every weekend you give up."
    )
    assert len(beyond(reply, ROTA)) == 2


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # a number, not what it comes down to
        (
            "I work more than 50 hours a week and I'm tired.",
            "You work more than 50 hours a week on the ward.",
        ),
        (ROTA, "The rota has become a problem, so you should tell your manager no."),  # advice
        (ROTA, "Has the rota become something you plan around?"),  # a question
        (ROTA, "You're the one who volunteered for the rota, so that's on you."),  # blame
        (ROTA, "On-call work has become normal in every engineering team these days."),  # general
        (ROTA, "Your garden has become the only place where the tomatoes grow well."),  # elsewhere
        (ROTA, "I understand how you feel, it has become a tough situation for you."),  # stock
        (ROTA, "We've turned the rota into something fairer for the whole team."),  # our side
        (DEPOSIT, "Your deposit has become the landlord's, you idiot, deal with it."),  # insult
        (DEPOSIT, "Landlords always keep deposits, it has become the norm, so just let it go."),
        (DEPOSIT, "My flat has become more than I can afford, rather than a home."),  # my story
    ],
)
def test_no_credit_for_a_step_that_is_not_theirs(partner: str, reply: str) -> None:
    assert not beyond(reply, partner)


def test_a_named_inner_state_keeps_rule_370s_reason() -> None:
    reply = "You're exhausted, and the rota has become the thing you plan around."
    found = reasons(score(reply, ROTA))
    assert any(r.startswith(IMPLIED_REASON) for r in found)
    assert not any(r.startswith(BEYOND_REASON) for r in found)
