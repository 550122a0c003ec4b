"""RP428 (a model reply routed to a wrong move): what it catches and what it leaves alone.

    .venv/bin/python benchmarks/model_reply_lint.py

Printed:

- the shipped library as it is: scenarios flagged (each finding shown);
- the docs-only blind scenarios (benchmarks/intent_blind*/): how many are flagged, a count
  only (their content is never printed or read here beyond linting them);
- planted model replies: in every shipped scenario, each state that branches on intents gets
  as its model reply (in place of its own, if it has one) each paraphrase of every intent in
  the library tuning sets (benchmarks/library_intents/, readable). Truth is the engine's own
  route for the reply
  (``roleplay.engine.route_probe``: scored with the product's scorer, matched, sent through the
  state machine from that state with the starting meters). Replies the engine routes to a wrong
  move (a failure ending, or meter effects that add up to a loss) should be flagged: recall;
  any flag on a reply the engine routes elsewhere is a false alarm.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from roleplay.engine import compile_scenario  # noqa: E402
from roleplay.engine.route_probe import route_from  # noqa: E402
from roleplay.nlp.intents import IntentMatcher, IntentSpec  # noqa: E402
from roleplay.scenario import load_file  # noqa: E402
from roleplay.scenario.lint import lint  # noqa: E402
from roleplay.scenario.model import Scenario  # noqa: E402
from roleplay.scenario.model_reply_lint import check_model_replies, wrong_move  # noqa: E402
from roleplay.scoring import PRODUCT_SCORER, get_scorer  # noqa: E402

CODE = "RP428"


def _scenario_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if not p.name.endswith(".tests.yaml"))


def _findings(scenario: Scenario, matcher: IntentMatcher) -> list[str]:
    out: list[str] = []
    check_model_replies(scenario, matcher, lambda code, message, *_a, **_k: out.append(message))
    return out


def _planted() -> tuple[int, int, int, int]:
    caught = wrong = noise = good = 0
    scorer = get_scorer(PRODUCT_SCORER)
    for path in _scenario_files(ROOT / "scenarios"):
        cases_file = HERE / "library_intents" / path.name
        if not cases_file.exists():
            continue
        loaded = load_file(path)
        scenario, compiled = loaded.scenario, compile_scenario(loaded)
        cases = yaml.safe_load(cases_file.read_text(encoding="utf-8"))["cases"]
        specs = [
            IntentSpec(n, tuple(i.examples), tuple(i.not_)) for n, i in scenario.intents.items()
        ]
        matcher = IntentMatcher(specs)
        for name, state in scenario.states.items():
            if state.end is not None or not state.intents_read:
                continue
            for group in cases.values():
                for reply in group.get("paraphrases", []):
                    states = dict(scenario.states)
                    states[name] = dataclasses.replace(state, model_reply=reply)
                    alone = dataclasses.replace(scenario, states=states)
                    flagged = any(
                        f"model reply of '{name}'" in m for m in _findings(alone, matcher)
                    )
                    index = route_from(compiled, name, reply, scorer)
                    if index is not None and wrong_move(scenario, state.transitions[index]):
                        wrong += 1
                        caught += flagged
                    else:
                        good += 1
                        noise += flagged
    return caught, wrong, noise, good


def main() -> None:
    shipped = _scenario_files(ROOT / "scenarios")
    flagged = 0
    for path in shipped:
        found = [d for d in lint(load_file(path)) if d.code == CODE]
        flagged += bool(found)
        for d in found:
            print(f"  {path.name}: {d.format()}")
    print(f"shipped library: {flagged} of {len(shipped)} scenarios flagged")
    blind = [p for d in sorted(HERE.glob("intent_blind*/scenarios")) for p in _scenario_files(d)]
    flagged = sum(any(d.code == CODE for d in lint(load_file(p))) for p in blind)
    print(f"docs-only blind scenarios: {flagged} of {len(blind)} flagged (count only)")
    caught, wrong, noise, good = _planted()
    print(f"planted model replies the engine routes to a wrong move, flagged: {caught} of {wrong}")
    print(f"planted model replies the engine routes elsewhere, flagged: {noise} of {good}")


if __name__ == "__main__":
    main()
