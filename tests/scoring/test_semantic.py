"""The semantic scorer: unscorable replies, anti-gaming rules, partner-relative credit, evidence."""

from __future__ import annotations

import pytest

from roleplay.errors import RoleplayError
from roleplay.scoring import ScoreInput, default_scorer, get_scorer
from roleplay.scoring.readable import unreadable_reason, unscored_message
from roleplay.scoring.semantic import (
    BESIDE_ACTS,
    CUE_ACTS,
    HOSTILE_LISTENING_CAP,
    HOSTILITY_CAP,
    SemanticScorer,
)
from roleplay.scoring.types import Score

from .contrast_pairs import PAIRS, PROBES

BUDGET = "I need 30% out of your Q3 budget. The board wants the numbers by Friday."
RELEASE = "The release is Friday and QA keeps finding bugs. I'm honestly exhausted."


def score(reply: str, partner: str = RELEASE, **kw: object) -> Score:
    return default_scorer().score(ScoreInput(reply, partner, **kw))  # type: ignore[arg-type]


def test_default_scorer_is_semantic_and_lexical_stays_available() -> None:
    assert default_scorer().name == "semantic"
    assert get_scorer("lexical").name == "lexical"
    with pytest.raises(RoleplayError):
        get_scorer("nope")


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        ("", "empty"),
        ("   \n", "empty"),
        ("🙂👍", "no_words"),
        ("?!", "no_words"),
        ("asdkjh qwpoeiru zxmcnvb lkjhg", "gibberish"),
        ("Je comprends, c'est beaucoup de pression pour toi et ton équipe.", "language:fr"),
        ("Das ist schwer. Was ist dir dabei am wichtigsten?", "language:de"),
        ("Entiendo, es mucha presión. ¿Qué es lo más importante para ti?", "language:es"),
        ("Понимаю, это непросто.", "language:ru"),
    ],
)
def test_unreadable_replies_are_not_scored(reply: str, reason: str) -> None:
    result = default_scorer().score(ScoreInput(reply, RELEASE))
    assert not result.scored
    assert result.reason == reason
    assert (result.listening, result.empathy, result.collaboration, result.overall) == (0, 0, 0, 0)
    assert result.to_json()["scored"] is False and result.to_json()["reason"] == reason
    assert "earns nothing" in unscored_message(reason)


@pytest.mark.parametrize(
    "reply",
    ["OK.", "No.", "Gutting.", "lol ok thx", "Kubernetes ingress misconfigured again", "k"],
)
def test_short_jargon_and_chat_replies_are_still_scored(reply: str) -> None:
    assert unreadable_reason(reply) is None


def test_a_repeated_phrase_earns_no_more_than_once() -> None:
    once = score("I understand how you feel.")
    many = score(" ".join(["I understand how you feel."] * 15))
    # a repeat earns nothing and costs a little (rule 51): less than saying it once
    assert many.empathy < once.empathy
    assert many.listening < once.listening


def test_stacked_acknowledgements_have_diminishing_returns() -> None:
    question = " Which bugs are blockers for Friday?"
    one = score("That must be really hard." + question)
    stacked = score(
        "That must be really hard. That sounds tough. I'm so sorry. No wonder you're upset."
        + question
    )
    gain_one = one.empathy - 45
    gain_stacked = stacked.empathy - 45
    assert gain_stacked < 2.5 * gain_one
    assert any("diminishing returns" in e.reason for e in stacked.evidence)


def test_without_engagement_only_the_largest_acknowledgement_counts() -> None:
    one = score("That must be really hard.")
    stacked = score(
        "That must be really hard. That sounds tough. I'm so sorry. No wonder you're upset."
    )
    assert stacked.empathy <= one.empathy + 2


def test_acknowledgement_without_engagement_earns_partial_credit() -> None:
    bare = score("I understand. I hear you.")
    engaged = score("I understand. Which of the bugs are blockers for Friday?")
    assert any("partial credit" in e.reason for e in bare.evidence)
    assert not any("partial credit" in e.reason for e in engaged.evidence)


def test_hostility_caps_empathy_and_collaboration_for_the_whole_reply() -> None:
    warm = "I understand how you feel. What matters most to you? Let's work together."
    result = score(warm + " Now go away, you're an idiot.")
    assert result.empathy <= HOSTILITY_CAP and result.collaboration <= HOSTILITY_CAP
    assert result.listening <= HOSTILE_LISTENING_CAP
    assert result.same_side == "across"
    assert any(e.reason.startswith("hostility caps") for e in result.evidence)
    assert score(warm).empathy > HOSTILITY_CAP


def test_interrogating_and_advice_questions_earn_no_question_credit() -> None:
    curious = score("Which of the open bugs worry you most?")
    interrogating = score("Why didn't you catch these bugs earlier?")
    advice = score("Why don't you just stop fixing the minor ones?")
    assert curious.listening > interrogating.listening
    assert curious.listening > advice.listening
    for result in (interrogating, advice):
        assert not any("question" in e.reason and e.points > 0 for e in result.evidence)


def test_length_buys_nothing() -> None:
    short = score("Which bugs are blockers? I can take one.")
    padded = score(
        "Which bugs are blockers? I can take one. " + "The office is on the second floor. " * 10
    )
    assert padded.overall <= short.overall


def test_evidence_traces_to_spans_without_duplicates() -> None:
    reply = (
        "That sounds exhausting. Which bugs are blockers? I can take one of them so Friday holds."
    )
    result = score(reply)
    labels = [(e.dimension, e.reason, e.span) for e in result.evidence]
    assert len(labels) == len(set(labels))
    for e in result.evidence:
        assert e.span is not None and 0 <= e.span[0] < e.span[1] <= len(reply)
    total = {
        d: 45 + sum(e.points for e in result.evidence if e.dimension == d)
        for d in ("listening", "empathy", "collaboration")
    }
    assert result.listening == max(0, min(100, total["listening"]))


def test_same_reply_same_score() -> None:
    scorer = SemanticScorer()
    item = ScoreInput("Could we pilot it with one team first?", BUDGET)
    assert scorer.score(item) == scorer.score(item)


def _rank_rate(pairs: list[tuple[str, str, str, str, str]]) -> float:
    scorer = default_scorer()
    wins = 0
    for dim, partner, better, worse, _ in pairs:
        good = scorer.score(ScoreInput(better, partner))
        bad = scorer.score(ScoreInput(worse, partner))
        wins += (good.dimension(dim) if good.scored else -1) > (
            bad.dimension(dim) if bad.scored else -1
        )
    return wins / len(pairs)


def test_contrast_pairs_hold_at_the_measured_floor() -> None:
    # The measured rate is in benchmarks/README.md; this guards against regressions.
    assert _rank_rate(PAIRS) >= 0.93


def test_unscorable_probes_rank_below_every_decent_reply() -> None:
    scorer = default_scorer()
    unreadable = {"keyboard mash", "empty", "emoji only", "french", "german", "spanish"}
    for partner, decent, name, probe in PROBES:
        if name in unreadable:
            assert scorer.score(ScoreInput(decent, partner)).scored
            assert not scorer.score(ScoreInput(probe, partner)).scored, name


def test_the_conversation_treats_an_unreadable_reply_as_a_turn_that_earns_nothing() -> None:
    from roleplay.engine import Session, compile_scenario
    from roleplay.scenario import load_file

    from ..tui.helpers import BUDGET as BUDGET_FILE

    session = Session.start(compile_scenario(load_file(BUDGET_FILE)), default_scorer(), seed=1)
    result = session.reply("asdkjh qwpoeiru zxmcnvb lkjhg")
    assert result.turn == 1
    assert not result.score.scored and result.score.reason == "gibberish"
    assert result.score.overall == 0
    assert session.overall == 0


@pytest.mark.parametrize(
    ("reply", "act"),
    [
        ("If you send me the list, I'll book the rooms.", "trade"),
        ("What if we split the launch into two dates?", "proposal"),
        ("Let me call the vendor this afternoon.", "offer_help"),
        ("Which loads are priority?", "curious_question"),
    ],
)
def test_unmistakable_wording_names_an_act(reply: str, act: str) -> None:
    named = next(name for name, pattern in CUE_ACTS if pattern.search(reply))
    assert named == act
    # Whether the encoder or the wording names it, the sentence earns a constructive act.
    sentences = SemanticScorer().sentences(ScoreInput(reply, RELEASE))
    assert sentences[0].act.act in BESIDE_ACTS
