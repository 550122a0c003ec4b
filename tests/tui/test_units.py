"""Unit tests for the TUI's pure parts: mood, keymap, config, literal text, highlighting."""

from __future__ import annotations

from pathlib import Path

import pytest

from roleplay.engine import build_debrief
from roleplay.engine.mood import label_for, mood, mood_level
from roleplay.scoring.types import Evidence
from roleplay.tui.config import load_config, parse_config
from roleplay.tui.highlight import highlighted_reply
from roleplay.tui.keymap import ACTIONS, key_label, keys_label
from roleplay.tui.literal import clean, clean_span, literal
from roleplay.tui.screens.debrief import render_header

from ..budget import BUDGET, GOOD_REPLIES, new_session


def test_mood_reads_trust_and_patience_first() -> None:
    assert mood_level({"trust": 80, "patience": 70, "budget": 0}) == 75
    assert mood({"trust": 80, "patience": 70}).label == "warm"
    assert mood({"x": 10}).label == "hostile"
    assert mood({}).label == "neutral"
    assert [label_for(v) for v in (90, 60, 50, 35, 5)] == [
        "warm",
        "open",
        "guarded",
        "tense",
        "hostile",
    ]


def test_mood_trend_follows_the_meters() -> None:
    assert mood({"trust": 60}, {"trust": 50}).trend == "up"
    assert mood({"trust": 40}, {"trust": 50}).trend == "down"
    assert mood({"trust": 50}, {"trust": 50}).trend == "steady"


def test_literal_escapes_control_characters_and_keeps_markup() -> None:
    assert clean("a\x1b[1mb\x07") == "a\\x1b[1mb\\x07"
    assert literal("[b]x[/b]").plain == "[b]x[/b]"


def test_clean_span_follows_escapes() -> None:
    text = "\x1bab"
    assert clean(text)[slice(*clean_span(text, 1, 3))] == "ab"


def test_highlight_styles_the_evidence_spans() -> None:
    reply = "I hear you, take it or leave it"
    ev = (
        Evidence("empathy", 10, "understood", (0, 10)),
        Evidence("collaboration", -20, "ultimatum", (12, 31)),
    )
    text = highlighted_reply(reply, ev)
    styled = {(s.start, s.end) for s in text.spans}
    assert styled == {(0, 10), (12, 31)}


def test_key_labels() -> None:
    assert key_label("ctrl+g") == "Ctrl+G"
    assert key_label("question_mark") == "?"
    assert keys_label("f2,ctrl+g") == "F2 / Ctrl+G"


def test_binding_ids_are_unique() -> None:
    ids = [a.binding_id for a in ACTIONS]
    assert len(ids) == len(set(ids))


def test_config_rebinds_and_warns_without_failing() -> None:
    cfg = parse_config(
        '[keys]\nhint = "F10"\n"debrief.export" = "s"\nnope = "x"\nrewind = "bad key!"\n'
        "colour = 1\n"
    )
    hint = next(a for a in ACTIONS if a.name == "hint")
    export = next(a for a in ACTIONS if a.name == "export")
    assert cfg.keymap.keys(hint) == "f10"
    assert cfg.keymap.keys(export) == "s"
    assert len(cfg.warnings) == 3


def test_broken_or_missing_config_falls_back_to_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path / "missing.toml").warnings == ()
    bad = tmp_path / "bad.toml"
    bad.write_text("cursor_blink = false\ntheme = \n")
    cfg = load_config(bad)
    assert (cfg.theme, cfg.cursor_blink) == ("textual-dark", True)
    # one line with the file, line and column, and the code (docs/tui.md)
    assert cfg.warnings == (f"{bad}:2:9 RP008 not valid TOML: Invalid value; using defaults",)


def test_a_config_nested_past_the_recursion_limit_falls_back_to_defaults(tmp_path: Path) -> None:
    """'[[[[...' in config.toml: one warning line with the file and code, never a RecursionError
    at start-up (the file is left as it is)."""
    deep = tmp_path / "deep.toml"
    text = "cursor_blink = false\nkeys = " + "[" * 30_000 + "]" * 30_000 + "\n"
    deep.write_text(text)
    cfg = load_config(deep)
    assert (cfg.theme, cfg.cursor_blink) == ("textual-dark", True)
    assert cfg.warnings == (f"{deep} RP008 not valid TOML: nested too deeply; using defaults",)
    assert deep.read_text() == text


def test_config_settings_of_the_wrong_type_are_named_and_defaulted(tmp_path: Path) -> None:
    cfg = parse_config('theme = 3\ncursor_blink = "no"\nkeys = "f2"\n', tmp_path / "c.toml")
    assert (cfg.theme, cfg.cursor_blink) == ("textual-dark", True)
    assert cfg.warnings == (
        f'{tmp_path / "c.toml"} RP008 theme must be a string such as "light" or "dark"',
        f"{tmp_path / 'c.toml'} RP008 cursor_blink must be true or false",
        f'{tmp_path / "c.toml"} RP008 [keys] must be a table of action = "key,key"',
    )
    light = parse_config('theme = "light"\ncursor_blink = false\n[keys]\nstart = "f1"\n')
    assert (light.theme, light.cursor_blink) == ("textual-light", False)
    assert light.warnings == ("config RP008 'start' is fixed to Enter and cannot be rebound",)


def test_the_config_file_comes_from_roleplay_config_or_the_user_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from roleplay.tui.config import config_path

    monkeypatch.setenv("ROLEPLAY_CONFIG", str(tmp_path / "mine.toml"))
    assert config_path() == tmp_path / "mine.toml"
    monkeypatch.delenv("ROLEPLAY_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_path() == tmp_path / "xdg" / "roleplay" / "config.toml"
    unreadable = tmp_path / "latin1.toml"
    unreadable.write_bytes(b'theme = "\xe9"\n')
    cfg = load_config(unreadable)
    assert cfg.warnings and "cannot read" in cfg.warnings[0] and cfg.path == unreadable


def test_a_config_that_is_a_pipe_a_folder_or_huge_gives_defaults_and_one_warning(
    tmp_path: Path,
) -> None:
    import os

    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)  # reading it would wait for a writer forever
    folder = tmp_path / "folder.toml"
    folder.mkdir()
    huge = tmp_path / "huge.toml"
    huge.write_text("# " + "x" * 200_000 + "\n", encoding="utf-8")
    for target in (pipe, folder, huge):
        cfg = load_config(target)
        (warning,) = cfg.warnings
        assert warning.startswith(f"{target} RP008 cannot read it") and cfg.theme == "textual-dark"


def test_debrief_header_says_why_a_success_did_not_pass(tmp_path: Path) -> None:
    strict = tmp_path / "strict.yaml"
    strict.write_text(BUDGET.read_text().replace("pass_score: 55", "pass_score: 100"))
    session = new_session(strict)
    for reply in GOOD_REPLIES:
        session.reply(reply)
    lines = render_header(build_debrief(session)).plain.splitlines()
    assert lines[0].startswith("SUCCESS")
    assert lines[1].endswith("(pass 100) not passed")
    assert lines[2] == "The ending was reached, but the replies averaged under the pass mark."
    session = new_session()
    for reply in GOOD_REPLIES:
        session.reply(reply)
    lines = render_header(build_debrief(session)).plain.splitlines()
    assert lines[1].endswith("(pass 55) PASSED") and "ending was reached" not in lines[2]
