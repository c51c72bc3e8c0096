"""The `streams` command: Faust's click CLI (worker, send, tables, ...) plus the monitor's own commands.

Each command is a thin shell over a library function; errors of ours print their fix and exit non-zero.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

import click
from faust.cli import AppCommand, argument, option

from streams.app import app, settings
from streams.errors import StreamsError


def _fail(exc: Exception) -> NoReturn:
    click.secho(f"error: {exc}", fg="red", err=True)
    raise SystemExit(2)


@app.command(
    argument("action", type=click.Choice(["fetch", "start", "stop", "status"])),
    option("--port", type=int, default=None, help="client port (default STREAMS_KAFKA_PORT or 9092)"),
    option(
        "--timeout",
        type=float,
        default=None,
        help="seconds `start` waits for the broker to be ready (default 90)",
    ),
)
async def kafka(self: AppCommand, action: str, port: int | None, timeout: float | None) -> None:
    """Manage the local single-node Kafka broker (KRaft, 127.0.0.1): fetch jars, start, stop, status."""
    from streams import broker
    from streams.broker.process import DEFAULT_START_TIMEOUT_S

    port = port or settings.kafka_port
    try:
        if action == "fetch":
            click.echo(f"Kafka {broker.kafka_version()} jars in {broker.fetch(verbose=True)}")
        elif action == "start":
            handle = broker.start(
                port, data_dir=settings.kafka_data_dir, timeout=timeout or DEFAULT_START_TIMEOUT_S
            )
            click.echo(f"Kafka ready on {handle.bootstrap_servers} (pid {handle.pid}, log {handle.log_file})")
        elif action == "stop":
            stopped = broker.stop(port, data_dir=settings.kafka_data_dir)
            click.echo("stopped" if stopped else "no broker was running")
        else:
            st = broker.status(port, data_dir=settings.kafka_data_dir)
            click.echo(f"running={st.running} ready={st.ready} pid={st.pid} port={st.port} log={st.log_file}")
            if not st.ready:
                raise SystemExit(1)
    except broker.BrokerError as exc:
        _fail(exc)


@app.command(
    option("--no-broker", is_flag=True, help="do not start the local broker (use STREAMS_KAFKA_BOOTSTRAP)"),
)
async def run(self: AppCommand, no_broker: bool) -> None:
    """Run the monitor: validate configuration, start the local broker if needed, then the worker."""
    from streams.runner import ensure_broker
    from streams.runtime import check_configuration

    try:
        check_configuration()
        if not no_broker:
            ensure_broker(settings)
    except (StreamsError, Exception) as exc:  # broker errors are not StreamsErrors but carry their fix
        _fail(exc)
    streams_bin = Path(sys.argv[0]).resolve()
    # exec: the worker replaces this process, so SIGTERM/SIGINT reach Faust's own shutdown directly.
    os.execv(str(streams_bin), [str(streams_bin), "worker", "--loglevel", settings.log_level])


@app.command(
    option(
        "--fresh",
        is_flag=True,
        help="start from scratch (new topics); by default a second run alerts nothing",
    ),
    option("--timeout", type=float, default=90.0, help="give up after this many seconds"),
)
async def demo(self: AppCommand, fresh: bool, timeout: float) -> None:
    """Run the whole pipeline offline on the bundled sample feeds, print the alerts, then exit."""
    from streams.demo.run import run_demo

    try:
        code = await run_demo(settings, timeout=timeout, fresh=fresh)
    except StreamsError as exc:
        _fail(exc)
    raise SystemExit(code)


@app.command(
    option("--corpus", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True),
    option(
        "--predictions",
        type=click.Path(dir_okay=False, path_type=Path),
        default=None,
        help="write one JSON line of predictions per item here",
    ),
    option("--json", "as_json", is_flag=True, help="print one JSON object of scores"),
)
async def eval(self: AppCommand, corpus: Path, predictions: Path | None, as_json: bool) -> None:
    """Score classification, extraction and deduplication on a labelled corpus (no Kafka)."""
    from streams.evaluate import format_report, run_eval

    scores: dict[str, Any] = run_eval(corpus, predictions)
    click.echo(json.dumps(scores) if as_json else format_report(scores))


@app.command(
    argument("action", type=click.Choice(["check", "status"])),
    option(
        "--probe", is_flag=True, help="with check: fetch every enabled feed once and print a health table"
    ),
)
async def feeds(self: AppCommand, action: str, probe: bool) -> None:
    """Validate feeds.yaml (offline; --probe fetches each feed once) or show feed health."""
    from streams.ingest.commands import feeds_check, feeds_status

    try:
        if action == "check":
            code = await feeds_check(settings, probe=probe)
        else:
            from streams.app import feed_state

            code = await feeds_status(settings, feed_state.table.changelog_topic.get_topic_name())
    except StreamsError as exc:
        _fail(exc)
    raise SystemExit(code)


@app.command(
    argument("action", type=click.Choice(["test"])),
    option(
        "--event",
        "event_file",
        type=click.File("rb"),
        default=None,
        help="an EventMessage as JSON (e.g. a line of `streams replay`; - for stdin); default: a sample fine",
    ),
    option("--blocks", is_flag=True, help="also print the Slack Block Kit payloads"),
)
async def subscriptions(self: AppCommand, action: str, event_file: Any, blocks: bool) -> None:
    """Dry run: which subscriptions an event reaches and the message each would get (nothing is sent)."""
    from streams.notify.preview import describe, preview, sample_message
    from streams.records import EventMessage
    from streams.runtime import subscriptions as load
    from streams.wire import decode

    try:
        message = decode(EventMessage, event_file.read().strip()) if event_file else sample_message()
        click.echo(describe(preview(load(), message), show_blocks=blocks))
    except StreamsError as exc:
        _fail(exc)


def main() -> NoReturn:
    from streams.agents import register_all
    from streams.offsets import install as install_offset_guards
    from streams.recovery_watchdog import install as install_recovery_watchdog

    register_all()  # importing the agents registers them (and the runtime's Resources service)
    # Commit only processed offsets (streams/offsets.py).
    install_offset_guards(app, trace=settings.offset_trace)
    install_recovery_watchdog(app)  # restart a stalled table recovery (streams/recovery_watchdog.py)
    import streams.history.commands  # registers `tail` and `replay` (with the line below: `report`)
    import streams.report.commands  # noqa: F401 - registers `report`

    settings.data_dir.mkdir(parents=True, exist_ok=True)  # Faust creates only the last level of its datadir
    app.main()
