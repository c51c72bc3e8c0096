"""The fetch loop's race between delivering a message and a suspended flow (streams.delivery): the same
outcomes as Faust's `wait_first`, without tasks when the delivery completes at once."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from streams.delivery import EagerConsumer, EagerDelivery, FlowSuspended, FlowWait, finish


class Racer(EagerDelivery):
    """A mode service racing deliveries against its own `suspend_flow`, as the consumer does."""

    def __init__(self) -> None:
        super().__init__()
        self.suspend_flow = FlowSuspended()

    async def deliver(self, callback: Coroutine[Any, Any, Any]) -> Any:
        return await self.wait_first(callback, self.suspend_flow.wait())


@contextmanager
def counted_tasks() -> Iterator[list[int]]:
    loop = asyncio.get_running_loop()
    made = [0]

    def factory(loop: asyncio.AbstractEventLoop, coro: Any, **kwargs: Any) -> asyncio.Task[Any]:
        made[0] += 1
        return asyncio.Task(coro, loop=loop, **kwargs)

    loop.set_task_factory(factory)  # type: ignore[arg-type]
    try:
        yield made
    finally:
        loop.set_task_factory(None)


async def test_a_delivery_that_completes_at_once_runs_in_place_without_tasks() -> None:
    racer, seen = Racer(), []

    async def callback(message: str) -> str:
        seen.append(message)
        return message.upper()

    with counted_tasks() as made:
        results = await racer.deliver(callback("m1"))
    assert seen == ["m1"]
    assert results.done and results.results == ["M1"] and not results.stopped
    assert made[0] == 0


async def test_a_delivery_that_waits_for_room_in_a_full_queue_finishes_once_there_is_room() -> None:
    racer, queue = Racer(), asyncio.Queue[str](maxsize=1)
    queue.put_nowait("earlier")

    async def make_room() -> None:
        await asyncio.sleep(0.01)
        assert queue.get_nowait() == "earlier"

    room = asyncio.ensure_future(make_room())
    results = await racer.deliver(queue.put("m2"))
    await room
    assert queue.get_nowait() == "m2"
    assert not results.stopped


async def test_a_delivery_resumes_through_several_waits_and_returns_its_result() -> None:
    racer, steps = Racer(), []
    later = asyncio.get_running_loop().create_future()

    async def callback() -> int:
        steps.append("start")
        await asyncio.sleep(0)  # a bare yield to the loop
        steps.append("after a turn")
        value: int = await later
        steps.append("after the future")
        return value * 2

    asyncio.get_running_loop().call_later(0.01, later.set_result, 21)
    results = await racer.deliver(callback())
    assert steps == ["start", "after a turn", "after the future"]
    assert results.results == [42]


async def test_a_suspended_flow_abandons_a_waiting_delivery_as_faust_does() -> None:
    racer, outcome = Racer(), []
    never = asyncio.get_running_loop().create_future()

    async def callback() -> None:
        try:
            await never
        except asyncio.CancelledError:
            outcome.append("cancelled")
            raise

    asyncio.get_running_loop().call_later(0.01, racer.suspend_flow.set)
    results = await racer.deliver(callback())
    await asyncio.sleep(0)  # the abandoned delivery's cancellation runs
    assert outcome == ["cancelled"]
    assert never.cancelled()
    assert [type(d) for d in results.done] == [FlowWait] and results.results == [True]  # the flow won


async def test_while_the_flow_is_suspended_deliveries_go_through_faust_unchanged() -> None:
    racer = Racer()
    racer.suspend_flow.set()
    ran = []

    async def callback() -> None:
        ran.append(True)

    with counted_tasks() as made:
        await racer.deliver(callback())
    assert made[0] > 0  # mode's wait_first made its tasks


async def test_an_error_in_a_delivery_reaches_the_fetch_loop_whether_it_waited_or_not() -> None:
    racer = Racer()

    async def at_once() -> None:
        raise ValueError("bad message")

    async def after_a_wait() -> None:
        await asyncio.sleep(0.001)
        raise KeyError("bad later")

    with pytest.raises(ValueError, match="bad message"):
        await racer.deliver(at_once())
    with pytest.raises(KeyError, match="bad later"):
        await racer.deliver(after_a_wait())


async def test_other_races_go_to_mode() -> None:
    racer = Racer()
    event = asyncio.Event()

    async def soon() -> str:
        await asyncio.sleep(0.001)
        return "soon"

    results = await racer.wait_first(soon(), event.wait(), timeout=5)
    assert results.results == ["soon"]


async def test_finish_passes_a_cancellation_of_its_task_into_the_coroutine() -> None:
    started, outcome = asyncio.Event(), []

    async def waits() -> None:
        started.set()
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            outcome.append("cancelled inside")
            raise

    coro = waits()
    blocked_on = coro.send(None)  # as the eager path does: it suspends at once
    task = asyncio.ensure_future(finish(coro, blocked_on))
    await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert started.is_set() and outcome == ["cancelled inside"]


def test_the_worker_consumes_through_the_eager_consumer() -> None:
    from streams.app import app

    assert isinstance(app.consumer, EagerConsumer)
    assert isinstance(app.consumer.suspend_flow, FlowSuspended)
