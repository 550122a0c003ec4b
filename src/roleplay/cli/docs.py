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
        choices=list(TOPICS),
        type=topic_name,
        metavar="TOPIC",
        help=f"one of {', '.join(TOPICS)} (default: authoring)",
    )
    p.add_argument("--path", action="store_true", help="print where the guide is, not its text")
    p.add_argument("--no-pager", action="store_true", help="print the guide even at a terminal")
    p.set_defaults(func=run_docs)


def topic_name(text: str) -> str:
    """An argparse type for TOPIC: a guide's name as given; a word that is a part of one guide
    (`intents`, `golden`) is refused with the guide to open, rather than a bare list."""
    word = text.strip().lower()
    if word in TOPICS:
        return word
    topic = TOPIC_WORDS.get(word)
    if topic is not None:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a guide of its own: it is in the {topic} guide, "
            f"`roleplay docs {topic}`, then search it for '{word}'"
        )
    return text  # argparse refuses it among the choices, with a close guess when there is one


def run_docs(args: argparse.Namespace) -> int:
    path = docs_dir() / f"{args.topic}.md"
    if not path.is_file():
        raise RoleplayError(
            "RP001",
            f"the {args.topic} guide is not installed ({path} is missing)",
            hint="reinstall roleplay; the guides ship inside it",
        )
    if args.path:
        sys.stdout.write(f"{path}\n")
        return 0
    text = path.read_text(encoding="utf-8")
    if args.no_pager or not _at_terminal() or not _page(text):
        sys.stdout.write(text)
    return 0


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
