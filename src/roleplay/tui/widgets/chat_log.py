"""The conversation as a chat: the counterpart's lines, the learner's replies and score cards."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.text import Text
from textual.containers import VerticalScroll
from textual.geometry import Region, Size
from textual.layout import Layout
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widget import AwaitMount, Widget, _RenderCache
from textual.widgets import Static

from roleplay.engine import TurnResult

from ..highlight import highlighted_reply
from ..literal import literal
from .chat_layout import ChatLayout
from .chat_scrollbar import RowKeptScrollBar
from .line_height import unwrapped_height
from .score_card import ScoreCard


def _classes(classes: str, turn: int | None) -> str:
    """``classes`` and, for a line of turn N, ``turn-N`` (given when the widget is made: a class
    added afterwards restyles it a second time)."""
    return classes if turn is None else f"{classes} turn-{turn}".strip()


_EMPTY_RENDER = _RenderCache(Size(0, 0), [])


class Bubble(Static):
    """One line in the chat; ``who`` is shown above the text."""

    def __init__(self, who: str, text: Text, *, classes: str) -> None:
        body = literal(who + "\n", "bold")
        body.append_text(text)
        super().__init__(body, classes=classes)
        self.who = who

    def show(self, text: Text) -> None:
        body = literal(self.who + "\n", "bold")
        body.append_text(text)
        self.update(body)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        rows = unwrapped_height(self.visual, self.styles, width) if width else None
        return rows if rows is not None else super().get_content_height(container, viewport, width)


class ChatLog(VerticalScroll, can_focus=True):
    """Chat bubbles. Widgets of turn N carry the class ``turn-N`` so a rewind can grey them out.

    Focusable (Tab from the reply box), so ↑/↓, Home/End and the page keys scroll it.
    ``more_key`` is the key that shows all evidence, named on each score card.
    """

    def __init__(self, *, more_key: str, id: str | None = None) -> None:  # noqa: A002 - Textual's
        super().__init__(id=id)
        self.more_key = more_key
        self._mounting: list[AwaitMount] = []
        self._gathering: list[Widget] | None = None
        self._layout = ChatLayout()

    @property
    def layout(self) -> Layout:
        """The chat's vertical layout, which arranges only the lines added since the last
        layout (chat_layout.py): a longer chat no longer costs more per reply to show."""
        return self._layout

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """Textual's scroll bar (created as Textual creates it), drawn from the rows it drew
        before when the thumb moves (chat_scrollbar.py)."""
        if self._vertical_scrollbar is None:
            bar = RowKeptScrollBar(
                vertical=True, name="vertical", thickness=self.scrollbar_size_vertical
            )
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar

    _blank: tuple[tuple[object, ...], Strip] | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        """The chat's own area (the gaps between its lines) is one blank line repeated: drawn
        once per width and style instead of row by row (Textual redraws all of it whenever the
        chat scrolls, which is every new reply). With a border or vertical padding, as Textual
        draws it."""
        styles = self.styles
        if styles.border.spacing or styles.padding.top or styles.padding.bottom or not crop:
            return super().render_lines(crop)
        key = (crop.x, crop.width, self.size.width, styles._cache_key, self.background_colors)
        if self._blank is None or self._blank[0] != key:
            (line,) = super().render_lines(Region(crop.x, crop.y, crop.width, 1))
            self._blank = (key, line)
        return [self._blank[1]] * crop.height

    def add(self, widget: Widget) -> Widget:
        if self._gathering is not None:
            self._gathering.append(widget)
        else:
            self._mounting.append(self.mount(widget))
        return widget

    @contextmanager
    def together(self) -> Iterator[None]:
        """Lines added inside are mounted at the end in one call: the chat's styles and order
        are updated once for the reply, its card and the answer instead of once per line."""
        self._gathering = []
        try:
            yield
        finally:
            lines, self._gathering = self._gathering, None
            if lines:
                self._mounting.append(self.mount(*lines))

    async def mounted(self) -> None:
        """Wait until every line added so far is mounted (then one layout places them all)."""
        pending, self._mounting = self._mounting, []
        for mounting in pending:
            await mounting

    def lines(self) -> list[Widget]:
        """The chat's lines in order."""
        return list(self.children)

    evidence_expanded = False  # every card shows all its evidence (the ``evidence`` key)

    def on_mount(self) -> None:
        self.anchor()  # stay scrolled to the newest line unless the learner scrolls up

    def counterpart(self, name: str, line: str, turn: int | None = None) -> None:
        self.add(Bubble(name, literal(line), classes=_classes("bubble counterpart", turn)))

    def learner(self, reply: str, turn: int, *, pending: bool = True, who: str = "You") -> Bubble:
        """The learner's reply, greyed while it is being scored (``pending``); ``who`` heads it
        (a hot-seat player's name)."""
        classes = "bubble learner pending" if pending else "bubble learner"
        bubble = Bubble(who, literal(reply), classes=_classes(classes, turn))
        self.add(bubble)
        if self._anchor_released:  # scrolled up: back to the newest line, anchored again
            self.scroll_end(animate=False)
        # (else the chat is anchored: Textual's layout keeps it at the newest line, and a
        # scroll_end would only be one more step, after the layout, inside the card's frame)
        return bubble

    def note(self, text: str, turn: int | None = None) -> None:
        self.add(Static(literal(text), classes=_classes("note", turn)))

    def scored(
        self, bubble: Bubble, result: TurnResult, *, coach: bool, heard: str | None = None
    ) -> None:
        """Show a scored reply; in coach mode with its card and what the counterpart heard."""
        bubble.remove_class("pending")
        if coach:
            bubble.show(highlighted_reply(result.reply, result.score.evidence))
            card = ScoreCard(
                result,
                heard,
                more_key=self.more_key,
                classes=_classes(ScoreCard.DEFAULT_CLASSES, result.turn),
            )
            card.expanded = self.evidence_expanded
            self.add(card)

    def toggle_evidence(self) -> None:
        """Show every card's evidence in full, or only its top lines again."""
        self.evidence_expanded = not self.evidence_expanded
        for card in self.query(ScoreCard):
            card.expanded = self.evidence_expanded

    def drop(self, bubble: Bubble) -> None:
        """Remove a reply whose scoring was cancelled."""
        bubble.remove()

    def take_back(self, turn: int) -> None:
        """Grey out the widgets of a rewound turn; they stay in the chat (both branches)."""
        for widget in self.query(f".turn-{turn}"):
            widget.remove_class(f"turn-{turn}")
            widget.add_class("rewound")

    # -- memory: lines far above the view ------------------------------------------------------
    _kept_from = 0  # lines before this index were scrolled far out of view and let go of

    def watch_virtual_size(self) -> None:
        """New lines changed the chat's height: once they are placed (and the chat scrolled to
        them), let go of the lines far above the view."""
        self.call_after_refresh(self._let_go_above)

    def _let_go_above(self) -> None:
        """Free what Textual keeps of each line that ends more than a page above the view: the
        strips it was drawn as (about 80 KB a turn, which would otherwise grow with every turn
        of a long session). Such a line is marked to be drawn again, so scrolling back to it
        shows it as before. Each line is let go of once, the first time the chat moves on past
        it; lines are in order, so the walk stops at the first one still near the view.
        Uses Textual's own dirty mark and line cache (pinned version; see
        tests/tui/test_chat_memory.py)."""
        top = self.scroll_y - self.size.height
        lines = self.children
        while self._kept_from < len(lines):
            region = lines[self._kept_from].virtual_region
            if not region.height or region.bottom >= top:  # not placed yet, or near the view
                return
            line = lines[self._kept_from]
            line._set_dirty()  # its styled lines cache is dropped; drawn again when shown
            line._render_cache = _EMPTY_RENDER
            if isinstance(line, ScoreCard):
                line.let_go()  # and the card's own drawing (its evidence, grouped)
            self._kept_from += 1
