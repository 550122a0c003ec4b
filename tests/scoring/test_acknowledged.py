"""An acknowledgement of their difficulty is no dismissal (scoring/acknowledged.py).

Measured on main: "That's a lot to deal with." after "My mum's in hospital and I've got the
audit due Monday." earned "+9 empathy: acknowledged it's hard" and "-6 empathy: this sentence
dismisses how they feel" for the same sentence (the encoder's dismissal examples share its
words). The cue layer's un-negated acknowledgement now overrules the costly act, unless the
sentence also makes it smaller, compares it with everyone's or turns against it; hostile acts
and the speaker's turn to their own story keep their own rules. Checked in several domains."""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput, default_scorer
from roleplay.scoring.acknowledged import minimises, not_dismissing
from roleplay.scoring.acts import SentenceAct
from roleplay.scoring.sentences import Sentence
from roleplay.scoring.types import Evidence

AUDIT = "My mum's in hospital and I've got the audit due Monday."  # health / work
SURGERY = "The scan results came back and they want to operate next week."  # health
PROMOTION = "I've been passed over for promotion again."  # HR
ORDERS = "My account got locked and I lost a day of orders."  # support
CLIENT = "We need the delivery by Friday or we lose the client."  # negotiation
POST = "My post was deleted without any explanation and the mods won't answer."  # dispute
SUPPLIER = "The supplier raised prices 20% and my margins are gone."  # negotiation

# each was read as dismissal by the encoder before the rule
ACKNOWLEDGING = [
    ("That's a lot to deal with.", AUDIT),
    ("That's a lot to deal with before the surgery.", SURGERY),
    ("That's a lot to deal with, with the review coming up.", PROMOTION),
    ("That's a lot to deal with, losing a day of orders.", ORDERS),
    ("That's a lot to deal with, losing the client over a date.", CLIENT),
    ("That sucks, having it removed with no reason.", POST),
    ("That's a lot to deal with.", SUPPLIER),
]
# hard negatives: warm words that still dismiss, mock or turn to the speaker
STILL_DISMISSING = [
    ("Everyone has a lot to deal with.", AUDIT),
    ("That's not a lot to deal with.", SURGERY),  # negated: no acknowledgement
    ("It's not that bad, posts get removed all the time.", POST),
    ("It was only a few hours, no big deal.", ORDERS),
    ("That must be hard, but everyone goes through surgery at some point.", SURGERY),
]


def reasons(reply: str, partner: str) -> list[tuple[str, int]]:
    result = default_scorer().score(ScoreInput(reply, partner))
    return [(e.reason, e.points) for e in result.evidence]


@pytest.mark.parametrize(("reply", "partner"), ACKNOWLEDGING)
def test_an_acknowledgement_of_their_difficulty_is_not_read_as_dismissal(
    reply: str, partner: str
) -> None:
    found = reasons(reply, partner)
    assert any("acknowledged it's hard" in why and points > 0 for why, points in found), found
    assert not any("dismisses" in why for why, _ in found), found


@pytest.mark.parametrize(("reply", "partner"), STILL_DISMISSING)
def test_warm_words_that_still_make_it_smaller_cost_empathy(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    costs = sum(points for why, points in found if points < 0 and "dismiss" in why)
    assert costs < 0, found


def test_the_acknowledgement_outscores_the_comparison_with_everyone() -> None:
    scorer = default_scorer()
    ack = scorer.score(ScoreInput("That's a lot to deal with.", AUDIT))
    everyone = scorer.score(ScoreInput("Everyone has a lot to deal with.", AUDIT))
    assert ack.empathy > everyone.empathy + 10


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("Oh no, three whole projects, however will you survive", AUDIT),
        ("Oh no, a whole client, however will you survive.", CLIENT),
    ],
)
def test_sarcasm_with_warm_words_stays_penalised(reply: str, partner: str) -> None:
    found = reasons(reply, partner)
    assert any("sarcasm" in why and points < 0 for why, points in found), found
    assert default_scorer().score(ScoreInput(reply, partner)).empathy < 30


def test_turning_to_ones_own_story_keeps_its_cost() -> None:
    reply = "That's a lot to deal with, I had the same last year and it was worse for me."
    found = reasons(reply, AUDIT)
    assert any("focus to yourself" in why and points < 0 for why, points in found), found


def _sentence(text: str, act: str) -> Sentence:
    return Sentence(0, len(text), text, SentenceAct(act, 1.0, 0.7, 0.1), False)


def _cue(points: int, span: tuple[int, int]) -> Evidence:
    return Evidence("empathy", points, "acknowledged it's hard", span)


@pytest.mark.parametrize("act", ["dismissal", "undervalue"])
def test_the_rule_drops_a_costly_act_under_an_acknowledgement(act: str) -> None:
    s = _sentence("That's a lot to deal with.", act)
    (out,) = not_dismissing([s], [("difficulty", _cue(9, (0, 20)))])
    assert out.act.act == ""


@pytest.mark.parametrize(
    ("act", "feature", "points"),
    [
        ("dismissal", "difficulty", -9),  # a negated acknowledgement acknowledges nothing
        ("dismissal", "agreement", 5),  # agreeing says nothing of their difficulty
        ("dismissal", "acknowledged_view", 5),  # "I see your point, but" in an argument
        ("sarcasm", "difficulty", 9),  # hostile acts keep their own rules
        ("self_focus", "difficulty", 9),
    ],
)
def test_the_rule_keeps_the_act_otherwise(act: str, feature: str, points: int) -> None:
    s = _sentence("That's a lot to deal with.", act)
    (out,) = not_dismissing([s], [(feature, _cue(points, (0, 20)))])
    assert out.act.act == act


def test_a_minimising_cue_in_the_sentence_keeps_the_dismissal() -> None:
    text = "That's rough, look on the bright side."
    s = _sentence(text, "dismissal")
    cues = [("difficulty", _cue(9, (0, 12))), ("minimising", _cue(-5, (14, 37)))]
    (out,) = not_dismissing([s], cues)
    assert out.act.act == "dismissal"


@pytest.mark.parametrize(
    "text",
    [
        "Everyone has a lot to deal with.",
        "We all go through it.",
        "Lots of people fail, it's no big deal.",
        "At least it was only two hours.",
        "That's hard, but you'll manage.",
        "It's not that bad.",
        "I know it hurts, but you'll wait like everyone else.",
    ],
)
def test_minimising_wordings(text: str) -> None:
    assert minimises(text)


@pytest.mark.parametrize(
    "text",
    [
        "That's a lot to deal with.",
        "That sounds exhausting, with the audit on top.",
        "I can see that everyone can lie.",
        "That's a lot on your plate.",
    ],
)
def test_plain_acknowledgements_do_not_minimise(text: str) -> None:
    assert not minimises(text)
