"""`roleplay graph`: Mermaid and DOT output that a renderer accepts (checked by a grammar test;
with Mermaid CLI on PATH, also by rendering)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from roleplay.cli import main
from roleplay.engine.graph import MERMAID_KEYWORDS, to_dot, to_html, to_mermaid
from roleplay.scenario import load_file, load_text

from ..cli.helpers import run_cli
from ..conftest import SCENARIOS

ID = r"[a-z][a-z0-9_]*"
LABEL = r"(?:[^;:<>\"{}\[\]()|`\\#%&\n]|#\d+;)+"
MERMAID_LINE = [
    re.compile(rf"^    \[\*\] --> {ID}$"),
    re.compile(rf"^    {ID} --> {ID} : {LABEL}$"),
    re.compile(rf"^    {ID} --> \[\*\]$"),
    re.compile(rf"^    {ID} : {LABEL}$"),
    re.compile(rf'^    state "{LABEL}" as {ID}$'),
    re.compile(
        r"^    classDef (success|failure|neutral) fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6},"
        r"stroke-width:2px$"
    ),
    re.compile(rf"^    class {ID}(,{ID})* (success|failure|neutral)$"),
]
DOT_LINE = [
    re.compile(rf'^    {ID} -> {ID} \[label="(?:[^"\\]|\\.)*"(, style=dashed)?\];$'),
    re.compile(
        rf'^    {ID} \[label="(?:[^"\\]|\\.)*", shape=box, style="rounded,filled,bold", '
        r'fillcolor="#[0-9a-f]{6}", color="#[0-9a-f]{6}"\];$'
    ),
    re.compile(r'^    (label|labelloc|rankdir)=("(?:[^"\\]|\\.)*"|\w+);$'),
    re.compile(r"^    (node|edge) \[.*\];$"),
    re.compile(rf"^    __start( \[shape=point, width=0.15\]| -> {ID});$"),
]
SHIPPED = sorted(p for p in SCENARIOS.glob("*.yaml") if not p.name.endswith(".tests.yaml"))

TRICKY = """
id: tricky
title: 'Quotes "and" <angles> & {braces}: #1; ok'
summary: S
learner: {role: Lead}
counterpart: {name: Sam, role: Peer}
meters: {trust: 50}
start: note
states:
  note:
    say: Hi.
    transitions:
      - when: {mentions: ['say "no"', "a;b", "x: y", "<script>", "#hash"], trust: "<= 50"}
        to: end
        effects: {trust: +5}
      - to: state
  state:
    say: Hm.
    transitions:
      - when: {trust: "> 50"}
        to: end
      - to: note
        effects: {trust: -10}
  end: {say: Bye., end: success}
"""


def assert_mermaid(text: str) -> None:
    lines = text.rstrip("\n").split("\n")
    assert lines[0] == "stateDiagram-v2"
    for line in lines[1:]:
        assert any(p.match(line) for p in MERMAID_LINE), line
        m = re.match(rf"^    ({ID})(?: -->| :)", line)
        ids = [m.group(1)] if m else []
        ids += re.findall(rf"(?:--> |\bas )({ID})$", line)
        for ident in ids:
            assert ident not in MERMAID_KEYWORDS, line


def assert_dot(text: str) -> None:
    lines = text.rstrip("\n").split("\n")
    assert re.match(rf"^digraph {ID} \{{$", lines[0]) and lines[-1] == "}"
    for line in lines[1:-1]:
        assert any(p.match(line) for p in DOT_LINE), line


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_scenarios_draw_valid_graphs(path: Path) -> None:
    sc = load_file(path).scenario
    mermaid = to_mermaid(sc)
    assert_mermaid(mermaid)
    assert_dot(to_dot(sc))
    for name, state in sc.states.items():
        assert name in mermaid
        if state.end:
            assert re.search(rf"class .*\b{name}\b.* {state.end}$", mermaid, re.M)
    edges = sum(len(s.transitions) for s in sc.states.values() if s.end is None)
    assert mermaid.count(" : ") - len(sc.endings) == edges


def test_labels_are_escaped_and_keywords_aliased() -> None:
    sc = load_text(TRICKY).scenario
    mermaid = to_mermaid(sc)
    assert_mermaid(mermaid)
    assert 'state "note" as s_note' in mermaid and "s_end --> [*]" in mermaid
    assert "<script>" not in mermaid and "#60;script#62;" in mermaid
    dot = to_dot(sc)
    assert_dot(dot)
    assert '\\"no\\"' in dot
    page = to_html(sc)
    assert "<script>" not in page.split('<script type="module">')[0]
    assert "&lt;script&gt;" in page and '<pre class="mermaid">' in page


def test_conditions_and_effects_on_edges() -> None:
    mermaid = to_mermaid(load_file(SCENARIOS / "budget_pushback.yaml").scenario)
    assert (
        "opening --> dana_opens_up : 6. listening #62;= 55, empathy #62;= 45 / trust +10" in mermaid
    )
    assert "opening --> cut_accepted : 1. said accept_full_cut" in mermaid
    assert "opening --> dana_repeats : 9. otherwise / patience -10" in mermaid
    assert (
        "opening --> phased_plan : 3. said offer_phased_cut or offer_partial_cut, overall"
        in mermaid
    )


def test_cli_graph_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["graph", "budget_pushback", "--format", "dot"]) == 0
    assert capsys.readouterr().out.startswith("digraph budget_pushback {")
    out = tmp_path / "g.html"
    assert main(["graph", "budget_pushback", "--format", "html", "--output", str(out)]) == 0
    assert "stateDiagram-v2" in out.read_text()
    assert main(["graph", "no_such_scenario"]) == 2


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The addresses `--open` asked the browser to show (no browser is started)."""
    import webbrowser

    urls: list[str] = []

    def open_in_browser(url: str, *args: object, **kwargs: object) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(webbrowser, "open", open_in_browser)
    return urls


def test_graph_open_writes_a_page_and_opens_it(
    opened: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["graph", "budget_pushback", "--open"]) == 0
    assert len(opened) == 1 and opened[0].startswith("file://") and opened[0].endswith(".html")
    page = Path(opened[0].removeprefix("file://"))
    assert "stateDiagram-v2" in page.read_text() and f"wrote {page}" in capsys.readouterr().err
    page.unlink()


def test_graph_open_without_a_browser_says_to_open_the_page_by_hand(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """On a machine with no browser (a server, a container) webbrowser.open returns False and
    nothing opens: the page is still written, and the command says where, not only 'wrote'."""
    import webbrowser

    monkeypatch.setattr(webbrowser, "open", lambda url, *a, **k: False)
    assert main(["graph", "budget_pushback", "--open"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and err[0].startswith("wrote ")
    page = Path(err[0].removeprefix("wrote "))
    assert err[1] == f"no browser could be started here: open {page} in one"
    page.unlink()


def test_graph_open_to_standard_output_is_refused(
    opened: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """`--open -o -` asks for a page on stdout and a page opened: one coded line, no page."""
    assert main(["graph", "budget_pushback", "--open", "-o", "-"]) == 2
    out, err = capsys.readouterr()
    (line,) = err.splitlines()
    assert "RP009" in line and "-o -" in line and out == "" and opened == []


def test_graph_into_a_missing_folder_is_one_coded_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "missing" / "g.html"
    assert main(["graph", "budget_pushback", "--format", "html", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "RP002" in err and str(target) in err and len(err.strip().splitlines()) == 1
    assert not target.parent.exists()


@pytest.mark.skipif(shutil.which("mmdc") is None, reason="Mermaid CLI (mmdc) not installed")
def test_mermaid_cli_renders(tmp_path: Path) -> None:  # pragma: no cover - optional tool
    for path in SHIPPED:
        src = tmp_path / f"{path.stem}.mmd"
        src.write_text(to_mermaid(load_file(path).scenario))
        subprocess.run(
            ["mmdc", "-i", str(src), "-o", str(tmp_path / f"{path.stem}.svg")],
            check=True,
            capture_output=True,
            timeout=120,
        )


HOSTILE = r"""
id: hostile
title: "Evil \"title\" --> [x] <script>alert(1)</script>\nsecond line \u202egnp.exe \e[31m"
summary: "<img src=x onerror=alert(1)> %%{init: {'theme': 'dark'}}%% \u2066bidi\u2069"
learner: {role: Lead}
counterpart: {name: Sam, role: Peer}
meters: {trust: 50}
start: opening
states:
  opening:
    say: Hi.
    transitions:
      - when:
          mentions:
            - 'say "no" --> end'
            - "[link](javascript:x) {braces} (parens) |pipe|"
            - "line one\nline two\r\u2028three"
            - "</pre><script>alert(2)</script>"
            - "%%{init: {'securityLevel': 'loose'}}%%"
            - "\u202eevil\u202c & &amp; #35; \\N \\l"
            - "a;b: c"
        to: done
      - to: opening
  done: {say: Bye., end: success}
"""
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def test_hostile_scenario_text_is_inert_in_mermaid() -> None:
    sc = load_text(HOSTILE).scenario
    assert "\u202e" in sc.title and "\n" in sc.title  # the loader kept them: the graph must cope
    mermaid = to_mermaid(sc)
    assert_mermaid(mermaid)  # every line still one statement of the grammar
    assert not RAW_CONTROLS.search(mermaid)
    assert "%%" not in mermaid and "<" not in mermaid and "&" not in mermaid
    edge = next(line for line in mermaid.splitlines() if line.startswith("    opening --> done"))
    assert edge.count("-->") == 1  # the phrase's own arrow is no edge
    assert "say #34;no#34; --#62; end" in edge
    # a newline is a space; CR and U+2028 are shown as text: none of them ends the statement
    assert "line one line two#92;x0d#92;u2028three" in edge
    assert "#92;u202eevil#92;u202c" in edge  # bidi controls shown as text


def test_hostile_scenario_text_is_inert_in_dot() -> None:
    dot = to_dot(load_text(HOSTILE).scenario)
    assert_dot(dot)  # no label broke out of its quotes or its line
    assert not RAW_CONTROLS.search(dot)
    assert 'label="Evil \\"title\\" --> [x] <script>alert(1)</script> second line' in dot
    assert "\\\\u202egnp.exe \\\\x1b[31m" in dot  # visible escapes, backslash doubled
    assert "\\\\N \\\\l" in dot  # DOT's own escapes stay literal text


def test_hostile_scenario_text_is_inert_in_html() -> None:
    page = to_html(load_text(HOSTILE).scenario)
    assert not RAW_CONTROLS.search(page)
    scripts = re.findall(r"<script\b", page)
    assert scripts == ["<script"]  # only the page's own module script
    assert page.count('<script type="module">') == 1
    before_module = page.split('<script type="module">')[0]
    assert "<img" not in before_module and "</pre><script>" not in before_module
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "\\u202egnp.exe" in page and "\\u2066bidi\\u2069" in page
    assert page.count("</pre>") == 1


def test_graph_never_writes_over_the_database_or_the_scenario_it_draws(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from roleplay.storage import SessionStore, database_path

    SessionStore.open().close()
    before = database_path().read_bytes()
    assert main(["graph", "budget_pushback", "-o", str(database_path())]) == 2
    assert "RP724 refusing to write the graph over the database" in capsys.readouterr().err
    assert database_path().read_bytes() == before  # (it was overwritten: history lost)
    scenario = tmp_path / "budget_pushback.yaml"
    scenario.write_text((SCENARIOS / "budget_pushback.yaml").read_text(encoding="utf-8"))
    kept = scenario.read_bytes()
    assert main(["graph", str(scenario), "-o", str(tmp_path / "." / scenario.name)]) == 2
    assert "RP002 refusing to write the graph over the scenario" in capsys.readouterr().err
    assert scenario.read_bytes() == kept


@pytest.mark.parametrize("name", ["budget_pushback.tests.yaml", "other_scenario.yaml", "a.YML"])
def test_graph_never_writes_over_another_yaml_file(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found writing a scenario: `roleplay graph x.yaml -o x.tests.yaml` (a name completed one
    step too far) replaced the golden tests with Mermaid, and so it did another scenario."""
    target = tmp_path / name
    target.write_text("cases: []\n", encoding="utf-8")
    assert main(["graph", "budget_pushback", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert "RP002 refusing to write the graph over a YAML file" in err, err
    assert "name a .mmd, .dot or .html file with -o" in err
    assert target.read_text(encoding="utf-8") == "cases: []\n"


def test_graph_into_a_pipe_nobody_reads_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "graph.mmd"
    os.mkfifo(pipe)  # writing would wait for a reader forever (run_cli's timeout is the net)
    done = run_cli("graph", "budget_pushback", "-o", str(pipe))
    assert done.returncode == 2
    (line,) = done.stderr.strip().splitlines()
    assert "RP002" in line and str(pipe) in line


LABELLED = """
id: labelled
title: Labelled
summary: S
learner: {role: Lead}
counterpart: {name: Sam, role: Peer}
meters: {trust: 50}
start: opening
intents:
  offer_pilot:
    examples: ["What if we ran a pilot first?"]
states:
  opening:
    say: Hi.
    transitions:
      - when: {said: offer_pilot}
        to: done
        label: 'you offered a "pilot": <b>small</b> & safe; #1 --> [x] \\N'
        effects: {trust: +5}
      - to: opening
  done: {say: Bye., end: success}
"""


def test_a_transition_label_is_on_its_edge_escaped_in_every_format() -> None:
    sc = load_text(LABELLED).scenario
    mermaid = to_mermaid(sc)
    assert_mermaid(mermaid)
    (edge,) = [line for line in mermaid.splitlines() if line.startswith("    opening --> done")]
    assert edge == (
        "    opening --> done : 1. #34;you offered a #34;pilot#34;#58; #60;b#62;small#60;/b#62; "
        "#38; safe#59; #35;1 --#62; #91;x#93; #92;N#34;#58; said offer_pilot / trust +5"
    )
    dot = to_dot(sc)
    assert_dot(dot)
    assert (
        '    opening -> done [label="1. \\"you offered a \\"pilot\\": <b>small</b> & safe; '
        '#1 --> [x] \\\\N\\": said offer_pilot / trust +5"];'
    ) in dot.splitlines()
    page = to_html(sc)
    assert (
        "<td>1. &quot;you offered a &quot;pilot&quot;: &lt;b&gt;small&lt;/b&gt; &amp; safe; "
        "#1 --&gt; [x] \\N&quot;: said offer_pilot</td>"
    ) in page
    assert "<b>small" not in page
