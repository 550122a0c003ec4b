"""Ordinary talk about a scenario's own topic: move-free sentences that name what its intents
talk about, so a reply that only names the topic ("Let me look at the rota.") is not taken for
a move on it.

The bank of ordinary talk (``intent_background.txt``) is written across many work domains, so
it never names a scenario's topic, and a reply like "Let me look at the filter logs." came
closer to an intent whose examples say "the filter" than to any ordinary sentence. Here the
topic is the nouns the examples name after a determiner ("the rota", "your permit") in
MIN_EXAMPLES examples or more, and each gets a few move-free sentences (looking at it, having
seen it, thanks for it). They join ordinary talk as rivals only, HANDICAP behind the shipped
bank: a part of a reply is taken for topic talk only when it comes clearly closer to it than to
the intent (a part that names the topic *and* makes the move stays the move). The thresholds
stay calibrated on the shipped bank alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

MAX_TOPICS = 8
# Talk that runs the conversation itself - go on, a room, a pen, a moment - and makes no move
# on any topic. Short replies like these ("Sure, I've got ten minutes", "One moment, someone's
# at the door") came as close to short examples as paraphrases do, and closer than any sentence
# of the shipped bank; they join ordinary talk as rivals with no handicap (a part must come
# within 0.1 of them, as of the bank), and calibrate nothing.
CONVERSATION = (
    "Go on, I'm listening.",
    "Okay, carry on.",
    "Right, keep going.",
    "OK, I'm following so far.",
    "Let's find a quiet room for this.",
    "Let's sit down somewhere and talk it through.",
    "Alright, let me grab a pen and my notebook.",
    "Give me a minute to open the document.",
    "Hold on, let me close my laptop.",
    "Sure, let's walk through it from the top.",
    # small talk put as a question about something else: "Are you going to the all-hands
    # tomorrow?" met questions that ask about their situation
    "Unrelated, but are you coming to the leaving drinks on Thursday?",
    "Did you catch the announcement about the office move?",
    "Where did you end up going on holiday?",
    "Is it still raining where you are?",
    # ... and more of them, across a working week's small talk (precision15): a question about
    # an errand, an outing, a trip, a colleague's news or the building met questions that ask
    # about the other person's need as closely as a paraphrase does
    "By the way, how did the football go at the weekend?",
    "Random question, but is the lift working again?",
    "Have you booked your summer holiday yet?",
    "Did the parcel for the office ever turn up?",
    "Are you on the early train again tomorrow?",
    "What did you think of the quiz night?",
    "Is your internet still playing up at home?",
    "How's the new puppy settling in?",
    "Are you still doing the charity run next month?",
    "Who's bringing the cake for Priya's birthday?",
    "Did anyone get the printer on the third floor working?",
    "What time does your flight land on Sunday?",
)
MIN_EXAMPLES = 2
# What topic talk loses against a part, beside the shipped bank's sentences. Chosen on the dev
# and tuning sets as the widest handicap that kept their gains (benchmarks/README.md, eighth
# round of issue 12).
HANDICAP = 0.2
# a determiner, then the word it introduces (a noun, or an adjective before one)
_NAMED = re.compile(r"\b(?:the|this|your|our|my|their|his|her)\s+([a-z][a-z-]*[a-z])\b")
# words a determiner introduces that do not name a topic
_NOT_TOPIC = frozenset(
    "same other whole rest first last next new old best only most least end way one ones "
    "time times moment day week month year quarter point thing things lot bit kind sort "
    "answer idea call problem issue side part".split()
)
TEMPLATES = (
    "Let me look at the {}.",
    "Let me check the {} first.",
    "I saw the {} this morning.",
    "Thanks for telling me about the {}.",
    "I haven't looked at the {} yet.",
)


def topic_words(examples: Iterable[str]) -> list[str]:
    """The words the examples name after a determiner in MIN_EXAMPLES examples or more, most
    named first (ties alphabetically), at most MAX_TOPICS."""
    counts: Counter[str] = Counter()
    for text in examples:
        counts.update({w for w in _NAMED.findall(text.lower()) if w not in _NOT_TOPIC})
    named = sorted((-n, w) for w, n in counts.items() if n >= MIN_EXAMPLES)
    return [w for _, w in named[:MAX_TOPICS]]


def topic_talk(examples: Iterable[str]) -> list[str]:
    """Move-free sentences about the examples' topic (see the module docstring)."""
    return [template.format(word) for word in topic_words(examples) for template in TEMPLATES]
