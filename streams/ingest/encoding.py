"""Feeds whose bytes contradict their declared encoding, read the way their publisher meant them.

feedparser trusts the declaration (HTTP charset, then the XML declaration) and, when the bytes break it,
re-reads the whole document as windows-1252. Two common publisher bugs then garble every item:
- UTF-8 bytes labelled ISO-8859-1 / windows-1252 (by the XML declaration or the HTTP header): feedparser
  decodes some elements as labelled ("BuÃŸgeld") and repairs others, so one item can mix both.
- A UTF-8 document with a few invalid bytes (a truncated copy-paste): one bad byte turns every "ö" of
  the document into "Ã¶".
Valid multi-byte UTF-8 sequences almost never occur by chance in single-byte text, so their presence is
the evidence: such a document is read as UTF-8, invalid bytes become U+FFFD, and a warning says so. A
document with a BOM, in UTF-16/32, or labelled with another encoding (Shift_JIS, KOI8-R...) is left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DECLARATION = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_UTF8 = frozenset({"utf-8", "utf8"})
# Labels whose documents are single-byte Western text: what mislabelled UTF-8 is usually labelled as.
_SINGLE_BYTE_WESTERN = frozenset(
    {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "iso-8859-15", "latin-9", "windows-1252", "cp1252",
     "us-ascii", "ascii"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Decoded:
    body: bytes
    content_type: str | None
    warning: str | None = None


def repair_encoding(body: bytes, content_type: str | None) -> Decoded:
    """`body` and the Content-Type to hand feedparser so it reads the document as its publisher meant."""
    if body[:3] == b"\xef\xbb\xbf" or body[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in body[:4]:
        return Decoded(body, content_type)  # a BOM or a wide encoding: feedparser reads those right
    labels = {label for label in (_declared(body), _served(content_type)) if label is not None}
    if not labels <= _UTF8 | _SINGLE_BYTE_WESTERN or not _NON_ASCII.search(body):
        return Decoded(body, content_type)
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        if not labels <= _UTF8 or not _MULTIBYTE.search(body):
            return Decoded(body, content_type)  # no UTF-8 in sight: leave it to feedparser's fallback
        repaired = body.decode("utf-8", "replace").encode("utf-8")
        return Decoded(repaired, _as_utf8(content_type), "invalid UTF-8 bytes replaced by U+FFFD")
    if labels <= _UTF8:
        return Decoded(body, content_type)
    label = ", ".join(sorted(labels - _UTF8))
    return Decoded(
        body, _as_utf8(content_type), f"declared as {label} but the bytes are UTF-8: read as UTF-8"
    )


def _declared(body: bytes) -> str | None:
    match = _DECLARATION.match(body[:300])
    return match.group(1).decode("ascii").lower() if match else None


def _served(content_type: str | None) -> str | None:
    match = _CHARSET.search(content_type or "")
    return match.group(1).lower() if match else None


def _as_utf8(content_type: str | None) -> str:
    """The Content-Type with charset=utf-8 (feedparser lets the HTTP charset override the declaration)."""
    media = (content_type or "application/xml").split(";")[0].strip() or "application/xml"
    return f"{media}; charset=utf-8"
