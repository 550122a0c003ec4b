"""Rules 310-314 (docs/scoring.md; `scoring/reassured.py`, `scoring/sincere_congrats.py`,
`scoring/warned.py`), found on the dev halves of the strategy sets (benchmarks/strategies.py)
and checked here in other domains: bare reassurance is no need played down (310), congratulations
name their news by stem (311), "you've got it good" shows no understanding (312), dismissal words
in their voice or someone else's dismiss nothing (313), a warning of what their course will cost
them is confrontation (314), their grievance or their fear said back is no blame (315).

Partners in support, health, engineering, sales, negotiation, study and parenting, with hard
negatives from other domains (a CaSiNo "you'll be fine with two waters", "you need to calm down",
"just toughen up", a refund earned by keeping the receipt, a fear of theirs reflected, an
evocative question, the speaker's own risk).
"""

from __future__ import annotations

import pytest

from roleplay.scoring.features_base import Hit
from roleplay.scoring.reassured import misread_support, reassurance_read_as_undervalue
from roleplay.scoring.warned import warning_hits

from .reasons import reasons, score

BREAKUP = "broke up with my girlfriend of four years last month and I keep checking her stories"
SCAN = "Found a lump on my neck and the ultrasound isn't for two weeks. I can't focus on anything."
INTERVIEW = "My final-round interview is tomorrow at nine and I've barely slept all week."
OUTAGE = "The outage was my change and the whole team was paged at 3am because of me."
CAMP = "We need the water more than you, we've got a toddler with us and it's going to be hot."
TEST = "I finally passed my driving test on the fourth go! I was so nervous I nearly cancelled."
JOB = "I finally got the job at the children's hospital!"
PROMO = "They moved the release to Friday again because QA found two more blockers."
BURNOUT = "I'm doing two jobs since my colleague left and I can't switch off at night."
DRINK = (
    "It's a bottle of wine most nights. My wife says I'm sharper with the kids after the second."
)
DEAL = "We need to think about the price before we commit to a three-year term."

UNDERVALUE = "played down what they need"
DISMISSED = "dismissed their feelings"
WARNED = "warned them of what it will cost"


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


def _any(said: list[str], start: str) -> bool:
    return any(r.startswith(start) for r in said)


# -- 310: reassurance is not a need played down ---------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BREAKUP, "You'll be fine! Plenty more fish in the sea, honestly."),
        (SCAN, "I'm sure it's just a cyst, you'll be fine."),
        (INTERVIEW, "Honestly, you will be okay. Everyone's nervous before a final round."),
    ],
)
def test_bare_reassurance_brushes_aside_without_playing_down_a_need(
    partner: str, reply: str
) -> None:
    said = _said(reply, partner)
    assert not _any(said, UNDERVALUE)
    assert _any(said, "brushed the feeling aside")
    # premature comfort still costs empathy, but less than a dismissal does
    dismissal = score("It's only a breakup, get over it.", partner)
    assert dismissal.empathy < score(reply, partner).empathy < 45


def test_doing_with_less_still_plays_down_their_need() -> None:
    said = _said("You'll be fine with two waters, it's only one night.", CAMP)
    assert _any(said, UNDERVALUE)
    hit = Hit("undervalue", 0, 14, "You'll be fine")
    assert reassurance_read_as_undervalue("You'll be fine.", hit)
    assert not reassurance_read_as_undervalue("You'll be fine without the firewood.", hit)


@pytest.mark.parametrize(
    ("partner", "reply", "dismisses"),
    [
        (BURNOUT, "Don't worry, it'll calm down soon once they hire.", False),
        (OUTAGE, "Things usually calm down after the postmortem.", False),
        (OUTAGE, "You need to calm down, it was one page.", True),
        (BREAKUP, "Calm down, it's been a month.", True),
    ],
)
def test_calm_down_said_of_the_situation_is_no_dismissal(
    partner: str, reply: str, dismisses: bool
) -> None:
    assert _any(_said(reply, partner), DISMISSED) is dismisses


# -- 311: congratulations on their news, by stem --------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TEST, "Congratulations on passing, that's brilliant after four tries."),
        (JOB, "Congratulations on finally getting the job!"),
        (
            PROMO.replace("They moved", "We finally moved").replace(" again", ""),
            "Congratulations on moving it, that took some pushing.",
        ),
    ],
)
def test_congratulations_on_their_news_by_stem_are_sincere(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not _any(said, "sarcasm")
    assert score(reply, partner).empathy >= 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (PROMO, "Congratulations on moving it again."),
        ("I got the job at the hospital!", "Congratulations on finally getting a job."),
        (OUTAGE, "Congratulations on breaking production."),
    ],
)
def test_congratulations_with_a_jibe_stay_sarcasm(partner: str, reply: str) -> None:
    assert _any(_said(reply, partner), "sarcasm")


# -- 312: "got it" in "you've got it good" ---------------------------------------------------
def test_their_lot_called_good_shows_no_understanding() -> None:
    said = _said("You've got it pretty good really.", BURNOUT)
    assert _any(said, DISMISSED)
    assert not _any(said, "showed you understood")
    assert _any(_said("Got it, two jobs and no cover. That's a lot.", BURNOUT), "showed you")
    text = "Honestly you've got it easy."
    at = text.index("got it")
    assert misread_support(text, Hit("understanding", at, at + 6, "got it"), BURNOUT)
    text = "Got it, thanks."
    assert not misread_support(text, Hit("understanding", 0, 6, "Got it"), BURNOUT)


# -- 313: dismissal words in their voice or someone else's ----------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            BURNOUT,
            "So part of you wants to toughen up and push through, and part of you is exhausted.",
        ),
        (BREAKUP, "Your mates keep telling you to get over it, and that makes it lonelier."),
        (OUTAGE, "You keep telling yourself to just move on, but it's still with you."),
        (SCAN, "Everyone's saying you should calm down, and that doesn't make the wait easier."),
    ],
)
def test_dismissal_words_voiced_as_theirs_or_reported_dismiss_nothing(
    partner: str, reply: str
) -> None:
    said = _said(reply, partner)
    assert not _any(said, DISMISSED)
    assert score(reply, partner).empathy > 40


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (BURNOUT, "You just need to toughen up."),
        (BREAKUP, "Honestly, get over it."),
        (OUTAGE, "Man up, everyone breaks prod once."),
    ],
)
def test_dismissal_words_said_to_them_still_dismiss(partner: str, reply: str) -> None:
    assert _any(_said(reply, partner), DISMISSED)


# -- 314: a warning of what their course will cost ------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            DRINK,
            "A bottle a night is well over the limit. If you keep this up you'll damage "
            "your liver and your marriage.",
        ),
        (BURNOUT, "This is burnout, and if you ignore it much longer you'll end up signed off."),
        (DEAL, "If you don't sign this week, you'll lose the launch pricing."),
        (OUTAGE, "Keep pushing changes at 5pm and you're going to lose the team's trust."),
        (INTERVIEW, "Carry on sleeping four hours a night and you'll fail the interview."),
    ],
)
def test_a_warning_of_what_it_will_cost_is_confrontation(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert _any(said, WARNED)
    assert score(reply, partner).overall < 40


@pytest.mark.parametrize(
    "reply",
    [
        "If you keep the receipt, you'll get a refund.",
        "Keep going like this and you'll hit the target by June.",
        "You're worried that if you keep drinking you'll lose your job.",
        "What do you think will happen if you carry on?",
        "If I don't ship it this week, I'll lose the client.",
        "If you don't want to go, you'll never have to.",
        "Part of you knows that if you keep this up, something will give.",
    ],
)
def test_no_warning_in_good_news_their_fear_a_question_or_our_own_risk(reply: str) -> None:
    assert warning_hits(reply) == []
    assert not _any(_said(reply, DRINK), WARNED)


def test_one_warning_per_reply_and_its_words() -> None:
    reply = "If you keep this up you'll lose your job. Carry on and you'll lose your family too."
    hits = warning_hits(reply)
    assert len(hits) == 1
    assert hits[0].text == "If you keep this up you'll lose"


# -- 315: their grievance or their fear said back is no blame -------------------------------
ANGER = "The bloke wound me up for weeks, everyone knows it, and I'm the one who ends up here."
ROTA = "I'm always the one covering the weekend on-call when someone drops out."
CONTRACT = "The vendor missed the deadline and legal wants to know who approved the terms."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (ANGER, "It feels unfair that you're the one sent here when you put up with him."),
        (ROTA, "So you're the one who ends up covering, every time someone drops out."),
        (DRINK, "You're worried that if you keep drinking like this, you'll lose her."),
        (OUTAGE, "Part of you knows you keep going back over that change, looking for the slip."),
        (BREAKUP, "You keep telling yourself it's over, and you still check her stories."),
    ],
)
def test_their_grievance_or_fear_said_back_is_no_blame(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not _any(said, "blamed them")


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CONTRACT, "You're the one who signed it."),
        (ANGER, "You're the one who punched the wall."),
        (DRINK, "You keep ignoring what your wife is telling you."),
    ],
)
def test_blame_that_is_not_theirs_stays_blame(partner: str, reply: str) -> None:
    assert _any(_said(reply, partner), "blamed them")


# -- 316: a hardship said of a kind of thing is a platitude ----------------------------------
DEBT = "I've got three credit cards maxed and my husband doesn't know how bad it is."
THESIS = "My dissertation's due in three weeks and I've written nine hundred words."
TEEN = "My daughter's sixteen and she won't talk to me, door shut, headphones on."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DEBT, "I understand. Money is stressful for everyone. I hear you."),
        (THESIS, "I understand. University is stressful. That's valid."),
        (TEEN, "I hear you. Teenagers are hard. I understand."),
    ],
)
def test_a_platitude_about_a_kind_of_thing_leaves_the_stock_share(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert any("partial credit" in r for r in said if r.startswith(("showed you", "acknow")))
    assert not any(
        r.startswith(("showed you understood", "acknowledged it's hard"))
        and "partial credit" not in r
        and "diminishing" not in r
        for r in said
    )
    assert score(reply, partner).empathy < 60


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DEBT, "I understand. Three maxed cards is stressful, and hiding it is harder."),
        (DEBT, "Debt is stressful, especially when you're carrying it on your own."),
        (TEEN, "Sixteen is hard, for her and for you."),
    ],
)
def test_a_hardship_of_theirs_still_engages(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not any("said of anyone" in r or "partial credit" in r for r in said)
    assert score(reply, partner).empathy >= 50


# -- 317: their act explained away as care for them ------------------------------------------
DENTISTRY = "My parents have decided I'm doing dentistry and won't listen. Dad just left the room."
REMOVED = "My manager took me off the project and didn't tell me, I found out on Slack."
BANNED = "The mods deleted my post again and won't say why."
DEFENDED = "took the side of the one they're hurt by"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DENTISTRY, "Your parents are just looking out for you."),
        (REMOVED, "He's probably only trying to protect you from the politics."),
        (BANNED, "The mods are just being careful, honestly."),
        (DENTISTRY, "Your dad only wants what's best for you."),
    ],
)
def test_their_act_explained_away_as_care_takes_that_side(partner: str, reply: str) -> None:
    assert _any(_said(reply, partner), DEFENDED)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DENTISTRY, "I'm just looking out for you here."),
        (REMOVED, "Your manager is looking for a new lead, maybe that's why."),
        ("Here's the rota for next month, can you check it?", "He's just looking out for you."),
    ],
)
def test_care_of_the_speaker_or_no_grievance_takes_no_side(partner: str, reply: str) -> None:
    assert not _any(_said(reply, partner), DEFENDED)


# -- 318: "stop worrying" brushes the feeling aside, like "don't worry" ----------------------
INSPECTION = "The inspection is next week and my year 9s are a nightmare at the moment."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (INSPECTION, "You'll be brilliant, stop worrying."),
        (SCAN, "Just stop stressing until the results are in."),
        (INTERVIEW, "Stop overthinking it, you'll smash it."),
    ],
)
def test_stop_worrying_brushes_the_feeling_aside(partner: str, reply: str) -> None:
    assert _any(_said(reply, partner), "brushed the feeling aside")


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (INSPECTION, "He keeps telling you to stop worrying, which doesn't help."),
        (SCAN, "You can't stop worrying about it, and that's exhausting."),
        (INTERVIEW, "It's hard to stop overthinking the night before."),
    ],
)
def test_a_worry_they_cannot_stop_is_not_brushed_aside(partner: str, reply: str) -> None:
    assert not _any(_said(reply, partner), "brushed the feeling aside")


# -- 319: more wordings that dismiss ---------------------------------------------------------
DUMPED = "My boyfriend of two years ended things over text last night and I can't stop crying."
ROTA_CHANGE = "They changed the rota again without asking and I've lost both my Saturdays."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DUMPED, "Just be grateful you had two good years."),
        (DUMPED, "Stop feeling sorry for yourself."),
        (ROTA_CHANGE, "Get some perspective, it's two Saturdays."),
        (SCAN, "Worrying won't change the result."),
        (ROTA_CHANGE, "Complaining isn't going to fix the rota."),
        (DUMPED, "There are worse things."),
        (OUTAGE, "You should be grateful it wasn't a data loss."),
    ],
)
def test_more_wordings_dismiss(partner: str, reply: str) -> None:
    assert _any(_said(reply, partner), DISMISSED)
    assert score(reply, partner).overall < 40


def test_laughing_about_it_one_day_brushes_aside() -> None:
    assert _any(_said("You'll laugh about this one day.", DUMPED), "brushed the feeling aside")


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (DUMPED, "I'm grateful you told me, that can't have been easy to type."),
        (DUMPED, "Be grateful for the friends who showed up last night, they clearly love you."),
        (DUMPED, "Your mum keeps telling you to be grateful, and that makes it worse."),
        (SCAN, "Worrying about it all day is exhausting."),
        (ROTA_CHANGE, "Part of you wants to get some perspective, and part of you is just angry."),
    ],
)
def test_gratitude_perspective_and_worry_that_dismiss_nothing(partner: str, reply: str) -> None:
    assert not _any(_said(reply, partner), DISMISSED)


# -- 320: "just <do it>" is advice when nothing is claimed -----------------------------------
MONEY_NIGHTS = "I can't sleep, I'm up at 3am every night worrying about money."
REWRITES = "My team lead keeps rewriting my pull requests after I've merged them."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (MONEY_NIGHTS, "Just get up and read for a bit."),
        (MONEY_NIGHTS, "Just make a budget."),
        (REWRITES, "Honestly, just go to his manager."),
    ],
)
def test_just_do_it_advice_is_advice_not_a_need_played_down(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not _any(said, UNDERVALUE)
    assert _any(said, "made it sound easy")
    assert _any(said, "jumped to advice") or _any(said, "this sentence jumps to advice")
    assert score(reply, partner).collaboration >= 40


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (CAMP, "Just boil the stream water."),
        ("Can I have the van on Friday? We need it for the Leeds install.", "Just get a taxi."),
        (MONEY_NIGHTS, "Just get another job, I need the spare room back by June."),
    ],
)
def test_just_do_it_still_plays_down_a_need_when_one_is_claimed(partner: str, reply: str) -> None:
    assert _any(_said(reply, partner), UNDERVALUE)


# -- 321: labelling them attacks their view ----------------------------------------------
WEEKENDS = "I only drink at weekends really, it's not like I need it. My wife exaggerates."
SLIPPED = "The deadline slipped because QA found the bugs late, not because of my team."
ATTACKED = "attacked their view"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (WEEKENDS, "You're in denial."),
        (WEEKENDS, "Honestly, you're an alcoholic."),
        (SLIPPED, "You're making excuses."),
        (SLIPPED, "That's just an excuse, the team missed it."),
        (WEEKENDS, "Come on, you clearly have a drinking problem."),
    ],
)
def test_labelling_them_attacks_their_view(partner: str, reply: str) -> None:
    assert _any(_said(reply, partner), ATTACKED)
    assert score(reply, partner).overall < 40


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (WEEKENDS, "You're worried you might be in denial about it."),
        (SLIPPED, "It's not an excuse, it's a reason, and it's one nobody upstream wants to hear."),
        (WEEKENDS, "Your wife sees it one way and you see it another."),
    ],
)
def test_denial_or_excuses_named_as_their_worry_or_denied_attack_nothing(
    partner: str, reply: str
) -> None:
    assert not _any(_said(reply, partner), ATTACKED)
