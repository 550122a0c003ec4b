"""The per-connection input meter (issue 14): events and bytes, tighter before joining."""

from __future__ import annotations

from roleplay.serve.input_budget import AFTER_JOINING, BEFORE_JOINING, InputBudget, input_events

from .fake_clock import Clock


def test_counting_events() -> None:
    assert input_events("Ann") == 3
    assert input_events("\r\t") == 2
    assert input_events("\x1b[<35;10;5M\x1b[<35;11;5M") == 2  # two mouse reports
    assert input_events("\x1b[A\x1bOP\x1b") == 3  # arrow up, F1, a lone escape
    assert input_events("\x1b[200~" + "x" * 5000 + "\x1b[201~") == 1  # one paste
    assert input_events("\x1b[200~unterminated" + "y" * 10) == 1


def test_people_pass_and_floods_do_not() -> None:
    clock = Clock()
    budget = InputBudget(clock=clock)
    for _ in range(600):  # a name typed, mouse moved: 30 events a second for 20 s
        clock.now += 1 / 30
        assert budget.take(30, 1)
    assert not budget.take(BEFORE_JOINING.largest_message + 1, 1)  # one huge message
    assert "byte message before joining" in (budget.refused or "")
    flood = InputBudget(clock=clock)
    taken = 0
    while flood.take(1000, 1000) and taken < 100:  # 1000 keys per message, no pause
        taken += 1
    assert taken < 1 + BEFORE_JOINING.events_burst // 1000
    assert "input events/s before joining" in (flood.refused or "")


def test_joining_allows_a_pasted_reply() -> None:
    clock = Clock()
    budget = InputBudget(clock=clock)
    paste = 400_000
    assert not budget.take(paste, 1)
    budget = InputBudget(clock=clock)
    budget.mark_joined()
    assert budget.take(paste, 1)
    assert not budget.take(AFTER_JOINING.largest_message + 1, 1)


def test_sustained_rate_refills() -> None:
    clock = Clock()
    budget = InputBudget(clock=clock)
    assert budget.take(100, BEFORE_JOINING.events_burst)
    assert not budget.take(10, 1)
    clock.now += 1.0
    assert budget.take(10, BEFORE_JOINING.events_per_second)


def test_terminal_sizes_are_clamped_and_junk_ignored() -> None:
    from roleplay.serve.socket_pump import terminal_size

    assert terminal_size({"width": "100000", "height": "-5"}) == (400, 8)
    assert terminal_size({"width": "1e9", "height": ""}) == (80, 24)
    assert terminal_size({}) == (80, 24)
