"""The scale around the pass mark: do skilled replies reach it, do stock phrases stay below it?

    .venv/bin/python benchmarks/scale.py [-v]

Prints, from one run with the default (semantic) scorer, the overall score distribution
(min / quartiles / median / max) of:

- the replies of the shipped scenarios' golden cases that end in success, and of those that end
  in failure (caving, refusing, blaming ...) — every case of `scenarios/*.tests.yaml`, each
  played through a real `Session`, so the partner line and state (key points, emotion) are
  those a learner would see;
- the gaming probes and the decent reply each is paired with (`contrast_pairs.PROBES`);
- the better and the worse reply of the in-domain contrast pairs (`contrast_pairs.PAIRS`) —
  never the held-out pairs;

then how many successful golden cases average under their scenario's pass mark (the session
"passes" only with success and overall >= pass mark). `-v` prints every success-path reply
under 50 with its evidence.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "tests" / "scoring"))

from contrast_pairs import PAIRS, PROBES  # noqa: E402

from roleplay.engine.compiler import compile_scenario  # noqa: E402
from roleplay.engine.golden import GoldenReply, load_tests  # noqa: E402
from roleplay.engine.session import Session  # noqa: E402
from roleplay.scoring import ScoreInput, Scorer, default_scorer  # noqa: E402
from roleplay.scoring.types import Score  # noqa: E402

LOW = 50


def spread(values: list[int]) -> str:
    if not values:
        return "(none)"
    q1, med, q3 = statistics.quantiles(values, n=4) if len(values) > 1 else (values[0],) * 3
    return (
        f"n {len(values):3d}  min {min(values):3d}  q1 {q1:5.1f}  median {med:5.1f}  "
        f"q3 {q3:5.1f}  max {max(values):3d}"
    )


def golden(scorer: Scorer, verbose: bool) -> tuple[dict[str, list[int]], list[str]]:
    turns: dict[str, list[int]] = {"success": [], "failure": [], "neutral/none": []}
    lines: list[str] = []
    under = cases = 0
    for path in sorted((REPO / "scenarios").glob("*.tests.yaml")):
        loaded = load_tests(path)
        compiled = compile_scenario(loaded.scenario)
        for case in loaded.tests.cases:
            seed = case.seed if case.seed is not None else loaded.tests.seed
            session = Session.start(compiled, scorer, seed)
            played: list[tuple[str, str, Score]] = []
            try:
                for reply in case.replies:
                    if session.ended:
                        break
                    text = reply.text if isinstance(reply, GoldenReply) else reply
                    partner = session.counterpart_line
                    played.append((partner, text, session.reply(text).score))
                outcome = session.outcome
                kind = outcome if outcome in ("success", "failure") else "neutral/none"
                turns[kind] += [s.overall for _, _, s in played]
                if outcome == "success":
                    cases += 1
                    mark = session.scenario.pass_score
                    if session.overall < mark:
                        under += 1
                        lines.append(
                            f"  under the mark: {path.name[:-11]} / {case.name}: "
                            f"{session.overall} < {mark} (turns "
                            f"{', '.join(str(s.overall) for _, _, s in played)})"
                        )
                    if verbose:
                        for partner, text, s in played:
                            if s.overall < LOW:
                                lines.append(_explain(path.name[:-11], partner, text, s))
            finally:
                session.close()
    lines.insert(0, f"successful golden cases averaging under their pass mark: {under} of {cases}")
    return turns, lines


def _explain(scenario: str, partner: str, text: str, s: Score) -> str:
    items = "\n".join(f"      {e.label()}" for e in s.evidence)
    return (
        f"\n  [{scenario}] overall {s.overall} (L {s.listening} E {s.empathy} "
        f"C {s.collaboration})\n    partner: {partner}\n    reply:   {text}\n{items}"
    )


def overall(scorer: Scorer, partner: str, reply: str) -> int | None:
    score = scorer.score(ScoreInput(reply, partner))
    return score.overall if score.scored else None


def main() -> int:
    verbose = "-v" in sys.argv[1:]
    scorer = default_scorer()
    turns, lines = golden(scorer, verbose)

    def scored(items: list[tuple[str, str]]) -> list[int]:
        return [v for p, r in items if (v := overall(scorer, p, r)) is not None]

    rows = {
        "golden success-path replies": turns["success"],
        "golden failure-path replies": turns["failure"],
        "gaming probes (scored ones)": scored([(p, probe) for p, _, _, probe in PROBES]),
        "decent replies of the probes": scored(list({(p, d) for p, d, _, _ in PROBES})),
        "contrast pairs, better reply": scored([(p, b) for _, p, b, _, _ in PAIRS]),
        "contrast pairs, worse reply": scored([(p, w) for _, p, _, w, _ in PAIRS]),
    }
    width = max(len(k) for k in rows)
    for name, values in rows.items():
        print(f"{name:<{width}}  {spread(values)}")
    probes = rows["gaming probes (scored ones)"]
    print(
        f"\ngaming probes at or above 55: {sum(v >= 55 for v in probes)} of {len(probes)}; "
        f"success-path replies under {LOW}: {sum(v < LOW for v in turns['success'])} "
        f"of {len(turns['success'])}"
    )
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
