"""Constructs of the fourth semantic pass (issue 11): what counselling, emotional support, online
disputes and health forums need from the scorer. Each test failed before its fix."""

from __future__ import annotations

from roleplay.scoring import Score, ScoreInput
from roleplay.scoring.semantic import SemanticScorer

BREAKUP = (
    "My boyfriend broke up with me over text after three years. I can't stop checking his profile."
)
FRIEND = "My best friend stopped replying to my messages and I don't know what I did."
EXAMS = "My exams start next week and I feel like I haven't learned anything."
PRESSURE = "I was told my blood pressure is high and I'm only 31. I'm scared of a stroke."
PHOTO = "I've asked three times on this talk page why the photo was replaced and nobody answers."
MERGE = "You merged my article into a bigger one without discussing it first."


def score(reply: str, partner: str) -> Score:
    return SemanticScorer().score(ScoreInput(reply, partner))


def acts(reply: str, partner: str) -> list[str]:
    return [s.act.act for s in SemanticScorer().sentences(ScoreInput(reply, partner))]


def reasons(result: Score) -> str:
    return "\n".join(e.reason for e in result.evidence)


def test_a_so_you_restatement_is_a_reflection_not_blame() -> None:
    reply = "So you keep looking, hoping it'll make sense."
    assert acts(reply, BREAKUP) == ["reflection"]
    result = score(reply, BREAKUP)
    assert "blamed them" not in reasons(result)
    assert "didn't engage" not in reasons(result)
    assert result.listening > 45


def test_a_so_opening_that_advises_is_not_a_reflection() -> None:
    assert "reflection" not in acts("So you should just block him everywhere.", BREAKUP)


def test_affirming_their_care_is_not_an_attack() -> None:
    result = score("You clearly care about this friendship a lot.", FRIEND)
    assert "attacked their view" not in reasons(result)
    assert result.empathy > 45
    # "you clearly" before a judgement still is one
    assert "attacked their view" in reasons(score("You clearly didn't read the page.", MERGE))


def test_an_affirmation_about_the_speaker_is_not_one() -> None:
    reply = "I would have been able to bring more with me, but my father got rid of what he had."
    assert "affirmation" not in acts(reply, "I need the firewood most.")


def test_a_condition_is_not_playing_down_their_need() -> None:
    reply = "If you can find a freely licensed copy of the old photo, I'd support putting it back."
    result = score(reply, PHOTO)
    assert "played down" not in reasons(result) and "plays down" not in reasons(result)
    assert result.collaboration > 45
    # without the condition it still is
    assert "played down" in reasons(score("You can easily find another photo.", PHOTO))


def test_a_general_fact_that_shares_their_words_is_not_a_reflection() -> None:
    result = score("Cutting salt can lower blood pressure by several points.", PRESSURE)
    assert "restates their point" not in reasons(result)
    assert score("That's a scary thing to hear at 31.", PRESSURE).empathy > result.empathy


def test_a_specific_acknowledgement_engages_with_them() -> None:
    for reply, partner in (
        ("You clearly care about this friendship a lot.", FRIEND),
        ("That panic before exams is horrible.", EXAMS),
    ):
        result = score(reply, partner)
        assert "didn't engage" not in reasons(result)
        assert "partial credit" not in reasons(result)
    # a generic one still earns partial credit only
    assert "partial credit" in reasons(score("That sounds really hard.", EXAMS))


def test_a_question_gives_advice_only_by_its_wording() -> None:
    partner = "Our checkout was down for six hours on Black Friday."
    assert acts("What do you need most from us before tomorrow?", partner) == ["curious_question"]
    assert acts("Have you tried restarting the servers?", partner) == ["advice"]


def test_a_polite_put_down_is_hostile() -> None:
    result = score("Maybe read the policy properly before you edit the page again.", MERGE)
    assert result.collaboration <= 30 and result.same_side == "across"
    assert score("Sorry for not discussing it.", MERGE).overall > result.overall


BIOPSY = "Biopsy on Thursday. They found a lump and I can't stop shaking."


def test_a_specific_well_wish_is_empathy_a_fact_is_not() -> None:
    wish = score("Hope your results come back clear.", BIOPSY)
    assert "partial credit" not in reasons(wish) and "didn't engage" not in reasons(wish)
    for fact in ("Most lumps turn out to be cysts.", "My biopsy took about twenty minutes."):
        assert wish.empathy > score(fact, BIOPSY).empathy, fact
    assert "offered support" in reasons(score("Sending you big hugs.", BIOPSY))


def test_the_speakers_own_story_is_not_a_restatement_nor_empathy() -> None:
    result = score("My biopsy took about twenty minutes.", BIOPSY)
    assert "restates their point" not in reasons(result)
    assert not any(e.dimension == "empathy" and e.points > 0 for e in result.evidence)


def test_a_general_statement_earns_no_empathy_for_their_words() -> None:
    result = score("Most lumps turn out to be cysts.", BIOPSY)
    assert not any(e.dimension == "empathy" and e.points > 0 for e in result.evidence)
    # their words in a sentence about them still count
    assert any(
        e.dimension == "empathy" and e.points > 0
        for e in score("Your biopsy is on Thursday, then.", BIOPSY).evidence
    )


def test_acknowledging_then_owning_a_different_view_is_not_a_yes_but() -> None:
    partner = "We should ban cars from the city centre."
    owned = score("I see your point, but I think the deliveries need a plan first.", partner)
    assert "acknowledged, then" not in reasons(owned)
    flat = score("I see your point, but the deliveries need a plan first.", partner)
    assert "acknowledged, then" in reasons(flat)


def test_a_request_put_as_a_question_does_not_play_down_their_need() -> None:
    partner = (
        'Honestly, when Martin turned to me and asked "so what is the answer?", I didn\'t have one '
        "either. And I was planning to put you forward for the lead analyst role this cycle."
    )
    reply = (
        "I'm sorry that put you on the spot. Would you be willing to go through my next deck "
        "with me before it goes anywhere near the execs?"
    )
    assert "plays down" not in reasons(score(reply, partner))


PROMOTION = "I didn't get the promotion I worked towards for two years."


def test_minimising_is_dismissal_not_a_restatement() -> None:
    for reply in (
        "Honestly, you're better off without it, so just forget about it.",
        "There's nothing you can do about the promotion now, so try not to think about it.",
    ):
        result = score(reply, PROMOTION)
        assert acts(reply, PROMOTION) == ["dismissal"], reply
        assert "restates their point" not in reasons(result)
        assert score("Two years of work and they passed you over.", PROMOTION).empathy > (
            result.empathy
        )


SON = (
    "I've been arguing with my son every night about his phone, and last night he said he hates me."
)


def test_an_instruction_is_advice_and_its_pick_up_of_their_words_is_not_empathy() -> None:
    result = score("Take the phone away at nine every night.", SON)
    assert acts("Take the phone away at nine every night.", SON) == ["advice"]
    assert result.listening < 45
    assert not any(e.dimension == "empathy" and e.points > 0 for e in result.evidence)
    for reply in ("Take care of yourself tonight.", "Tell me more about last night."):
        assert "advice" not in acts(reply, SON), reply


CENSUS = (
    "I've reverted your change to the lead. The population figure you added comes from a 2009 "
    "census and there's a newer one."
)


def test_a_put_down_in_polite_words_is_hostile_by_its_wording() -> None:
    for reply in (
        "Maybe learn how census data works before reverting people.",
        "You've been here a week, you don't get to lecture me on sources.",
    ):
        result = score(reply, CENSUS)
        assert result.collaboration <= 30 and result.same_side == "across", reply
    # advice to read something is not a put-down without the "before you may speak"
    assert "condescension" not in acts("Maybe read the 2021 table, it has both figures.", CENSUS)


def test_going_with_their_version_on_a_condition_is_a_trade() -> None:
    reply = "I'm happy to go with the newer census if we footnote the old one."
    assert acts(reply, CENSUS) == ["trade"]
    assert score(reply, CENSUS).collaboration > 45
    assert acts("I'm fine with the newer figure.", CENSUS) == ["concession"]


def test_sympathy_taken_back_by_blame_after_but_earns_nothing() -> None:
    taken = score("I'm so sorry, but you probably saw it coming if you're honest.", BREAKUP)
    assert "blamed them" in reasons(taken)
    assert score("Three years is a long time to lose in one message.", BREAKUP).empathy > (
        taken.empathy
    )
    # no one is blamed here
    assert "blamed them" not in reasons(score("Nobody saw it coming, not even me.", BREAKUP))
