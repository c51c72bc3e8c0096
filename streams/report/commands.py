"""`streams report`: a thin command over `inputs` (what to read), `sections.build` and `output.write_report`.

Imported by `streams.cli.main()` so the command registers on the app. Like `streams replay` it only reads
Kafka (no consumer group, no commits) and takes replay's filters and window; or it reads a replay's file.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
from faust.cli import AppCommand, option

from streams.app import app, settings
from streams.errors import StreamsError
from streams.history.bounds import Window
from streams.history.options import (
    FILTER_OPTIONS,
    MAX_WARNINGS,
    events_topic,
    fail,
    filters_from,
    offsets_option,
    time_option,
    warner,
)
from streams.report.facts import facts_of
from streams.report.inputs import Loaded, read_file, read_topic
from streams.report.output import PAGE, describe_filters, write_report
from streams.report.sections import build


@app.command(
    *FILTER_OPTIONS,
    option(
        "--input",
        "-i",
        "input_path",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="a file of `streams replay` (.jsonl or .parquet, folded or --raw); default: read the topic",
    ),
    option("--since", default=None, help="topic only: from this time, included (ISO 8601, or 2h / 7d ago)"),
    option("--until", default=None, help="topic only: to this time, excluded (ISO 8601, or 2h / 7d ago)"),
    option("--from-offset", default=None, help="topic only: first offset read: N, or P:N[,P:N...]"),
    option("--to-offset", default=None, help="topic only: offset where reading stops (excluded)"),
    option(
        "--output",
        "-o",
        type=click.Path(file_okay=False, path_type=Path),
        required=True,
        help="directory to write report.html and one CSV per table into (created if needed)",
    ),
    option("--top", type=click.IntRange(1, 10_000), default=20, help="rows of the largest-fines table"),
    option(
        "--by",
        type=click.Choice(["auto", "year", "month"]),
        default="auto",
        help="period of the fines-over-time chart (auto: months when the fines span two years or less)",
    ),
    option(
        "--chart-rows",
        type=click.IntRange(1, 500),
        default=20,
        help="bars drawn per chart of authorities, companies, ... (the tables keep every row)",
    ),
    option("--title", default="Enforcement events report", help="the page's title"),
    option("--dry-run", is_flag=True, help="read and count, say what would be written, write nothing"),
    option("--quiet", "-q", is_flag=True, help="no progress and no summary on stderr"),
)
async def report(
    self: AppCommand,
    input_path: Path | None,
    since: str | None,
    until: str | None,
    from_offset: str | None,
    to_offset: str | None,
    output: Path,
    top: int,
    by: str,
    chart_rows: int,
    title: str,
    dry_run: bool,
    quiet: bool,
    **kw: Any,
) -> None:
    """Write an HTML page of charts and tables (and the tables as CSV) from a replay of the events."""
    now = datetime.now(UTC)
    try:
        filters = filters_from(kw)
    except StreamsError as exc:
        fail(str(exc))
    window_options = {
        "--since": since,
        "--until": until,
        "--from-offset": from_offset,
        "--to-offset": to_offset,
    }
    try:
        if input_path is not None:
            given = [name for name, value in window_options.items() if value is not None]
            if given:
                fail(
                    f"{', '.join(given)} {'selects' if len(given) == 1 else 'select'} a window of the topic, "
                    "and --input is already one. Fix: give it to `streams replay` when writing the file, or "
                    "leave out --input"
                )
            loaded = read_file(input_path, filters, _line_warner())
            source = f"file {input_path.name}"
        else:
            window = Window(
                time_option(since, now),
                time_option(until, now),
                offsets_option(from_offset),
                offsets_option(to_offset),
            )
            progress = sys.stderr if sys.stderr.isatty() and not quiet else None
            loaded = await read_topic(
                settings.kafka_bootstrap,
                events_topic(),
                window,
                filters,
                progress=progress,
                on_malformed=warner(),
            )
            source = f"topic {events_topic()}" + "".join(
                f", {name[2:]} {value}" for name, value in window_options.items() if value is not None
            )
        chosen = describe_filters(filters)
        result = build(
            [facts_of(doc) for doc in loaded.docs],
            title=title,
            selection=source + (f"; filters: {chosen}" if chosen else ""),
            generated_at=now.strftime("%Y-%m-%d %H:%M UTC"),
            top=top,
            by=by,  # type: ignore[arg-type]  # one of click's choices
            chart_rows=chart_rows,
        )
        if dry_run:
            click.echo(f"would write {output / PAGE} and {len(result.tables)} CSV files ({_counts(loaded)})")
            return
        written = write_report(result, output)
    except StreamsError as exc:
        fail(str(exc))
    if not quiet:
        click.echo(f"wrote {written[0]} and {len(written) - 1} CSV files ({_counts(loaded)})", err=True)
    if loaded.incomplete:
        fail(
            f"partitions {list(loaded.incomplete)} went quiet before their end offset: "
            "the report is incomplete"
        )


def _counts(loaded: Loaded) -> str:
    return (
        f"{_plural(len(loaded.docs), 'event')} from {_plural(loaded.messages, 'message')}, "
        f"{loaded.filtered_out} filtered out, "
        f"{loaded.malformed} malformed"
    )


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _line_warner() -> Any:
    count = 0

    def warn(number: int, problem: str) -> None:
        nonlocal count
        count += 1
        if count <= MAX_WARNINGS:
            click.secho(f"skipped line {number}: {problem}", fg="yellow", err=True)

    return warn
