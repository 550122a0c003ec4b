"""Word gates: a reading skipped because a part holds none of its gate's words would have
answered no. Checked on the patterns themselves (texts they match, made by hypothesis), on
every reply of the intent benchmark sets and the shipped scenarios' examples (sentences and
clauses, in many domains), and on the moods read with and without the gates."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from roleplay.nlp import (
    intent_no_move,
    intent_readings,
    intent_reply_moods,
    intent_similarity,
    word_gates,
)
from roleplay.nlp.intent_reply_moods import gated_mood, part_mood
from roleplay.nlp.negation import clause_spans
from roleplay.nlp.sentences import split_sentences
from roleplay.nlp.word_gates import (
    ANY_WORD,
    NO_GATE,
    ODD_CASE,
    Words,
    both,
    either,
    gate,
    may_match,
    required_words,
    words_of,
)

ROOT = Path(__file__).resolve().parents[2]

# every gated pattern, by the reading it gates
PATTERNS: dict[str, re.Pattern[str]] = {
    "greeting question": intent_reply_moods._GREETING_QUESTION,
    "checks what they ask": intent_reply_moods._CHECKS_ASK,
    "disowned tag": intent_reply_moods._DISOWNED_TAG,
    "appraisal": intent_reply_moods._APPRAISAL,
    "thanks": intent_reply_moods._THANKS,
    "hope": intent_reply_moods._HOPE,
    "reaction": intent_reply_moods._REACTION,
    "past time": intent_reply_moods._PAST_TIME,
    "perceived": intent_reply_moods._PERCEIVED,
    "accusing": intent_readings._ACCUSING,
    "owns": intent_readings._OWNS,
    "defers": intent_readings._DEFERS,
    "checks": intent_readings._CHECKS,
    "wish": intent_no_move._WISH,
    "counterfactual if": intent_no_move._COUNTERFACTUAL_IF,
    "when quiet": intent_no_move._WHEN_QUIET,
    "others might": intent_no_move._OTHERS_MIGHT,
    "maybe": intent_no_move._MAYBE,
    "reported": intent_no_move._REPORTED,
    "ruins": intent_no_move._RUINS,
    "hypothetical": intent_no_move._HYPOTHETICAL,
    "asks for": intent_similarity._ASKS_FOR,
    "why would we": intent_similarity._WHY_WOULD_WE,
    "proposes": intent_similarity._PROPOSES,
}

# each gated reading and its gate
READINGS: dict[str, tuple[Callable[[str], object], Words]] = {
    "greeting question": (
        intent_reply_moods._GREETING_QUESTION.match,
        intent_reply_moods._GREETING_QUESTION_GATE,
    ),
    "checks what they ask": (
        intent_reply_moods._checks_what_they_ask,
        intent_reply_moods._CHECKS_ASK_GATE,
    ),
    "disowned tag": (intent_reply_moods._DISOWNED_TAG.match, intent_reply_moods._TAG_GATE),
    "appraisal": (intent_reply_moods._APPRAISAL.match, intent_reply_moods._APPRAISAL_GATE),
    "thanks only": (intent_reply_moods.thanks_only, intent_reply_moods._THANKS_GATE),
    "hopes": (intent_reply_moods._hopes, intent_reply_moods._HOPE_GATE),
    "reacts": (intent_reply_moods._reacts, intent_reply_moods._REACTION_GATE),
    "tells the past": (intent_reply_moods._tells_the_past, intent_reply_moods._PAST_GATE),
    "perceived": (intent_reply_moods._perceived, intent_reply_moods._PERCEIVED_GATE),
    "accuses": (intent_readings.accuses, intent_readings.ACCUSES_GATE),
    "owns": (intent_readings.owns, intent_readings.OWNS_GATE),
    "defers": (intent_readings.defers, intent_readings.DEFERS_GATE),
    "checks": (intent_readings.checks, intent_readings.CHECKS_GATE),
    "counterfactual": (intent_no_move.counterfactual, intent_no_move.COUNTERFACTUAL_GATE),
    "vague": (intent_no_move.vague, intent_no_move.VAGUE_GATE),
    "reports": (intent_no_move.reports, intent_no_move.REPORTS_GATE),
    "warns": (intent_no_move.warns, intent_no_move.WARNS_GATE),
    "asks for": (intent_similarity.asks_for, intent_similarity.ASKS_FOR_GATE),
    "says no as a question": (
        intent_similarity.says_no_as_a_question,
        intent_similarity.SAYS_NO_QUESTION_GATE,
    ),
    "puts forward": (intent_similarity.puts_forward, intent_similarity.PUTS_FORWARD_GATE),
}


def _texts() -> list[str]:
    """Every reply of the intent benchmark sets and every example and near-miss of the shipped
    scenarios, with their sentences and clauses."""
    found: list[str] = []
    for path in sorted((ROOT / "benchmarks").glob("**/*.yaml")):
        if "intent_blind" in str(path):
            continue  # read as totals only
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        for group in (data.get("cases") or {}).values():
            for kind in group.values():
                found += [t for t in kind if isinstance(t, str)]
        found += [t for t in data.get("ordinary") or [] if isinstance(t, str)]
        for intent in (data.get("intents") or {}).values():
            found += list(intent.get("examples", [])) + list(intent.get("not", []))
    for path in sorted((ROOT / "scenarios").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for intent in (data.get("intents") or {}).values():
            found += list(intent.get("examples", [])) + list(intent.get("not", []))
    out: set[str] = set()
    for text in found:
        out.add(text)
        for a, b in split_sentences(text):
            out.add(text[a:b])
            out.update(text[x:y].strip() for x, y in clause_spans(text, a, b))
    return sorted(t for t in out if t)


TEXTS = _texts()


def test_the_corpus_is_large() -> None:
    assert len(TEXTS) > 2500


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_gated_pattern_has_a_gate(name: str) -> None:
    assert required_words(PATTERNS[name]) is not None


@pytest.mark.parametrize("name", sorted(READINGS))
def test_a_reading_never_fires_on_a_text_its_gate_skips(name: str) -> None:
    reading, gate = READINGS[name]
    fired = 0
    for text in TEXTS:
        if reading(text):
            fired += 1
            assert may_match(gate, words_of(text)), text
    # a gate that lets nothing through would pass trivially: most readings fire somewhere
    # here; the rest (small talk, a reaction, a tag cut from its sentence) are checked on
    # texts of their own below
    assert fired or name in {
        "hopes",
        "greeting question",
        "reacts",
        "disowned tag",
        "says no as a question",
    }


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("hopes", "I'm sure it'll work out somehow."),
        ("hopes", "Things will sort themselves out."),
        ("greeting question", "Hello, how are you doing?"),
        ("reacts", "Wow, I didn't see that coming."),
        ("thanks only", "Thanks for taking my call."),
        ("tells the past", "We signed for three years last time and regretted it."),
        ("owns", "That's on me, I should have flagged it on Monday."),  # hospitality
        ("defers", "We could open the ward once the matron signs it off."),  # health
        ("counterfactual", "I wish we could hire two more nurses."),
        ("warns", "If we skipped the review, we'd be fined."),  # compliance
        ("vague", "Maybe we can look at it at some point."),
        ("reports", "My manager told me to push the release to Friday."),  # engineering
        ("perceived", "I saw the draft of the grant report this morning."),  # public sector
        ("disowned tag", "not my call"),
        ("appraisal", "That's a big ask for one quarter."),  # sales
        ("checks", "Let me check with the warehouse first."),  # operations
        ("accuses", "Why didn't you tell HR earlier?"),  # HR
        ("checks what they ask", "Are you asking me to skip the allergen check?"),
        ("asks for", "Tell me more about the outage."),  # engineering
        ("says no as a question", "Why would we host patient data in the US?"),  # health
        ("puts forward", "What if we opened the library until midnight instead?"),  # public
    ],
)
def test_each_gate_lets_its_reading_through(name: str, text: str) -> None:
    reading, gate = READINGS[name]
    assert reading(text)
    assert may_match(gate, words_of(text))


@pytest.mark.parametrize("name", sorted(PATTERNS))
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_any_text_a_pattern_matches_passes_its_gate(name: str, data: st.DataObject) -> None:
    pattern = PATTERNS[name]
    text = data.draw(st.from_regex(pattern))
    assert pattern.search(text) is not None
    assert may_match(required_words(pattern), words_of(text)), text


def test_moods_are_the_same_with_and_without_gates() -> None:
    moved = [t for t in TEXTS if part_mood(t) != gated_mood(t, None, ANY_WORD)]
    assert not moved


def test_a_word_must_stand_alone_to_be_required() -> None:
    # bounded by \b, spaces, the text's start or end: a word
    assert required_words(re.compile(r"\bnot\b", re.I)) == frozenset({"not"})
    assert required_words(re.compile(r"^thanks\b", re.I)) == frozenset({"thanks"})
    # ... but "thanks" may run on ("thanksgiving") without one
    assert required_words(re.compile(r"^thanks", re.I)) is None
    # "you" may run into the next word ("youhave to"): no gate from it
    assert required_words(re.compile(r"you\s*(?:have|must)\b", re.I)) is None
    # a search finds "foo" inside "xfoo": no word
    assert required_words(re.compile(r"foo", re.I)) is None
    # alternatives spelt with a shared start ("m" + "ight|ay") and optional endings
    assert required_words(re.compile(r"\b(?:might|may)\b", re.I)) == frozenset({"might", "may"})
    assert required_words(re.compile(r"\bauditors?\b", re.I)) == frozenset({"auditor", "auditors"})
    assert required_words(re.compile(r"\bapologi[sz]e\b", re.I)) == frozenset(
        {"apologise", "apologize"}
    )
    # every alternative must give words, or none is required
    assert required_words(re.compile(r"\bno\b|\w+ly\b", re.I)) is None
    # a sequence needs each part: the rarest is chosen
    assert required_words(re.compile(r"\bi (?:was|were) wrong\b", re.I)) == frozenset({"wrong"})
    # an optional word is not required
    assert required_words(re.compile(r"\b(?:so )?fine\b", re.I)) == frozenset({"fine"})


def test_either_and_both() -> None:
    a, b = frozenset({"if"}), frozenset({"wish", "only"})
    assert either(a, b) == frozenset({"if", "wish", "only"})
    assert either(a, None) is None
    assert both(a, b) == a
    assert both(None, b) == b
    assert both(None, None) is None


def test_words_are_runs_of_letters() -> None:
    # (and the empty word, which NO_GATE meets)
    assert words_of("I'll send it, don't worry!") == frozenset(
        {"", "i", "ll", "send", "it", "don", "t", "worry"}
    )
    assert words_of("Q3 budget: 30%") == frozenset({"", "q", "budget"})
    assert words_of("We’ll phase it") == frozenset({"", "we", "ll", "phase", "it"})


def test_a_text_with_an_odd_case_letter_is_never_gated() -> None:
    # "ſorry" matches "sorry" without regard to case: no words, every reading runs
    assert re.fullmatch("sorry", "ſorry", re.I)
    assert words_of("ſorry, my fault") is ANY_WORD
    assert may_match(frozenset({"sorry"}), ANY_WORD)
    assert not ANY_WORD.isdisjoint(frozenset({"sorry"}))


def test_the_odd_case_letters_are_all_there_are() -> None:
    # every character that case-insensitive matching takes for an ASCII letter, whose lower
    # case is not that single letter, is in ODD_CASE
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {
        chr(c)
        for c in range(0x80, 0x110000)
        if not 0xD800 <= c <= 0xDFFF
        and letter.fullmatch(chr(c))
        and not (len(chr(c).lower()) == 1 and "a" <= chr(c).lower() <= "z")
    }
    assert odd <= set(ODD_CASE)


def test_a_reading_whose_pattern_tells_no_words_always_runs() -> None:
    no_gate = gate(required_words(re.compile(r"\w+ly\b", re.I)))
    assert no_gate is NO_GATE
    for text in ("Frankly.", "", "42 %", "ſurely"):  # even a text with no word at all
        assert not words_of(text).isdisjoint(no_gate)
    assert gate(frozenset({"if"})) == frozenset({"if"})


@pytest.mark.parametrize("name", sorted(READINGS))
def test_every_gated_reading_has_a_real_gate(name: str) -> None:
    # on the Python in use, each gate names words (NO_GATE would only make it slower)
    _, words = READINGS[name]
    assert words is not NO_GATE
    assert "" not in words and words


def test_a_parse_of_another_shape_gives_no_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    # Python's parser is private: if it changes shape, reading a pattern fails safe
    def broken(pattern: str, flags: int = 0) -> object:
        raise TypeError("a parser of another shape")

    pattern = re.compile(r"\bnot\b", re.I)  # compiled before the parser breaks
    monkeypatch.setattr(word_gates._parser, "parse", broken)  # type: ignore[attr-defined]
    assert required_words(pattern) is None
    monkeypatch.setattr(word_gates, "_parser", None)
    assert required_words(pattern) is None
