"""The one sanitiser: what every terminal line, TUI widget, error and export shows of untrusted text."""

from __future__ import annotations

import io
import json

import pytest

from roleplay.errors import Diagnostic, StorageError
from roleplay.report.console import Printer, safe_text
from roleplay.sanitise import json_text, visible, visible_span
from roleplay.tui.literal import clean, clean_span, literal

BIDI = [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]
NASTY = "a\tb\x1b[31mc\x07\x00\x7f\x85d\u202eevil\u2066x\u2069\u2028e\u2029f\r\ng"


def test_every_front_end_uses_the_same_rule() -> None:
    # Plain mode and the TUI used to differ (tabs kept in one, four spaces in the other).
    assert safe_text(NASTY) == clean(NASTY) == literal(NASTY).plain == visible(NASTY)
    assert visible("x\ty") == "x    y"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[2J", "\\x1b[2J"),
        ("\x07\x00\r", "\\x07\\x00\\x0d"),
        ("\x7f\x9b", "\\x7f\\x9b"),
        ("\u202eevil", "\\u202eevil"),
        ("\u2066a\u2069", "\\u2066a\\u2069"),
        ("a\u2028b\u2029", "a\\u2028b\\u2029"),
        ("\udcff", "\ufffd"),
        ("line\nnext", "line\nnext"),
        ("naïve 東京 🙂 [b]x[/b]", "naïve 東京 🙂 [b]x[/b]"),
    ],
)
def test_visible_neutralises_controls_bidi_and_separators(raw: str, shown: str) -> None:
    assert visible(raw) == shown


def test_no_bidi_control_or_separator_survives() -> None:
    out = visible("".join(BIDI) + "\u2028\u2029")
    assert not any(ch in out for ch in [*BIDI, "\u2028", "\u2029"])
    out.encode("utf-8")


def test_spans_follow_escapes_of_every_width() -> None:
    text = "\t\x1b\u202eab\udcffc"
    start, end = visible_span(text, 3, 7)
    assert visible(text)[start:end] == "ab\ufffdc"
    assert clean_span is visible_span and clean(text)[slice(*clean_span(text, 0, 1))] == "    "


def test_json_text_is_exact_and_safe_to_print() -> None:
    value = {"reply": NASTY + "\udcff", "name": "Zoë"}
    text = json_text(value)
    assert json.loads(text) == value  # nothing lost
    assert "Zoë" in text  # readable non-ASCII stays
    assert not any(ch in text for ch in [*BIDI, "\u2028", "\u2029", "\x85", "\x1b", "\x7f"])
    text.encode("utf-8")


def test_error_text_never_carries_raw_control_bytes() -> None:
    exc = StorageError("RP709", "db error (\x1b]0;pwned\x07 \u202etxt.exe)", hint="\x1b[2J")
    line = exc.format()
    assert "\x1b" not in line and "\x07" not in line and "\u202e" not in line
    assert "\\x1b]0;pwned\\x07" in line
    as_json = Diagnostic("RP709", "a\u202eb", hint="\x00").to_json()
    assert as_json["message"] == "a\\u202eb" and as_json["hint"] == "\\x00"
    err = io.StringIO()
    Printer(err, colour=False).error("bad \x1b[31m\nsecond \u2028line")
    assert err.getvalue() == "error: bad \\x1b[31m\nerror: second \\u2028line\n"


def test_every_printed_line_is_made_visible_and_colour_still_works() -> None:
    out = io.StringIO()
    printer = Printer(out, colour=True)
    printer.line("Title \x1b[2J\u202eevil\t!", "bold")
    printer.line("plain \x07")
    assert out.getvalue() == "\x1b[1mTitle \\x1b[2J\\u202eevil    !\x1b[0m\nplain \\x07\n"
