"""What runs on behalf of participants: the browser TUI (``workshop participant``), line mode
(``workshop play``: scripts, screen readers, the load test) and ``workshop hotseat``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from roleplay.engine import Session
from roleplay.engine.rules import mode_in_workshop, new_seed, speaker_of_turn
from roleplay.errors import RoleplayError
from roleplay.plain import PlainFrontEnd, read_lines
from roleplay.report.console import Printer
from roleplay.scoring import default_scorer

from .common import compiled, reconfigure_stdin, seed_value, stdin_is_terminal

if TYPE_CHECKING:
    from roleplay.storage.resume_plan import ResumePlan
    from roleplay.storage.store import SessionStore
    from roleplay.storage.workshop import WorkshopRecorder, WorkshopStore
    from roleplay.storage.workshop.store import Participant


def register(wsub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    # What `serve` runs per tab: no `help`, so `roleplay workshop --help` does not list it
    # (argparse prints "==SUPPRESS==" for a sub-command given help=SUPPRESS).
    p = wsub.add_parser("participant")
    p.add_argument("--workshop", required=True)
    p.add_argument("--mode", choices=["coach", "exam"], default="coach")
    p.set_defaults(func=run_participant)

    lp = wsub.add_parser(
        "play", help="join a workshop in line mode (scripts, screen readers, load tests)"
    )
    lp.add_argument("--workshop", required=True, metavar="NAME")
    lp.add_argument("--name", required=True, help="display name")
    lp.add_argument("--code", default="", help="join code, when the workshop has one")
    lp.add_argument("--show-name", action="store_true", help="show my name in the debrief")
    lp.add_argument("--scenario", metavar="ID", help="default: the workshop's first scenario")
    lp.add_argument(
        "--mode",
        choices=["coach", "exam"],
        default=None,
        help="default: the workshop's (an exam workshop cannot be played in coach mode)",
    )
    lp.add_argument("--seed", type=seed_value, default=None)
    lp.add_argument("--json", action="store_true", help="one JSON object per event")
    lp.add_argument(
        "--resume",
        action="store_true",
        help="rejoining: continue my unfinished conversation of this round without asking "
        "(in a terminal you are asked; a script otherwise starts a new one)",
    )
    lp.add_argument(
        "--rescue",
        action="store_true",
        help="play a browser participant's rescue file (RP715) under their name, once their "
        "browser has left the workshop (the RP715 line's command adds it)",
    )
    lp.set_defaults(func=run_line_participant)

    h = wsub.add_parser(
        "hotseat",
        help="one screen, several people taking turns; each reply attributed to its speaker",
    )
    h.add_argument("scenario", help="shipped scenario id or path")
    h.add_argument(
        "--names",
        required=True,
        help="comma-separated, in speaking order: 1 to 12 people, each name once "
        "(not case-sensitive)",
    )
    h.add_argument(
        "--workshop",
        metavar="NAME",
        default=None,
        help="record under this workshop (default: hot-seat-<date>)",
    )
    h.add_argument("--show-names", action="store_true", help="show names in the group debrief")
    h.add_argument(
        "--mode",
        choices=["coach", "exam"],
        default=None,
        help="default: coach, or the mode of the workshop it is recorded under",
    )
    h.add_argument("--seed", type=seed_value, default=None)
    h.add_argument("--plain", action="store_true", help="line mode")
    h.add_argument(
        "--resume",
        action="store_true",
        help="continue this group's conversation that was cut off (a closed terminal, a killed "
        "process) without asking (at a terminal you are asked; a script otherwise starts a new one)",
    )
    h.set_defaults(func=run_hotseat)


def run_participant(args: argparse.Namespace) -> int:
    from roleplay.tui.workshop_app import run_participant as run_app

    return run_app(args.workshop, mode=args.mode)


def run_line_participant(args: argparse.Namespace) -> int:
    from roleplay.storage.store import SessionStore
    from roleplay.storage.workshop import JoinDesk, WorkshopRecorder
    from roleplay.storage.workshop.heartbeat import keep_active
    from roleplay.storage.workshop.host_lock import hold_line_mode_name

    from .workshop import open_store

    store = open_store()
    workshop = store.workshop(args.workshop)
    desk = JoinDesk(store, workshop)
    desk.check_code(args.code)
    desk.require_open_round()
    mode = mode_in_workshop(workshop.mode, args.mode)  # RP817 before anything is joined
    ref = workshop_scenario(workshop.scenarios, args.scenario)
    held = hold_line_mode_name(store.path, workshop.id, args.name)  # RP832 while in use
    try:
        participant = store.join(
            workshop.id, args.name, show_name=args.show_name, rescue=args.rescue
        )
    except BaseException:
        os.close(held)
        raise
    sessions = SessionStore.open(store.path)
    try:
        recorder = WorkshopRecorder(sessions, store, participant)
        session = _rejoined(sessions, store, participant, recorder, args)
        resumed = session is not None and session.origin is not None
        if session is None:
            session = Session.start(
                compiled(ref),
                default_scorer(),
                new_seed(args.seed),
                mode=mode,
                observers=[recorder],
            )
        with keep_active(store.path, [participant.id]):  # shown active between replies
            _play_lines(session, args.json, None, resumed=resumed)
    finally:
        store.leave_quietly(participant.id)
        sessions.close()
        store.conn.close()
        os.close(held)
    return 0


def _rejoined(
    sessions: SessionStore,
    store: WorkshopStore,
    participant: Participant,
    recorder: WorkshopRecorder,
    args: argparse.Namespace,
    speakers: list[str] | None = None,
) -> Session | None:
    """Someone who rejoins under the same name (after Ctrl-C, a closed terminal or a host that
    was restarted) and left a conversation of this round unfinished picks it up, as in the
    browser: asked in a terminal, at once with ``--resume``; a script without it is told how
    and starts a new conversation. None: a new conversation starts. A hot seat (``speakers``)
    picks up the same group's conversation of the same scenario."""
    from roleplay.storage.workshop.recorder import rejoin_offer

    from .autosave import Terminal

    if not participant.rejoined:
        return None
    offer = rejoin_offer(sessions, store, participant)
    if offer is None or (speakers is not None and not _same_group(offer, speakers, args)):
        return None
    reconfigure_stdin()
    term = Terminal.current(getattr(args, "json", False))
    if not args.resume:
        if not term.interactive:
            term.note(f"note: unfinished {offer.description}; add --resume to continue it")
            return None
        if not offer.accepts(term.ask(offer.question + " [Y/n] ")):
            return None
    notice = offer.change_notice
    if notice is not None:
        term.note(notice)
    version = offer.version(can_ask=True) or (
        offer.version_from_answer(term.ask(offer.version_question))
        if term.interactive
        else "saved"  # --resume in a script: exactly where it stopped
    )
    if version == "restart":
        return offer.start_again(default_scorer(), [recorder])
    return offer.resume(default_scorer(), [recorder])


def _same_group(offer: ResumePlan, speakers: list[str], args: argparse.Namespace) -> bool:
    """The cut-off conversation is this hot seat's: the same people in the same order (its
    turns go on to whoever's turn it is) and the same scenario."""
    from roleplay.scenario.library import shipped_by_id

    record = offer.record
    wanted = str(args.scenario)
    if record.learner != ", ".join(speakers):
        return False
    if shipped_by_id(wanted) is not None:
        return record.scenario_id == wanted
    saved = record.scenario_path
    return saved is not None and Path(saved).resolve() == Path(wanted).resolve()


def workshop_scenario(refs: tuple[str, ...], wanted: str | None) -> str:
    """The workshop's scenario named ``wanted`` (its id, or a path's file stem); first if None."""
    if wanted is None:
        return refs[0]
    for ref in refs:
        if wanted == ref or wanted == Path(ref).stem:
            return ref
    raise RoleplayError(
        "RP814",
        f"'{wanted}' is not one of this workshop's scenarios",
        hint="choose from: " + ", ".join(Path(r).stem for r in refs),
    )


def _play_lines(
    session: Session, json_mode: bool, speakers: list[str] | None, *, resumed: bool = False
) -> None:
    """Line mode for a workshop session (its observers save it); in hot seat the prompt names
    whose turn it is, and a reply read from a pipe or file is printed after its player's name
    (``--json``: a ``speaker`` in each turn event)."""
    reconfigure_stdin()
    out = Printer.for_stream(sys.stdout)
    talking = sys.stdin.isatty() and not json_mode

    def who(turn: int) -> str:
        return speaker_of_turn(turn, speakers) if speakers else ""

    def whose_turn() -> str:
        return who(session.turn + 1)

    front = PlainFrontEnd(
        session,
        out,
        json_mode=json_mode,
        mode=session.mode,
        speaker=who if speakers else None,
        echo=not talking,
        asks_first=talking,
        stop_ends=True,  # the workshop recorder abandons a conversation stopped on purpose
    )

    front.run(read_lines(sys.stdin, out if talking else None, whose_turn), resumed=resumed)


MAX_HOTSEAT = 12  # people taking turns at one screen; more is a workshop (`roleplay serve`)


def hotseat_names(raw: str) -> list[str]:
    """The speakers of ``--names``, in order: at least one, at most :data:`MAX_HOTSEAT`, no name
    twice (compared as the board compares names: cleaned and case-insensitive). RP815 otherwise,
    before anything is opened or recorded."""
    from roleplay.storage.workshop.store import clean_display_name

    names = [n.strip() for n in raw.split(",") if n.strip()]
    if not names:
        raise RoleplayError("RP815", "--names needs at least one name", hint="--names Ann,Bob")
    if len(names) > MAX_HOTSEAT:
        raise RoleplayError(
            "RP815",
            f"--names has {len(names)} names; a hot seat takes at most {MAX_HOTSEAT}",
            hint="for a bigger group run a workshop with `roleplay serve`",
        )
    seen: dict[str, str] = {}
    for name in names:
        key = clean_display_name(name).casefold()
        if key in seen:
            raise RoleplayError(
                "RP815",
                f"--names gives '{seen[key]}' twice (as '{name}'); each person once",
                hint="tell people apart, e.g. --names 'Ann B,Ann K'",
            )
        seen[key] = name
    return names


def run_hotseat(args: argparse.Namespace) -> int:
    import datetime as _dt

    from roleplay.storage.store import SessionStore
    from roleplay.storage.workshop import WorkshopRecorder
    from roleplay.storage.workshop.heartbeat import keep_active

    from .workshop import open_store

    names = hotseat_names(args.names)
    comp = compiled(args.scenario)
    store = open_store()
    name = args.workshop or f"hot-seat-{_dt.date.today().isoformat()}"
    try:
        workshop = store.workshop(name)
    except RoleplayError:
        workshop = store.open_workshop(
            name,
            [comp.scenario.id],
            join_code=None,
            max_participants=len(names),
        )  # coach: a hot seat's mode is its own; only a host (`serve --mode`) sets everyone's
    try:
        mode = mode_in_workshop(workshop.mode, args.mode)  # RP817 before anyone joins
    except RoleplayError:
        store.conn.close()
        raise
    if store.current_round(workshop.id) is None:
        store.start_round(workshop.id)
    people = [store.join(workshop.id, n, show_name=args.show_names) for n in names]
    sessions = SessionStore.open(store.path)
    recorder = WorkshopRecorder(sessions, store, people[0], speakers=people)
    seed = new_seed(args.seed)
    try:
        named = [p.name for p in people]
        picked_up = _rejoined(sessions, store, people[0], recorder, args, named)
        with keep_active(store.path, [p.id for p in people]):  # every player stays active
            if args.plain or not stdin_is_terminal():
                session = picked_up or Session.start(
                    comp, default_scorer(), seed, mode=mode, observers=[recorder]
                )
                _play_lines(session, False, named, resumed=picked_up is not None)
                return 0
            from roleplay.tui.hotseat_app import HotSeatApp

            app = HotSeatApp(
                comp, named, mode=mode, seed=seed, recorder=recorder, picked_up=picked_up
            )
            return int(app.run() or 0)
    finally:
        store.leave_quietly(*(p.id for p in people))
        sessions.close()
        store.conn.close()
