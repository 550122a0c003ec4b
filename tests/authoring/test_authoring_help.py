"""Every option of the authoring commands says what it does in `--help`: a trainer reads the
help before the guide (`roleplay graph --help` listed `--format {mermaid,dot,html}` with no word
on what each gives or which is the default)."""

from __future__ import annotations

import argparse

import pytest

from roleplay.cli import build_parser

AUTHORING = ["new", "validate", "test", "intents", "graph", "dev", "docs", "schema"]


def _subparser(name: str) -> argparse.ArgumentParser:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen = action.choices[name]
            assert isinstance(chosen, argparse.ArgumentParser)
            return chosen
    raise AssertionError("no subcommands")


@pytest.mark.parametrize("command", AUTHORING)
def test_every_option_has_help(command: str) -> None:
    sub = _subparser(command)
    silent = [
        "/".join(a.option_strings) or a.dest
        for a in sub._actions
        if not isinstance(a, argparse._HelpAction) and not a.help
    ]
    assert silent == []


def test_graph_help_names_the_formats_and_the_default() -> None:
    text = _subparser("graph").format_help()
    assert "mermaid (the default" in " ".join(text.split()) and "Graphviz" in text
