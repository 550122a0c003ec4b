"""A scenario's state machine as a picture: Mermaid ``stateDiagram-v2``, Graphviz DOT or HTML.

Edges carry their order (first match wins), the transition's ``label`` when it has one, their
conditions and their meter effects; endings are marked by kind. Labels come from the scenario
file (titles, summaries, transition labels and ``mentions`` phrases are free text), so every label is first made visible and put on one line by the core
sanitiser (:func:`roleplay.sanitise.visible`: control characters, bidi controls and line
separators become ``\x1b``/``\u202e``-style text) and then escaped for the target syntax:
Mermaid entity codes, DOT quoted strings, HTML entities. State, intent and meter names follow
the format's id rule (``^[a-z][a-z0-9_]*$``), which is safe in both Mermaid and DOT, and the few
Mermaid keywords are aliased.
"""

from __future__ import annotations

import html
import json

from roleplay.sanitise import visible
from roleplay.scenario.model import Comparison, IntentRef, Scenario, Transition

MERMAID_KEYWORDS = frozenset(
    {
        "state",
        "note",
        "direction",
        "class",
        "classdef",
        "end",
        "as",
        "left",
        "right",
        "of",
        "click",
        "style",
        "linkstyle",
        "default",
    }
)
ENDING_COLOURS = {
    "success": ("#d8f3dc", "#2d6a4f"),
    "failure": ("#ffe5e5", "#9d0208"),
    "neutral": ("#eeeeee", "#555555"),
}
ENDING_MARKS = {"success": "✔", "failure": "✘", "neutral": "–"}
# Characters Mermaid reads as syntax inside a label (statement ends, label and note markers,
# shapes, links, comments/directives, entities), written as its #code; entity instead.
MERMAID_SPECIAL = frozenset('#;:<>"{}[]()|`\\%&')


def one_line(text: str) -> str:
    """``text`` made visible (roleplay.sanitise) with every run of whitespace one space."""
    return " ".join(visible(text).split())


def condition_text(tr: Transition) -> str:
    """``listening >= 55, trust >= 50`` / ``mentions "demo" or "stage"`` / ``said offer_pilot``
    / ``otherwise``."""
    if not tr.when:
        return "otherwise"
    parts = []
    for key, value in tr.when.items():
        if isinstance(value, Comparison):
            parts.append(f"{key} {value}")
        elif isinstance(value, IntentRef):
            joiner = " and " if key == "said_all" else (" nor " if key == "not_said" else " or ")
            verb = "said" if key == "said_all" else key.replace("_", " ")
            parts.append(f"{verb} {joiner.join(value.names)}")
        else:
            parts.append("mentions " + " or ".join(f'"{p}"' for p in value))
    return ", ".join(parts)


def effects_text(tr: Transition) -> str:
    return ", ".join(f"{meter} {delta:+d}" for meter, delta in tr.effects.items())


def rule_text(index: int, tr: Transition) -> str:
    """``2. "you offered a pilot": said offer_pilot``: its order, its ``label`` (how the debrief
    names the move) when it has one, and its conditions."""
    named = f'"{tr.label}": ' if tr.label else ""
    return f"{index + 1}. {named}{condition_text(tr)}"


def edge_label(index: int, tr: Transition) -> str:
    effects = effects_text(tr)
    return rule_text(index, tr) + (f" / {effects}" if effects else "")


def mermaid_id(name: str) -> str:
    return f"s_{name}" if name in MERMAID_KEYWORDS else name


def mermaid_escape(text: str) -> str:
    """Text safe inside a Mermaid label: entity codes for the characters Mermaid parses."""
    return "".join(f"#{ord(ch)};" if ch in MERMAID_SPECIAL else ch for ch in one_line(text))


def to_mermaid(scenario: Scenario) -> str:
    lines = ["stateDiagram-v2"]
    for name in scenario.states:
        sid = mermaid_id(name)
        if sid != name:
            lines.append(f'    state "{mermaid_escape(name)}" as {sid}')
    lines.append(f"    [*] --> {mermaid_id(scenario.start)}")
    for name, state in scenario.states.items():
        if state.end is not None:
            continue
        for i, tr in enumerate(state.transitions):
            label = mermaid_escape(edge_label(i, tr))
            lines.append(f"    {mermaid_id(name)} --> {mermaid_id(tr.to)} : {label}")
    for name, state in scenario.states.items():
        if state.end is not None:
            sid = mermaid_id(name)
            lines.append(f"    {sid} --> [*]")
            lines.append(f"    {sid} : {mermaid_escape(ENDING_MARKS[state.end] + ' ' + state.end)}")
    for kind, (fill, stroke) in ENDING_COLOURS.items():
        members = [mermaid_id(n) for n, s in scenario.states.items() if s.end == kind]
        if members:
            lines.append(f"    classDef {kind} fill:{fill},stroke:{stroke},stroke-width:2px")
            lines.append(f"    class {','.join(members)} {kind}")
    return "\n".join(lines) + "\n"


def dot_escape(text: str) -> str:
    """Text safe inside a DOT quoted string: backslashes (DOT's \\N, \\l ... escapes) and quotes
    escaped, on one line."""
    return one_line(text).replace("\\", "\\\\").replace('"', '\\"')


def html_escape(text: str) -> str:
    """Text safe in HTML content and quoted attributes: made visible, then entity-escaped."""
    return html.escape(visible(text))


def to_dot(scenario: Scenario) -> str:
    lines = [
        f"digraph {scenario.id} {{",
        f'    label="{dot_escape(scenario.title)}";',
        "    labelloc=t;",
        "    rankdir=LR;",
        '    node [shape=box, style="rounded", fontname="Helvetica"];',
        '    edge [fontname="Helvetica", fontsize=10];',
        "    __start [shape=point, width=0.15];",
        f"    __start -> {scenario.start};",
    ]
    for name, state in scenario.states.items():
        if state.end is not None:
            fill, stroke = ENDING_COLOURS[state.end]
            lines.append(
                f'    {name} [label="{name}\\n({state.end})", shape=box, '
                f'style="rounded,filled,bold", fillcolor="{fill}", color="{stroke}"];'
            )
    for name, state in scenario.states.items():
        if state.end is not None:
            continue
        for i, tr in enumerate(state.transitions):
            label = dot_escape(edge_label(i, tr))
            style = ", style=dashed" if not tr.when else ""
            lines.append(f'    {name} -> {tr.to} [label="{label}"{style}];')
    lines.append("}")
    return "\n".join(lines) + "\n"


MERMAID_SCRIPT = "https://cdn.jsdelivr.net/npm/mermaid@11/dist/mermaid.esm.min.mjs"


def to_html(scenario: Scenario) -> str:
    """A page that renders the Mermaid diagram, with a plain table of the transitions under it.

    Everything is inline except the Mermaid library itself (one script from a CDN); without a
    network connection the page still shows the diagram source and the table.
    """
    rows = []
    for name, state in scenario.states.items():
        if state.end is not None:
            rows.append(
                f"<tr class='{state.end}'><td>{html_escape(name)}</td>"
                f"<td colspan='3'>ending: {state.end}</td></tr>"
            )
            continue
        for i, tr in enumerate(state.transitions):
            rows.append(
                "<tr>"
                + "".join(
                    f"<td>{html_escape(x)}</td>"
                    for x in (
                        name if i == 0 else "",
                        rule_text(i, tr),
                        effects_text(tr),
                        tr.to,
                    )
                )
                + "</tr>"
            )
    title = html_escape(scenario.title)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} - roleplay graph</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; color: #222; }}
table {{ border-collapse: collapse; margin-top: 2rem; }}
td, th {{ border: 1px solid #ccc; padding: .3rem .6rem; text-align: left; }}
tr.success {{ background: #d8f3dc; }} tr.failure {{ background: #ffe5e5; }}
tr.neutral {{ background: #eee; }}
</style></head><body>
<h1>{title}</h1>
<p>{html_escape(scenario.summary)}</p>
<pre class="mermaid">
{html.escape(to_mermaid(scenario))}</pre>
<table><tr><th>State</th><th>When (first match wins)</th><th>Effects</th><th>Goes to</th></tr>
{chr(10).join(rows)}
</table>
<script type="module">
import mermaid from {json.dumps(MERMAID_SCRIPT)};
mermaid.initialize({{ startOnLoad: true, securityLevel: "strict" }});
</script>
</body></html>
"""
