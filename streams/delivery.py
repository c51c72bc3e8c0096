"""How the worker's consumer hands each fetched message to the agents: at once, without four tasks.

Faust's fetch loop delivers every message with `wait_first(callback(message), suspend_flow.wait())`:
the callback (the conductor putting the event into the agents' queues) races the flow being suspended
for a rebalance. mode's `wait_first` makes a task of each of the two and of the consumer's `stopped`
and `crashed` events, and waits on all four: about 50 µs per message on our machines (20,000 such
races of a callback that returns at once: 53 µs each, against 0.1 µs for awaiting the callback), for a
callback that nearly always completes without waiting for anything (the queues have room; it waits only
under back-pressure, or for a lock while topics are resubscribed).

`EagerConsumer` starts the callback in place. When it completes without suspending, it has won the
race before the flow could be suspended (checked first), and no task is made. When it suspends, the
rest of it runs under Faust's own `wait_first`, as before: a suspended flow still abandons it
(cancels it), exactly as Faust does. Which messages are delivered, in which order, is unchanged; only
the tasks for the common case are gone.

The race is recognised by its second argument, the `suspend_flow.wait()` of this consumer, which
`FlowSuspended` makes a distinct awaitable (`FlowWait`); any other `wait_first` call goes to mode.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Generator
from typing import Any

from faust.transport.drivers.aiokafka import Consumer as AIOKafkaConsumer
from mode.services import Service, WaitArgT, WaitResults
from mode.utils.times import Seconds


class FlowWait:
    """`await flow.wait()` for a `FlowSuspended` event: a plain awaitable, so the eager path can drop it
    unawaited (a coroutine object would have to be closed) and `wait_first` can tell it apart."""

    __slots__ = ("event",)

    def __init__(self, event: FlowSuspended) -> None:
        self.event = event

    def __await__(self) -> Generator[Any, None, bool]:
        return asyncio.Event.wait(self.event).__await__()


class FlowSuspended(asyncio.Event):
    """The consumer's `suspend_flow` event, whose `wait()` is a `FlowWait`."""

    def wait(self) -> FlowWait:  # type: ignore[override]  # an awaitable of the same result
        return FlowWait(self)


async def finish(coro: Coroutine[Any, Any, Any], blocked_on: object) -> Any:
    """Run `coro` on from where it suspended, yielding `blocked_on`, as the task running it would have:
    wait for that future (or give the loop one turn for a bare `yield`), then resume the coroutine with
    the outcome (`send(None)`, or `throw` the exception, cancellation included), until it returns."""
    while True:
        try:
            if blocked_on is None:
                await asyncio.sleep(0)
            elif asyncio.isfuture(blocked_on):
                # The coroutine's `await` marked the future as yielded up to a task (which would unmark
                # it and wait); awaiting it again here asks for the same wait.
                blocked_on._asyncio_future_blocking = False
                await blocked_on
            else:
                raise RuntimeError(f"a coroutine yielded {blocked_on!r}, which is no future")
        except BaseException as exc:  # the future's outcome or this task's cancellation: the coroutine's
            try:
                blocked_on = coro.throw(exc)
            except StopIteration as stop:
                return stop.value
            continue
        try:
            blocked_on = coro.send(None)
        except StopIteration as stop:
            return stop.value


class EagerDelivery(Service):
    """`wait_first` that starts the callback of the fetch loop's race in place (see the module's doc).
    A mix-in for a mode Service with a `FlowSuspended` `suspend_flow`."""

    suspend_flow: asyncio.Event

    async def wait_first(self, *coros: WaitArgT, timeout: Seconds | None = None) -> WaitResults:
        if (
            len(coros) == 2
            and timeout is None
            and isinstance(coros[1], FlowWait)
            and coros[1].event is self.suspend_flow
            and isinstance(coros[0], Coroutine)
            and not self.suspend_flow.is_set()
            and not self._stopped.is_set()
            and not self._crashed.is_set()
        ):
            callback = coros[0]
            try:
                blocked_on = callback.send(None)
            except StopIteration as done:
                return WaitResults([callback], [done.value], False)
            return await super().wait_first(finish(callback, blocked_on), coros[1])
        if timeout is None:
            return await super().wait_first(*coros)
        return await super().wait_first(*coros, timeout=timeout)


class EagerConsumer(EagerDelivery, AIOKafkaConsumer):
    """Faust's aiokafka consumer, delivering fetched messages eagerly (`EagerDelivery`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.suspend_flow = FlowSuspended()
