"""Textual's Linux (and macOS) driver reading the terminal through a :class:`PasteGuard`.

Kept apart from :mod:`roleplay.tui.paste` because Textual's Linux driver imports ``termios``,
which Windows has not: the app imports this module only where that driver is the one in use.
"""

from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder
from contextlib import suppress

from textual._parser import ParseError
from textual._xterm_parser import XTermParser
from textual.drivers.linux_driver import LinuxDriver

from .paste import PasteGuard


class PasteGuardDriver(LinuxDriver):
    """Textual's Linux driver with its input read through a :class:`PasteGuard`: the reading
    loop is the driver's own (select, UTF-8 decoding, the parser's timer tick), with the guard
    before the parser."""

    def run_input_thread(self) -> None:
        guard = PasteGuard()
        parser = XTermParser(self._debug)
        decode = getincrementaldecoder("utf-8")().decode
        fileno = self.fileno

        def pump(selector: selectors.BaseSelector, *, final: bool = False) -> None:
            ready = selector.select(0.1)
            for number, (_key, mask) in enumerate(ready, start=1):
                if mask & selectors.EVENT_READ:
                    data = decode(os.read(fileno, 4096), final=final and number == len(ready))
                    if not data:  # standard input is a pipe that has ended
                        break
                    passed = guard.feed(data)  # nothing while a paste is held back
                    for event in parser.feed(passed) if passed else ():
                        self.process_message(event)
            for event in parser.tick():
                self.process_message(event)

        with selectors.SelectSelector() as selector:
            selector.register(fileno, selectors.EVENT_READ)
            try:
                while not self.exit_event.is_set():
                    pump(selector)
                selector.unregister(fileno)
                pump(selector, final=True)
            finally:
                with suppress(EOFError, ParseError):
                    for _event in parser.feed(""):
                        pass
