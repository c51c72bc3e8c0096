"""pytest plugin: one real Kafka broker for the whole test session.

Register it once in ``tests/conftest.py``::

    pytest_plugins = ["tests.kafka_fixture"]

``kafka_bootstrap`` uses the broker named by ``$STREAMS_TEST_KAFKA_BOOTSTRAP`` when set (e.g. a broker you
keep running with ``python -m streams.broker start`` to save its startup time on every run); otherwise it
starts a fresh broker on free loopback ports with a temporary data dir and stops it when the session ends.
A broker that cannot start fails the tests that need it: it never skips them, so a green run always means
the integration tests ran.
"""

from __future__ import annotations

import os
import re
import socket
import uuid
from collections.abc import Iterator
from typing import Protocol

import pytest

from streams.broker import BrokerHandle, start

BOOTSTRAP_ENV = "STREAMS_TEST_KAFKA_BOOTSTRAP"
# Above the library default: test sessions often start the broker while other work loads both cores.
START_TIMEOUT_S = 120.0
_REACH_TIMEOUT_S = 5.0
_NAME_PART_MAX = 80


class NameFactory(Protocol):
    def __call__(self, prefix: str = "t") -> str: ...


@pytest.fixture(scope="session")
def kafka_broker(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BrokerHandle | None]:
    """The broker this session started, or None when ``$STREAMS_TEST_KAFKA_BOOTSTRAP`` names another one."""
    if os.environ.get(BOOTSTRAP_ENV):
        yield None
        return
    port, controller_port = free_ports(2)
    handle = start(
        port,
        data_dir=tmp_path_factory.mktemp("kafka"),
        controller_port=controller_port,
        timeout=START_TIMEOUT_S,
    )
    try:
        yield handle
    finally:
        handle.stop()


@pytest.fixture(scope="session")
def kafka_bootstrap(kafka_broker: BrokerHandle | None) -> str:
    """``"127.0.0.1:PORT"`` of a ready broker."""
    if kafka_broker is not None:
        return kafka_broker.bootstrap_servers
    external = os.environ[BOOTSTRAP_ENV]
    _require_reachable(external)
    return external


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> NameFactory:
    """A factory of topic / group names unique to this test and this run: ``unique_name("orders")``.

    Topics outlive a test on a shared broker, so reusing a name would read another run's records.
    """
    test_part = re.sub(r"[^a-zA-Z0-9-]+", "-", request.node.name).strip("-")[:_NAME_PART_MAX]

    def make(prefix: str = "t") -> str:
        # Only [a-zA-Z0-9-]: Kafka warns about topic names mixing '.' and '_' (they collide in metrics).
        return f"{prefix}-{test_part}-{uuid.uuid4().hex[:10]}"

    return make


def free_ports(count: int) -> list[int]:
    """Distinct free loopback ports (all sockets stay open until every port is picked)."""
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def _require_reachable(bootstrap: str) -> None:
    host, _, port = bootstrap.split(",")[0].strip().rpartition(":")
    try:
        with socket.create_connection((host, int(port)), timeout=_REACH_TIMEOUT_S):
            return
    except (OSError, ValueError) as exc:
        raise RuntimeError(
            f"{BOOTSTRAP_ENV}={bootstrap!r} is not reachable ({exc}): start that broker "
            f"(python -m streams.broker start) or unset {BOOTSTRAP_ENV} to let the tests start their own"
        ) from exc
