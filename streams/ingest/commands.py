"""`streams feeds check [--probe]` and `streams feeds status`: thin commands over the library.

Exit codes: 0 healthy/valid, 1 invalid configuration or an unhealthy feed.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import click

from streams.changelog import read_table
from streams.clock import utcnow
from streams.config.feeds import check_feeds, load_feeds
from streams.ingest.fetch import make_client
from streams.ingest.health import feed_health, render_health_table
from streams.ingest.poller import poll_once
from streams.ingest.state import initial_state
from streams.records import FeedState


async def feeds_check(settings: Any, *, probe: bool = False) -> int:
    """Validate feeds.yaml offline; with `probe`, fetch every enabled feed once and print its health."""
    problems = check_feeds(settings.feeds_file)
    for problem in problems:
        click.echo(problem, err=True)
    if problems:
        return 1
    registry = load_feeds(settings.feeds_file)
    click.echo(f"{settings.feeds_file}: {len(registry)} feeds, {len(registry.enabled())} enabled: valid")
    if not probe:
        return 0
    now = utcnow()
    async with make_client(settings.user_agent) as client:
        feeds = registry.enabled()
        click.echo(f"probing {len(feeds)} feeds...", err=True)
        outcomes = await asyncio.gather(*(poll_once(client, f, initial_state(f), now=now) for f in feeds))
    rows = [feed_health(f, o.state, utcnow()) for f, o in zip(feeds, outcomes, strict=True)]
    click.echo(render_health_table(rows))
    for f, o in zip(feeds, outcomes, strict=True):
        click.echo(f"{f.id}: {len(o.items)} items" + (f", {o.error}" if o.error else ""))
    return 0 if all(r.ok for r in rows) else 1


async def feeds_status(
    settings: Any, changelog_topic: str, states: Mapping[str, FeedState] | None = None
) -> int:
    """Health of every configured feed from its poll state (the `feed-state` table, read from its
    changelog); non-zero when any enabled feed is unhealthy."""
    registry = load_feeds(settings.feeds_file)
    if states is None:
        states = await read_table(settings.kafka_bootstrap, changelog_topic, FeedState)
    now = utcnow()
    rows = [feed_health(f, states.get(f.id), now) for f in registry]
    click.echo(render_health_table(rows, now))
    return 0 if all(r.ok for r in rows) else 1
