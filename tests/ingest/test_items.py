"""select_new_items and identity: new, unchanged, edited, duplicated, churned, backfilled items."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from streams.ids import item_id
from streams.ingest.identity import canonical_link, content_hash, identity
from streams.ingest.items import SEEN_LIMIT, select_new_items
from streams.ingest.parse import ParsedItem, parse_feed
from streams.ingest.state import initial_state
from streams.records import FeedState
from tests.ingest.conftest import NOW, fixture_bytes, make_feed, rss

FEED = make_feed("https://regulator.example/feed.xml", "reg", language="en", jurisdiction="FR")


def poll(body: bytes, state: FeedState, hours: int = 0) -> tuple[FeedState, list]:
    parsed = parse_feed(body, url=FEED.url)
    return select_new_items(FEED, parsed, state, NOW + timedelta(hours=hours))


def entries(n: int, start: int = 0, prefix: str = "g") -> list[tuple[str | None, str | None, str, str]]:
    return [
        (f"{prefix}{i}", f"https://regulator.example/a/{i}", f"Decision {i}", f"Body {i}")
        for i in range(start, n)
    ]


def test_first_poll_is_backfill_then_only_new_items_are_emitted() -> None:
    state, items = poll(rss(entries(3)), initial_state(FEED))
    assert [i.title for i in items] == ["Decision 2", "Decision 1", "Decision 0"]  # oldest first
    assert all(i.backfill for i in items) and state.polled_once and state.items_emitted == 0
    first = items[-1]
    assert first.item_id == item_id("reg", "g0") and first.feed_id == "reg" and first.source == "Test Feed"
    assert first.source_kind == "regulator" and first.jurisdiction == "FR" and first.language == "en"
    assert first.published == "2025-06-13T10:00:00Z" and first.first_seen == "2025-06-15T12:00:00Z"
    assert first.revision == 0 and first.content_hash == content_hash(
        parse_feed(rss(entries(1)), url=FEED.url).items[0]
    )

    state, items = poll(rss([("g9", None, "Fine", "New fine"), *entries(3)]), state, hours=1)
    assert [(i.guid, i.backfill) for i in items] == [("g9", False)]
    assert state.items_emitted == 1 and state.first_emitted == "2025-06-15T13:00:00Z"


def test_unchanged_and_republished_items_are_not_emitted_again() -> None:
    state, _ = poll(rss(entries(3)), initial_state(FEED))
    state, items = poll(rss(entries(3)), state)
    assert items == []
    state, _ = poll(rss(entries(3, start=1)), state)  # g0 drops out of the feed...
    state, items = poll(rss(entries(3)), state)  # ...and comes back unchanged
    assert items == []


def test_duplicate_items_in_one_document_are_emitted_once() -> None:
    doc = rss([("dup", None, "Same", "Same body"), ("dup", None, "Same", "Same body"), ("x", None, "X", "x")])
    _, items = poll(doc, initial_state(FEED))
    assert sorted(i.guid for i in items) == ["dup", "x"]


def test_an_item_edited_in_place_is_a_new_revision() -> None:
    state, _ = poll(rss(entries(2)), initial_state(FEED))
    edited = rss(
        [
            ("g0", "https://regulator.example/a/0", "Decision 0", "Body 0, fine raised to EUR 2m"),
            *entries(2, 1),
        ]
    )
    state, items = poll(edited, state)
    assert [(i.guid, i.revision, i.backfill) for i in items] == [("g0", 1, False)]
    assert items[0].item_id == item_id("reg", "g0")
    state, items = poll(edited, state)
    assert items == []
    _, items = poll(rss(entries(2)), state)  # edited back: another revision, not a replay of revision 0
    assert [(i.guid, i.revision) for i in items] == [("g0", 2)]


def test_guid_churn_is_detected_and_the_feed_is_identified_by_link() -> None:
    state, _ = poll(rss(entries(4, prefix="run1-")), initial_state(FEED))
    assert not state.guid_churn
    state, items = poll(rss(entries(4, prefix="run2-")), state)  # every GUID new, every link known
    assert state.guid_churn and items == []
    new = rss(
        [("run3-new", "https://regulator.example/a/new", "Fresh", "Fresh body"), *entries(4, prefix="run3-")]
    )
    state, items = poll(new, state)
    assert [i.url for i in items] == ["https://regulator.example/a/new"]
    assert items[0].item_id == item_id("reg", "https://regulator.example/a/new")
    assert len(state.seen) == 5


def test_memory_is_bounded_but_keeps_the_current_document() -> None:
    state = initial_state(FEED)
    for batch in range(4):
        state, _ = poll(rss(entries(200 * (batch + 1), start=200 * batch)), state)
    assert len(state.seen) == SEEN_LIMIT
    assert state.seen[-1].item_id == item_id("reg", "g600")  # newest last (oldest of the newest batch)


def test_dates_fall_back_to_first_seen_and_future_dates_are_distrusted() -> None:
    body = rss([("a", None, "A", "a")]).replace(b"<pubDate>Fri, 13 Jun 2025 10:00:00 GMT</pubDate>", b"")
    _, items = poll(body, initial_state(FEED))
    assert items[0].published == items[0].first_seen == "2025-06-15T12:00:00Z"
    future = rss([("b", None, "B", "b")]).replace(b"13 Jun 2025", b"13 Jun 2031")
    _, items = poll(future, initial_state(FEED))
    assert items[0].published == "2025-06-15T12:00:00Z"


def test_newest_item_tracks_the_newest_real_date() -> None:
    state, _ = poll(fixture_bytes("cnil_rss20.xml"), initial_state(FEED))
    assert state.newest_item == "2025-06-12T12:30:00Z"


def test_canonical_links_and_identity_fallbacks() -> None:
    assert (
        canonical_link("HTTPS://WWW.Example.ORG:443/a/b?utm_source=rss&id=7&utm_medium=x&fbclid=z#top")
        == "https://www.example.org/a/b?id=7"
    )
    assert canonical_link("http://example.org") == "http://example.org/"
    assert canonical_link("http://example.org:8080/x") == "http://example.org:8080/x"
    assert canonical_link(None) is None
    item = ParsedItem(
        guid=None, link=None, title="Fine", summary="", summary_html="", published="2025-06-01T00:00:00Z"
    )
    assert identity(item) == "Fine|2025-06-01T00:00:00Z"
    with_link = ParsedItem(
        guid="g",
        link="https://x.org/a?utm_campaign=c",
        title="t",
        summary="",
        summary_html="",
        published=None,
    )
    assert identity(with_link) == "g" and identity(with_link, guid_churn=True) == "https://x.org/a"


def test_a_feed_with_backfill_off_alerts_on_what_its_first_poll_finds() -> None:
    feed = replace(FEED, backfill=False)
    parsed = parse_feed(rss(entries(2)), url=feed.url)
    _, items = select_new_items(feed, parsed, initial_state(feed), NOW)
    assert len(items) == 2 and not any(i.backfill for i in items)
