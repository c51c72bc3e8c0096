"""The command-line pieces `tail`, `replay`, `reprocess`, `diff` and `report` share: filter options,
time and offset arguments, warnings about skipped messages, and the one way a command fails.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, NoReturn

import click
from faust.cli import option

from streams import topics
from streams.app import settings
from streams.config.subscriptions import Filters
from streams.history.bounds import OffsetBound, parse_offsets, parse_time, to_ms
from streams.history.filters import build_filters

MAX_WARNINGS = 20  # malformed messages named on stderr; the rest are only counted


def events_topic() -> str:
    return settings.topic_prefix + topics.EVENTS.name


def fail(message: str) -> NoReturn:
    click.secho(f"error: {message}", fg="red", err=True)
    raise SystemExit(2)


FILTER_OPTIONS = [
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


def filters_from(kw: dict[str, Any]) -> Filters:
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


def warner() -> Callable[[int, int, str], None]:
    count = 0

    def warn(partition: int, offset: int, problem: str) -> None:
        nonlocal count
        count += 1
        if count <= MAX_WARNINGS:
            click.secho(f"skipped partition {partition} offset {offset}: {problem}", fg="yellow", err=True)

    return warn


def time_option(text: str | None, now: datetime) -> int | None:
    if text is None:
        return None
    try:
        return to_ms(parse_time(text, now))
    except ValueError as exc:
        fail(str(exc))


def offsets_option(text: str | None) -> OffsetBound:
    if text is None:
        return OffsetBound()
    try:
        return parse_offsets(text)
    except ValueError as exc:
        fail(str(exc))
