"""An example alone in its polarity among its intent's examples (one affirmative line among
refusals) is compared with none of them, so RP417 said it was closer to another intent's example
"than to the other examples of 'refuse_any_reduction' (0.00)": a number that read like a fault of
the example's words. It now says why there is nothing to compare it with, and what to do."""

from __future__ import annotations

from roleplay.scenario import load_text
from roleplay.scenario.lint import lint

INTENTS = """\
id: lone
title: T
summary: S
learner: {role: Property manager}
counterpart: {name: Ines, role: Tenant}
intents:
  offer_rent_reduction:
    label: you offered money off the rent for the works
    examples:
      - "I can take a quarter off your rent for every week the scaffolding is up."
      - "We'll refund part of the rent for the eleven weeks of works."
      - "The landlord has agreed I can offer you a rent discount."
      - "How about 25% off the rent, backdated to when the scaffolding went up?"
      - "I'll credit you half a month's rent for the disruption so far."
      - "Let's knock something off the rent until the works are finished."
      - "You should get money back for this, and I can arrange a rent discount."
      - "I'll put a rent reduction for the works period in writing this week."
  refuse_any_reduction:
    label: you refused any money back
    examples:
      - "There's no rent reduction for building works, I'm afraid."
      - "LONE"
      - "I can't give you any money back for the scaffolding."
      - "We won't be refunding rent, the building has to be maintained."
      - "Rent isn't reduced for repairs, that's in your contract."
      - "No refund, the works are the landlord's right."
  waive_exit_penalty:
    label: you let her leave without the exit fee
    examples:
      - "Fine, you can leave early and we'll waive the two months' fee."
      - "OK, I'll let you out of the lease with no penalty."
      - "Given the works, the early-exit fee doesn't apply to you."
      - "You can go at the end of the month, no charge."
      - "We'll release you from the lease and forget the penalty."
      - "Consider the exit fee cancelled, you're free to move out."
      - "I'll tear up the break clause for you, leave whenever you like."
      - "Leave without paying the fee, it's the least we can do."
    not:
      - "Once a new tenant signs, your fee is cancelled."
  hold_exit_penalty:
    label: you held the early-exit fee
    examples:
      - "The two months' fee still has to be paid if you go early."
      - "I can't waive the exit fee, it's part of the lease."
      - "The break clause stays as it is."
      - "We won't cancel the penalty for leaving early."
      - "Ending the lease early still costs the fee, I'm sorry."
      - "The early-exit terms aren't something I can change."
  ask_what_would_help:
    label: you asked what would make staying possible
    examples:
      - "What would make it possible for you to stay?"
      - "Is it the flat you want to leave, or the drilling?"
      - "If the works were different, would you still want to go?"
      - "What's the hardest part of it for you day to day?"
      - "Tell me what a normal day looks like with the drilling."
      - "What would you need from us to get through the rest of the works?"
      - "Why do you want to leave - is it the noise?"
      - "How are you managing to sleep at the moment?"
  offer_quiet_mornings:
    label: you offered to keep the mornings quiet
    examples:
      - "I'll get the contractor to start drilling after midday."
      - "We can move the noisy work to the afternoons so you can sleep."
      - "What if the drilling outside your window only happens after one o'clock?"
      - "I'll have the scaffolders work on the other side of the building in the mornings."
      - "Let's agree no drilling near your flat before noon."
      - "I can ask the site manager to keep your side quiet until lunchtime, starting tomorrow."
      - "I'll put a quiet-mornings rule in the contractor's schedule today."
      - "The works on your wall can wait until the afternoon from now on."
start: a
states:
  a:
    say: I want a month's rent back.
    hint: h
    transitions:
      - when: {said: [offer_rent_reduction, refuse_any_reduction, waive_exit_penalty]}
        to: b
      - when: {said: [hold_exit_penalty, ask_what_would_help, offer_quiet_mornings]}
        to: b
      - to: a
  b: {say: Done., end: success}
"""


def _rp417(lone: str) -> list[tuple[str, str | None]]:
    found = lint(load_text(INTENTS.replace("LONE", lone), "lone.yaml"))
    return [(d.message, d.hint) for d in found if d.code == "RP417"]


def test_a_lone_affirmative_example_is_named_as_alone_not_as_zero_close() -> None:
    ((message, hint),) = _rp417("The rent stays the same, the works are allowed under the lease.")
    assert message.startswith(
        "intents 'refuse_any_reduction' and 'offer_rent_reduction' can't be told apart: example "
        "'The rent stays the same, the works are allowed under the le…' is closer to"
    )
    assert message.endswith(
        "than to the other examples of 'refuse_any_reduction' (none: every other one holds a "
        "negation, and an affirmative part is compared only with affirmative examples)"
    )
    assert "(0.00)" not in message
    assert hint is not None and hint.startswith("give the intent a second example in that form")


def test_the_same_line_said_with_a_negation_like_the_others_is_not_reported() -> None:
    """The hint's second way out: the refusal in the form of its intent's other examples."""
    assert _rp417("The works are in the lease, so none of the rent comes back.") == []
