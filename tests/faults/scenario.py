"""The fault scenarios' harness: a stream of distinct enforcement items, a fault, and the figures.

A scenario serves a few regulator feeds from local feed servers, starts real `streams worker` processes on a
real broker, and publishes a stream of distinct fines (one new event each, one Slack alert each) in waves,
asking for a poll after each wave as the scheduler would. A background consumer records every message of
raw-items, candidates, events and alerts with the moment it was seen; the Slack server records every
message it accepted. While the stream flows the test applies its fault, then waits until every expected
alert arrived (or a generous give-up bound passes), lets a wrongly repeated alert arrive, and computes:

- lost events: stories with no `kind: new` event on `enforcement.events.v1`;
- duplicate events: one story announced `new` under two event ids, or different messages sharing an
  (event_id, revision); repeated event messages (the same message again, an at-least-once replay after a
  crash) are counted apart;
- lost alerts: stories without a Slack message; duplicate alerts: extra Slack messages of a story. A re-send
  whose first copy Slack accepted before a kill is the documented exception (the Slack call and the ledger
  write cannot be atomic): counted apart, at most one per kill;
- recovery: from the end of the fault to the first new output (an event or an alert), and to the moment
  every expected alert had arrived.

Every wait is a give-up bound, never an assertion on speed: the machine may be slow. A drain that gives up
does not raise: the figures count what is missing and `Run.diagnosis` says how far each missing story got
(raw item, candidate, event, deliveries). `STREAMS_FAULTS_LOGS=dir` keeps the workers' logs.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import shutil
import signal
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient

from streams import topics
from streams.classify import analyse
from streams.clock import now_iso
from streams.framing import lines
from streams.ids import case_key
from streams.provision import ensure_topics
from streams.records import AlertDelivery, Candidate, EventMessage, PollRequest, RawItem
from streams.wire import decode
from tests.faults import trail
from tests.integration.feeds import Item, rss
from tests.integration.harness import PARTITIONS, TOKEN, Worker, worker_env
from tests.notify.slack_faults import FaultySlack
from tests.servers.feed_server import FeedServer

# Each authority is one feed (its own jurisdiction) and one Slack channel, so the notifier's spacing of one
# message per second per channel does not serialise the whole stream.
AUTHORITIES = (
    ("cnil", "CNIL", "FR", "Commission nationale de l'informatique et des libertés (CNIL)"),
    ("ico", "ICO", "GB", "Information Commissioner's Office (ICO)"),
    ("garante", "Garante", "IT", "Italian data protection authority (Garante)"),
    ("aepd", "AEPD", "ES", "Spanish data protection agency (AEPD)"),
)
_NAMES = (
    "Northwind", "Contoso", "Fabrikam", "Litware", "Tailspin", "Wingtip", "Adatum", "Proseware", "Woodgrove",
    "Lucerne", "Alpine", "Coho", "Humongous", "Margie", "Trey", "Wide World", "Fourth Coffee", "Blue Yonder",
    "Graphic Design", "Southridge",
)  # fmt: skip
_SECTORS = ("Cloud", "Retail", "Logistics", "Media", "Telecom", "Insurance", "Analytics", "Travel")
TOPICS = {
    topics.RAW_ITEMS.name: RawItem,
    topics.CANDIDATES.name: Candidate,
    topics.EVENTS.name: EventMessage,
    topics.STORIES.name: EventMessage,
    topics.ALERTS.name: AlertDelivery,
}
SETTLE_S = 5.0  # after the last expected alert: time for a wrongly repeated one to arrive
DRAIN_TIMEOUT_S = 100.0  # give-up bound for the stream to drain after the fault (all caught up: ~20 s)


@dataclass(frozen=True)
class Story:
    """One real-world fine, reported once by its authority's feed: one event, one alert."""

    index: int
    feed_id: str
    company: str
    item: Item

    @property
    def case_key(self) -> str:
        return "co:" + self.company.lower().replace(" ", "-")

    def mentioned_in(self, text: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(self.company)}(?!\w)", text) is not None


def make_stories(count: int, seed: str) -> list[Story]:
    """`count` distinct fines spread over the authorities' feeds; `seed` makes the guids unique per run."""
    stories = []
    published = formatdate(time.time(), usegmt=True)
    for i in range(count):
        feed_id, short, _, long_name = AUTHORITIES[i % len(AUTHORITIES)]
        company = f"{_NAMES[i % len(_NAMES)]} {_SECTORS[(i // len(_NAMES)) % len(_SECTORS)]}"
        amount = f"€{i % 9 + 1},{i * 37 % 1000:03d},000"
        title = f"{short} fines {company} {amount} over unlawful tracking"
        text = (
            f"The {long_name} imposed a fine of {amount} on {company} for placing advertising cookies "
            "without consent."
        )
        stories.append(Story(i, feed_id, company, Item(f"{seed}-{i:03d}", title, text, published)))
    return stories


def check_distinct(stories: list[Story]) -> None:
    """The stream is only a test of loss and duplication if each item is one fine of its own case."""
    keys = []
    for story in stories:
        jurisdiction = next(a[2] for a in AUTHORITIES if a[0] == story.feed_id)
        analysis = analyse(
            story.item.title,
            story.item.description,
            language="en",
            source_kind="regulator",
            feed_jurisdiction=jurisdiction,
        )
        assert analysis.primary == "fine", (story.item.title, analysis.primary)
        keys.append(case_key(list(analysis.companies), analysis.authority_id))
    assert keys == [s.case_key for s in stories] and len(set(keys)) == len(keys), keys


def feeds_yaml(path: Path, servers: dict[str, FeedServer]) -> Path:
    lines = ["feeds:"]
    for feed_id, short, jurisdiction, _ in AUTHORITIES:
        url = servers[feed_id].url(f"/{feed_id}.xml")
        lines.append(
            f"  - id: {feed_id}\n    name: {short}\n    url: {url}\n    kind: regulator\n"
            f"    jurisdiction: {jurisdiction}\n    language: en\n    interval: 30s"
        )
    path.write_text("\n".join(lines) + "\n")
    return path


def subscriptions_yaml(path: Path) -> Path:
    lines = ["version: 1", "subscriptions:"]
    for feed_id, short, _, _ in AUTHORITIES:
        lines.append(
            f'  - name: {feed_id}\n    destination: slack\n    channel: "#{feed_id}"\n'
            f'    filters:\n      keywords: ["{short}"]'
        )
    path.write_text("\n".join(lines) + "\n")
    return path


def slack_server() -> FaultySlack:
    return FaultySlack(token=TOKEN, channels=tuple(a[0] for a in AUTHORITIES))


@dataclass
class Seen:
    topic: str
    partition: int
    offset: int
    record: Any
    at: float  # time.monotonic() when the test's consumer received it


class Observer:
    """Reads the scenario's topics from the beginning into memory, for as long as the scenario runs.

    Keyed by (topic, partition, offset, line), so reading a message twice (after a reconnect) counts it once.
    """

    def __init__(self, bootstrap: str, prefix: str) -> None:
        self.bootstrap = bootstrap
        self.prefix = prefix
        self.seen: dict[tuple[str, int, int], Seen] = {}
        self._task: asyncio.Task[None] | None = None
        self.errors = 0

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            consumer = AIOKafkaConsumer(
                *(self.prefix + name for name in TOPICS),
                bootstrap_servers=self.bootstrap,
                group_id=None,
                enable_auto_commit=False,
                auto_offset_reset="earliest",
                metadata_max_age_ms=500,
                request_timeout_ms=10000,
            )
            try:
                await consumer.start()
                while True:
                    batch = await consumer.getmany(timeout_ms=100)
                    now = time.monotonic()
                    for tp, records in batch.items():
                        name = tp.topic[len(self.prefix) :]
                        for rec in records:
                            # A candidates message may carry several candidates, one per line.
                            for index, line in enumerate(lines(rec.value)):
                                key = (name, tp.partition, rec.offset, index)
                                if key not in self.seen:
                                    value = decode(TOPICS[name], line)
                                    self.seen[key] = Seen(name, tp.partition, rec.offset, value, now)
            except asyncio.CancelledError:
                raise
            except Exception:
                # The broker may be down (the broker scenario): read again from the start, dropping repeats.
                self.errors += 1
                await asyncio.sleep(0.5)
            finally:
                with contextlib.suppress(Exception):
                    await consumer.stop()

    def of(self, name: str) -> list[Seen]:
        return sorted((s for s in self.seen.values() if s.topic == name), key=lambda s: s.at)

    def count(self, name: str) -> int:
        return sum(1 for s in self.seen.values() if s.topic == name)


class LostAfterRestart(AssertionError):
    """An event or an alert never came out after a worker stopped (SIGKILL, SIGTERM) and partitions moved.

    Its message carries the diagnosis: how far each missing story got (raw item, candidate, event, story,
    delivery), each record with its partition, offset and the group's committed offset there. The four
    offset guards in streams/offsets.py came out of reading these."""


def _flag(backfill: bool) -> str:
    """A record's backfill flag in a diagnosis: a backfill event never alerts, by design."""
    return "backfill" if backfill else "live"


def _content(message: EventMessage) -> str:
    """What a consumer acts on: everything but the emission time."""
    event = message.event
    return repr(
        (message.kind, sorted(message.changes), message.trigger_item_id, event.primary, event.companies,
         event.amount, sorted(src.item_id for src in event.sources))
    )  # fmt: skip


@dataclass
class Figures:
    scenario: str
    stories: int
    events: int
    lost_events: int
    duplicate_events: (
        int  # a story announced `new` twice, or different messages with one (event_id, revision)
    )
    repeated_events: int  # the same (event_id, revision) again: an at-least-once replay after a crash
    alerts: int
    lost_alerts: int
    duplicate_alerts: int
    resent_at_kill: int  # re-sends of an alert Slack accepted just before a kill: the documented exception
    recovery_first_s: float | None  # fault end -> first new event or alert
    recovery_all_s: float | None  # fault end -> every expected alert delivered
    duration_s: float
    notes: str = ""

    def note(self, text: str) -> None:
        self.notes = "; ".join(part for part in (text, self.notes) if part)


@dataclass
class Run:
    """One scenario's moving parts. `scenario` fixtures build it; tests drive it."""

    name: str
    bootstrap: str
    prefix: str
    tmp: Path
    servers: dict[str, FeedServer]  # feed_id -> the server that serves it
    slack: FaultySlack
    stories: list[Story]
    env_overrides: dict[str, str] = field(default_factory=dict)
    workers: list[Worker] = field(default_factory=list)
    marks: dict[str, float] = field(default_factory=dict)
    kills: list[float] = field(default_factory=list)  # moments of SIGKILLs (for counted re-sends)
    published: dict[int, float] = field(default_factory=dict)  # story index -> when it went on its feed
    notes: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    observer: Observer | None = None
    failed_poll_requests: int = 0
    diagnosis: str = ""
    _feed_items: dict[str, list[Item]] = field(default_factory=dict)
    _producer: AIOKafkaProducer | None = None

    # -- setup -----------------------------------------------------------------------------------------

    async def open(self) -> None:
        feeds_file = feeds_yaml(self.tmp / "feeds.yaml", self.servers)
        subscriptions_yaml(self.tmp / "subscriptions.yaml")
        self.env_overrides.setdefault("STREAMS_FEEDS_FILE", str(feeds_file))
        for feed_id, *_ in AUTHORITIES:
            # One old item each: the first poll of a feed is backfill and never alerts.
            self._feed_items[feed_id] = [
                Item(f"{self.name}-{feed_id}-old", f"{feed_id} publishes its annual report",
                     "The authority published its annual report with statistics on complaints handled.",
                     "Mon, 02 Nov 2026 09:00:00 GMT")
            ]  # fmt: skip
            self._serve(feed_id)
        # The topics exist, with the workers' partitions, before the observer subscribes: otherwise its
        # metadata requests make the broker create them with its own default partition count.
        await ensure_topics(self.bootstrap, self.prefix, PARTITIONS)
        self.observer = Observer(self.bootstrap, self.prefix)
        self.observer.start()

    async def close(self) -> None:
        self.keep_logs()
        for worker in self.workers:
            if worker.proc is not None and worker.proc.poll() is None:
                await asyncio.to_thread(worker.stop)
        if self.observer is not None:
            await self.observer.stop()
        if self._producer is not None:
            with contextlib.suppress(Exception):
                await self._producer.stop()

    def new_worker(self, **overrides: str) -> Worker:
        env = worker_env(
            self.bootstrap,
            self.name,
            self.tmp,
            STREAMS_SLACK_TOKEN=TOKEN,
            STREAMS_SLACK_BASE_URL=self.slack.base_url,
            STREAMS_OFFSET_TRACE="1",  # a loss's report prints the offset trail of its partition (trail())
            **{**self.env_overrides, **overrides},
        )
        worker = Worker(env, self.tmp / f"worker{len(self.workers)}.log")
        self.workers.append(worker)
        return worker

    async def start(self, worker: Worker, timeout: float = 120.0) -> Worker:
        return await asyncio.to_thread(worker.start, timeout)

    async def kill(self, worker: Worker) -> None:
        await asyncio.to_thread(worker.kill)
        # Once the process is gone (the kill waits for it): an alert Slack got until then came from it.
        self.kills.append(time.monotonic())

    async def terminate(self, worker: Worker) -> int:
        return await asyncio.to_thread(worker.stop, signal.SIGTERM)

    async def until_backfilled(self, timeout: float = 120.0) -> None:
        """Every feed had its first (backfill) poll: items published from now on alert."""
        await self.until(
            lambda: (
                self.observer is not None and self.observer.count(topics.RAW_ITEMS.name) >= len(AUTHORITIES)
            ),
            timeout,
            "the backfill poll of every feed",
            poll_every=3.0,
        )

    # -- the stream ------------------------------------------------------------------------------------

    def _serve(self, feed_id: str) -> None:
        items = self._feed_items[feed_id]
        self.servers[feed_id].set_feed(f"/{feed_id}.xml", rss(*reversed(items)), etag=f'"v{len(items)}"')

    async def request_polls(self, feed_ids: Iterable[str] | None = None) -> None:
        """What the scheduler does at each tick, but now: a manual PollRequest per feed."""
        if self._producer is None:
            self._producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap, request_timeout_ms=10000)
            await self._producer.start()
        producer = self._producer
        ids = list(feed_ids) if feed_ids is not None else [a[0] for a in AUTHORITIES]
        sends = [
            producer.send_and_wait(
                self.prefix + topics.POLL_REQUESTS.name,
                PollRequest(feed_id=feed_id, requested_at=now_iso(), reason="manual").dumps(),
                key=feed_id.encode(),
            )
            for feed_id in ids
        ]
        try:
            await asyncio.wait_for(asyncio.gather(*sends), timeout=5)
        except Exception:  # the broker is down: the next request (or the worker's scheduler) asks again
            self.failed_poll_requests += 1

    def publish(self, stories: Iterable[Story]) -> set[str]:
        touched = set()
        now = time.monotonic()
        for story in stories:
            self._feed_items[story.feed_id].append(story.item)
            self.published[story.index] = now
            touched.add(story.feed_id)
        for feed_id in touched:
            self._serve(feed_id)
        return touched

    async def flow(
        self, stories: list[Story] | None = None, *, per_wave: int = 4, every: float = 1.0
    ) -> None:
        """Publish `stories` (default all) in waves, asking for a poll after each wave."""
        pending = list(self.stories if stories is None else stories)
        while pending:
            wave, pending = pending[:per_wave], pending[per_wave:]
            await self.request_polls(sorted(self.publish(wave)))
            if pending:
                await asyncio.sleep(every)

    # -- observing -------------------------------------------------------------------------------------

    def mark(self, name: str) -> float:
        self.marks[name] = time.monotonic()
        return self.marks[name]

    def count(self, topic: str) -> int:
        assert self.observer is not None
        return self.observer.count(topic)

    def alerted(self) -> Counter[str]:
        """Slack messages per story company."""
        return Counter({company: len(times) for company, times in self.alert_times().items()})

    def alert_times(self) -> dict[str, list[float]]:
        """When Slack accepted each story's messages, in order."""
        found: dict[str, list[float]] = {}
        for message in self.slack.messages:
            for story in self.stories:
                if story.mentioned_in(message.text or ""):
                    found.setdefault(story.company, []).append(message.at)
        return found

    async def until(
        self,
        condition: Callable[[], bool],
        timeout: float,
        what: str,
        *,
        poll_every: float | None = None,
    ) -> None:
        deadline = time.monotonic() + timeout
        last_poll = time.monotonic()
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"{self.name}: gave up after {timeout:.0f}s waiting for {what}\n{self.logs()}"
                )
            if poll_every is not None and time.monotonic() - last_poll > poll_every:
                last_poll = time.monotonic()
                await self.request_polls()
            await asyncio.sleep(0.05)

    async def drain(self, timeout: float = DRAIN_TIMEOUT_S) -> bool:
        """Wait until every story was alerted (asking for polls as the scheduler would), then settle.

        False when the give-up bound passed first: the figures then count what is missing, and
        `self.diagnosis` says how far each missing story got.
        """
        expected = {s.company for s in self.stories}
        try:
            await self.until(
                lambda: expected <= set(self.alerted()),
                timeout,
                "every story's alert",
                poll_every=5.0,
            )
        except AssertionError:
            self.diagnosis = self.diagnose(await self.committed_offsets())
            return False
        self.mark("drained")
        await asyncio.sleep(SETTLE_S)
        return True

    def first_output_after(self, mark: str) -> float | None:
        """Seconds from a mark to the first event or Slack message seen after it."""
        assert self.observer is not None
        at = self.marks[mark]
        outputs = [s.at for s in self.observer.of(topics.EVENTS.name) if s.at >= at]
        outputs += [m.at for m in self.slack.messages if m.at >= at]
        return round(min(outputs) - at, 1) if outputs else None

    async def committed_offsets(self) -> dict[tuple[str, int], int]:
        """The workers' group's committed offset per (topic name without prefix, partition)."""
        admin = AIOKafkaAdminClient(bootstrap_servers=self.bootstrap)
        try:
            await admin.start()
            offsets = await admin.list_consumer_group_offsets(f"{self.name}-app")
        except Exception as exc:  # a diagnosis must not hide the failure it explains
            self.notes.append(f"committed offsets unavailable: {exc!r}")
            return {}
        finally:
            with contextlib.suppress(Exception):
                await admin.close()
        return {
            (tp.topic[len(self.prefix) :], tp.partition): meta.offset
            for tp, meta in offsets.items()
            if tp.topic.startswith(self.prefix)
        }

    def diagnose(self, committed: dict[tuple[str, int], int] | None = None) -> str:
        """How far each story without an alert got: raw item, candidate, event, story and delivery records,
        each as (partition, offset, the group's committed offset of that partition)."""
        assert self.observer is not None
        alerted = self.alerted()
        lines = []

        def event(seen: Seen) -> tuple[object, ...]:
            message = seen.record
            where = at(topics.EVENTS.name, seen)
            return (message.event_id, message.kind, *where, _flag(message.event.backfill))

        def at(topic: str, seen: Seen) -> tuple[int, int, int | None]:
            return (seen.partition, seen.offset, (committed or {}).get((topic, seen.partition)))

        for story in self.stories:
            if alerted[story.company]:
                continue
            raws = [s for s in self.observer.of(topics.RAW_ITEMS.name) if s.record.title == story.item.title]
            cands = [
                s for s in self.observer.of(topics.CANDIDATES.name) if story.company in s.record.companies
            ]
            events = [
                s for s in self.observer.of(topics.EVENTS.name) if story.company in s.record.event.companies
            ]
            ids = {e.record.event_id for e in events}
            stories = [s for s in self.observer.of(topics.STORIES.name) if s.record.event_id in ids]
            deliveries = [
                f"{d.record.status}:{d.record.sink}:{d.record.error}"
                for d in self.observer.of(topics.ALERTS.name)
                if d.record.event_id in ids
            ]
            lines.append(
                f"story {story.index} {story.company} (feed {story.feed_id}): raw items "
                f"{[(*at(topics.RAW_ITEMS.name, r), _flag(r.record.backfill)) for r in raws]}, "
                f"candidates {[(*at(topics.CANDIDATES.name, c), _flag(c.record.backfill)) for c in cands]}, "
                f"events {[event(e) for e in events]}, "
                f"stories {[at(topics.STORIES.name, s) for s in stories]}, "
                f"deliveries {deliveries}"
            )
        lines.append(f"marks: { {k: round(v - self.started, 1) for k, v in self.marks.items()} }")
        lines.append(f"kills: {[round(k - self.started, 1) for k in self.kills]}")
        return "\n".join(lines)

    def keep_logs(self) -> None:
        """Copy the workers' logs to $STREAMS_FAULTS_LOGS/<run name>/ (pytest's tmp dirs rotate away)."""
        target = os.environ.get("STREAMS_FAULTS_LOGS")
        if not target:
            return
        folder = Path(target) / self.name
        folder.mkdir(parents=True, exist_ok=True)
        for worker in self.workers:
            if worker.log_path.exists():
                shutil.copy(worker.log_path, folder / worker.log_path.name)

    def logs(self) -> str:
        tails = [f"--- worker {i} ---\n{w.log_tail(3000)}" for i, w in enumerate(self.workers)]
        return "\n".join(tails)

    def lost(self, message: str) -> str:
        """A loss's report, the diagnosis last: CI shows the end of the output."""
        return f"{message}\n{self.logs()}\n{self.evidence()}\n{self.trail()}\n{self.diagnosis}"

    def trail(self, limit: int = 200) -> str:
        """The offset trail (`STREAMS_OFFSET_TRACE`) of each stories partition holding a story without an
        alert (what was delivered, read by the notifier, acknowledged and whether the ack counted, committed
        and sought), then every break of at-least-once the whole trail shows (tests/faults/trail.py)."""
        partitions = {f"{topics.STORIES.name}[{seen.partition}]" for seen in self.unalerted_stories()}
        logs = [w.log_path.read_text("utf-8", "replace").splitlines() for w in self.workers]
        shown = [
            f"w{i} {line[:400]}"
            for i, lines in enumerate(logs)
            for line in lines
            if "offsets: " in line
            and ("offsets: seek" in line or any(f"{p}@" in line or f"{p} " in line for p in partitions))
        ]
        broken = trail.breaks((line for lines in logs for line in lines), topics.STORIES.name)
        return (
            f"offset trail of {sorted(partitions)}:\n"
            + "\n".join(shown[-limit:])
            + "\nat-least-once breaks in the trail:\n"
            + ("\n".join(broken) or "none")
        )

    def unalerted_event_ids(self) -> set[str]:
        """The event ids of the stories without an alert."""
        assert self.observer is not None
        alerted = self.alerted()
        missing = {s.company for s in self.stories if not alerted[s.company]}
        return {
            seen.record.event_id
            for seen in self.observer.of(topics.EVENTS.name)
            if missing & set(seen.record.event.companies)
        }

    def unalerted_stories(self) -> list[Seen]:
        """The stories records of the stories without an alert."""
        assert self.observer is not None
        ids = self.unalerted_event_ids()
        return [seen for seen in self.observer.of(topics.STORIES.name) if seen.record.event_id in ids]

    def evidence(self, limit: int = 60) -> str:
        """The workers' log lines a loss is read from: starts, recoveries, crashes, warnings and errors,
        and every line naming a stories or events offset of a story without an alert."""
        ids = self.unalerted_event_ids()
        stories = self.unalerted_stories()
        places = {f"{topics.STORIES.name}[{seen.partition}]@{seen.offset}" for seen in stories}
        marks = ("WARNING", "ERROR", "Crashed", "Restarting", "Worker]: Starting", "Recovery complete")
        found = []
        for i, worker in enumerate(self.workers):
            for line in worker.log_path.read_text("utf-8", "replace").splitlines():
                if any(m in line for m in marks) or any(p in line for p in places | ids):
                    found.append(f"w{i} {line[:300]}")
        return "evidence:\n" + "\n".join(found[-limit:])

    # -- figures ---------------------------------------------------------------------------------------

    def figures(self, scenario: str, fault_end: str = "fault_end") -> Figures:
        assert self.observer is not None
        events = [s for s in self.observer.of(topics.EVENTS.name)]
        by_company: dict[str, set[str]] = {}
        revisions: Counter[tuple[str, int]] = Counter()
        for seen in events:
            message: EventMessage = seen.record
            revisions[(message.event_id, message.revision)] += 1
            if message.kind == "new":
                for company in message.event.companies:
                    by_company.setdefault(company, set()).add(message.event_id)
        lost_events = sum(1 for s in self.stories if not by_company.get(s.company))
        # A message repeated as it was (an at-least-once replay after a crash) is counted apart from a real
        # duplicate: a story announced `new` under two event ids, or two different messages sharing an
        # (event_id, revision).
        repeated_events = sum(n - 1 for n in revisions.values())
        conflicting = sum(
            len(ids) - 1
            for company, ids in by_company.items()
            if any(s.company == company for s in self.stories)
        )
        contents: dict[tuple[str, int], set[str]] = {}
        for seen in events:
            message = seen.record
            contents.setdefault((message.event_id, message.revision), set()).add(_content(message))
        conflicting += sum(len(c) - 1 for c in contents.values())

        per_story = self.alert_times()
        lost_alerts = sum(1 for s in self.stories if s.company not in per_story)
        resent_at_kill, duplicate_alerts = 0, 0
        kills_used: set[float] = set()
        repeated: list[str] = []  # every story alerted more than once, with its alert times: for the notes
        for company, times in per_story.items():
            if len(times) > 1:
                repeated.append(f"{company} alerted at {[round(t - self.started, 1) for t in times]}")
            for extra in times[1:]:
                # The documented exception: the first copy reached Slack before a kill, the re-send after it.
                kill = next((k for k in self.kills if times[0] <= k <= extra and k not in kills_used), None)
                if kill is not None:
                    kills_used.add(kill)
                    resent_at_kill += 1
                else:
                    duplicate_alerts += 1

        end = self.marks.get(fault_end)
        first = all_ = None
        if end is not None:
            outputs = [s.at for s in events if s.at >= end] + [
                m.at for m in self.slack.messages if m.at >= end
            ]
            first = round(min(outputs) - end, 1) if outputs else None
            firsts = [times[0] for times in per_story.values()]
            if firsts and lost_alerts == 0:
                all_ = round(max(0.0, max(firsts) - end), 1)
        return Figures(
            scenario=scenario,
            stories=len(self.stories),
            events=len(events),
            lost_events=lost_events,
            duplicate_events=conflicting,
            repeated_events=repeated_events,
            alerts=len(self.slack.messages),
            lost_alerts=lost_alerts,
            duplicate_alerts=duplicate_alerts,
            resent_at_kill=resent_at_kill,
            recovery_first_s=first,
            recovery_all_s=all_,
            duration_s=round(time.monotonic() - self.started, 1),
            notes="; ".join(
                [
                    *self.notes,
                    *(
                        [
                            f"repeated alerts: {', '.join(repeated)}; kills at "
                            f"{[round(k - self.started, 1) for k in self.kills]}"
                        ]
                        if repeated
                        else []
                    ),
                    *([self.diagnosis] if self.diagnosis else []),
                ]
            ),
        )
