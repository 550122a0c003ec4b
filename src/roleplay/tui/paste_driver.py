"""Textual's Linux (and macOS) driver and its browser driver, reading through a
:class:`PasteGuard`.

Kept apart from :mod:`roleplay.tui.paste` because Textual's Linux driver imports ``termios``,
which Windows has not: the app imports this module only where that driver is the one in use.
"""

from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder
from contextlib import suppress
from traceback import format_exc

from textual import log
from textual._parser import ParseError
from textual._xterm_parser import XTermParser
from textual.drivers._byte_stream import ByteStream
from textual.drivers.linux_driver import LinuxDriver
from textual.drivers.web_driver import WebDriver, _ExitInput

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


class PasteGuardWebDriver(WebDriver):
    """Textual's driver for the browser (``roleplay serve``), its terminal data read through a
    :class:`PasteGuard`: xterm.js in the page sends a paste bracketed, ESC and all, as a
    terminal does. The loop is the driver's own (packets of terminal data and of meta
    information, the parser's timer tick), with the guard before the parser."""

    def run_input_thread(self) -> None:
        guard = PasteGuard()
        parser = XTermParser(debug=self._debug)
        decode = getincrementaldecoder("utf-8")().decode
        packets = ByteStream()
        reader = self._input_reader
        try:
            for data in reader:
                for kind, payload in packets.feed(data) if data else ():
                    if kind != "D":  # meta information: a resize, a focus change, exit
                        self._on_meta(kind, payload)
                        continue
                    passed = guard.feed(decode(payload))
                    for event in parser.feed(passed) if passed else ():
                        self.process_message(event)
                for event in parser.tick():
                    self.process_message(event)
        except _ExitInput:
            pass
        except Exception:  # as Textual's: the app is told through its log, input ends
            log(format_exc())
        finally:
            reader.close()
