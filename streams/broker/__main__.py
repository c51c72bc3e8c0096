"""``python -m streams.broker fetch|start|stop|status``: a thin CLI over the library functions.

Exit codes: 0 success (``status``: running and ready), 1 failure (message and fix on stderr),
3 ``status`` found no ready broker.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import BrokerError, fetch, kafka_version, start, status, stop
from .process import DEFAULT_START_TIMEOUT_S, DEFAULT_STOP_TIMEOUT_S

EXIT_FAILED = 1
EXIT_NOT_READY = 3  # The LSB init-script code for "program is not running".


def _fetch(args: argparse.Namespace) -> int:
    libs = fetch(cache_dir=args.cache_dir, verbose=True)
    print(f"Kafka {kafka_version()} jars in {libs}")
    return 0


def _start(args: argparse.Namespace) -> int:
    broker = start(
        args.port,
        data_dir=args.data_dir,
        controller_port=args.controller_port,
        timeout=args.timeout,
        cache_dir=args.cache_dir,
    )
    print(
        f"Kafka {kafka_version()} ready at {broker.bootstrap_servers} "
        f"(pid {broker.pid}, data dir {broker.data_dir}, log {broker.log_file})"
    )
    return 0


def _stop(args: argparse.Namespace) -> int:
    stopped = stop(args.port, data_dir=args.data_dir, timeout=args.timeout)
    print("stopped" if stopped else "not running")
    return 0


def _status(args: argparse.Namespace) -> int:
    st = status(args.port, data_dir=args.data_dir)
    print(f"running: {'yes' if st.running else 'no'}")
    print(f"ready: {'yes' if st.ready else 'no'}")
    print(f"pid: {st.pid if st.pid is not None else '-'}")
    print(f"bootstrap: {st.bootstrap_servers}")
    print(f"data dir: {st.data_dir}")
    print(f"log: {st.log_file}")
    return 0 if st.ready else EXIT_NOT_READY


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m streams.broker", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    _add(commands, "fetch", _fetch, "download the pinned Kafka jars (no-op when cached)", broker=False)
    start_cmd = _add(commands, "start", _start, "start the local broker and wait until it is ready")
    start_cmd.add_argument("--controller-port", type=int, help="KRaft controller port (default: port + 1)")
    start_cmd.add_argument("--timeout", type=float, default=DEFAULT_START_TIMEOUT_S, help="seconds to wait")
    stop_cmd = _add(commands, "stop", _stop, "stop the local broker (SIGTERM, then SIGKILL)")
    stop_cmd.add_argument(
        "--timeout", type=float, default=DEFAULT_STOP_TIMEOUT_S, help="seconds before SIGKILL"
    )
    _add(commands, "status", _status, "show the broker's state; exit 3 unless running and ready")
    return parser


def _add(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    func: Callable[[argparse.Namespace], int],
    help_text: str,
    *,
    broker: bool = True,
) -> argparse.ArgumentParser:
    cmd = commands.add_parser(name, help=help_text, description=help_text)
    cmd.set_defaults(func=func)
    if broker:
        cmd.add_argument("--port", type=int, help="client port (default: $STREAMS_KAFKA_PORT or 9092)")
        cmd.add_argument("--data-dir", type=Path, help="broker data dir (default: see module docs)")
    if name in ("fetch", "start"):
        cmd.add_argument("--cache-dir", type=Path, help="jar cache root (default: $STREAMS_KAFKA_CACHE)")
    return cmd


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    try:
        result: int = args.func(args)
    except BrokerError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_FAILED
    return result


if __name__ == "__main__":
    sys.exit(main())
