"""One decision, three outlets, two languages, a worker restart, then an appeal: on the real broker.

The same CNIL fine reaches the worker from the regulator's feed, an English news feed and a French one.
It must become one event: `new` at the first sighting, an `update` per new outlet, nothing for a repeat;
killing the worker in the middle changes nothing; an appeal weeks later is a new event linked to it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from streams import topics
from streams.records import EventMessage
from tests.integration.feeds import Item, rss
from tests.integration.harness import Worker, read_topic, request_poll, worker_env
from tests.servers.feed_server import FeedServer

pytestmark = pytest.mark.integration

DECISION = Item(
    "cnil-2026-31",
    "CNIL fines Litware Cloud €3 million for advertising cookies",
    "The CNIL imposed a fine of €3 million on Litware Cloud on 12 November 2026 for placing advertising "
    "cookies without consent.",
    "Thu, 12 Nov 2026 10:00:00 GMT",
)
NEWS_EN = Item(
    "news-en-1",
    "Litware Cloud hit with €3m fine by French privacy watchdog",
    "France's data protection authority, the CNIL, fined Litware Cloud 3 million euros over advertising "
    "cookies set without consent.",
    "Thu, 12 Nov 2026 15:00:00 GMT",
)
NEWS_FR = Item(
    "news-fr-1",
    "La CNIL inflige une amende de 3 millions d'euros à Litware Cloud",
    "La Commission nationale de l'informatique et des libertés a sanctionné la société Litware Cloud d'une "
    "amende de 3 millions d'euros pour des cookies publicitaires déposés sans consentement.",
    "Fri, 13 Nov 2026 08:00:00 GMT",
)
APPEAL = Item(
    "news-en-2",
    "Litware Cloud appeals €3 million CNIL fine at the Conseil d'État",
    "Litware Cloud has lodged an appeal with the Conseil d'État against the €3 million fine imposed by the "
    "CNIL in November.",
    "Mon, 07 Dec 2026 09:00:00 GMT",
)
FEEDS = {
    "cnil": ("regulator", "FR", "en"),
    "wire-en": ("news", None, "en"),
    "presse-fr": ("news", None, "fr"),
}


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    with FeedServer() as server:
        for feed_id in FEEDS:
            server.set_feed(f"/{feed_id}.xml", rss(), etag='"empty"')
        yield server


@pytest.fixture
def worker(kafka_bootstrap: str, unique_name, tmp_path: Path, feed_server: FeedServer) -> Iterator[Worker]:
    name = unique_name("dedup")
    lines = ["feeds:"]
    for feed_id, (kind, jurisdiction, language) in FEEDS.items():
        lines += [
            f"  - id: {feed_id}",
            f"    url: {feed_server.url(f'/{feed_id}.xml')}",
            f"    kind: {kind}",
            f"    jurisdiction: {jurisdiction or 'null'}",
            f"    language: {language}",
            "    interval: 30s",
            "    backfill: false",
        ]
    (tmp_path / "feeds.yaml").write_text("\n".join(lines) + "\n")
    env = worker_env(kafka_bootstrap, name, tmp_path, STREAMS_FEEDS_FILE=str(tmp_path / "feeds.yaml"))
    w = Worker(env, tmp_path / "worker.log")
    w.prefix = name + "."  # type: ignore[attr-defined]
    yield w
    if w.proc is not None:
        w.stop()


async def events_until(bootstrap: str, prefix: str, worker: Worker, done, what: str) -> list[EventMessage]:
    got = await read_topic(bootstrap, prefix + topics.EVENTS.name, EventMessage, until=done, timeout=90)
    assert done(got), (
        f"{what}; events so far: {[(m.kind, m.event_id, m.changes) for m in got]}\n{worker.log_tail()}"
    )
    return got


def distinct(messages: list[EventMessage]) -> list[EventMessage]:
    """At-least-once delivery may repeat a message: (event_id, revision) is its identity."""
    seen: dict[tuple[str, int], EventMessage] = {}
    for m in messages:
        seen.setdefault((m.event_id, m.revision), m)
    return list(seen.values())


async def test_one_decision_from_three_outlets_is_one_event_and_its_appeal_links_to_it(
    kafka_bootstrap: str, feed_server: FeedServer, worker: Worker
) -> None:
    prefix = worker.prefix  # type: ignore[attr-defined]
    worker.start()
    feed_server.set_feed("/cnil.xml", rss(DECISION), etag='"1"')
    await request_poll(kafka_bootstrap, prefix, "cnil")
    first = await events_until(
        kafka_bootstrap, prefix, worker, lambda g: len(g) >= 1, "no event for the decision"
    )
    original = first[0]
    assert original.kind == "new" and original.event.primary == "fine"
    assert original.event.confirmed_by_authority, "first seen on the deciding authority's own feed"

    worker.kill()  # a restart in the middle must change nothing
    feed_server.set_feed("/wire-en.xml", rss(NEWS_EN), etag='"1"')
    feed_server.set_feed("/presse-fr.xml", rss(NEWS_FR, language="fr"), etag='"1"')
    worker.start()
    await request_poll(
        kafka_bootstrap, prefix, "wire-en", "presse-fr", "cnil"
    )  # the cnil item again: a repeat

    def story_has_three_outlets(got: list[EventMessage]) -> bool:
        return any(m.event_id == original.event_id and m.event.source_count == 3 for m in got)

    await events_until(kafka_bootstrap, prefix, worker, story_has_three_outlets, "the outlets did not join")

    feed_server.set_feed("/wire-en.xml", rss(APPEAL, NEWS_EN), etag='"2"')
    await request_poll(kafka_bootstrap, prefix, "wire-en")
    got = distinct(
        await events_until(
            kafka_bootstrap,
            prefix,
            worker,
            lambda g: any(m.event.primary == "appeal" for m in g),
            "no appeal",
        )
    )

    decision = sorted((m for m in got if m.event_id == original.event_id), key=lambda m: m.revision)
    assert [m.kind for m in decision] == ["new", "update", "update"]
    assert all("new_source" in m.changes for m in decision[1:])
    assert sorted(decision[-1].event.languages) == ["en", "fr"]
    [appeal] = [m for m in got if m.event.primary == "appeal"]
    assert appeal.kind == "new" and appeal.event_id != original.event_id
    assert appeal.event.related_event_id == original.event_id
    assert len({m.event_id for m in got}) == 2, "the decision and its appeal, nothing else"


GROUP_DECISION = Item(
    "cnil-2026-40",
    "CNIL fines Northwind Hosting €2.5 million over customer data breach",
    "The CNIL imposed a fine of €2.5 million on Northwind Hosting on 3 November 2026 for failing to secure "
    "the data of its customers.",
    "Tue, 03 Nov 2026 10:00:00 GMT",
)
GROUP_APPEAL = Item(
    "news-en-3",
    "Northwind appeals €2.5 million CNIL fine",
    "Northwind has lodged an appeal with the Conseil d'État against the €2.5 million fine that the CNIL "
    "imposed on its hosting business in November.",
    "Mon, 30 Nov 2026 09:00:00 GMT",
)


async def test_an_appeal_under_another_company_name_is_linked_across_cases_by_the_linker(
    kafka_bootstrap: str, feed_server: FeedServer, worker: Worker
) -> None:
    """"Northwind Hosting" and "Northwind" are two case keys, so two partitions: the appeal opens unlinked in
    its own case, the linker finds the decision in the CNIL's index, and the dedup agent sends one update."""
    prefix = worker.prefix  # type: ignore[attr-defined]
    worker.start()
    feed_server.set_feed("/cnil.xml", rss(GROUP_DECISION), etag='"1"')
    await request_poll(kafka_bootstrap, prefix, "cnil")
    [decision] = await events_until(kafka_bootstrap, prefix, worker, lambda g: len(g) >= 1, "no decision")
    assert decision.event.case_key == "co:northwind-hosting"

    feed_server.set_feed("/wire-en.xml", rss(GROUP_APPEAL), etag='"1"')
    await request_poll(kafka_bootstrap, prefix, "wire-en")

    def linked(got: list[EventMessage]) -> bool:
        return any("appeal_linked" in m.changes for m in got)

    got = distinct(await events_until(kafka_bootstrap, prefix, worker, linked, "the appeal was not linked"))
    appeal = sorted((m for m in got if m.event.primary == "appeal"), key=lambda m: m.revision)
    assert [(m.kind, m.revision) for m in appeal] == [("new", 0), ("update", 1)]
    assert appeal[0].event.case_key == "co:northwind" and appeal[0].event.related_event_id is None
    assert appeal[1].changes == ["appeal_linked"]
    assert appeal[1].event.related_event_id == decision.event_id
    assert appeal[1].event.root_event_id == decision.event_id

    assert topics.story_key(appeal[1]) == decision.event_id, "the update joins the decision's Slack thread"
