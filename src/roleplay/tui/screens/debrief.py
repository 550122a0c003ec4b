"""The debrief: outcome, overall against the pass score, per-turn chart, best and worst turn,
the counterpart's hidden interests, what a better reply would have addressed, rewinds compared."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from roleplay.engine import Debrief, Session, TurnResult, build_debrief
from roleplay.engine.debrief import BestReplyLookup
from roleplay.engine.heard import ending_words, heard_line
from roleplay.engine.rules import verdict

from ..highlight import highlighted_reply
from ..keymap import bindings_for
from ..literal import literal
from ..widgets.bars import GOOD, POOR, bar, level_style
from ..widgets.hanging import HangingStatic, Lines, LinesAt, reason_column
from ..widgets.score_card import QUOTE_CELLS, ScoreCard, evidence_lines
from ..widgets.turn_chart import TurnChart, unread_words

if TYPE_CHECKING:
    from ..app import RoleplayApp

OUTCOME_STYLE = {"success": GOOD, "neutral": "#c98a12", "failure": POOR, "abandoned": "dim"}


def render_header(d: Debrief) -> Text:
    outcome = str(d.outcome or "unfinished")
    text = Text(f"{outcome.upper()}", style=f"bold {OUTCOME_STYLE.get(outcome, '')}")
    text.append("  ·  ")
    text.append_text(literal(d.title, "bold"))
    text.append("\n")
    text.append("Overall ")
    text.append_text(bar(d.overall, width=30, marker=d.pass_score))
    text.append(f" {d.overall}", style=f"bold {level_style(d.overall)}")
    text.append(f" (pass {d.pass_score}) ")
    word, _, why = verdict(d.outcome, d.overall, d.pass_score).partition(": ")
    text.append(word.upper() if d.passed else word, style=f"bold {GOOD if d.passed else POOR}")
    if why:
        text.append(f"\n{why[0].upper()}{why[1:]}.", style="dim")
    if d.ending_text:
        text.append("\n")
        text.append_text(literal(d.ending_text, "italic"))
    return text


# The widget id of each turn the debrief shows (a single reply is the strongest there is).
_TURN_IDS = {"Strongest": "strongest", "Weakest": "weakest", "Your reply": "strongest"}


def render_turn(
    label: str,
    t: TurnResult,
    *,
    expanded: bool = False,
    more_key: str = "e",
    quote_cells: int = QUOTE_CELLS,
) -> Lines:
    """The turn's reply, then its evidence indented by two cells, each evidence line that
    wraps going on under its reason (a hanging indent), at any width."""
    reply = Text(style="bold")  # (the whole section is drawn on a bold base, as it always was)
    reply.append("“", style="dim")
    reply.append_text(highlighted_reply(t.reply, t.score.evidence))
    reply.append("”", style="dim")
    lines: list[tuple[Text, int | None]] = [
        (Text(f"{label}: turn {t.turn} (overall {t.score.overall})", style="bold"), None),
        (reply, None),
    ]
    shown = evidence_lines(
        t.reply, t.score.evidence, expanded=expanded, more_key=more_key, quote_cells=quote_cells
    )
    for line in shown:
        lines.append((Text("  ", style="bold") + line, 2 + reason_column(line)))
    return lines


def render_interests(name: str, interests: tuple[str, ...]) -> Text:
    text = literal(f"What {name} really cared about\n", "bold")
    if not interests:
        text.append("The scenario does not say.", style="dim")
    for item in interests:
        text.append("• ")
        text.append_text(literal(item))
        text.append("\n")
    text.rstrip()
    return text


def render_advice(d: Debrief) -> Text | None:
    rows = d.advice_to_show()
    if not rows:
        return None
    text = Text("What better replies would have addressed\n", style="bold")
    for a in rows:
        text.append(f"Turn {a.turn}: ", style="bold")
        text.append_text(literal(a.text()))
        text.append("\n")
    text.rstrip()
    return text


def render_moves(d: Debrief) -> Text | None:
    if not d.moves:
        return None
    text = Text("Decisive moves\n", style="bold")
    for move in d.moves:
        text.append(f"Turn {move.turn}: ", style="bold")
        text.append_text(literal(move.words))
        text.append(ending_words(move.ending) + "\n", style="dim")
    text.rstrip()
    return text


_ITEM = re.compile(r"(?:• |Turn \d+: )")  # what starts an item of a debrief's list


def listed(text: Text) -> LinesAt:
    """A section of list items (``• ...``, ``Turn 2: ...``) whose wrapped lines go on under
    the item's text, not under its bullet or turn (a hanging indent, as for evidence)."""
    lines: Lines = []
    for row in text.split("\n"):
        item = _ITEM.match(row.plain)
        lines.append((row, item.end() if item else None))
    return lambda width: lines


def render_better_reply(d: Debrief) -> Text | None:
    if d.better_reply is None:
        return None
    text = Text(d.better_reply.heading() + "\n", style="bold")
    text.append("“", style="dim")
    text.append_text(literal(d.better_reply.text, "italic"))
    text.append("”", style="dim")
    return text


def render_rewinds(d: Debrief) -> Text | None:
    if not d.rewinds:
        return None
    text = Text("Rewound turns: first answer vs second\n", style="bold")
    for r in d.rewinds:
        text.append(f"Turn {r.turn}\n", style="bold")
        _rewound_reply(text, "first ", r.first_overall, r.first_unread, r.first_reply)
        if r.second_reply is None or r.second_overall is None:
            text.append("\n  second  -   not answered again\n", style="dim")
            continue
        text.append("\n")
        _rewound_reply(text, "second", r.second_overall, r.second_unread, r.second_reply)
        if r.first_unread or r.second_unread:  # a reply not read has no score to compare
            text.append("\n")
            continue
        delta = r.second_overall - r.first_overall
        text.append(f"  ({delta:+d})\n", style=GOOD if delta >= 0 else POOR)
    text.rstrip()
    return text


def _rewound_reply(text: Text, which: str, overall: int, unread: str | None, reply: str) -> None:
    """``  first   42  <reply>``, or ``  first    –  <reply>  (not scored: in French)``."""
    if unread:
        text.append(f"  {which}   –  ", style="dim")
        text.append_text(literal(_short(reply)))
        text.append(f"  (not scored: {unread_words(unread)})", style="yellow")
        return
    text.append(f"  {which} {overall:>3}  ", style=level_style(overall))
    text.append_text(literal(_short(reply)))


def _short(text: str, limit: int = 60) -> str:
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


def _saved_best_reply(app: RoleplayApp) -> BestReplyLookup | None:
    """The history's lookup of the learner's best saved reply, when the app saves sessions."""
    return app.history.best_reply if app.history is not None else None


class DebriefScreen(Screen[None]):
    SCOPE = "debrief"
    BINDINGS = bindings_for("debrief")

    def __init__(self, session: Session, *, mode: str) -> None:
        super().__init__()
        self.session = session
        self.mode = mode
        self.debrief = build_debrief(session, _saved_best_reply(self.rp_app))
        self.evidence_expanded = False

    @property
    def rp_app(self) -> RoleplayApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        d = self.debrief
        s = self.session
        name = s.scenario.counterpart.name
        with VerticalScroll(id="debrief"):
            yield Static(render_header(d), id="verdict", classes="section")
            yield TurnChart(d.per_turn, d.sides, d.pass_score, d.unread)
            yield HangingStatic(listed(render_interests(name, d.interests)), classes="section")
            moves = render_moves(d)
            if moves is not None:
                yield HangingStatic(listed(moves), classes="section")
            advice = render_advice(d)
            if advice is not None:
                yield HangingStatic(listed(advice), classes="section")
            rewinds = render_rewinds(d)
            if rewinds is not None:
                yield Static(rewinds, classes="section")
            for label, turn in self._best_and_worst():
                lines = self._render_turn(label, turn)
                yield HangingStatic(lines, id=_TURN_IDS[label], classes="section")
            better = render_better_reply(d)
            if better is not None:
                yield Static(better, id="better-reply", classes="section")
            if self.mode == "exam":
                yield Static(Text("Every turn (exam mode)", style="bold"), classes="heading")
                for t in s.turns:
                    heard = heard_line(s.scenario, t.intents, scored=t.score.scored, turn=t)
                    yield ScoreCard(t, heard, more_key=self._more_key())
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#debrief").focus()

    def _best_and_worst(self) -> list[tuple[str, TurnResult]]:
        d = self.debrief
        if d.strongest is None or d.weakest is None:
            return []
        if len(d.per_turn) == 1:  # one reply is neither strongest nor weakest (plain mode and
            return [("Your reply", d.strongest)]  # the exports compare only several turns)
        if d.weakest.turn == d.strongest.turn:
            return [("Strongest", d.strongest)]
        return [("Strongest", d.strongest), ("Weakest", d.weakest)]

    def _more_key(self) -> str:
        return self.rp_app.key("debrief", "evidence")

    def _render_turn(self, label: str, turn: TurnResult) -> LinesAt:
        """The turn's lines at a width: a wide debrief shows up to half its width of each quote
        of the learner's words, as a wide score card does (at 200 columns a cut after 40
        characters hid which words earned the points)."""
        expanded, more_key = self.evidence_expanded, self._more_key()

        def at(width: int) -> Lines:
            cells = max(QUOTE_CELLS, width // 2)
            return render_turn(label, turn, expanded=expanded, more_key=more_key, quote_cells=cells)

        return at

    def action_evidence(self) -> None:
        self.evidence_expanded = not self.evidence_expanded
        for label, turn in self._best_and_worst():
            shown = self.query_one(f"#{_TURN_IDS[label]}", HangingStatic)
            shown.set_lines(self._render_turn(label, turn))
        for card in self.query(ScoreCard):
            card.expanded = self.evidence_expanded

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "export" and self.rp_app.exporter is None:
            return None  # shown greyed out: nothing to export with
        return True

    def action_back(self) -> None:
        self.dismiss()

    def action_rewind(self) -> None:
        self.dismiss()
        self.rp_app.rewind_after_debrief()

    def action_again(self) -> None:
        self.rp_app.play_again()

    def action_pick(self) -> None:
        self.rp_app.show_picker()

    def action_export(self) -> None:
        exporter = self.rp_app.exporter
        if exporter is None:  # (check_action greys the key out then: it never runs)
            return
        try:
            where = exporter(self.session)
        except Exception as exc:
            self.notify(f"Export failed: {exc}", severity="error", timeout=8)
            return
        self.notify(f"Exported: {where}" if where is not None else "Exported.", timeout=6)
