"""The starter files written by ``roleplay new ID``: a commented scenario and its golden tests.

Both are plain text templates with the id filled in. They validate without warnings and the
tests pass with the default scorer (tests/authoring checks it), so a trainer starts from green.
"""

from __future__ import annotations

from .model import ID_PATTERN

STARTER_SCENARIO = """\
# yaml-language-server: $schema={schema}
# A roleplay scenario. `roleplay docs` prints the guide to the format: every field, intents
# and each diagnostic code. While you edit it:
#   check it                  roleplay validate {shown}
#   run its golden tests      roleplay test {shown}
#   draw it                   roleplay graph {shown}
#   play it, reload on save   roleplay dev {shown}
# The id is lower-case letters, digits and _, and the file is called after it.
id: {id}
title: Ask a colleague to take over a task
summary: You need Sam to take over the weekly report while you're on the migration.
difficulty: easy              # easy | medium | hard
learner:
  role: Analyst
  goal: Hand over the weekly report without Sam feeling dumped on.
counterpart:
  name: Sam
  role: Fellow analyst
  interests:                  # hidden from the learner until the debrief
    - Not be seen as the team's dumping ground.
    - Keep Thursday afternoons free for the forecasting course.
meters: {{trust: 50}}          # hidden counterpart state, 0-100; effects move it
pass_score: 55                # average overall score needed to pass
intents:                      # moves the learner may make, recognised by meaning, not keywords
  protect_thursday:
    label: you offered to keep Thursday afternoons free
    examples:                 # 8+ different ways a learner might say it (lint needs 3)
      - "What if the report moves so it never touches your Thursday afternoons?"
      - "Could we shift the report to Friday morning so your course stays protected?"
      - "I'll make sure the handover keeps Thursdays clear for your course."
      - "Your Thursday afternoons stay yours, the report can wait until Friday."
      - "Let's build the hand-over around your course, not the other way round."
      - "How about you send it Friday instead, so Thursday is free for the course?"
      - "I won't let the report eat into your course time."
      - "We can move the deadline off Thursday."
    not:                      # near-misses that must not count
      - "You'll have to fit the course around the report."
  order_it:
    label: you told Sam to just do it
    examples:
      - "Just do it, that's the way it is."
      - "You'll take over the report from Monday, end of discussion."
      - "It's not up for debate, you're doing it."
      - "I'm not asking, I'm telling you to take it on."
      - "The decision's made, the report is yours now."
      - "Stop complaining and take the report."
      - "You don't get a choice here, it's your job from next week."
      - "This isn't a request, Sam."
    not:
      - "I'm asking whether the report could work for you."
start: opening
states:
  opening:
    say: "You want me to take the weekly report? I'm already covering two of Lee's dashboards."
    key_points: ["weekly report", "two of Lee's dashboards"]   # what a good listener picks up
    emotion: overloaded                                         # what an empathic reply names
    hint: Acknowledge what Sam is already carrying before you ask for more.
    transitions:              # checked in order; the first whose `when` all hold is taken
      - when: {{said: order_it}}   # what was said decides, however it is worded
        to: stalemate
      - when: {{listening: ">= 55", empathy: ">= 40"}}
        to: sam_explains
        effects: {{trust: +15}}
      - when: {{overall: "< 30"}}
        to: stalemate
      - to: sam_pushes_back   # the last transition has no `when`: every reply goes somewhere
        effects: {{trust: -10}}

  sam_pushes_back:
    say: "Every time someone's busy, it lands on me. Why is it always me?"
    key_points: ["always me", "lands on me"]
    emotion: resentful
    hint: Don't argue. Ask what would make it fair.
    transitions:
      - when: {{empathy: ">= 45", collaboration: ">= 45"}}
        to: sam_explains
        effects: {{trust: +10}}
      - to: stalemate

  sam_explains:
    say:                      # variants: the first whose `when` holds, else a plain one
      - when: {{trust: ">= 65"}}
        text: "Thanks for asking. Honestly, the report is fine. I just can't lose Thursday afternoons; that's my course."
      - "Honestly, the report is fine. I just can't lose Thursday afternoons; that's my course."
    key_points: ["Thursday afternoons", "my course"]
    emotion: relieved
    hint: That's the real interest. Build the handover around it, together.
    transitions:
      - when: {{said: protect_thursday}}
        to: agreement
      - when: {{collaboration: ">= 50", trust: ">= 60"}}
        to: agreement
      - when: {{collaboration: ">= 50"}}
        to: sam_pushes_back
      - to: stalemate

  agreement:
    say: "If the report can go out Friday morning instead, I'll take it. Deal."
    end: success              # success | failure | neutral
    debrief: You found the interest (Thursday afternoons) and shaped the handover around it.

  stalemate:
    say: "I can't take it on. Ask someone else."
    end: failure
    debrief: Sam never felt heard, so the request stayed a burden rather than a shared problem.
"""

STARTER_TESTS = """\
# Golden transcripts for {id}.yaml: replies in, path and ending out.
# Run them with `roleplay test {shown}`.
scenario: {id}
cases:
  - name: strong replies reach agreement
    replies:
      - >-
        It sounds like you're stretched: two of Lee's dashboards on top of your own work, and
        now I'm asking about the weekly report. What would make this workable for you?
      - >-
        So Thursday afternoons are your course, and you need to keep them. What if we work on
        this together and move the report so it never touches Thursday? Could Friday morning
        work for you?
    path: [opening, sam_explains, agreement]
    ending: success
  - name: dismissive replies end in a stalemate
    replies:
      - Just do it. That's the way it is, it's not my problem.
    path: [opening, stalemate]
    ending: failure
  - name: ordering Sam to take it ends it, however politely
    replies:
      - text: I'm sorry, but you'll have to take over the report from Monday, and that's the end of it.
        said: [order_it]            # the intents this reply must match
        says: "Ask someone else"    # words Sam's next line must contain
    path: [opening, stalemate]
    ending: failure
"""


def starter_scenario(scenario_id: str, schema_ref: str, shown: str | None = None) -> str:
    """The starter scenario; ``shown`` is the file's path as the trainer will type it (as given
    to ``roleplay new``), used in the commands of its header (default: ``ID.yaml``)."""
    _check_id(scenario_id)
    return STARTER_SCENARIO.format(
        id=scenario_id, schema=schema_ref, shown=shown or f"{scenario_id}.yaml"
    )


def starter_tests(scenario_id: str, shown: str | None = None) -> str:
    _check_id(scenario_id)
    return STARTER_TESTS.format(id=scenario_id, shown=shown or f"{scenario_id}.yaml")


def _check_id(scenario_id: str) -> None:
    import re

    if not re.fullmatch(ID_PATTERN, scenario_id) or len(scenario_id) > 64:
        raise ValueError(scenario_id)
