"""Near-misses that name a move someone else made, or none at all, match nothing (issue 12,
precision14 pass).

Found as false matches on the readable docs-only dev 2 sets (a kitchen's allergen check, an
architect's facade change) and checked here with hard negatives in other domains:

- a third party's word or wish on the move ("The owner said no to the satay, not me", "The
  contractor suggested bricking the ground floor", "The board wants a phased plan") is
  reported speech, NARRATIVE, and is read before owning ("Our director says we should have
  shown you samples" owns nothing of the speaker's);
- what a third party should have done ("The agent should have flagged it sooner") is blame on
  them, a DEMAND, never the speaker owning it; and owning a mistake meets accusing examples
  and demands ("Why do you always ...?", "You should have ...") 0.5 less;
- a question that puts their request back to them ("Are you asking me to let it go out without
  the sheet?") is a reflection; an offer put as a question ("Do you want me to ...?") is not;
- the speaker's past perception ("I saw the samples in the office", "I tasted the sauce at
  lunch") and a story of the last one of a kind ("On the last scheme we ...") are NARRATIVE;
- a move made to wait on a third party telling someone to ("... if the owner asks her to") is a
  condition (DEFERRAL);
- giving it at no cost ("We won't charge you for it", "no extra fee") negates no move.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_readings import defers, demands
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import (
    DEFERRAL,
    DEMAND,
    NARRATIVE,
    OWNING,
    QUESTION,
    REFLECTION,
    STATEMENT,
)
from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.nlp.negation import is_negative
from roleplay.scenario import load_text
from roleplay.scenario.lint import lint


# -- a third party's word or wish ------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The owner said no to the satay, not me.",  # hospitality
        "The contractor suggested bricking the ground floor.",  # construction
        "The planners said yes to brick on the last scheme.",  # public sector
        "The ward manager wants the rota changed by Monday.",  # health
        "Our director says we should have shown you samples.",  # reported owning
        "Procurement would rather we paid monthly.",  # sales
        "The head of HR thinks the review was handled badly.",  # HR
    ],
)
def test_a_third_partys_word_or_wish_makes_no_move(text: str) -> None:
    assert part_mood(text) == NARRATIVE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I think we could phase it over two quarters.", STATEMENT),
        ("Honestly I think we could phase it.", STATEMENT),
        ("Finance thinks 20% could work, so let's do that.", STATEMENT),
        ("We'll do what the contractor suggested.", STATEMENT),
        ("I should have shown you the samples.", OWNING),
    ],
)
def test_the_speakers_own_view_or_move_stays_a_move(text: str, expected: int) -> None:
    assert part_mood(text) == expected


# -- blame on a third party, owning against blame ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The agent should have flagged the brick question sooner.",
        "Sales ought to have asked the customer first.",
        "The night desk should have kept the caption.",
    ],
)
def test_what_a_third_party_should_have_done_is_blame(text: str) -> None:
    assert demands(text) and part_mood(text) == DEMAND


def test_what_the_speaker_should_have_done_owns_it() -> None:
    assert not demands("We should have flagged the cost back then.")
    assert part_mood("We should have flagged the cost back then.") == OWNING


KITCHEN = IntentMatcher(
    [
        IntentSpec(
            "blame_the_chef",
            (
                "You should have sent me the recipe a week ago.",
                "This is on you for leaving it to the last minute.",
                "Why do you always bring me new dishes on the day?",
                "If you'd planned ahead we wouldn't be here.",
                "Your kitchen created this rush, not me.",
            ),
        ),
        IntentSpec(
            "own_the_gap",
            (
                "I should have asked for the recipe last week.",
                "That's on me, I never set a deadline for new dishes.",
                "My mistake, I didn't tell you the sheet comes first.",
            ),
        ),
    ]
)


def test_owning_a_mistake_is_not_blaming_them() -> None:
    reply = "I should have asked you about new dishes last week, that's on me."
    assert "blame_the_chef" not in KITCHEN.matched(reply)
    assert KITCHEN.matched("You should have told me about this last week.")[:1] == (
        "blame_the_chef",
    )


# -- a question that checks what they ask ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Are you asking me to let it go out without the sheet?",
        "So you want us to redraw it for free?",
        "Are you saying Thursday would work for you?",
        "Just to check, you're asking for the whole week off?",
    ],
)
def test_a_question_that_puts_their_request_back_is_a_reflection(text: str) -> None:
    assert part_mood(text) == REFLECTION


@pytest.mark.parametrize(
    "text",
    ["Do you want me to update the matrix now?", "Could we do the sheet together at three?"],
)
def test_an_offer_put_as_a_question_stays_a_question(text: str) -> None:
    assert part_mood(text) == QUESTION


# -- the speaker's past perception, the last one of a kind -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I saw the brick samples in the office.",
        "I tasted the sauce at lunch.",
        "We read your draft on the train.",
        "On the last scheme we did the ground floor in brick.",
        "We didn't update the sheet for the last special either.",
    ],
)
def test_a_past_perception_or_the_last_one_of_a_kind_is_a_story(text: str) -> None:
    assert part_mood(text) == NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "I read your draft, and I'll sign it off today.",
        "We could brick the last two storeys.",
        "Let's not leave it to the last minute.",
    ],
)
def test_a_move_made_now_is_no_story(text: str) -> None:
    assert part_mood(text) != NARRATIVE


# -- waiting on a third party telling someone to ---------------------------------------------
def test_a_move_that_waits_on_a_third_party_asking_is_a_condition() -> None:
    assert defers("Sara will update the matrix if the owner asks her to.")
    assert part_mood("Sara will update the matrix if the owner asks her to.") == DEFERRAL
    assert not defers("I'll update the matrix if you ask me to.")


# -- giving it at no cost ----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Go ahead, we won't bill you for the facade change.",
        "We won't charge you for the extra hours.",
        "There's no extra fee for the second visit.",
    ],
)
def test_giving_it_at_no_cost_negates_nothing(text: str) -> None:
    assert not is_negative(text)


def test_refusing_to_give_it_free_still_negates() -> None:
    assert is_negative("We won't do the brick redesign for free.")


FACADE = IntentMatcher(
    [
        IntentSpec(
            "redesign_for_free",
            (
                "Fine, we'll redo the facade in brick at no extra charge.",
                "OK, we'll absorb the redesign, no fee.",
                "Go ahead, we won't bill you for the facade change.",
                "Alright, we'll redraw the elevations for free.",
            ),
        ),
        IntentSpec(
            "refuse_any_change",
            (
                "We're not changing the facade, the drawings are finished.",
                "I can't reopen the elevations two weeks before submission.",
                "A redesign at this stage is out of the question.",
            ),
        ),
    ]
)


@pytest.mark.parametrize(
    "reply",
    [
        "We won't do the brick redesign for free, not this late.",
        "Our director told me to do whatever you ask at no charge.",
        "The planners said no to brick on the last scheme, not us.",
    ],
)
def test_facade_near_misses_give_nothing_away(reply: str) -> None:
    assert "redesign_for_free" not in FACADE.matched(reply)


def test_facade_paraphrase_of_the_gift_still_matches() -> None:
    assert FACADE.matched("Sure, no fee for the brick facade, we'll make it work.")[:1] == (
        "redesign_for_free",
    )


# -- RP418 reads a near-miss as the matcher does -----------------------------------------------
_CREDIT = """
id: credit_fix
title: Lint probe
summary: A missing credit.
learner: {{role: Picture editor}}
counterpart: {{name: Sam, role: Photographer}}
intents:
  fix_credit:
    examples:
      - "I'll fix the credit on the website this morning."
      - "We'll add your credit online today."
      - "Let me put your name on the online picture right now."
      - "I'll get the credit added to the web version within the hour."
    not:
      - "{fix_not}"
  make_excuse:
    examples:
      - "The layout team did the crop, not me."
      - "It was the night desk that dropped your name."
      - "The system strips credits on crops, it wasn't a person."
    not:
      - "{excuse_not}"
  own_it:
    examples:
      - "I signed the page off, so it's on me."
      - "That was my mistake, I should have checked the caption."
      - "I dropped the ball on your credit."
start: opening
states:
  opening:
    say: Hello.
    hint: Listen.
    transitions:
      - when: {{said: fix_credit}}
        to: won
      - when: {{said: make_excuse}}
        to: lost
      - when: {{said: own_it}}
        to: won
      - to: lost
  won: {{say: Done., end: success}}
  lost: {{say: No., end: failure}}
"""


def _rp418(fix_not: str, excuse_not: str) -> list[str]:
    text = _CREDIT.format(fix_not=fix_not, excuse_not=excuse_not)
    return [d.message for d in lint(load_text(text, "credit_fix.yaml")) if d.code == "RP418"]


def test_rp418_leaves_a_near_miss_the_matcher_already_keeps_out() -> None:
    """writer9's two refusals: a condition on the lawyers' yes, and a 'but' that turns the
    excuse into owning it; the matcher hears neither as the intent, so neither contradicts."""
    assert (
        _rp418(
            "We'll add a credit online if the lawyers agree.",
            "The layout team did the crop, but I signed it off, so it's on me.",
        )
        == []
    )


def test_rp418_still_reports_a_near_miss_that_says_what_an_example_says() -> None:
    found = _rp418(
        "We'll add your credit online today.",
        "It was the night desk that dropped your name.",
    )
    assert any("near-miss 'We'll add your credit online today.'" in m for m in found)
    # the same sentence as an example: said as one line in both lists
    assert any(
        m.startswith("'It was the night desk that dropped your name.' is both an example and a")
        for m in found
    )


# -- "..., not me", "Why would we ...?", "should have let me" ----------------------------------
BUDGET = IntentMatcher(  # engineering: finance wants 30% of the budget
    [
        IntentSpec(
            "refuse_any_cut",
            (
                "We can't cut anything from this budget.",
                "I'm not giving up any of the money.",
                "No, the budget stays as it is.",
            ),
        ),
        IntentSpec(
            "offer_phased_cut",
            (
                "What if we phase the cut: part now, the rest in Q4?",
                "We could take it over two quarters instead of all at once.",
            ),
        ),
    ]
)
HOSTING = IntentMatcher(  # health: patient records must stay in the EU
    [
        IntentSpec(
            "concede_us_hosting",
            (
                "Fine, host them in the US for now and we'll migrate later.",
                "OK, go ahead with the US region temporarily.",
                "Sure, put the patient records in Virginia for a few weeks.",
            ),
        ),
        IntentSpec(
            "hold_eu_rule",
            (
                "We can't host patient records in the US, not even for a week.",
                "No, US hosting isn't possible for this customer.",
                "The records stay in the EU, full stop.",
            ),
        ),
    ]
)
STAFFING = IntentMatcher(  # HR: a side project the SVP wants built
    [
        IntentSpec(
            "cave_to_build",
            (
                "OK, we'll build the assistant this quarter.",
                "Fine, my team will build it this quarter.",
                "Sure, we can start on it next week.",
            ),
        ),
    ]
)


def test_a_report_with_a_not_me_tag_stays_a_report() -> None:
    assert part_mood("not us.") == NARRATIVE
    assert "refuse_any_cut" not in BUDGET.matched("The board said no to any cut, not us.")
    assert BUDGET.matched("No cut from me, not even 5%.")[:1] == ("refuse_any_cut",)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (HOSTING, "Why would we host patient data in the US?", "concede_us_hosting"),
        (STAFFING, "Why would we build it this quarter?", "cave_to_build"),
        (STAFFING, "Why should I put my team on it this quarter?", "cave_to_build"),
    ],
)
def test_why_would_we_is_a_no_not_the_move(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent not in matcher.matched(reply)


def test_why_wouldnt_we_still_proposes() -> None:
    assert part_mood("Why wouldn't we phase it over two quarters?") != part_mood(
        "Why would we phase it over two quarters?"
    )


def test_what_they_should_have_let_the_speaker_do_is_blame() -> None:
    assert demands("Martin should have let me get to the conclusion.")
    assert not demands("The agent should have flagged it, and I'll fix it now.")
