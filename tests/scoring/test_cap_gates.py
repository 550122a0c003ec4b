"""The cheap gates in front of rules 51 (stuffing), 129 (their line copied back), 412 (doubled),
413 (said over) and 415 (their words given back) decide nothing: each gated reading gives what the reading without its gate
gives. The readings without their gates are written out here as they stood before the gates,
and compared on the rules' own cases, on text whose letters match other letters only under
Unicode's case rules (the long s, the Kelvin sign, the dotless i), and on generated text.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from roleplay.scoring import doubled as doubled_rule
from roleplay.scoring import echo as echo_rule
from roleplay.scoring import said_over as said_over_rule
from roleplay.scoring import stuffing as stuffing_rule
from roleplay.scoring import their_words as their_words_rule
from roleplay.scoring.stuffing import matter_words
from roleplay.scoring.types import Evidence


def doubled_ungated(reply: str) -> tuple[int, int] | None:
    found = [m for m in doubled_rule._DOUBLED.finditer(reply) if matter_words(m.group(1))]
    if len(found) < doubled_rule.DOUBLINGS:
        return None
    return found[0].span()


def copied_run_ungated(reply: str, partner: str) -> tuple[int, int] | None:
    if not partner:
        return None
    word, run_words = echo_rule._WORD, echo_rule.RUN_WORDS
    theirs = [m.group().lower() for m in word.finditer(partner)]
    if len(theirs) < run_words:
        return None
    mine = list(word.finditer(reply))
    words = [m.group().lower() for m in mine]
    runs = {tuple(theirs[k : k + run_words]) for k in range(len(theirs) - run_words + 1)}
    if not any(tuple(words[k : k + run_words]) in runs for k in range(len(words) - run_words + 1)):
        return None
    best = (0, 0)
    previous = [0] * (len(theirs) + 1)
    for i, w in enumerate(words, 1):
        current = [0] * (len(theirs) + 1)
        for j, t in enumerate(theirs, 1):
            if w == t:
                current[j] = previous[j - 1] + 1
                if current[j] > best[0]:
                    best = (current[j], i)
        previous = current
    length, end = best
    if length < run_words or length < echo_rule.LINE_SHARE * len(theirs):
        return None
    return mine[end - length].start(), mine[end - 1].end()


def said_over_ungated(reply: str) -> tuple[int, int] | None:
    for word in said_over_rule._COURTESY:
        found = list(word.finditer(reply))
        if (
            len(found) >= said_over_rule.OVER_TIMES
            and len(matter_words(word.sub(" ", reply))) <= said_over_rule.OVER_MATTER
        ):
            return found[0].span()
    return None


def given_back_ungated(reply: str, partner: str) -> bool:
    word = their_words_rule._WORD
    mine = Counter(word.findall(reply.lower()))
    theirs = Counter(word.findall(partner.lower()))
    said = sum(mine.values())
    if said < their_words_rule.GIVEN_BACK_WORDS or not theirs:
        return False
    shared = sum((mine & theirs).values())
    if said - shared > their_words_rule.OWN_SHARE * said or shared < (
        their_words_rule.LINE_SHARE * sum(theirs.values())
    ):
        return False
    words = word.findall(reply.lower())
    pairs = set(pairwise(word.findall(partner.lower())))
    kept = sum(pair in pairs for pair in pairwise(words))
    return kept < their_words_rule.IN_ORDER_SHARE * (len(words) - 1)


def stuffed_ungated(text: str, cues: list[tuple[str, Evidence]]) -> bool:
    words = len(text.split())
    if words < stuffing_rule.STOCK_PAIR_WORDS:
        return False
    named = [w.lower() for w in matter_words(text)]
    matter = set(named)
    phrases = stuffing_rule.credited_phrases(cues)
    long_stack = words >= stuffing_rule.STUFFED_WORDS and phrases >= stuffing_rule.STUFFED_PHRASES
    if len(matter) == 1 < len(named) and long_stack:
        return True
    if matter <= stuffing_rule.HOLLOW_WORDS and long_stack:
        return True
    if matter:
        return False
    return phrases >= 2 and any(
        f in stuffing_rule.STOCK_PAIR_FEATURES and e.points > 0 for f, e in cues
    )


CARER = "My dad has dementia and tonight he didn't know who I was and asked me to leave his house."
TENANT = "Nobody from your office has rung me back and I've been nine days without heating."

REPLIES = [
    # rule 412's form and its negatives
    "Your dad, your dad, who has dementia, dementia, and tonight, tonight, he didn't know you, "
    "didn't know you.",
    "Nine days, nine days with a newborn: I'll have an engineer there by five.",
    "No, no, no, very, very sorry, sorry.",
    # rule 413's form and its negatives
    "Sorry! So sorry. I'm really sorry, truly sorry, sorry again, we're all so very sorry.",
    "Thanks, thank you, thanks so much, thank you again, cheers.",
    "I'm so sorry. Sorry you waited nine days; I'll have the engineer there by five today.",
    # the same words with letters that match only under Unicode's case rules
    "\u017forry! So \u017forry. Really \u017forry, truly \u017forry, \u017forry again.",
    "Than\u212as, than\u212a you, than\u212as so much, than\u212a you again.",
    "I apologı\u017fe, apologı\u017fe, apologize, APOLOGISE for the mix-up.",
    "SORRY SORRY SORRY SORRY",
    # rule 415's form and its negatives
    "told been days, will someone Nobody I nine office does. heating, your rung me back without",
    "Nine days without heating and nobody from the office has rung you back.",
    "has rung me back your office nobody from without heating days nine been I've and",
    "",
    "?",
]
PARTNERS = [CARER, TENANT, "", "Sorry, sorry, sorry, sorry.", "\u017forry"]


def test_the_gated_readings_read_the_rules_cases_as_before() -> None:
    for reply in REPLIES:
        assert doubled_rule.doubled(reply) == doubled_ungated(reply), reply
        assert said_over_rule.said_over(reply) == said_over_ungated(reply), reply
        for partner in PARTNERS + REPLIES:
            assert their_words_rule.given_back(reply, partner) == given_back_ungated(
                reply, partner
            ), (reply, partner)
            assert echo_rule.copied_run(reply, partner) == copied_run_ungated(reply, partner)


def test_the_gates_still_let_the_forms_through() -> None:
    assert doubled_rule.doubled(REPLIES[0]) is not None
    assert said_over_rule.said_over(REPLIES[3]) is not None
    assert said_over_rule.said_over(REPLIES[4]) is not None
    assert said_over_rule.said_over(REPLIES[6]) is not None  # the long s
    assert said_over_rule.said_over(REPLIES[7]) is not None  # the Kelvin sign
    assert their_words_rule.given_back(REPLIES[12], TENANT)
    assert echo_rule.copied_run("So: " + TENANT, TENANT) is not None


_PIECES = [
    "sorry",
    "\u017forry",
    "SORRY",
    "apolog",
    "apologı\u017fe",
    "apologies",
    "than\u212as",
    "thanks",
    "thank you",
    "cheers",
    "CHEER\u017f",
    ", ",
    ",",
    " ",
    ". ",
    "the rent",
    "your dad",
    "nine days",
    "I",
    "nobody",
    "heating",
    "'s",
    "\u00e9t\u00e9",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=24).map("".join))
@example("sorry, sorry, sorry, sorry")
@example("the rent, the rent, your dad, your dad, nine days, nine days")
def test_generated_text_reads_as_without_the_gates(text: str) -> None:
    assert doubled_rule.doubled(text) == doubled_ungated(text)
    assert said_over_rule.said_over(text) == said_over_ungated(text)
    for partner in (TENANT, text, text[::-1], "nobody heating nine days"):
        assert their_words_rule.given_back(text, partner) == given_back_ungated(text, partner)
        assert echo_rule.copied_run(text, partner) == copied_run_ungated(text, partner)


_FEATURES = ["interest_question", "acknowledged_view", "invitation", "reflection", "apology"]
_cue = st.tuples(
    st.sampled_from(_FEATURES),
    st.builds(
        Evidence,
        st.sampled_from(["listening", "empathy", "collaboration"]),
        st.integers(-3, 3),
        st.just("a reason"),
        st.one_of(
            st.none(),
            st.tuples(st.integers(0, 40), st.integers(0, 20)).map(lambda t: (t[0], t[0] + t[1])),
        ),
    ),
)
_WORDS = ["I", "hear", "you", "let's", "work", "together", "the", "rent", "that's", "valid", "30%"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14).map(" ".join), st.lists(_cue, max_size=5))
def test_stuffing_reads_as_without_its_gate(text: str, cues: list[tuple[str, Evidence]]) -> None:
    assert stuffing_rule.stuffed(text, cues) == stuffed_ungated(text, cues)


def test_the_courtesy_words_hold_what_the_gate_counts() -> None:
    # every word each pattern matches holds one of the gate's parts, in any case
    words = (
        ["sorry", "apology", "apologies", "apologise", "apologize", "apologising", "apologizing"],
        ["thanks", "thank you", "thankyou", "cheers"],
    )
    for pattern, held, said in zip(
        said_over_rule._COURTESY, said_over_rule._HELD, words, strict=True
    ):
        for word in said:
            for form in (word, word.upper(), word.title()):
                assert pattern.fullmatch(form), form
                assert any(part in form.lower() for part in held), form
