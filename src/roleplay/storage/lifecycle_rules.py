"""What finished, abandoned, unfinished, resumable and "last" mean, once (docs/storage.md,
"Which sessions count"). Every command asks these (in Python or, for queries, as SQL)."""

from __future__ import annotations

from roleplay.engine.rules import ENDINGS

# A session reached an ending of the scenario (engine.rules.reached_ending in Python).
FINISHED = ENDINGS
FINISHED_SQL = "outcome IN (" + ", ".join(f"'{o}'" for o in ENDINGS) + ")"
# Counts for the best score: an ending other than failure (engine.rules.counts_for_best).
BEST_SQL = "outcome IN (" + ", ".join(f"'{o}'" for o in ENDINGS if o != "failure") + ")"
# The learner ended it on purpose before an ending (TUI "End here"/F5, plain /end).
ABANDONED = "abandoned"
# At least one answered turn that was not taken back.
ANSWERED_SQL = "turn_count > 0"
# Passed: the success ending with overall >= the pass mark (engine.rules.passed in Python).
PASSED_SQL = "outcome = 'success' AND overall >= pass_score"
# Unfinished: no outcome yet (the program stopped: quit, end of input, closed, killed).
# Resumable: unfinished, answered, played solo (not in a workshop: a workshop participant
# picks up theirs on rejoining, WorkshopStore.unfinished_session).
RESUMABLE_SQL = "outcome IS NULL AND turn_count > 0 AND workshop_id IS NULL"
# "last" (`export last`, the stats' last score): the answered session with the latest activity.
LAST_ORDER_SQL = "ORDER BY updated_at DESC, id DESC"
