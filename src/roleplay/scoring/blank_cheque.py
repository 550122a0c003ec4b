"""Rule 215 (docs/scoring.md): a blank cheque against the speaker's own stated limit is a cave.

"Absolutely, we commit to a two-hour on-site response 24/7. Consider it done." to a buyer who
has just said "Your bid says remote support only", "Understood, we'll make it happen. I'm
committed to the 31st whatever it takes" to "I know your team owns the billing integrations ...
I don't want to hear about delays", "Of course, we'll guarantee 99.99%. You have my word" to
"Your standard SLA is 99.9%": eager, and read as commitment ("answered their request with a
concrete commitment", +14 listening, "committed to a concrete next step"), so each beat a reply
that named what could be done and offered a way to the rest. The speaker promises all of it,
with nothing said of how, against a limit of their own that the partner has just named: the
request is met by dropping the speaker's side, as rule 178's cave drops a constraint the speaker
names.

The reply promises without terms when it holds a blank cheque ("consider it done", "whatever it
takes", "no matter what", "at any cost", "come what may", "we'll make it happen", "you have my
word", "guaranteed", "I / we (can) guarantee", "100%", "without fail"), and the partner's line
names a limit of the speaker's own ("your bid / quote / estimate / proposal / standard SLA /
offer / timeline", "you said / told us / quoted / estimated / promised", "I know you're
stretched", "I know your team ...", "I don't want to hear about delays"). Then each of its
sentences that commits the speaker (`I / we will / can / commit / guarantee / promise ...`,
"consider it done", "you have my word") with no condition ("if", "as long as", "in return" ...)
is a cave (`Sentence.cave`): no answer credit, no next step, no credit for their words. Not:
the same words to a request that names no limit of the speaker's ("Can you send the slides by
Friday?" - "Consider it done."), a commitment with a condition or a part of it ("We can do
on-site within two hours if we bring in our Leeds partner").
"""

from __future__ import annotations

from roleplay.scoring.ascii_case import caseless

BLANK_CHEQUE = caseless(
    r"\b(?:consider it done|whatever it takes|no matter what|at any cost|at all costs|"
    r"come what may|(?:we|i)(?:'ll| will) make (?:it|that|this) happen|you have my word|"
    r"guaranteed|(?:i|we) (?:can |will |'ll )?guarantee|without fail|"
    r"(?:100|a hundred|one hundred) ?(?:%|percent|per cent)(?! of))",
)
# the partner names a limit of the speaker's own
SPEAKER_LIMIT = caseless(
    r"\byour (?:own |standard |original |written |current )?(?:estimate|estimates|bid|quote|"
    r"proposal|sla|offer|timeline|tender|plan said|team said|contract says|terms say)\b|"
    r"\byou (?:said|told (?:me|us)|quoted|estimated|promised|mentioned|warned)\b|"
    r"\bi know (?:you're|you are|your team|you've|you have|you said|your) ?|"
    r"\bi don't want to hear (?:about )?(?:any )?(?:delays?|excuses|problems|why|that)\b",
)
_COMMITS = caseless(
    r"\b(?:(?:i|we)(?:'ll| will| can| commit| promise| guarantee|'re going to| are going to|"
    r"'m committed| am committed|'re committed| are committed)|consider it done|you have my word|"
    r"(?:my|our) (?:team|people|engineers|staff) (?:will|can))\b",
)
_CONDITION = caseless(
    r"\b(?:if|unless|as long as|so long as|provided|in (?:exchange|return)|on condition|"
    r"once|after|except|but not|apart from)\b"
)


def over_promises(text: str, reply: str, partner: str) -> bool:
    """The sentence commits the speaker, with no condition, in a reply that writes a blank
    cheque against a limit of the speaker's own their line names (module docstring)."""
    # the reply's blank cheque first: one answer a reply (kept), and rarely there
    return (
        BLANK_CHEQUE.search(reply) is not None
        and _COMMITS.search(text) is not None
        and _CONDITION.search(text) is None
        and SPEAKER_LIMIT.search(partner) is not None
    )
