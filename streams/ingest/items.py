"""Which items of a parsed feed are new: the feed's memory of what it has already emitted.

Pure: state in, (new state, RawItems) out. Rules:
- an item not seen before is emitted (revision 0);
- an item seen with the same content hash is not emitted again, even when it is re-published or comes back
  after dropping out of the feed (as long as it is still remembered);
- an item seen with a different content hash was edited in place: emitted again as revision + 1;
- everything on the first successful poll of a feed is emitted with `backfill=True` (recorded, never
  alerted), so adding a feed never floods the alerts with its archive — unless the feed says
  `backfill: false`;
- duplicates inside one document are emitted once;
- GUID churn: when most remembered links come back under GUIDs never seen, the feed is marked
  `guid_churn` (for good) and identified by link from then on.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from streams.clock import iso, parse_iso
from streams.config.feeds import FeedConfig
from streams.ingest.identity import content_hash, item_id_for, link_id_for
from streams.ingest.parse import ParsedFeed, ParsedItem
from streams.records import FeedState, RawItem, SeenItem

SEEN_LIMIT = 500
MIN_CHURN_SAMPLE = 2  # remembered links needed before GUID churn is declared
FUTURE_TOLERANCE = timedelta(days=1)  # a date further ahead is a publisher's bug: use first-seen time


def select_new_items(
    feed: FeedConfig, parsed: ParsedFeed, state: FeedState, now: datetime
) -> tuple[FeedState, list[RawItem]]:
    """The items to emit (oldest first) and the state that remembers them."""
    by_id = {s.item_id: s for s in state.seen}
    by_link = {s.link_id: s for s in state.seen if s.link_id}
    churn = state.guid_churn or _guid_churn(feed, parsed.items, by_id, by_link)
    backfill = feed.backfill and not state.polled_once
    first_seen = iso(now)

    emitted: list[RawItem] = []
    touched: dict[str, SeenItem] = {}  # item_id -> memory after this poll, in emission order
    replaced: set[str] = set()  # old item ids superseded by a churn re-identification
    newest = state.newest_item
    for item in reversed(parsed.items):  # feeds list newest first; emit oldest first
        iid = item_id_for(feed.id, item, guid_churn=churn)
        if iid in touched:
            continue  # the same item twice in one document
        lid = link_id_for(feed.id, item)
        chash = content_hash(item)
        previous = by_id.get(iid) or (by_link.get(lid) if churn and lid else None)
        if previous is not None and previous.item_id != iid:
            replaced.add(previous.item_id)
        if previous is None:
            revision = 0
        elif previous.content_hash == chash:
            touched[iid] = SeenItem(item_id=iid, content_hash=chash, revision=previous.revision, link_id=lid)
            continue
        else:
            revision = previous.revision + 1
        touched[iid] = SeenItem(item_id=iid, content_hash=chash, revision=revision, link_id=lid)
        published = _published(item, now)
        if item.published and published == item.published and (newest is None or item.published > newest):
            newest = item.published
        emitted.append(_raw_item(feed, item, iid, chash, revision, backfill, first_seen, published))

    kept = [s for s in state.seen if s.item_id not in touched and s.item_id not in replaced]
    seen = (kept + list(touched.values()))[-max(SEEN_LIMIT, len(touched)) :]
    fresh = sum(1 for r in emitted if not r.backfill)
    values = state.asdict()
    values.update(
        seen=seen,
        guid_churn=churn,
        polled_once=True,
        newest_item=newest,
        items_emitted=state.items_emitted + fresh,
        first_emitted=state.first_emitted or (first_seen if fresh else None),
    )
    return FeedState(**values), emitted


def _guid_churn(
    feed: FeedConfig, items: list[ParsedItem], by_id: dict[str, SeenItem], by_link: dict[str, SeenItem]
) -> bool:
    """True when most items whose link we remember arrive under a GUID we have never seen."""
    known_links = 0
    new_guids = 0
    for item in items:
        if not item.guid:
            continue
        lid = link_id_for(feed.id, item)
        if lid is None or lid not in by_link:
            continue
        known_links += 1
        if item_id_for(feed.id, item) not in by_id:
            new_guids += 1
    return known_links >= MIN_CHURN_SAMPLE and new_guids * 2 > known_links


def _published(item: ParsedItem, now: datetime) -> str:
    if item.published and parse_iso(item.published) <= now + FUTURE_TOLERANCE:
        return item.published
    return iso(now)


def _raw_item(
    feed: FeedConfig,
    item: ParsedItem,
    iid: str,
    chash: str,
    revision: int,
    backfill: bool,
    first_seen: str,
    published: str,
) -> RawItem:
    return RawItem(
        item_id=iid,
        feed_id=feed.id,
        source=feed.name,
        source_kind=feed.kind,
        url=item.link,
        title=item.title,
        summary=item.summary,
        first_seen=first_seen,
        published=published,
        language=item.language or feed.language,
        jurisdiction=feed.jurisdiction,
        guid=item.guid,
        content_hash=chash,
        revision=revision,
        backfill=backfill,
    )
