"""``roleplay intents FILE "reply"``: how close a reply comes to each intent, and why."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from roleplay.errors import Diagnostic, Location, RoleplayError, ScenarioError
from roleplay.nlp.intent_answer import Answer
from roleplay.nlp.intent_calibration import CEILING
from roleplay.nlp.intents import ACKNOWLEDGEMENT, IntentScore
from roleplay.report.console import Printer, safe_text, stdout
from roleplay.scenario.field_names import did_you_mean
from roleplay.scoring.readable import unreadable_reason
from roleplay.scoring.reply_limit import reply_too_long

from .common import compiled, reconfigure_stdin, stdin_is_terminal

if TYPE_CHECKING:
    from roleplay.engine import CompiledScenario

NO_INTENTS = "RP909"
UNKNOWN_STATE = "RP910"
EMPTY_REPLY = "RP911"
ENDING_STATE = "RP912"
# An intent none of whose examples has the polarity of any part of the reply: 0.00 / CEILING.
# Said as it is for that intent: its examples all say no and the reply does not, or the reverse.
NO_SUCH_EXAMPLES = {
    True: "no example in this reply's form: every example of this intent says no (a not, a "
    "never, a can't) and no part of this reply does; add examples in its form if learners "
    "say it so",
    False: "no example in this reply's form: every part of this reply says no (a not, a never, "
    "a can't) and no example of this intent does; add examples in its form if learners say "
    "it so",
}
SAME_FORM = "no example in this reply's form either (as above)"
UNREAD_NOTE = (
    "not read ({reason}): the scorer cannot read this reply, so in a session it earns "
    "nothing and no intent matches it"
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "intents",
        help="show which of a scenario's intents a reply matches",
        description="Score replies against every intent of a scenario: the similarity, the "
        "intent's threshold, the part of the reply that matched and the nearest example. "
        "Replies come from the arguments, or one per line from standard input.",
    )
    p.add_argument("scenario", help="shipped scenario id or path to a .yaml file")
    p.add_argument("replies", nargs="*", metavar="REPLY", help="replies to match")
    p.add_argument("--json", action="store_true", help="one JSON object per reply")
    p.add_argument(
        "--state",
        metavar="STATE",
        help="match as a session does in STATE: only the intents that state can use "
        "count (the others still compete for the words)",
    )
    p.add_argument(
        "--line",
        metavar="TEXT",
        help="the counterpart's line the reply answers: a reply that is only a short yes or no "
        "('No.', 'Sure, go ahead.') is read as what it says to that line, as in a session "
        "(default with --state: that state's line without a `when`)",
    )
    p.set_defaults(func=run_intents, trailing="replies")


def run_intents(args: argparse.Namespace) -> int:
    scenario = compiled(args.scenario)
    if not scenario.intents:
        raise ScenarioError(
            [
                Diagnostic(
                    NO_INTENTS,
                    f"scenario '{scenario.scenario.id}' declares no intents",
                    "add an `intents:` block; `roleplay docs` shows how",
                    Location(args.scenario),
                )
            ]
        )
    heard: frozenset[str] | None = None
    line: str | None = args.line
    if args.state is not None:
        heard = _heard_in_state(scenario, args.state, args.scenario)
        if line is None:
            line = _default_line(scenario, args.state)
    replies: list[str] = list(args.replies)
    if any(not reply.strip() for reply in replies):
        raise RoleplayError(
            EMPTY_REPLY,
            "a reply is empty: nothing to match",
            hint='roleplay intents SCENARIO "your reply", or replies one per line on stdin',
        )
    out = stdout()
    read_any = False
    negative = _says_no(scenario)
    for reply in replies or _stdin_replies():
        read_any = True
        too_long = reply_too_long(reply, RoleplayError)  # the one reply limit: RP604
        if too_long is not None:
            raise too_long
        answer = scenario.intents.matcher.answer(reply, line)
        scores = scenario.intents.scores(reply, line)
        # a short yes or no read against the line: the parts shown are the reading's
        read = reply if answer is None else answer.reading
        # a note on the whole reply, which the matcher hangs on its first row: said once,
        # after the table, so it does not read as if it were about that one intent
        whole = next((s.blocked for s in scores if s.blocked == ACKNOWLEDGEMENT), None)
        scores = [replace(s, blocked=None) if s.blocked == ACKNOWLEDGEMENT else s for s in scores]
        unread = unreadable_reason(reply)
        if unread is not None:  # a session hears nothing in it (Session.prepare)
            why = f"not read ({unread}): a reply the scorer cannot read says nothing"
            scores = [replace(s, matched=False, blocked=why) if s.matched else s for s in scores]
        if heard is not None:
            scores = [
                s
                if s.name in heard or not s.matched
                else replace(s, matched=False, blocked=f"not used in state '{args.state}'")
                for s in scores
            ]
            scores.sort(key=lambda s: (not s.matched, -s.margin, s.name))
        if args.json:
            out.json(
                {
                    "reply": reply,
                    "read": unread is None,
                    "reason": unread,
                    "note": whole,
                    "answer": None
                    if answer is None
                    else {"to": answer.asked, "yes": answer.yes, "read_as": answer.reading},
                    "matched": [s.name for s in scores if s.matched],
                    "intents": [score_json(read, s) for s in scores],
                }
            )
        else:
            _print(out, reply, scores, unread, whole, negative, answer)
    if not read_any:  # stdin held no reply: not a silent "all checked"
        raise RoleplayError(
            EMPTY_REPLY,
            "no reply to match: standard input held none",
            hint="give replies as arguments, or one per line on stdin; blank lines are skipped",
        )
    return 0


def _heard_in_state(scenario: CompiledScenario, state: str, where: str) -> frozenset[str]:
    """The intents a reply in ``state`` can say, as in a session; RP910 for a state the scenario
    lacks (with the likeliest name) and RP912 for an ending, where nobody replies."""
    states = scenario.scenario.states
    replied = [name for name, st in states.items() if st.end is None]
    if state not in states:
        raise ScenarioError(
            [
                Diagnostic(
                    UNKNOWN_STATE,
                    f"scenario '{scenario.scenario.id}' has no state '{state}'",
                    did_you_mean(state, list(states), f"use one of: {', '.join(replied)}"),
                    Location(where),
                )
            ]
        )
    ending = states[state].end
    if ending is not None:
        raise ScenarioError(
            [
                Diagnostic(
                    ENDING_STATE,
                    f"state '{state}' is an ending ({ending}): the session stops there and "
                    "reads no reply, so no intent can match in it",
                    f"use a state the learner replies to: {', '.join(replied)}",
                    Location(where),
                )
            ]
        )
    return scenario.intents.heard_in[state]


def _default_line(scenario: CompiledScenario, state: str) -> str | None:
    """What the counterpart says in ``state`` when no condition picks a variant: its first line
    without a `when` (else its first line); None for a state that says nothing."""
    lines = scenario.scenario.states[state].lines
    plain = [v.text for v in lines if v.when is None] or [v.text for v in lines]
    return plain[0] if plain else None


def _says_no(scenario: CompiledScenario) -> dict[str, bool]:
    """Each intent whose examples all say no (a negation in every one): the polarity a reply
    without one cannot meet."""
    return {i.spec.name: bool(i.examples.negative.all()) for i in scenario.intents.matcher.intents}


def _stdin_replies() -> Iterator[str]:
    """Replies one per line from stdin, each matched as soon as it is read; on a terminal a
    note says so first (the command would otherwise wait without a word)."""
    reconfigure_stdin()
    if stdin_is_terminal():
        Printer.for_stream(sys.stderr).line(
            "Type a reply and press Enter to see which intents it matches; Ctrl+D ends.", "dim"
        )
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\n")


def score_json(reply: str, s: IntentScore) -> dict[str, object]:
    return {
        "name": s.name,
        "matched": s.matched,
        "score": s.score,
        "threshold": s.threshold,
        "part": reply[s.span[0] : s.span[1]].strip() if s.span else None,
        "span": list(s.span) if s.span else None,
        "nearest_example": s.example,
        "blocked": s.blocked,
    }


def _print(
    out: Printer,
    reply: str,
    scores: list[IntentScore],
    unread: str | None,
    whole: str | None,
    negative: dict[str, bool],
    answer: Answer | None = None,
) -> None:
    out.line(safe_text(reply), "bold")
    if answer is not None:  # a short yes or no: what is matched is what it says to the line
        kind = "yes" if answer.yes else "no"
        out.line(
            f'  a short {kind} to "{safe_text(answer.asked)}", read as: '
            f'"{safe_text(answer.reading)}"',
            "cyan",
        )
        reply = answer.reading
    if unread is not None:  # said once for the reply, whether or not an intent came close
        out.line(f"  {UNREAD_NOTE.format(reason=unread)}", "yellow")
    width = max(len(s.name) for s in scores)
    said: set[bool] = set()  # which way round "no example in this reply's form" was said
    for s in scores:
        mark = ("✔", "green") if s.matched else ("·", "dim")
        row = f" {s.name:<{width}}  {s.score:.2f} / {s.threshold:.2f}"
        if s.span and (s.matched or s.blocked):
            row += f'  "{reply[s.span[0] : s.span[1]].strip()}"'
        out.parts(("  ", None), mark, (row, None))
        if s.matched and s.example:
            out.line(f'      nearest example: "{safe_text(s.example)}"', "dim")
        elif s.blocked:
            out.line(f"      not matched: {safe_text(s.blocked)}", "yellow")
        elif s.span is None and s.score == 0 and s.threshold >= CEILING:
            way = negative.get(s.name, False)
            # said in full once a reply: under a "No." every affirmative intent is in this case,
            # and the same advice three times read as if each intent needed negative examples
            text = NO_SUCH_EXAMPLES[way] if way not in said else SAME_FORM
            said.add(way)
            out.line(f"      {text}", "dim")
    if whole is not None:  # about the reply, not the row above
        out.line(f"  why no intent matched: {safe_text(whole)}", "yellow")
    matched = [s.name for s in scores if s.matched]
    out.line(f"  matched: {', '.join(matched) if matched else 'nothing'}")
