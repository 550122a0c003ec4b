"""Replies that name a move without making it match nothing (issue 12, intents12 pass).

Five readings, each found as a false match on the readable sets or on hard negatives written
for it in several domains:

- a reply that only acknowledges ("OK.", "Sure.", "Yeah, fine.") says nothing of what it agrees
  to: it has no parts at all (budget_pushback's phased_plan heard a bare "ok" as giving up the
  whole 30%);
- reported speech ("My VP told me to give you the full 30%", "The CEO wants us to build it")
  tells of someone else's demand on the speaker, NARRATIVE, unless the speaker goes along with
  it in the same sentence;
- a warning put as a hypothetical ("If we hosted them in the US, we'd be fined") names the move
  to argue against it: it says no (SAYS_NO / BARE_NO); an offer put as a hypothetical stays a
  statement;
- a hold said not to apply ("The release isn't frozen yet") is no refusal, NARRATIVE;
- talk that runs the conversation itself ("One moment, someone's at the door", "Go on, I'm
  listening") is ordinary talk, a rival that every part must beat.
"""

from __future__ import annotations

import pytest

from roleplay.nlp.intent_parts import cut
from roleplay.nlp.intent_reply_moods import part_mood
from roleplay.nlp.intent_similarity import BARE_NO, NARRATIVE, REFLECTION, SAYS_NO, mood
from roleplay.nlp.intents import IntentMatcher, IntentSpec
from roleplay.nlp.negation import clause_spans

from .shipped import shipped_matcher

BUDGET = IntentMatcher(  # engineering: finance wants 30% of the budget
    [
        IntentSpec(
            "accept_full_cut",
            (
                "OK, take the full 30%.",
                "Fine, take the whole 30%.",
                "You can have the full thirty percent.",
                "We'll absorb the entire cut.",
            ),
        ),
        IntentSpec(
            "offer_phased_cut",
            (
                "What if we phase the cut: part now, the rest in Q4?",
                "We could take it over two quarters instead of all at once.",
                "Let's stage it so the savings land later in the year.",
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
                "I can live with Virginia for a few weeks if it gets them live.",
            ),
        ),
        IntentSpec(
            "hold_eu_rule",
            (
                "We can't host patient records in the US, not even for a week.",
                "The records have to stay in the EU region.",
                "No, US hosting isn't possible for this customer.",
            ),
        ),
    ]
)
STAFFING = IntentMatcher(  # HR: a manager wants a side project staffed
    [
        IntentSpec(
            "cave_to_build",
            (
                "OK, we'll build it this quarter.",
                "Fine, my team will squeeze it in.",
                "Sure, we can start on it next week.",
            ),
        ),
        IntentSpec(
            "refuse_flat",
            (
                "No, we can't take it on.",
                "My team won't be building that this quarter.",
                "We don't have the people, so no.",
            ),
        ),
    ]
)
ROTA = IntentMatcher(  # public sector: a colleague wants the whole on-call week covered
    [
        IntentSpec(
            "take_whole_week",
            (
                "Sure, I'll take your whole on-call week.",
                "OK, I'll cover all seven days.",
                "Fine, put me on the rota for the full week.",
            ),
        ),
        IntentSpec(
            "flat_refusal",
            (
                "No, I can't take it, I'm away that week.",
                "I won't be covering any of those days.",
                "Not possible, my trip is booked.",
            ),
        ),
    ]
)
SALES = IntentMatcher(  # sales: a discount above the cap
    [
        IntentSpec(
            "approve_discount",
            (
                "Go ahead and send the quote at 40 percent.",
                "OK, approve the 40% for this one.",
                "Fine, give them the bigger discount.",
            ),
        ),
        IntentSpec(
            "refuse_flat",
            (
                "No, the discount stays at 25.",
                "We can't go above the cap.",
                "I won't sign off on 40%.",
            ),
        ),
    ]
)


# -- a reply that only acknowledges ----------------------------------------------------------
@pytest.mark.parametrize("ack", ["ok", "OK.", "Sure.", "Fine.", "Yeah, ok.", "Alright!", "Yes."])
def test_an_acknowledgement_alone_has_no_parts(ack: str) -> None:
    assert cut(ack) == ([], [], [])


@pytest.mark.parametrize(
    ("matcher", "ack"),
    [(BUDGET, "ok"), (HOSTING, "Sure."), (STAFFING, "Fine."), (ROTA, "OK."), (SALES, "Yes.")],
)
def test_an_acknowledgement_alone_matches_nothing(matcher: IntentMatcher, ack: str) -> None:
    assert matcher.matched(ack) == ()
    scores = matcher.score(ack)
    assert not any(s.matched for s in scores)
    assert (scores[0].blocked or "").startswith("acknowledgement: it only takes their words in")


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (BUDGET, "OK, book the whole 30% against my team.", "accept_full_cut"),
        (HOSTING, "Fine. Put them on the US servers for now.", "concede_us_hosting"),
        (ROTA, "Sure, I'll cover the full week for you.", "take_whole_week"),
    ],
)
def test_an_acknowledgement_with_the_move_still_matches(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


# -- an emphatic no, and a no before its reason -----------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["Absolutely not, the rota is fixed.", "Certainly not.", "Definitely not - it's booked."],
)
def test_an_emphatic_no_says_no(text: str) -> None:
    assert part_mood(text) in (SAYS_NO, BARE_NO)


@pytest.mark.parametrize(
    "text",
    ["I'm absolutely not sure the cap applies here.", "That's definitely not the slow part."],
)
def test_an_emphasis_inside_a_statement_is_no_refusal(text: str) -> None:
    assert part_mood(text) not in (SAYS_NO, BARE_NO)


def test_a_no_before_its_reason_is_read_with_it() -> None:
    text = "Absolutely not; my trip is booked."
    assert cut(text)[0] == [(0, len(text))]
    assert ROTA.matched(text)[:1] == ("flat_refusal",)


def test_a_no_before_an_offer_still_answers_before_the_offer() -> None:
    text = "No: we could take it over two quarters instead."
    assert clause_spans(text, 0, len(text)) == [(4, len(text))]
    text = "No; the rota is fixed."
    assert clause_spans(text, 0, len(text)) == [(0, len(text))]


# -- reported speech ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "My VP told me to just give you the full 30%.",  # engineering
        "Sales asked me to let them host in the US for a few weeks.",  # health
        "The CEO wants us to build it this quarter.",  # HR
        "I was told to approve the 40% discount.",  # sales
        "The council said we should cover all seven days.",  # public sector
    ],
)
def test_reported_speech_is_a_story(text: str) -> None:
    assert part_mood(text) == NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "My VP told me to give you the full 30%, so I will.",  # goes along with it
        "I told him to wait for the EU region.",  # the speaker's own demand
        "We'll build it this quarter, as the CEO asked.",  # a move first
    ],
)
def test_going_along_or_the_speakers_own_demand_is_no_report(text: str) -> None:
    assert part_mood(text) != NARRATIVE


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (BUDGET, "My VP told me to just give you the full 30%.", "accept_full_cut"),
        (
            HOSTING,
            "Sales asked me to let them host in the US for a few weeks.",
            "concede_us_hosting",
        ),
        (STAFFING, "The CEO wants us to build it this quarter.", "cave_to_build"),
        (SALES, "I was told to approve the 40% discount.", "approve_discount"),
    ],
)
def test_reported_speech_makes_no_move(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent not in matcher.matched(reply)


# -- a warning put as a hypothetical -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "If we hosted them in the US even for a week, we'd be fined.",  # health
        "If I gave you the full 30%, the launch would be dead.",  # engineering
        "Even if I took the whole week, I'd miss my flight.",  # public sector
        "If we approved 40%, every other account would want it and we'd lose margin.",  # sales
    ],
)
def test_a_warning_says_no(text: str) -> None:
    assert part_mood(text) in (SAYS_NO, BARE_NO)


@pytest.mark.parametrize(
    "text",
    [
        "If we phased it, you'd still hit the annual number.",
        "If you can wait a week, I'll cover the Friday.",
    ],
)
def test_an_offer_put_as_a_hypothetical_stays_one(text: str) -> None:
    assert part_mood(text) not in (NARRATIVE, SAYS_NO, BARE_NO)


def test_a_warning_refuses_rather_than_concedes() -> None:
    reply = "If we hosted them in the US even for a week, we'd be fined."
    assert HOSTING.matched(reply)[:1] == ("hold_eu_rule",)
    assert STAFFING.matched("If we built it this quarter, the migration would slip.")[:1] == (
        "refuse_flat",
    )
    # no intent that says no: the warning matches nothing, least of all the concession
    assert BUDGET.matched("If I gave you the full 30%, the launch would be dead.") == ()


# -- a hold said not to apply ------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The release isn't frozen yet",
        "The price isn't final",
        "Nothing is locked in yet",
        "The rota isn't set in stone",
    ],
)
def test_a_lifted_hold_is_no_refusal(text: str) -> None:
    assert part_mood(text, True) == NARRATIVE


@pytest.mark.parametrize(
    "text", ["The release is frozen.", "No, the price is final.", "The plan is the plan."]
)
def test_a_hold_still_refuses(text: str) -> None:
    assert part_mood(text) in (SAYS_NO, BARE_NO)


def test_a_lifted_hold_does_not_match_the_refusal() -> None:
    matcher = IntentMatcher(
        [
            IntentSpec(
                "refuse_flat",
                (
                    "No, the release is frozen.",
                    "We can't add anything this sprint.",
                    "Nothing new goes into this release.",
                ),
            )
        ]
    )
    assert matcher.matched("The release isn't frozen yet, so let's talk.") == ()
    assert matcher.matched("Sorry, the release is frozen, nothing else goes in.") == (
        "refuse_flat",
    )


# -- talk that runs the conversation ----------------------------------------------------------
@pytest.mark.parametrize(
    ("matcher", "reply"),
    [
        (BUDGET, "Let's find a room and sit down."),
        (STAFFING, "Alright, let me grab my notes."),
        (ROTA, "Hmm, okay, go on."),
        (SALES, "Keep going, I'm taking notes."),
    ],
)
def test_running_the_conversation_matches_nothing(matcher: IntentMatcher, reply: str) -> None:
    assert matcher.matched(reply) == ()


# -- a counterfactual, a vague maybe, and what the move would ruin ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "I would apologise if it had been our mistake.",  # support
        "I would have shortened it if anyone had asked.",  # engineering
        "I'd take the whole week if I weren't flying home.",  # public sector
        "If it were up to me, I'd approve the 40%.",  # sales
        "We'd build it if the migration weren't due.",  # HR
    ],
)
def test_a_counterfactual_makes_no_move(text: str) -> None:
    assert part_mood(text) == NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "If you were to sign for three years, we could do 30%.",  # a trade
        "If you were willing to wait, I'd cover the Friday.",  # an offer on terms
        "If it helps, I'll be on the ward at seven.",  # a commitment
    ],
)
def test_an_offer_on_terms_is_no_counterfactual(text: str) -> None:
    assert part_mood(text) != NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "Someone from support might call you at some point.",  # support
        "We might need more budget at some point, who knows.",  # engineering
        "Someone should ask the DPO about the US region one day.",  # health
        "Maybe we'll revisit the rota eventually.",  # public sector
    ],
)
def test_a_vague_maybe_makes_no_move(text: str) -> None:
    assert part_mood(text) == NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "I'll call you at nine tomorrow.",  # a dated commitment
        "We might be able to find 10% by Friday.",  # a hedged offer with a time
    ],
)
def test_a_move_with_a_time_is_not_vague(text: str) -> None:
    assert part_mood(text) != NARRATIVE


@pytest.mark.parametrize(
    "text",
    [
        "The full thirty percent would gut the launch.",  # engineering
        "Taking the whole week would wreck my trip.",  # public sector
        "A shared login would put every patient record at risk.",  # health
    ],
)
def test_what_the_move_would_ruin_says_no(text: str) -> None:
    assert part_mood(text) in (SAYS_NO, BARE_NO)


def test_an_offer_that_breaks_the_work_up_is_no_warning() -> None:
    assert part_mood("We could break it into two steps.") not in (SAYS_NO, BARE_NO)


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (BUDGET, "The full thirty percent would gut the launch.", "accept_full_cut"),
        (HOSTING, "I would host them in the US if the law were different.", "concede_us_hosting"),
        (STAFFING, "We might build it at some point, who knows.", "cave_to_build"),
        (SALES, "If it were up to me, I'd approve the 40%.", "approve_discount"),
    ],
)
def test_none_of_them_makes_the_move(matcher: IntentMatcher, reply: str, intent: str) -> None:
    assert intent not in matcher.matched(reply)


# -- an acknowledgement before a statement --------------------------------------------------------
def test_an_acknowledgement_before_a_statement_is_no_part_that_moves() -> None:
    spans, _, moods = cut("Deal. I'll send you the plan by Thursday.")
    assert spans[0] == (0, 5) and moods[0] == NARRATIVE


def test_deal_before_a_commitment_commits_and_gives_nothing_up() -> None:
    matcher = IntentMatcher(  # engineering: the phased plan is on the table
        [
            BUDGET.intents[0].spec,
            IntentSpec(
                "commit_to_plan",
                (
                    "Yes, we'll commit to that plan.",
                    "Deal. I'll write it up and get it to you before Friday.",
                    "You have my commitment, and progress numbers from me every two weeks.",
                ),
            ),
        ]
    )
    for reply in (
        "Deal. I'll send you the plan by Thursday.",
        "Agreed. My team commits to the phased plan.",
    ):
        assert matcher.matched(reply) == ("commit_to_plan",)
    assert matcher.matched("Deal.") == ()


@pytest.mark.parametrize(
    ("matcher", "reply", "intent"),
    [
        (HOSTING, "Fine. Put them on the US servers for now.", "concede_us_hosting"),
        (SALES, "OK. Send the quote at 40 percent.", "approve_discount"),
        (ROTA, "Sure. I'll take all seven days.", "take_whole_week"),
    ],
)
def test_an_acknowledgement_before_the_move_is_read_with_it(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


# A summary of what it is about for them, holding a negation, restates them: no refusal (found in
# the TUI: "So it's about not being caught out in Q4 again." had matched refuse_any_cut beside the
# phased offer of the same reply).
@pytest.mark.parametrize(
    "text",
    [
        "So it's about not breaking the patients' trust again.",
        "So the real worry is not having the people in March.",
        "So this is about not being stuck with every weekend.",
        "So it's really about not being caught out in Q4 again.",
    ],
)
def test_a_summary_of_their_worry_is_a_reflection(text: str) -> None:
    assert mood(text) == REFLECTION


def test_the_summary_is_no_refusal_and_the_move_after_it_counts() -> None:
    matcher = shipped_matcher("budget_pushback")
    got = matcher.matched(
        "So it's about not being caught out in Q4 again. What if we phase it: 10% now, and the "
        "rest in Q4 once the launch has landed?"
    )
    assert got == ("offer_phased_cut",)
