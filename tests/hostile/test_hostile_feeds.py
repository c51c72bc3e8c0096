"""The hostile feed corpus (tests/fixtures/hostile/) served over real HTTP through fetch -> parse -> items.

Every document ends as a typed refusal recorded in the feed's state, or as clean items: no script or style
text in a summary, no `javascript:` link, no expanded external entity, text decoded the way its publisher
meant. Sizes are bounded by refusal codes, not timings. And one hostile feed never stops the others: a
good feed polled in the same batch still delivers its items.
"""

from __future__ import annotations

import asyncio
import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from streams.config.feeds import FeedConfig
from streams.ingest.fetch import HostLimiter
from streams.ingest.parse import parse_feed
from streams.ingest.poller import PollOutcome, poll_once
from streams.ingest.state import initial_state
from streams.records import RawItem
from streams.wire import decode
from tests.ingest.conftest import NOW, client, make_feed, rss
from tests.servers.feed_server import FeedServer

HOSTILE = Path(__file__).parents[1] / "fixtures" / "hostile"
TITLE_DE = "Datenschutzbehörde verhängt Bußgeld gegen Litware"
SUMMARY_DE = "Ein Bußgeld von 50.000 € wurde verhängt."
MIB = 1024 * 1024


def hostile(name: str, dtd_url: str = "") -> bytes:
    return (HOSTILE / name).read_bytes().replace(b"{{DTD_URL}}", dtd_url.encode())


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as srv:
        srv.set_feed("/evil.dtd", hostile("evil.dtd"), content_type="application/xml-dtd")
        srv.set_feed(
            "/good.xml", rss([("g1", "https://regulator.example/1", "CNIL fines Litware", "EUR 1m")])
        )
        yield srv


async def poll(server: FeedServer, path: str, **feed: Any) -> PollOutcome:
    config = make_feed(server.url(path), feed_id=path.strip("/").replace(".", "-") or "root", **feed)
    async with client(read_timeout_s=5.0) as c:
        return await poll_once(c, config, initial_state(config), now=NOW, limiter=HostLimiter())


def error_code(outcome: PollOutcome) -> str | None:
    """The stable code of a fetch or parse failure (`FetchError.code`, `ParseError.code`)."""
    return getattr(outcome.error, "code", None)


def assert_valid_records(outcome: PollOutcome) -> None:
    for item in outcome.items:
        assert decode(RawItem, item.dumps()) == item


@pytest.mark.parametrize(
    "name, code",
    [
        ("billion_laughs_one_line.xml", "entities"),
        ("quadratic_blowup.xml", "entities"),
        ("xxe_local_file.xml", "entities"),
        ("xxe_parameter_entity.xml", "entities"),
        ("deeply_nested.xml", "too_deep"),
    ],
)
async def test_hostile_documents_are_refused_with_a_typed_error_and_recorded(
    server: FeedServer, name: str, code: str
) -> None:
    server.set_feed("/feed.xml", hostile(name, server.url("/evil.dtd")))
    outcome = await poll(server, "/feed.xml")
    assert error_code(outcome) == code and outcome.error is not None and not outcome.error.retriable
    assert outcome.items == [] and outcome.state.failures == 1 and outcome.state.last_error
    assert server.requests_for("/evil.dtd") == [], "no external entity or DTD is ever fetched"


async def test_an_external_dtd_is_never_fetched_and_its_entities_never_expand(server: FeedServer) -> None:
    server.set_feed("/dtd.xml", hostile("external_dtd.xml", server.url("/evil.dtd")))
    outcome = await poll(server, "/dtd.xml")
    assert outcome.error is None and [i.guid for i in outcome.items] == ["dtd-1"]
    assert "EXTERNAL-ENTITY-EXPANDED" not in (outcome.items[0].title or "")
    assert server.requests_for("/evil.dtd") == []


@pytest.mark.parametrize(
    "name, content_type",
    [
        ("latin1_declared_served_as_utf8.xml", "application/rss+xml; charset=utf-8"),
        ("utf8_declared_latin1.xml", "application/rss+xml"),
        ("utf8_declared_latin1.xml", "text/xml; charset=iso-8859-1"),
        ("bom_utf8_declared_utf16.xml", "application/rss+xml"),
        ("bom_utf16_declared_utf8.xml", "application/rss+xml; charset=utf-8"),
    ],
)
async def test_wrongly_declared_encodings_are_read_as_the_publisher_meant(
    server: FeedServer, name: str, content_type: str
) -> None:
    server.set_feed("/enc.xml", hostile(name), content_type=content_type)
    outcome = await poll(server, "/enc.xml")
    assert outcome.error is None
    [item] = outcome.items
    assert (item.title, item.summary) == (TITLE_DE, SUMMARY_DE)
    assert_valid_records(outcome)


async def test_invalid_utf8_bytes_spoil_only_themselves(server: FeedServer) -> None:
    server.set_feed("/bad-utf8.xml", hostile("invalid_utf8.xml"))
    outcome = await poll(server, "/bad-utf8.xml")
    [item] = outcome.items
    assert item.title == TITLE_DE, "one bad byte must not turn every ö of the document into Ã¶"
    assert item.summary == "Ein Bu\ufffd\ufffdgeld von 50.000 € wurde verhängt."
    assert any("U+FFFD" in w for w in outcome.warnings)
    assert_valid_records(outcome)


async def test_html_summaries_keep_prose_and_drop_scripts_styles_pixels_frames_and_hostile_links(
    server: FeedServer,
) -> None:
    server.set_feed("/html.xml", hostile("html_summaries.xml"))
    outcome = await poll(server, "/html.xml", kind="news", jurisdiction=None)
    assert outcome.error is None
    items = {i.guid: i for i in outcome.items}
    assert len(items) == 8
    for item in items.values():
        text = f"{item.title} {item.summary}"
        hidden = re.findall(
            r"\b[A-Z]+-[A-Z-]+\b", text
        )  # the corpus marks hidden text SCRIPT-TEXT, PIXEL-TWO...
        assert not hidden, f"{item.guid}: {hidden} from a script, style, frame, comment or attribute"
        assert "<" not in item.summary and "javascript:" not in text and "data:" not in text
        assert item.url is None or item.url.startswith("https://news.example/")
    assert items["html-script"].summary == "The regulator fined Litware. End."
    assert items["html-cdata-script"].summary == "Visible CDATA prose."
    assert items["html-pixel"].summary == "Visible pixel prose."
    assert items["html-iframe"].summary == "Visible embed prose."
    assert items["html-links"].summary == "click here data link Visible link prose."
    assert items["html-links"].url is None and items["html-broken"].url is None, "javascript: and data: links"
    assert items["html-broken"].summary.startswith("Visible broken prose unclosed tags")
    assert items["html-marked-section"].summary == "Visible marked prose.", (
        "malformed <![ ]> made parse crash"
    )
    assert_valid_records(outcome)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
async def test_utf16_documents_get_the_same_refusals(server: FeedServer, encoding: str) -> None:
    """Found while building this corpus: the nesting and item counts scanned raw bytes for ASCII markup, so
    the same documents in UTF-16 went straight to feedparser (100 000 nested elements: seconds of CPU)."""
    head = '<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel>'
    deep = (
        head
        + "<item><description>"
        + "<a>" * 50_000
        + "</a>" * 50_000
        + "</description></item></channel></rss>"
    )
    flood = head + "<item><title>t</title></item>" * 2001 + "</channel></rss>"
    for path, doc, code in [("/deep16.xml", deep, "too_deep"), ("/flood16.xml", flood, "too_many_items")]:
        server.set_feed(path, doc.encode(encoding), content_type="application/rss+xml")
        outcome = await poll(server, path)
        assert error_code(outcome) == code, (path, outcome.error)


@functools.cache
def fifty_megabytes() -> bytes:
    """A 50 MB RSS document: one item whose description goes on and on."""
    head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>big</title><item><description>'
    tail = b"</description></item></channel></rss>"
    return head + b"A" * (50 * MIB - len(head) - len(tail)) + tail


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
async def test_a_50_megabyte_body_is_refused_at_the_size_limit(server: FeedServer, framing: str) -> None:
    server.set_feed("/huge.xml", fifty_megabytes())
    server.set_behaviour("/huge.xml", chunked=framing == "chunked")
    outcome = await poll(server, "/huge.xml")
    assert error_code(outcome) == "too_large", outcome.error
    assert outcome.items == [] and outcome.fetch.body is None, "nothing past the limit is kept"


async def test_100_000_nested_elements_are_refused_before_any_xml_parser_runs(server: FeedServer) -> None:
    deep = b'<rss version="2.0"><channel><item><description>' + b"<a>" * 100_000 + b"</a>" * 100_000
    server.set_feed("/deep.xml", deep + b"</description></item></channel></rss>")
    outcome = await poll(server, "/deep.xml")
    assert error_code(outcome) == "too_deep"


async def test_one_batch_with_every_hostile_feed_still_delivers_the_good_one(server: FeedServer) -> None:
    """As the poll agent does: the due feeds of a batch are polled concurrently, each outcome on its own."""
    paths = ["/good.xml"]
    for doc in sorted(HOSTILE.glob("*.xml")):
        server.set_feed(f"/{doc.name}", hostile(doc.name, server.url("/evil.dtd")))
        paths.append(f"/{doc.name}")
    server.set_feed("/huge.xml", fifty_megabytes())
    paths += ["/huge.xml", "/missing.xml"]
    feeds: list[FeedConfig] = [make_feed(server.url(p), feed_id=f"f{i}") for i, p in enumerate(paths)]
    limiter = HostLimiter(per_host=4)
    async with client(read_timeout_s=5.0) as c:
        outcomes = await asyncio.gather(
            *(poll_once(c, f, initial_state(f), now=NOW, limiter=limiter) for f in feeds)
        )
    by_path = dict(zip(paths, outcomes, strict=True))
    good = by_path["/good.xml"]
    assert good.error is None and [i.title for i in good.items] == ["CNIL fines Litware"]
    for path, outcome in by_path.items():
        assert outcome.error is not None or outcome.items, f"{path}: refused or delivered, never silent"
        assert outcome.state.failures == (1 if outcome.error else 0), path
        assert_valid_records(outcome)
    assert error_code(by_path["/huge.xml"]) == "too_large" and error_code(by_path["/missing.xml"]) == "gone"
    assert server.requests_for("/evil.dtd") == []


def test_the_corpus_is_small_enough_to_commit() -> None:
    assert all(f.stat().st_size < 16 * 1024 for f in HOSTILE.iterdir()), "generate big bodies at test time"
    assert parse_feed(hostile("html_summaries.xml"), url="https://news.example/").items
