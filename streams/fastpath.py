"""Faust's per-message hand-over from the fetcher to the streams, without four tasks per message.

Faust's fetcher hands every fetched message to its topic with
`await consumer.wait_first(callback(message), consumer.suspend_flow.wait())`: so that a rebalance can
interrupt a hand-over stuck on a full stream buffer, each message starts four tasks (the callback, the
suspension, the consumer's stopped and crashed events) and an `asyncio.wait`. A pipeline worker hands
over two to three messages per raw item, and py-spy put this at 6% of a worker's CPU.

Almost always the callback finishes without waiting: the flow runs, the producer buffer has room, and
it puts the event on a queue that is not full. `inline_handover` runs the callback's first step at once;
when it finishes there, nothing could have interrupted it and no task is needed. When it has to wait (a
full buffer, a suspended flow), the rest of it goes through Faust's own `wait_first` exactly as before,
so a rebalance still interrupts it. `install()` applies it to every Faust consumer of the process;
`streams.cli.main()` calls it for every command, with the offset guards (`streams.offsets`).
"""

from __future__ import annotations

import inspect
from collections.abc import Coroutine, Generator
from typing import Any

from faust.transport.consumer import Consumer
from mode.services import WaitResults

_original_wait_first = Consumer.wait_first


class _Resumed:
    """Awaits the rest of a coroutine that already ran up to its first suspension (it yielded `pending`)."""

    def __init__(self, coro: Coroutine[Any, Any, Any], pending: Any) -> None:
        self.coro, self.pending = coro, pending

    def __await__(self) -> Generator[Any, Any, Any]:
        coro, pending = self.coro, self.pending
        while True:
            try:
                sent = yield pending
            except GeneratorExit:
                coro.close()
                raise
            except BaseException as exc:  # cancellation or an error thrown in: the coroutine handles it
                try:
                    pending = coro.throw(exc)
                except StopIteration as done:
                    return done.value
                continue
            try:
                pending = coro.send(sent)
            except StopIteration as done:
                return done.value


async def _rest(coro: Coroutine[Any, Any, Any], pending: Any) -> Any:
    return await _Resumed(coro, pending)


async def inline_handover(self: Consumer, *coros: Any, timeout: Any = None) -> WaitResults:
    """`Consumer.wait_first` that finishes a hand-over in place when it does not have to wait."""
    if len(coros) != 2 or timeout is not None or not all(inspect.iscoroutine(c) for c in coros):
        return await _original_wait_first(self, *coros, timeout=timeout)
    handover, suspended = coros
    try:
        pending = handover.send(None)
    except StopIteration as done:  # handed over without waiting
        suspended.close()
        return WaitResults([handover], [done.value], False)
    except BaseException:
        suspended.close()
        raise
    return await _original_wait_first(self, _rest(handover, pending), suspended)


def install() -> None:
    Consumer.wait_first = inline_handover  # type: ignore[method-assign,assignment]
