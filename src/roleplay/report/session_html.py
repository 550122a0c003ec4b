"""A saved session as one self-contained HTML page that reads well on screen and on paper.

No scripts, no external files, a Content-Security-Policy that forbids loading anything, and
every piece of learner or scenario text passed through :func:`html_text` (escaped, control
characters visible). Numbers in style attributes are integers we computed, never user text.
"""

from __future__ import annotations

from roleplay.engine import TurnResult
from roleplay.scoring.readable import unscored_message
from roleplay.scoring.types import Score

from .escaping import html_text as h
from .html_policy import CSP_META
from .score_reasons import score_reasons
from .session_export import SessionExport
from .wording import ended_line, outcome_line, side_words, when

_CSS = """
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dee7; --good: #1f7a4d; --bad: #a23b2a;
  --them: #eef3fb; --you: #f4f1ea; --bar: #3c6fd1; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
  margin: 0; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .75rem; border-bottom: 1px solid var(--line);
  padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 0 0 .5rem; color: var(--muted); }
.meta { color: var(--muted); margin: 0; }
.outcome { font-weight: 600; margin: .5rem 0 0; }
.outcome.good { color: var(--good); } .outcome.bad { color: var(--bad); }
table.facts { border-collapse: collapse; margin-top: 1rem; }
table.facts th { text-align: left; font-weight: 600; padding: .15rem 1rem .15rem 0;
  color: var(--muted); }
.bars { display: grid; grid-template-columns: 9rem 1fr 3rem; gap: .35rem .75rem;
  align-items: center; }
.track { background: #edf0f5; height: .7rem; border-radius: .35rem; overflow: hidden; }
.fill { background: var(--bar); height: 100%; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
article.turn { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem;
  margin: 0 0 1rem; break-inside: avoid; }
.say { border-radius: .4rem; padding: .5rem .75rem; margin: 0 0 .5rem; }
.say.them { background: var(--them); } .say.you { background: var(--you); }
.who { display: block; font-size: .8rem; font-weight: 600; color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }
.scores { font-size: .9rem; margin: .5rem 0 0; }
.scores b { font-variant-numeric: tabular-nums; }
ul.evidence { margin: .35rem 0 0; padding-left: 1.2rem; font-size: .85rem; }
ul.evidence .plus { color: var(--good); } ul.evidence .minus { color: var(--bad); }
.meters { font-size: .85rem; color: var(--muted); margin: .25rem 0 0; }
.heard { font-size: .9rem; font-style: italic; margin: .25rem 0 0; }
.rewound { opacity: .8; }
footer { margin-top: 2.5rem; font-size: .8rem; color: var(--muted); }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  @page { margin: 16mm; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
}
"""


def to_html(export: SessionExport) -> str:
    r = export.record
    title = f"{r.title}: session {r.id}"
    good = r.passed
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        CSP_META,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{h(title)}</title><style>{_CSS}</style></head><body><main>",
        f"<header><h1>{h(r.title)}</h1>",
        f'<p class="meta">Session {r.id} · {h(r.learner)} · started {h(when(r.started_at))}</p>',
        f'<p class="outcome {"good" if good else "bad"}">{h(outcome_line(r))}</p>',
        _facts(export),
        "</header>",
    ]
    if r.turn_count:
        parts += ["<section><h2>Scores</h2>", _bars(export), "</section>"]
    parts.append("<section><h2>Transcript</h2>")
    if not export.turns:
        parts.append("<p>No replies yet.</p>")
    parts += [_turn(export, t.result) for t in export.turns]
    parts.append("</section>")
    if export.rewound:
        parts.append(
            "<section><h2>Taken back</h2><p>Replies that were rewound and answered again.</p>"
        )
        parts += [_turn(export, t.result, rewound=True) for t in export.rewound]
        parts.append("</section>")
    parts.append(_debrief(export))
    parts.append(
        f"<footer>Exported {h(when(export.exported_at))} by {h(export.generator)}. "
        f"Scenario version {h(r.content_hash[:12])}.</footer>"
    )
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"


def _facts(export: SessionExport) -> str:
    r = export.record
    rows = [
        ("Scenario", r.scenario_id),
        ("Mode", r.mode),
        ("Turns", str(r.turn_count)),
        ("Ended", ended_line(r)),
    ]
    if r.workshop_id:
        rows.append(("Workshop", f"{r.workshop_id} ({r.participant or 'anonymous'})"))
    body = "".join(f"<tr><th>{h(k)}</th><td>{h(v)}</td></tr>" for k, v in rows)
    return f'<table class="facts">{body}</table>'


def _bar(label: str, value: float | None) -> str:
    n = max(0, min(100, round(value or 0)))
    return (
        f'<span>{h(label)}</span><span class="track"><span class="fill" style="width:{n}%;'
        f'display:block"></span></span><span class="num">{n}</span>'
    )


def _bars(export: SessionExport) -> str:
    r = export.record
    return (
        '<div class="bars">'
        + _bar("Listening", r.listening)
        + _bar("Empathy", r.empathy)
        + _bar("Collaboration", r.collaboration)
        + _bar("Overall", r.overall)
        + "</div>"
    )


def _say(who: str, text: str, css: str) -> str:
    return (
        f'<div class="say {css}"><span class="who">{h(who)}</span>'
        f'<p class="text">{h(text)}</p></div>'
    )


def _scores(sc: Score) -> str:
    if not sc.scored:
        return f'<p class="scores unscored"><b>{h(unscored_message(sc.reason))}</b></p>'
    return (
        f'<p class="scores">Listening <b>{sc.listening}</b> · empathy <b>{sc.empathy}</b> · '
        f"collaboration <b>{sc.collaboration}</b> · overall <b>{sc.overall}</b> · "
        f"{h(side_words(sc.same_side))}</p>"
    )


def _turn(export: SessionExport, t: TurnResult, *, rewound: bool = False) -> str:
    sc = t.score
    css = "turn rewound" if rewound else "turn"
    heading = f"Turn {t.turn} · taken back" if rewound else export.turn_heading(t)
    parts = [
        f'<article class="{css}"><h3>{h(heading)}</h3>',
        _say(export.counterpart_name, t.counterpart_line, "them"),
        _say("You" if rewound else export.who(t), t.reply, "you"),
        _scores(sc),
    ]
    changes = t.meter_changes
    if changes:
        moved = ", ".join(
            f"{h(k)} {t.meters_before.get(k, 0)} → {t.meters_after[k]}" for k in changes
        )
        parts.append(f'<p class="meters">Counterpart: {moved}</p>')
    heard = export.heard_line(t)
    if heard:
        parts.append(f'<p class="heard">{h(heard)}</p>')
    if sc.evidence:  # each score as its start plus the points under it (score_reasons.py)
        groups = []
        for why in score_reasons(sc):
            items = "".join(
                f'<li class="{"plus" if e.points >= 0 else "minus"}">{h(words)}</li>'
                for e, words in zip(why.items, why.lines(), strict=True)
            )
            groups.append(f"<li>{h(why.heading())}" + (f"<ul>{items}</ul>" if items else ""))
        parts.append(f'<ul class="evidence">{"</li>".join(groups)}</li></ul>')
    if t.ended and t.next_line and not rewound:
        parts.append(_say(export.counterpart_name, t.next_line, "them"))
    parts.append("</article>")
    return "".join(parts)


def _debrief(export: SessionExport) -> str:
    d = export.debrief
    if d is None:
        return "<section><h2>Debrief</h2><p>The saved scenario could not be loaded.</p></section>"
    parts = ["<section><h2>Debrief</h2>"]
    if d.ending_text:
        parts.append(f"<p>{h(d.ending_text)}</p>")
    if d.interests:
        items = "".join(f"<li>{h(i)}</li>" for i in d.interests)
        parts.append(
            f"<p>What {h(export.counterpart_name)} really cared about:</p><ul>{items}</ul>"
        )
    if d.moves:
        items = "".join(f"<li>{h(m.text())}</li>" for m in d.moves)
        parts.append(f"<p>Decisive moves:</p><ul>{items}</ul>")
    if d.strongest and d.weakest and d.compares_turns:
        parts.append(
            f"<p>Strongest turn: {h(export.turn_named(d.strongest.turn))} "
            f"({d.strongest.score.overall}). "
            f"Weakest turn: {h(export.turn_named(d.weakest.turn))} "
            f"({d.weakest.score.overall}).</p>"
        )
    advice = d.advice_to_show()
    if advice:
        items = "".join(f"<li>Turn {a.turn}: {h(a.text())}</li>" for a in advice)
        parts.append(f"<p>What to try next time:</p><ul>{items}</ul>")
    if d.better_reply is not None:
        parts.append(
            f"<p>{h(d.better_reply.heading())}</p><blockquote>{h(d.better_reply.text)}</blockquote>"
        )
    parts.append("</section>")
    return "".join(parts)
