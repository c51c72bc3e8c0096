"""`streams reprocess`, the pure part: a classifier and deduplication over raw items, in-process.

The items below are the history the Kafka test reprocesses too: a fine its regulator and a news outlet
report, a court ruling two outlets report, a regulator's order with a daily penalty, an appeal against the
fine, and a product launch that is no enforcement event. `changed_rule` is a classifier change to compare:
fines lose their amounts and also count as rulings, The Register's reports get jurisdiction UK, appeals are
no longer recognised, and "launches" reads as a ruling.
"""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path
from typing import Any

import pytest

from streams import topics
from streams.agents import register_all
from streams.agents.classify import classify_item
from streams.app import app
from streams.classify import CLASSIFIER_VERSION, Analysis, analyse
from streams.history.classifier import Classifier
from streams.history.diff import Change, Diff, diff, fold
from streams.history.reprocess import Produced, Reprocessor, Seen, processing_order
from streams.history.versions import VersionError, check_version, events_topic, topic_names, versions_in
from streams.ids import item_id
from streams.records import RawItem

ROOT = Path(__file__).parents[2]
CHANGED = "rules-test-b"


def raw_item(
    feed: str,
    source: str,
    kind: str,
    title: str,
    summary: str,
    first_seen: str,
    published: str,
    jurisdiction: str | None = None,
) -> RawItem:
    slug = "-".join(title.lower().split()[:6])
    url = f"https://{feed}.example/{slug}"
    return RawItem(
        item_id=item_id(feed, url),
        feed_id=feed,
        source=source,
        source_kind=kind,
        url=url,
        title=title,
        summary=summary,
        first_seen=first_seen,
        published=published,
        language="en",
        jurisdiction=jurisdiction,
    )


FINE = raw_item(
    "cnil", "CNIL", "regulator",
    "CNIL fines Acme Cloud €5 million over cookie consent",
    "The CNIL has imposed a fine of €5 million on Acme Cloud for placing advertising cookies without "
    "consent.",
    "2026-03-02T08:00:00Z", "2026-03-02T07:30:00Z", "FR",
)  # fmt: skip
FINE_NEWS = raw_item(
    "techpolicy", "Tech Policy Daily", "news",
    "French regulator CNIL fines Acme Cloud €5m over cookies",
    "France's data protection authority CNIL fined Acme Cloud €5 million on Monday for cookie consent "
    "failures.",
    "2026-03-02T10:00:00Z", "2026-03-02T09:45:00Z",
)  # fmt: skip
RULING = raw_item(
    "edpb", "European Data Protection Board", "regulator",
    "EDPB orders Northwind Social to stop data transfers",
    "The European Data Protection Board on Tuesday ordered Northwind Social to stop transferring user data "
    "to the United States, finding that the transfers breached the GDPR.",
    "2026-03-03T09:00:00Z", "2026-03-03T08:30:00Z", "EU",
)  # fmt: skip
RULING_NEWS = raw_item(
    "theregister", "The Register", "news",
    "EU privacy board orders Northwind Social to halt data transfers",
    "The European Data Protection Board ordered Northwind Social on Tuesday to stop its transfers of "
    "personal data to the United States, which breached the GDPR.",
    "2026-03-03T11:00:00Z", "2026-03-03T10:40:00Z",
)  # fmt: skip
ORDER = raw_item(
    "cnil", "CNIL", "regulator",
    "CNIL orders Lumio to stop selling location data",
    "France's CNIL on Tuesday ordered the app maker Lumio to stop selling precise location data within "
    "three months or pay €50,000 per day of delay.",
    "2026-03-04T08:00:00Z", "2026-03-04T07:00:00Z", "FR",
)  # fmt: skip
APPEAL = raw_item(
    "techpolicy", "Tech Policy Daily", "news",
    "Acme Cloud appeals CNIL's €5 million cookie fine",
    "Acme Cloud said on Thursday it has lodged an appeal with the Conseil d'État against the €5 million "
    "fine imposed by the CNIL over cookie consent.",
    "2026-03-05T12:00:00Z", "2026-03-05T11:00:00Z",
)  # fmt: skip
LAUNCH = raw_item(
    "techpolicy", "Tech Policy Daily", "news",
    "Brightcart launches a privacy dashboard for its shoppers",
    "Brightcart on Friday launched a dashboard that lets shoppers see and delete the data it holds on them.",
    "2026-03-06T12:00:00Z", "2026-03-06T11:00:00Z",
)  # fmt: skip
HISTORY = [FINE, FINE_NEWS, RULING, RULING_NEWS, ORDER, APPEAL, LAUNCH]


def changed_rule(title: str | None, summary: str, **kw: Any) -> Analysis:
    a = analyse(title, summary, **kw)
    if a.primary == "fine":
        a = dataclasses.replace(a, types=("fine", "ruling"), amount=None, currency=None, amount_eur=None)
    if kw.get("source") == "The Register":
        a = dataclasses.replace(a, jurisdiction="UK")
    if a.primary == "appeal":
        a = dataclasses.replace(a, primary="none", types=())
    if title and " launches " in title:
        a = dataclasses.replace(a, primary="ruling", types=("ruling",))
    return a


CURRENT = Classifier()
CHANGED_RULE = Classifier(CHANGED, changed_rule)


def event_id_of(item: RawItem) -> str:
    """The event an item opens: deterministic, derived from the item (`streams.ids.event_id`)."""
    from streams.ids import event_id

    return event_id(item.item_id)


@dataclasses.dataclass(frozen=True)
class Record:
    """A Kafka record as the reprocessor reads it."""

    value: bytes | None
    timestamp: int = 0
    partition: int = 0
    offset: int = 0


def reprocessed(classifier: Classifier, items: list[RawItem]) -> list[Produced]:
    work = Reprocessor(classifier)
    work.add_many(Record(item.dumps(), 1000 + k, 0, k) for k, item in enumerate(items))
    return work.run()


def events_of(produced: list[Produced]) -> list[dict[str, Any]]:
    return [json.loads(p.value) for p in produced if p.spec is topics.EVENTS]


def test_the_default_classifier_is_the_classify_agents_own_step() -> None:
    fixtures = [json.loads(line) for line in (ROOT / "tests/fixtures/classify_examples.jsonl").open()]
    examples = HISTORY + [
        RawItem(
            item_id=f"itm_{f['id']}",
            feed_id="fixture",
            source="Fixture",
            source_kind="news",
            url=None,
            title=f.get("title"),
            summary=f.get("summary") or "",
            first_seen="2026-01-01T00:00:00Z",
            published=f.get("published"),
            language=f.get("language"),
        )
        for f in fixtures
    ]
    for raw in examples:
        mine, agents = CURRENT.classify(raw), classify_item(raw)
        assert (mine.dumps() if mine else None) == (agents.dumps() if agents else None), raw.title
    assert CURRENT.version == CLASSIFIER_VERSION


def test_every_candidate_carries_the_classifier_version_that_made_it() -> None:
    produced = reprocessed(CHANGED_RULE, HISTORY)
    candidates = [json.loads(p.value) for p in produced if p.spec is topics.CANDIDATES]
    assert candidates and {c["classifier_version"] for c in candidates} == {CHANGED}
    assert {e["event"]["classifier_version"] for e in events_of(produced)} == {CHANGED}


def test_the_current_rules_find_the_events_of_the_history() -> None:
    produced = reprocessed(CURRENT, HISTORY)
    assert [(p.spec.name, p.key) for p in produced if p.spec is topics.CANDIDATES] == [
        (topics.CANDIDATES.name, "co:acme-cloud"),
        (topics.CANDIDATES.name, "co:acme-cloud"),
        (topics.CANDIDATES.name, "co:northwind-social"),
        (topics.CANDIDATES.name, "co:northwind-social"),
        (topics.CANDIDATES.name, "co:lumio"),
        (topics.CANDIDATES.name, "co:acme-cloud"),
    ], "the product launch is no candidate"
    events = fold(events_of(produced))
    assert {e.event_id: sorted(e.items) for e in events} == {
        event_id_of(FINE): sorted([FINE.item_id, FINE_NEWS.item_id]),
        event_id_of(RULING): sorted([RULING.item_id, RULING_NEWS.item_id]),
        event_id_of(ORDER): [ORDER.item_id],
        event_id_of(APPEAL): [APPEAL.item_id],
    }
    appeal = next(e for e in events if e.event_id == event_id_of(APPEAL))
    assert appeal.state["related_event_id"] == event_id_of(FINE)
    # Keys as on the live topics: candidates by case, events by event id.
    assert all(p.key == json.loads(p.value)["event_id"] for p in produced if p.spec is topics.EVENTS)


def check_expected_diff(d: Diff) -> None:
    """What `changed_rule` changes in HISTORY, compared with the current rules (side A)."""
    assert [m.a.event_id for m in d.unchanged] == [event_id_of(ORDER)]
    [fine] = d.changed
    assert fine.a.event_id == fine.b.event_id == event_id_of(FINE)
    assert fine.changes == (
        Change("types", ["fine"], ["fine", "ruling"]),
        Change("amount", "5000000 EUR", None),
        Change("amount_eur", "5000000.00", None),
    )
    [split] = d.groups
    assert split.kind == "split"
    assert [e.event_id for e in split.a] == [event_id_of(RULING)]
    assert [e.event_id for e in split.b] == [event_id_of(RULING), event_id_of(RULING_NEWS)]
    assert [e.event_id for e in d.only_a] == [event_id_of(APPEAL)]
    assert [e.event_id for e in d.only_b] == [event_id_of(LAUNCH)]


def test_a_changed_rule_gives_the_expected_diff() -> None:
    a = fold(events_of(reprocessed(CURRENT, HISTORY)))
    b = fold(events_of(reprocessed(CHANGED_RULE, HISTORY)))
    check_expected_diff(diff("A", a, "B", b))


def test_reprocessing_is_deterministic_whatever_order_the_items_are_read_in() -> None:
    first = reprocessed(CURRENT, HISTORY)
    shuffled = list(HISTORY)
    random.Random(7).shuffle(shuffled)
    again = reprocessed(CURRENT, shuffled)
    assert [(p.spec, p.key, p.value) for p in again] == [(p.spec, p.key, p.value) for p in first]


def test_items_are_processed_in_the_order_the_pipeline_saw_them() -> None:
    late_report_of_old_news = FINE.derive(first_seen="2026-03-01T00:00:00Z")
    seen = [Seen(FINE_NEWS, 2), Seen(late_report_of_old_news, 5), Seen(FINE, 1)]
    assert [s.raw for s in sorted(seen, key=processing_order)] == [late_report_of_old_news, FINE, FINE_NEWS]


def test_outputs_inherit_the_kafka_timestamp_of_the_item_that_caused_them() -> None:
    produced = reprocessed(CURRENT, [FINE, FINE_NEWS])
    assert [(p.spec.name.split(".")[1], p.timestamp) for p in produced] == [
        ("candidates", 1000),
        ("events", 1000),
        ("candidates", 1001),
        ("events", 1001),
    ]


def test_malformed_raw_items_are_skipped_and_counted() -> None:
    problems: list[tuple[int, int, str]] = []
    work = Reprocessor(CURRENT, on_malformed=lambda p, o, why: problems.append((p, o, why)))
    work.add_many([Record(b"{not json", offset=3), Record(None, offset=4), Record(FINE.dumps(), offset=5)])
    produced = work.run()
    assert work.stats.items == 3 and work.stats.malformed == 2
    assert [(p, o) for p, o, _ in problems] == [(0, 3), (0, 4)]
    assert [p.spec for p in produced] == [topics.CANDIDATES, topics.EVENTS]
    assert (work.stats.candidates, work.stats.events, work.stats.messages) == (1, 1, 1)


def test_a_version_names_its_own_topics_with_legal_characters() -> None:
    assert topic_names("t.", "rules-2025.1") == {
        topics.CANDIDATES: "t.enforcement.reprocess.rules-2025.1.candidates.v1",
        topics.EVENTS: "t.enforcement.reprocess.rules-2025.1.events.v1",
    }
    assert (
        topics.reprocess_name(topics.EVENTS, "my rules/v2_b")
        == "enforcement.reprocess.my-rules-v2-b.events.v1"
    )
    assert events_topic("t.", "live") == "t.enforcement.events.v1"
    assert events_topic("t.", "rules-2") == "t.enforcement.reprocess.rules-2.events.v1"
    names = [
        "t.enforcement.reprocess.b.events.v1",
        "t.enforcement.reprocess.b.candidates.v1",
        "t.enforcement.reprocess.a.events.v1",
        "u.enforcement.reprocess.c.events.v1",
    ]
    assert versions_in(names, "t.") == ["a", "b"]


@pytest.mark.parametrize("version", ["live", "LIVE", "", "///", "..", "x" * 101])
def test_a_version_that_cannot_name_topics_is_refused_with_its_fix(version: str) -> None:
    with pytest.raises(VersionError) as info:
        check_version(version)
    assert "--version" in info.value.fix


def test_no_agent_consumes_a_reprocessed_topic() -> None:
    register_all()
    consumed = set()
    for agent in app.agents.values():
        channel: Any = agent.channel
        assert getattr(channel, "pattern", None) is None, f"{agent.name} subscribes by pattern"
        consumed |= set(channel.topics)
    assert consumed, "the agents are registered"
    assert not [t for t in consumed if "enforcement.reprocess." in t]
    assert all(t.endswith(tuple(spec.name for spec in topics.ALL)) or "changelog" in t for t in consumed), (
        consumed
    )
