"""A pasted reply arrives whole: what a terminal's bracketed paste carries is text, never keys.

A terminal that has bracketed paste on (Textual turns it on) sends a paste as
``ESC [ 200 ~`` + the text + ``ESC [ 201 ~``. Textual's parser (8.2.8) reads an ESC *inside*
the text as the start of a key sequence: what follows it, up to 32 characters or the next
ESC, is sent as key presses (ahead of the paste, the ESC itself as ``^``), and the paste that
arrives is the text around them. Copied terminal output (colour codes), a stray ESC from a
chat log, or a paste that ends in ESC therefore came in scrambled and could press keys.

:class:`PasteGuard` sits between the terminal and the parser. Outside a paste it passes what
it reads on unchanged. From a paste's start marker to its end marker it holds everything back,
then hands the parser the whole paste at once, its text made safe by :func:`pasted_text`: no
ESC is left inside for the parser to act on, and the end marker is never split across reads.
:class:`~roleplay.tui.paste_driver.PasteGuardDriver` is Textual's Linux (and macOS) driver
reading through the guard;
:meth:`ReplyInput._on_paste <roleplay.tui.widgets.reply_input.ReplyInput>` applies
:func:`pasted_text` again, so pastes that come another way (the browser, Windows) obey the same
rule.
"""

from __future__ import annotations

import re

PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"

# ECMA-48 sequences a copied terminal line carries (colours, cursor moves, hyperlinks, titles):
# removed whole, so "\x1b[31mred\x1b[0m" pastes as "red". Any other ESC is removed alone (with
# the controls below): "a\x1bsecond" pastes as "asecond", the letter after it kept.
_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor moves
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC: hyperlinks, window titles
    r"|\x1b[PX^_][^\x1b]*\x1b\\"  # DCS, SOS, PM, APC strings
)
_LINE_BREAK = re.compile(r"\r\n?")
# every other C0 control, DEL and the C1 controls; newline and tab are text
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def pasted_text(text: str) -> str:
    """What a paste puts into a text box: escape sequences and control characters removed,
    line breaks of any platform (CR LF, CR) made newlines, tabs and newlines kept."""
    text = _SEQUENCE.sub("", text)
    text = _LINE_BREAK.sub("\n", text)
    return _CONTROL.sub("", text)


class PasteGuard:
    """A filter for what the terminal sends, fed in whatever pieces the reads return.

    Outside a paste everything goes on at once (a lone ESC is the Escape key, and holding it
    back would delay it). A paste is held from its start marker until its end marker has come
    whole, then given on as one piece: the markers around :func:`pasted_text` of its text."""

    def __init__(self) -> None:
        self._held: list[str] | None = None  # the paste so far (after its start marker)
        self._tail = ""  # the last characters passed on: a start marker split across reads

    @property
    def in_paste(self) -> bool:
        return self._held is not None

    def feed(self, data: str) -> str:
        out: list[str] = []
        while data:
            if self._held is None:
                seen = self._tail + data
                at = seen.find(PASTE_START)
                if at < 0:
                    out.append(data)
                    self._tail = seen[-(len(PASTE_START) - 1) :]
                    return "".join(out)
                end = at + len(PASTE_START) - len(self._tail)  # where the marker ends in data
                out.append(data[:end])
                data = data[end:]
                self._held, self._tail = [], ""
                continue
            held = "".join(self._held) + data
            at = held.find(PASTE_END)
            if at < 0:
                self._held = [held]
                return "".join(out)
            out.append(pasted_text(held[:at]) + PASTE_END)
            data = held[at + len(PASTE_END) :]
            self._held = None
        return "".join(out)
