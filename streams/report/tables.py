"""A report table: named columns, typed cells, and how a cell reads on the page and in CSV. Pure.

The HTML table, its chart and its CSV file are all drawn from one `Table`, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

Cell = str | int | Decimal | None
Kind = Literal["text", "count", "eur", "percent"]


@dataclass(frozen=True)
class Column:
    key: str  # CSV header
    label: str  # HTML header
    kind: Kind = "text"


@dataclass(frozen=True)
class Table:
    name: str  # CSV file stem and HTML id: [a-z0-9_]
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""  # what the rows count, in a sentence or two

    def index(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(f"table {self.name} has no column {key!r}")

    def values(self, key: str) -> list[Cell]:
        i = self.index(key)
        return [row[i] for row in self.rows]


def csv_text(cell: Cell) -> str:
    """The cell as written to CSV: plain numbers (euros with two decimals), empty for none."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return f"{cell:.2f}"
    return str(cell)


def display(cell: Cell, kind: Kind) -> str:
    """The cell as read on the page: "€45,000,000", "1,234", "12.5%", "—" for none."""
    if cell is None:
        return "—"
    if kind == "eur" and isinstance(cell, (int, Decimal)):
        amount = Decimal(cell)
        # Whole euros, unless cents matter (a small amount that is not whole)
        return (
            f"€{amount:,.2f}"
            if amount != amount.to_integral_value() and abs(amount) < 1000
            else f"€{amount:,.0f}"
        )
    if kind == "count" and isinstance(cell, int):
        return f"{cell:,}"
    if kind == "percent" and isinstance(cell, (int, Decimal)):
        return f"{cell:.1f}%"
    return str(cell)


def compact_eur(value: float) -> str:
    """An axis tick in euros: €0, €500k, €1.5M, €2B."""
    for scale, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= scale:
            return f"€{value / scale:,.3g}{suffix}"
    return f"€{value:,.0f}"


def compact_count(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
