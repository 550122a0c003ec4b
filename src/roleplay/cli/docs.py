"""``roleplay docs [TOPIC]``: print a guide that ships with roleplay.

The guides are the project's ``docs/*.md``. A wheel carries them as ``roleplay/docs_data`` (see
pyproject's force-include), so a trainer who installed roleplay with pip, and has no checkout,
still has the reference the starter scenario and the error hints point to; in a checkout they
are read from ``docs/``.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from roleplay.errors import RoleplayError

# topic -> what the guide is about (shown by `roleplay docs --help`)
TOPICS = {
    "authoring": "writing scenarios: the format, intents, golden tests, every diagnostic code",
    "scoring": "how a reply is scored, the evidence, and the scorer's known limits",
    "storage": "where sessions are saved, resuming, history and exports",
    "tui": "the full-screen interface: keys, settings, accessibility",
    "workshop": "running a session with a group: hosting, the board, the group debrief",
}
# words a reader types for what is a part of one guide (`roleplay docs intents`) -> that guide
TOPIC_WORDS = {
    **dict.fromkeys(
        (
            "intents intent golden tests test lint validate codes code diagnostics errors "
            "format yaml scenario scenarios schema graph dev says meters transitions states"
        ).split(),
        "authoring",
    ),
    **dict.fromkeys(
        "score scores scorer evidence empathy listening collaboration".split(), "scoring"
    ),
    **dict.fromkeys("sessions history export exports resume database".split(), "storage"),
    **dict.fromkeys("keys keyboard settings config theme accessibility".split(), "tui"),
    **dict.fromkeys("group host board facilitator participants".split(), "workshop"),
}


_PACKAGED = Path(__file__).resolve().parents[1] / "docs_data"
_CHECKOUT = Path(__file__).resolve().parents[3] / "docs"


def docs_dir() -> Path:
    """The folder of guides: the installed wheel's copy, else the checkout's ``docs/``."""
    return _PACKAGED if _PACKAGED.is_dir() else _CHECKOUT


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "docs",
        help="print a guide: writing scenarios (the default), scoring, storage, tui, workshop",
        description="Print one of the guides that ship with roleplay, as Markdown. At a "
        "terminal it opens in your pager ($PAGER, else less); piped or redirected it is printed. "
        "Topics: " + "; ".join(f"{name}: {about}" for name, about in TOPICS.items()) + ".",
    )
    p.add_argument(
        "topic",
        nargs="?",
        default="authoring",
        type=topic_name,
        metavar="TOPIC",
        help=f"one of {', '.join(TOPICS)} (default: authoring), or a part of one: "
        "`roleplay docs intents` opens the authoring guide at its intents section, a "
        "field of the format (`roleplay docs mentions`) at the section that first writes it, "
        "and a diagnostic code (`roleplay docs RP418`) at the row that explains it",
    )
    p.add_argument("--path", action="store_true", help="print where the guide is, not its text")
    p.add_argument("--no-pager", action="store_true", help="print the guide even at a terminal")
    p.set_defaults(func=run_docs)


def topic_name(text: str) -> str:
    """An argparse type for TOPIC: a guide's name, or a word that is a part of one guide
    (`intents`, `golden`, `mentions`) or a diagnostic code, in any case; anything else is
    refused with the kinds of topic that work (see unknown_topic)."""
    word = text.strip().lower()
    if _CODE.fullmatch(word):  # a diagnostic code, as a lint or error line writes it
        word = word.upper()
    if word in TOPICS or word in TOPIC_WORDS or guide_naming(word) is not None:
        return word
    raise argparse.ArgumentTypeError(unknown_topic(text))


# one of each kind of topic besides the guides, as the refusal of an unknown one shows them (a
# test opens each): a trainer refused with the five guides' names alone never learnt that a
# section, a field of the format or a lint line's code also opens
TOPIC_KINDS = {"a section": "intents", "a format field": "mentions", "a diagnostic code": "RP418"}


def unknown_topic(text: str) -> str:
    """The refusal of a topic no guide has: the kinds of topic that work, with an example of
    each, and the closest guide or section word when one is close to what was typed."""
    *some, last = (f"{kind} (`roleplay docs {example}`)" for kind, example in TOPIC_KINDS.items())
    kinds = f"{', '.join(some)} or {last}"
    known = [*TOPICS, *TOPIC_WORDS]
    close = difflib.get_close_matches(text.strip().lower(), known, n=1, cutoff=0.6)
    guess = f"; did you mean '{close[0]}'?" if close else ""
    return (
        f"no guide, section, format field or diagnostic code is called '{text}': a topic is a "
        f"guide ({', '.join(TOPICS)}), {kinds}{guess}"
    )


# a diagnostic code (`roleplay docs RP418`): the guide that lists or writes it, at that place
_CODE = re.compile(r"rp\d{3}", re.IGNORECASE)


def _code_row(lines: list[str], code: str) -> int | None:
    """The line of the table row that explains ``code`` (`| RP418 | ...`), if any."""
    return next((k for k, line in enumerate(lines) if line.startswith(f"| {code} |")), None)


def guide_naming(word: str) -> str | None:
    """The guide (the authoring guide first) that has a section about ``word``, a word of the
    format such as `include`, `said` or `mentions`: a heading with it as a whole word, or a line
    that writes it as code (`mentions`, `include:`); or a diagnostic code (`RP418`): the guide
    whose table of codes has its row, else the first that writes it as code; None when no
    guide does."""
    if _CODE.fullmatch(word):
        guides = [
            (topic, (docs_dir() / f"{topic}.md").read_text(encoding="utf-8").splitlines())
            for topic in TOPICS
            if (docs_dir() / f"{topic}.md").is_file()
        ]
        for topic, lines in guides:
            if _code_row(lines, word) is not None:
                return topic
        for topic, lines in guides:
            if _first_writing(lines, word) is not None:
                return topic
        return None
    if not re.fullmatch(r"[a-z][a-z0-9_]*", word):
        return None
    for topic in TOPICS:
        path = docs_dir() / f"{topic}.md"
        if not path.is_file():
            continue
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        headed = any(
            re.search(rf"(?<![a-z0-9_]){word}(?![a-z0-9_])", lines[k].lower())
            for k, _ in _headings(lines)
        )
        if headed or _first_writing(lines, word) is not None:
            return topic
    return None


def run_docs(args: argparse.Namespace) -> int:
    word = args.topic if args.topic not in TOPICS else None
    topic = args.topic if word is None else TOPIC_WORDS.get(word) or guide_naming(word)
    if topic is None:  # the guides changed since the argument was read: the whole guide
        topic, word = "authoring", None
    path = docs_dir() / f"{topic}.md"
    if not path.is_file():
        raise RoleplayError(
            "RP001",
            f"the {topic} guide is not installed ({path} is missing)",
            hint="reinstall roleplay; the guides ship inside it",
        )
    if args.path:
        sys.stdout.write(f"{path}\n")
        return 0
    text = path.read_text(encoding="utf-8")
    if word is not None:
        text = part_of(text, topic, word)
    if args.no_pager or not _at_terminal() or not _page(text):
        sys.stdout.write(text)
    return 0


_FENCE = "```"


def part_of(guide: str, topic: str, word: str) -> str:
    """The section of ``guide`` (the ``topic`` guide) whose heading names ``word`` (or its
    stem: "tests" finds "Testing a scenario"; the broadest such heading, the first of those),
    up to the next heading of its level or above, under a line that says where it comes from;
    when no heading names it, the section that first writes it as code (`mentions`, `says:`),
    under a line that says so; the whole guide, under a line saying to search it, when neither
    does."""
    lines = guide.splitlines(keepends=True)
    headings = _headings(lines)
    row = _code_row(lines, word) if _CODE.fullmatch(word) else None
    if row is not None:  # a code: its table's heading, the table's head and the code's row
        start = max(k for k, _ in headings if k < row)
        head = next(k for k in range(start, row) if lines[k].startswith("| "))
        return (
            _from(topic, _heading(lines, start))
            + lines[start]
            + "\n"
            + "".join(lines[head : head + 2])
            + lines[row]
        )
    stem = word.rstrip("s") if len(word) > 4 else word
    named = [(depth, k) for k, depth in headings[1:] if stem in lines[k].lower()]
    if named:
        level, start = min(named)
        return _from(topic, _heading(lines, start)) + _section(lines, headings, start, level)
    written = _first_writing(lines, word)
    above = [(k, depth) for k, depth in headings[1:] if written is not None and k < written]
    if not above:
        return (
            f"(no section of the {topic} guide is named after '{word}': the whole guide "
            f"follows; search it for '{word}')\n\n" + guide
        )
    start, level = above[-1]
    return (
        f"(no section of the {topic} guide is named after '{word}': the first that writes "
        f"`{word}` is '{_heading(lines, start)}'; search the guide for more; `roleplay docs "
        f"{topic}` shows all of it)\n\n" + _section(lines, headings, start, level)
    )


def _headings(lines: list[str]) -> list[tuple[int, int]]:
    """(line, level) of every Markdown heading outside code blocks."""
    headings: list[tuple[int, int]] = []
    fenced = False
    for k, line in enumerate(lines):
        if line.startswith(_FENCE):
            fenced = not fenced
            continue
        depth = len(line) - len(line.lstrip("#"))
        if not fenced and depth and line[depth:].startswith(" "):
            headings.append((k, depth))
    return headings


def _first_writing(lines: list[str], word: str) -> int | None:
    """The first line outside code blocks that writes ``word`` as code (`word`, `word:`)."""
    fenced = False
    for k, line in enumerate(lines):
        if line.startswith(_FENCE):
            fenced = not fenced
        elif not fenced and (f"`{word}`" in line or f"`{word}:" in line):
            return k
    return None


def _heading(lines: list[str], k: int) -> str:
    return lines[k].strip().lstrip("#").strip()


def _section(lines: list[str], headings: list[tuple[int, int]], start: int, level: int) -> str:
    """The lines of the section whose heading is line ``start``, up to the next heading of its
    level or above."""
    end = next((k for k, depth in headings if k > start and depth <= level), len(lines))
    return "".join(lines[start:end])


def _from(topic: str, heading: str) -> str:
    return (
        f"(from the {topic} guide, its section '{heading}'; `roleplay docs {topic}` shows all "
        "of it)\n\n"
    )


def _at_terminal() -> bool:
    return sys.stdout.isatty()


def _page(text: str) -> bool:
    """Show ``text`` in the user's pager ($PAGER, else ``less``, which quits at once when the
    text fits on one screen and keeps it on the screen after); False when no pager could be
    started, so the caller prints it instead."""
    env = {**os.environ}
    env.setdefault("LESS", "FRX")
    try:
        argv = shlex.split(env.get("PAGER", "")) or ["less"]
        pager = subprocess.Popen(argv, stdin=subprocess.PIPE, env=env)
    except (OSError, ValueError):  # no such pager, or a $PAGER that does not parse
        return False
    try:
        pager.communicate(text.encode(sys.stdout.encoding or "utf-8", errors="replace"))
    except BrokenPipeError:  # the reader quit before the end: nothing more to show
        pager.wait()
    return True
