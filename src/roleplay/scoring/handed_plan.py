"""Rule 131: joint words around a plan handed to them.

"I hear you, and let's work together on this: you'll email your manager tomorrow explaining it
was your work, and you'll book a presentation slot for next month" scored collaboration 69,
beside the table, against 46 for a real question about what they want ("What would you want to
happen with the project now?"): "let's work" was read as inviting them to shape the solution,
"let's" as shared framing and the plan as the speaker's concrete next step. The tenth genre
set's dev half has it on five of its twenty lines, in counselling, support, health and an
online dispute ("let's work together on this: the rules say no pet posts, so I've removed
it"). The joint words open a plan the speaker has made for them: what *they* will do ("you'll
...", "you should ...", an instruction) or a rule applied to them. That is an imperious "we",
like "we need you to ...".

Not a handed plan: a plan with a part for each side ("let's work together: I'll draft it and
you check the numbers"), a question ("let's work together: what would help most?") or a joint
step of both ("let's work together on a rota we can both live with").
"""

from __future__ import annotations

import re

# "you" and a verb that names no task of theirs: a state, a view, a past deed or a pair ("you
# and I", "you both")
_NOT_A_TASK = (
    r"(?:know|knew|seem|seemed|feel|felt|look|sound|are|were|was|have|had|did|do|does|said|mean|"
    r"meant|might|may|could|would|and|or|too|both|two|guys|all|probably|already|always|never|"
    r"really|obviously|clearly|deserve|want|wanted|like|liked|think|thought|see|saw|told|"
    r"get|got|can't|won't|don't|didn't|aren't|weren't|wouldn't|couldn't|shouldn't|mentioned|"
    r"tell me|name|decide|choose|pick|lead|set the)"
)
# the joint opening, then (after a colon, dash or comma) what they will do or the rule
HANDED = re.compile(
    r"\b(?:let's|lets|let us|we can|we'll|we will|i'm happy to|i am happy to|happy to) "
    r"(?:(?:all )?work (?:on (?:this|it|that) )?together|work together on (?:this|it|that)|"
    r"tackle (?:this|it|that) together|team up(?: on (?:this|it|that))?|figure (?:this|it|that) "
    r"out together|sort (?:this|it|that) out together|get through (?:this|it|that) together|"
    r"make a plan|come up with a plan)\b[^.?!:;,—–-]{0,20}\s*[:;,—–-]+\s*(?:(?:first|so|and|"
    r"then|ok|okay|right),?\s+)?(?:(?:tonight|tomorrow|today|this (?:evening|morning|afternoon|"
    r"week|weekend)|next (?:week|time)|first thing|straight away|right now|from now on|on "
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)),?\s+){0,2}(?:you(?:'ll| will| "
    r"should| need to| must| have to| can| are going to|'re going to| just)\b|"
    rf"you (?!{_NOT_A_TASK}\b)[a-z]+(?<!ed)\b|"
    r"(?:just )?(?:quit|stop|sell|start|keep|cut|take|book|email|"
    r"text|call|write|go|get|drink|log|record|make|tell|ask|try|find|apply|use|move|pay|put|"
    r"practise|practice|join|drop|leave|accept|do|don't|send|post|sign|ring|phone|message|talk|"
    r"speak|schedule|set|show|share|give|bring|list|read|check|contact|reach out|remind|say|"
    r"explain|buy|print|wait|focus|delete|remove|block|report|submit|fill|sit|see|visit|"
    r"rest|sleep|walk|eat|cancel|reply|respond|apologise|apologize|forgive|let it go)\b|"
    r"the (?:rules?|policy|guidelines?) (?:say|says|is|are|state|states)\b)",
    re.IGNORECASE,
)
# what the joint opening was read as and does not do in such a sentence
HANDED_OFF = frozenset({"invitation", "option", "mutual_gain"})
# ... unless the speaker takes a part too ("..., you'll check the numbers and I'll draft it")
OWN_PART = re.compile(
    r"\b(?:i'll|i will|i can|i'm going to|let me|i'd be happy to)\b(?! (?:have to|need to)\b)",
    re.IGNORECASE,
)


def handed_plans(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences (start, end) that hand them a plan in joint words."""
    out: list[tuple[int, int]] = []
    lower = text.lower()
    if "together" not in lower and "team up" not in lower and " plan" not in lower:
        return out  # every joint opening says one of these (most replies say none)
    for m in HANDED.finditer(text):
        home = next(((s, e) for s, e in sentences if s <= m.start() < e), None)
        if home is not None and home not in out and not OWN_PART.search(text, m.end(), home[1]):
            out.append(home)
    return out
