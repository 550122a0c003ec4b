"""RP426: a `say` variant that reads an intent no reply arriving at its state can say, or any
variant with `when` on a start state nothing leads back to.

A variant's `when` is read on the reply that led to its state. When every transition into the
state that can fire refuses the intent - an earlier transition whose only condition is
`said: X` took every reply saying X elsewhere, or the transition itself has `not_said: X` - the
variant is never said, whatever the learner types: the trainer wrote a reaction nobody sees.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from . import lint_rules as rules
from .flow import Flow
from .model import IntentRef, SayVariant

Add = Callable[..., None]


def check_variants(flow: Flow, add: Add) -> None:
    """Report, through ``add(code, message, hint, path)``, each `say` variant of a reachable
    state whose `said` (any of) or `said_all` (every one) no arriving reply can satisfy."""
    arriving: dict[str, list[frozenset[str]]] = {}  # state -> what each way in cannot say
    for edges in flow.edges.values():
        for edge in edges:
            if edge.taken:
                arriving.setdefault(edge.target, []).append(edge.unsaid)
    for name, state in flow.scenario.states.items():
        ways_in = arriving.get(name)
        say = state.say if isinstance(state.say, list) else []
        if name == flow.scenario.start and not ways_in:
            _start_only(name, state.lines, add)
            continue
        if name not in flow.reached or not ways_in:
            continue  # unreachable (RP401)
        for k, variant in enumerate(state.lines):
            refused = _refused(variant.when or {}, ways_in)
            if refused is None:
                continue
            add(
                rules.VARIANT_NEVER_SAID,
                f"`say` variant {k + 1} of '{name}' is never said: no reply that says "
                f"{refused} reaches '{name}' (an earlier transition, or a `not_said`, sends "
                "every such reply elsewhere)",
                f"move the variant to the state those replies do reach, or send them to "
                f"'{name}' from the transition that reads {refused}",
                ("states", name, "say", k, "when") if isinstance(say, list) else ("states", name),
            )


def _start_only(name: str, lines: Sequence[SayVariant], add: Add) -> None:
    """A variant with `when` on the start state when no transition leads back to it: it is said
    only at the start, before any reply, where only the plain lines are candidates."""
    for k, variant in enumerate(lines):
        if variant.when:
            add(
                rules.VARIANT_NEVER_SAID,
                f"`say` variant {k + 1} of '{name}' is never said: only the start reaches "
                f"'{name}', and at the start no reply has been given, so only its plain lines "
                "are said",
                "put the reaction in the state the reply leads to, or lead a transition back to "
                f"'{name}'",
                ("states", name, "say", k, "when"),
            )


def _refused(when: Mapping[str, object], ways_in: list[frozenset[str]]) -> str | None:
    """The intents (in words) no way in can satisfy for this `when`, or None when one can."""
    said = when.get("said")
    if isinstance(said, IntentRef) and all(set(said.names) <= unsaid for unsaid in ways_in):
        return " or ".join(f"'{n}'" for n in said.names)
    every = when.get("said_all")
    if isinstance(every, IntentRef) and all(set(every.names) & unsaid for unsaid in ways_in):
        return "all of " + ", ".join(f"'{n}'" for n in every.names)
    return None
