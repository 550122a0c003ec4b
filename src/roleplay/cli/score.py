"""``roleplay score``: score one reply, or a JSON Lines file of replies, with the real scorer."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from roleplay.errors import Location, RoleplayError
from roleplay.report.console import Printer, safe_text
from roleplay.report.score_reasons import score_reasons
from roleplay.scoring import SCORER_NAMES, Score, ScoreInput, Scorer, get_scorer
from roleplay.scoring.readable import unscored_message
from roleplay.scoring.reply_limit import REPLY_TOO_LONG, reply_length_message, reply_too_long

MAX_LINE_BYTES = 1_000_000
# A line over MAX_LINE_BYTES is skipped to its end; one with no end this far (/dev/zero, a binary
# file) stops the run instead of reading for ever.
MAX_SKIP_BYTES = 64 * MAX_LINE_BYTES
_SIDE_TEXT = {
    "beside": "beside the table (working on the problem together)",
    "across": "across the table (positions against each other)",
    "neutral": "neutral",
}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "score",
        help="score a reply for listening, empathy and collaboration, with the evidence",
        description=(
            'Score one reply: roleplay score "reply" --partner "what they said". '
            "Or score many: roleplay score --jsonl FILE (or - for stdin), one JSON object per "
            'line: {"partner": ..., "reply": ..., "key_points": [...], "emotion": ...} (only '
            "reply is required); writes one JSON object per input line, in order. A bad line "
            'gets {"line": N, "error": {...}} instead, and the exit code is then 2.'
        ),
    )
    p.add_argument("reply", nargs="?", help="the reply to score")
    p.add_argument("--partner", default="", help="what the other person said just before")
    p.add_argument(
        "--key-point",
        "-k",
        action="append",
        default=[],
        dest="key_points",
        metavar="TEXT",
        help="a key point a good listener picks up (repeatable)",
    )
    p.add_argument("--emotion", default=None, help="what the other person feels (e.g. pressured)")
    p.add_argument("--json", action="store_true", help="print the score as one JSON object")
    p.add_argument(
        "--jsonl", metavar="FILE", help="score every line of a JSON Lines file (- = stdin)"
    )
    p.add_argument(
        "--scorer",
        choices=SCORER_NAMES,
        default="semantic",
        help="semantic (default: meaning, via the sentence encoder) or lexical (cue words only)",
    )
    p.set_defaults(func=run_score)


def run_score(args: argparse.Namespace) -> int:
    if args.jsonl is not None:
        if args.reply is not None:
            raise RoleplayError(
                "RP501", "give either a reply or --jsonl, not both", hint="drop one of them"
            )
        return score_jsonl(args.jsonl, get_scorer(args.scorer))
    if args.reply is None:
        raise RoleplayError(
            "RP502",
            "nothing to score",
            hint='roleplay score "your reply" --partner "what they said", or --jsonl FILE',
        )
    if not args.reply.strip():
        raise RoleplayError(
            "RP502",
            "the reply is empty: nothing to score",
            hint='roleplay score "your reply" --partner "what they said"',
        )
    too_long = reply_too_long(args.reply, RoleplayError)
    if too_long is not None:
        raise too_long
    item = ScoreInput(
        reply=args.reply,
        partner=args.partner or "",
        key_points=tuple(args.key_points),
        emotion=args.emotion or None,
    )
    score = get_scorer(args.scorer).score(item)
    out = Printer.for_stream(sys.stdout)
    if args.json:
        out.json(score.to_json())
    else:
        print_score(out, score)
    return 0


def print_score(out: Printer, score: Score) -> None:
    if not score.scored:
        out.line(unscored_message(score.reason), "yellow")
        out.line(f"reason:       {score.reason}")
        return
    for name in ("listening", "empathy", "collaboration", "overall"):
        value = score.dimension(name)
        bar = "#" * round(value / 10) + "." * (10 - round(value / 10))
        style = "bold" if name == "overall" else None
        out.line(f"{name:<14}{value:>4}  {bar}", style)
    out.line(f"same side:    {_SIDE_TEXT[score.same_side]}")
    if not score.evidence:
        out.line("evidence:     none (a neutral reply)", "dim")
        return
    out.line("evidence (each score is its start plus the points under it):")
    for why in score_reasons(score):
        out.line("  " + why.heading(), "dim")
        for e, words in zip(why.items, why.lines(), strict=True):
            out.line("    " + safe_text(words), "green" if e.points > 0 else "red")


def _input_from(obj: Any) -> ScoreInput:
    """A JSONL object -> ScoreInput, or ValueError with a message a person understands."""
    if not isinstance(obj, dict):
        raise ValueError('expected a JSON object like {"reply": "..."}')
    reply = obj.get("reply")
    if not isinstance(reply, str):
        raise ValueError('"reply" is required and must be a string')
    if reply_too_long(reply, RoleplayError) is not None:
        raise _TooLong(reply_length_message(len(reply)))
    partner = obj.get("partner") or ""
    if not isinstance(partner, str):
        raise ValueError('"partner" must be a string')
    key_points = obj.get("key_points") or []
    if not isinstance(key_points, list) or not all(isinstance(k, str) for k in key_points):
        raise ValueError('"key_points" must be a list of strings')
    emotion = obj.get("emotion")
    if emotion is not None and not isinstance(emotion, str):
        raise ValueError('"emotion" must be a string')
    return ScoreInput(reply, partner, tuple(key_points), emotion or None)


class _TooLong(ValueError):
    """A JSONL reply over the one reply limit: its line's error has the limit's code."""


class _NoLineEnd(Exception):
    """A line with no end within MAX_SKIP_BYTES: reading stopped at line ``number``."""

    def __init__(self, number: int) -> None:
        super().__init__(number)
        self.number = number


_TOO_LONG = b"\x00too-long"
_NO_END = b"\x00no-end"


def _lines(stream: BinaryIO) -> Iterator[bytes]:
    """Lines of a binary stream; a line over MAX_LINE_BYTES is skipped and marked _TOO_LONG, and
    one with no line end within MAX_SKIP_BYTES is marked _NO_END and ends the stream."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES:
            skipped = len(line)
            while line and not line.endswith(b"\n"):
                if skipped > MAX_SKIP_BYTES:
                    yield _NO_END
                    return
                line = stream.readline(MAX_LINE_BYTES)
                skipped += len(line)
            yield _TOO_LONG
            continue
        yield line


def score_lines(lines: Iterable[bytes], out: Printer, scorer: Scorer) -> int:
    """Score JSONL lines; returns how many lines were bad (each got an error object)."""
    bad = 0
    for number, raw in enumerate(lines, start=1):
        if raw == _NO_END:
            message = f"no line end within {MAX_SKIP_BYTES // 1_000_000} MB: stopped reading"
            out.json({"line": number, "error": {"code": "RP506", "message": message}})
            raise _NoLineEnd(number)
        try:
            if raw == _TOO_LONG:
                raise ValueError(f"line longer than {MAX_LINE_BYTES} bytes")
            try:
                text = raw.decode("utf-8").lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise ValueError(f"not UTF-8 (byte {exc.start + 1})") from None
            if not text.strip():
                raise ValueError("empty line")
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise ValueError(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
            except RecursionError:  # '[[[[...' past Python's recursion limit
                raise ValueError("JSON nested too deeply") from None
            except ValueError:  # int() refuses a number of more than 4,300 digits
                raise ValueError("a number in it is too long to read") from None
            score = scorer.score(_input_from(obj))
        except ValueError as exc:
            bad += 1
            code = REPLY_TOO_LONG if isinstance(exc, _TooLong) else "RP504"
            out.json({"line": number, "error": {"code": code, "message": str(exc)}})
            continue
        out.json(score.to_json())
    return bad


def score_jsonl(path: str, scorer: Scorer) -> int:
    out = Printer(sys.stdout, colour=False)
    try:
        if path == "-":
            bad = score_lines(_lines(sys.stdin.buffer), out, scorer)
        else:
            try:
                handle = open(path, "rb")  # closed by the with below
            except OSError as exc:
                raise RoleplayError(
                    "RP505",
                    f"cannot read the file: {exc.strerror or exc}",
                    hint="check the path, or use - to read stdin",
                    location=Location(path),
                ) from None
            with handle:
                bad = score_lines(_lines(handle), out, scorer)
    except _NoLineEnd as stop:
        raise RoleplayError(
            "RP506",
            f"line {stop.number} has no line end within {MAX_SKIP_BYTES // 1_000_000} MB: "
            "stopped reading",
            hint="give a JSON Lines file: one JSON object per line",
            location=Location("<stdin>" if path == "-" else path, stop.number),
        ) from None
    if bad:
        Printer.for_stream(sys.stderr).error(
            f"RP504 {bad} line(s) could not be scored (see the error objects in the output)"
        )
        return 2
    return 0
