"""`streams tail` and `streams replay`: thin commands over `tail.tail` and `replay.replay`.

Imported by `streams.cli.main()` so the commands register on the app; both read
`<STREAMS_TOPIC_PREFIX>enforcement.events.v1` on STREAMS_KAFKA_BOOTSTRAP and never write to Kafka.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn

import click
from faust.cli import AppCommand, option

from streams import topics
from streams.app import app, settings
from streams.config.subscriptions import Filters
from streams.errors import StreamsError
from streams.history.bounds import OffsetBound, Window, parse_offsets, parse_time, to_ms
from streams.history.filters import build_filters
from streams.history.replay import replay as run_replay
from streams.history.tail import render_line
from streams.history.tail import tail as run_tail
from streams.history.writers import FORMATS, Output, format_for, open_writer

_MAX_WARNINGS = 20  # malformed messages named on stderr; the rest are only counted


def events_topic() -> str:
    return settings.topic_prefix + topics.EVENTS.name


def _fail(message: str) -> NoReturn:
    click.secho(f"error: {message}", fg="red", err=True)
    raise SystemExit(2)


_FILTER_OPTIONS = [
    option("--type", "types", multiple=True, help="ruling, fine or appeal (repeat or comma-separate)"),
    option("--company", "companies", multiple=True, help="company name (repeatable)"),
    option("--authority", "authorities", multiple=True, help="authority or court id or name (repeatable)"),
    option("--jurisdiction", "jurisdictions", multiple=True, help="ISO 3166 alpha-2, UK or EU (repeatable)"),
    option(
        "--min-amount-eur", default=None, help="only events with a known amount of at least this many euros"
    ),
    option("--language", "languages", multiple=True, help="ISO 639-1 language of a source (repeatable)"),
    option("--source-kind", "source_kinds", multiple=True, help="regulator, court, news or ngo (repeatable)"),
    option("--keyword", "keywords", multiple=True, help="whole word(s) in the title, parties or evidence"),
]


def _filters(kw: dict[str, Any]) -> Filters:
    return build_filters(
        types=kw["types"],
        companies=kw["companies"],
        authorities=kw["authorities"],
        jurisdictions=kw["jurisdictions"],
        min_amount_eur=kw["min_amount_eur"],
        languages=kw["languages"],
        source_kinds=kw["source_kinds"],
        keywords=kw["keywords"],
    )


def _warner() -> Callable[[int, int, str], None]:
    count = 0

    def warn(partition: int, offset: int, problem: str) -> None:
        nonlocal count
        count += 1
        if count <= _MAX_WARNINGS:
            click.secho(f"skipped partition {partition} offset {offset}: {problem}", fg="yellow", err=True)

    return warn


def _time(text: str | None, now: datetime) -> int | None:
    if text is None:
        return None
    try:
        return to_ms(parse_time(text, now))
    except ValueError as exc:
        _fail(str(exc))


def _offsets(text: str | None) -> OffsetBound:
    if text is None:
        return OffsetBound()
    try:
        return parse_offsets(text)
    except ValueError as exc:
        _fail(str(exc))


@app.command(
    *_FILTER_OPTIONS,
    option("--since", default=None, help="start at this time (ISO 8601, or 2h / 7d ago) instead of now"),
    option("--json", "as_json", is_flag=True, help="print each message as one JSON line"),
)
async def tail(self: AppCommand, since: str | None, as_json: bool, **kw: Any) -> None:
    """Follow new events live (enforcement.events.v1), filtered like a subscription, until Ctrl-C."""
    try:
        filters = _filters(kw)
    except StreamsError as exc:
        _fail(str(exc))
    since_ms = _time(since, datetime.now(UTC))

    def emit(out: Output) -> None:
        if as_json:
            click.echo(out.value.decode("utf-8", "replace").strip())
        else:
            click.echo(render_line(out.doc))

    try:
        await run_tail(
            settings.kafka_bootstrap, events_topic(), filters, emit, since_ms=since_ms, on_malformed=_warner()
        )
    except StreamsError as exc:
        _fail(str(exc))
    except asyncio.CancelledError:  # Ctrl-C stops the command's worker, which cancels us: a normal end
        pass


@app.command(
    *_FILTER_OPTIONS,
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
    window = Window(_time(since, now), _time(until, now), _offsets(from_offset), _offsets(to_offset))
    try:
        filters = _filters(kw)
        writer = open_writer(format_for(fmt, output), output, raw=raw)
    except StreamsError as exc:
        _fail(str(exc))
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
            on_malformed=_warner(),
        )
    except StreamsError as exc:
        _fail(str(exc))
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
        _fail(f"partitions {stats.incomplete} went quiet before their end offset: the output is incomplete")
