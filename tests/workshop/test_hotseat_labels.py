"""Hot seat from a pipe or a file: each reply is shown, and exported, under its player's name.

Found in review: a workshop host feeding a hot seat's replies from a file saw only Dana's lines
and the scores (no prompt is printed for piped input), and the exported transcript called every
reply "You", so nobody could tell whose reply each turn was.
"""

from __future__ import annotations

import io
import json
import re
import subprocess

from roleplay.cli import main
from roleplay.engine import Session
from roleplay.engine.compiler import compile_scenario
from roleplay.plain import PlainFrontEnd
from roleplay.report.console import Printer
from roleplay.scenario import load_file
from roleplay.scoring import default_scorer

from ..budget import PLAY_BUDGET
from .serving import roleplay_cmd

REPLIES = [
    "That sounds like a lot of pressure from the board by Friday.",
    "What would a good outcome look like for you?",
    "Could we phase it together and protect the launch?",
]


def _hotseat(replies: list[str]) -> subprocess.CompletedProcess[str]:
    """Ann and Bob's hot seat on the budget scenario, its replies piped in."""
    done = subprocess.run(
        roleplay_cmd("workshop", "hotseat", PLAY_BUDGET, "--names", "Ann, Bob", "--seed", "4"),
        input="\n".join(replies) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done


def _export(capsys: object, fmt: str) -> str:
    assert main(["export", "last", "--format", fmt]) == 0
    return str(capsys.readouterr().out)  # type: ignore[attr-defined]


def test_piped_hotseat_names_the_player_of_each_reply_in_output_and_exports(
    capsys: object,
) -> None:
    done = _hotseat(REPLIES)
    lines = done.stdout.splitlines()
    shown = [line for line in lines if line.startswith(("Ann: ", "Bob: "))]
    played = len(shown)
    assert played >= 2
    expected = [f"{who}: {r}" for who, r in zip(["Ann", "Bob", "Ann"], REPLIES, strict=True)]
    assert shown == expected[:played]
    first = lines.index(shown[0])
    assert lines[first - 1].startswith("Dana: ")  # after the line it answers, before its scores
    assert lines[first + 1].lstrip().startswith(("listening", "Not scored"))

    markdown = _export(capsys, "md")
    assert "**Ann:**" in markdown and "**Bob:**" in markdown and "**You:**" not in markdown
    assert markdown.index("**Ann:**") < markdown.index(REPLIES[0]) < markdown.index("**Bob:**")
    html = _export(capsys, "html")
    assert '<span class="who">Ann</span>' in html and '<span class="who">Bob</span>' in html
    document = json.loads(_export(capsys, "json"))
    assert [t["speaker"] for t in document["turns"]] == ["Ann", "Bob", "Ann"][:played]


def test_a_solo_session_still_says_you(capsys: object) -> None:
    done = subprocess.run(
        roleplay_cmd("play", PLAY_BUDGET, "--plain", "--seed", "4"),
        input=REPLIES[0] + "\n",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"You: {REPLIES[0]}" not in done.stdout and "Ann: " not in done.stdout
    markdown = _export(capsys, "md")
    assert "**You:**" in markdown
    assert "speaker" not in json.loads(_export(capsys, "json"))["turns"][0]


def test_line_mode_json_turns_carry_the_speaker() -> None:
    compiled = compile_scenario(load_file(PLAY_BUDGET))
    session = Session.start(compiled, default_scorer(), 4)
    out = io.StringIO()
    front = PlainFrontEnd(
        session, Printer.for_stream(out), json_mode=True, speaker=lambda n: ["Ann", "Bob"][n % 2]
    )
    front.run(iter([REPLIES[0] + "\n", REPLIES[1] + "\n"]))
    turns = [e for e in map(json.loads, out.getvalue().splitlines()) if e["event"] == "turn"]
    assert [t["speaker"] for t in turns] == ["Bob", "Ann"][: len(turns)]


def test_the_debrief_of_a_hotseat_export_names_the_player_of_its_strongest_turn(
    capsys: object,
) -> None:
    replies = [
        "I can't give you 30% by Friday.",
        "That sounds like a lot of pressure from the board by Friday. What matters most to you?",
        "Could we phase it together and protect the launch?",
        "/end",
    ]
    done = _hotseat(replies)
    markdown = _export(capsys, "md")
    line = next(x for x in markdown.splitlines() if x.startswith("Strongest turn:"))
    assert re.match(
        r"Strongest turn: \d \((Ann|Bob)\) \(\d+\)\. Weakest turn: \d \((Ann|Bob)\)", line
    )
    html = _export(capsys, "html")
    assert re.search(r"Strongest turn: \d \((Ann|Bob)\) \(\d+\)", html)
    line = next(x for x in done.stdout.splitlines() if x.startswith("Strongest turn:"))
    assert re.match(r"Strongest turn: \d \((Ann|Bob)\) \(\d+\)$", line), line
