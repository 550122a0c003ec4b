"""Unit tests for the features: what is found, where, and what context does to it."""

from __future__ import annotations

from roleplay.scoring import LexicalScorer, ScoreInput
from roleplay.scoring.features import extract
from roleplay.scoring.lexicon import load_lexicon
from roleplay.scoring.text import is_negated, prepare

LEX = load_lexicon()


def features(
    reply: str, partner: str = "", key_points: tuple[str, ...] = (), emotion: str | None = None
) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for h in extract(ScoreInput(reply, partner, key_points, emotion), LEX):
        found.setdefault(h.feature, []).append(h.text)
    return found


# ---- negation ------------------------------------------------------------------------------
def test_i_dont_care_how_you_feel_is_dismissal_not_reflection() -> None:
    f = features("I don't care how you feel.")
    assert "dismissal" in f
    assert "negated_support" in f
    assert "reflection" not in f


def test_negated_understanding_flips() -> None:
    f = features("I don't understand why you are upset.")
    assert "understanding" not in f
    assert "negated_support" in f


def test_negation_scope_stops_at_clause_break() -> None:
    text = prepare("No, I understand.")
    start = text.plain.index("understand")
    assert not is_negated(text, start)
    assert "understanding" in features("No, I understand.")


def test_not_your_fault_is_validation_not_blame() -> None:
    f = features("It's not your fault.")
    assert "validation" in f
    assert "blame" not in f


def test_i_dont_need_is_generosity() -> None:
    assert "generosity" in features("I don't need the water, you can have it.")


# ---- "but" handling ---------------------------------------------------------------------------
def test_i_understand_but_hard_no_erases_acknowledgement() -> None:
    f = features("I understand, but no way.")
    assert "understand_but_no" in f
    assert "understanding" not in f
    assert "hard_no" in f


def test_i_understand_but_ultimatum_in_next_sentence() -> None:
    f = features("I understand your concern. But take it or leave it.")
    assert "understand_but_no" in f


def test_soft_but_keeps_acknowledgement() -> None:
    f = features("I understand, but I'd like to keep one water if possible.")
    assert "understanding" in f
    assert "yes_but" in f
    assert "understand_but_no" not in f


# ---- sarcasm ---------------------------------------------------------------------------------
def test_sarcasm_cancels_warm_words_in_its_sentence() -> None:
    f = features("Oh great, I totally understand how hard your life is.")
    assert "sarcasm" in f
    assert "understanding" not in f


def test_sincere_great_is_not_sarcasm() -> None:
    assert "sarcasm" not in features("That's great news, congratulations!")


def test_sarcasm_thanks_a_lot_is_not_appreciation() -> None:
    f = features("Thanks a lot.")
    assert "sarcasm" in f
    assert "appreciation" not in f


# ---- questions -------------------------------------------------------------------------------
def test_open_question() -> None:
    f = features("What matters most to you here?")
    assert "open_question" in f
    assert "interest_question" in f


def test_closed_question() -> None:
    f = features("Is Friday a hard date?")
    assert "closed_question" in f
    assert "open_question" not in f


def test_question_without_question_mark() -> None:
    assert "open_question" in features("what do you need the most")


def test_how_about_is_an_offer_not_an_open_question() -> None:
    f = features("How about I take two and you take one?")
    assert "open_question" not in f
    assert "option" in f


def test_loaded_question_gets_no_question_credit() -> None:
    f = features("Are you serious?")
    assert "loaded_question" in f
    assert "closed_question" not in f


def test_follow_up_uses_partner_words() -> None:
    f = features("Which deadline worries you most?", partner="QA keeps missing the deadline.")
    assert "follow_up" in f


# ---- reflections, paraphrase, key points, quoting --------------------------------------------
def test_reflection_opener() -> None:
    assert "reflection" in features("It sounds like the board is pushing hard.")


def test_paraphrase_groups_partner_words_into_a_phrase() -> None:
    f = features("Cutting the Q3 budget is hard.", partner="I need 30% out of your Q3 budget.")
    assert f["paraphrase"] == ["Q3 budget"]


def test_key_points_covered_and_missed() -> None:
    kps = ("30%", "Q3 budget", "board", "Friday")
    f = features("So 30% of Q3 budget by Friday?", key_points=kps)
    assert sorted(f["key_point"]) == ["30%", "Friday", "Q3 budget"]
    assert "missed_key_points" in features("Okay.", key_points=kps)


def test_quoted_ultimatum_does_not_count_against_you() -> None:
    f = features('You said "take it or leave it" earlier, and I want to avoid that.')
    assert "ultimatum" not in f
    assert "reflection" in f


def test_quoting_partner_words_is_listening() -> None:
    f = features(
        'When you say "freezing at night", how cold is it?', partner="It gets freezing at night."
    )
    assert "quoted_partner" in f


def test_polite_but_ignoring() -> None:
    """Thanks and good wishes are seen as politeness, but a reply that ignores what the partner
    said earns no listening credit, and scores lower on listening than one that takes it up."""
    partner = "The release is slipping because QA found twelve critical bugs."
    polite = "Thanks for the update, have a great weekend!"
    f = features(polite, partner=partner)
    assert "appreciation" in f
    assert not set(f) & {
        "paraphrase",
        "reflection",
        "follow_up",
        "open_question",
        "interest_question",
        "elaboration_invite",
    }
    scorer = LexicalScorer(LEX)
    score = scorer.score(ScoreInput(polite, partner))
    assert not [e for e in score.evidence if e.dimension == "listening" and e.points > 0]
    heard = scorer.score(ScoreInput("So QA found twelve critical bugs. How bad is it?", partner))
    assert heard.listening > score.listening


def test_ignored_partner_when_nothing_engages() -> None:
    f = features(
        "We should plan the offsite.",
        partner="The release is slipping because QA found twelve critical bugs.",
    )
    assert "ignored_partner" in f


# ---- collaboration cues ----------------------------------------------------------------------
def test_imperious_we() -> None:
    f = features("We are doing it my way, end of discussion.")
    assert "imperious_we" in f
    assert "joint_framing" not in f


def test_joint_we() -> None:
    f = features("Let's work out a plan together.")
    assert "joint_framing" in f
    assert "invitation" in f


def test_ultimatums() -> None:
    for reply in ("Take it or leave it.", "This is my final offer.", "That's non-negotiable."):
        assert "ultimatum" in features(reply), reply


def test_blame_and_you_people() -> None:
    assert "blame" in features("This is your fault.")
    assert "you_people" in features("You people never listen.")


def test_apology_and_sympathy() -> None:
    assert "apology" in features("I apologise, I should have told you sooner.")
    assert "sympathy" in features("I'm sorry to hear that.")
    assert "apology" not in features("I'm sorry to hear that.")


# ---- emotion labelling -----------------------------------------------------------------------
def test_emotion_label_is_theirs_not_mine() -> None:
    assert "emotion_label" in features("You sound frustrated.")
    assert "emotion_label" not in features("I am frustrated.")


def test_emotion_match_with_state_emotion() -> None:
    f = features("That sounds stressful.", emotion="pressured")
    assert "emotion_match" in f


def test_emotion_match_with_partner_feeling() -> None:
    f = features("You must be exhausted.", partner="I'm so tired of these night shifts.")
    assert "emotion_match" in f


def test_apostrophes_are_optional() -> None:
    assert "difficulty" in features("thats terrible")
    assert "dismissal" in features("i dont care")


def test_cue_patterns_are_lower_case() -> None:
    # Patterns run on ASCII-lower-cased text without re.IGNORECASE (speed), so they must be
    # written in lower case.
    from roleplay.scoring.lexicon import read_package_json

    for name, raw in read_package_json("cues.json")["features"].items():
        for pattern in raw.get("patterns", []):
            assert pattern == pattern.lower(), (name, pattern)


def test_upper_case_reply_still_matches() -> None:
    assert "ultimatum" in features("TAKE IT OR LEAVE IT.")


def test_the_country_us_is_not_joint_framing() -> None:
    from roleplay.scoring import LexicalScorer
    from roleplay.scoring.types import ScoreInput

    scorer = LexicalScorer()
    country = scorer.score(ScoreInput("Host the data in the US region."))
    shared = scorer.score(ScoreInput("Host the data with us in one region."))
    assert not any("framed it as shared" in e.reason for e in country.evidence)
    assert any("framed it as shared" in e.reason for e in shared.evidence)


def test_cue_parts_are_put_in_place_and_a_typo_fails() -> None:
    """cues.json writes a list of words several cues share once, in `parts`, and a pattern names
    it as {name}: every name is known, no loaded pattern keeps a brace of a name, and a typo
    fails the load instead of becoming a pattern that looks for braces."""
    import re

    import pytest

    from roleplay.scoring.lexicon import read_package_json, with_parts

    cues = read_package_json("cues.json")
    parts = cues["parts"]
    named = 0
    for raw in cues["features"].values():
        patterns = list(raw.get("patterns", []))
        named += sum("{" in p for p in patterns)
        assert not any(re.search(r"\{[a-z_]+\}", p) for p in with_parts(patterns, parts))
    assert named >= 2  # the parts are in use
    assert with_parts(["sounds {degree}bad"], {"degree": "(?:so )?"}) == ["sounds (?:so )?bad"]
    assert with_parts(["a{2,3}"], {}) == ["a{2,3}"]  # a count is no part
    with pytest.raises(ValueError, match="hardshp"):
        with_parts(["must be {hardshp}"], parts)
    assert "difficulty" in features("that must have felt really gutting")
    assert "difficulty" in features("it sounds so lonely")
