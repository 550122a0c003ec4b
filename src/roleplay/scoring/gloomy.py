"""A gloomy prediction affirms nothing (docs/scoring.md rule 34; English wording).

"Nothing is going to be ready for the show" was read faintly as affirming their strength (+3
empathy) because it sits near "You're going to be ready for the show". A sentence that predicts
that nothing will work out - a negative universal ("nothing", "none of it", "no one", "nobody")
will not be ready, work, help or change; "it's hopeless / doomed / a lost cause"; "you'll never
get / pass / make it" - is no affirmation and no wish for them, whatever act the encoder read.
"Nobody could have handled it better than you", "No one will blame you" and "You'll never have
to do this alone" predict no failure and keep their reading. Checked only when one of its
literal words is in the sentence.
"""

from __future__ import annotations

import re

GLOOMY = re.compile(
    r"^\W*(?:(?:honestly|frankly|well|yeah|so|and|but|let's face it|face it),? )*(?:nothing|none "
    r"of (?:it|this|that|them)|no one|nobody|not one of \w+)(?:'s| is| will|'ll| can| could)"
    r"(?: \w+)?(?: going to| gonna)? (?:be (?:ready|done|finished|fine|ok|okay|saved|enough|right|"
    r"on time)|get (?:done|better|fixed|finished)|go (?:right|well|to plan)|turn up|show up|"
    r"make (?:it|a difference)|(?:work|help|change|improve|happen|come)(?= *(?:[.!,;]|$|now|"
    r"anyway|in time|here|for (?:you|us|them))))\b|"
    r"\b(?:it's|it is|this is|that's|that is|you're|you are|we're|we are|they're|they are) "
    r"(?:all |just |completely |totally )?(?:hopeless|doomed|a lost cause|never going to (?:work|"
    r"happen|be ready|get better|change))\b|"
    r"\b(?:you'll|you will|you're|you are) never (?:going to )?(?:get|make|pass|finish|be ready|"
    r"manage|recover|fix)\b",
    re.IGNORECASE,
)
_WORDS = ("nothing", "none", "no one", "nobody", "not one", "hopeless", "doomed", "lost cause",
          "never")  # fmt: skip
# what a gloomy prediction is not
NOT_AFFIRMING = frozenset({"affirmation", "well_wish"})


def gloomy(text: str) -> bool:
    """The sentence predicts that nothing will work out for them."""
    lower = text.lower()
    return any(w in lower for w in _WORDS) and GLOOMY.search(lower) is not None
