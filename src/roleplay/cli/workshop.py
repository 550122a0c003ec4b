"""Workshop mode: ``roleplay serve`` (the host), ``roleplay board`` (the facilitator's view) and
``roleplay workshop ...`` (rounds, the group debrief, hot seat, and what participants run).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.errors import RoleplayError
from roleplay.report.console import Printer
from roleplay.sanitise import json_text, visible

from . import workshop_play
from .common import OUTPUT_HELP, load_scenario, output_path

if TYPE_CHECKING:
    import socket

    from roleplay.serve import BindPlan
    from roleplay.storage.workshop import BoardSnapshot, Round, Workshop, WorkshopStore


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    s = sub.add_parser(
        "serve",
        help="host a workshop: participants play in their browsers",
        description="Serve the TUI to browsers (textual-serve). Binds 127.0.0.1 unless --host "
        "is given; any other address needs a join code (one is generated and printed).",
    )
    s.add_argument("--host", default=None, help="address to bind (default 127.0.0.1)")
    s.add_argument(
        "--port",
        type=int,
        default=8000,
        help="port (default 8000; 0 picks a free one, shown in the banner)",
    )
    s.add_argument(
        "--scenario",
        action="append",
        metavar="ID",
        help="a scenario for the workshop (repeat; default: every shipped scenario)",
    )
    s.add_argument("--workshop", metavar="NAME", help="workshop name (default: today's date)")
    s.add_argument(
        "--join-code",
        metavar="CODE",
        help="use this join code (at least 6 letters or digits) instead of a new one",
    )
    s.add_argument(
        "--no-join-code", action="store_true", help="no join code (only allowed on 127.0.0.1)"
    )
    s.add_argument(
        "--max",
        type=int,
        default=40,
        metavar="N",
        help="most participants connected at once (default 40)",
    )
    s.add_argument(
        "--allow-host",
        action="append",
        metavar="NAME",
        help="also answer requests for this host name (repeat; e.g. laptop.local)",
    )
    s.add_argument("--mode", choices=["coach", "exam"], default="coach")
    s.add_argument(
        "--no-round",
        action="store_true",
        help="do not open round 1; participants wait until the board starts one",
    )
    s.set_defaults(func=run_serve)

    b = sub.add_parser(
        "board",
        help="the facilitator's live board for a workshop",
        description="Live view of a workshop: participants, states, scores, a heat map of hard "
        "states; start/stop rounds and reveal the group debrief.",
    )
    b.add_argument("--workshop", metavar="NAME", help="default: the most recent workshop")
    b.add_argument("--json", action="store_true", help="print one snapshot as JSON and exit")
    b.add_argument(
        "--all-rounds",
        action="store_true",
        help="with --json: every round's sessions (default: the latest round, as the "
        "board shows it)",
    )
    b.add_argument("--interval", type=float, default=1.0, help="refresh seconds (default 1)")
    b.set_defaults(func=run_board)

    w = sub.add_parser(
        "workshop", help="rounds, group debrief, hot seat (see `roleplay docs workshop`)"
    )
    wsub = w.add_subparsers(dest="workshop_command", metavar="ACTION", required=True)
    d = wsub.add_parser("debrief", help="export the group debrief (Markdown or HTML)")
    d.add_argument("--workshop", metavar="NAME")
    d.add_argument("--round", type=int, metavar="N", help="one round only")
    d.add_argument(
        "--format",
        choices=["md", "html", "json"],
        default=None,
        help="default: from -o's suffix, else md",
    )
    d.add_argument("-o", "--output", metavar="FILE", help=OUTPUT_HELP)
    d.set_defaults(func=run_debrief)
    r = wsub.add_parser("round", help="start or stop a round, reveal the group debrief")
    r.add_argument("action", choices=["start", "stop", "reveal", "status"])
    r.add_argument("--workshop", metavar="NAME")
    r.set_defaults(func=run_round)
    workshop_play.register(wsub)


# -- helpers ---------------------------------------------------------------------------------
def open_store() -> WorkshopStore:
    from roleplay.storage.workshop import WorkshopStore, open_workshop_db

    conn, path = open_workshop_db()
    return WorkshopStore(conn, path)


def find_workshop(store: WorkshopStore, key: str | None) -> Workshop:
    if key:
        return store.workshop(key)
    latest = store.latest()
    if latest is None:
        raise RoleplayError(
            "RP806", "there is no workshop yet", hint="start one with `roleplay serve`"
        )
    return latest


def scenario_refs(names: list[str] | None) -> list[str]:
    """Check every scenario loads now (exit 2 otherwise); ids stay ids, paths become absolute."""
    from roleplay.scenario.library import scenario_files

    if not names:
        names = [p.stem for p in scenario_files()]
        if not names:
            raise RoleplayError("RP809", "no scenarios to serve", hint="pass --scenario PATH")
    refs = []
    for name in names:
        loaded = load_scenario(name)
        is_path = name.endswith((".yaml", ".yml")) or "/" in name
        refs.append(str(Path(name).resolve()) if is_path else loaded.scenario.id)
    return refs


# -- serve -----------------------------------------------------------------------------------
def run_serve(args: argparse.Namespace) -> int:
    from roleplay.serve import plan_bind
    from roleplay.serve.command import describe, join_urls, participant_argv
    from roleplay.serve.listener import bound_port

    plan = plan_bind(
        args.host,
        args.port,
        join_code=args.join_code,
        no_join_code=args.no_join_code,
        max_participants=args.max,
        allow_hosts=args.allow_host,
    )
    refs = scenario_refs(args.scenario)
    sockets = _listen(plan)
    try:
        plan = replace(plan, port=bound_port(sockets))  # --port 0: the one the system chose
        name = args.workshop or f"workshop-{_dt.date.today().isoformat()}"
        store = open_store()
        host_lock = _hold_workshop(store, name)  # before anything of the workshop is written
        earlier = _so_far(store, name)
        workshop = store.open_workshop(
            name,
            refs,
            join_code=plan.join_code,
            max_participants=plan.max_participants,
            mode=args.mode,
        )
        if not args.no_round and store.current_round(workshop.id) is None:
            store.start_round(workshop.id)
        rounds = store.rounds(workshop.id)
        store.conn.close()
        argv = participant_argv(workshop.id, mode=args.mode)
        count = f"{len(refs)} scenario{'' if len(refs) == 1 else 's'}"
        shown = visible(workshop.name)  # the banner is printed to the terminal as it is
        banner = [f"roleplay workshop '{shown}' ({count}): {describe(plan)}"]
        banner += [f"  Join at: {url}" for url in join_urls(plan)]
        if plan.join_code:
            banner.append(f"  Join code: {plan.join_code}")
        banner.append(f"  Board: roleplay board --workshop {workshop.id}")
        if earlier is not None:
            banner.append(_continuing(earlier, rounds, new_code=plan.join_code is not None))
        banner.append("  Ctrl+C stops the host (saved turns stay in the database).")
        from roleplay.serve.host import WorkshopServer

        server = WorkshopServer(plan, argv, title=f"roleplay · {workshop.name}", banner=banner)
        try:
            server.serve_on(sockets)
        finally:
            os.close(host_lock)
    finally:
        for sock in sockets:
            sock.close()
    return 0


def _hold_workshop(store: WorkshopStore, name: str) -> int:
    """This host's lock on the workshop (RP833 when another host serves it); the store is
    closed when it is refused."""
    from roleplay.storage.workshop.host_lock import hold_host_lock

    try:
        return hold_host_lock(store.path, store.id_for(name), name)
    except RoleplayError:
        store.conn.close()
        raise


def _so_far(store: WorkshopStore, name: str) -> BoardSnapshot | None:
    """What a workshop of that name already holds (a restarted host), or None when it is new."""
    from roleplay.storage.workshop import board_snapshot

    try:
        wid = store.workshop(name).id
    except RoleplayError:
        return None
    return board_snapshot(store.conn, wid)


def _continuing(earlier: BoardSnapshot, rounds: list[Round], *, new_code: bool) -> str:
    """The banner line of a restarted host: nothing saved was lost, and how people get back."""
    people = len(earlier.participants)
    saved = (
        f"{people} {'person' if people == 1 else 'people'}, "
        f"{earlier.sessions} conversation{'' if earlier.sessions == 1 else 's'} and "
        f"{earlier.turns} repl{'y' if earlier.turns == 1 else 'ies'} saved"
    )
    latest = rounds[-1] if rounds else None
    state = (
        "no round yet"
        if latest is None
        else f"round {latest.number} {'open' if latest.open else 'closed'}"
    )
    back = "rejoin from the same browser with the same name"
    if new_code:
        back += " and the new join code"
    return f"  Continuing this workshop ({saved}; {state}): people {back}."


def _listen(plan: BindPlan) -> list[socket.socket]:
    """The listening sockets, or RP810 (port taken, address not on this machine)."""
    from roleplay.serve.listener import listen

    try:
        return listen(plan.host, plan.port)
    except OSError as exc:
        raise RoleplayError(
            "RP810",
            f"cannot listen on {plan.host}:{plan.port} ({exc.strerror or exc})",
            hint="pick another --port, or stop the program using it",
        ) from None


# -- board, debrief, rounds ------------------------------------------------------------------
def run_board(args: argparse.Namespace) -> int:
    store = open_store()
    workshop = find_workshop(store, args.workshop)
    if args.json:
        from roleplay.report.board_moments import MomentNamer, board_json
        from roleplay.storage.workshop import current_board

        _, snap = current_board(store, workshop.id, all_rounds=args.all_rounds)
        print(json_text(board_json(snap, MomentNamer(store.conn).words(snap))))
        return 0
    from roleplay.tui.board.app import BoardApp

    return int(BoardApp(store, workshop, interval=args.interval).run() or 0)


def group_debrief_text(
    store: WorkshopStore, workshop: Workshop, round_number: int | None, fmt: str
) -> str:
    from dataclasses import asdict

    from roleplay.report.group_debrief import build_group_debrief
    from roleplay.report.group_export import to_html, to_markdown
    from roleplay.storage.workshop import group_rows

    round_id = None
    if round_number is not None:
        match = [r for r in store.rounds(workshop.id) if r.number == round_number]
        if not match:
            raise RoleplayError(
                "RP811",
                f"workshop '{workshop.name}' has no round {round_number}",
                hint="see `roleplay workshop round status`",
            )
        round_id = match[0].id
    debrief = build_group_debrief(
        group_rows(store.conn, workshop.id, round_id),
        workshop=workshop.name,
        round_number=round_number,
    )
    if fmt == "html":
        return to_html(debrief)
    if fmt == "json":
        return json_text(asdict(debrief), indent=2) + "\n"
    return to_markdown(debrief)


def run_debrief(args: argparse.Namespace) -> int:
    store = open_store()
    workshop = find_workshop(store, args.workshop)
    target = output_path(args.output)
    fmt = args.format
    if fmt is None:
        suffix = target.suffix.lower() if target is not None else ""
        fmt = {".html": "html", ".htm": "html", ".json": "json"}.get(suffix, "md")
    text = group_debrief_text(store, workshop, args.round, fmt)
    if target is not None:
        from roleplay.report.formats import write_export

        out = write_export(text, target, store.path)  # never over the database
        Printer.for_stream(sys.stderr).line(f"group debrief written to {out}")
    else:
        sys.stdout.write(text)
    return 0


def run_round(args: argparse.Namespace) -> int:
    store = open_store()
    workshop = find_workshop(store, args.workshop)
    if args.action == "start":
        rnd = store.start_round(workshop.id)
        print(f"round {rnd.number} started")
    elif args.action == "stop":
        stopped = store.stop_round(workshop.id)
        print("no round was open" if stopped is None else f"round {stopped.number} stopped")
    elif args.action == "reveal":
        rounds = store.rounds(workshop.id)
        if not rounds:
            raise RoleplayError("RP811", "no round to reveal", hint="start one first")
        store.reveal(rounds[-1].id)
        print(f"group debrief of round {rounds[-1].number} revealed")
    else:
        for rnd in store.rounds(workshop.id):
            state = "open" if rnd.open else "closed"
            shown = ", debrief revealed" if rnd.revealed else ""
            print(f"round {rnd.number}: {state}{shown}")
    return 0
