"""Issue 11, rules 85 and 86 (docs/scoring.md): two stock moves with no matter, and the
exasperated reminder.

Found by the lead's gaming probe on main (33746b7) over the sixteen situations of
`contrast_pairs.SITUATIONS`: rule 51 caught three stock moves in ten words or more, but two were
enough to win. "I understand your concern. What matters most to you?" scored 81 on the release
line (listening 100: "asked about their needs" +26, "engaged with their view before giving
yours" +11, "reflected what they said ("to you")" +6) where the plain decent reply scored 63; it
ranked above the decent reply in all 16 situations, as did "I understand your perspective.
What are your priorities?" and "I see where you're coming from. What would you like to
happen?". "Per my last email, I understand your concern. Let's work together." ranked above it
in 12 of 16: the exasperated "per my last email" cost nothing.

Partners in engineering, healthcare, retail, local government, HR and education; the hard
negatives are a single acknowledgement, an acknowledgement with a question about their matter,
a sympathetic question about what happened, and a neutral pointer back ("As I mentioned on
Monday, ...").
"""

from __future__ import annotations

import pytest

from roleplay.scoring import semantic
from roleplay.scoring.stuffing import matter_words

from .contrast_pairs import NEW_LINES
from .reasons import reasons, score

RELEASE = "The release is Friday and QA keeps finding bugs. I'm honestly exhausted."
RELEASE_DECENT = (
    "That's a rough week. Which bugs are blockers? I can take one of them so Friday holds."
)
WARD = "We're three nurses down on nights and I've been asked to do three doubles this week."
WARD_DECENT = (
    "Three doubles is a lot. Let me ask the float pool for Sunday; could you manage Saturday?"
)
TILL = "The card reader on till one broke and customers have been shouting at me all morning."
TILL_DECENT = (
    "Being yelled at is awful. I'll call the repair line and put up a sign; can you move card "
    "payers to till two?"
)
BINS = "Residents are furious that bin collections moved to Mondays without any notice."
BINS_DECENT = (
    "Moving it without notice was our mistake. I'll send every street a letter this week; which "
    "day would suit the flats?"
)
SITUATIONS = [
    (RELEASE, RELEASE_DECENT),
    (WARD, WARD_DECENT),
    (TILL, TILL_DECENT),
    (BINS, BINS_DECENT),
]

TWO_STOCK_MOVES = [
    "I understand your concern. What matters most to you?",
    "I hear you. What matters most to you?",
    "I understand your perspective. What are your priorities?",
    "I see where you're coming from. What would you like to happen?",
    "That makes sense. What's driving this for you?",
    "Thank you for telling me. What's your biggest concern?",
    "I can imagine how that feels. What would help you most right now?",
    "I hear your frustration. What's most important to you here?",
    # rule 102: an acknowledgement with a stock invitation to work on it together
    "I hear your concern. Let's figure it out together.",
    "Your concern is valid. Let's work on it together.",
    "I see your point. Let's solve this together.",
]


@pytest.mark.parametrize("reply", TWO_STOCK_MOVES)
@pytest.mark.parametrize(("partner", "decent"), SITUATIONS)
def test_two_stock_moves_with_no_matter_rank_below_a_plain_decent_reply(
    partner: str, decent: str, reply: str
) -> None:
    result = score(reply, partner)
    assert result.overall < score(decent, partner).overall
    assert [r for r in reasons(result) if "stock phrase" in r]
    assert "engaged with their view before giving yours" not in " ".join(reasons(result))


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # the same moves about their matter: no stuffing
        (RELEASE, "I understand your concern about Friday. Which of the bugs matters most to you?"),
        (WARD, "I hear you on the doubles. What matters most to you about nights?"),
        (BINS, "I see why the Monday change angered people. What would residents like to happen?"),
        # a single acknowledgement, and sympathy with a question about what happened
        (TILL, "That sounds awful."),
        ("My dad was taken into hospital last night.", "I'm so sorry. When did this happen?"),
    ],
)
def test_stock_moves_about_their_matter_or_sympathy_alone_are_not_stuffing(
    partner: str, reply: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = score(reply, partner)
    assert result.overall >= 45
    # the stuffing rules leave them alone: the same score with rule 51/85 switched off
    monkeypatch.setattr(semantic, "stuffed", lambda text, cues: False)
    assert score(reply, partner) == result


def test_the_new_process_words_name_no_matter() -> None:
    assert matter_words("What are your priorities? What would success look like?") == []
    assert matter_words("What's driving this? What's your biggest need right now?") == []
    assert matter_words("What matters most about the night rota?") == ["night", "rota"]


EXASPERATED = [
    "As I already explained, the patch goes out on Friday.",
    "Like I already said, the float pool is empty this week.",
    "Per my last email, refunds take five working days.",
    "For the third time, the collection day is Monday.",
    "As I've told you before, the review is in March.",
    "I've already told you: the budget is closed for this year.",
]


@pytest.mark.parametrize("reply", EXASPERATED)
def test_an_exasperated_reminder_is_condescension(reply: str) -> None:
    result = score(reply, "Sorry, when is that happening again? I'm lost.")
    rest = reply.split(",", 1)[-1].split(":", 1)[-1].strip()
    plain = score(rest[0].upper() + rest[1:], "Sorry, when is that happening again? I'm lost.")
    assert result.empathy < plain.empathy
    assert result.empathy <= 35
    assert result.same_side == "across"


def test_the_reminder_inside_warm_stock_words_ranks_below_the_decent_reply() -> None:
    reply = "Per my last email, I understand your concern. Let's work together."
    assert score(reply, RELEASE).overall < score(RELEASE_DECENT, RELEASE).overall
    assert score(reply, BINS).overall < score(BINS_DECENT, BINS).overall


@pytest.mark.parametrize(
    "reply",
    [
        "As I mentioned on Monday, the form is on the wiki.",
        "Like I said, we're close; I'd just like one more of the firewood.",
        "The server went down for the third time today, that's awful.",
        "So the build failed for the second time and you're out of ideas.",
        "I'd like that said in the minutes, as I explained to the board.",
    ],
)
def test_a_neutral_pointer_back_or_a_count_of_events_is_no_condescension(reply: str) -> None:
    result = score(reply, "The build failed again and I'm out of ideas.")
    assert result.same_side != "across"
    assert result.empathy >= 45


@pytest.mark.parametrize(("partner", "decent"), SITUATIONS)
def test_a_phrase_repeated_without_full_stops_reads_as_repeats(partner: str, decent: str) -> None:
    # rule 88: the copies are sentences of their own, so they earn nothing and cost a little
    run_on = score(" ".join(["I understand how you feel"] * 4), partner)
    once = score("I understand how you feel.", partner)
    assert run_on.listening < once.listening
    assert run_on.overall < score(decent, partner).overall
    assert [r for r in reasons(run_on) if r.startswith("said the same thing again")]


# Rule 100: one word of theirs dropped into three stock moves. Found by the lead's probe on the
# integration of rules 85-92: "I understand your concern about the release. What matters most to
# you about the release? Let's work together on the release." scored 86 against the decent
# reply's 63, above it in 12 of 16 situations; six stock questions in a row in 2.
PARROTS = [
    (
        RELEASE,
        RELEASE_DECENT,
        "I understand your concern about the release. What matters most to you about the "
        "release? Let's work together on the release.",
    ),
    (
        WARD,
        WARD_DECENT,
        "I hear your worry about the doubles. What would help you most with the doubles? Let's "
        "figure out the doubles together.",
    ),
    (
        TILL,
        TILL_DECENT,
        "I totally understand your frustration with the customers. What matters most to you "
        "with customers? Let's find a solution for the customers together.",
    ),
]


@pytest.mark.parametrize(("partner", "decent", "reply"), PARROTS)
def test_one_word_of_theirs_dropped_into_stock_moves_is_stuffing(
    partner: str, decent: str, reply: str
) -> None:
    result = score(reply, partner)
    assert result.overall < score(decent, partner).overall
    assert [r for r in reasons(result) if "stock phrase" in r]


@pytest.mark.parametrize(("partner", "decent"), SITUATIONS)
def test_a_run_of_stock_questions_ranks_below_the_decent_reply(partner: str, decent: str) -> None:
    reply = (
        "What happened? How do you feel? What do you need? What would help? What matters most? "
        "What else is going on?"
    )
    assert score(reply, partner).overall < score(decent, partner).overall


@pytest.mark.parametrize(
    ("partner", "reply"),
    [
        # one word of theirs in a sincere reply, said once, is no parroting
        (
            "I didn't get the job I interviewed for.",
            "Oh no! I'm sorry to hear that. What position was it?",
        ),
        (
            RELEASE,
            "I understand your concern. Which bugs on the release list worry you most? Let's "
            "split them.",
        ),
    ],
)
def test_a_word_of_theirs_said_once_or_real_matter_is_no_parroting(
    partner: str, reply: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = score(reply, partner)
    monkeypatch.setattr(semantic, "stuffed", lambda text, cues: False)
    assert score(reply, partner) == result


# Rule 102 (the last three of TWO_STOCK_MOVES): a stock invitation to work together with no
# matter pairs with an acknowledgement as rule 85's stock question does. Found on eight new
# partner lines (the lead's probe): "I hear your concern. Let's figure it out together." ranked
# above the decent reply on all eight.
def test_an_invitation_about_their_matter_is_no_stuffing(monkeypatch: pytest.MonkeyPatch) -> None:
    reply = "I hear you on the doubles. Let's work out the Sunday cover together."
    result = score(reply, WARD)
    monkeypatch.setattr(semantic, "stuffed", lambda text, cues: False)
    assert score(reply, WARD) == result


# Rule 103: a stuffed reply's credits earn a quarter, not the unengaged share (0.4), since its
# phrases' shares add up again. Found on the new partner lines of contrast_pairs.NEW_LINES, where
# stuffed replies still scored 57 against plain decent replies of 54-57 (two of those decent
# replies score 54-55 and still tie or lose: their affirmation and proposal are underrated).
def test_stuffed_credits_earn_a_quarter_and_stay_near_neutral_on_new_lines() -> None:
    for partner, _ in NEW_LINES:
        for reply in [
            "I understand your concern. What matters most to you?",
            "I see where you're coming from. What would you like to happen?",
            "I understand how you feel. What matters most to you? Let's work together.",
        ]:
            assert score(reply, partner).overall <= 55
    sober = NEW_LINES[1][0]
    stuffed = score("I understand your concern. What matters most to you?", sober)
    asked = [e for e in stuffed.evidence if e.reason.startswith("asked about their needs")]
    full = score("What matters most to you about Friday drinks?", sober)
    asked_full = [e for e in full.evidence if e.reason.startswith("asked about their needs")]
    assert asked and asked_full and asked[0].points * 3 < asked_full[0].points
