"""Issue 11, rules 126-128 and 132 (docs/scoring.md): a stall is no next step; blame, dismissal,
sarcasm and a closed mind in new words.

Found by the lead's gaming probe on eight partner lines nobody tuned on: "I understand your
concern. Let's circle back on that next quarter." scored 78, beside the table, above every plain
decent reply ("Let's" plus a time read as a concrete next step and as an answer to their
request), and "I understand how you feel, and honestly you brought this on yourself." scored 63
(the blame was not read). Partners in engineering, procurement, healthcare, HR, housing, sales
and an online community; the hard negatives are returns with something to bring, meetings set
to solve it, and "on you" that hands them a choice.
"""

from __future__ import annotations

import pytest

from .reasons import reasons, score

VENDOR = "Procurement wants us to switch to the cheaper vendor, but their API failed our load test twice."
ROTA = "The new rota has me on every bank holiday this year. Can you fix it?"
PAIN = "I've had chest pains on and off for a week and my GP can't see me until the 20th."
DEPOSIT = "My landlord kept my whole deposit for 'cleaning' even though I paid for a cleaner."
PRICE = "Your renewal quote is 30% up on last year. We need a better number by Friday."
WIKI = "You reverted my edit three times without discussing it on the talk page."

STALLS = [
    (VENDOR, "I understand your concern. Let's circle back on that next quarter."),
    (ROTA, "I hear you. We'll revisit the rota in the new year."),
    (PRICE, "I totally understand. Let's park this for now and pick it up after the holidays."),
    (WIKI, "I see where you're coming from. Let's take this offline at some point."),
    (DEPOSIT, "That's really frustrating. Let's put a pin in it and come back to it later."),
]


@pytest.mark.parametrize(("partner", "reply"), STALLS)
def test_a_stall_after_an_acknowledgement_is_a_put_off(partner: str, reply: str) -> None:
    result = score(reply, partner)
    said = reasons(result)
    assert [r for r in said if r.startswith("acknowledged, then put it off")]
    assert not [r for r in said if "concrete next step" in r or "concrete commitment" in r]
    assert result.same_side != "beside"
    assert result.collaboration <= 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (VENDOR, "Let's circle back on that next quarter."),
        (PRICE, "We can revisit the number next year."),
        (ROTA, "Let's look at it again when things calm down."),
    ],
)
def test_a_bare_stall_earns_no_next_step(partner: str, reply: str) -> None:
    result = score(reply, partner)
    said = reasons(result)
    assert not [r for r in said if "next step" in r or "proposes" in r or "shared" in r]
    assert result.collaboration <= 45


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (VENDOR, "I hear you. I'll circle back by Friday with the vendor's retest results."),
        (ROTA, "I understand. Let's revisit the rota with the ward manager on Thursday."),
        (PRICE, "Fair. I'll come back to you tomorrow with a number that holds for two years."),
        (PAIN, "That's worrying. Please ring 111 today, and let's check in again tomorrow."),
    ],
)
def test_a_return_with_something_to_bring_is_a_step(partner: str, reply: str) -> None:
    result = score(reply, partner)
    said = reasons(result)
    assert not [r for r in said if r.startswith("acknowledged, then put it off")]
    assert result.same_side != "across"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (VENDOR, "I understand how you feel, and honestly you brought this on yourself."),
        (PAIN, "I'm sorry, but you only have yourself to blame."),
        (WIKI, "It serves you right for skipping the talk page."),
        (ROTA, "You made your bed with that contract."),
        (PRICE, "You did this to yourself by signing a one-year deal."),
    ],
)
def test_blame_in_idioms_is_blame(partner: str, reply: str) -> None:
    result = score(reply, partner)
    assert [r for r in reasons(result) if r.startswith("blamed them")]
    assert result.same_side == "across"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # "on you" hands them a choice as often as it blames them: no blame by itself
        (ROTA, "Which bank holidays matter most? The choice is on you, and I'll fix the rest."),
        (DEPOSIT, "Whether to go to the tribunal, that's on you; I'll help with the letter."),
        (PAIN, "Be kind to yourself: a week of chest pain is frightening. Can you ring 111 today?"),
        (DEPOSIT, "You did everything right by paying a cleaner. Do you have the receipt?"),
    ],
)
def test_no_blame_without_the_idiom(partner: str, reply: str) -> None:
    assert not [r for r in reasons(score(reply, partner)) if r.startswith("blamed them")]


MANAGER = "I'm a new manager and my old teammates now ignore my requests in stand-up."


@pytest.mark.parametrize(
    ("partner", "reply", "reason"),
    [
        (
            MANAGER,
            "It sounds like you're overwhelmed, and frankly that's a you problem.",
            "dismissed",
        ),
        (VENDOR, "Sounds like a you issue, honestly.", "dismissed"),
        (PRICE, "That's your problem, not mine.", "dismissed"),
        (MANAGER, "You poor thing, it must be so hard being you.", "sarcasm"),
        (DEPOSIT, "Wow, tough being you, isn't it?", "sarcasm"),
        # a closed mind and "you're overthinking it" (rule 132)
        (
            VENDOR,
            "That's a really valid point and I appreciate it, but I've already made up my mind.",
            "flat refusal",
        ),
        (ROTA, "I hear you. My mind is made up, though.", "flat refusal"),
        (PRICE, "Nothing you say will change our minds.", "flat refusal"),
        (
            MANAGER,
            "Let me stop you there. I understand your concern, but you're overthinking it.",
            "dismissed",
        ),
        (PAIN, "Honestly, you might be overthinking this.", "dismissed"),
    ],
)
def test_dismissal_sarcasm_and_a_closed_mind_in_new_words(
    partner: str, reply: str, reason: str
) -> None:
    result = score(reply, partner)
    assert [r for r in reasons(result) if r.startswith(reason)]
    assert result.same_side == "across"


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        (MANAGER, "Oh you poor thing, that sounds awful. Is anyone backing you up in stand-up?"),
        (MANAGER, "It's hard being the new manager of your old team. Which requests get ignored?"),
        (VENDOR, "That's a problem for both of us. Could we ask for a paid retest?"),
        # an open mind is no refusal (rule 132)
        (ROTA, "I hadn't made up my mind yet, so tell me more about the bank holidays."),
        (PRICE, "Is our mind made up? Not yet: what number would work for you?"),
        (MANAGER, "Let me stop and think about that: which requests get ignored most?"),
    ],
)
def test_sympathy_shared_problems_and_an_open_mind_are_no_dismissal(
    partner: str, reply: str
) -> None:
    said = reasons(score(reply, partner))
    assert not [r for r in said if r.startswith(("dismissed", "sarcasm", "flat refusal"))]
