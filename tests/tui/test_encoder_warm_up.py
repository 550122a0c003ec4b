"""The TUI paints the picker first and only then starts loading the sentence encoder."""

from __future__ import annotations

import pytest

import roleplay.nlp
from roleplay.tui.screens.picker import PickerScreen

from .helpers import make_app, wait_until


async def test_encoder_warm_up_starts_after_the_picker_is_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screens_at_call: list[str] = []

    def record() -> None:
        screens_at_call.append(type(app.screen).__name__)

    monkeypatch.setattr(roleplay.nlp, "warm_up_in_background", record)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until(pilot, lambda: bool(screens_at_call), "the encoder warm-up being started")
    assert screens_at_call == [PickerScreen.__name__]
