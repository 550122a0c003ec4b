"""Issue 17: join-code guessing is limited per address across reconnects (with a back-off),
and a chosen join code has at least six letters or digits."""

from __future__ import annotations

import subprocess

import aiohttp
import pytest

from roleplay.errors import RoleplayError
from roleplay.serve import plan_bind
from roleplay.serve.join_throttle import FIRST_LOCK_S, FREE_TRIES, LONGEST_LOCK_S, JoinThrottle

from .fake_clock import Clock
from .serving import roleplay_cmd, start_serve, stop
from .ws_browser import WsBrowser, kill_leftovers


def test_back_off_doubles_per_wrong_code_and_a_right_code_clears_it() -> None:
    clock = Clock()
    throttle = JoinThrottle(clock)
    for _ in range(FREE_TRIES):
        assert throttle.failed("10.0.0.7") == 0  # typos cost nothing
    locks = [throttle.failed("10.0.0.7")]
    for _ in range(12):
        clock.now += locks[-1]  # wait out each lock, then guess again
        assert throttle.retry_after("10.0.0.7") == 0
        locks.append(throttle.failed("10.0.0.7"))
    assert locks[:3] == [FIRST_LOCK_S, 2 * FIRST_LOCK_S, 4 * FIRST_LOCK_S]
    assert max(locks) == LONGEST_LOCK_S and locks == sorted(locks)
    assert throttle.retry_after("10.0.0.8") == 0  # other addresses are not affected
    throttle.succeeded("10.0.0.7")
    assert throttle.retry_after("10.0.0.7") == 0


def test_throttle_remembers_a_bounded_number_of_addresses() -> None:
    from roleplay.serve import join_throttle

    throttle = JoinThrottle(Clock())
    for i in range(join_throttle.MAX_TRACKED + 50):
        throttle.failed(f"10.1.{i // 256}.{i % 256}")
    assert len(throttle._peers) <= join_throttle.MAX_TRACKED


@pytest.mark.parametrize("code", ["ABCD", "AB-CD-E", "12 34 5"])
def test_short_join_codes_are_refused(code: str) -> None:
    with pytest.raises(RoleplayError) as err:
        plan_bind(None, 8000, join_code=code)
    assert err.value.code == "RP804" and err.value.exit_code == 2
    assert plan_bind(None, 8000, join_code="AB-CD-EF").join_code == "ABCDEF"


def test_cli_short_join_code_one_line_exit_2() -> None:
    done = subprocess.run(
        roleplay_cmd("serve", "--join-code", "ABCD", "--port", "1"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "RP804" in lines[0] and "at least 6" in lines[0]


async def test_guessing_is_locked_out_across_reconnects_on_a_real_host() -> None:
    serve, port = start_serve(
        "--workshop", "code-room", "--scenario", "budget_pushback", "--join-code", "RPT234"
    )
    guesser = WsBrowser(port)
    try:
        await guesser.open()
        await guesser.wait_for("Join the workshop")
        await guesser.type("Eve\t")  # the name, then on to the join code box
        for attempt in range(FREE_TRIES + 1):
            await guesser.type(f"WRONG{attempt}\r")
            if attempt < FREE_TRIES:
                await guesser.wait_for(f"({4 - attempt} tries left)")
        assert await guesser.wait_closed() == 1008  # the host ended this connection
        await guesser.close()

        async with aiohttp.ClientSession() as session:  # reconnecting does not help
            with pytest.raises(aiohttp.WSServerHandshakeError) as locked:
                await session.ws_connect(f"http://127.0.0.1:{port}/ws")
            assert locked.value.status == 429
            async with session.get(f"http://127.0.0.1:{port}/") as page:
                assert page.status == 429 and int(page.headers["Retry-After"]) > 0
                assert "Too many wrong join codes" in await page.text()
    finally:
        await guesser.close()
        kill_leftovers(serve.pid)
        log = stop(serve)
        print(log)
    assert "locked" in log
