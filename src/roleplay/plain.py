"""Line-mode front end: one reply per line on stdin, everything said on stdout.

Works from a script, a pipe and a screen reader: no cursor movement, no colour unless the output
is a terminal (and never under NO_COLOR). With ``json_mode`` every event is one JSON object per
line. Lines starting with ``/`` are commands (``/help``); start a reply with ``//`` to send a
literal slash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Literal

from roleplay.engine import Mode, SaveProblem, Session, TurnResult, build_debrief
from roleplay.engine.end_here import end_question
from roleplay.engine.heard import heard_line, heard_text
from roleplay.engine.rules import verdict as verdict_of
from roleplay.engine.unscored_send import confirmed, question
from roleplay.errors import SessionError
from roleplay.hangup import put_back, signal_name, take_close_signals
from roleplay.report.console import Printer, safe_text
from roleplay.report.score_reasons import score_reasons
from roleplay.scoring.readable import unscored_message

from .plain_input import LongLine, read_lines, refusal

__all__ = [
    "END_WORDS",
    "HELP",
    "QUIT_WORDS",
    "Mode",
    "PlainFrontEnd",
    "UserLine",
    "parse_line",
    "read_lines",
]
QUIT_WORDS = ("/quit", "/exit", "/q")  # stop for now (a solo session can be resumed)
END_WORDS = ("/end",)  # end the conversation here, unfinished (abandoned: it is over)

HELP = (
    "Type your reply and press Enter.  Commands: /hint  /rewind  /scores  /end (end it here)"
    "  /quit (stop for now)  /help  (start a reply with // to send a leading slash)"
)
# exam mode gives no hints and no scores until the end: its command list leaves them out
EXAM_HELP = HELP.replace("/hint  ", "").replace("/scores  ", "")


# In a workshop, stopping ends the conversation for good (the workshop recorder abandons it,
# as quitting the browser app does): /quit says so instead of "stop for now".
LEAVE = "/quit (leave: it ends here)"


def help_line(mode: str, *, stop_ends: bool = False) -> str:
    """The command list for this mode (``stop_ends``: a workshop's line mode)."""
    line = EXAM_HELP if mode == "exam" else HELP
    return line.replace("/quit (stop for now)", LEAVE) if stop_ends else line


SCORING_HELP = (
    "Each reply is scored 0-100 for listening, empathy and collaboration (coach mode shows the "
    "evidence; exam mode keeps it for the end): each score is its start plus the points listed "
    'under it, biggest first. "Dana heard: ..." says what the counterpart '
    'took from your reply when that decides where it goes ("Dana heard no particular move": '
    "none of what it listens for). A reply the scorer cannot read "
    '(empty, emoji only, another language than English, random keys) is "Not scored" and '
    "earns nothing; typed at a terminal, you are asked before it is sent."
)


@dataclass
class PlainFrontEnd:
    session: Session
    out: Printer
    json_mode: bool = False
    mode: Mode = "coach"
    prompt: bool = False
    # hot seat: who answers turn N; shown with each reply when the input is not typed here
    speaker: Callable[[int], str] | None = None
    echo: bool = False
    # a person at a terminal: a reply that cannot be scored is sent, and /end ends the
    # conversation for good, only after a "y" (the TUI asks the same questions)
    asks_first: bool = False
    # whether the session is kept: false in practice without saving (RP716) and in dev mode
    saving: bool = True
    # a workshop's line mode: stopping before an ending ends the conversation for good
    stop_ends: bool = False
    # a front end with commands of its own (`roleplay dev`: /restart, /lint, and /end and /quit
    # that mean something else there): its command list, said by /help and for an unknown
    # command instead of play's; the opening leaves play's out (its owner says its own)
    commands: str | None = None
    _told: SaveProblem | None = None
    _signals: SignalStop = field(default_factory=lambda: SignalStop(), init=False, repr=False)

    @property
    def name(self) -> str:
        return self.session.scenario.counterpart.name

    def commands_line(self) -> str:
        """The commands this front end takes, in one line."""
        if self.commands is not None:
            return self.commands
        return help_line(self.mode, stop_ends=self.stop_ends)

    # -- events ----------------------------------------------------------------------------
    def opening(self, *, resumed: bool = False) -> None:
        s = self.session
        sc = s.scenario
        if self.json_mode:
            self.out.json(
                {
                    "event": "resume" if resumed else "start",
                    "scenario": sc.id,
                    "title": sc.title,
                    "state": s.state,
                    "say": s.counterpart_line,
                    "turn": s.turn,
                    "meters": dict(s.meters),
                    "mode": self.mode,
                    "saving": self.saving,
                }
            )
            return
        self.out.line(f"{sc.title}", "bold")
        self.out.line(safe_text(sc.summary))
        cp = sc.counterpart
        self.out.line(f"You are: {sc.learner.role}.  Talking to: {cp.name}, {cp.role}.")
        if self.commands is None:
            self.out.line(self.commands_line(), "dim")
        if resumed:
            self.out.line(f"(resumed after turn {s.turn})", "dim")
        self.out.line()
        self.say(s.counterpart_line)

    def say(self, text: str) -> None:
        self.out.line(f"{self.name}: " + safe_text(text), "cyan")

    def turn(self, result: TurnResult) -> None:
        if self.json_mode:
            self.out.json(
                {
                    "event": "turn",
                    "turn": result.turn,
                    **({} if self.speaker is None else {"speaker": self.speaker(result.turn)}),
                    "state": result.state,
                    "reply": result.reply,
                    "scores": result.score.as_dict(),
                    "same_side": result.score.same_side,
                    "evidence": [e.to_json() for e in result.score.evidence],
                    "scored": result.score.scored,
                    **({} if result.score.scored else {"reason": result.score.reason}),
                    "next_state": result.next_state,
                    "say": result.next_line,
                    "meters": dict(result.meters_after),
                    "intents": list(result.intents),
                    "heard": heard_text(self.session.scenario, result.intents, result),
                }
            )
            return
        if self.speaker is not None and self.echo:  # the prompt named them when typed here
            self.out.line(f"{safe_text(self.speaker(result.turn))}: {safe_text(result.reply)}")
        if self.mode == "coach":
            self.scores(result)
        if result.next_line:
            self.out.line()
            self.say(result.next_line)

    def _player(self, turn: int) -> str:
        """ " (Ann)" after a turn number in a hot seat: who gave that reply ("" when playing alone)."""
        return "" if self.speaker is None else f" ({safe_text(self.speaker(turn))})"

    def scores(self, result: TurnResult) -> None:
        sc = result.score
        if not sc.scored:
            self.out.line("  " + unscored_message(sc.reason), "yellow")
            return
        self.out.line(
            f"  listening {sc.listening}  empathy {sc.empathy}  collaboration {sc.collaboration}"
            f"  overall {sc.overall}  ({sc.same_side} the table)"
            if sc.same_side != "neutral"
            else f"  listening {sc.listening}  empathy {sc.empathy}"
            f"  collaboration {sc.collaboration}  overall {sc.overall}",
            "dim",
        )
        for why in score_reasons(sc):  # each score as a sum: its start and what moved it
            self.out.line("    " + why.heading(), "dim")
            for ev, words in zip(why.items, why.lines(), strict=True):
                self.out.line("      " + safe_text(words), "green" if ev.points >= 0 else "yellow")
        heard = heard_line(self.session.scenario, result.intents, turn=result)  # scored here
        if heard:
            self.out.line("  " + safe_text(heard), "cyan")

    def end(self) -> None:
        s = self.session
        d = build_debrief(s)
        if self.json_mode:
            self.out.json(
                {
                    "event": "end",
                    "outcome": s.outcome,
                    "overall": s.overall,
                    "passed": s.passed,
                    "pass_score": s.scenario.pass_score,
                    "turns": s.turn,
                    "final_state": s.state,
                    "debrief": d.ending_text,
                    "interests": list(d.interests),
                    "decisive_moves": [
                        {
                            "turn": m.turn,
                            "intents": list(m.intents),
                            "move": m.words,
                            "next_state": m.next_state,
                        }
                        for m in d.moves
                    ],
                }
            )
            return
        self.out.line()
        if not s.turns:
            self.out.line(f"== {str(s.outcome).upper()} before any answer", "bold")
            return
        verdict = verdict_of(s.outcome, d.overall, d.pass_score)
        self.out.line(
            f"== {str(s.outcome).upper()}: overall {d.overall} (pass {d.pass_score}), {verdict}",
            "bold",
        )
        if d.ending_text:
            self.out.line(safe_text(d.ending_text))
        if self.mode == "exam":
            for t in s.turns:
                self.out.line(f"Turn {t.turn}{self._player(t.turn)}: " + safe_text(t.reply[:70]))
                self.scores(t)
        if d.interests:
            self.out.line(f"What {self.name} really cared about:")
            for item in d.interests:
                self.out.line("  - " + safe_text(item))
        if d.moves:
            self.out.line("Decisive moves:")
            for move in d.moves:
                self.out.line("  " + safe_text(move.text()))
        if d.strongest and d.weakest and d.compares_turns:
            for label, t in (("Strongest", d.strongest), ("Weakest", d.weakest)):
                self.out.line(f"{label} turn: {t.turn}{self._player(t.turn)} ({t.score.overall})")
        advice = d.advice_to_show()
        if advice:
            self.out.line("What to try next time:")
        for a in advice:
            self.out.line(f"  Turn {a.turn}: {safe_text(a.text())}")
        if d.better_reply is not None:
            self.out.line(d.better_reply.heading())
            self.out.line("  " + safe_text(d.better_reply.text))
        for r in d.rewinds:
            first = "not scored" if r.first_unread else str(r.first_overall)
            second = "-" if r.second_overall is None else str(r.second_overall)
            second = "not scored" if r.second_unread else second
            self.out.line(f"  Rewound turn {r.turn}: first try {first}, then {second}")

    # -- loop ------------------------------------------------------------------------------
    def saves(self) -> None:
        """The one failed-save policy (engine/lifecycle.py): say plainly what could not be saved
        yet, once per problem; the session keeps the reply and saves it again later."""
        problem = self.session.save_problem
        if problem is None or problem == self._told:
            self._told = problem
            return
        told, self._told = self._told, problem
        if self.json_mode:
            self.out.json(
                {
                    "event": "save_failed",
                    "code": problem.error.code,
                    "message": problem.message(),
                    "waiting": problem.waiting,
                }
            )
        elif (
            told is not None
            and told.first == problem.first
            and told.error.code == (problem.error.code)
        ):  # the same failure again: its sentence once, then how much waits
            self.out.line(
                f"Still not saved ({problem.error.code}): {problem.waiting} change(s) wait, "
                "kept and saved again with your next step.",
                "yellow",
            )
        else:
            self.out.line(safe_text(problem.message()), "yellow")

    def command(self, cmd: str, more: Iterator[str] | None = None) -> bool:
        """Run a /command. Returns False when the session should stop. With ``asks_first``,
        /end ends the conversation only if the next line of ``more`` says yes."""
        s = self.session
        word = cmd.strip().lower()
        if word in QUIT_WORDS:
            return False
        if word in END_WORDS:
            if self.asks_first and more is not None:
                self.out.line(end_question(self.name) + " y/N", "yellow")
                if not confirmed(next(more, None)):
                    self.out.line("Not ended: the conversation goes on.", "dim")
                    return True
            s.abandon()
            self.saves()
            return False
        if word in ("/help", "/?"):
            name = s.scenario.counterpart.name
            text = SCORING_HELP.replace("Dana heard", f"{name} heard")
            if self.json_mode:
                self.notice("help", self.commands_line() + " " + text)
            else:  # the commands, then what the scores mean: a line each, as a reader expects
                self.notice("help", self.commands_line())
                self.notice("help", text)
        elif word == "/hint" and self.mode == "exam":  # as in the TUI: none until the end
            self.notice("hint", "Exam mode: no hints until the end.")
        elif word == "/hint":
            hint = s.current.hint or "No hint for this moment."
            if self.json_mode:
                self.out.json({"event": "hint", "state": s.state, "hint": hint})
            else:
                self.out.line("Hint: " + safe_text(hint), "yellow")
        elif word == "/rewind":
            if not s.turns:
                self.notice("rewind", "Nothing to rewind yet.")
            else:
                undone = s.rewind()
                self.saves()
                if self.json_mode:
                    self.out.json({"event": "rewind", "turn": undone.turn, "state": s.state})
                else:
                    self.out.line(f"(took back turn {undone.turn})", "dim")
                    self.say(s.counterpart_line)
        elif word == "/scores":
            self.scores_so_far()
        else:
            self.notice(
                "unknown",
                f"Unknown command '{cmd}'. " + self.commands_line(),
            )
        return True

    def notice(self, about: str, message: str) -> None:
        """A command's answer that is not a game event: a line, or a ``notice`` object under
        ``--json`` (stdout stays one JSON object per line)."""
        if self.json_mode:
            self.out.json({"event": "notice", "about": about, "message": message})
        else:
            self.out.line(safe_text(message))

    def scores_so_far(self) -> None:
        """``/scores``: each answered turn's overall score; exam mode keeps them for the end."""
        s = self.session
        if self.mode == "exam":
            self.notice("scores", "Exam mode: the scores are shown at the end.")
        elif not s.turns:
            self.notice("scores", "No scores yet: nothing has been answered.")
        elif self.json_mode:
            self.out.json(
                {
                    "event": "scores",
                    "turns": [
                        {
                            "turn": t.turn,
                            "state": t.state,
                            "overall": t.score.overall,
                            "scored": t.score.scored,
                        }
                        for t in s.turns
                    ],
                }
            )
        else:
            for t in s.turns:
                shown = t.score.overall if t.score.scored else "not scored"
                self.out.line(f"Turn {t.turn}: overall {shown}")

    def run(self, lines: Iterable[str], *, resumed: bool = False) -> None:
        s = self.session
        self.opening(resumed=resumed)
        if s.ended:
            self.end()
            return
        try:
            with _signals_interrupt(self._signals):
                self._replies(iter(lines))
        except KeyboardInterrupt as stop:  # Ctrl+C, a closed terminal, a kill: the session is
            # not stopped (a workshop's stays cut off, to be picked up), but what waits is
            # saved or kept in the rescue file
            self.close(stopped_by=f"interrupted ({stop.args[0] if stop.args else 'Ctrl+C'})")
            raise
        if s.ended:
            self.end()
        else:
            s.stop()
            self.saves()
            self.stopped()
        self.close()

    def _replies(self, more: Iterator[str]) -> None:
        """Reply and command lines until the input ends, a command stops or the session ends."""
        s = self.session
        for raw in more:
            line = parse_line(raw)
            if line.kind == "command":
                if not self.command(line.text, more):
                    break
                continue
            if line.kind == "blank":
                continue
            try:
                result = self.send(line, more)
            except SessionError as exc:  # e.g. RP604, a reply over the length limit
                # the command prints it and exits 2, after the way out every stop takes: the
                # session stops (a workshop's is over), then the last save and, failing
                # that, the rescue file (RP715, which then names this error too)
                s.stop()
                self.saves()
                if self.json_mode:
                    self.out.json({"event": "error", **exc.diagnostic.to_json()})
                self.close(stopped_by=f"stopped by {exc.code}, {exc.diagnostic.message}")
                raise
            if result is None:
                continue  # kept back: not sent
            self.saves()
            self.turn(result)
            if s.ended:
                break

    def send(self, line: UserLine, more: Iterator[str] | None = None) -> TurnResult | None:
        """The turn for a reply line; RP604 for one read only up to the limit (its whole
        length in the words, as for any reply over the limit). With ``asks_first`` a
        reply the scorer cannot read is sent only if the next line of ``more`` says yes (None:
        kept back)."""
        if line.too_long is not None:
            raise refusal(line.too_long)
        # a kill or a closed terminal while a reply is scored and saved waits for that turn
        # (SignalStop); while a question waits for its answer it ends line mode at once
        if not self.asks_first or more is None:
            with self._signals.turn():
                return self.session.reply(line.text)
        with self._signals.turn():
            prepared = self.session.prepare(line.text)
        if not prepared.score.scored:
            self.out.line(question(prepared.score.reason), "yellow")
            if not confirmed(next(more, None)):
                self.out.line("Not sent. Type another reply.", "dim")
                return None
        with self._signals.turn():
            return self.session.apply(prepared)

    def stopped(self) -> None:
        """Stopped before an ending: no verdict, just where it stands."""
        s = self.session
        if self.json_mode:
            ends = {"abandoned": True} if self.stop_ends else {}
            self.out.json({"event": "stop", "turns": s.turn, "state": s.state, **ends})
        elif s.turns and self.stop_ends:
            self.out.line()
            self.out.line(
                f"(you left after turn {s.turn}, before an ending: in a workshop that ends the "
                "conversation, it cannot be picked up again)",
                "dim",
            )
        elif s.turns:
            self.out.line()
            self.out.line(f"(stopped after turn {s.turn}, before an ending)", "dim")

    def close(self, stopped_by: str | None = None) -> None:
        """Last try to save what is still waiting; if it still fails, the replies go to a file
        of their own and a coded error (exit 2) says where and how to save them (rescue.py);
        ``stopped_by``: what ended line mode early (an error, Ctrl+C), named in that line."""
        problem = self.session.retry_saves()
        if problem is not None:
            from roleplay.storage.rescue import rescue

            lost = rescue(self.session, problem)
            if stopped_by is not None:
                said = lost.diagnostic
                lost = SessionError(said.code, f"{stopped_by}; {said.message}", hint=said.hint)
            if self.json_mode:  # a script reading stdout learns where the replies went too
                self.out.json({"event": "error", **lost.diagnostic.to_json()})
            raise lost


class SignalStop:
    """SIGTERM and SIGHUP in line mode: they end it as Ctrl+C does (KeyboardInterrupt, with the
    signal's name), at once while it waits for input, but only after the turn being scored and
    saved (:meth:`turn`) when one is, so a kill loses no reply already sent."""

    def __init__(self) -> None:
        self.busy = False
        self.pending: str | None = None

    def interrupt(self, number: int, _frame: object) -> None:
        name = signal_name(number)  # on SIGHUP the last save and words must not write to it
        if self.busy:
            self.pending = self.pending or name
            return
        raise KeyboardInterrupt(name)

    @contextmanager
    def turn(self) -> Iterator[None]:
        self.busy = True
        try:
            yield
        finally:
            self.busy = False
        if self.pending is not None:
            raise KeyboardInterrupt(self.pending)


@contextmanager
def _signals_interrupt(stop: SignalStop) -> Iterator[None]:
    """While line mode reads replies, SIGTERM (a kill) and SIGHUP (the terminal closed) end it
    as Ctrl+C does, through the last save and the rescue file, instead of at once with the
    replies the database refused; the handlers before are put back after."""
    replaced = take_close_signals(stop.interrupt)  # none off the main thread
    try:
        yield
    finally:
        put_back(replaced)


@dataclass(frozen=True)
class UserLine:
    """One line typed in line mode: a reply, a /command (lower-cased) or nothing."""

    kind: Literal["reply", "command", "blank"]
    text: str
    too_long: int | None = None  # a reply's length when only its head was read (a LongLine)


def parse_line(raw: str) -> UserLine:
    """``/word`` is a command; ``//text`` sends ``/text`` as a reply; blank lines are nothing."""
    text = raw.rstrip("\r\n")
    if text.startswith("//"):
        text = text[1:]
    elif text.startswith("/"):
        return UserLine("command", text.strip().lower())
    if isinstance(raw, LongLine):  # over the limit whatever the rest of it says
        length = raw.length - 1 if raw.startswith("//") else raw.length
        return UserLine("reply", str(raw), length)  # the head as read: longer than the limit
    if not text.strip():
        return UserLine("blank", "")
    return UserLine("reply", text)
