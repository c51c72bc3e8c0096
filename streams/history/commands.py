"""`streams tail`, `replay`, `reprocess` and `diff`: thin commands over the history library.

Imported by `streams.cli.main()` so the commands register on the app. `tail` and `replay` read
`<STREAMS_TOPIC_PREFIX>enforcement.events.v1` on STREAMS_KAFKA_BOOTSTRAP and never write to Kafka;
`reprocess` reads raw-items and writes only a classifier version's own topics; `diff` only reads.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
from faust.cli import AppCommand, argument, option

from streams.app import app, settings
from streams.errors import StreamsError
from streams.history.bounds import Window
from streams.history.diff import diff as compare
from streams.history.diff import render as render_diff
from streams.history.diff import to_json as diff_json
from streams.history.options import (
    FILTER_OPTIONS,
    events_topic,
    fail,
    filters_from,
    offsets_option,
    time_option,
    warner,
)
from streams.history.replay import replay as run_replay
from streams.history.sides import read_side
from streams.history.tail import render_line
from streams.history.tail import tail as run_tail
from streams.history.writers import FORMATS, Output, format_for, open_writer


@app.command(
    *FILTER_OPTIONS,
    option("--since", default=None, help="start at this time (ISO 8601, or 2h / 7d ago) instead of now"),
    option("--json", "as_json", is_flag=True, help="print each message as one JSON line"),
)
async def tail(self: AppCommand, since: str | None, as_json: bool, **kw: Any) -> None:
    """Follow new events live (enforcement.events.v1), filtered like a subscription, until Ctrl-C."""
    try:
        filters = filters_from(kw)
    except StreamsError as exc:
        fail(str(exc))
    since_ms = time_option(since, datetime.now(UTC))

    def emit(out: Output) -> None:
        if as_json:
            click.echo(out.value.decode("utf-8", "replace").strip())
        else:
            click.echo(render_line(out.doc))

    try:
        await run_tail(
            settings.kafka_bootstrap, events_topic(), filters, emit, since_ms=since_ms, on_malformed=warner()
        )
    except StreamsError as exc:
        fail(str(exc))
    except asyncio.CancelledError:  # Ctrl-C stops the command's worker, which cancels us: a normal end
        pass


@app.command(
    *FILTER_OPTIONS,
    option("--since", default=None, help="from this time, included (ISO 8601, or 2h / 7d ago)"),
    option("--until", default=None, help="to this time, excluded (ISO 8601, or 2h / 7d ago)"),
    option("--from-offset", default=None, help="first offset read: N, or P:N[,P:N...] per partition"),
    option("--to-offset", default=None, help="offset where reading stops (excluded): N or P:N[,P:N...]"),
    option("--raw", is_flag=True, help="every message as it is, instead of each event's final state"),
    option(
        "--format",
        "fmt",
        type=click.Choice(FORMATS),
        default=None,
        help="jsonl (default), csv or parquet; guessed from --output's suffix",
    ),
    option(
        "--output",
        "-o",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="file to write (default: stdout)",
    ),
    option("--quiet", "-q", is_flag=True, help="no progress and no summary on stderr"),
)
async def replay(
    self: AppCommand,
    since: str | None,
    until: str | None,
    from_offset: str | None,
    to_offset: str | None,
    raw: bool,
    fmt: str | None,
    output: Path | None,
    quiet: bool,
    **kw: Any,
) -> None:
    """Write the events of a time or offset window (folded to their final state unless --raw)."""
    now = datetime.now(UTC)
    window = Window(
        time_option(since, now),
        time_option(until, now),
        offsets_option(from_offset),
        offsets_option(to_offset),
    )
    try:
        filters = filters_from(kw)
        writer = open_writer(format_for(fmt, output), output, raw=raw)
    except StreamsError as exc:
        fail(str(exc))
    progress = sys.stderr if sys.stderr.isatty() and not quiet else None
    try:
        stats = await run_replay(
            settings.kafka_bootstrap,
            events_topic(),
            window,
            filters,
            writer,
            raw=raw,
            progress=progress,
            on_malformed=warner(),
        )
    except StreamsError as exc:
        fail(str(exc))
    finally:
        writer.close()
    if not quiet:
        what = "messages" if raw else "events"
        click.echo(
            f"wrote {stats.written} {what} to {output or 'stdout'} "
            f"({stats.in_window} messages in the window, {stats.filtered_out} filtered out, "
            f"{stats.malformed} malformed)",
            err=True,
        )
    if stats.incomplete:
        fail(f"partitions {stats.incomplete} went quiet before their end offset: the output is incomplete")


@app.command(
    option(
        "--version",
        "version",
        default=None,
        help="names the topics written: enforcement.reprocess.<version>.* (default: the rules' own version)",
    ),
    option("--since", default=None, help="raw items from this time, included (ISO 8601, or 2h / 7d ago)"),
    option("--until", default=None, help="raw items to this time, excluded (ISO 8601, or 2h / 7d ago)"),
    option("--replace", is_flag=True, help="delete and recreate this version's topics if they hold data"),
    option("--dry-run", is_flag=True, help="read, classify and deduplicate, but write nothing"),
    option("--quiet", "-q", is_flag=True, help="no progress and no summary on stderr"),
)
async def reprocess(
    self: AppCommand,
    version: str | None,
    since: str | None,
    until: str | None,
    replace: bool,
    dry_run: bool,
    quiet: bool,
) -> None:
    """Re-run classification and deduplication over raw-items into a version's own topics (never alerts)."""
    # Imported here: the classifier's rules take a while to load, and tail and replay never need them.
    from streams.history.classifier import Classifier
    from streams.history.reprocess import reprocess as run_reprocess

    classifier = Classifier() if version is None else Classifier(version=version)
    now = datetime.now(UTC)
    window = Window(time_option(since, now), time_option(until, now))
    progress = sys.stderr if sys.stderr.isatty() and not quiet else None
    try:
        stats = await run_reprocess(
            settings.kafka_bootstrap,
            settings.topic_prefix,
            classifier,
            window=window,
            partitions=settings.partitions,
            replace=replace,
            dry_run=dry_run,
            progress=progress,
            on_malformed=warner(),
        )
    except StreamsError as exc:
        fail(str(exc))
    if not quiet:
        where = "nothing written (--dry-run)" if dry_run else "wrote " + ", ".join(stats.topics.values())
        click.echo(f"reprocessed as {classifier.version}: {stats.summary()}; {where}", err=True)


@app.command(
    argument("version_a"),
    argument("version_b"),
    option("--json", "as_json", is_flag=True, help="one JSON object instead of the text report"),
    option("--exit-code", is_flag=True, help="exit 1 when the versions differ (like git diff --exit-code)"),
)
async def diff(self: AppCommand, version_a: str, version_b: str, as_json: bool, exit_code: bool) -> None:
    """Compare two versions' events (`live` or a reprocessed version): changed fields, merges, splits."""
    try:
        a, b = await asyncio.gather(
            read_side(settings.kafka_bootstrap, settings.topic_prefix, version_a, on_malformed=warner()),
            read_side(settings.kafka_bootstrap, settings.topic_prefix, version_b, on_malformed=warner()),
        )
    except StreamsError as exc:
        fail(str(exc))
    result = compare(version_a, a, version_b, b)
    if as_json:
        click.echo(json.dumps(diff_json(result), ensure_ascii=False))
    else:
        click.echo(render_diff(result), nl=False)
    if exit_code and result.differs:
        raise SystemExit(1)
