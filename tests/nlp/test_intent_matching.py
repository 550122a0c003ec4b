"""Intent matching on the real encoder: paraphrases, negation, near-misses, long replies."""

from __future__ import annotations

import pytest

from roleplay.nlp.intents import IntentMatcher, IntentSpec

from .shipped import shipped_matcher, shipped_specs

CONCEDE = IntentSpec(
    "concede_us_hosting",
    (
        "Fine, host them in the US for now and we'll migrate later.",
        "OK, go ahead with the US region temporarily.",
        "I can live with Virginia for a few weeks if it gets them live.",
    ),
    ("We could host in the US once legal has signed it off.",),
)
HOLD = IntentSpec(
    "hold_eu_rule",
    (
        "Patient data has to stay in the EU, no exceptions.",
        "We can't move the records to a US region, even for a few weeks.",
        "The rule stands: EU hosting only.",
    ),
)
PHASE = IntentSpec(
    "offer_phasing",
    (
        "We could phase the cut: half this quarter and the rest after the launch.",
        "What if we spread the reduction over Q3 and Q4?",
        "Could we take part of it now and the remainder next quarter?",
    ),
)


@pytest.fixture(scope="module")
def matcher() -> IntentMatcher:
    return IntentMatcher([CONCEDE, HOLD, PHASE])


@pytest.mark.parametrize(
    ("reply", "intent"),
    [
        ("Sure, let's put them on the American servers for the time being.", "concede_us_hosting"),
        ("Go live on US servers and we'll move them later.", "concede_us_hosting"),
        ("The data stays in the EU, full stop.", "hold_eu_rule"),
        ("How about we split it, some of the cut now and the rest in Q4?", "offer_phasing"),
    ],
)
def test_paraphrases_not_in_the_examples_match(
    matcher: IntentMatcher, reply: str, intent: str
) -> None:
    assert matcher.matched(reply)[:1] == (intent,)


def test_a_negated_example_does_not_match(matcher: IntentMatcher) -> None:
    scores = {s.name: s for s in matcher.score("We can't host them in the US, not even for now.")}
    assert not scores["concede_us_hosting"].matched
    assert scores["concede_us_hosting"].blocked is not None
    assert "negation" in scores["concede_us_hosting"].blocked


def test_double_negation_reads_as_the_intent(matcher: IntentMatcher) -> None:
    assert "concede_us_hosting" in matcher.matched(
        "I don't see why we can't host them in the US for now."
    )


def test_a_near_miss_listed_in_not_is_refused(matcher: IntentMatcher) -> None:
    reply = "We could host them in the US after legal signs it off."
    scores = {s.name: s for s in matcher.score(reply)}
    assert not scores["concede_us_hosting"].matched
    # Without the near-miss the same reply would have matched: the `not` list did the work.
    bare = IntentMatcher([IntentSpec(CONCEDE.name, CONCEDE.examples), HOLD, PHASE])
    assert "concede_us_hosting" in bare.matched(reply)


def test_ordinary_talk_matches_nothing(matcher: IntentMatcher) -> None:
    for reply in (
        "OK.",
        "How was your weekend?",
        "Let me check my calendar and get back to you.",
        "Thanks for explaining the background.",
    ):
        assert matcher.matched(reply) == (), reply


def test_the_matching_sentence_of_a_long_reply_is_found(matcher: IntentMatcher) -> None:
    reply = (
        "Thanks for walking me through the launch. I know the clinic is waiting. "
        "Fine, put them on the US servers for now and we'll migrate later."
    )
    best = matcher.score(reply)[0]
    assert best.name == "concede_us_hosting" and best.matched
    assert best.span is not None
    assert "US servers" in reply[best.span[0] : best.span[1]]


def test_two_moves_in_one_reply_both_match(matcher: IntentMatcher) -> None:
    reply = (
        "The patient data has to stay in the EU, that's not negotiable. "
        "What if we spread the migration cost over Q3 and Q4?"
    )
    assert set(matcher.matched(reply)) == {"hold_eu_rule", "offer_phasing"}


def test_a_refusal_and_a_proposal_in_one_sentence_are_told_apart(matcher: IntentMatcher) -> None:
    reply = "We can't host in the US, but we could phase the cut over two quarters."
    matched = matcher.matched(reply)
    assert "concede_us_hosting" not in matched and "offer_phasing" in matched


COMMIT = IntentSpec(
    "commit_to_plan",
    (
        "Yes, we'll commit to that plan.",
        "Deal, I'll write it up and send it before Friday.",
        "You have my commitment, with progress numbers every two weeks.",
    ),
)
ASK = IntentSpec(
    "ask_about_target",
    (
        "What does the board need to see on Friday?",
        "Is the cut for this quarter or for the whole year?",
        "Where does the number come from?",
    ),
)


@pytest.mark.parametrize(
    "reply",
    [
        "Before I commit, does the board want the yearly figure?",
        "Once we commit, who reports progress to the board?",
        "Friday's close. Before I commit, is it the annual number? If so, we could phase part.",
    ],
)
def test_a_question_asks_its_main_clause_not_its_leading_one(reply: str) -> None:
    # "Before I commit, ...?" asks about the target; it commits to nothing
    matched = IntentMatcher([COMMIT, ASK, PHASE]).matched(reply)
    assert "commit_to_plan" not in matched, matched


def test_the_main_clause_of_such_a_question_still_matches() -> None:
    matched = IntentMatcher([COMMIT, ASK, PHASE]).matched(
        "Before I commit, does the board want the yearly figure?"
    )
    assert matched[:1] == ("ask_about_target",), matched


def test_a_question_and_the_statement_after_it_are_not_read_as_one_part(
    matcher: IntentMatcher,
) -> None:
    reply = "Is it for the year? If so, we could phase the cut over two quarters."
    question_end = reply.index("?") + 1
    for s in IntentMatcher([ASK, PHASE]).score(reply):
        assert s.span is None or s.span[1] <= question_end or s.span[0] >= question_end, s


def test_matching_is_deterministic(matcher: IntentMatcher) -> None:
    reply = "Honestly, keeping them in the US for a month is fine by me."
    again = IntentMatcher([CONCEDE, HOLD, PHASE])
    assert matcher.score(reply) == matcher.score(reply) == again.score(reply)


def test_thresholds_are_calibrated_per_intent(matcher: IntentMatcher) -> None:
    from roleplay.nlp.intent_calibration import BACKGROUND_QUANTILE, CEILING, FLOOR
    from roleplay.nlp.intent_similarity import similarity

    thresholds = [i.threshold for i in matcher.intents]
    assert all(FLOOR <= t <= CEILING for t in thresholds)
    assert len(set(thresholds)) > 1  # each intent gets its own
    for intent in matcher.intents:
        ordinary = similarity(intent.examples, matcher.reference.background)
        share = float((ordinary >= intent.threshold).mean())
        assert share <= 1 - BACKGROUND_QUANTILE + 1 / len(ordinary), intent.spec.name


def test_empty_and_unreadable_replies_match_nothing(matcher: IntentMatcher) -> None:
    for reply in ("", "   ", "?!", "🙂🙂"):
        assert matcher.matched(reply) == ()


def test_the_fast_path_decides_like_the_explained_one(matcher: IntentMatcher) -> None:
    replies = [
        "Sure, let's put them on the American servers for the time being.",
        "We can't host in the US, but we could phase the cut over two quarters.",
        "The patient data has to stay in the EU, that's not negotiable. "
        "What if we spread the migration cost over Q3 and Q4?",
        "We could host them in the US after legal signs it off.",
        "How was your weekend?",
        "",
    ]
    for reply in replies:
        explained = tuple(s.name for s in matcher.score(reply) if s.matched)
        assert matcher.matched(reply) == explained, reply


# The shipped compliance_bend intent as it stood when "Fine, let's just put them in Virginia for
# a couple of weeks" scored 0.40 against a 0.40 threshold and matched nothing: one example was
# nearly reworded, the others use other words, and the blend with the second-best example
# pulled the reply under.
CONCEDE_VARIED = IntentSpec(
    "concede_us_hosting",
    (
        "Fine, host them in the US for now and we'll migrate later.",
        "OK, go ahead with the US region temporarily.",
        "I can live with Virginia for a few weeks if it gets them live.",
        "If it's only until the EU capacity arrives, I'll sign off on the American servers.",
        "Alright, I'll step aside. Put their data in the US and move it afterwards.",
        "Sure, scheduling can sit in the US region for now, it's only appointment slots.",
        "Host the hospital's data in our US data centre for the time being.",
        "You have my approval for US hosting as a temporary measure.",
        "OK, the American region is fine by me for now.",
    ),
)
HOLD_VARIED = IntentSpec(
    "hold_eu_rule",
    (
        "I can't approve US hosting for patient data, even for a few weeks.",
        "Their records can't leave the EU, not even temporarily.",
        "I'm not able to sign off on Virginia, sorry.",
        "Patient data stays in the EU; that part is fixed.",
    ),
)


def test_a_reply_that_nearly_rewords_one_example_matches_however_varied_the_rest() -> None:
    m = IntentMatcher([CONCEDE_VARIED, HOLD_VARIED])
    reply = "Fine, let's just put them in Virginia for a couple of weeks"
    assert m.matched(reply) == ("concede_us_hosting",)
    assert m.matched("No, they can't go to Virginia, not even for a couple of weeks.") == (
        "hold_eu_rule",
    )
    # one shared word is still not agreement: the blend keeps weak parts down
    assert m.matched("Virginia is lovely in the spring.") == ()


def test_reassurance_is_not_negation(matcher: IntentMatcher) -> None:
    assert matcher.matched("Don't worry, host them in the US for now and we'll migrate later.")[
        :1
    ] == ("concede_us_hosting",)


def test_a_trailing_no_negates_the_clause_before_it(matcher: IntentMatcher) -> None:
    reply = "Hosting them in the US for a few weeks would break the rule, so no."
    assert "concede_us_hosting" not in matcher.matched(reply)


REFUSE = IntentSpec(
    "refuse_any_cut",
    (
        "We can't cut anything from this budget.",
        "I'm not giving up any of the money.",
        "Not one dollar can come out of it.",
        "My budget is untouchable, full stop.",
    ),
)
PARTIAL = IntentSpec(
    "offer_partial_cut",
    (
        "I can give you 10% now.",
        "Half of it this quarter is doable.",
        "We could find 15% by pausing two contractor roles.",
    ),
)


@pytest.fixture(scope="module")
def budget() -> IntentMatcher:
    return IntentMatcher([REFUSE, PARTIAL, PHASE])


def test_a_move_after_but_outweighs_the_clause_before_it(budget: IntentMatcher) -> None:
    reply = "I can't give you all of it, but 10% now is possible."
    assert budget.matched(reply) == ("offer_partial_cut",)
    refusal = {s.name: s for s in budget.score(reply)}["refuse_any_cut"]
    assert not refusal.matched
    assert refusal.blocked is not None and "but" in refusal.blocked
    # the same refusal on its own, or followed by a 'but' that makes no move, still counts
    assert budget.matched("I can't give you any of it.") == ("refuse_any_cut",)
    assert "refuse_any_cut" in budget.matched(
        "Not one dollar can come out of it, but thanks for asking me first."
    )


def test_a_but_opening_the_next_sentence_counts_too(budget: IntentMatcher) -> None:
    reply = "I can't give you the whole amount. But half of it this quarter is doable."
    assert budget.matched(reply) == ("offer_partial_cut",)


def test_a_reflection_of_their_need_is_not_a_move(budget: IntentMatcher) -> None:
    from roleplay.nlp.intent_similarity import QUESTION, REFLECTION, STATEMENT, mood

    assert mood("You need 30% out of my budget by Friday.") == REFLECTION
    assert mood("So you're asking for half of it this quarter.") == REFLECTION
    assert mood("You need to find the money elsewhere.") == STATEMENT  # a demand
    assert mood("You can have half of it this quarter.") == STATEMENT  # an offer
    assert mood("Do you need it this quarter?") == QUESTION
    assert budget.matched("So you need half of it this quarter.") == ()
    explained = [s for s in budget.score("So you need half of it this quarter.") if s.blocked]
    assert len(explained) == 1 and explained[0].blocked is not None
    assert explained[0].blocked.startswith("reflection")
    assert budget.matched("Half of it this quarter is doable.") == ("offer_partial_cut",)


@pytest.mark.parametrize(
    "thanks",
    [
        "Thank you for offering to keep the records in the EU.",
        "Thanks for suggesting we phase the cut.",
        "Cheers for flagging the US region option.",
    ],
)
def test_a_thanks_and_nothing_more_is_explained_as_thanks_not_as_a_reflection(
    matcher: IntentMatcher, thanks: str
) -> None:
    """A thanks that names a move makes none (it matches nothing, as a reflection does), and
    the explanation says it is a thanks: it restates nothing of what they need or feel."""
    assert matcher.matched(thanks) == ()
    reasons = [s.blocked for s in matcher.score(thanks) if s.blocked]
    assert len(reasons) == 1 and reasons[0] is not None
    assert reasons[0].startswith("thanks: it thanks them") and "reflection" not in reasons[0]


def test_a_thanks_beside_a_reflection_leaves_the_reflection_its_own_reason(
    budget: IntentMatcher,
) -> None:
    reply = "Thanks for the heads-up. So you need half of it this quarter."
    explained = [s for s in budget.score(reply) if s.blocked]
    assert explained
    for s in explained:  # each reason is about its own part
        assert s.span is not None and s.blocked is not None
        part = reply[s.span[0] : s.span[1]]
        kind = "thanks" if part.startswith("Thanks") else "reflection"
        assert s.blocked.startswith(kind), (part, s.blocked)
    assert any(s.blocked is not None and s.blocked.startswith("reflection") for s in explained)


def test_each_polarity_has_its_own_threshold(budget: IntentMatcher) -> None:
    from roleplay.nlp.intent_calibration import BACKGROUND_QUANTILE, CEILING, FLOOR
    from roleplay.nlp.intent_similarity import NO_MATCH, similarity

    background = budget.reference.background
    for intent in budget.intents:
        # an intent written in one polarity is met across it (.intent_crossing), calibrated so
        scores = similarity(intent.examples, background, intent.crossing)
        for negative in (False, True):
            threshold = intent.threshold_for(negative)
            ordinary = scores[(background.negative == negative) & (scores > NO_MATCH)]
            if not ordinary.size:  # no example of this polarity, none crossed: nothing scores
                assert threshold == CEILING
                continue
            assert FLOOR <= threshold <= CEILING
            share = float((ordinary > threshold).mean())
            assert share <= 1 - BACKGROUND_QUANTILE + 1 / ordinary.size, intent.spec.name
    # ordinary talk that holds a negation is not a refusal
    for reply in ("I haven't seen the latest numbers yet.", "I didn't get the invite."):
        assert budget.matched(reply) == (), reply


def test_a_reflection_that_goes_on_to_a_move_still_makes_it(budget: IntentMatcher) -> None:
    from roleplay.nlp.intent_similarity import REFLECTION, mood

    assert mood("It sounds like you're stretched by the board's number.") == REFLECTION
    assert mood("I hear you, and I want to help.") != REFLECTION  # 'you' is who is heard
    assert budget.matched("It sounds like you're stretched by the board's number.") == ()
    reply = (
        "It sounds like you're stretched by the board's number, so half of it this "
        "quarter is doable."
    )
    assert budget.matched(reply)[:1] == ("offer_partial_cut",)


@pytest.mark.parametrize(
    "remark",
    [
        "That's a big cut on a short clock.",
        "Wow, that's a steep cut for my team.",
        "It's a lot to find by Friday.",
        "This is a really tight window for that kind of money.",
        # the request itself named as the subject (played in the TUI: the first sentence
        # was heard as accepting the full cut, and Dana booked all 30% at once)
        "Thirty percent by Friday is a lot.",
        "A third of the budget in one week sounds steep.",
        "Your 30% is a big ask on a short clock.",
    ],
)
def test_a_remark_on_the_size_of_their_ask_is_not_a_move(remark: str) -> None:
    """In the shipped budget_pushback, "That's a big cut on a short clock." was heard as
    offering part of the cut (it shares "cut" and "short" with "Take a smaller cut ... straight
    away"). It weighs their request; it makes no move. Read so in replies only: an example or
    a line of ordinary talk keeps its mood, so no threshold moves."""
    from roleplay.nlp.intent_reply_moods import part_mood
    from roleplay.nlp.intent_similarity import REFLECTION, STATEMENT, mood

    assert part_mood(remark) == REFLECTION and mood(remark) == STATEMENT
    budget = shipped_matcher("budget_pushback")
    assert budget.matched(remark) == ()
    # a move after the remark still counts
    assert budget.matched(remark + " But I can give you 10% now.") == ("offer_partial_cut",)


def test_a_hard_no_is_not_a_remark_on_their_ask() -> None:
    from roleplay.nlp.intent_reply_moods import part_mood
    from roleplay.nlp.intent_similarity import OWNING, SAYS_NO, STATEMENT

    assert part_mood("It's a hard no from me.") == SAYS_NO  # a move: it says no
    assert part_mood("Half of it is a big help to us.") == STATEMENT  # not about their ask
    # a sentence with an actor or a move is not a naming of their request
    assert part_mood("We can give you 30% and that is a lot.") == STATEMENT
    assert part_mood("You can take 30%, it's a lot.") == STATEMENT
    # owning the harm is an apology, not a remark on their ask (upset_customer's example was
    # read as one, so lint said the example was not heard: RP423)
    assert (
        part_mood("Six hours without checkout on a Saturday is a serious failure on our side.")
        == STATEMENT
    )
    assert part_mood("That's a big miss, and it was our failure.") == OWNING
    # a judgement of what happened is not a remark on their request (upset_customer's apology)
    # ("Six hours without checkout is a huge loss for you" sympathises: not a remark on size)
    assert part_mood("Six hours without checkout is a huge loss for you.") == STATEMENT
    assert part_mood("Six hours down is a big failure on our side.") == STATEMENT


def test_a_remark_on_the_size_of_their_ask_before_a_question_and_an_offer() -> None:
    """Played in the TUI: the remark was heard as giving up the whole 30% and the session
    failed at once, although the reply asked about the target and offered to phase it."""
    reply = (
        "Thirty percent by Friday is a lot. Is the board after this quarter's number or the "
        "full year? If it's the year, we could phase part of it."
    )
    assert shipped_matcher("budget_pushback").matched(reply) == (
        "ask_about_target",
        "offer_phased_cut",
    )


@pytest.mark.parametrize(
    "reply",
    [
        "You were embarrassed in front of the whole board.",
        "So you're upset that the board heard it from the radio first.",
        "You felt blindsided by the outage.",
        "You were caught off guard by the numbers.",
    ],
)
def test_naming_their_feeling_is_a_reflection(reply: str) -> None:
    from roleplay.nlp.intent_similarity import REFLECTION, mood

    assert mood(reply) == REFLECTION
    ask = IntentSpec(
        "ask_what_happened",
        (
            "What did the board hear first, and from whom?",
            "Which complaints reached the board?",
            "Can you walk me through what the board told you?",
        ),
    )
    # it restates them; it does not ask what happened
    assert IntentMatcher([ask]).matched(reply) == ()


def test_a_held_line_without_the_examples_topic_words_is_heard() -> None:
    """With words weighed by their norms, "US" and "scheduling" pulled this refusal below every
    threshold of the shipped compliance_bend; weighed flatter ("nothing", "goes", "even"
    count), it holds the rule."""
    got = shipped_matcher("compliance_bend").matched("Nothing goes to the US, not even scheduling.")
    assert got[:1] == ("hold_eu_rule",)


def test_the_rest_of_the_reply_breaks_a_near_tie_for_one_sentence() -> None:
    """ "Wait for the EU region like everyone else." reaches both the concession and the held
    rule of compliance_bend's intents as they were before the held rule got an example in
    those words, the concession by a little more; "The answer is still no." before it comes
    just short of the held rule, and that decides the tie."""
    specs = [
        IntentSpec(
            spec.name,
            tuple(e for e in spec.examples if "wait for the new EU region" not in e),
            spec.near_misses,
        )
        for spec in shipped_specs("compliance_bend")
    ]
    matcher = IntentMatcher(specs)
    reply = "The answer is still no. Wait for the EU region like everyone else."
    assert matcher.matched(reply) == ("hold_eu_rule",)
    best = matcher.score(reply)[0]
    assert best.name == "hold_eu_rule" and best.support > 0
    assert best.span == (24, len(reply))
    # alone, the second sentence still goes to the concession: the support is the first's
    assert matcher.matched("Wait for the EU region like everyone else.")[:1] == (
        "concede_us_hosting",
    )
    # the shipped scenario hears it alone as holding the rule
    alone = shipped_matcher("compliance_bend").matched("Wait for the EU region like everyone else.")
    assert alone == ("hold_eu_rule",)


def test_support_does_not_take_a_clearly_matched_sentence_from_its_intent() -> None:
    """Two moves in two sentences keep both: the demo offer, strong in the first sentence,
    does not take the second, which clearly makes the migration visible."""
    matcher = shipped_matcher("pet_project_no")
    reply = (
        "Then here's my idea: two of my engineers spend three weeks on a clickable demo on "
        "sample data for the offsite. And at the offsite we show the board the migration as the "
        "thing that makes the assistant possible."
    )
    assert set(matcher.matched(reply)) >= {"offer_prototype", "make_migration_visible"}


@pytest.mark.parametrize("ack", ["OK.", "Fine.", "Sure.", "Okay, got it."])
def test_taking_their_words_in_before_a_question_is_not_agreeing(ack: str) -> None:
    # compliance_bend, after "... host them in the US for now. Fine, right?": "OK." alone
    # says nothing of what it agrees to and matches nothing (see test_intent_no_move.py);
    # before a question, the move is the question's
    matcher = shipped_matcher("compliance_bend")
    assert matcher.matched(ack) == ()
    reply = f"{ack} What if we launch them on our Frankfurt region with fewer features?"
    assert "concede_us_hosting" not in matcher.matched(reply)


def test_taking_their_words_in_before_a_statement_is_read_with_it() -> None:
    # "Fine." may be the agreement the statement spells out
    matcher = shipped_matcher("compliance_bend")
    reply = "Fine. Spin them up in the US and we'll sort out the move to Europe next quarter."
    assert "concede_us_hosting" in matcher.matched(reply)


@pytest.mark.parametrize(
    "remark",
    [
        "That sounds like a rough week, and I don't want to make it worse.",
        "Sounds brutal, honestly, and I don't want to add to it.",
        "That must be stressful, and I'm not going to pile on.",
    ],
)
def test_how_hard_it_sounds_for_them_is_listening_not_a_refusal(remark: str) -> None:
    # oncall_swap's opening: the remark was heard as turning her down flat
    matcher = shipped_matcher("oncall_swap")
    assert "flat_refusal" not in matcher.matched(remark)
    assert "flat_refusal" in matcher.matched("No, I can't take it, sorry.")


def test_a_hard_no_or_a_plan_is_not_a_remark_on_how_hard_it_is() -> None:
    from roleplay.nlp.intent_reply_moods import part_mood
    from roleplay.nlp.intent_similarity import REFLECTION

    assert part_mood("That sounds like a rough week.") == REFLECTION
    assert part_mood("Sounds like a hard no from me.") != REFLECTION
    assert part_mood("That sounds like a plan.") != REFLECTION
