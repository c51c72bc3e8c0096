"""Feed bytes -> `ParsedFeed`: RSS 0.9x/1.0/2.0 and Atom through feedparser, with hostile input refused first.

feedparser is CPU-heavy pure Python: the poll agent runs it in a thread (`parse_in_thread`).

What feedparser 6.0.14 does and does not protect against (read in its source and issue tracker):
- DTD entities: `replace_doctype` strips `<!ENTITY>` declarations that reference other entities, but
  its regexes only see declarations at the start of a line; a billion-laughs DOCTYPE written on one line
  slips past them and costs seconds of CPU in the fallback parser. We refuse any DOCTYPE that declares
  entities before feedparser sees the bytes (no real feed needs them).
- Deep nesting: feedparser's handlers are quadratic on deeply nested markup (200k nested elements in a
  description: 7 s). We refuse documents nested deeper than `MAX_DEPTH`.
- The author e-mail regex in `_sync_author_detail` backtracks quadratically (kurtmckee/feedparser#562,
  unfixed in 6.0.14: a 16 KB `<author>` costs 2 s). We cut overlong author-like fields before parsing.
- Untrusted *bytes* passed straight to `feedparser.parse` may be opened as a file name; we always pass a
  BytesIO (as its docstring advises).
- Its HTML sanitiser and relative-URI resolver dominate its run time (kurtmckee/feedparser#209); we turn
  both off: descriptions are reduced to text by `htmltext`, and the HTML we keep is never rendered.
"""

from __future__ import annotations

import asyncio
import calendar
import io
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from streams.clock import iso
from streams.ingest.encoding import repair_encoding
from streams.ingest.errors import ParseError
from streams.ingest.htmltext import cut_html, html_to_text

MAX_BODY_BYTES = 10 * 1024 * 1024
MAX_ITEMS = 2000  # more <item>s than any real feed: refuse rather than spend minutes of CPU
MAX_DEPTH = 256
MAX_HTML_CHARS = 8000  # the original description kept per item, cut
MAX_AUTHOR_CHARS = 256
MIN_YEAR = 1000  # older item dates are placeholders ("0001-01-01"), not dates

_FIRST_ELEMENT = re.compile(rb"<[A-Za-z_]")
_CDATA_OR_COMMENT = re.compile(rb"<!\[CDATA\[.*?\]\]>|<!--.*?-->", re.DOTALL)
_TAG = re.compile(rb"<(/?)([A-Za-z_][\w:.-]*)[^>]*?(/?)>")
_ITEM_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)[\s>/]")
# An author-like element (optionally namespaced, optionally CDATA) whose text runs on far too long.
_LONG_AUTHOR = re.compile(
    rb"(<(?:[A-Za-z_][\w.-]*:)?(?:author|creator|managingEditor|webMaster|publisher|contributor|name|email)"
    rb"(?:\s[^>]*)?>(?:\s*<!\[CDATA\[)?)([^<\]]{%d,})" % (MAX_AUTHOR_CHARS * 2)
)
_VOID_HTML = frozenset(
    {b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta", b"source", b"wbr"}
)


@dataclass(frozen=True, slots=True)
class ParsedItem:
    guid: str | None
    link: str | None
    title: str | None  # clean text
    summary: str  # clean text
    summary_html: str  # the original markup, cut; never render it
    published: str | None  # ISO 8601 UTC with Z; None when the item carries no readable date
    language: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    version: str  # feedparser's name: "rss20", "atom10", "rss10", ...
    title: str | None
    link: str | None
    language: str | None
    items: list[ParsedItem]
    warnings: list[str] = field(default_factory=list)  # a recovered malformed document says why here


async def parse_in_thread(
    body: bytes, *, url: str, content_type: str | None = None, max_bytes: int = MAX_BODY_BYTES
) -> ParsedFeed:
    """`parse_feed` off the event loop: feedparser is pure Python and can take 100s of ms."""
    return await asyncio.to_thread(parse_feed, body, url=url, content_type=content_type, max_bytes=max_bytes)


def cut_long_authors(body: bytes) -> bytes:
    """Author-like fields cut to MAX_AUTHOR_CHARS: feedparser's author regex is quadratic in their length."""
    return _LONG_AUTHOR.sub(lambda m: m.group(1) + m.group(2)[:MAX_AUTHOR_CHARS], body)


def parse_feed(
    body: bytes, *, url: str, content_type: str | None = None, max_bytes: int = MAX_BODY_BYTES
) -> ParsedFeed:
    """Parse one feed document. Raises `ParseError` when it is hostile or not a feed at all."""
    refuse_hostile(body, max_bytes)
    decoded = repair_encoding(cut_long_authors(body), content_type)
    # Without a Content-Type feedparser flags every document as bozo ("no Content-type specified"). No
    # Content-Location on purpose: feedparser would resolve relative GUIDs against it, so an item's identity
    # would change when the feed moves. Relative links are resolved here instead, against `url`.
    headers = {"content-type": decoded.content_type or "application/xml"}
    doc: Any = feedparser.parse(
        io.BytesIO(decoded.body), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    warnings: list[str] = [decoded.warning] if decoded.warning else []
    if doc.get("bozo"):
        reason = _reason(doc.get("bozo_exception"))
        if not doc.entries and not doc.get("version"):
            raise ParseError(
                "malformed", f"not a readable feed ({reason})", "check that the url serves RSS or Atom"
            )
        warnings.append(f"recovered from a malformed document: {reason}")
    if not doc.get("version") and not doc.entries:
        raise ParseError(
            "not_a_feed", "the document is neither RSS nor Atom", "check that the url serves a feed"
        )
    language = _language(doc.feed.get("language"))
    items = [_item(entry, language, url) for entry in doc.entries[:MAX_ITEMS]]
    return ParsedFeed(
        version=doc.get("version") or "unknown",
        title=_clean_title(doc.feed.get("title")),
        link=doc.feed.get("link"),
        language=language,
        items=items,
        warnings=warnings,
    )


def refuse_hostile(body: bytes, max_bytes: int = MAX_BODY_BYTES) -> None:
    """Raise `ParseError` for a body too big, declaring DTD entities,
    nested too deep or with too many items."""
    if len(body) > max_bytes:
        raise ParseError("too_large", f"the document has {len(body)} bytes, over the {max_bytes} byte limit")
    # The scans below look for ASCII markup bytes: a UTF-16 document is transcoded first, or its items and
    # nesting would go uncounted (100 000 nested elements in UTF-16 cost seconds of feedparser CPU).
    text = _ascii_compatible(body)
    prolog = _prolog(text)
    if b"<!DOCTYPE" in prolog.upper() and b"<!ENTITY" in prolog.upper():
        raise ParseError(
            "entities",
            "the document declares DTD entities (a possible entity-expansion bomb); refused",
            "real feeds never need <!ENTITY> declarations; ask the publisher to remove them",
        )
    items = len(_ITEM_TAG.findall(text))
    if items > MAX_ITEMS:
        raise ParseError("too_many_items", f"the document has {items} items, over the {MAX_ITEMS} limit")
    depth = max_depth(text, MAX_DEPTH + 1)
    if depth > MAX_DEPTH:
        raise ParseError("too_deep", f"elements nest deeper than {MAX_DEPTH} levels; refused as hostile")


def _ascii_compatible(body: bytes) -> bytes:
    """The document as ASCII-compatible bytes: UTF-16 (a BOM, or NULs in the first bytes) is transcoded."""
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:4]:
        encoding = "utf-16-be" if body[:2] == b"\xfe\xff" or body[:1] == b"\x00" else "utf-16-le"
        return body.decode(encoding, "ignore").encode("utf-8", "ignore")
    return body


def _prolog(text: bytes) -> bytes:
    """Everything before the root element of an ASCII-compatible document."""
    match = _FIRST_ELEMENT.search(text)
    return text[: match.start()] if match else text


def max_depth(body: bytes, stop_at: int) -> int:
    """Deepest element nesting, counted like an HTML parser: a close tag also closes unclosed inner tags.

    CDATA and comments are skipped (escaped HTML there is text) and void HTML tags never open a level, so a
    sloppy feed with unclosed <p> or <br> inside descriptions does not look deep. Stops at `stop_at`.
    """
    text = _CDATA_OR_COMMENT.sub(b"", body) if b"<!" in body else body
    stack: list[bytes] = []
    deepest = 0
    for closing, name, self_closing in _TAG.findall(text):
        if closing:
            if stack and stack[-1] == name:
                stack.pop()
            elif name in stack:
                del stack[len(stack) - 1 - stack[::-1].index(name) :]
        elif not self_closing and name.lower() not in _VOID_HTML:
            stack.append(name)
            if len(stack) > deepest:
                deepest = len(stack)
                if deepest >= stop_at:
                    return deepest
    return deepest


def _item(entry: Any, feed_language: str | None, base_url: str) -> ParsedItem:
    html = entry.get("summary") or ""
    if not html and entry.get("content"):
        html = entry["content"][0].get("value") or ""
    return ParsedItem(
        guid=(entry.get("id") or "").strip() or None,
        link=_absolute(entry.get("link"), base_url),
        title=_clean_title(entry.get("title")),
        summary=html_to_text(html),
        summary_html=cut_html(html, MAX_HTML_CHARS),
        published=_date(entry),
        language=_language(entry.get("language")) or feed_language,
    )


def _absolute(link: str | None, base_url: str) -> str | None:
    link = (link or "").strip()
    if not link:
        return None
    try:
        absolute = urljoin(base_url, link)
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return None
    # Only web links travel on: a `javascript:` or `data:` link in a feed is an attack on whoever renders it.
    return absolute if scheme in ("http", "https") else None


def _date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                # feedparser normalises every date format it knows to a UTC 9-tuple.
                moment = datetime.fromtimestamp(calendar.timegm(parsed), UTC)
            except (OverflowError, ValueError, OSError):
                continue
            # A year before 1000 is a publisher's placeholder, and `iso` would write it without its leading
            # zeros ("5-01-01T..."), which is no ISO time: treat the date as unreadable.
            if moment.year >= MIN_YEAR:
                return iso(moment)
    return None


def _clean_title(title: str | None) -> str | None:
    text = html_to_text(title, max_chars=1000) if title else ""
    return text or None


def _language(code: str | None) -> str | None:
    """Primary language subtag, lower-case: "en-US" -> "en"."""
    if not code:
        return None
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _reason(exc: object) -> str:
    if exc is None:
        return "unknown problem"
    text = str(exc).strip() or type(exc).__name__
    return text[:300]
