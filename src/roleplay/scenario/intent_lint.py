"""Lint rules about intents (RP416-RP420, RP423-RP425, RP427; RP428, a model reply routed to a
wrong move, in model_reply_lint); the ones that need meaning use the shared encoder.

Scenarios without intents never load the encoder.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from roleplay.nlp.intent_parts import cut
from roleplay.nlp.intent_relevance import content_words, stem
from roleplay.nlp.intent_similarity import (
    ACCUSATION,
    BARE_QUESTION,
    DEFERRAL,
    DEMAND,
    MOVELESS,
    NARRATIVE,
    REFLECTION,
    nearest,
    similarity,
)
from roleplay.nlp.intents import CompiledIntent, IntentMatcher, IntentSpec

from . import lint_rules as rules
from .model import Conditions, IntentRef, Scenario
from .model_reply_lint import check_model_replies

MIN_EXAMPLES = 3
CONFUSABLE_FLOOR = 0.55  # below this two examples share words, not a meaning
NEAR_MISS_FLOOR = 0.5  # an example and a near-miss closer than this say nearly the same thing
Add = Callable[..., None]


def used_intents(scenario: Scenario) -> set[str]:
    """Intents read by some transition or `say` variant."""
    return {name for state in scenario.states.values() for name in state.intents_read}


def _decided_by_intent(when: Conditions | None) -> bool:
    return any(isinstance((when or {}).get(key), IntentRef) for key in ("said", "said_all"))


def check_intents(scenario: Scenario, add: Add, included: Mapping[str, str] | None = None) -> None:
    """Report intent problems through ``add(code, message, hint, path, key=...)``;
    ``included``: the intents read from an `include:`, with the name of their file."""
    used = used_intents(scenario)
    included = included or {}
    for name, intent in scenario.intents.items():
        here = ("intents", name)
        if len(intent.examples) < MIN_EXAMPLES:
            add(
                rules.FEW_EXAMPLES,
                f"intent '{name}' has {len(intent.examples)} example(s); paraphrases will be missed",
                f"write at least {MIN_EXAMPLES} different ways a learner might say it; "
                "8-12 route well, as `roleplay docs` explains",
                (*here, "examples"),
                key=True,
            )
        if name not in used and name in included:
            # not "remove it": other scenarios may read it from the shared file
            add(
                rules.UNUSED_INTENT,
                f"included intent '{name}' ({included[name]}) is never read here",
                "it still competes with the intents this scenario reads, and a reply part it matches "
                "more clearly is not heard as theirs: branch on it with "
                f"`when: {{said: {name}}}`, or include a file without it",
                here,
                key=True,
            )
        elif name not in used:
            add(
                rules.UNUSED_INTENT,
                f"intent '{name}' is never read by a condition",
                f"branch on it with `when: {{said: {name}}}`, or remove it",
                here,
                key=True,
            )
    for name, state in scenario.states.items():
        lines = state.lines
        if len(lines) > 1 and all(v.when for v in lines):
            add(
                rules.NO_DEFAULT_LINE,
                f"every `say` variant of '{name}' has `when`; when none holds there is no line",
                "add a plain string, a variant without `when`, as the default",
                ("states", name, "say"),
                key=True,
            )
        for i, transition in enumerate(state.transitions):
            if transition.label is not None and not _decided_by_intent(transition.when):
                add(
                    rules.LABEL_NEVER_SHOWN,
                    f"transition {i + 1} of '{name}' has a `label` but reads no `said` or "
                    "`said_all`; the debrief names only moves an intent decided",
                    "remove the label, or branch on the intent the move is about",
                    ("states", name, "transitions", i, "label"),
                    key=True,
                )
    if scenario.intents:
        _check_meaning(scenario, add)


def _check_meaning(scenario: Scenario, add: Add) -> None:
    specs = [IntentSpec(n, tuple(i.examples), tuple(i.not_)) for n, i in scenario.intents.items()]
    matcher = IntentMatcher(specs)
    check_model_replies(scenario, matcher, add)
    compiled = matcher.intents
    for a in compiled:
        for k, j, sim, own in _examples_like_near_misses(a):
            near = a.spec.near_misses[j]
            if _same_words(a.spec.examples[k], near):  # one line pasted into both lists
                add(
                    rules.EXAMPLE_MATCHES_NOT,
                    f"'{_short(near)}' is both an example and a near-miss of '{a.spec.name}': "
                    "the same sentence cannot both make the move and not make it",
                    "keep it under `examples` if a learner saying it makes the move, under "
                    "`not` if not, and remove it from the other list",
                    ("intents", a.spec.name, "not", j),
                )
                continue
            if not _near_miss_needed(matcher, a.spec.name, near):
                continue
            shared = _shared_words(a.spec.examples[k], near)
            lone = _lone_polarity(a, k)
            add(
                rules.EXAMPLE_MATCHES_NOT,
                f"example '{_short(a.spec.examples[k])}' of '{a.spec.name}' is as close to its own "
                f"near-miss '{_short(near)}' ({sim:.2f}) as to its other examples ("
                + (f"none: {lone}" if lone else f"{own:.2f}")
                + ")"
                + (f"; they share {shared}" if shared else ""),
                "reword the example or the near-miss so they differ in the move, not in a word; "
                "shared topic words weigh most, so say the move in words the near-miss does not "
                "use; when a place, a day or a number is the whole difference, drop the near-miss "
                "and guard the transition with `mentions` of it instead"
                + (f"; {_LONE_HINT}" if lone else ""),
                ("intents", a.spec.name, "not", j),
            )
    for a in compiled:
        for j in _unchecked_near_misses(a):
            add(
                rules.NEAR_MISS_NEVER_CHECKED,
                f"near-miss '{_short(a.spec.near_misses[j])}' of '{a.spec.name}' holds a negation, "
                "but none of its examples does: a negative reply never matches the intent, so "
                "this entry vetoes nothing",
                "write the near-miss that would fool it without a negation, such as a condition "
                "or a half-move, or add examples that say the move with one",
                ("intents", a.spec.name, "not", j),
            )
    twins = _examples_of_two_intents(compiled)
    unheard: set[str] = set()
    for a in compiled:
        if (readings := _no_move_as_replies(a)) is not None:
            unheard.add(a.spec.name)
            add(
                rules.NEVER_HEARD_IN_OTHER_WORDS,
                f"intent '{a.spec.name}' can only match its examples word for word: sent as a "
                f"reply, every one of them makes no move ({'; '.join(readings)}), so a learner "
                "who says it in other words is heard as saying nothing",
                "give it examples that carry a move: what the learner does, offers, asks or "
                "refuses; to branch on words such as thanks whatever else is said, use "
                "`when: {mentions: [...]}` instead",
                ("intents", a.spec.name),
                key=True,
            )
    for a in compiled:
        if a.spec.name in unheard:
            continue  # RP427 says it for the intent as a whole; no line per example
        for k, example in enumerate(a.spec.examples):
            if a.spec.name in matcher.matched(example):
                continue
            heard = next(s for s in matcher.score(example) if s.name == a.spec.name)
            why = heard.blocked or f"{heard.score:.2f}, under its threshold {heard.threshold:.2f}"
            part = example[heard.span[0] : heard.span[1]].strip() if heard.span else example
            if heard.blocked and part and not _same_words(part, example):
                # a reply is read part by part: say which part came closest, or the trainer
                # rewords the sentence that was never the trouble
                why = (
                    f"its closest part, '{_short(part)}', scores {heard.score:.2f} against "
                    f"{heard.threshold:.2f}, and {why}"
                )
            twin = twins.get((a.spec.name, k))
            if any(_same_words(example, near) for near in a.spec.near_misses):
                continue  # it is in its own `not` list: RP418 says so, and what to do
            add(
                rules.EXAMPLE_NOT_HEARD,
                f"example '{_short(example)}' of '{a.spec.name}' does not match its own intent "
                f"when a learner sends it ({why})",
                f"it is also an example of '{twin[0]}': keep it under the intent whose move it says"
                if twin is not None
                else "reword it so the move is said in words, or drop a sentence that says "
                "something else; check it with `roleplay intents`",
                ("intents", a.spec.name, "examples", k),
            )
    reported: set[frozenset[str]] = set()
    for (name, k), (other, _) in twins.items():
        pair = frozenset((name, other))
        if pair in reported:
            continue
        reported.add(pair)
        example = scenario.intents[name].examples[k]
        add(
            rules.CONFUSABLE_INTENTS,
            f"intents '{name}' and '{other}' can't be told apart: '{_short(example)}' is an "
            "example of both",
            "keep it under the intent whose move it says, and give the other its own words",
            ("intents", name, "examples", k),
        )
    # each intent's leave-one-out scores once, not once per pair: recomputed for every pair
    # they made a file of 300 intents take minutes in `validate`
    own_scores = {a.spec.name: _own_best(a) for a in compiled}
    for a in compiled:
        for b in compiled:
            pair = frozenset((a.spec.name, b.spec.name))
            if a is b or pair in reported:
                continue
            found = _confused(a, b, own_scores[a.spec.name])
            if found is None:
                continue
            reported.add(pair)
            k, j, sim, own = found
            lone = _lone_polarity(a, k)
            add(
                rules.CONFUSABLE_INTENTS,
                f"intents '{a.spec.name}' and '{b.spec.name}' can't be told apart: example "
                f"'{_short(a.spec.examples[k])}' is closer to '{_short(b.spec.examples[j])}' "
                f"({sim:.2f}) than to the other examples of '{a.spec.name}' ("
                + (f"none: {lone}" if lone else f"{own:.2f}")
                + ")",
                _LONE_HINT
                if lone
                else "make the examples of each intent say something the other's don't, or "
                "merge them",
                ("intents", a.spec.name, "examples", k),
            )


# An example alone in its polarity is compared with no other example of its intent (a reply part
# meets only examples of its own polarity), so its "closeness to its own examples" is 0.00: say
# why, and what to do, instead of a number that reads like a fault of the example's wording
_LONE_HINT = (
    "give the intent a second example in that form, as a lone one meets only near-rewordings of "
    "itself; or say this one in the form its other examples use"
)


def _lone_polarity(intent: CompiledIntent, k: int) -> str:
    """Why example ``k`` has no other example of its intent to be compared with, when it is the
    only one of its polarity (its own score is then 0.00); "" when it has company."""
    negative = intent.examples.negative
    if int((negative == negative[k]).sum()) > 1:
        return ""
    if negative[k]:
        return (
            "it is the only one that holds a negation, and a negative part is compared only "
            "with negative examples"
        )
    return (
        "every other one holds a negation, and an affirmative part is compared only with "
        "affirmative examples"
    )


def _examples_of_two_intents(
    compiled: Sequence[CompiledIntent],
) -> dict[tuple[str, int], tuple[str, int]]:
    """(intent, example index) -> the other intent holding the same example (case and spacing
    aside), and its index there: a line copied to start a new intent."""
    first: dict[str, tuple[str, int]] = {}
    twins: dict[tuple[str, int], tuple[str, int]] = {}
    for intent in compiled:
        for k, example in enumerate(intent.spec.examples):
            key = " ".join(example.casefold().split())
            seen = first.setdefault(key, (intent.spec.name, k))
            if seen[0] != intent.spec.name:
                twins.setdefault(seen, (intent.spec.name, k))  # the first declared first
                twins.setdefault((intent.spec.name, k), seen)
    return twins


# How a reply part that makes no move is read (by its mood; None: a reply that only takes their
# words in, which has no part at all), in the words of docs/authoring.md
_NO_MOVE = {
    None: "it only takes their words in, like 'OK' or 'Sure'",
    REFLECTION: "thanks, a hope, surprise or a restatement of them, and nothing more",
    NARRATIVE: "it tells what happened before, or what someone else asked",
    DEMAND: "it tells someone else to act",
    ACCUSATION: "it accuses",
    DEFERRAL: "it waits on a check or on someone else's yes",
    BARE_QUESTION: "it asks about nothing, like 'Why?'",
}


def _no_move_as_replies(intent: CompiledIntent) -> list[str] | None:
    """How the examples of ``intent`` are read sent as replies, when every one of them makes no
    move there though it is a move among the examples (which keep their own mood): a reply in
    other words is then read the same way and meets the examples 0.5 behind (or not at all), so
    only a near-copy of an example can match. None when some example is heard as a move, or
    when the intent is itself such talk (a reflection, a check) and meets it in full."""
    readings: list[str] = []
    for k, example in enumerate(intent.spec.examples):
        if int(intent.examples.mood[k]) in MOVELESS:
            return None
        spans, _, moods = cut(example)
        if spans and not all(m in MOVELESS for m in moods):
            return None
        reading = _NO_MOVE[moods[0] if spans else None]
        if reading not in readings:
            readings.append(reading)
    return readings or None


def _own_best(intent: CompiledIntent) -> list[float]:
    """For each example: its score against the intent's other examples (leave-one-out)."""
    ex = intent.examples
    return [float(similarity(ex.without(i), ex.take([i]))[0]) for i in range(len(ex))]


def _near_miss_needed(matcher: IntentMatcher, name: str, near: str) -> bool:
    """Whether the matcher would let ``near``, sent as a reply, through as intent ``name`` but
    for its own `not` list. Its readings already keep a near-miss out that waits on a third
    party's yes ("... if the lawyers agree"), turns after a "but" to another move ("The layout
    team did the crop, but I signed it off") or says no: such an entry vetoes nothing the
    matcher would hear, so it cannot contradict an example (no RP418)."""
    heard = next(s for s in matcher.score(near) if s.name == name)
    return heard.matched or (heard.blocked or "").startswith("near-miss")


def _unchecked_near_misses(intent: CompiledIntent) -> list[int]:
    """The near-misses that can never veto: a near-miss only vetoes a part of its own polarity
    that the intent matched, and a negative part is only compared with negative examples -
    unless the intent is met across polarity (:mod:`roleplay.nlp.intent_crossing`), where a
    negative near-miss vetoes the negative parts that meet its affirmative examples."""
    if intent.examples.negative.any() or intent.crossing.any():
        return []
    return [j for j, negative in enumerate(intent.near.negative) if negative]


def _examples_like_near_misses(intent: CompiledIntent) -> Iterator[tuple[int, int, float, float]]:
    if not len(intent.near):
        return
    own = _own_best(intent)
    sims = intent.examples.vectors @ intent.near.vectors.T
    for k, example in enumerate(intent.spec.examples):
        for j, near in enumerate(intent.spec.near_misses):
            identical = _same_words(example, near)
            same = intent.examples.negative[k] == intent.near.negative[j]
            threshold = intent.threshold_for(bool(intent.examples.negative[k]))
            close = sims[k, j] >= max(threshold, own[k], NEAR_MISS_FLOOR)
            if identical or (same and close):
                yield k, j, float(sims[k, j]), max(own[k], 0.0)
                break


def _confused(
    a: CompiledIntent, b: CompiledIntent, own: list[float]
) -> tuple[int, int, float, float] | None:
    scores = similarity(b.examples, a.examples)
    for k in range(len(a.examples)):
        threshold = b.threshold_for(bool(a.examples.negative[k]))
        if scores[k] >= max(threshold, CONFUSABLE_FLOOR) and scores[k] > own[k]:
            j = nearest(b.examples, a.examples.take([k]))
            return k, j, float(scores[k]), max(own[k], 0.0)
    return None


def _shared_words(example: str, near: str, most: int = 5) -> str:
    """The topic words an example and its near-miss share, quoted ("'Monday', 'crew'"): what
    makes them close when their moves differ (a trainer writing the two about one thing)."""
    theirs = {stem(w) for w in content_words(near)}
    seen: list[str] = []
    for w in content_words(example):
        if len(w) >= 3 and stem(w) in theirs and w not in seen:
            seen.append(w)
    return ", ".join(f"'{w}'" for w in seen[:most])


def _same_words(a: str, b: str) -> bool:
    """The same sentence, case and spacing aside."""
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
