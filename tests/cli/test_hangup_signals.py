"""The signal helpers both front ends share (`roleplay/hangup.py`): SIGTERM and SIGHUP taken
only where they still have their default action, put back after, named on arrival."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from typing import Any

import pytest

from roleplay import hangup
from roleplay.hangup import CLOSE_SIGNALS, put_back, signal_name, take_close_signals

_NUMBERS = [getattr(signal, name) for name in CLOSE_SIGNALS if hasattr(signal, name)]


@pytest.fixture
def _at_default() -> Iterator[None]:
    """Both signals at their default action for the test, and as they were after it."""
    before = {number: signal.getsignal(number) for number in _NUMBERS}
    for number in _NUMBERS:
        signal.signal(number, signal.SIG_DFL)
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


def _handler(number: int, frame: Any) -> None:
    """A handler the tests install (never run)."""


@pytest.mark.usefixtures("_at_default")
def test_signals_at_their_default_are_taken_and_put_back() -> None:
    replaced = take_close_signals(_handler)
    assert sorted(replaced) == sorted(_NUMBERS)
    assert all(before is signal.SIG_DFL for before in replaced.values())
    assert all(signal.getsignal(number) is _handler for number in _NUMBERS)
    put_back(replaced)
    assert all(signal.getsignal(number) is signal.SIG_DFL for number in _NUMBERS)


@pytest.mark.usefixtures("_at_default")
def test_a_handler_installed_before_is_left_alone() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # as nohup leaves SIGHUP, say
    replaced = take_close_signals(_handler)
    assert signal.SIGTERM not in replaced
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN
    put_back(replaced)
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_IGN


@pytest.mark.usefixtures("_at_default")
def test_off_the_main_thread_nothing_is_taken_or_put_back() -> None:
    seen: dict[str, object] = {}

    def worker() -> None:
        seen["taken"] = take_close_signals(_handler)
        put_back({signal.SIGTERM: signal.SIG_IGN})  # would raise ValueError if it tried
        seen["put back"] = True

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert seen == {"taken": {}, "put back": True}
    assert all(signal.getsignal(number) is signal.SIG_DFL for number in _NUMBERS)


def test_a_signal_is_named_and_a_hang_up_first_lets_go_of_the_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gone: list[bool] = []
    monkeypatch.setattr(hangup, "terminal_gone", lambda: gone.append(True))
    assert signal_name(signal.SIGTERM) == "SIGTERM"
    assert gone == []
    if hasattr(signal, "SIGHUP"):
        assert signal_name(signal.SIGHUP) == "SIGHUP"
        assert gone == [True]
