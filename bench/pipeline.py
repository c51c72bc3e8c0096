"""The whole pipeline in one worker: throughput per worker and latency to the Slack call (memory: memory.py).

**Throughput** (`items_per_s`): N RawItems (10,000 with `--quick`, 20,000 without: QUICK_ITEMS, FULL_ITEMS;
the project's example items and the dev corpus texts, with
distinct ids, from a pool of 12 outlets: first sightings, new-outlet updates, same-outlet duplicates, and
non-events; about 1 event message per 3 items in the first few thousand, then repeats) are produced to
`raw-items` first; then ONE real `streams worker` process reads them. The rate is N over the time from
its first message on `candidates` (its first item classified) to dedup's last write, on
`enforcement.events.v1` or the `cases` changelog (Kafka timestamps): the last hop's span alone would leave
out the time the classify agent runs ahead of dedup, and the events alone end at the mix's last new event,
before the last item. The bare loop's rate is N over its own first-item-to-last-item-done time. The items'
`first_seen` lies beyond the alert age limit, so the notifier records a "skipped" delivery per event and
calls no sink: the figure is raw item -> event. Two baselines run on the same topic in the same round,
with the same 8 partitions and acks=all:

- `bare_aiokafka_items_per_s`: one process, a plain aiokafka consume loop doing the same work per item
  (decode the RawItem, `classify_item`, dedup `decide` and the linker over in-process dicts (`DedupEngine`),
  `dumps()` and produce the same EventMessages), without the candidates repartition, the authority-notes
  hop and the linked candidates' way back, table changelogs, stories and notifier (since session 14 it
  does the link agent's work too: its figures before that are not directly comparable);
- `empty_faust_items_per_s`: a Faust worker whose one agent forwards every raw item, per event, to an
  output topic (`bench/pipeline_faust.py`): Faust's own per-event cost.

Rounds are interleaved (pipeline, bare, empty Faust; the order rotates) and figures are medians. The
classifier is the same code in the pipeline and the bare loop and costs most of an item; so that the
ratio also says something once it is faster, the `short_*` figures repeat the comparison on the short
example items only (a headline and a sentence: a few times cheaper to classify). `*cpu_us_per_item` is
the CPU time (user + system) of the worker process (of the bench process for the bare loop) per item:
on a shared machine it holds better than wall-clock rates, which follow the other jobs' load
(`load_average` is printed with the figures).

**Latency** (`latency_p50_ms`, `latency_p99_ms`, at 100 items/s; `latency_10_per_s_*` at 10): a worker
with Slack subscriptions against the local Slack-compatible server (tests/servers/slack_server.py, the
real slack_sdk client) is fed raw items at a steady rate; 20% are fines against a company never seen
before (each a new event that alerts), 10% repeat one of them from the same outlet (deduplicated: no
alert) and 70% are non-events from the example items. Latency = arrival of the chat.postMessage at the
server minus the moment the raw item was handed to the producer, for every alerting item. It includes
the producer, the broker, every hop of the worker (classify, candidates, dedup to events and stories, notify
with its ledger flush) and the HTTP call; it excludes polling (a feed is read every few minutes) and
Slack's own network and limits. The sink's per-channel limit (1 message/s) would turn 20 alerts/s on one
channel into a queue, so alerts spread over 40 channels (one subscription each, filtered by company): no
channel gets more than one alert every 2 s. `..._median_ms_by_hop` splits the median by the Kafka
timestamps of each hop's message. The first 3 s (worker warm-up) are not counted.

`BENCH_PIPELINE_ONLY=throughput,short,latency` runs some parts only; `BENCH_PIPELINE_PROFILE=DIR`
writes a CPU-time cProfile of each pipeline worker to DIR; `BENCH_KEEP_LOGS=1` keeps the workers' logs.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition  # noqa: E402
from aiokafka.admin import AIOKafkaAdminClient, NewTopic  # noqa: E402

from streams import topics  # noqa: E402
from streams.framing import lines  # noqa: E402
from streams.provision import ensure_topics  # noqa: E402
from streams.records import RawItem  # noqa: E402
from streams.runner import ensure_broker  # noqa: E402
from streams.settings import Settings  # noqa: E402
from tests.servers.slack_server import SlackServer  # noqa: E402

PARTITIONS = 8
# Items per throughput round. The pipeline's window ends with a drain the bare loop does not have: after the
# last item is classified, its batch still takes the hops to the notifier and, for appeals, to the link
# agent and back to dedup, about 0.5 to 1.5 s under a backlog. 3,000 items (a 3 s window) made that a
# third of the figure; from 10,000 on the rate is the worker's steady one.
QUICK_ITEMS = 10_000
FULL_ITEMS = 20_000
FIXTURE = ROOT / "tests" / "fixtures" / "classify_examples.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
OUTLETS = 12  # outlets per story: cycles beyond this repeat an outlet (a duplicate: no message)
STREAMS_BIN = Path(sys.executable).with_name("streams")
TOKEN = "xoxb-bench-token"
CHANNELS = 40
READY = b"Ready"


# -- items -------------------------------------------------------------------------------------------


def _texts(short: bool = False) -> list[dict[str, Any]]:
    """Every example item and dev-corpus text; `short`: only the headline-and-a-sentence examples."""
    texts = []
    for path in (FIXTURE,) if short else (FIXTURE, CORPUS):
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    d = json.loads(line)
                    if short and not str(d.get("id", "")).startswith("ex"):
                        continue
                    texts.append({k: d.get(k) for k in ("title", "summary", "language", "published")})
    return texts


def _raw(i: int, text: dict[str, Any], outlet: int, first_seen: str, run: str) -> RawItem:
    return RawItem(
        item_id=f"itm_{run}{i:012d}",
        feed_id=f"bench-{outlet}",
        source=f"Bench Outlet {outlet}",
        source_kind="news",
        url=f"http://127.0.0.1/{run}/{i}",
        title=text["title"],
        summary=text["summary"] or "",
        first_seen=first_seen,
        published=_iso(text["published"]),
        language=text["language"],
    )


def _iso(day: str | None) -> str | None:
    return f"{day[:10]}T00:00:00Z" if day else None


def mix(start: int, stop: int, run: str, short: bool = False) -> list[tuple[bytes, bytes]]:
    """Items start..stop of the throughput mix as (key, value), old enough that no alert is sent."""
    texts = _texts(short)
    first_seen = (datetime.now(UTC) - timedelta(days=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = []
    for i in range(start, stop):
        cycle, k = divmod(i, len(texts))
        raw = _raw(i, texts[k], (cycle + k) % OUTLETS, first_seen, run)
        out.append((raw.item_id.encode(), raw.dumps()))
    return out


# -- processes ---------------------------------------------------------------------------------------


class Process:
    """A worker child process; logs to a file; ready at Faust's "Ready" line."""

    def __init__(self, cmd: list[str], env: dict[str, str], log: Path) -> None:
        self.cmd, self.env, self.log = cmd, env, log
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 120.0) -> Process:
        with self.log.open("ab") as fh:
            self.proc = subprocess.Popen(
                self.cmd, env=self.env, stdout=fh, stderr=subprocess.STDOUT, cwd=ROOT, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.cmd[0]} exited: {self.tail()}")
            if READY in self.log.read_bytes():
                return self
            time.sleep(0.2)
        raise RuntimeError(f"not ready after {timeout}s: {self.tail()}")

    def tail(self) -> str:
        return self.log.read_bytes()[-4000:].decode("utf-8", "replace")

    def rss_mb(self) -> float:
        assert self.proc is not None
        with open(f"/proc/{self.proc.pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
        return 0.0

    def cpu_s(self) -> float:
        """User + system CPU seconds the process has used so far."""
        assert self.proc is not None
        with open(f"/proc/{self.proc.pid}/stat") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def worker_env(bootstrap: str, name: str, tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMS_")}
    feeds = tmp / "feeds.yaml"
    feeds.write_text("feeds: []\n")
    env.update(
        STREAMS_KAFKA_BOOTSTRAP=bootstrap,
        STREAMS_APP_ID=f"{name}-app",
        STREAMS_TOPIC_PREFIX=f"{name}.",
        STREAMS_PARTITIONS=str(PARTITIONS),
        STREAMS_DATA_DIR=str(tmp / name),
        STREAMS_WEB_PORT=str(_free_port()),
        STREAMS_FEEDS_FILE=str(feeds),
        STREAMS_SUBSCRIPTIONS_FILE=str(tmp / "no-subscriptions.yaml"),  # the console default
        PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


def pipeline_worker(env: dict[str, str], log: Path) -> Process:
    cmd = [str(STREAMS_BIN), "worker", "--loglevel", "info"]
    profile = os.environ.get("BENCH_PIPELINE_PROFILE")  # a directory: cProfile the worker (development)
    if profile:
        out = Path(profile) / f"worker-{uuid.uuid4().hex[:6]}.prof"
        # CPU time, not wall time: on a shared machine waiting for a core is not the worker's cost.
        script = (
            "import cProfile, sys, time; from streams.cli import main\n"
            "sys.argv = ['streams', *sys.argv[1:]]\np = cProfile.Profile(time.process_time)\n"
            "try: p.runcall(main)\n"
            f"except SystemExit: pass\nfinally: p.dump_stats({str(out)!r})"
        )
        cmd = [sys.executable, "-c", script, *cmd[1:]]
    return Process(cmd, env, log)


# -- Kafka helpers -----------------------------------------------------------------------------------


async def _create(bootstrap: str, *names: str) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(n, PARTITIONS, 1) for n in names])
    finally:
        await admin.close()


async def _delete_prefix(bootstrap: str, prefix: str) -> None:
    """Delete the run's topics: `<name>.` ones and Faust's own `<name>-app-...` (changelogs, assignor)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        names = [t for t in await admin.list_topics() if t.startswith(prefix)]
        if names:
            with contextlib.suppress(Exception):
                await admin.delete_topics(names)
    finally:
        await admin.close()


async def fill(bootstrap: str, topic: str, items: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, linger_ms=50, max_batch_size=1024 * 1024)
    await producer.start()
    try:
        pending = []
        for key, value in items:
            pending.append(await producer.send(topic, value, key=key))
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def _ends(consumer: AIOKafkaConsumer, topic: str) -> dict[TopicPartition, int]:
    parts = [TopicPartition(topic, p) for p in range(PARTITIONS)]
    return await consumer.end_offsets(parts)


async def committed(bootstrap: str, group: str, topic: str) -> int:
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        offsets = await admin.list_consumer_group_offsets(group)
    finally:
        await admin.close()
    return sum(max(meta.offset, 0) for tp, meta in offsets.items() if tp.topic == topic)


async def total(bootstrap: str, topic: str) -> int:
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None)
    await consumer.start()
    try:
        return sum((await _ends(consumer, topic)).values())
    finally:
        await consumer.stop()


async def timestamps(bootstrap: str, topic: str) -> list[int]:
    """Kafka timestamps (ms) of every message of `topic`."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        ends = await _ends(consumer, topic)
        todo = {tp for tp, end in ends.items() if end > 0}
        consumer.assign(list(ends))
        await consumer.seek_to_beginning(*ends)
        out: list[int] = []
        while todo:
            batch = await consumer.getmany(*todo, timeout_ms=5000, max_records=10_000)
            if not batch:
                break
            for tp, records in batch.items():
                out.extend(r.timestamp for r in records)
                if records[-1].offset + 1 >= ends[tp]:
                    todo.discard(tp)
        return out
    finally:
        await consumer.stop()


async def records(bootstrap: str, topic: str) -> list[tuple[int, bytes]]:
    """(Kafka timestamp in ms, value) of every message of `topic`."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        ends = await _ends(consumer, topic)
        todo = {tp for tp, end in ends.items() if end > 0}
        consumer.assign(list(ends))
        await consumer.seek_to_beginning(*ends)
        out: list[tuple[int, bytes]] = []
        while todo:
            batch = await consumer.getmany(*todo, timeout_ms=5000, max_records=10_000)
            if not batch:
                break
            for tp, recs in batch.items():
                out.extend((r.timestamp, r.value or b"") for r in recs)
                if recs[-1].offset + 1 >= ends[tp]:
                    todo.discard(tp)
        return out
    finally:
        await consumer.stop()


def _rate(n: int, stamps: list[int]) -> float:
    span = (max(stamps) - min(stamps)) / 1000 if len(stamps) > 1 else 0.0
    return n / span if span > 0 else 0.0


async def _until_consumed(bootstrap: str, group: str, wanted: dict[str, int], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [await committed(bootstrap, group, t) >= n for t, n in wanted.items()]
        if all(done):
            return
        await asyncio.sleep(1.0)
    raise RuntimeError(f"group {group} did not consume {wanted} within {timeout:.0f}s")


# -- the three throughput variants --------------------------------------------------------------------


async def run_pipeline(bootstrap: str, name: str, n: int, tmp: Path) -> tuple[float, float]:
    """Items/s, and the worker's CPU µs per item from its "Ready" to the last candidate consumed."""
    prefix = f"{name}."
    env = worker_env(bootstrap, name, tmp)
    worker = pipeline_worker(env, tmp / f"{name}.log").start()
    cpu0 = worker.cpu_s()
    try:
        await _until_consumed(bootstrap, f"{name}-app", {prefix + topics.RAW_ITEMS.name: n}, 600)
        while True:  # then every candidate
            cands = await total(bootstrap, prefix + topics.CANDIDATES.name)
            await _until_consumed(bootstrap, f"{name}-app", {prefix + topics.CANDIDATES.name: cands}, 300)
            if await total(bootstrap, prefix + topics.CANDIDATES.name) == cands:
                break
        cpu = worker.cpu_s() - cpu0
    finally:
        worker.stop()
    # From the first candidate (the first item classified) to dedup's last write: its last event, or its
    # last `cases` changelog write (every dedup batch writes one; the mix's last items are repeats that
    # emit no event, so the events alone would end the span too early).
    first = min(await timestamps(bootstrap, prefix + topics.CANDIDATES.name))
    last = [
        *await timestamps(bootstrap, prefix + topics.EVENTS.name),
        *await timestamps(bootstrap, f"{name}-app-cases-changelog"),
    ]
    return _rate(n, [first, *last]), cpu / n * 1e6


async def run_bare(bootstrap: str, source: str, sink: str, n: int) -> tuple[float, int, float]:
    """Items/s, events written, and CPU µs per item of this process (the loop runs alone in it)."""
    from streams.agents.classify import classify_item
    from streams.clock import now_iso
    from streams.dedup.engine import DedupEngine
    from streams.wire import decode

    engine = DedupEngine()
    cpu0 = time.process_time()
    consumer = AIOKafkaConsumer(
        bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False, auto_offset_reset="earliest"
    )
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all")
    await consumer.start()
    await producer.start()
    try:
        consumer.assign([TopicPartition(source, p) for p in range(PARTITIONS)])
        seen = 0
        pending = []
        began: float | None = None
        while seen < n:
            batch = await consumer.getmany(timeout_ms=1000, max_records=256)
            for records in batch.values():
                for rec in records:
                    began = time.time() if began is None else began
                    seen += 1
                    raw = decode(RawItem, rec.value)
                    candidate = classify_item(raw)
                    if candidate is None:
                        continue
                    for outcome in engine.observe_all(candidate, now_iso()):  # with cross-case links
                        message = outcome.message
                        if message is not None:
                            pending.append(
                                await producer.send(sink, message.dumps(), key=message.event_id.encode())
                            )
            if len(pending) > 1000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
        ended = time.time()
        cpu = time.process_time() - cpu0
    finally:
        await producer.stop()
        await consumer.stop()
    stamps = await timestamps(bootstrap, sink)
    # From the first item taken to the last one done (its event acknowledged): the events alone would end
    # the span at the mix's last new event, long before the last item when the run is long.
    assert began is not None
    return n / (ended - began), len(stamps), cpu / n * 1e6


async def run_empty_faust(
    bootstrap: str, name: str, source: str, sink: str, n: int, tmp: Path
) -> tuple[float, float]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("STREAMS_")}
    env.update(
        BENCH_APP_ID=f"{name}-empty",
        BENCH_BOOTSTRAP=bootstrap,
        BENCH_SOURCE=source,
        BENCH_SINK=sink,
        BENCH_WEB_PORT=str(_free_port()),
        BENCH_DATA_DIR=str(tmp / f"{name}-empty"),
        BENCH_PARTITIONS=str(PARTITIONS),
        PYTHONUNBUFFERED="1",
    )
    cmd = [sys.executable, "-m", "bench.pipeline_faust", "worker", "--loglevel", "info"]
    worker = Process(cmd, env, tmp / f"{name}-empty.log").start()
    cpu0 = worker.cpu_s()
    try:
        deadline = time.monotonic() + 600
        while await total(bootstrap, sink) < n and time.monotonic() < deadline:
            await asyncio.sleep(0.5)
        cpu = worker.cpu_s() - cpu0
    finally:
        worker.stop()
    return _rate(n, await timestamps(bootstrap, sink)), cpu / n * 1e6


async def _throughput_round(
    bootstrap: str, n: int, short: bool, r: int, tmp: Path, out: dict[str, list[float]]
) -> None:
    name = f"bench-pipe-{uuid.uuid4().hex[:8]}"
    prefix = f"{name}."
    await ensure_topics(bootstrap, prefix, PARTITIONS)
    source = prefix + topics.RAW_ITEMS.name
    await _create(bootstrap, prefix + "bench.bare-out", prefix + "bench.empty-out")
    await fill(bootstrap, source, mix(0, n, name[-8:], short))
    try:
        steps = ["pipeline", "bare", "empty"]
        for step in steps[r % 3 :] + steps[: r % 3]:  # rotate: noise hits every variant alike
            if step == "pipeline":
                rate, cpu = await run_pipeline(bootstrap, name, n, tmp)
            elif step == "bare":
                rate, count, cpu = await run_bare(bootstrap, source, prefix + "bench.bare-out", n)
                out["events"].append(count)
            else:
                rate, cpu = await run_empty_faust(bootstrap, name, source, prefix + "bench.empty-out", n, tmp)
            out[step].append(rate)
            out[f"{step}_cpu"].append(cpu)
    finally:
        await _delete_prefix(bootstrap, name)


async def throughput(bootstrap: str, n: int, rounds: int, tmp: Path, short: bool = False) -> dict[str, Any]:
    out: dict[str, list[float]] = {
        k: [] for k in ("pipeline", "bare", "empty", "pipeline_cpu", "bare_cpu", "empty_cpu", "events")
    }
    for r in range(rounds):
        await _throughput_round(bootstrap, n, short, r, tmp, out)
    med = {k: statistics.median(v) for k, v in out.items()}
    p, b, e = med["pipeline"], med["bare"], med["empty"]
    figures = {
        "items": n,
        "rounds": rounds,
        "events_per_round": round(med["events"]),
        "items_per_s": round(p),
        "bare_aiokafka_items_per_s": round(b),
        "empty_faust_items_per_s": round(e),
        "ratio_pipeline_to_bare": round(p / b, 3),
        "ratio_pipeline_to_empty_faust": round(p / e, 3),
        "cpu_us_per_item": round(med["pipeline_cpu"]),
        "bare_cpu_us_per_item": round(med["bare_cpu"]),
        "empty_faust_cpu_us_per_item": round(med["empty_cpu"]),
        "cpu_ratio_bare_to_pipeline": round(med["bare_cpu"] / med["pipeline_cpu"], 3),
        "items_per_s_rounds": [round(x) for x in out["pipeline"]],
        "bare_items_per_s_rounds": [round(x) for x in out["bare"]],
        "empty_faust_items_per_s_rounds": [round(x) for x in out["empty"]],
    }
    if short:
        return {f"short_{k}": v for k, v in figures.items() if k not in ("items", "rounds")}
    return figures


# -- latency -----------------------------------------------------------------------------------------

_SYLLABLES = (
    "vel",
    "mor",
    "zan",
    "quil",
    "dor",
    "brix",
    "tal",
    "nov",
    "ker",
    "lum",
    "sar",
    "pen",
    "rho",
    "dax",
    "fen",
    "gor",
    "hal",
    "jun",
    "kip",
    "lor",
)
_SUFFIXES = ("Systems", "Media", "Cloud", "Networks", "Analytics", "Labs", "Telecom", "Retail")
_AUTHORITIES = (
    "CNIL",
    "Irish Data Protection Commission",
    "Dutch Data Protection Authority",
    "Italian Garante",
    "Spanish AEPD",
    "Information Commissioner's Office",
)


def _companies(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(3)).capitalize()
        names.add(f"{word} {rng.choice(_SUFFIXES)}")
    return sorted(names)


def _fine(company: str, k: int) -> dict[str, Any]:
    authority = _AUTHORITIES[k % len(_AUTHORITIES)]
    millions = 1 + k % 37
    return {
        "title": f"{authority} fines {company} €{millions} million over unlawful tracking",
        "summary": (
            f"The {authority} has imposed a fine of €{millions} million on {company} for "
            "processing personal data without a valid legal basis and for failing to answer access "
            "requests on time. The company has three months to bring its processing into line. "
            f"{company} said it disagreed with the decision and was studying its options."
        ),
        "language": "en",
        "published": datetime.now(UTC).strftime("%Y-%m-%d"),
    }


def _non_events() -> list[dict[str, Any]]:
    from streams.classify import analyse

    return [
        t
        for t in _texts()
        if analyse(t["title"], t["summary"] or "", language=t["language"], published=t["published"]).primary
        == "none"
    ]


def _subscriptions(path: Path, groups: list[list[str]]) -> None:
    lines = ["version: 1", "subscriptions:"]
    for k, names in enumerate(groups):
        lines += [
            f"  - name: lat-{k}",
            "    destination: slack",
            f'    channel: "#lat-{k}"',
            "    filters:",
            f"      companies: {json.dumps(names)}",
        ]
    path.write_text("\n".join(lines) + "\n")


@dataclass
class _Plan:
    values: list[bytes]
    keys: list[bytes]
    alert: list[str | None]  # company of an alerting item, else None


def _latency_plan(
    count: int, companies: list[str], non_events: list[dict[str, Any]], run: str, offset: int
) -> _Plan:
    """Per 10 items: 2 new fines, 1 same-outlet repeat of the last fine, 7 non-events."""
    values, keys, alert = [], [], []
    fines = iter(companies)
    last: dict[str, Any] | None = None
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for i in range(count):
        slot = i % 10
        company = None
        if slot in (0, 5):
            company = next(fines)
            last = text = _fine(company, i)
        elif slot == 7 and last is not None:
            text = last
        else:
            text = non_events[(i + offset) % len(non_events)]
        raw = _raw(offset + i, text, 0, now, run)
        values.append(raw.dumps())
        keys.append(raw.item_id.encode())
        alert.append(company)
    return _Plan(values, keys, alert)


async def _paced(bootstrap: str, topic: str, plan: _Plan, rate: float) -> dict[str, float]:
    """Produce at `rate` items/s; returns the company -> wall time of each alerting item's send."""
    sent: dict[str, float] = {}
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=0)
    await producer.start()
    try:
        start = time.monotonic()
        for i, (value, key) in enumerate(zip(plan.values, plan.keys, strict=True)):
            wait = start + i / rate - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            company = plan.alert[i]
            if company is not None:
                sent[company] = time.time()
            await producer.send(topic, value, key=key)
        await producer.flush()
    finally:
        await producer.stop()
    return sent


HOPS = ("raw_to_candidate", "candidate_to_event", "event_to_slack")


async def _stages(
    bootstrap: str, prefix: str, runs: list[tuple[int, dict[str, float], dict[str, float]]]
) -> dict[str, Any]:
    """Median ms per hop for the alerting items, from the Kafka timestamps of each hop's message."""
    first: dict[str, dict[str, float]] = {}
    # The dedup agent writes a message to events and stories together: the event's time is the story's.
    for spec in (topics.CANDIDATES, topics.EVENTS):
        seen: dict[str, float] = {}
        for ts, value in await records(bootstrap, prefix + spec.name):
            for line in lines(value):  # a candidates message holds one or more candidates
                body = json.loads(line or b"{}")
                for company in body.get("companies") or body.get("event", {}).get("companies") or ():
                    seen[company] = min(seen.get(company, ts / 1000), ts / 1000)
        first[spec.name] = seen
    cand, event = (first[s.name] for s in (topics.CANDIDATES, topics.EVENTS))
    figures: dict[str, Any] = {}
    for rate, sent, arrived in runs:
        hops: dict[str, list[float]] = {h: [] for h in HOPS}
        for c, t in sent.items():
            if c in cand and c in event and c in arrived:
                for hop, (a, b) in zip(
                    hops, ((t, cand[c]), (cand[c], event[c]), (event[c], arrived[c])), strict=True
                ):
                    hops[hop].append((b - a) * 1000)
        figures[f"latency_{rate}_per_s_median_ms_by_hop"] = {
            hop: round(statistics.median(v), 1) for hop, v in hops.items() if v
        }
    return figures


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


async def latency(bootstrap: str, rates: tuple[int, ...], seconds: float, tmp: Path) -> dict[str, Any]:
    name = f"bench-lat-{uuid.uuid4().hex[:8]}"
    prefix = f"{name}."
    warmup = 30
    need = warmup // 5 + sum(int(r * seconds) // 5 + 2 for r in rates)
    companies = _companies(need, seed=len(name))
    groups: list[list[str]] = [companies[k::CHANNELS] for k in range(CHANNELS)]
    subs = tmp / f"{name}-subscriptions.yaml"
    _subscriptions(subs, groups)
    non_events = _non_events()
    figures: dict[str, Any] = {}
    await ensure_topics(bootstrap, prefix, PARTITIONS)
    topic = prefix + topics.RAW_ITEMS.name
    with SlackServer(token=TOKEN, channels=[f"lat-{k}" for k in range(CHANNELS)]) as slack:
        env = worker_env(
            bootstrap,
            name,
            tmp,
            STREAMS_SUBSCRIPTIONS_FILE=str(subs),
            STREAMS_SLACK_TOKEN=TOKEN,
            STREAMS_SLACK_BASE_URL=slack.base_url,
        )
        worker = pipeline_worker(env, tmp / f"{name}.log").start()
        runs: list[tuple[int, dict[str, float], dict[str, float]]] = []
        try:
            used = 0
            for rate, count in [(10, warmup), *((r, int(r * seconds)) for r in rates)]:
                plan = _latency_plan(count, companies[used:], non_events, name[-8:], used * 10)
                used += sum(1 for c in plan.alert if c)
                before = len(slack.messages)
                sent = await _paced(bootstrap, topic, plan, rate)
                deadline = time.monotonic() + 60
                while len(slack.messages) - before < len(sent) and time.monotonic() < deadline:
                    await asyncio.sleep(0.1)
                wall = time.time() - time.monotonic()  # the server stamps arrivals with time.monotonic()
                arrived: dict[str, float] = {}
                for m in slack.messages[before:]:
                    for company in sent:
                        if m.text and company in m.text:
                            arrived.setdefault(company, m.at + wall)
                lat = [(arrived[c] - t) * 1000 for c, t in sent.items() if c in arrived]
                if count == warmup and rate == 10:
                    warmup = -1  # the warm-up is not reported
                    continue
                runs.append((rate, sent, arrived))
                figures[f"latency_{rate}_per_s_alerts"] = len(lat)
                figures[f"latency_{rate}_per_s_missing"] = len(sent) - len(lat)
                if lat:
                    figures[f"latency_{rate}_per_s_p50_ms"] = round(_percentile(lat, 0.50), 1)
                    figures[f"latency_{rate}_per_s_p99_ms"] = round(_percentile(lat, 0.99), 1)
                    figures[f"latency_{rate}_per_s_max_ms"] = round(max(lat), 1)
            figures |= await _stages(bootstrap, prefix, runs)
        finally:
            worker.stop()
            await _delete_prefix(bootstrap, name)
    top = max(rates)
    figures["latency_p50_ms"] = figures.get(f"latency_{top}_per_s_p50_ms")
    figures["latency_p99_ms"] = figures.get(f"latency_{top}_per_s_p99_ms")
    return figures


# -- entry -------------------------------------------------------------------------------------------


async def _run(quick: bool) -> dict[str, Any]:
    settings = Settings.from_env()
    bootstrap = ensure_broker(settings)
    only = set(filter(None, os.environ.get("BENCH_PIPELINE_ONLY", "").split(",")))  # development
    tmp = Path(tempfile.mkdtemp(prefix="bench-pipeline-"))
    figures: dict[str, Any] = {"load_average_start": round(os.getloadavg()[0], 1)}
    try:
        n = QUICK_ITEMS if quick else FULL_ITEMS
        if not only or "throughput" in only:
            figures |= await throughput(bootstrap, n, 3, tmp)
        if not only or "short" in only:
            figures |= await throughput(bootstrap, n, 3, tmp, short=True)
        if not only or "latency" in only:
            figures |= await latency(bootstrap, (10, 100), 10.0 if quick else 20.0, tmp)
        figures["load_average_end"] = round(os.getloadavg()[0], 1)
    finally:
        if not os.environ.get("BENCH_KEEP_LOGS"):
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            figures["logs"] = str(tmp)
    return figures


def run(quick: bool) -> dict[str, Any]:
    return asyncio.run(_run(quick))
