"""The Faust application: settings, topics and tables. Agents live in `streams.agents`, one per file.

Tables are keyed exactly like the stream that writes them and use Kafka's partitioner
(`use_partitioner=True`, raw string keys), so a changelog entry lands in the partition of its key even
when an agent processes a batch from `stream.take`, and follows that partition to whichever worker owns it.
"""

from __future__ import annotations

from typing import Generic, TypeVar, cast

import faust
from faust.exceptions import NotReady

from streams import records, topics
from streams.settings import Settings

settings = Settings.from_env()
V = TypeVar("V", bound=faust.Record)


class MonitorApp(faust.App):
    async def on_first_start(self) -> None:
        await super().on_first_start()
        # Before the consumer joins its group: every topic exists and is visible (see streams.provision).
        from streams.provision import ensure_topics

        await ensure_topics(settings.kafka_bootstrap, settings.topic_prefix, settings.partitions)


app = MonitorApp(
    settings.app_id,
    version=settings.app_version,
    broker=settings.broker_url,
    store="memory://",  # tables are rebuilt from their changelog topics at start
    topic_partitions=settings.partitions,
    topic_replication_factor=1,
    topic_allow_declare=True,
    consumer_auto_offset_reset="earliest",
    producer_acks=-1,
    # Sends wait up to 5 ms to share a produce request (Faust's default 0 sends a request per message
    # as soon as the previous one is answered); it adds at most 5 ms to each hop of an alert.
    producer_linger=0.005,
    web_host=settings.web_host,
    web_port=settings.web_port,
    web_enabled=True,
    datadir=str(settings.data_dir / "faust"),
    autodiscover=False,
    broker_commit_interval=1.0,
    # A killed worker's partitions move within seconds rather than after Faust's default 60 s.
    broker_session_timeout=10.0,
    broker_heartbeat_interval=3.0,
    table_standby_replicas=0,
    stream_wait_empty=True,
)

poll_requests_topic = topics.declare(app, topics.POLL_REQUESTS, settings.partitions, settings.topic_prefix)
raw_items_topic = topics.declare(app, topics.RAW_ITEMS, settings.partitions, settings.topic_prefix)
candidates_topic = topics.declare(app, topics.CANDIDATES, settings.partitions, settings.topic_prefix)
authority_notes_topic = topics.declare(
    app, topics.AUTHORITY_NOTES, settings.partitions, settings.topic_prefix
)
events_topic = topics.declare(app, topics.EVENTS, settings.partitions, settings.topic_prefix)
stories_topic = topics.declare(app, topics.STORIES, settings.partitions, settings.topic_prefix)
alerts_topic = topics.declare(app, topics.ALERTS, settings.partitions, settings.topic_prefix)
dead_letters_topic = topics.declare(app, topics.DEAD_LETTERS, settings.partitions, settings.topic_prefix)
digests_topic = topics.declare(app, topics.DIGESTS, settings.partitions, settings.topic_prefix)


def key_partition(topic: faust.TopicT, key: str) -> int | None:
    """The partition of `key` on `topic` by the producer's partitioner (Kafka's default: the one the tables
    use for their changelogs); None while the producer cannot tell: not started, or no metadata for the topic
    yet. A message sent without a partition is placed by the same hash.

    Answers are remembered (the hash runs in Python, and a case's or story's key comes back with each of
    its items): a topic's partition count cannot change under a running worker, which refuses to start on
    a count other than STREAMS_PARTITIONS (`streams.provision`)."""
    name = topic.get_topic_name()
    known = _PARTITION_OF.get((name, key))
    if known is not None:
        return known
    try:
        partition = int(app.producer.key_partition(name, key.encode()).partition)
    except (NotReady, TypeError):  # TypeError: aiokafka knows no partitions of the topic yet (list(None))
        return None
    if len(_PARTITION_OF) >= 100_000:  # a bound for a long-running worker: start over
        _PARTITION_OF.clear()
    _PARTITION_OF[(name, key)] = partition
    return partition


_PARTITION_OF: dict[tuple[str, str], int] = {}


class StateTable(Generic[V]):
    """A Faust table whose str keys are stored raw, so they hash to the partition of the topic's raw keys.

    Faust derives a table's key serializer from `key_type`; `str` would mean JSON (`"feed"` with quotes),
    which Kafka's partitioner hashes differently from the topic key `feed`.
    """

    def __init__(self, name: str, value_type: type[V], help_: str) -> None:
        self.table = app.Table(
            name,
            default=None,
            key_type=bytes,
            value_type=value_type,
            partitions=settings.partitions,
            use_partitioner=True,
            help=help_,
        )

    def get(self, key: str) -> V | None:
        return cast("V | None", self.table.get(key.encode()))

    def __setitem__(self, key: str, value: V) -> None:
        self.table[key.encode()] = value


feed_state = StateTable("feed-state", records.FeedState, "poll state per feed_id")
cases = StateTable("cases", records.CaseState, "recent events per case_key, for deduplication")
story_ledger = StateTable("story-ledger", records.StoryLedger, "alerts sent and Slack threads per story")
digests = StateTable("digests", records.DigestState, "events held and digests sent per digest subscription")
authority_index = StateTable(
    "authority-index", records.AuthorityIndex, "recent events per authority_id, for appeal links across cases"
)
