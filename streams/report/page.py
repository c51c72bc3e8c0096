"""The report as one self-contained HTML page: inline CSS, inline SVG charts, no script. Pure.

Every text from the events (company names, titles) is escaped. Each table cell carries its CSV text in
`data-value`, so what the page shows can be checked against the CSV files and the charts.
"""

from __future__ import annotations

from html import escape

from streams.report.charts import Chart, marks, render
from streams.report.sections import Report, Section
from streams.report.tables import Table, csv_text, display

NO_EVENTS = "No events match this selection."
_NUM = ' class="num"'

_CSS = """
:root { color-scheme: light; --ink: #1d2733; --muted: #5b6673; --line: #d8dee6; --mark: #2f6db5; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1180px; padding: 1.5rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .25rem; }
.meta, .note, figcaption, .csv { color: var(--muted); font-size: .9rem; }
.empty { padding: .75rem 1rem; background: #f4f6f9; border-left: 4px solid var(--line); }
nav ol { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding: 0; list-style: none; }
.charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; }
figure { margin: 0; max-width: 100%; overflow-x: auto; }
svg.chart { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg .chart-title { font-weight: 600; font-size: 14px; fill: var(--ink); }
svg .mark { fill: var(--mark); } svg .mark:hover { fill: #1b4d88; }
svg .grid { stroke: var(--line); } svg .axis { stroke: var(--muted); }
svg .tick, svg .label { fill: var(--muted); } svg .value { fill: var(--ink); }
.scroll { overflow-x: auto; max-height: 32rem; overflow-y: auto; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { padding: .3rem .6rem; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: #fff; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
"""


def render_page(report: Report) -> str:
    head = (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(report.title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{_e(report.title)}</h1>\n"
        f'<p class="meta">{_e(report.selection)} · {report.events:,} events · '
        f"generated {_e(report.generated_at)}</p></header>\n"
    )
    if report.events == 0:
        body = (
            f'<p class="empty" id="no-events">{NO_EVENTS} Widen the time window or the filters, or check the '
            "input file. The CSV files hold the column headers only.</p>\n"
        )
    else:
        nav = "".join(f'<li><a href="#{_e(s.name)}">{_e(s.title)}</a></li>' for s in report.sections)
        body = f'<nav aria-label="Sections"><ol>{nav}</ol></nav>\n' + "".join(
            _section(s) for s in report.sections
        )
    return head + "<main>\n" + body + "</main>\n</body>\n</html>\n"


def _section(section: Section) -> str:
    out = [f'<section id="{_e(section.name)}">\n<h2>{_e(section.title)}</h2>\n<p>{_e(section.text)}</p>\n']
    if not any(t.rows for t in section.tables):
        out.append(f'<p class="empty">{_e(section.empty)}</p>\n</section>\n')
        return "".join(out)
    tables = {t.name: t for t in section.tables}
    figures = [_figure(c, tables[c.table]) for c in section.charts if tables[c.table].rows]
    if figures:
        out.append('<div class="charts">' + "".join(figures) + "</div>\n")
    out += [_table(t) for t in section.tables]
    out.append("</section>\n")
    return "".join(out)


def _figure(chart: Chart, table: Table) -> str:
    drawn = len(marks(chart, table))
    caption = (
        f"The first {drawn} of {len(table.rows)} rows of “{table.title}”; the table below and "
        f"{table.name}.csv have them all."
        if drawn < len(table.rows)
        else f"Drawn from “{table.title}” below ({table.name}.csv)."
    )
    return f"<figure>{render(chart, table)}<figcaption>{_e(caption)}</figcaption></figure>"


def _table(table: Table) -> str:
    head = "".join(f'<th scope="col" data-key="{_e(c.key)}">{_e(c.label)}</th>' for c in table.columns)
    out = [f'<h3 id="{_e(table.name)}">{_e(table.title)}</h3>\n']
    if table.note:
        out.append(f'<p class="note">{_e(table.note)}</p>\n')
    out.append(f'<p class="csv">CSV: <a href="{_e(table.name)}.csv">{_e(table.name)}.csv</a></p>\n')
    if not table.rows:
        out.append('<p class="empty">No rows.</p>\n')
        return "".join(out)
    rows = []
    for row in table.rows:
        cells = "".join(
            f'<td{_NUM if c.kind != "text" else ""} data-value="{_e(csv_text(v))}">'
            f"{_e(display(v, c.kind))}</td>"
            for c, v in zip(table.columns, row, strict=True)
        )
        rows.append(f"<tr>{cells}</tr>")
    out.append(
        f'<div class="scroll"><table data-table="{_e(table.name)}"><thead><tr>{head}</tr></thead>\n'
        f"<tbody>{''.join(rows)}</tbody></table></div>\n"
    )
    return "".join(out)


def _e(text: str) -> str:
    return escape(text, quote=True)
