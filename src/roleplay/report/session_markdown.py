"""A saved session as Markdown: summary, transcript with per-turn scores and evidence, debrief."""

from __future__ import annotations

from roleplay.engine import TurnResult
from roleplay.scoring.readable import unscored_message
from roleplay.storage import StoredTurn

from .escaping import md_quote, md_text
from .score_reasons import score_reasons
from .session_export import SessionExport
from .wording import ended_line, outcome_line, side_words, when


def to_markdown(export: SessionExport) -> str:
    r = export.record
    out = [f"# {md_text(r.title)}: session {r.id}", ""]
    out += ["| | |", "|---|---|"]
    rows = [
        ("Learner", r.learner),
        ("Scenario", f"{r.scenario_id} (version {r.content_hash[:12]})"),
        ("Started", when(r.started_at)),
        ("Ended", ended_line(r)),
        ("Outcome", outcome_line(r)),
        ("Mode", r.mode),
    ]
    if r.workshop_id:
        rows.append(("Workshop", f"{r.workshop_id} ({r.participant or 'anonymous'})"))
    out += [f"| {k} | {md_text(v)} |" for k, v in rows]
    if r.turn_count:
        out += ["", "## Scores (mean over the turns)", ""]
        out += ["| Listening | Empathy | Collaboration | Overall |", "|---:|---:|---:|---:|"]
        out.append(
            f"| {round(r.listening or 0)} | {round(r.empathy or 0)} "
            f"| {round(r.collaboration or 0)} | {r.overall} |"
        )
    out += ["", "## Transcript", ""]
    if not export.turns:
        out.append("No replies yet.")
    for stored in export.turns:
        out += _turn(export, stored.result)
    if export.rewound:
        out += ["## Taken back", ""]
        out += ["Replies the learner rewound and answered again.", ""]
        for stored in export.rewound:
            out += _rewound(stored)
    out += _debrief(export)
    out += ["", "---", f"Exported {when(export.exported_at)} by {md_text(export.generator)}."]
    return "\n".join(out) + "\n"


def _turn(export: SessionExport, t: TurnResult) -> list[str]:
    sc = t.score
    out = [f"### {md_text(export.turn_heading(t))}", ""]
    out += [f"**{md_text(export.counterpart_name)}:**", "", md_quote(t.counterpart_line), ""]
    out += [f"**{md_text(export.who(t))}:**", "", md_quote(t.reply), ""]
    if sc.scored:
        out.append(
            f"Listening {sc.listening} · empathy {sc.empathy} · collaboration {sc.collaboration}"
            f" · **overall {sc.overall}** · {side_words(sc.same_side)}"
        )
    else:
        out.append(f"**{md_text(unscored_message(sc.reason))}**")
    changes = t.meter_changes
    if changes:
        moved = ", ".join(
            f"{md_text(k)} {t.meters_before.get(k, 0)} → {t.meters_after[k]}" for k in changes
        )
        out += ["", f"Counterpart: {moved}"]
    heard = export.heard_line(t)
    if heard:
        out += ["", f"*{md_text(heard)}*"]
    if sc.evidence:  # each score as its start plus the points under it (score_reasons.py)
        out += ["", "Evidence:", ""]
        for why in score_reasons(sc):
            out.append(f"- {md_text(why.heading())}")
            out += [f"  - {md_text(words)}" for words in why.lines()]
    out.append("")
    if t.ended and t.next_line:
        out += [f"**{md_text(export.counterpart_name)}:**", "", md_quote(t.next_line), ""]
    return out


def _rewound(stored: StoredTurn) -> list[str]:
    t = stored.result
    scored = f"overall {t.score.overall}" if t.score.scored else "not scored"
    return [
        f"- Turn {t.turn}, {scored}:",
        "",
        "  " + md_quote(t.reply).replace("\n", "\n  "),
        "",
    ]


def _debrief(export: SessionExport) -> list[str]:
    d = export.debrief
    if d is None:
        return ["## Debrief", "", "The saved scenario could not be loaded, so no debrief."]
    out = ["## Debrief", ""]
    if d.ending_text:
        out += [md_text(d.ending_text), ""]
    if d.interests:
        out += [f"What {md_text(export.counterpart_name)} really cared about:", ""]
        out += [f"- {md_text(i)}" for i in d.interests]
        out.append("")
    if d.moves:
        out += ["Decisive moves:", ""]
        out += [f"- {md_text(m.text())}" for m in d.moves]
        out.append("")
    if d.strongest and d.weakest and d.compares_turns:
        out.append(
            f"Strongest turn: {md_text(export.turn_named(d.strongest.turn))} "
            f"({d.strongest.score.overall}). "
            f"Weakest turn: {md_text(export.turn_named(d.weakest.turn))} "
            f"({d.weakest.score.overall})."
        )
        out.append("")
    advice = d.advice_to_show()
    if advice:
        out += ["What to try next time:", ""]
        out += [f"- Turn {a.turn}: {md_text(a.text())}" for a in advice]
    if d.better_reply is not None:
        out += ["", md_text(d.better_reply.heading()), "", "> " + md_text(d.better_reply.text)]
    return out
