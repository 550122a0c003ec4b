"""Rule 212 (docs/scoring.md): an offer of a small comfort unrelated to their point is no
question about their needs.

"Would you like a cup of tea while you wait?" to someone who has waited three hours with no word
of where they are in the queue, "Do you want a coffee? We could take five." to a design rejected
a third time, "Can I get you a glass of water?" to a landlord keeping the whole deposit: kind in
form, and the question earned "+26 asked about their needs" ("you" and a word of wanting), so
each outscored a plain reply that took up their point. A drink, a snack or a seat offered in
place of an answer leaves their matter where it was, as a change of subject does (rule 174).

A sentence offers such a comfort when it offers ("would you like", "do you want", "can / could /
shall I get / make / grab / fetch / bring you", "let me get you", "fancy", "how about", "I'll
get you") a drink, a snack or a seat (tea, coffee, a cuppa, water, a biscuit, a snack, a
sandwich, a seat, a chair ...) within a few words. It is unrelated to their point when their
line names neither the comfort itself nor a need of the body it meets (thirst, hunger, eating,
cold, feeling faint or dizzy, crying, shaking, being on their feet): "Can I get you some water?"
to "I feel faint" meets their need. `subject_change.changes_subject` reads it as a change of
subject, with that rule's treatment (no credit for the question, `changed the subject`, a stock
acknowledgement before it taken back).
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless

_COMFORT = (
    r"(?:a |an |some |another |more )(?:(?:quick|hot|cold|fresh|nice|little|cup of|mug of|"
    r"glass of|bottle of|cup o'|pot of|slice of|bit of|plate of) ){0,2}(?:tea|teas|coffee|coffees|"
    r"cuppa|cuppas|water|biscuits?|snacks?|drinks?|sandwich(?:es)?|seat|chair|mints?|cookies?|"
    r"cake|chocolate|sweets|juice|squash|latte|cappuccino|espresso|hot chocolate|pastry|"
    r"pastries|doughnuts?|donuts?|croissants?|muffins?|lunch|breakfast|something to (?:eat|drink))"
    r"\b"
)
# an offer, the comfort right after it: "would you like a cup of tea", "can I get you some
# water", "how about a coffee" (not "how about I take the water", a term of a deal)
OFFER = caseless(
    r"\b(?:(?:would|do|d') ?you (?:like|want|fancy|care for|need)|fancy|anyone for|"
    r"(?:can|could|shall|may|should) i (?:get|make|grab|fetch|bring|pour|offer) (?:you|us)|"
    r"let me (?:get|make|grab|fetch|bring|pour) (?:you|us)|i'll (?:get|make|grab|fetch|bring|"
    r"pour) (?:you|us)|(?:shall|should|can) we (?:get|grab|have|make)|how about|what about) "
    + _COMFORT,
)
# their line names the comfort or a need of the body it meets
_BODY_NEED = caseless(
    r"\b(?:thirst\w*|dehydrat\w*|hungry|hunger|starv\w*|eat|eaten|eating|ate|food|drink\w*|"
    r"tea|coffee|water|cold|freezing|faint\w*|dizzy|light-?headed|shak\w*|trembl\w*|cry|cried|crying|"
    r"tears|sob\w*|breath\w*|on my feet|standing|sit|sat|sitting|seat|chair|legs?|knees?|hips?|"
    r"pregnan\w*|caffeine|"
    r"snack\w*|biscuit\w*|lunch|breakfast|dinner|meal)\b",
)


# a word every comfort holds, looked for before the offer's pattern runs
_COMFORT_WORDS = (
    "tea", "coffee", "cuppa", "water", "biscuit", "snack", "drink", "sandwich", "seat", "chair",
    "mint", "cookie", "cake", "chocolate", "sweets", "juice", "squash", "latte", "cappuccino",
    "espresso", "pastr", "doughnut", "donut", "croissant", "muffin", "lunch", "breakfast",
    "something to ",
)  # fmt: skip


def offers_comfort(text: str, partner: str) -> bool:
    """The sentence offers a drink, a snack or a seat their line gives no call for (module
    docstring)."""
    lower = text.lower()
    return (
        any(w in lower for w in _COMFORT_WORDS)
        and OFFER.search(text) is not None
        and _BODY_NEED.search(partner) is None
    )
