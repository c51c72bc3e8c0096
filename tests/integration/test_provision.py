"""Topics at start: the missing ones are created; existing ones with another partition count are refused."""

from __future__ import annotations

import uuid

import pytest
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from streams import topics
from streams.errors import ConfigError
from streams.provision import ensure_topics

pytestmark = pytest.mark.integration


async def test_missing_topics_are_created_with_the_configured_partitions(kafka_bootstrap: str) -> None:
    prefix = f"prov-{uuid.uuid4().hex[:8]}."
    created = await ensure_topics(kafka_bootstrap, prefix, 3)
    assert sorted(created) == sorted(prefix + t.name for t in topics.ALL)
    assert await ensure_topics(kafka_bootstrap, prefix, 3) == []  # a second start creates nothing


async def test_a_topic_with_more_partitions_than_configured_is_refused(kafka_bootstrap: str) -> None:
    # What a client that subscribes before the workers start causes: the broker's default partition count.
    prefix = f"prov-{uuid.uuid4().hex[:8]}."
    admin = AIOKafkaAdminClient(bootstrap_servers=kafka_bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(prefix + topics.CANDIDATES.name, 6, 1)])
    finally:
        await admin.close()

    with pytest.raises(ConfigError) as info:
        await ensure_topics(kafka_bootstrap, prefix, 4)

    assert f"{prefix}{topics.CANDIDATES.name} has 6" in info.value.problem
    assert "STREAMS_PARTITIONS=6" in info.value.fix
    assert not info.value.retriable
