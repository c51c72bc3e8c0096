"""parse_feed on fixture documents: formats, clean text, dates, encodings, malformed and hostile input."""

from __future__ import annotations

import re

import pytest

from streams.ingest.errors import ParseError
from streams.ingest.htmltext import html_to_text
from streams.ingest.parse import (
    MAX_AUTHOR_CHARS,
    MAX_DEPTH,
    MAX_ITEMS,
    cut_long_authors,
    max_depth,
    parse_feed,
    parse_in_thread,
)
from tests.ingest.conftest import fixture_bytes, rss

URL = "https://regulator.example/feed.xml"


def test_rss20_with_html_descriptions_becomes_clean_text() -> None:
    feed = parse_feed(fixture_bytes("cnil_rss20.xml"), url=URL, content_type="application/rss+xml")
    assert feed.version == "rss20" and feed.language == "fr" and feed.warnings == []
    first = feed.items[0]
    assert first.guid == "cnil-node-14523"
    assert first.title == "Sanction de 5 millions d’euros à l’encontre de la société EXEMPLE SAS"
    assert first.summary.startswith(
        "Le 12 juin 2025, la formation restreinte de la CNIL a prononcé une amende"
    )
    assert "trackView" not in first.summary and "color" not in first.summary and "pixel" not in first.summary
    assert "5 000 000 euros" in first.summary  # &nbsp; decoded, whitespace collapsed
    assert "<script>" in first.summary_html  # the original is kept (cut), never rendered
    assert first.published == "2025-06-12T12:30:00Z"  # +0200 normalised to UTC
    assert feed.items[1].summary == "La présidente de la CNIL a mis en demeure cinq éditeurs."


def test_atom_resolves_relative_links_and_reads_xhtml_content() -> None:
    feed = parse_feed(fixture_bytes("ico_atom.xml"), url="https://ico.org.uk/global/rss-feeds/enforcement/")
    assert feed.version == "atom10" and feed.language == "en"
    penalty, reprimand = feed.items
    assert penalty.link == "https://ico.org.uk/action-weve-taken/enforcement/example-retail-ltd/"
    assert penalty.title == "Monetary penalty notice: Example Retail Ltd & partners"
    assert "£1.2 million" in penalty.summary
    assert penalty.published == "2025-06-10T14:00:00Z"
    assert reprimand.summary == "A reprimand was issued to North Borough Council."
    assert reprimand.published == "2025-06-02T09:30:00Z"  # updated, when there is no published


def test_rss10_and_rss091_and_latin1() -> None:
    rdf = parse_feed(fixture_bytes("edpb_rss10.xml"), url=URL)
    assert rdf.version == "rss10" and rdf.items[0].published == "2025-06-05T10:00:00Z"
    old = parse_feed(fixture_bytes("ftc_rss091.xml"), url=URL)
    assert old.version.startswith("rss091") and old.items[0].published is None
    assert "Café owners — beware" in old.items[0].summary
    latin = parse_feed(fixture_bytes("latin1_rss20.xml"), url=URL, content_type="text/xml")
    assert latin.items[0].title == "Datenschutzbehörde verhängt Bußgeld"
    assert latin.items[0].guid == "de-1"  # a relative-looking GUID is not resolved against the feed URL


def test_recoverable_malformed_feed_is_kept_with_a_warning() -> None:
    feed = parse_feed(fixture_bytes("malformed_recoverable.xml"), url=URL)
    assert len(feed.items) == 2 and feed.warnings and "malformed" in feed.warnings[0]
    assert feed.items[0].title == "Watchdog fines Example Corp & friends"


@pytest.mark.parametrize("name, code", [("not_a_feed.html", "not_a_feed"), ("garbage.bin", "malformed")])
def test_unrecoverable_documents_raise_a_typed_error(name: str, code: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_feed(fixture_bytes(name), url=URL)
    assert caught.value.code == code and not caught.value.retriable


def test_entity_expansion_bombs_are_refused_in_any_layout() -> None:
    bomb = fixture_bytes("billion_laughs.xml")
    for variant in (bomb, bomb.replace(b"\n", b""), bomb.decode().encode("utf-16")):
        with pytest.raises(ParseError) as caught:
            parse_feed(variant, url=URL)
        assert caught.value.code == "entities"  # refused before feedparser expands anything


def test_deep_nesting_is_refused_quickly_but_sloppy_html_is_not() -> None:
    deep = b'<rss version="2.0"><channel><item><description>' + b"<a>" * 100_000 + b"</a>" * 100_000
    deep += b"</description></item></channel></rss>"
    with pytest.raises(ParseError) as caught:
        parse_feed(deep, url=URL)
    assert caught.value.code == "too_deep"  # refused by the pre-scan, before any XML parser runs
    # 300 items each with unclosed <p> and <br> in raw (non-CDATA) markup: sloppy, not deep.
    sloppy = rss([(f"g{i}", None, f"t{i}", "x") for i in range(300)]).replace(
        b"x</description>", b"<p>a<br>b</description>"
    )
    assert max_depth(sloppy, MAX_DEPTH + 1) < 10


def test_quadratic_author_regex_is_neutralised() -> None:
    body = rss([("g", None, "t", "d")]).replace(
        b"<title>t</title>", b"<title>t</title><author>a@" + b"a." * 20_000 + b"!</author>"
    )
    cut = cut_long_authors(body)
    assert len(cut) < len(body) - 30_000, "the 40 KB author field is cut before feedparser sees it"
    [author] = re.findall(rb"<author>([^<]*)</author>", cut)
    assert len(author) == MAX_AUTHOR_CHARS
    assert parse_feed(body, url=URL).items[0].title == "t"


def test_gigantic_documents_and_item_floods_are_refused() -> None:
    with pytest.raises(ParseError) as big:
        parse_feed(b"<rss>" + b" " * 2000 + b"</rss>", url=URL, max_bytes=1000)
    assert big.value.code == "too_large"
    flood = rss([(f"g{i}", None, "t", "d") for i in range(MAX_ITEMS + 1)])
    with pytest.raises(ParseError) as many:
        parse_feed(flood, url=URL)
    assert many.value.code == "too_many_items"


async def test_parse_in_thread_gives_the_same_result() -> None:
    body = fixture_bytes("cnil_rss20.xml")
    assert await parse_in_thread(body, url=URL) == parse_feed(body, url=URL)


def test_html_to_text() -> None:
    assert (
        html_to_text("<p>Fine of &euro;5&nbsp;m</p><p>Appeal&#8217;s  next</p>")
        == "Fine of €5 m Appeal’s next"
    )
    assert html_to_text('<div>a<script>alert("<p>x</p>")</script>b</div>') == "a b"
    assert html_to_text("<noscript><img src=x></noscript>kept<svg><text>no</text></svg>") == "kept"
    assert html_to_text("line<br/>break<img src='pixel.gif' width=1 height=1>") == "line break"
    assert html_to_text(None) == "" and html_to_text("  plain \n text ") == "plain text"
    assert html_to_text("word " * 10, max_chars=12).endswith("…")
