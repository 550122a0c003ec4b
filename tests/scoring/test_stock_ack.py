"""Issue 11, rules 134-135 (docs/scoring.md): one definition of a stock acknowledgement, and a
stock acknowledgement before a fix, a wave-off or a closed door earns a stock phrase's share.

Rule 134: `plain_moves.stock_only` (rule 111) and `preamble.py` (rule 133) read stock
acknowledgements with one definition (`scoring/stock_ack.py`). Rule 135, found on the tenth genre
set's dev half: "I understand your concern. Just own it next time." scored 70 against 52 for "It
sounds like the stammer decided who spoke, not you. What was going through your mind ...?";
"I hear you and I totally understand your concern, but I need you to understand mine: ..., and
that's all there is to say about it." earned listening 68 (engaged with their view). Partners in
counselling, music teaching, hospitality, engineering management, health, faith, HR and sales;
the hard negatives take up the partner's content, ask, propose or give a view of their own after
the same opening.
"""

from __future__ import annotations

import pytest

from roleplay.scoring.semantic_rules import STOCK_NOTE
from roleplay.scoring.stock_ack import (
    STOCK_WORDS,
    ack_clause,
    stock_ack,
    stock_sentence,
)

from .reasons import reasons, score

STAMMER = (
    "I've stammered since I was six. Last week I let a colleague present my project so I "
    "wouldn't have to speak, and he got the credit."
)
PIANO = (
    "I froze halfway through my grade eight piano exam and had to start the piece again. My "
    "teacher didn't say a word on the drive home."
)
RESTAURANT = (
    "We served the last dinner at our restaurant on Saturday. Twelve years. My chef cried while "
    "he was scrubbing the pans."
)
QA_TEAM = (
    "We're merging your QA team into my department from next month. They'll report to me and "
    "I'll set their priorities."
)
FAITH = (
    "I stopped believing in God about a year ago, but I still run the youth group at our church "
    "every Friday and my whole family goes there."
)
LAYOFF = "They cut my whole team on Monday and I have to tell the contractors by Friday."
QUOTA = "Sales wants the quota up twenty percent next year with the same headcount."
ONCALL_ROTA = "The new on-call rota has me covering nights twice a week."
POLICY = "Everyone should have to pass a background check before buying a gun."


# -- 134: one definition ------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I hear you.",
        "I totally understand your concern.",
        "I understand how you feel.",
        "I get it.",
        "I appreciate your input, I really do.",
        "I hear you, and I understand your concern.",
        "I really value you opening up.",  # rule 135b: "value" and "opening up"
        "I understand how hard this is.",  # how hard, naming nothing of theirs
        "I understand your feelings.",
    ],
)
def test_a_stock_acknowledgement(text: str) -> None:
    assert stock_ack(text) and stock_sentence(text)


@pytest.mark.parametrize(
    "text",
    [
        "I understand your concern about the night shift.",  # a matter of theirs
        "I hear you: three weekends in a row is a lot.",
        "I understand. I would feel the same way.",  # a validation
        "Do you understand my concern?",  # a question
        "I understand it makes you anxious.",  # a feeling word
        "I understand how hard this is with three kids at home.",  # a matter of theirs
        "I value your opinion.",  # their view, in a word that is no stock word
    ],
)
def test_an_acknowledgement_with_matter_or_feeling_is_no_stock_one(text: str) -> None:
    assert not stock_ack(text)


def test_their_view_acknowledged_is_stock_alone_but_no_stock_acknowledgement() -> None:
    # receptiveness: "I see your point. <own view>" engages with their view (rule 30)
    for text in ("I see your point.", "I understand where you're coming from."):
        assert stock_sentence(text) and not stock_ack(text)


def test_asking_what_they_need_from_the_speaker_is_no_stock_sentence() -> None:
    assert not stock_sentence("Tell me what you need from me today.")
    assert stock_sentence("Let me know if you need anything.")  # the stock offer stays stock
    assert not stock_sentence("What do you need most?")


def test_the_stock_words_name_no_feeling_or_matter() -> None:
    for word in ("feel", "stressed", "awkward", "sense", "thursday", "ninety"):
        assert word not in STOCK_WORDS


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "I understand your concern, and lots of people go through doubt.",
            "I understand your concern",
        ),
        (
            "I hear you and I totally understand your concern, but rules are rules.",
            "I hear you and I totally understand your concern",
        ),
        (
            "I totally understand how you feel, honestly everyone gets nervous.",
            "I totally understand how you feel",
        ),
        ("I get it; the new rota starts Monday.", "I get it"),
        (
            "I understand the deadline, but Friday is too soon.",
            None,
        ),  # a matter: no stock opening
        ("I hear you.", None),  # the whole sentence, no clause after it
    ],
)
def test_the_stock_opening_of_a_longer_sentence(text: str, opening: str | None) -> None:
    end = ack_clause(text)
    assert (None if end is None else text[:end]) == opening


def test_asking_what_they_need_from_you_keeps_its_credit() -> None:
    said = reasons(score("Tell me what you need from me today.", LAYOFF))
    assert not [r for r in said if r.endswith(STOCK_NOTE)]


# -- 135: a stock acknowledgement before a fix, a wave-off or a closed door ---------------------
MOVING_ON = [
    (
        STAMMER,
        "I understand your concern. Just own it next time.",
    ),  # an instruction with "just"
    (  # advice asked as a question, in the next sentence
        STAMMER,
        "I hear you, and I understand your concern. Have you thought about speech therapy? "
        "There are good courses for adults who stammer.",
    ),
    (  # advice in the same sentence, after a comma
        STAMMER,
        "I totally understand how you feel, honestly everyone gets nervous presenting, so try "
        "not to be too hard on yourself and just push through it next time.",
    ),
    (  # their trouble made common
        PIANO,
        "I hear you, I totally do. Exams are so nerve-wracking, and honestly freezing happens "
        "to everyone, so I wouldn't read anything into it at all.",
    ),
    (  # their trouble made small
        RESTAURANT,
        "I hear you. Restaurants are such a tough business these days, you were lucky to last "
        "as long as you did, honestly.",
    ),
    (  # a closed door after "but"
        QA_TEAM,
        "I hear you and I totally understand your concern, but I need you to understand mine: "
        "my team relies on those testers every day, and that's all there is to say about it.",
    ),
    (  # advice in the same sentence (faith)
        FAITH,
        "I understand your concern, and lots of people go through doubt, so keep praying and "
        "talk to your pastor.",
    ),
    (  # how hard, then advice (health)
        "Since an ear infection last spring I've had hyperacusis. My kids' laughing hurts.",
        "I understand how hard this is. Hyperacusis is often treated with sound therapy, so ask "
        "your GP for an audiology referral.",
    ),
    (  # their trouble made small by its time (relocation)
        "We moved to Stuttgart eight months ago for my husband's job and I talk to no one.",
        "I totally understand, but it's only been eight months, and honestly lots of people "
        "would love to live in Germany.",
    ),
    (
        ONCALL_ROTA,
        "I hear you, but it's only been a week on the new rota.",
    ),  # operations
    (  # a closed door (sales)
        QUOTA,
        "I understand your concern, but the board set the number and that's all there is to it.",
    ),
]


@pytest.mark.parametrize(("partner", "reply"), MOVING_ON)
def test_a_stock_opening_before_moving_on_earns_a_stock_share(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    credits = [r for r in said if r.startswith(("showed you understood", "engaged with their"))]
    assert credits and all(r.endswith(STOCK_NOTE) for r in credits)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # a question about them after the opening
        (
            STAMMER,
            "I understand your concern. What went through your mind when you handed it over?",
        ),
        # a proposal
        (
            QA_TEAM,
            "I hear you, and I understand. Could we keep two testers on my releases until June?",
        ),
        # a view of the speaker's own (receptiveness)
        (
            POLICY,
            "I understand your concern, but I think checks would slow down lawful buyers.",
        ),
        # their content taken up in the same sentence
        (LAYOFF, "I hear you, and telling the contractors by Friday is a brutal job."),
        # their feeling made common validates it
        (
            PIANO,
            "I hear you. Lots of players freeze in exams, and it must have felt awful.",
        ),
        # "just one more thing" weighs their load, it does not make it small
        (
            QUOTA,
            "I get it, and it's just one more demand on a team that's already stretched.",
        ),
    ],
)
def test_an_opening_followed_by_engagement_keeps_its_credit(partner: str, reply: str) -> None:
    said = reasons(score(reply, partner))
    assert not [
        r
        for r in said
        if r.startswith(("showed you understood", "engaged with their")) and r.endswith(STOCK_NOTE)
    ]


def test_the_plain_reply_now_listens_better_than_the_stock_opening_before_an_instruction() -> None:
    plain = score(
        "It sounds like the stammer decided who spoke, not you. What was going through your mind "
        "when you handed it over to him?",
        STAMMER,
    )
    stock = score("I understand your concern. Just own it next time.", STAMMER)
    assert plain.listening > stock.listening
