"""The page, read back with html.parser: every chart draws its table, every CSV is its table, all escaped."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from streams.errors import ConfigError
from streams.report.charts import ticks
from streams.report.facts import EventFacts
from streams.report.output import write_report
from streams.report.page import NO_EVENTS, render_page
from streams.report.sections import Report, build
from streams.report.tables import Table, csv_text
from tests.report.events import HOSTILE, fine, ruling, sample
from tests.report.pagereader import PageReader


def report_of(facts: list[EventFacts], chart_rows: int = 20) -> Report:
    return build(
        facts,
        title="Fines & <rulings>",
        selection="file x.jsonl",
        generated_at="2026-11-16 09:00 UTC",
        chart_rows=chart_rows,
    )


@pytest.fixture(scope="module")
def report() -> Report:
    return report_of(sample(), chart_rows=4)


@pytest.fixture(scope="module")
def page(report: Report) -> PageReader:
    return PageReader(render_page(report))


def csv_rows(table: Table) -> list[list[str]]:
    return [[csv_text(v) for v in row] for row in table.rows]


def test_the_page_is_well_formed_and_self_contained(report: Report, page: PageReader) -> None:
    html = render_page(report)
    assert page.errors == []
    assert (
        html.startswith("<!DOCTYPE html>") and '<html lang="en">' in html and '<meta charset="utf-8">' in html
    )
    assert "script" not in page.tags and "link" not in page.tags and "img" not in page.tags
    assert "src=" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<style>" in html


def test_every_chart_has_a_mark_per_table_row_with_the_tables_values(
    report: Report, page: PageReader
) -> None:
    expected = [c for s in report.sections for c in s.charts if report.table(c.table).rows]
    assert [c.attrs["data-chart"] for c in page.charts] == [c.name for c in expected]
    assert len(page.charts) == 10
    for chart, spec in zip(page.charts, expected, strict=True):
        table = page.tables[chart.attrs["data-table"]]
        shown = table.rows[: spec.limit] if spec.limit else table.rows
        column = table.keys.index(chart.attrs["data-value-column"])
        assert [m.value for m in chart.marks] == [row[column] for row in shown], spec.name
        assert chart.marks, f"{spec.name} has data"
        if spec.label == (table.keys[0],):
            assert [m.label for m in chart.marks] == [row[0] for row in shown]


def test_charts_are_accessible_images_with_a_tooltip_per_mark(page: PageReader) -> None:
    for chart in page.charts:
        assert chart.attrs["role"] == "img"
        assert chart.attrs["aria-label"].startswith(chart.title)
        assert chart.title
        for mark in chart.marks:
            assert mark.tooltip.startswith(mark.label + ": ")


def test_a_long_table_is_charted_in_part_and_the_caption_says_so(report: Report, page: PageReader) -> None:
    [by_company] = [c for c in page.charts if c.attrs["data-chart"] == "by_company-fines_eur"]
    assert len(by_company.marks) == 4 < len(report.table("by_company").rows)
    assert f"The first 4 of {len(report.table('by_company').rows)} rows" in "".join(page.text)


def test_the_largest_fines_chart_marks_per_day_and_up_to_amounts(page: PageReader) -> None:
    [largest] = [c for c in page.charts if c.attrs["data-chart"] == "largest-fines"]
    labels = [m.label for m in largest.marks]
    assert any(label.endswith(" · up to") for label in labels)
    assert not any("lump sum" in label for label in labels)


def test_the_page_tables_and_the_csv_files_are_the_report_tables(report: Report, tmp_path: Path) -> None:
    written = write_report(report, tmp_path)
    assert written[0] == tmp_path / "report.html"
    page = PageReader((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert sorted(p.name for p in written[1:]) == sorted(f"{t.name}.csv" for t in report.tables)
    for table in report.tables:
        with (tmp_path / f"{table.name}.csv").open(newline="", encoding="utf-8") as f:
            header, *body = list(csv.reader(f))
        assert header == [c.key for c in table.columns]
        assert body == csv_rows(table), table.name
        if table.rows:
            assert page.tables[table.name].keys == header
            assert page.tables[table.name].rows == body, table.name


def test_names_from_the_events_are_escaped_everywhere(report: Report) -> None:
    html = render_page(report)
    page = PageReader(html)
    assert "<script>" not in html and HOSTILE not in html
    assert "script" not in page.tags
    assert any(row[0] == HOSTILE for row in page.tables["by_company"].rows)
    assert any(HOSTILE in m.label for c in page.charts for m in c.marks)
    assert "Fines & <rulings>" in "".join(page.text), "the title too"


def test_no_events_still_make_a_page_that_says_so(tmp_path: Path) -> None:
    report = report_of([])
    written = write_report(report, tmp_path)
    page = PageReader((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert page.errors == [] and page.charts == [] and page.tables == {}
    assert NO_EVENTS in "".join(page.text)
    files = {p.stem: list(csv.reader(p.read_text(encoding="utf-8").splitlines())) for p in written[1:]}
    assert [row[1] for row in files.pop("summary")[1:]] == ["0"] * 9, "the summary counts zeros"
    assert all(len(rows) == 1 for rows in files.values()), "the other tables: a header and no rows"


def test_a_section_without_data_says_so_instead_of_an_empty_chart() -> None:
    page = PageReader(render_page(report_of([ruling(1), ruling(2)])))
    text = "".join(page.text)
    assert "No fines in this selection." in text
    assert "No fine with an amount in euros in this selection." in text
    names = [c.attrs["data-chart"] for c in page.charts]
    assert "fines-over-time" not in names and "largest-fines" not in names
    assert "decisions_appealed-decisions" in names and "appeal_links-appeals" not in names


def test_axis_ticks_are_round_and_reach_the_largest_value() -> None:
    assert ticks(0) == [0.0, 1.0]
    assert ticks(3) == [0.0, 1.0, 2.0, 3.0]
    assert ticks(1_234_567) == [0.0, 500_000.0, 1_000_000.0, 1_500_000.0]
    assert ticks(10) == [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]


def test_a_zero_value_is_a_mark_of_no_length() -> None:
    page = PageReader(render_page(report_of([fine(1, None, currency="NOK"), fine(2, "0.00")])))
    [by_year] = [c for c in page.charts if c.attrs["data-chart"] == "by-year-events"]
    assert [m.value for m in by_year.marks] == ["2"]
    [authority] = [c for c in page.charts if c.attrs["data-chart"] == "by_authority-fines_eur"]
    assert [m.value for m in authority.marks] == ["0.00"]


def test_the_output_must_be_a_directory(tmp_path: Path) -> None:
    (tmp_path / "taken").write_text("")
    with pytest.raises(ConfigError) as info:
        write_report(report_of([]), tmp_path / "taken")
    assert "give --output a directory" in info.value.fix
