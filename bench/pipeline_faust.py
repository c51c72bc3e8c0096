"""The empty Faust baseline of `bench pipeline`: one agent that forwards every raw item to an output topic.

Run as a worker by the benchmark (`python -m bench.pipeline_faust worker`), with the pipeline worker's
broker settings (acks=all, commit interval, partitions) and nothing else: what it costs is Faust's own
per-event overhead (consumer, stream, ack, producer), the floor under any Faust agent that handles one
event at a time.
"""

from __future__ import annotations

import os

import faust

app = faust.App(
    os.environ["BENCH_APP_ID"],
    broker="kafka://" + os.environ["BENCH_BOOTSTRAP"],
    store="memory://",
    topic_partitions=int(os.environ.get("BENCH_PARTITIONS", "8")),
    topic_replication_factor=1,
    consumer_auto_offset_reset="earliest",
    producer_acks=-1,
    producer_linger=0.005,  # as the pipeline's app (streams/app.py)
    web_host="127.0.0.1",
    web_port=int(os.environ["BENCH_WEB_PORT"]),
    datadir=os.environ["BENCH_DATA_DIR"],
    autodiscover=False,
    broker_commit_interval=1.0,
    table_standby_replicas=0,
    stream_wait_empty=True,
)
source = app.topic(
    os.environ["BENCH_SOURCE"], key_type=bytes, value_type=bytes, value_serializer="raw", key_serializer="raw"
)
sink = app.topic(
    os.environ["BENCH_SINK"], key_type=bytes, value_type=bytes, value_serializer="raw", key_serializer="raw"
)


@app.agent(source)
async def forward(stream: faust.StreamT) -> None:
    async for event in stream.events():
        await sink.send(key=event.key, value=event.value)


if __name__ == "__main__":
    app.main()
