"""Run as a separate process by test_concurrency: plays sessions against the shared database.

Usage: python -m tests.storage.concurrent_writer WORKER_NO SESSIONS
Prints one line: the number of turns it saved.
"""

from __future__ import annotations

import sys

from roleplay.storage import SessionRecorder, SessionStore

from .helpers import GOOD_REPLIES, new_session


def main(worker: int, sessions: int) -> int:
    saved = 0
    with SessionStore.open() as store:
        for n in range(sessions):
            recorder = SessionRecorder(
                store, learner=f"worker{worker}", workshop_id="race", participant=f"p{worker}"
            )
            session = new_session(seed=worker * 1000 + n, observers=[recorder])
            for text in GOOD_REPLIES * 2:
                if session.ended:
                    break
                session.reply(text)
                saved += 1
            session.abandon()  # no-op when it reached an ending
            problem = session.retry_saves()
            if problem is not None:
                raise problem.as_error()
    print(saved, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(int(sys.argv[1]), int(sys.argv[2])))
