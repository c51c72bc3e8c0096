"""Charts as inline SVG: readable without JavaScript, offline, and accessible. Pure.

A chart draws one value column of one `Table`, one mark (`<rect class="mark">`) per row, in the table's
order; each mark carries its row's label and value (`data-label`, `data-value`: the CSV text) and a
`<title>` tooltip. "bars" are horizontal (categories, labels on the left); "columns" are vertical (time, in
order). A chart with a `limit` draws the table's first `limit` rows and says so.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape
from typing import Literal

from streams.report.tables import Cell, Table, compact_count, compact_eur, csv_text, display

WIDTH = 760
_LABEL_CHARS = 34  # labels longer than this are cut with "…" (the tooltip has them whole)


@dataclass(frozen=True)
class Chart:
    name: str
    title: str
    table: str  # Table.name it draws
    value: str  # column key of the bar lengths
    label: tuple[str, ...]  # column keys whose values, joined by " · ", name a bar
    shape: Literal["bars", "columns"] = "bars"
    limit: int | None = None
    quiet: frozenset[str] = field(default_factory=frozenset)  # label values left out ("lump sum")


@dataclass(frozen=True)
class Mark:
    label: str
    value: float  # for geometry only
    text: str  # the value as displayed
    data: str  # the value as in the CSV


def marks(chart: Chart, table: Table) -> list[Mark]:
    value_index = table.index(chart.value)
    kind = table.columns[value_index].kind
    label_indexes = [table.index(k) for k in chart.label]
    rows = table.rows[: chart.limit] if chart.limit is not None else table.rows
    out = []
    for n, row in enumerate(rows, 1):
        parts = [str(row[i]) for i in label_indexes if row[i] is not None and str(row[i]) not in chart.quiet]
        cell = row[value_index]
        out.append(Mark(" · ".join(parts) or f"#{n}", _number(cell), display(cell, kind), csv_text(cell)))
    return out


def render(chart: Chart, table: Table) -> str:
    """The chart as an `<svg>` element; an empty table gives an empty string (the page says why)."""
    drawn = marks(chart, table)
    if not drawn:
        return ""
    euros = table.columns[table.index(chart.value)].kind == "eur"
    tick_text = compact_eur if euros else compact_count
    shown = f"first {len(drawn)} of {len(table.rows)} rows" if len(drawn) < len(table.rows) else "every row"
    what = "horizontal bar chart" if chart.shape == "bars" else "column chart"
    aria = f"{chart.title}: {what}, {shown} of the table “{table.title}”"
    body = _bars(drawn, tick_text) if chart.shape == "bars" else _columns(drawn, tick_text)
    height, inner = body
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" aria-label="{_e(aria)}" '
        f'data-chart="{_e(chart.name)}" data-table="{_e(table.name)}" data-value-column="{_e(chart.value)}" '
        f'viewBox="0 0 {WIDTH} {height}" width="{WIDTH}" height="{height}">'
        f"<title>{_e(chart.title)}</title>"
        f'<text class="chart-title" x="0" y="16">{_e(chart.title)}</text>'
        f"{inner}</svg>"
    )


def ticks(maximum: float, count: int = 5) -> list[float]:
    """Round axis ticks from 0 to at least `maximum` (steps of 1, 2 or 5 times a power of ten, at least 1)."""
    if maximum <= 0:
        return [0.0, 1.0]
    raw = maximum / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(step, 1.0)
    n = math.ceil(maximum / step - 1e-9)
    return [i * step for i in range(n + 1)]


def _bars(drawn: list[Mark], tick_text: Callable[[float], str]) -> tuple[int, str]:
    left, right, top, row = 250, 110, 52, 24
    plot = WIDTH - left - right
    scale = ticks(max(m.value for m in drawn))
    top_value = scale[-1]
    height = top + row * len(drawn) + 12
    out = []
    for t in scale:
        x = left + plot * t / top_value
        out.append(
            f'<line class="grid" x1="{x:.1f}" y1="{top - 4}" x2="{x:.1f}" y2="{height - 8}"/>'
            f'<text class="tick" x="{x:.1f}" y="{top - 10}" text-anchor="middle">{_e(tick_text(t))}</text>'
        )
    for i, m in enumerate(drawn):
        y = top + i * row
        w = _length(m.value, top_value, plot)
        out.append(
            f'<text class="label" x="{left - 8}" y="{y + 12}" text-anchor="end">{_e(_cut(m.label))}</text>'
            f'<rect class="mark" x="{left}" y="{y + 2}" width="{w:.1f}" height="16" '
            f'data-label="{_e(m.label)}" data-value="{_e(m.data)}">'
            f"<title>{_e(m.label)}: {_e(m.text)}</title></rect>"
            f'<text class="value" x="{left + w + 6:.1f}" y="{y + 14}">{_e(m.text)}</text>'
        )
    return height, "".join(out)


def _columns(drawn: list[Mark], tick_text: Callable[[float], str]) -> tuple[int, str]:
    left, right, top, plot_height = 80, 16, 44, 240
    rotate = len(drawn) > 8
    bottom = 64 if rotate else 28
    height = top + plot_height + bottom
    plot = WIDTH - left - right
    slot = plot / len(drawn)
    every = math.ceil(len(drawn) / 24)  # at most 24 period labels under the axis
    scale = ticks(max(m.value for m in drawn))
    top_value = scale[-1]
    base = top + plot_height
    out = []
    for t in scale:
        y = base - plot_height * t / top_value
        out.append(
            f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{WIDTH - right}" y2="{y:.1f}"/>'
            f'<text class="tick" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{_e(tick_text(t))}</text>'
        )
    for i, m in enumerate(drawn):
        x = left + i * slot
        h = _length(m.value, top_value, plot_height)
        cx = x + slot / 2
        out.append(
            f'<rect class="mark" x="{x + slot * 0.15:.1f}" y="{base - h:.1f}" width="{slot * 0.7:.1f}" '
            f'height="{h:.1f}" data-label="{_e(m.label)}" data-value="{_e(m.data)}">'
            f"<title>{_e(m.label)}: {_e(m.text)}</title></rect>"
        )
        if len(drawn) <= 12:  # room for the value over each column
            out.append(
                f'<text class="value" x="{cx:.1f}" y="{base - h - 4:.1f}" text-anchor="middle">'
                f"{_e(m.text)}</text>"
            )
        if i % every == 0:
            transform = f' transform="rotate(-45 {cx:.1f} {base + 14})"' if rotate else ""
            anchor = "end" if rotate else "middle"
            out.append(
                f'<text class="label" x="{cx:.1f}" y="{base + 14}" text-anchor="{anchor}"{transform}>'
                f"{_e(_cut(m.label))}</text>"
            )
    out.append(f'<line class="axis" x1="{left}" y1="{base}" x2="{WIDTH - right}" y2="{base}"/>')
    return height, "".join(out)


def _length(value: float, top_value: float, room: float) -> float:
    if value <= 0:
        return 0.0
    return max(1.0, room * value / top_value)  # a small non-zero value stays visible


def _number(cell: Cell) -> float:
    if isinstance(cell, (int, Decimal)):
        return float(cell)
    return 0.0


def _cut(text: str) -> str:
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1].rstrip() + "…"


def _e(text: str) -> str:
    return escape(text, quote=True)
