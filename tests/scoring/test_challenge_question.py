"""Issue 11, rule 30b (docs/scoring.md): a question that argues rather than asks (demanding
their evidence, doubting they mean it, "when was the last time", "how many ... before you",
"why should they have to") is a loaded question: no curiosity credit, and the hostility rule
caps the reply. Positives in a policy dispute, a workplace disagreement, healthcare and an online
dispute; real questions about their reasons or sources are the hard negatives. Each positive
failed before the rule (it earned question credit and no cap)."""

from __future__ import annotations

import pytest

from roleplay.scoring.challenge_question import challenges

from .reasons import reasons, score

POLICY = "Police brutality is overblown by the media; most officers never use force."
ROTA = "Weekend cover should rotate through the whole team, seniors included."
WARD = "Visiting hours should be cut to one hour; families get in the way of care."
EDIT = "The older census figure is the right one and I'm reverting your edit."

LOADED = "loaded question"
QUESTION_CREDIT = ("asked about their needs", "asked an open question", "asked a question")

CHALLENGES = [
    (POLICY, "What proof do you want? The videos are everywhere."),
    (POLICY, "When was the last time you heard of an officer being charged for it?"),
    (POLICY, "How many people have to be hurt before you call it a problem?"),
    (ROTA, "Do you really think the seniors will cover Sundays?"),
    (ROTA, "Why should I have to give up my weekends for a rota I never agreed to?"),
    (WARD, "What evidence do you have that families get in the way?"),
    (WARD, "Why should the families be made to leave after an hour?"),
    (EDIT, "What sources are you basing that revert on?"),
    (EDIT, "Where is your proof that the older figure is right?"),
    (EDIT, "Did you honestly believe nobody would check the census?"),
]


@pytest.mark.parametrize(("partner", "reply"), CHALLENGES)
def test_a_question_that_argues_is_a_loaded_question(partner: str, reply: str) -> None:
    question = reply if reply.endswith("?") else reply.split("?")[0] + "?"
    assert challenges(question)
    result = score(reply, partner)
    found = reasons(result)
    assert any(r.startswith(LOADED) for r in found)
    assert not any(r.startswith(QUESTION_CREDIT) for r in found)
    assert result.collaboration <= 30


REAL_QUESTIONS = [
    (POLICY, "What makes you see the coverage that way?"),
    (POLICY, "Which study are those figures from? I'd like to read it."),
    (ROTA, "Why should we pick a monthly rota over a weekly one?"),
    (ROTA, "How many weekends would the seniors cover before the new hires start?"),
    (WARD, "What evidence would change your mind about the hours?"),
    (WARD, "When was the ward last surveyed about visiting?"),
    (EDIT, "Do you think the 2011 method changed how the figure was counted?"),
    (EDIT, "What data did the older figure come from?"),
]


@pytest.mark.parametrize(("partner", "reply"), REAL_QUESTIONS)
def test_real_questions_about_their_reasons_or_sources_are_not(partner: str, reply: str) -> None:
    assert not challenges(reply)
    found = reasons(score(reply, partner))
    assert not any(r.startswith(LOADED) for r in found)


# Rule 30e: "Don't you think ...?" is a loaded question only when aimed at them ("Don't you think
# you ...", "... your ..."); as a proposal or a tag after a claim it argues for a view, which
# receptive replies do (each of the five TRAIN essays it capped was rated above average).
AIMED = [
    (ROTA, "Don't you think you should have asked the seniors first?"),
    (WARD, "Don't you think your ward is the exception here?"),
]
PROPOSED = [
    (ROTA, "Don't you think we could trial it for a month first?"),
    (WARD, "Don't you think a second visiting slot in the evening would help the families?"),
    (POLICY, "Body cameras would settle a lot of these cases, don't you think?"),
    (
        EDIT,
        "Don't you think the talk page should show both figures until the census office answers?",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), AIMED)
def test_dont_you_think_aimed_at_them_stays_loaded(partner: str, reply: str) -> None:
    assert any(r.startswith(LOADED) for r in reasons(score(reply, partner)))


@pytest.mark.parametrize(("partner", "reply"), PROPOSED)
def test_dont_you_think_as_a_proposal_is_not_loaded(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert not any(r.startswith(LOADED) for r in reasons(result))
    assert result.collaboration > 30
