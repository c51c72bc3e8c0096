"""The report's tables as CSV files, one per table, the same rows and order as on the page."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from streams.report.tables import Table, csv_text


def table_csv(table: Table) -> str:
    """Header of column keys, then one line per row; euros with two decimals, empty for none."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([c.key for c in table.columns])
    writer.writerows([csv_text(v) for v in row] for row in table.rows)
    return buffer.getvalue()


def write_csvs(tables: list[Table], directory: Path) -> list[Path]:
    paths = []
    for table in tables:
        path = directory / f"{table.name}.csv"
        path.write_text(table_csv(table), encoding="utf-8", newline="")
        paths.append(path)
    return paths
