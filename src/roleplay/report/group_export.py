"""The group debrief as Markdown (for notes and chat) and as one self-contained HTML page.

Every piece of participant text is escaped by :mod:`.escaping` (the same rules as the session
exports), so a reply containing ``<script>`` or ``**bold**`` is shown exactly as typed and never
interpreted.
"""

from __future__ import annotations

from .escaping import html_text, md_text
from .group_debrief import BUCKETS, OUTCOMES, GroupDebrief, RoomMove, ScenarioGroup
from .html_policy import CSP_META

NO_BEST = "No reply to hold up here: each one ended the conversation in failure."


def _n(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _side(same_side: str) -> str:
    return {"beside": "beside the table", "across": "across the table"}.get(same_side, "neutral")


def _h(text: object) -> str:
    return html_text(text)


def _moved(m: RoomMove) -> str:
    return f"{_n(m.conversations, 'conversation', 'conversations')}, {m.succeeded} ended in success"


def _heading(d: GroupDebrief) -> str:
    rnd = f", round {d.round_number}" if d.round_number is not None else ""
    return f"Group debrief: {d.workshop}{rnd}"


def _bucket_label(i: int) -> str:
    lo, hi = BUCKETS[i]
    return f"{lo}-{hi}"


def to_markdown(d: GroupDebrief) -> str:
    out = [f"# {md_text(_heading(d))}", ""]
    out.append(
        f"{_n(d.participants, 'participant', 'participants')}, "
        f"{_n(d.sessions, 'conversation', 'conversations')}."
    )
    if d.empty:
        out += ["", "Nobody has played yet."]
    for sc in d.scenarios:
        out += ["", *_md_scenario(sc)]
    return "\n".join(out) + "\n"


def _md_scenario(sc: ScenarioGroup) -> list[str]:
    o = sc.overall
    out = [f"## {md_text(sc.title)} ({md_text(sc.scenario_id)})", ""]
    out.append(
        f"{_n(sc.sessions, 'conversation', 'conversations')} by "
        f"{_n(sc.participants, 'person', 'people')}; {sc.passed} passed. "
        f"Overall: mean {o.mean}, median {o.median}, range {o.low}-{o.high}."
    )
    out += ["", "| Outcome | Count |", "|---|---|"]
    out += [f"| {name} | {sc.outcomes[name]} |" for name in OUTCOMES if sc.outcomes[name]]
    out += ["", "| Overall score | Conversations |", "|---|---|"]
    out += [f"| {_bucket_label(i)} | {n} |" for i, n in enumerate(o.histogram)]
    dims = ", ".join(f"{k} {v}" for k, v in sc.dimensions.items())
    out += ["", f"Mean per turn: {dims}."]
    if sc.hard_states:
        out += ["", "### Hard moments and the room's best replies"]
        for hs in sc.hard_states:
            out += [
                "",
                f"**{md_text(hs.moment or hs.state)}** — {_n(hs.turns, 'reply', 'replies')}, "
                f"mean overall {hs.mean_overall}",
                "",
            ]
            if not hs.best:
                out.append(f"- {NO_BEST}")
            for b in hs.best:
                out.append(
                    f"- {b.overall} ({md_text(b.speaker)}, {_side(b.same_side)}): "
                    f"“{md_text(b.reply)}”" + (f" — *{md_text(b.heard)}*" if b.heard else "")
                )
    if sc.moves:
        out += ["", "### Decisive moves", ""]
        out += [f"- {md_text(m.text())}: {_moved(m)}" for m in sc.moves]
    if sc.across_states:
        out += ["", "### Where most of the room argued across the table", ""]
        out += [
            f"- **{md_text(s.moment or s.state)}**: {s.across} of {_n(s.turns, 'reply', 'replies')} "
            "across, "
            f"{s.beside} beside"
            for s in sc.across_states
        ]
    return out


_CSS = """
body{font-family:system-ui,sans-serif;max-width:56rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
h1{font-size:1.6rem}h2{border-bottom:2px solid #c9d1d9;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #c9d1d9;padding:.2rem .6rem}
.bar{display:inline-block;height:.8rem;background:#4b7bd1;vertical-align:middle}
blockquote{margin:.3rem 0 .6rem 1rem;padding-left:.6rem;border-left:3px solid #6cc070}
.meta{color:#57606a;font-size:.9rem}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}section{break-inside:avoid}}
"""


def to_html(d: GroupDebrief) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        CSP_META,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_h(_heading(d))}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_h(_heading(d))}</h1>",
        f'<p class="meta">{_n(d.participants, "participant", "participants")}, '
        f"{_n(d.sessions, 'conversation', 'conversations')}.</p>",
    ]
    if d.empty:
        parts.append("<p>Nobody has played yet.</p>")
    for sc in d.scenarios:
        parts.append(_html_scenario(sc))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _html_scenario(sc: ScenarioGroup) -> str:
    o = sc.overall
    widest = max(o.histogram) or 1
    rows = "".join(
        f"<tr><td>{_bucket_label(i)}</td><td>{n}</td>"
        f'<td><span class="bar" style="width:{round(12 * n / widest, 2)}rem"></span></td></tr>'
        for i, n in enumerate(o.histogram)
    )
    outcomes = "".join(
        f"<tr><td>{_h(name)}</td><td>{sc.outcomes[name]}</td></tr>"
        for name in OUTCOMES
        if sc.outcomes[name]
    )
    dims = ", ".join(f"{_h(k)} {v}" for k, v in sc.dimensions.items())
    out = [
        "<section>",
        f'<h2>{_h(sc.title)} <span class="meta">({_h(sc.scenario_id)})</span></h2>',
        f"<p>{_n(sc.sessions, 'conversation', 'conversations')} by "
        f"{_n(sc.participants, 'person', 'people')}; {sc.passed} passed. "
        f"Overall: mean {o.mean}, median {o.median}, range {o.low}-{o.high}. "
        f"Mean per turn: {dims}.</p>",
        f"<table><tr><th>Outcome</th><th>Count</th></tr>{outcomes}</table>",
        f"<table><tr><th>Overall</th><th>Conversations</th><th></th></tr>{rows}</table>",
    ]
    if sc.hard_states:
        out.append("<h3>Hard moments and the room's best replies</h3>")
        for hs in sc.hard_states:
            out.append(
                f'<h4>{_h(hs.moment or hs.state)} <span class="meta">'
                f"{_n(hs.turns, 'reply', 'replies')}, mean overall {hs.mean_overall}</span></h4>"
            )
            if not hs.best:
                out.append(f'<p class="meta">{_h(NO_BEST)}</p>')
            for b in hs.best:
                out.append(
                    f'<blockquote>{_h(b.reply)}<br><span class="meta">{b.overall} overall '
                    f"(listening {b.listening}, empathy {b.empathy}, collaboration "
                    f"{b.collaboration}); {_h(b.speaker)}, {_h(_side(b.same_side))}"
                    + (f"<br><em>{_h(b.heard)}</em>" if b.heard else "")
                    + "</span></blockquote>"
                )
    if sc.moves:
        out.append("<h3>Decisive moves</h3><ul>")
        out += [f"<li>{_h(m.text())}: {_h(_moved(m))}</li>" for m in sc.moves]
        out.append("</ul>")
    if sc.across_states:
        out.append("<h3>Where most of the room argued across the table</h3><ul>")
        out += [
            f"<li><b>{_h(s.moment or s.state)}</b>: {s.across} of "
            f"{_n(s.turns, 'reply', 'replies')} across, "
            f"{s.beside} beside</li>"
            for s in sc.across_states
        ]
        out.append("</ul>")
    out.append("</section>")
    return "\n".join(out)
