"""Reads a report page back with `html.parser`: its tables and charts as data, and any nesting error."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "br", "hr", "img", "input", "link", "wbr"}


@dataclass
class PageTable:
    name: str
    keys: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)  # each cell's data-value (its CSV text)


@dataclass
class Mark:
    label: str
    value: str
    tooltip: str = ""


@dataclass
class PageChart:
    attrs: dict[str, str]
    title: str = ""
    marks: list[Mark] = field(default_factory=list)


class PageReader(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []
        self.tables: dict[str, PageTable] = {}
        self.charts: list[PageChart] = []
        self.text: list[str] = []
        self._table: PageTable | None = None
        self._chart: PageChart | None = None
        self._mark: Mark | None = None
        self._capture: list[str] | None = None
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {self.stack}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags.append(tag)
        if tag not in VOID:
            self.stack.append(tag)
        if tag == "table":
            self._table = self.tables.setdefault(a["data-table"], PageTable(a["data-table"]))
        elif tag == "th" and self._table is not None:
            self._table.keys.append(a["data-key"])
        elif tag == "tr" and self._table is not None and self.stack[-2] == "tbody":
            self._table.rows.append([])
        elif tag == "td" and self._table is not None:
            self._table.rows[-1].append(a["data-value"])
        elif tag == "svg":
            self._chart = PageChart(a)
            self.charts.append(self._chart)
        elif tag == "rect" and self._chart is not None and "mark" in a.get("class", ""):
            self._mark = Mark(a["data-label"], a["data-value"])
            self._chart.marks.append(self._mark)
        elif tag == "title":
            self._capture = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)  # <line .../> in SVG: opened and closed at once

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
            return
        self.stack.pop()
        if tag == "title" and self._capture is not None:
            text = "".join(self._capture)
            if self._mark is not None:
                self._mark.tooltip = text
            elif self._chart is not None and not self._chart.title:
                self._chart.title = text
            self._capture = None
        elif tag == "rect":
            self._mark = None
        elif tag == "svg":
            self._chart = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._capture is not None:
            self._capture.append(data)
