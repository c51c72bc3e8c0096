"""Fault tests on the real broker: fixtures, the `soak` marker and the session's figures table.

Every scenario records its `Figures`; the end of the session prints them as a table and, when
`STREAMS_FAULTS_REPORT=path` is set, writes the same table as Markdown to that path.

`@pytest.mark.soak` scenarios take longer than CI allows: they run only when selected with `-m soak`
(`make soak`) or when `STREAMS_SOAK=1`.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from tests.faults.scenario import AUTHORITIES, Figures, Run, check_distinct, make_stories, slack_server
from tests.notify.slack_faults import FaultySlack
from tests.servers.feed_server import FeedServer

FIGURES: list[Figures] = []
REPORT_ENV = "STREAMS_FAULTS_REPORT"
SOAK_ENV = "STREAMS_SOAK"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "soak: a long fault scenario, run by `make soak` (pytest -m soak)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get(SOAK_ENV) == "1" or "soak" in (config.getoption("markexpr", "") or ""):
        return
    skip = pytest.mark.skip(reason="soak scenario: run with `make soak` (pytest -m soak tests/faults)")
    for item in items:
        if "soak" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def record_figures() -> Callable[[Figures], None]:
    def record(figures: Figures) -> None:
        FIGURES.append(figures)
        print(f"\nfigures: {asdict(figures)}")

    return record


@pytest.fixture
def slack() -> Iterator[FaultySlack]:
    server = slack_server()
    with server:
        yield server


@pytest.fixture
def feed_servers() -> Iterator[dict[str, FeedServer]]:
    """Every feed on one local server (feed_id -> server); tests may swap in servers on other hosts."""
    with FeedServer() as server:
        yield {feed_id: server for feed_id, *_ in AUTHORITIES}


@pytest.fixture
def make_run(
    tmp_path: Path, unique_name: Callable[[str], str], feed_servers: dict[str, FeedServer], slack: FaultySlack
) -> Callable[..., contextlib.AbstractAsyncContextManager[Run]]:
    """`async with make_run(bootstrap, stories=16) as run:` a scenario that cleans up after itself."""

    @contextlib.asynccontextmanager
    async def make(bootstrap: str, *, stories: int = 16, **env: str) -> AsyncIterator[Run]:
        name = unique_name("faults")
        story_list = make_stories(stories, name)
        check_distinct(story_list)
        run = Run(
            name=name,
            bootstrap=bootstrap,
            prefix=f"{name}.",
            tmp=tmp_path,
            servers=feed_servers,
            slack=slack,
            stories=story_list,
            env_overrides=dict(env),
        )
        await run.open()
        try:
            yield run
        finally:
            await run.close()

    return make


def _table(figures: list[Figures]) -> str:
    def cell(value: Any) -> str:
        return "–" if value is None else str(value)

    header = (
        "| scenario | stories | lost events | duplicate events | repeated event messages (at least once) "
        "| lost alerts | duplicate alerts | re-sent at a kill (counted) | recovery: first output (s) "
        "| recovery: all caught up (s) | run (s) |"
    )
    rows = [header, "|" + "---|" * 11]
    for f in figures:
        rows.append(
            f"| {f.scenario} | {f.stories} | {f.lost_events} | {f.duplicate_events} | {f.repeated_events} "
            f"| {f.lost_alerts} "
            f"| {f.duplicate_alerts} | {f.resent_at_kill} | {cell(f.recovery_first_s)} "
            f"| {cell(f.recovery_all_s)} | {f.duration_s} |"
        )
    return "\n".join(rows)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not FIGURES:
        return
    table = _table(FIGURES)
    terminalreporter.section("fault scenarios")
    terminalreporter.write_line(table)
    notes = [f"- {f.scenario}: {f.notes}".replace("\n", " / ") for f in FIGURES if f.notes]
    for line in notes:
        terminalreporter.write_line(line)
    path = os.environ.get(REPORT_ENV)
    if path:
        stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        text = f"# Fault scenarios ({stamp})\n\n{table}\n" + ("\n" + "\n".join(notes) + "\n" if notes else "")
        Path(path).write_text(text)
        terminalreporter.write_line(f"figures written to {path}")
