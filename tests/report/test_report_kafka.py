"""`streams report` end to end: events produced to a prefixed topic on the real broker, the command run
as a user runs it, the page and CSV files read back."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams import topics
from streams.records import Money
from streams.report.facts import facts_of
from streams.report.sections import Report, build
from streams.report.tables import csv_text
from tests.history.factory import message, raw
from tests.kafka_fixture import NameFactory
from tests.report.events import HOSTILE
from tests.report.pagereader import PageReader

pytestmark = pytest.mark.integration
ROOT = Path(__file__).parents[2]
BASE_MS = (int(time.time()) - 3600) * 1000
# streams.cli imports the command once the lead wires it in; until then import it here.
SCRIPT = "import streams.report.commands, streams.cli; streams.cli.main()"

EUR = Money(amount="1", currency="EUR")
# (event n, revision, fields) in send order; message k has timestamp BASE_MS + k seconds
PLAN: list[tuple[int, int, dict[str, Any]]] = [
    (9, 0, {"jurisdiction": "FR", "decision_date": "2020-01-01"}),  # before --since in the window test
    (
        1,
        0,
        {
            "authority_name": "DPC",
            "jurisdiction": "IE",
            "companies": [HOSTILE],
            "decision_date": "2024-05-02",
            "amount": Money(amount="1200000000", currency="EUR"),
            "amount_eur": "1200000000.00",
        },
    ),
    (
        2,
        0,
        {
            "authority_name": "CNIL",
            "jurisdiction": "FR",
            "decision_date": "2025-01-10",
            "periodic": "day",
            "amount": Money(amount="100000", currency="EUR"),
            "amount_eur": "100000.00",
        },
    ),
    (
        1,
        1,
        {
            "authority_name": "DPC",
            "jurisdiction": "IE",
            "companies": [HOSTILE],
            "decision_date": "2024-05-02",
            "amount": Money(amount="1200000000", currency="EUR"),
            "amount_eur": "1200000000.00",
        },
    ),
    (
        3,
        0,
        {
            "authority_name": "ICO",
            "jurisdiction": "UK",
            "decision_date": "2025-06-30",
            "cap": True,
            "amount": Money(amount="17500000", currency="GBP"),
            "amount_eur": "20700000.00",
        },
    ),
    (
        4,
        0,
        {
            "authority_name": "DPC",
            "jurisdiction": "IE",
            "companies": [HOSTILE],
            "decision_date": "2025-09-01",
            "primary": "appeal",
            "types": ["appeal"],
            "related_event_id": f"evt_{1:020d}",
            "court_name": "High Court",
            "amount": None,
            "amount_eur": None,
            "amounts_seen": [],
        },
    ),
    (
        5,
        0,
        {
            "authority_name": "DPC",
            "jurisdiction": "IE",
            "decision_date": "2025-02-01",
            "primary": "ruling",
            "types": ["ruling"],
            "amount": None,
            "amount_eur": None,
            "amounts_seen": [],
        },
    ),
    (
        2,
        1,
        {
            "authority_name": "CNIL",
            "jurisdiction": "FR",
            "decision_date": "2025-01-10",
            "periodic": "day",
            "amount": Money(amount="100000", currency="EUR"),
            "amount_eur": "100000.00",
        },
    ),
]


async def produce(bootstrap: str, topic: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, 3, 1, topic_configs={"retention.ms": "-1"})])
    finally:
        await admin.close()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await producer.start()
    try:
        for k, (n, revision, fields) in enumerate(PLAN):
            await producer.send_and_wait(
                topic,
                raw(message(n, revision, **fields)),
                key=f"evt_{n:020d}".encode(),
                timestamp_ms=BASE_MS + k * 1000,
            )
    finally:
        await producer.stop()


def expected(plan: list[tuple[int, int, dict[str, Any]]]) -> Report:
    """The report of the plan's final states, built by the pure functions."""
    latest: dict[int, tuple[int, dict[str, Any]]] = {}
    for n, revision, fields in plan:
        if n not in latest or revision >= latest[n][0]:
            latest[n] = (revision, fields)
    docs = [json.loads(raw(message(n, r, **f))) for n, (r, f) in latest.items()]
    return build([facts_of(d) for d in docs], title="t", selection="s", generated_at="g")


def run(args: list[str], prefix: str, bootstrap: str, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMS_")}
    env.update(
        STREAMS_KAFKA_BOOTSTRAP=bootstrap,
        STREAMS_TOPIC_PREFIX=prefix,
        STREAMS_DATA_DIR=str(tmp_path / "data"),
    )
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, "report", *args],
        env=env,
        capture_output=True,
        timeout=180,
        cwd=ROOT,
        check=False,
    )


def read_csv(path: Path) -> list[list[str]]:
    return list(csv.reader(path.read_text(encoding="utf-8").splitlines()))


@pytest.fixture
async def prefix(kafka_bootstrap: str, unique_name: NameFactory) -> str:
    name = unique_name("report") + "."
    await produce(kafka_bootstrap, name + topics.EVENTS.name)
    return name


def test_the_report_of_a_topic_shows_its_final_states_in_charts_and_csv(
    kafka_bootstrap: str, prefix: str, tmp_path: Path
) -> None:
    out = tmp_path / "report"
    done = run(["-o", str(out)], prefix, kafka_bootstrap, tmp_path)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    assert b"6 events from 8 messages" in done.stderr
    page = PageReader((out / "report.html").read_text(encoding="utf-8"))
    assert page.errors == []
    want = expected(PLAN)
    for table in want.tables:
        rows = [[csv_text(v) for v in row] for row in table.rows]
        assert read_csv(out / f"{table.name}.csv")[1:] == rows, table.name
        if rows:
            assert page.tables[table.name].rows == rows, table.name
    assert len(page.charts) == 10
    for chart in page.charts:
        drawn = page.tables[chart.attrs["data-table"]]
        column = drawn.keys.index(chart.attrs["data-value-column"])
        assert (
            chart.marks
            and [m.value for m in chart.marks] == [r[column] for r in drawn.rows][: len(chart.marks)]
        )
    summary = {row[0]: row[1:] for row in read_csv(out / "summary.csv")}
    # events 1 and 9 are lump sums; 2 (per day) and 3 (up to) are counted, not summed
    assert summary["Fines"] == ["4", "1201000000.00"]
    assert read_csv(out / "appeal_links.csv")[1] == ["linked to a decision in this report", "1"]
    assert any(row[2] == HOSTILE for row in page.tables["largest_fines"].rows)


def test_the_topic_window_and_filters_are_replays(kafka_bootstrap: str, prefix: str, tmp_path: Path) -> None:
    since = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime((BASE_MS + 1_000) / 1000))
    out = tmp_path / "fr"
    done = run(
        ["-o", str(out), "--since", since, "--jurisdiction", "FR", "--title", "France"],
        prefix,
        kafka_bootstrap,
        tmp_path,
    )
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    by_year = read_csv(out / "by_year.csv")
    assert [row[:2] for row in by_year[1:]] == [["2025", "1"]], (
        "event 9 is before --since, the rest not in FR"
    )
    html = (out / "report.html").read_text(encoding="utf-8")
    assert "<title>France</title>" in html and "jurisdiction FR" in html


def test_an_empty_selection_is_a_page_saying_so(kafka_bootstrap: str, prefix: str, tmp_path: Path) -> None:
    out = tmp_path / "none"
    done = run(["-o", str(out), "--type", "fine", "--jurisdiction", "DE"], prefix, kafka_bootstrap, tmp_path)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    page = PageReader((out / "report.html").read_text(encoding="utf-8"))
    assert "No events match this selection." in "".join(page.text) and page.charts == []


def test_a_replay_file_makes_the_same_report_as_the_topic(
    kafka_bootstrap: str, prefix: str, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMS_")}
    env.update(
        STREAMS_KAFKA_BOOTSTRAP=kafka_bootstrap,
        STREAMS_TOPIC_PREFIX=prefix,
        STREAMS_DATA_DIR=str(tmp_path / "data"),
    )
    replayed = tmp_path / "events.parquet"
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import streams.history.commands, streams.cli; streams.cli.main()",
            "replay",
            "--raw",
            "-q",
            "-o",
            str(replayed),
        ],
        env=env,
        capture_output=True,
        timeout=180,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    from_file = run(["-i", str(replayed), "-o", str(tmp_path / "file")], prefix, kafka_bootstrap, tmp_path)
    from_topic = run(["-o", str(tmp_path / "topic")], prefix, kafka_bootstrap, tmp_path)
    assert from_file.returncode == from_topic.returncode == 0, from_file.stderr.decode()[-3000:]
    for table in expected(PLAN).tables:
        assert read_csv(tmp_path / "file" / f"{table.name}.csv") == read_csv(
            tmp_path / "topic" / f"{table.name}.csv"
        )


def test_command_errors_name_the_fix(kafka_bootstrap: str, tmp_path: Path) -> None:
    done = run(
        ["-i", str(tmp_path / "events.csv"), "-o", str(tmp_path / "x")], "p.", kafka_bootstrap, tmp_path
    )
    assert done.returncode == 2 and b"-o events.jsonl" in done.stderr
    done = run(
        ["-i", str(tmp_path / "e.jsonl"), "--since", "2h", "-o", str(tmp_path / "x")],
        "p.",
        kafka_bootstrap,
        tmp_path,
    )
    assert done.returncode == 2 and b"--since selects a window of the topic" in done.stderr
    (tmp_path / "afile").write_text("")
    events = tmp_path / "e.jsonl"
    events.write_bytes(raw(message(1)) + b"\n")
    done = run(["-i", str(events), "-o", str(tmp_path / "afile")], "p.", kafka_bootstrap, tmp_path)
    assert done.returncode == 2 and b"is a file" in done.stderr, done.stderr


def test_a_dry_run_reads_and_counts_but_writes_nothing(kafka_bootstrap: str, tmp_path: Path) -> None:
    events = tmp_path / "e.jsonl"
    events.write_bytes(raw(message(1)) + b"\n" + raw(message(1, 1)) + b"\n")
    done = run(["-i", str(events), "--dry-run", "-o", str(tmp_path / "out")], "p.", kafka_bootstrap, tmp_path)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    assert b"would write" in done.stdout and b"1 event from 2 messages" in done.stdout
    assert not (tmp_path / "out").exists()
