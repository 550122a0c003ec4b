"""What the counterpart heard: matched intents in words, and the moves that decided a session.

Coach mode shows "Dana heard: you offered to phase the cut" after a reply; the debrief lists the
decisive moves - the turns whose transition fired because of an intent the reply said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from roleplay.scenario.model import IntentRef, Scenario
from roleplay.scenario.move_outcome import ending_of, move_worked, net_effect


class PlayedTurn(Protocol):
    """What deciding a move needs of a turn (a TurnResult, or a workshop's saved turn row)."""

    @property
    def turn(self) -> int: ...
    @property
    def state(self) -> str: ...
    @property
    def next_state(self) -> str: ...
    @property
    def transition_index(self) -> int | None: ...
    @property
    def intents(self) -> tuple[str, ...]: ...


def intent_label(scenario: Scenario, name: str) -> str:
    """An intent's `label`, or its name in words ("offer_phasing" -> "offer phasing")."""
    intent = scenario.intents.get(name)
    return intent.label if intent is not None and intent.label else name.replace("_", " ")


def heard_text(
    scenario: Scenario, intents: Sequence[str], turn: PlayedTurn | None = None
) -> str | None:
    """ "Dana heard: you offered to phase the cut" or None when the reply matched no intent.
    ``turn``: the played turn these intents are of; when the transition it took fired on an
    intent and has its own `label`, that label is what was heard - the move as the
    conversation took it (a transition may read `mentions` beside the intent and take the
    reply another way than the intent's own label says), in the debrief's words."""
    known = [n for n in intents if n in scenario.intents]
    if not known:
        return None
    moves = decisive_moves(scenario, [turn]) if turn is not None else ()
    if moves and moves[0].label:
        return f"{scenario.counterpart.name} heard: {moves[0].label}"
    labels = [intent_label(scenario, n) for n in known]
    return f"{scenario.counterpart.name} heard: " + "; ".join(labels)


def heard_line(
    scenario: Scenario,
    intents: Sequence[str],
    *,
    scored: bool = True,
    turn: PlayedTurn | None = None,
) -> str | None:
    """What a person reads under a scored reply in coach mode (plain mode, the TUI's card,
    the Markdown and HTML exports): :func:`heard_text`, or "Dana heard no particular move" when
    the reply matched none of the scenario's intents. None for a scenario without intents
    (nothing is listened for) and for a reply that was not scored (its own line says why, and
    it is heard as saying nothing). ``--json`` keeps ``heard`` null for no intent."""
    heard = heard_text(scenario, intents, turn)
    if heard is not None or not scored or not scenario.intents:
        return heard
    return f"{scenario.counterpart.name} heard no particular move"


@dataclass(frozen=True)
class DecisiveMove:
    """A turn whose transition fired because the reply said these intents."""

    turn: int
    state: str
    next_state: str
    intents: tuple[str, ...]
    labels: tuple[str, ...]  # the intents in words
    label: str | None = None  # the transition's own `label`, when the scenario gives one
    ending: str | None = None  # the outcome, when the move led straight to an ending
    effect: int = 0  # the transition's meter effects, summed (trust +10, patience -15: -5)

    @property
    def words(self) -> str:
        """The move as the learner reads it: the transition's label, else the intents'."""
        return move_words(self.label, self.labels)

    @property
    def worked(self) -> bool | None:
        """Whether the move helped: an ending says so (success yes, failure no), else the
        branch's meter effects (trust gained: yes; trust or patience lost: no); None when
        neither tells (a neutral ending, a branch that changes no meter). The same judgement
        as lint's RP428 (roleplay.scenario.move_outcome)."""
        return move_worked(self.ending, self.effect)

    def text(self) -> str:
        return f"Turn {self.turn}: {self.words}{ending_words(self.ending)}"


def move_words(label: str | None, intent_labels: Sequence[str]) -> str:
    return label or " and ".join(intent_labels)


def ending_words(ending: str | None) -> str:
    """`` → it ended in failure`` after a move that led straight to an ending, else nothing
    (a state's id is the author's name for it, not words for the learner)."""
    return f" → it ended in {ending}" if ending else ""


def decisive_moves(scenario: Scenario, turns: Sequence[PlayedTurn]) -> tuple[DecisiveMove, ...]:
    out: list[DecisiveMove] = []
    for t in turns:
        if t.transition_index is None or t.state not in scenario.states:
            continue
        transitions = scenario.states[t.state].transitions
        if t.transition_index >= len(transitions):
            continue
        transition = transitions[t.transition_index]
        when = transition.when or {}
        required = [
            name
            for key in ("said", "said_all")
            if isinstance(ref := when.get(key), IntentRef)
            for name in ref.names
            if name in t.intents
        ]
        names = tuple(dict.fromkeys(required))
        if names:
            labels = tuple(intent_label(scenario, n) for n in names)
            ending = ending_of(scenario, t.next_state)
            effect = net_effect(transition)
            out.append(
                DecisiveMove(
                    t.turn, t.state, t.next_state, names, labels, transition.label, ending, effect
                )
            )
    return tuple(out)
