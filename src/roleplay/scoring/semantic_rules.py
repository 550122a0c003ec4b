"""The semantic scorer's rule constants: which acts and cue features count as acknowledgement,
engagement or hostility, and the sizes of its anti-gaming rules (docs/scoring.md lists them)."""

from __future__ import annotations

import re

DECAY = (1.0, 0.5, 0.25)
UNENGAGED_SHARE = 0.4
HOSTILITY_CAP = 30
HOSTILE_LISTENING_CAP = 50  # an insult or threat is not listening either, whatever it asked
HOSTILE_SIMILARITY = 0.58  # a hostile act caps the reply only when it is this clear
HOSTILE_MARGIN = 0.08  # ... and this much closer to its act than to any other
NEGATIVE_SIMILARITY = 0.52  # any act that costs points needs at least this
NEGATIVE_MARGIN = 0.03
NEGATIVE_WORDS = 4  # ... and at least this many words (two-word sentences are too noisy)
STOCK_STRENGTH = 0.5  # a sentence counts as a stock phrase from this strength on
SPECIFIC_LENGTH = 5  # a word this long outside an acknowledgement names something of theirs
# cue features that earn no empathy in a sentence the encoder reads as information (a general
# statement of fact: "Cutting salt can lower blood pressure", "Alcohol makes stress worse")
INFORMED_FEATURES = frozenset({"paraphrase", "emotion_label", "key_point", "perspective_taking"})
NAMING_ACTS = frozenset(
    {"validation", "affirmation", "well_wish"}
)  # acts that can name their feeling
NAMING_STRENGTH = 0.5  # ... clearly enough to count as engaging with them
SPECIFIC_FEATURES = frozenset({"difficulty", "validation", "sympathy", "emotion_label", "care"})
GENERIC_WORDS = frozenset(
    "right really about thing things always everything totally completely honestly "
    "sounds situation feeling feelings there where which would could should wonder sorry "
    "upset tough awful terrible stressful frustrating frustrated unfair horrible difficult "
    "painful scary annoying upsetting brutal sending thinking wishing praying thoughts "
    "fingers crossed "
    # the words of a stock validation or acknowledgement ("that makes sense", "that's valid",
    # "understandable", "I understand"): they name nothing of theirs (rule 392)
    "makes sense valid understandable understand understood".split()
)
WORDS = re.compile(r"[A-Za-z]+")

HOSTILE_ACTS = frozenset({"insult", "threat", "sarcasm", "blame", "condescension"})
# costly acts whose words are common in plain argument or bargaining: they cost only when as
# clear as the hostile cap requires ("I think that sometimes accusations are true" is near "talks
# down", "I'm most interested in firewood, because ..." near "plays down what they need")
HOSTILE_ONLY_WHEN_CLEAR = frozenset({"condescension", "undervalue"})
HOSTILE_FEATURES = frozenset(
    {"ultimatum", "blame", "you_people", "attack", "sarcasm", "imperious_we", "loaded_question"}
)
ACK_ACTS = frozenset(
    {"validation", "affirmation", "well_wish", "stock_phrase", "appreciation", "apology"}
)
TAKEN_BACK = frozenset({"understand_but_no", "brush_off", "imposed_after_ack", "put_off"})
ACK_FEATURES = frozenset(
    {
        "understanding",
        "sympathy",
        "difficulty",
        "validation",
        "care",
        "appreciation",
        "joint_framing",
        "warmth",
        "apology",
        "agreement",
        "emotion_label",
    }
)
ENGAGE_ACTS = frozenset(
    {
        "reflection",
        "curious_question",
        "proposal",
        "trade",
        "concession",
        "offer_help",
        "reason_for_no",
    }
)
ENGAGE_FEATURES = frozenset(
    {
        "key_point",
        "paraphrase",
        "follow_up",
        "option",
        "conditional_offer",
        "open_question",
        "interest_question",
        "elaboration_invite",
        "generosity",
        "invitation",
        "quoted_partner",
        "perspective_taking",
        "emotion_match",
    }
)
QUESTION_FEATURES = frozenset(
    {"open_question", "closed_question", "interest_question", "follow_up"}
)
BAD_QUESTION_ACTS = frozenset({"interrogation", "advice"})
CURIOUS_ACTS = frozenset({"curious_question"})  # not earned by a sentence holding an attack
BESIDE_ACTS = frozenset({"proposal", "trade", "concession", "offer_help", "curious_question"})
PARTIAL_NOTE = " (no engagement with their point yet: partial credit)"
STOCK_NOTE = " (a stock phrase: partial credit)"
DIMINISHED_NOTE = " (one more acknowledgement: diminishing returns)"
