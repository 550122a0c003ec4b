"""Issue 11, rules 203-205 and 207-209 (docs/scoring.md): advice on a condition is no trade, and their effort
named is no blame.

- 203: "Therapy can really help if you give it a chance": a claim about what works on a condition
  of theirs, with no speaker to give anything back, earns no `offered a trade`;
- 204: "you're the one putting in the extra hours / who stays late" names their effort and
  blames nothing; "you're the one who broke the build" still blames;
- 205: telling them to stop feeling it ("stop panicking", "stop moaning") or that it is (mostly)
  in their head dismisses their feelings; "What helps you stop panicking?" does not;
- 206: measured and not kept (docs/scoring.md);
- 207: asking which option they would choose ("Which of the three would you most want to hand
  back?") invites them to shape the solution;
- 208: "to go on" ("isn't much to go on", "can't go on like this") is no invitation to say more,
  and so no negated one; "Go on." still is;
- 209: "you may / might / could have brought this on yourself" blames, as "you've brought it on
  yourself" did. (204 also covers "you're the one being singled out".)

Partners in counselling, health, engineering, HR, retail and the public sector, with hard
negatives that keep each reading.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

THERAPY = "i dont see the point of therapy, my mum made me come"
GYM = "I signed up for the gym in January and I've been twice."
ROTA = "I've covered every bank holiday shift this year and nobody else has done one."
TEAM = "My boss says I'm not a team player but I'm the one who stays late every night."
SUPPLIER = "Your last three deliveries were late and we lost a customer over it."
COUNCIL = "The bins on our street haven't been collected for three weeks."


def _said(reply: str, partner: str) -> list[str]:
    return reasons(score(reply, partner))


def _trades(reply: str, partner: str) -> bool:
    return any(r.startswith("offered a trade") for r in _said(reply, partner))


def _blames(reply: str, partner: str) -> bool:
    return any(r.startswith("blamed them") for r in _said(reply, partner))


# -- 203 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (THERAPY, "Therapy can really help if you give it a chance, so try to keep an open mind."),
        (GYM, "It gets easier if you give it a few weeks."),
        (COUNCIL, "It usually gets sorted if you take it to your councillor."),
    ],
)
def test_advice_on_a_condition_of_theirs_is_no_trade(partner: str, reply: str) -> None:
    assert not _trades(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (THERAPY, "If you give it two sessions, I'll stop asking you to come."),
        (SUPPLIER, "If you give us one more month, we'll deliver free until it's fixed."),
        (ROTA, "If you take Christmas off, I'll cover New Year for you."),
    ],
)
def test_a_condition_with_the_speaker_giving_back_is_still_a_trade(
    partner: str, reply: str
) -> None:
    assert _trades(reply, partner)


# -- 204 -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TEAM, "It stings to be called that when you're the one putting in the extra hours."),
        (ROTA, "You're the one who covered every bank holiday, that's not fair."),
        (COUNCIL, "You're the one picking up the slack for the whole street."),
    ],
)
def test_their_effort_named_is_no_blame(partner: str, reply: str) -> None:
    assert not _blames(reply, partner)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (TEAM, "Well, you're the one who keeps missing standup."),
        (SUPPLIER, "You're the one who changed the order twice."),
        (ROTA, "You're the one who held the rota up for a week."),
    ],
)
def test_you_are_the_one_who_did_wrong_still_blames(partner: str, reply: str) -> None:
    assert _blames(reply, partner)


# -- 205 -----------------------------------------------------------------------------------------
AF = "Diagnosed with paroxysmal AF last week. Every time my heart does anything I think this is it."
PILLS = "week 3 on sertraline for anxiety and i feel worse than before i started."
JOBS = "63 applications, 0 offers, and my mum keeps sending me jobs at tesco."
STAGE = "I can't stop panicking before every presentation."


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (AF, "You're not going to die from AF, stop panicking and get back on the bike."),
        (PILLS, "Anxiety is mostly in your head, you'd be fine without pills."),
        (JOBS, "lol your mum's right, just take the Tesco job and stop moaning."),
        (ROTA, "Stop making a fuss, someone has to do the bank holidays."),
    ],
)
def test_telling_them_to_stop_feeling_it_dismisses(partner: str, reply: str) -> None:
    assert any(r.startswith("dismissed their feelings") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (STAGE, "What helps you stop panicking once it starts?"),
        (STAGE, "You can't stop panicking, and it starts before you even stand up."),
        (PILLS, "Three weeks of feeling worse must be playing on your mind."),
        (JOBS, "I'd never stop moaning either after 63 of them."),
    ],
)
def test_their_panic_or_their_mind_named_is_no_dismissal(partner: str, reply: str) -> None:
    assert not any(r.startswith("dismissed their feelings") for r in _said(reply, partner))


def test_a_trade_typed_without_apostrophes_is_still_a_trade() -> None:
    assert _trades("If you want the firewood then im getting another water", "Food is my top pick.")


# -- 207 -----------------------------------------------------------------------------------------
FAIR = (
    "I said yes to running the school fair, doing the choir's accounts and walking my "
    "neighbour's dog, and now I'm up at 2am on spreadsheets resenting all of it."
)


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FAIR, "Which of the three would you most want to hand back, if you could?"),
        (ROTA, "Which bank holidays would you want to keep?"),
        (SUPPLIER, "Which of the orders should we move first?"),
    ],
)
def test_asking_which_option_they_would_choose_invites_them(partner: str, reply: str) -> None:
    assert any(r.startswith("invited them to shape") for r in _said(reply, partner))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (FAIR, "Which of the three did you agree to first?"),
        (SUPPLIER, "Which driver was on the route?"),
    ],
)
def test_asking_which_one_happened_is_no_invitation(partner: str, reply: str) -> None:
    assert not any(r.startswith("invited them to shape") for r in _said(reply, partner))


def test_the_one_singled_out_is_no_blame() -> None:
    reply = "About twenty of you followed the marshal, and you're the one being singled out for it."
    assert not _blames(
        reply, "I'm not handing back my medal because the committee wants an example."
    )
    assert _blames("You're the one being difficult here.", ROTA)


# -- 208-209 -------------------------------------------------------------------------------------
AF_ADVICE = "Cardiologist says I can keep riding but to 'listen to my body'. What does that mean??"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (
            AF_ADVICE,
            "'Listen to your body' isn't much to go on when your body has just scared you.",
        ),
        (COUNCIL, "That's not enough to go on."),
        (ROTA, "It can't go on like this for you."),
    ],
)
def test_to_go_on_is_no_invitation_to_say_more(partner: str, reply: str) -> None:
    said = _said(reply, partner)
    assert not any(r.startswith("negated a supportive phrase") for r in said)
    assert not any(r.startswith("invited them to say more") for r in said)


@pytest.mark.parametrize("reply", ["Go on.", "Right. Please, go on."])
def test_go_on_alone_still_invites_them(reply: str) -> None:
    assert any(r.startswith("invited them to say more") for r in _said(reply, ROTA))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (AF_ADVICE, "You may have brought this on yourself with all that training."),
        (GYM, "You might have brought it on yourself by skipping the warm-ups."),
        (SUPPLIER, "You could have brought this on yourself with the late orders."),
    ],
)
def test_brought_it_on_yourself_with_a_modal_blames(partner: str, reply: str) -> None:
    assert _blames(reply, partner)
