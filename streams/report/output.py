"""The report's directory: `report.html` and one CSV per table, and the words that say what was read."""

from __future__ import annotations

from pathlib import Path

from streams.config.subscriptions import Filters
from streams.errors import ConfigError
from streams.report.csvfiles import write_csvs
from streams.report.page import render_page
from streams.report.sections import Report

PAGE = "report.html"


def write_report(report: Report, directory: Path) -> list[Path]:
    """Write the page and every table's CSV into `directory` (created); other files there are left alone."""
    if directory.exists() and not directory.is_dir():
        raise ConfigError(f"{directory} is a file", "give --output a directory (it is created if needed)")
    directory.mkdir(parents=True, exist_ok=True)
    page = directory / PAGE
    page.write_text(render_page(report), encoding="utf-8")
    return [page, *write_csvs(report.tables, directory)]


def describe_filters(filters: Filters) -> str:
    """ "type fine; jurisdiction FR, IE" — or "" without filters."""
    parts = [
        ("type", sorted(filters.types)),
        ("company", list(filters.companies)),
        ("authority", list(filters.authorities)),
        ("jurisdiction", sorted(filters.jurisdictions)),
        ("min EUR", [str(filters.min_amount_eur)] if filters.min_amount_eur is not None else []),
        ("language", sorted(filters.languages)),
        ("source kind", sorted(filters.source_kinds)),
        ("keyword", list(filters.keywords)),
    ]
    return "; ".join(f"{name} {', '.join(values)}" for name, values in parts if values)
