"""The real local broker: aiokafka round trip, lifecycle, and a JVM that dies during startup."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from streams.broker import BrokerDidNotStart, BrokerHandle, start, status, stop
from streams.broker.config import DEFAULT_PARTITIONS
from tests.kafka_fixture import NameFactory, free_ports

pytestmark = pytest.mark.integration

_CONSUME_TIMEOUT_S = 60.0


async def test_aiokafka_round_trip(kafka_bootstrap: str, unique_name: NameFactory) -> None:
    topic = unique_name("roundtrip")
    sent = [(f"k{i}".encode(), f"v{i}".encode()) for i in range(5)]

    producer = AIOKafkaProducer(bootstrap_servers=kafka_bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        for key, value in sent:
            # Same partition for every record, so the consumer sees them in send order.
            await producer.send_and_wait(topic, value=value, key=key, partition=0)
        partitions = await producer.partitions_for(topic)
    finally:
        await producer.stop()

    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=kafka_bootstrap,
        group_id=unique_name("group"),
        auto_offset_reset="earliest",
        enable_auto_commit=False,
    )
    await consumer.start()
    try:
        received: list[tuple[bytes | None, bytes | None]] = []
        async with asyncio.timeout(_CONSUME_TIMEOUT_S):
            while len(received) < len(sent):
                message = await consumer.getone()
                received.append((message.key, message.value))
        await consumer.commit()  # Exercises the group coordinator and __consumer_offsets.
    finally:
        await consumer.stop()

    assert received == sent
    assert len(partitions) == DEFAULT_PARTITIONS  # The auto-created topic got our num.partitions.


def test_fixture_broker_reports_ready_and_start_is_idempotent(kafka_broker: BrokerHandle | None) -> None:
    if kafka_broker is None:
        pytest.skip("STREAMS_TEST_KAFKA_BOOTSTRAP points at a broker this session did not start")

    st = status(kafka_broker.port, data_dir=kafka_broker.data_dir)
    again = start(kafka_broker.port, data_dir=kafka_broker.data_dir, timeout=10)

    assert (st.running, st.ready, st.pid) == (True, True, kafka_broker.pid)
    assert again.pid == kafka_broker.pid


def test_start_status_stop_lifecycle(tmp_path: Path) -> None:
    port, controller_port = free_ports(2)

    broker = start(port, data_dir=tmp_path, controller_port=controller_port)
    try:
        running = status(port, data_dir=tmp_path)
    finally:
        stopped = stop(port, data_dir=tmp_path)
    after = status(port, data_dir=tmp_path)

    assert (running.running, running.ready, running.pid) == (True, True, broker.pid)
    assert stopped is True
    assert (after.running, after.ready) == (False, False)
    assert not (tmp_path / "kafka.pid").exists()
    assert "Kafka Server started" in broker.log_file.read_text()


def test_jvm_dying_at_startup_fails_fast_with_the_log_tail(tmp_path: Path) -> None:
    # Storage formatted for another node id: Kafka refuses it and the JVM exits at once.
    kraft = tmp_path / "kraft"
    kraft.mkdir()
    (kraft / "meta.properties").write_text(
        "version=1\nnode.id=99\ncluster.id=ZmFrZS1jbHVzdGVyLWlkAA\ndirectory.id=AAAAAAAAAAAAAAAAAAAAAQ\n"
    )
    port, controller_port = free_ports(2)
    began = time.monotonic()

    with pytest.raises(BrokerDidNotStart) as info:
        start(port, data_dir=tmp_path, controller_port=controller_port, timeout=90)

    assert time.monotonic() - began < 60  # Noticed the exit; did not wait for the timeout.
    assert "exited during startup" in info.value.message
    assert "node" in info.value.message.lower()  # The log tail with Kafka's own reason is included.
    assert not (tmp_path / "kafka.pid").exists()
    assert status(port, data_dir=tmp_path).running is False


def test_start_timeout_kills_the_half_started_jvm(tmp_path: Path) -> None:
    port, controller_port = free_ports(2)

    with pytest.raises(BrokerDidNotStart) as info:
        start(port, data_dir=tmp_path, controller_port=controller_port, timeout=0.5)

    assert info.value.retriable
    assert "--timeout" in info.value.fix
    assert str(tmp_path) in info.value.fix  # or start empty: the data dir to delete is named
    assert status(port, data_dir=tmp_path).running is False
    assert not (tmp_path / "kafka.pid").exists()
