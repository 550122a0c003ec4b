"""``roleplay docs [TOPIC]``: print a guide that ships with roleplay.

The guides are the project's ``docs/*.md``. A wheel carries them as ``roleplay/docs_data`` (see
pyproject's force-include), so a trainer who installed roleplay with pip, and has no checkout,
still has the reference the starter scenario and the error hints point to; in a checkout they
are read from ``docs/``.
"""

from __future__ import annotations

import argparse
import os
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


class _Topics(list[str]):
    """The guides, as argparse lists them (`invalid choice ... choose from` and its guesses),
    which also hold a word that is a part of one guide (`intents`): `roleplay docs intents`
    opens the authoring guide at that part."""

    def __contains__(self, item: object) -> bool:
        return item in TOPIC_WORDS or super().__contains__(item)


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
        choices=_Topics(TOPICS),
        type=topic_name,
        metavar="TOPIC",
        help=f"one of {', '.join(TOPICS)} (default: authoring), or a part of one: "
        "`roleplay docs intents` opens the authoring guide at its intents section",
    )
    p.add_argument("--path", action="store_true", help="print where the guide is, not its text")
    p.add_argument("--no-pager", action="store_true", help="print the guide even at a terminal")
    p.set_defaults(func=run_docs)


def topic_name(text: str) -> str:
    """An argparse type for TOPIC: a guide's name, or a word that is a part of one guide
    (`intents`, `golden`), in any case; anything else as given, which argparse refuses among
    the choices, with a close guess when there is one."""
    word = text.strip().lower()
    return word if word in TOPICS or word in TOPIC_WORDS else text


def run_docs(args: argparse.Namespace) -> int:
    word = args.topic if args.topic not in TOPICS else None
    topic = TOPIC_WORDS[word] if word is not None else args.topic
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
    the whole guide, under a line saying to search it, when no heading names the word."""
    lines = guide.splitlines(keepends=True)
    stem = word.rstrip("s") if len(word) > 4 else word
    headings: list[tuple[int, int]] = []  # (line, level), outside code blocks
    fenced = False
    for k, line in enumerate(lines):
        if line.startswith(_FENCE):
            fenced = not fenced
            continue
        depth = len(line) - len(line.lstrip("#"))
        if not fenced and depth and line[depth:].startswith(" "):
            headings.append((k, depth))
    named = [(depth, k) for k, depth in headings[1:] if stem in lines[k].lower()]
    if not named:
        return (
            f"(no section of the {topic} guide is named after '{word}': the whole guide "
            f"follows; search it for '{word}')\n\n" + guide
        )
    level, start = min(named)
    end = next((k for k, depth in headings if k > start and depth <= level), len(lines))
    heading = lines[start].strip().lstrip("#").strip()
    return _from(topic, heading) + "".join(lines[start:end])


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
