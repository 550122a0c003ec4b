"""A question earns "asks about what matters to them" only when it opens the floor to them or
picks up their line (docs/scoring.md rule 53).

Found among issue 11's known defects and in the sixth and seventh genre sets' dev halves: a
closed question for a detail of a loss ("Was she old?", "How old was he?") earned `+8 to +10
listening: this sentence asks about what matters to them`, above a reflection of the loss; an
off-topic "What is for lunch today?" earned `+9 listening: asked an open question`.
"""

from __future__ import annotations

import pytest

from roleplay.scoring import ScoreInput
from roleplay.scoring.question_focus import closed_fact
from roleplay.scoring.semantic import SemanticScorer

from .reasons import reasons, score

MATTERS = "asks about what matters to them"
OPEN = "asked an open question"
IGNORED = "didn't engage with what they said"

CLOSED_FACTS = [
    # bereavement
    (
        "My grandad died last night. I was supposed to be visiting him this weekend.",
        "How old was he?",
    ),
    ("We had to put our dog down this afternoon. The house is so quiet.", "Was she old?"),
    # health
    ("Dad's chemo starts Monday and he's terrified of losing his hair.", "Is the hospital far?"),
    # engineering
    ("I've been on call three weekends running and I'm exhausted.", "How many alerts were there?"),
    # HR
    (
        "I didn't get the promotion, and they gave it to someone who joined after me.",
        "Is the other candidate older?",
    ),
    # public sector
    (
        "The council closed the library where I ran the reading group for ten years.",
        "Was the building old?",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), CLOSED_FACTS)
def test_a_closed_question_for_a_detail_earns_a_plain_question_credit(
    partner: str, reply: str
) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any(MATTERS in r or OPEN in r for r in found), found
    assert any(r.startswith("asked a question") for r in found), found
    assert result.listening < 50


def test_a_closed_question_scores_below_a_reflection_of_the_loss() -> None:
    partner = "We had to put our dog down this afternoon. The house is so quiet."
    reflection = score(
        "So today you said goodbye to her, and now the quiet is everywhere.", partner
    )
    assert reflection.listening > score("Was she old?", partner).listening


OFF_TOPIC = [
    # engineering
    ("I'm worried the migration will slip again and I'll be blamed.", "What is for lunch today?"),
    # HR
    (
        "I've been asked to manage my former peers and two of them are ignoring me.",
        "Who won the match last night?",
    ),
    # public sector
    (
        "The planning office rejected our extension again, third time this year.",
        "Which bus goes to the station?",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), OFF_TOPIC)
def test_a_question_on_another_subject_earns_no_question_credit(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert not any(MATTERS in r or "question" in r for r in found), found
    assert IGNORED in found, found
    assert result.listening < 40


STILL_ASKING = [
    # engineering: it picks up their line
    ("The release slipped again and the client is furious.", "Is the release still on Friday?"),
    # HR: an open question about what happened
    ("I had to let three people go from my team yesterday.", "What happened?"),
    # operations: what matters on their side, in other words
    (
        "The warehouse is short four people and the trucks leave at six regardless.",
        "Which loads are priority?",
    ),
    # health: a detail their line raised in other words
    (
        "The neurologist wants an MRI for the numbness in my hands, and I've been googling MS "
        "all night.",
        "When is the scan?",
    ),
    # support: asking about them
    ("My wife left last week and the kids are with her.", "What would help most right now?"),
    ("My wife left last week and the kids are with her.", "Did you get any sleep?"),
    # health: their experience
    ("It's been a year since I had covid and I still can't walk far.", "What's been hardest?"),
    # scenario terse line: a requirement of the plan
    (
        "I'm hearing hesitation. Is March 14 going to happen or not?",
        "What has to be visible on stage for the demo to work?",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), STILL_ASKING)
def test_questions_about_them_or_their_line_keep_their_credit(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert any(MATTERS in r or OPEN in r or "invited them" in r for r in found), found
    assert IGNORED not in found, found


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("My wife left last week and the kids are with her.", "Is anyone with you tonight?"),
        ("My wife left last week and the kids are with her.", "Are you okay?"),
        (
            "Our budget was cut by 30% and the board wants numbers by Friday.",
            "Is the cut for this quarter, or the whole year?",
        ),
        ("The server room flooded overnight.", "Shall I call the insurer?"),
        ("The release slipped again and the client is furious.", "Is the release still on?"),
        ("I can give you two engineers if you take the night shift.", "Does that work for you?"),
    ],
)
def test_not_a_closed_question_for_a_detail(partner: str, reply: str) -> None:
    assert not closed_fact(reply, partner)


def test_a_closed_question_on_their_situation_still_engages() -> None:
    # the warm words keep their full credit: the question is about their situation
    partner = "I'm feeling so discouraged. I just got passed over for the promotion."
    result = score("Ugh, that stinks. Is the other person more senior?", partner)
    assert not any("partial credit" in r for r in reasons(result)), reasons(result)


RETORTS = [
    # engineering
    ("The release slipped by a week and the client noticed.", "So what?"),
    # operations
    ("The release slipped by a week and the client noticed.", "So what if it slipped?"),
    # health
    (
        "The nurse came an hour late and Mum missed her medication.",
        "So what if the nurse was late?",
    ),
    # HR
    ("I wasn't invited to the planning offsite.", "So what difference does it make?"),
]


@pytest.mark.parametrize(("partner", "reply"), RETORTS)
def test_a_retort_put_as_a_question_asks_and_proposes_nothing(partner: str, reply: str) -> None:
    result = score(reply, partner)
    found = reasons(result)
    assert any("dismissed their feelings" in r for r in found), found
    assert not any(
        "question" in r or MATTERS in r or "proposed an option" in r or "their words" in r
        for r in found
    ), found


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        ("The release slipped by a week and the client noticed.", "So what would help most now?"),
        ("We need a call with the client this week.", "So what time works for you?"),
    ],
)
def test_so_what_opening_a_question_still_asks(partner: str, reply: str) -> None:
    found = reasons(score(reply, partner))
    assert any("question" in r or MATTERS in r for r in found), found
    assert not any("dismissed" in r for r in found), found


def test_each_sentence_carries_whether_it_is_a_closed_question_for_a_fact() -> None:
    # read once with the sentences (Sentence.closed); the engagement test and the question cues
    # use the flag instead of reading every sentence again
    partner = "We had to put our dog down this afternoon. The house is so quiet."
    reply = "I'm so sorry. Was she old? How are you holding up?"
    sentences = SemanticScorer().sentences(ScoreInput(reply, partner))
    assert [s.closed for s in sentences] == [False, True, False]
    assert [s.closed for s in sentences] == [closed_fact(s.text, partner) for s in sentences]


@pytest.mark.parametrize(
    "question",
    [
        "What would you want people to say instead?",
        "So what happens on Friday?",
        "And, how did the team take it?",
        "OK, which part worries you most?",
        "Then where does that leave the launch?",
        "Oh who signed it off?",
        "Well, when do they need it?",
        "Anyway what is next?",
        '"How was it?"',
    ],
)
def test_one_wh_opening_for_off_topic_and_took_up(question: str) -> None:
    """took_up's open question and off_topic's wh-opening are one pattern (the lead-ins each
    once had are all read)."""
    from roleplay.scoring import took_up
    from roleplay.scoring.question_focus import WH_OPENING

    assert WH_OPENING.search(question) is not None
    assert vars(took_up)["WH_OPENING"] is WH_OPENING


@pytest.mark.parametrize(
    "question",
    ["Have you taken any time off since spring?", "Is it the scope?", "Somehow what?", "Whatever?"],
)
def test_a_yes_no_question_has_no_wh_opening(question: str) -> None:
    from roleplay.scoring.question_focus import WH_OPENING

    assert WH_OPENING.search(question) is None
