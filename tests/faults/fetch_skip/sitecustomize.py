"""Forces, in a worker process, a fetch that moves past one message without delivering it (guards 7 and 8,
streams/offsets.py).

A fault scenario starts a worker with this directory on PYTHONPATH; Python imports `sitecustomize` at start,
before the worker imports the app and installs the guards (which then wrap this `getmany`). The first time a
`stories` partition's offset `FETCH_SKIP_OFFSET` (default 2) is fetched, it is not handed on: the consumer's
position has moved past it, as when Faust throws away a record it fetched (a partition paused between the
fetch and the delivery, a batch fetched before a seek). The next delivered offset of that partition lies two
past the last one. Faust takes that for a gap in the log and counts the skipped message as acknowledged, so
the group commits over it and its alert is never sent (at offset 1 Faust's gap check does not run, the last
offset read being 0, and guard 2 holds the commit). With guard 7 the jump holds the commit at the skipped
offset, and guard 8 reads the partition again from there.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

from faust.transport.consumer import Consumer

SKIPPED_OFFSET = int(os.environ.get("FETCH_SKIP_OFFSET", "2"))
_getmany = Consumer.getmany
_skipped: list[tuple[str, int]] = []


async def getmany_skipping_once(self: Any, timeout: float) -> AsyncIterator[tuple[Any, Any]]:
    async for tp, message in _getmany(self, timeout):
        if not _skipped and tp.topic.endswith("enforcement.stories.v1") and message.offset == SKIPPED_OFFSET:
            _skipped.append((tp.topic, tp.partition))
            where = f"{tp.topic}[{tp.partition}]@{message.offset}"
            print(f"fetch_skip: {where} fetched and not delivered", flush=True)
            continue
        yield tp, message


Consumer.getmany = getmany_skipping_once  # type: ignore[method-assign]
