"""Who an item is (its identity, hence `item_id`) and what it says (its content hash).

Identity is the GUID, else the canonical link, else title and date. Some feeds mint a new GUID on every
fetch while their links stay put ("GUID churn"); for those the link is the identity. The content hash
covers the title and the clean summary, so an item edited in place keeps its id and changes its hash.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from streams.ids import item_id
from streams.ingest.parse import ParsedItem

# Tracking parameters that change per channel or per recipient without changing the document.
_TRACKING = re.compile(r"^(utm_[a-z0-9_]+|fbclid|gclid|dclid|mc_cid|mc_eid|_hsenc|_hsmi)$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SPACES = re.compile(r"\s+")


def canonical_link(url: str | None) -> str | None:
    """Lower-case scheme and host, no default port, no fragment, no utm_* (or similar) parameters."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip() or None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if not host:
        return url.strip() or None
    netloc = host if port in (None, _DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    if parts.query:
        kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
        query = urlencode(kept, doseq=True)
    else:
        query = ""
    return urlunsplit((scheme, netloc, parts.path or "/", query, ""))


def identity(item: ParsedItem, *, guid_churn: bool = False) -> str:
    """The identity string `ids.item_id` hashes: GUID, else canonical link, else title and date."""
    link = canonical_link(item.link)
    if item.guid and not guid_churn:
        return item.guid
    if link:
        return link
    if item.guid:
        return item.guid  # churning feed without links: the GUID is all there is
    if item.title or item.published:
        return f"{item.title or ''}|{item.published or ''}"
    return "content:" + content_hash(item)


def item_id_for(feed_id: str, item: ParsedItem, *, guid_churn: bool = False) -> str:
    return item_id(feed_id, identity(item, guid_churn=guid_churn))


def link_id_for(feed_id: str, item: ParsedItem) -> str | None:
    """The id this item would have if identified by its link: how churned GUIDs are recognised."""
    link = canonical_link(item.link)
    return item_id(feed_id, link) if link else None


def content_hash(item: ParsedItem) -> str:
    """Hash of what the item says (title and clean summary, whitespace-normalised)."""
    title = _SPACES.sub(" ", item.title or "").strip()
    summary = _SPACES.sub(" ", item.summary or "").strip()
    return hashlib.sha256(f"{title}\x1f{summary}".encode()).hexdigest()[:32]
