"""The fetcher's hand-over: in place when it need not wait, through Faust's wait_first when it must
(streams/fastpath.py)."""

from __future__ import annotations

import asyncio
import inspect

import mode
import pytest

from streams.fastpath import inline_handover


async def handed_over(value: str) -> str:
    return value


async def wait_for(event: asyncio.Event, value: str) -> str:
    await event.wait()
    return value


async def test_a_handover_that_need_not_wait_finishes_in_place_without_a_task() -> None:
    service = mode.Service()
    suspended = asyncio.Event()
    handover, suspension = handed_over("queued"), suspended.wait()
    tasks_before = len(asyncio.all_tasks())
    results = await inline_handover(service, handover, suspension)  # type: ignore[arg-type]
    assert results.results == ["queued"] and not results.stopped
    assert len(asyncio.all_tasks()) == tasks_before
    # The suspension was never needed: closed, not left to warn "never awaited".
    assert inspect.getcoroutinestate(suspension) == inspect.CORO_CLOSED


async def test_a_handover_that_must_wait_completes_when_its_wait_ends() -> None:
    service = mode.Service()
    room, suspended = asyncio.Event(), asyncio.Event()
    asyncio.get_running_loop().call_later(0.05, room.set)  # the stream takes an event: the buffer has room
    results = await inline_handover(service, wait_for(room, "queued"), suspended.wait())  # type: ignore[arg-type]
    assert results.results == ["queued"] and not results.stopped


async def test_a_suspension_still_interrupts_a_handover_that_waits() -> None:
    service = mode.Service()
    never, suspended = asyncio.Event(), asyncio.Event()
    handover = wait_for(never, "queued")
    asyncio.get_running_loop().call_later(0.05, suspended.set)  # a rebalance suspends the flow
    results = await asyncio.wait_for(inline_handover(service, handover, suspended.wait()), 5)  # type: ignore[arg-type]
    assert results.results == [True]  # the suspension won; the hand-over was cancelled
    await asyncio.sleep(0)
    assert inspect.getcoroutinestate(handover) == inspect.CORO_CLOSED


async def test_an_error_in_the_handover_propagates() -> None:
    async def broken() -> None:
        raise KeyError("no callback for this partition")

    suspended = asyncio.Event()
    suspension = suspended.wait()
    with pytest.raises(KeyError):
        await inline_handover(mode.Service(), broken(), suspension)  # type: ignore[arg-type]
    assert inspect.getcoroutinestate(suspension) == inspect.CORO_CLOSED


async def test_cli_main_installs_it_on_every_faust_consumer() -> None:
    from faust.transport.consumer import Consumer

    from streams.fastpath import install

    install()
    assert Consumer.wait_first is inline_handover
