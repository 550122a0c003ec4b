"""The lint rules (codes RP4xx): stable codes, default severities and one-line summaries.

Codes are documented in docs/authoring.md (a test keeps the table and this list in step);
never renumber a code, only add new ones.
"""

from __future__ import annotations

from dataclasses import dataclass

from roleplay.errors import Severity


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    severity: Severity
    summary: str


UNREACHABLE = "RP401"
DEAD_END = "RP402"
NO_FALLBACK = "RP403"
SHADOWED_TRANSITION = "RP404"
NEVER_HOLDS = "RP405"
NO_SUCCESS = "RP406"
PASS_SCORE_UNREACHABLE = "RP407"
USELESS_EFFECT = "RP408"
MISSING_SAY = "RP409"
DUPLICATE_ID = "RP410"
TRAP = "RP411"
UNUSED_METER = "RP412"
IGNORED_TRANSITIONS = "RP413"
FILE_NAME_MISMATCH = "RP414"
ALWAYS_HOLDS = "RP415"
FEW_EXAMPLES = "RP416"
CONFUSABLE_INTENTS = "RP417"
EXAMPLE_MATCHES_NOT = "RP418"
UNUSED_INTENT = "RP419"
NO_DEFAULT_LINE = "RP420"
MISSING_HINT = "RP421"
IGNORED_ON_ENDING = "RP422"
EXAMPLE_NOT_HEARD = "RP423"
LABEL_NEVER_SHOWN = "RP424"
NEAR_MISS_NEVER_CHECKED = "RP425"
VARIANT_NEVER_SAID = "RP426"
NEVER_HEARD_IN_OTHER_WORDS = "RP427"
MODEL_REPLY_FAILS = "RP428"

RULES: tuple[Rule, ...] = (
    Rule(
        UNREACHABLE, "unreachable-state", "error", "a state no play-through can reach from `start`"
    ),
    Rule(
        DEAD_END,
        "dead-end",
        "error",
        "a state with no transitions and no `end`: the conversation gets stuck",
    ),
    Rule(
        NO_FALLBACK,
        "no-fallback",
        "error",
        "the last transition of a state has `when`, so some replies go nowhere",
    ),
    Rule(
        SHADOWED_TRANSITION,
        "transition-after-unconditional",
        "error",
        "a transition after one without `when` is never taken (first match wins)",
    ),
    Rule(
        NEVER_HOLDS,
        "condition-never-holds",
        "error",
        "a comparison that no score, meter value or turn can satisfy (e.g. listening > 100)",
    ),
    Rule(
        NO_SUCCESS, "no-success-reachable", "error", "no state with `end: success` can be reached"
    ),
    Rule(
        PASS_SCORE_UNREACHABLE,
        "pass-score-unreachable",
        "error",
        "no path to success can average `pass_score` given the conditions on its way",
    ),
    Rule(
        USELESS_EFFECT,
        "effect-never-matters",
        "warning",
        "a meter effect that no later condition reads (one on the way into an ending, or before "
        "states that never read the meter), that clamping always cancels, or of 0",
    ),
    Rule(
        MISSING_SAY,
        "missing-say",
        "error",
        "a state without `say` (a warning on endings, an error where the learner must reply)",
    ),
    Rule(DUPLICATE_ID, "duplicate-id", "error", "two scenario files share one `id`"),
    Rule(
        TRAP,
        "no-way-out",
        "error",
        "a state from which no ending can be reached: it loops until max_turns",
    ),
    Rule(UNUSED_METER, "unused-meter", "warning", "a declared meter that no condition reads"),
    Rule(
        IGNORED_TRANSITIONS,
        "transitions-on-ending",
        "warning",
        "an ending with transitions: endings stop the session, so they are ignored",
    ),
    Rule(
        FILE_NAME_MISMATCH,
        "file-name-mismatch",
        "warning",
        "the file is not called `<id>.yaml` (another name, or `.yml`), so `roleplay play ID`, "
        "golden tests and `validate FOLDER` miss it",
    ),
    Rule(
        ALWAYS_HOLDS,
        "condition-always-holds",
        "warning",
        "a comparison that every possible value satisfies; it does nothing",
    ),
    Rule(
        FEW_EXAMPLES,
        "few-intent-examples",
        "warning",
        "an intent with fewer than 3 example phrasings: paraphrases will be missed",
    ),
    Rule(
        CONFUSABLE_INTENTS,
        "confusable-intents",
        "warning",
        "an example of one intent that another intent matches better: they can't be told apart",
    ),
    Rule(
        EXAMPLE_MATCHES_NOT,
        "example-matches-not",
        "error",
        "an example closer to one of its own `not` near-misses than to its other examples",
    ),
    Rule(
        UNUSED_INTENT,
        "unused-intent",
        "warning",
        "an intent that no `said`, `said_all` or `not_said` condition reads",
    ),
    Rule(
        NO_DEFAULT_LINE,
        "say-without-default",
        "error",
        "every `say` variant has `when`, so some replies leave the counterpart without a line",
    ),
    Rule(
        MISSING_HINT,
        "missing-hint",
        "warning",
        "a state the learner replies to has no `hint`, so `/hint` (F2) has nothing to say",
    ),
    Rule(
        IGNORED_ON_ENDING,
        "ignored-on-ending",
        "warning",
        "`hint`, `key_points` or `emotion` on an ending: nobody replies there, so they do nothing",
    ),
    Rule(
        EXAMPLE_NOT_HEARD,
        "example-not-heard",
        "warning",
        "an example that, sent as a reply, does not match its own intent",
    ),
    Rule(
        LABEL_NEVER_SHOWN,
        "label-never-shown",
        "warning",
        "a transition `label` on a transition that reads no `said` or `said_all`: the debrief "
        "names only moves an intent decided",
    ),
    Rule(
        NEAR_MISS_NEVER_CHECKED,
        "near-miss-never-checked",
        "warning",
        "a `not` entry with a negation on an intent none of whose examples has one: a negative "
        "reply never matches that intent, so the entry vetoes nothing",
    ),
    Rule(
        VARIANT_NEVER_SAID,
        "variant-never-said",
        "warning",
        "a `say` variant reading an intent that no reply reaching its state can say: an earlier "
        "transition (or a `not_said`) sends every such reply elsewhere",
    ),
    Rule(
        NEVER_HEARD_IN_OTHER_WORDS,
        "intent-never-heard",
        "warning",
        "an intent every example of which, sent as a reply, makes no move (thanks, a greeting, "
        "'OK', a check with no time promised ...): only its examples word for word can match",
    ),
    Rule(
        MODEL_REPLY_FAILS,
        "model-reply-fails",
        "warning",
        "a state's `model_reply` that, sent as a reply there, is routed to a failure ending or "
        "a move whose meter effects add up to a loss: a learner who copies it fails",
    ),
)

RULES_BY_CODE = {rule.code: rule for rule in RULES}
