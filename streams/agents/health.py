"""`GET /feeds/` on each worker's web port: the health of the feeds whose poll state this worker owns.

The figures are those of `streams feeds status` (which reads every feed's state from the changelog);
this view is for monitoring systems that scrape each worker. HTTP 503 when one of its feeds is unhealthy.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from streams.app import app, feed_state
from streams.clock import utcnow
from streams.ingest.health import feed_health
from streams.runtime import feed_registry


@app.page("/feeds/")
async def feeds_health(web: Any, request: Any) -> Any:
    now = utcnow()
    rows = [
        dataclasses.asdict(feed_health(feed, state, now))
        for feed in feed_registry()
        if (state := feed_state.get(feed.id)) is not None  # partitions of other workers are theirs to report
    ]
    ok = all(row["ok"] for row in rows)
    return web.json({"ok": ok, "feeds": rows}, status=200 if ok else 503)
