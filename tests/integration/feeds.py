"""Feed documents the integration tests serve: written for these tests, shaped like a regulator's RSS."""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape


@dataclass(frozen=True)
class Item:
    guid: str
    title: str
    description: str
    pub_date: str = "Mon, 16 Nov 2026 09:00:00 GMT"

    def xml(self) -> str:
        return (
            f"<item><title>{escape(self.title)}</title>"
            f"<link>https://example.org/news/{escape(self.guid)}</link>"
            f'<guid isPermaLink="false">{escape(self.guid)}</guid>'
            f"<pubDate>{self.pub_date}</pubDate>"
            f"<description>{escape(self.description)}</description></item>"
        )


def rss(*items: Item, title: str = "Data Protection Authority - News", language: str = "en") -> bytes:
    body = "".join(item.xml() for item in items)
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>https://example.org/news</link>"
        f"<description>Decisions and news</description><language>{language}</language>{body}</channel></rss>"
    ).encode()


OLD_NEWS = Item(
    "dpa-2026-001",
    "Authority publishes its annual report",
    "The authority published its annual report with statistics on complaints handled.",
    "Mon, 02 Nov 2026 09:00:00 GMT",
)
FINE = Item(
    "dpa-2026-014",
    "Data protection authority fines Litware Cloud €3 million for unlawful tracking",
    "The Commission nationale de l'informatique et des libertés (CNIL) imposed a fine of €3 million on "
    "Litware Cloud for placing advertising cookies without consent.",
)
SECOND_FINE = Item(
    "dpa-2026-015",
    "CNIL fines Fabrikam Retail €800,000 over employee surveillance",
    "The CNIL imposed a fine of 800,000 euros on Fabrikam Retail for excessive video surveillance of staff.",
    "Tue, 17 Nov 2026 09:00:00 GMT",
)
