"""Defects a newcomer found in the semantic scorer, each checked on several phrasings so the fix
is the construct (a reflection is not a trade, a refusal to evade is not a refusal, ...), not
one sentence."""

from __future__ import annotations

import json

import pytest

from roleplay.cli import main
from roleplay.scoring import ScoreInput, default_scorer
from roleplay.scoring.readable import unreadable_reason
from roleplay.scoring.semantic import SemanticScorer
from roleplay.scoring.types import Score

BUDGET = "I need 30% out of your Q3 budget. The board wants the numbers by Friday."
FRIDAY = "Friday is tight and the board wants the full scope. I can't see how we make it."
OUTAGE = "Your outage cost us a full day of orders and nobody even called us. I'm furious."
PLAN = "I still haven't seen the revised plan, and my team can't start until we have it."


def score(reply: str, partner: str) -> Score:
    return default_scorer().score(ScoreInput(reply, partner))


def reasons(result: Score, dimension: str, *, positive: bool) -> list[str]:
    return [
        e.reason
        for e in result.evidence
        if e.dimension == dimension and (e.points > 0) == positive and e.points != 0
    ]


@pytest.mark.parametrize(
    "reply",
    [
        "It sounds like Friday is tight.",
        "Sounds like the Friday deadline is tight for you.",
        "So what I'm hearing is that Friday is tight and the scope is fixed.",
        "It seems like the board's Friday date leaves you no room.",
    ],
)
def test_a_reflection_is_not_credited_as_a_trade(reply: str) -> None:
    result = score(reply, FRIDAY)
    acts = {s.act.act for s in SemanticScorer().sentences(ScoreInput(reply, FRIDAY))}
    assert not acts & {"trade", "proposal", "concession"}
    assert not any("trade" in e.reason for e in result.evidence)


def test_a_real_trade_is_still_a_trade() -> None:
    for reply in (
        "If you give me until Friday, I'll cut the scope by a third.",
        "You keep the full scope and I'll take the later date.",
    ):
        assert any("trade" in e.reason for e in score(reply, FRIDAY).evidence), reply


@pytest.mark.parametrize(
    "reply",
    [
        "I'm not going to hide behind the SLA.",
        "I won't hide behind the contract on this.",
        "I'm not going to make excuses for the outage.",
        "I won't pass the buck on this one.",
        "I'm not going to leave you to sort this out alone.",
    ],
)
def test_refusing_to_evade_is_not_a_flat_refusal(reply: str) -> None:
    result = score(reply, OUTAGE)
    assert not any("refusal" in r for r in reasons(result, "collaboration", positive=False))
    assert result.same_side != "across"


def test_a_real_refusal_is_still_one() -> None:
    result = score("I'm not going to cut the budget.", BUDGET)
    assert any("refusal" in r for r in reasons(result, "collaboration", positive=False))


@pytest.mark.parametrize(
    "reply",
    [
        "I understand you're upset. Per our contract, refunds go through the portal, "
        "so please file it there.",
        "I hear your frustration. Our policy is that claims are raised through the online form.",
        "I can see this is stressful. Unfortunately it's company policy, so please go through "
        "the proper channels.",
        "I'm sorry you feel that way, but you'll need to raise a ticket with support.",
    ],
)
def test_acknowledgement_then_deflection_to_process_is_not_empathy(reply: str) -> None:
    brush_off = score(reply, OUTAGE)
    engaged = score(
        "I understand you're upset. Let me pull up your orders now and call you back within "
        "the hour with what we'll refund.",
        OUTAGE,
    )
    assert brush_off.empathy < 50
    assert brush_off.empathy < engaged.empathy - 10
    assert brush_off.same_side != "beside"


@pytest.mark.parametrize(
    "reply",
    [
        "I hear you\u2026 but we can't give up any budget.",
        "I hear you... but we can't give up any budget.",
        "I get it, but we can't give you anything more this quarter.",
        "I understand, but we cannot move on the budget at all.",
    ],
)
def test_token_acknowledgement_then_flat_refusal_is_across_the_table(reply: str) -> None:
    result = score(reply, BUDGET)
    assert result.same_side == "across"
    assert result.collaboration < 45


@pytest.mark.parametrize(
    ("reply", "plain"),
    [
        (
            "Two juniors told me they're nervous about the launch.",
            "Two juniors told me about the launch.",
        ),
        ("My manager said she's worried about the budget.", "My manager said the budget."),
        ("The ops team told me they're exhausted.", "The ops team told me."),
    ],
)
def test_a_third_partys_feeling_earns_no_empathy(reply: str, plain: str) -> None:
    assert score(reply, FRIDAY).empathy <= score(plain, FRIDAY).empathy


def test_the_partners_own_feeling_still_earns_empathy() -> None:
    assert (
        score("You sound nervous about Friday.", FRIDAY).empathy
        > score("Friday is the date.", FRIDAY).empathy
    )


def test_third_parties_the_partner_spoke_of_still_count() -> None:
    partner = "My team has worked every weekend this month."
    assert (
        score("They must be exhausted.", partner).empathy
        > score("They worked weekends.", partner).empathy
    )


@pytest.mark.parametrize(
    "reply",
    [
        "We cannot give you anything.",
        "We can't give you any more budget.",
        "We won't offer anything else.",
    ],
)
def test_an_institutional_we_in_a_refusal_is_not_shared(reply: str) -> None:
    result = score(reply, BUDGET)
    assert not any("shared" in r for r in reasons(result, "collaboration", positive=True))
    assert result.same_side == "across"


def test_a_shared_we_is_still_shared() -> None:
    result = score("We could look at the numbers together this afternoon.", BUDGET)
    assert any("shared" in r for r in reasons(result, "collaboration", positive=True))


@pytest.mark.parametrize(
    "reply",
    [
        "I'll send you the revised plan by Thursday noon and call you after.",
        "You'll have the revised plan by Thursday noon; I'll walk your team through it Friday.",
        "I'll get the revised plan to you tomorrow morning so your team can start.",
    ],
)
def test_a_concrete_commitment_counts_as_engaging_and_passes(reply: str) -> None:
    result = score(reply, PLAN)
    assert not any("didn't engage" in r for r in reasons(result, "listening", positive=False))
    assert result.listening >= 45
    assert result.overall >= 55


@pytest.mark.parametrize(
    "reply",
    [
        "I understand how you feel. Let's work together.",
        "I hear you. I totally get it.",
        "Thanks for sharing. We're all in this together.",
    ],
)
def test_a_stock_phrase_reply_does_not_pass(reply: str) -> None:
    assert score(reply, PLAN).overall < 55


@pytest.mark.parametrize(
    ("reply", "language"),
    [
        ("Bonjour, je comprends votre inquiétude.", "fr"),
        ("Merci pour votre patience.", "fr"),
        ("Hola, entiendo tu preocupación.", "es"),
        ("Hallo, ich verstehe Ihre Sorge.", "de"),
        ("Ciao, capisco la tua preoccupazione.", "it"),
    ],
)
def test_short_replies_in_other_languages_are_detected(reply: str, language: str) -> None:
    assert unreadable_reason(reply) == f"language:{language}"


def test_jsonl_marks_a_french_reply_unscorable(
    tmp_path: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.jsonl"  # type: ignore[operator]
    path.write_text(json.dumps({"reply": "Bonjour, je comprends votre inquiétude."}) + "\n")
    assert main(["score", "--jsonl", str(path)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["scored"] is False and data["reason"] == "language:fr"


@pytest.mark.parametrize("reply", ["", "   ", "\n\t"])
def test_scoring_an_empty_reply_is_a_usage_error(
    reply: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["score", reply]) == 2
    captured = capsys.readouterr()
    assert "RP502" in captured.err and "empty" in captured.err
    assert len(captured.err.strip().splitlines()) == 1
    assert "earns nothing" not in captured.out


# Skilled replies of the shipped scenarios' golden paths showed the same constructs missing;
# each is checked here on new phrasings (not the golden text).


@pytest.mark.parametrize(
    "reply",
    [
        "I'll back you up if anyone in the room drifts toward blame.",
        "This review is about the system, not about blame.",
        "Let's keep blame out of the write-up entirely.",
    ],
)
def test_the_word_blame_is_not_blaming_them(reply: str) -> None:
    result = score(reply, "Would you let me present the timeline myself?")
    assert not any("blamed" in e.reason for e in result.evidence)
    assert result.empathy > 30 and result.same_side != "across"


def test_blaming_them_still_is_blame() -> None:
    for reply in ("I blame you for this outage.", "You're to blame for the delay."):
        result = score(reply, OUTAGE)
        assert any("blamed" in e.reason for e in result.evidence), reply


@pytest.mark.parametrize(
    ("reply", "partner"),
    [
        ("I could free up 12% right away by pausing two renewals.", "So what could you do?"),
        (
            "Happy to present it myself, and you'll get an update every week.",
            "Will you present the migration part yourself?",
        ),
        (
            "Here's a trade: my team loads their contacts with a script, and in return the "
            "admin screens move to April.",
            "Their ops lead will ask how the contacts get in. What do I say to that?",
        ),
    ],
)
def test_an_offer_that_answers_their_question_is_listening(reply: str, partner: str) -> None:
    result = score(reply, partner)
    assert any("answered their request" in r for r in reasons(result, "listening", positive=True))
    assert not any("didn't engage" in r for r in reasons(result, "listening", positive=False))


def test_a_statement_without_a_commitment_does_not_answer() -> None:
    result = score("The 30% is for this quarter.", BUDGET)
    assert not any("answered their request" in e.reason for e in result.evidence)


@pytest.mark.parametrize(
    "reply",
    [
        "Before I make a case - how does the panel decide who is ready?",
        "Can I ask what has changed on your side since we planned this?",
        "Quick one: what does the board need to see on Friday?",
    ],
)
def test_a_curious_question_after_a_lead_in_is_a_question(reply: str) -> None:
    acts = [s.act.act for s in SemanticScorer().sentences(ScoreInput(reply, FRIDAY))]
    assert acts[-1] == "curious_question"


def test_so_what_matters_is_a_reflection() -> None:
    partner = "The client only cares about having scheduling live before the new ward opens."
    for reply in (
        "So the new ward is what really matters to them.",
        "So what actually matters is the opening date.",
    ):
        acts = [s.act.act for s in SemanticScorer().sentences(ScoreInput(reply, partner))]
        assert acts == ["reflection"], reply


def test_a_commitment_made_concrete_in_the_next_sentence_answers() -> None:
    partner = "Can you own the rollout and warn me early if it slips?"
    result = score(
        "That one's mine. A short note to you every Monday, and a call the day it wobbles.", partner
    )
    assert any("answered their request" in e.reason for e in result.evidence)
    vague = score("I'll think about it. Mondays are busy.", partner)
    assert not any("answered their request" in e.reason for e in vague.evidence)


KEYED = ScoreInput(
    "",
    "Between us: I lost two engineers last month and my VP put us on the audit.",
    ("lost two engineers", "audit", "last month"),
)


@pytest.mark.parametrize(
    "reply",
    [
        "Can I ask how your team is holding up with all of that?",
        "What would help you most over the next few weeks?",
    ],
)
def test_asking_about_their_side_is_not_missing_every_key_point(reply: str) -> None:
    result = default_scorer().score(ScoreInput(reply, KEYED.partner, KEYED.key_points))
    assert not any("missed every key point" in e.reason for e in result.evidence)


def test_a_reply_that_neither_asks_nor_restates_still_misses_the_key_points() -> None:
    result = default_scorer().score(
        ScoreInput("We need the integration done by the 20th.", KEYED.partner, KEYED.key_points)
    )
    assert any("missed every key point" in e.reason for e in result.evidence)


def test_using_the_process_to_help_is_not_a_brush_off() -> None:
    for reply in (
        "I understand your concern. Per our contract we can cover the lost orders, and I'll book "
        "a call with you today.",
        "I'm sorry about this. I'll file it through the portal for you myself and send you the "
        "reference tonight.",
    ):
        result = score(reply, OUTAGE)
        assert not any("sent them to a process" in e.reason for e in result.evidence), reply
        assert result.empathy >= 50, reply


@pytest.mark.parametrize("reply", ["\x1b[31m", "\x1b[1;31m\x1b[0m", "\x1b]0;title\x07", "\x1bc"])
def test_a_terminal_escape_sequence_alone_has_no_words(reply: str) -> None:
    """Found by a security pass: "\\x1b[31m" (a colour code) was scored as an ordinary neutral
    reply (45) because of its letter "m"; it has no words."""
    assert unreadable_reason(reply) == "no_words"
    # a reply pasted with colour codes around its words is still read
    assert unreadable_reason("\x1b[1;31mThat sounds hard. What happened?\x1b[0m") is None


@pytest.mark.parametrize(
    "reply", ["31m", "[31m", "^[[31m", "[0;1m[0m", "0;31m", "[A", "^[[A[B", "[2J[H", "5m", "2x"]
)
def test_an_escape_sequence_that_lost_its_escape_has_no_words(reply: str) -> None:
    """Found by a security pass: what is left of a colour code or an arrow key when the escape
    character was dropped on the way ("[31m", "31m", "^[[A") was scored as a neutral reply for
    its letter; like "20%" or "5" alone, a number with a one-letter unit has no words."""
    assert unreadable_reason(reply) == "no_words"


@pytest.mark.parametrize(
    "reply",
    [
        "OK",
        "No.",
        "Sure",
        "I",
        "5pm?",
        "Q3?",
        "[1;32mOK[0m",
        "[31mThat sounds hard. What happened?[0m",
        "[Action items] agreed",
        "[I agree]",
        "Let's do 2x the budget.",
    ],
)
def test_short_replies_and_words_beside_escape_leftovers_are_still_read(reply: str) -> None:
    assert unreadable_reason(reply) is None
