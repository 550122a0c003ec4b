"""RP428: a state's `model_reply` that, sent as a reply in its own state, takes a wrong move.

The debrief shows a state's model reply as the thing to say there. A trainer needs to hear
when that reply would itself be routed to a failure: a learner who copied it would fail, and the
debrief would teach a move the scenario punishes. That is all this rule reports. A model reply
that also resembles a second intent but is routed where the author meant is not reported: it
plays correctly, and the warning would send the trainer to reword a reply that works (an
earlier form of this rule flagged 14 of 24 scenarios written from the docs alone for that).

The route is the engine's: the transitions are tried in order, and the reply's intents are
matched as in play (among those the state can act on), so `said`, `said_all` and `not_said` are
read, and so is `mentions` (the engine's own test, :mod:`roleplay.scenario.mentions`). Lint has
no score, meters or turn number, so conditions on them are given
the benefit of the doubt, a model reply being written to earn its score: a transition on them
that is no wrong move may take the reply first (nothing is reported); a wrong move on them is
reported when a `said` or `said_all` the reply makes decided it ("can take"); one that reads
only them (a score gate such as `overall: "< 40"` to a failure) is passed over. A wrong move
is a transition to a `failure` ending, or one whose meter effects add up to a loss (trust +10,
patience -15) and that ends in no success: the moves the debrief says did not work
(``DecisiveMove.worked``; both read :mod:`roleplay.scenario.move_outcome`).
`tests/model_reply_route.py` plays model replies through the engine with the product's scorer
to check these findings.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from roleplay.nlp.intents import IntentMatcher

from . import lint_rules as rules
from .mentions import mentions_any_of, phrase_pattern
from .model import IntentRef, Scenario, State, Transition
from .move_outcome import ending_of, move_worked, net_effect

Add = Callable[..., None]


@dataclass(frozen=True)
class Route:
    index: int  # of the transition in its state (0-based)
    transition: Transition
    why: str  # what makes it a wrong move
    certain: bool  # False: taken when its score or meter conditions hold


def _said_holds(
    transition: Transition, reply: str, heard: Collection[str]
) -> tuple[bool, bool, bool]:
    """For ``reply``, which said ``heard``: whether the transition's conditions on what was
    said (intents, `mentions`) hold, whether it has a `said` or `said_all` that holds (it is
    decided by a move the reply made), and whether it has conditions lint cannot read (scores,
    meters, `turn`)."""
    held, named, unread = True, False, False
    for key, value in (transition.when or {}).items():
        if key == "mentions":
            assert isinstance(value, tuple)
            held = held and mentions_any_of(reply, (phrase_pattern(p) for p in value))
        elif not isinstance(value, IntentRef):
            unread = True
        elif key == "not_said":
            held = held and not any(n in heard for n in value.names)
        else:
            test = any if key == "said" else all
            ok = test(n in heard for n in value.names)
            held, named = held and ok, named or ok
    return held, named, unread


def wrong_route(
    scenario: Scenario, state: State, reply: str, heard: Collection[str]
) -> Route | None:
    """The wrong move ``reply``, which said ``heard``, is routed to from ``state``, or None.

    In order, as the engine tries them: a transition whose intent conditions fail is passed
    over. One that holds whatever the score is taken. One that also reads what lint cannot
    (a score, a meter, the turn) is given the benefit of the doubt, since a model
    reply is written to earn a good score: a good move there may take the reply (nothing to
    report), a wrong move is reported only when a `said` decided it (the score only qualifies
    a move the reply made), else passed over (a score gate such as `overall: "< 40"`)."""
    for index, transition in enumerate(state.transitions):
        held, named, unread = _said_holds(transition, reply, heard)
        if not held:
            continue
        why = wrong_move(scenario, transition)
        if not unread:
            return Route(index, transition, why, certain=True) if why else None
        if why is None:
            return None
        if named:
            return Route(index, transition, why, certain=False)
    return None


def wrong_move(scenario: Scenario, transition: Transition) -> str | None:
    """Why taking ``transition`` is a wrong move (a failure ending, a net loss on the meters
    short of a success ending: the move the debrief says did not work), or None when it is
    not one."""
    ending = ending_of(scenario, transition.to)
    if move_worked(ending, net_effect(transition)) is not False:
        return None
    if ending == "failure":
        return f"to '{transition.to}', a failure ending"
    effects = ", ".join(f"{m} {v:+d}" for m, v in transition.effects.items())
    return f"to '{transition.to}' with {effects}, a move the debrief says did not work"


def check_model_replies(scenario: Scenario, matcher: IntentMatcher, add: Add) -> None:
    """RP428 for each state whose `model_reply`, sent there, would be routed to a wrong move."""
    for name, state in scenario.states.items():
        reply = state.model_reply
        if not reply or state.end is not None:
            continue
        line = state.variants[0] if state.variants else None  # a short yes or no answers it
        heard = matcher.matched(reply, scenario.intents_heard_in(name), line)
        taken = wrong_route(scenario, state, reply, heard)
        if taken is None:
            continue
        said = ", ".join(f"'{i}'" for i in heard) or "no intent"
        takes = "takes" if taken.certain else "can take (its other conditions holding)"
        add(
            rules.MODEL_REPLY_FAILS,
            f"the model reply of '{name}', sent as a reply there, is heard as {said} and "
            f"{takes} transition {taken.index + 1} ({taken.why}): a learner who copies it from "
            "the debrief fails",
            "reword it so it says the move you mean learners to make; "
            '`roleplay intents FILE --state STATE "the reply"` shows what it is heard as',
            ("states", name, "model_reply"),
        )
