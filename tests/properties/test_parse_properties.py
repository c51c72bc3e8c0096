"""Parsing hostile bytes: a feed of clean items, or a typed `ParseError`; never anything else.

And what parsing hands on is always a valid wire record: every `RawItem` built from any document passes
the raw-items schema and survives `dumps()` -> `decode()` unchanged, with ids that do not depend on the run.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import example, given
from hypothesis import strategies as st

from streams.config.feeds import FeedConfig
from streams.ingest.errors import ParseError
from streams.ingest.items import select_new_items
from streams.ingest.parse import ParsedFeed, parse_feed
from streams.ingest.state import initial_state
from streams.records import FeedState, RawItem
from streams.wire import decode
from tests.properties.strategies import feed_documents, fuzz

URL = "https://regulator.example/feed.xml"
NOW = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)
ISO_UTC = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
FEED = FeedConfig(
    id="fuzz-feed",
    name="Fuzz <!channel> Regulator",
    url=URL,
    language="en",
    kind="regulator",
    jurisdiction="FR",
    interval_s=900.0,
    enabled=True,
    user_agent=None,
)
# Text of <script>, <style> and <iframe> content in strategies.SUMMARY_HTML: never visible prose.
HIDDEN = ("SCRIPTTEXT", "STYLETEXT", "IFRAMETEXT")


def parse_or_typed_error(body: bytes) -> ParsedFeed | None:
    try:
        return parse_feed(body, url=URL)
    except ParseError as exc:
        assert exc.code and not exc.retriable
        return None


def assert_clean(feed: ParsedFeed) -> None:
    for item in feed.items:
        assert item.published is None or ISO_UTC.match(item.published), item.published
        assert item.title is None or (item.title and item.title == item.title.strip())
        assert isinstance(item.summary, str) and isinstance(item.summary_html, str)
        assert not any(hidden in item.summary for hidden in HIDDEN), item.summary
        assert item.language is None or re.fullmatch(r"[a-z]{2,3}", item.language)


@fuzz(150)
@given(st.binary(max_size=3000))
@example(b"\xef\xbb\xbf\xff\xfe<rss")
@example(b"<?xml version='1.0' encoding='bogus-8'?><rss version='2.0'><channel><item/></channel></rss>")
def test_any_bytes_become_a_feed_or_a_typed_error(body: bytes) -> None:
    feed = parse_or_typed_error(body)
    if feed is not None:
        assert_clean(feed)


@fuzz(80)
@given(feed_documents())
def test_hostile_documents_become_clean_items_or_a_typed_error(doc: tuple[bytes, int]) -> None:
    feed = parse_or_typed_error(doc[0])
    if feed is not None:
        assert_clean(feed)


@fuzz(40)
@given(feed_documents(well_formed=True))
def test_a_well_formed_document_keeps_every_item(doc: tuple[bytes, int]) -> None:
    body, count = doc
    feed = parse_feed(body, url=URL)
    assert len(feed.items) == count
    assert_clean(feed)


@fuzz(60)
@given(feed_documents())
def test_every_item_built_from_any_document_is_a_valid_raw_item(doc: tuple[bytes, int]) -> None:
    feed = parse_or_typed_error(doc[0])
    if feed is None:
        return
    state, items = select_new_items(FEED, feed, initial_state(FEED), NOW)
    for item in items:
        assert decode(RawItem, item.dumps()) == item
    assert decode(FeedState, state.dumps()) == state
    # Deterministic ids: the same document polled by another worker names its items the same way.
    _, again = select_new_items(FEED, parse_feed(doc[0], url=URL), initial_state(FEED), NOW)
    assert [i.item_id for i in again] == [i.item_id for i in items]
    assert len({i.item_id for i in items}) == len(items), "one document never emits an item twice"


def test_dates_before_year_1000_are_unreadable_not_malformed_times() -> None:
    """Found by the properties above: strftime writes year 5 as "5-01-01T...", which is no ISO time and
    made `select_new_items` raise ValueError, stopping the poll agent's whole batch."""
    body = (
        b'<rss version="2.0"><channel><title>t</title><item><title>x</title><guid>g</guid>'
        b"<pubDate>0005-01-01T00:00:00Z</pubDate></item></channel></rss>"
    )
    [item] = parse_feed(body, url=URL).items
    assert item.published is None
    _, [raw] = select_new_items(FEED, parse_feed(body, url=URL), initial_state(FEED), NOW)
    assert raw.published == "2026-11-16T12:00:00Z", "an unreadable date falls back to first seen"
