"""Cue words read in the wrong sense (issue 11, the fifth pass): found in the receptiveness and
CaSiNo TRAIN replies the scorer disagreed with most. Each misread case failed before its fix;
each kept case pins that the cue still fires in its own sense."""

from __future__ import annotations

import pytest

from .reasons import reasons, score
from .test_genre_constructs import acts


@pytest.mark.parametrize(
    ("reply", "misread"),
    [
        # the legal sense of "guilty" is not a feeling of theirs
        ("This is America and you are presumed innocent until proven guilty.", "named a feeling"),
        # "as if" inside a sentence compares; only "As if ...!" mocks
        ("They carry on as if the accused is guilty before any hearing.", "sarcasm"),
        # "the truth is" inside a sentence is not "The truth is, ..." contradicting them
        ("Everything should be done to ensure the truth is found first.", "flat disagreement"),
        # a moral judgement, not acknowledging it is hard for them
        ("Just one death at the hands of the police is too much.", "acknowledged it's hard"),
        # "are legitimate victims" describes people; it does not validate their view
        ("The overwhelming majority of accusers are legitimate victims.", "validated their view"),
        # "can just get swept under the rug" is not "you can just get more water"
        (
            "Many acts of violence can just get swept under the rug if we stay quiet.",
            "played down what they need",
        ),
        ("Many acts of violence can just get swept under the rug if we stay quiet.", "advice"),
        # "I can understand ..." and "Let me ask ..." offer nothing
        (
            "I can understand where you're coming from, since this system could be abused.",
            "offers to help",
        ),
        ("Let me ask you about the effect of the news cycle on these stories.", "offers to help"),
        # giving them something is not playing down their need
        (
            "You are right, but I am willing to let you have all three water.",
            "played down what they need",
        ),
        # thanks, not sarcasm (the sarcastic form goes on: "How nice of you to finally ...")
        ("How nice of you. I'm sure we can work something out.", "sarcasm"),
        # "for you" negated is not negated support
        ("Oh, I wouldn't want for you to freeze tonight.", "negated a supportive phrase"),
        # stating one's own interest is not undervaluing theirs (the act needs a clear margin)
        (
            "I'm most interested in firewood, because it always helps to have extra.",
            "plays down what they need",
        ),
        # a harsh word after "I somewhat agree that" judges the matter with them
        (
            "I somewhat agree that it is ridiculous to expel someone on an accusation alone.",
            "attacked their view",
        ),
    ],
)
def test_a_cue_word_in_another_sense_earns_nothing(reply: str, misread: str) -> None:
    assert not [r for r in reasons(score(reply)) if misread in r], reasons(score(reply))


def test_a_question_that_attacks_is_not_a_curious_question() -> None:
    result = score(
        "The accused is innocent until proven guilty. What right do you have to suggest his "
        "removal?"
    )
    assert not [r for r in reasons(result) if "asks about what matters" in r], reasons(result)
    assert any("loaded question" in r for r in reasons(result))
    assert result.listening < 45


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        ("You must feel guilty about missing it.", "named a feeling"),
        ("Oh, as if you care.", "sarcasm"),
        ("The truth is you never listened.", "flat disagreement"),
        ("That is a lot to carry on your own.", "acknowledged it's hard"),
        ("It's too much for one person.", "acknowledged it's hard"),
        ("Your concern is legitimate and we should look at it.", "validated their view"),
        ("You can just get more water at the store.", "played down what they need"),
        # with no need claimed, "just get ..." is glib advice, not a need played down (rule 320);
        # the reply still dismisses, and "you can just get more water" above keeps the need
        ("Just get over it.", "dismissed their feelings"),
        ("Just get over it.", "made it sound easy"),
        ("I can send you the file tonight.", "offers to help"),
        ("You already have all the basics, so you won't lack water.", "played down what they need"),
        ("How nice of you to finally show up.", "sarcasm"),
        ("I don't care about what happens to you.", "dismissed their feelings"),
        ("Wow, that does not sound good at all.", "acknowledged it's hard"),
        ("How can you say that when the data shows the opposite?", "loaded question"),
    ],
)
def test_the_cue_still_fires_in_its_own_sense(reply: str, kept: str) -> None:
    assert [r for r in reasons(score(reply)) if kept in r], reasons(score(reply))


@pytest.mark.parametrize(
    ("reply", "act"),
    [
        # "trade-off" names no exchange: the sentence is a proposal ("let's go ... together")
        (
            "Then let's go to your VP together on Thursday and make the trade-off visible.",
            "proposes a concrete option",
        ),
        # "I'd like to come along and tell your VP myself" offers the speaker's help
        (
            "I'd like to come along on Thursday and tell your VP myself what the audit costs us.",
            "offers to help",
        ),
    ],
)
def test_a_golden_move_is_named_by_its_wording(reply: str, act: str) -> None:
    result = score(reply, "My VP still has us half on the audit.")
    # a dated step ("on Thursday") is a concrete next step (rule 21), whose points the act's
    # own then do not repeat (per sentence an act adds only what the cues did not earn)
    named = [r for r in reasons(result) if act in r or "concrete next step" in r]
    assert named, reasons(result)
    assert "trade" not in acts(reply, "My VP still has us half on the audit.")
