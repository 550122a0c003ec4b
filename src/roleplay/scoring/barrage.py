"""Rule 351 (docs/scoring.md): a volley of questions interrogates, whatever each one asks.

"When did you send it? How? Did you keep a copy? Did you get a reference? Why didn't you chase
it? Why are you in arrears? Who's your landlord? Why now?" to someone facing eviction scored
listening 88, above a plain decent reply: each question earned its own credit (an open question,
a question about their needs, their words followed up), and diminishing returns per act did not
stop questions of different kinds from adding up. Asked all at once, with nothing said back,
questions are an interrogation (or an intake form), not listening: the person answering has to
do all the work and hears nothing of theirs taken up.

A reply is a volley when it asks at least `VOLLEY_QUESTIONS` questions (said once) and says
at most one thing that is not a question; then no dimension ends above `VOLLEY_CAP`, the middle
of the scale less a little: a reply that asks everything and answers nothing is no better than
one that says nothing. Not: two or three questions with a statement ("Which two weekends could
someone else cover? I'll raise it with the lead today."), four questions of an intake, a long
reply that asks five questions among as many statements of its own.
"""

from __future__ import annotations

from roleplay.scoring.sentences import Sentence

VOLLEY_QUESTIONS = 5
VOLLEY_STATEMENTS = 1  # ... with at most this many sentences that are not questions
VOLLEY_CAP = 40
VOLLEY_WHY = "a volley of questions with nothing said back"


def volley(sentences: list[Sentence]) -> Sentence | None:
    """The first question of a volley of questions, or None (rule 351)."""
    said = [s for s in sentences if not s.repeat]
    questions = [s for s in said if s.text.rstrip().endswith("?")]
    if len(questions) < VOLLEY_QUESTIONS or len(said) - len(questions) > VOLLEY_STATEMENTS:
        return None
    return questions[0]
