"""``roleplay export SESSION --format md|html|json|xapi [-o FILE] [--lrs URL]``."""

from __future__ import annotations

import argparse
import sys

from roleplay.errors import RoleplayError
from roleplay.report.console import Printer
from roleplay.report.formats import FORMAT_NAMES, render, write_export
from roleplay.report.lrs import send_statements, statements_url
from roleplay.report.session_export import load_export
from roleplay.report.xapi import statements
from roleplay.storage import SessionStore

from .common import OUTPUT_HELP, output_path


def register_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    e = sub.add_parser(
        "export",
        help="export a session: transcript, per-turn scores and evidence, debrief",
        description="Export a saved session as Markdown, a printable self-contained HTML page, "
        "versioned JSON, or xAPI 1.0.3 statements. Writes to stdout unless -o FILE is given "
        "(-o - is stdout too); "
        "notes (where it was written, what the LRS stored) go to stderr. "
        "--lrs sends the xAPI statements to a Learning Record Store, with basic-auth "
        "credentials from ROLEPLAY_LRS_USER and ROLEPLAY_LRS_PASSWORD.",
    )
    e.add_argument(
        "session", metavar="SESSION", help="session number (see `roleplay history`) or 'last'"
    )
    e.add_argument("--format", "-f", choices=FORMAT_NAMES, default="md", help="default: md")
    e.add_argument("-o", "--output", metavar="FILE", help=OUTPUT_HELP)
    e.add_argument("--lrs", metavar="URL", help="send xAPI statements to this LRS endpoint")
    e.set_defaults(func=run_export)


def _session_number(store: SessionStore, raw: str) -> int:
    if raw == "last":  # the answered session with the latest activity (docs/storage.md)
        latest = store.last_session()
        if latest is None:
            raise RoleplayError(
                "RP710", "no session with an answered turn yet", hint="`roleplay play ID`"
            )
        return latest.id
    try:
        return int(raw)
    except ValueError:
        raise RoleplayError(
            "RP710", f"'{raw}' is not a session number", hint="`roleplay history` lists them"
        ) from None


def run_export(args: argparse.Namespace) -> int:
    if args.lrs and args.format != "xapi":
        raise RoleplayError("RP723", "--lrs sends xAPI statements", hint="add --format xapi")
    if args.lrs:
        statements_url(args.lrs)  # reject a bad URL before doing any work
    note = Printer.for_stream(sys.stderr)  # stdout carries only the export itself
    with SessionStore.open_for_reading() as store:
        export = load_export(store, _session_number(store, args.session))
        target = output_path(args.output)
        if target is not None:
            path = write_export(render(export, args.format), target, store.path)
            note.line(f"Exported session {export.record.id} ({args.format}) to {path}")
        elif args.output is not None or not args.lrs:  # `-o -` asks for stdout, --lrs or not
            sys.stdout.buffer.write(render(export, args.format).encode("utf-8", "replace"))
            sys.stdout.flush()
    if args.lrs:
        batch = statements(export)
        ids = send_statements(args.lrs, batch)
        note.line(
            f"Sent {len(batch)} xAPI statement(s) for session {export.record.id} to "
            f"{statements_url(args.lrs)} (LRS stored {len(ids)})"
        )
    return 0
