"""Hypothesis strategies for hostile input: feed documents, item texts and event messages.

Every strategy builds what an adversarial or careless publisher could send: control characters, markup in
titles, dates in any format, missing fields, duplicate and enormous GUIDs, amounts written in many locales,
and text aimed at Slack (`<!channel>`, `<@U123>`, forged links) or at a terminal (escape sequences).

Runs are reproducible: `fuzz()` derandomizes and keeps no example database, so CI sees the same examples
every time. Set STREAMS_FUZZ_SCALE (e.g. 20) for a longer, randomized hunt on a workstation.
"""

from __future__ import annotations

import os
from typing import Any
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from streams.records import EventMessage, EventState, Money, Source

_SCALE = float(os.environ.get("STREAMS_FUZZ_SCALE", "1"))


def fuzz(max_examples: int) -> settings:
    """Settings for one property: reproducible by default, bigger and random with STREAMS_FUZZ_SCALE > 1."""
    return settings(
        max_examples=max(1, int(max_examples * _SCALE)),
        deadline=None,
        derandomize=_SCALE <= 1,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# ---------------------------------------------------------------------------------------------------------
# Text

# Aimed at the places feed text ends up: Slack mrkdwn, a terminal, HTML, XML, URLs.
NASTY = (
    "<!channel>",
    "<!here|here>",
    "<!everyone>",
    "<@U024BE7LH>",
    "<#C024BE7LR>",
    "<!subteam^S123|@team>",
    "<https://evil.example|Your bank>",
    "<javascript:alert(1)|click>",
    "@channel",
    "&amp;&lt;&gt;",
    "&",
    "*bold* _it_ ~s~ `code` ```block```",
    "\x1b[31mred\x1b[0m",
    "\x1b]0;title\x07",
    "\r\n> quoted\n• list",
    "\u202eevil\u202c",
    "\u2028\u2029\x85",
    "\x00\x01\x7f\x9f",
    "]]>",
    "<![CDATA[x]]>",
    "<script>alert(1)</script>",
    "\ufeff",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 ﷽",
    "a" * 5000,
)

# Words of the classifier's languages (EN, FR, DE, NL, IT, ES, NO): verbs that report fines, rulings and
# appeals, authorities, courts and companies. Written here, not imported, so these tests do not depend on
# the classifier's internals.
LEXICON_WORDS = (
    "fined", "fines", "has fined", "fine of", "penalty", "imposed", "ordered to pay", "banned", "ordered",
    "injunction", "appeal", "appealed", "will appeal", "upheld", "overturned", "dismissed the appeal",
    "could face", "up to", "per day", "reprimand", "annual report", "launches", "complaint",
    "amende de", "une amende", "sanctionne", "condamné à", "met en demeure", "fait appel", "interjeté appel",
    "Bußgeld von", "ein Bußgeld", "verhängt", "untersagt", "Berufung", "legt Beschwerde ein",
    "boete van", "een boete", "legt boete op", "verbod", "hoger beroep",
    "multa di", "una multa", "sanzione di", "irrogato", "ricorso",
    "multa de", "sanción de", "multado", "recurso", "recurrirá",
    "bøtelagt", "overtredelsesgebyr", "tvangsmulkt", "anke", "anket",
    "CNIL", "ICO", "Information Commissioner's Office", "Data Protection Commission", "Datatilsynet",
    "Garante per la protezione dei dati personali", "AEPD", "Autoriteit Persoonsgegevens", "Bundeskartellamt",
    "European Commission", "FTC", "Court of Justice", "Conseil d'État", "Bundesgerichtshof", "High Court",
    "Meta", "Facebook", "Google", "Alphabet", "Amazon", "TikTok", "Northwind Social", "Litware", "Acme Corp",
)  # fmt: skip

CURRENCIES = (
    "€",
    "$",
    "£",
    "EUR",
    "USD",
    "GBP",
    "NOK",
    "SEK",
    "DKK",
    "CHF",
    "PLN",
    "kr",
    "euros",
    "Euro",
    "dollars",
)
SCALES = (
    "",
    " million",
    "m",
    " Mio.",
    " millions",
    " milliards",
    " miljoen",
    " milioni",
    " millones",
    " mrd",
    "bn",
)
DATES = (
    "12 March 2024", "2024-03-12", "12/03/2024", "03/12/2024", "12. März 2024", "le 3 juin 2025",
    "3 juni 2025", "31 febbraio 2024", "2099-01-01", "0001-01-01", "9999-12-31", "yesterday", "on Tuesday",
    "1 January 1970",
)  # fmt: skip


@st.composite
def amounts(draw: st.DrawFn) -> str:
    """An amount as locales write it (1,234,567.89 / 1.234.567,89 / 1 234 567 / 1'234'567); a currency."""
    whole = draw(st.integers(min_value=0, max_value=10**13))
    grouped = f"{whole:,}".replace(",", draw(st.sampled_from([",", ".", " ", "\u00a0", "'", ""])))
    decimals = draw(st.sampled_from(["", ".5", ",5", ".99", ",25"]))
    number = grouped + decimals
    currency = draw(st.sampled_from(CURRENCIES))
    scale = draw(st.sampled_from(SCALES))
    if draw(st.booleans()):
        return f"{currency}{number}{scale}"
    return f"{number}{scale} {currency}"


def words() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(LEXICON_WORDS),
        amounts(),
        st.sampled_from(DATES),
        st.sampled_from(NASTY),
        st.text(max_size=12),
        st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True),
    )


@st.composite
def item_texts(draw: st.DrawFn, max_words: int = 40) -> str:
    """A title or summary: lexicon words, amounts, dates and noise, joined by spaces and punctuation."""
    parts = draw(st.lists(words(), max_size=max_words))
    seps = draw(
        st.lists(st.sampled_from([" ", " ", " ", ". ", ", ", "\n", " — ", "; "]), min_size=len(parts))
    )
    return "".join(p + s for p, s in zip(parts, seps, strict=False)).strip()


def hostile_text(max_size: int = 200) -> st.SearchStrategy[str]:
    """Any text at all, biased toward what breaks escaping (no lone surrogates: they cannot be encoded)."""
    return st.one_of(
        st.text(st.characters(codec="utf-8"), max_size=max_size),
        st.sampled_from(NASTY),
        st.lists(st.sampled_from(NASTY + LEXICON_WORDS), max_size=4).map(" ".join),
    )


def xml_text(max_size: int = 80) -> st.SearchStrategy[str]:
    """Text that is legal in an XML 1.0 document (no control characters but tab and newlines)."""
    return st.text(
        st.characters(codec="utf-8", exclude_categories=["Cc"], exclude_characters="\ufffe\uffff")
        | st.sampled_from("\t\n"),
        max_size=max_size,
    )


# ---------------------------------------------------------------------------------------------------------
# Feed documents

DATE_FORMS = (
    "Mon, 16 Nov 2026 09:00:00 GMT", "Mon, 16 Nov 2026 09:00:00 +0100", "16 Nov 2026 09:00 EST",
    "2026-11-16T09:00:00Z", "2026-11-16T09:00:00.123456+05:30", "2026-11-16", "20261116T090000Z",
    "Mon, 01 Jan 0001 00:00:00 GMT", "0005-01-01T00:00:00Z", "1969-12-31T23:59:59Z",
    "Fri, 31 Dec 9999 23:59:59 -1200",
    "2026-13-45T99:99:99Z", "Montag, 16. November 2026", "yesterday", "", "   ", "<b>2026</b>",
)  # fmt: skip

SUMMARY_HTML = (
    "<p>The authority <b>fined</b> Litware €3 million.</p>",
    "<script>document.write('SCRIPTTEXT')</script>visible",
    "<style>.x{color:red} STYLETEXT</style>visible",
    '<img src="https://tracker.example/pixel.gif?u=1" width="1" height="1" alt="">',
    '<iframe src="https://ads.example/"><p>IFRAMETEXT</p></iframe>',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data link</a>',
    "<p>unclosed <div>sloppy <br> markup",
    "&lt;escaped&gt; &amp;amp; &#8217; &#x1F600; &nosuch;",
)


def _block(tag: str, text: str | None, how: str) -> str:
    if text is None:
        return ""
    if how == "cdata":
        return f"<{tag}><![CDATA[{text.replace(']]>', ']]]]><![CDATA[>')}]]></{tag}>"
    if how == "raw":  # not escaped: may well break the document, which is the point
        return f"<{tag}>{text}</{tag}>"
    return f"<{tag}>{escape(text)}</{tag}>"


@st.composite
def feed_items(draw: st.DrawFn, text: st.SearchStrategy[str]) -> dict[str, Any]:
    guid = draw(
        st.none()
        | st.sampled_from(["dup", "dup", "", " ", "https://regulator.example/1"])
        | st.text(min_size=1, max_size=20).filter(lambda s: s.isprintable())
        | st.integers(min_value=300, max_value=20_000).map(lambda n: "g" * n)
    )
    summary = draw(
        st.none()
        | text
        | st.sampled_from(SUMMARY_HTML)
        | st.lists(st.sampled_from(SUMMARY_HTML)).map("".join)
    )
    return {
        "title": draw(st.none() | text | st.sampled_from(SUMMARY_HTML)),
        "link": draw(
            st.none()
            | st.sampled_from(
                [
                    "https://regulator.example/a?utm_source=x",
                    "/relative/path",
                    "javascript:alert(1)",
                    "http://[::1",
                    "",
                ]
            )
            | text
        ),
        "guid": guid,
        "summary": summary,
        "date": draw(st.none() | st.sampled_from(DATE_FORMS) | text),
        "language": draw(st.none() | st.sampled_from(["en", "fr-FR", "de_DE", "x", "", "english", "nb-NO"])),
    }


@st.composite
def feed_documents(draw: st.DrawFn, *, well_formed: bool = False) -> tuple[bytes, int]:
    """(document bytes, number of <item>/<entry> elements) as RSS 2.0, Atom 1.0 or RSS 1.0 (RDF).

    `well_formed` keeps every text XML-legal and escaped, so a correct parser must return every item.
    """
    text = xml_text() if well_formed else hostile_text(120)
    how = "escaped" if well_formed else draw(st.sampled_from(["escaped", "escaped", "cdata", "raw"]))
    kind = draw(st.sampled_from(["rss20", "atom", "rdf"]))
    items = draw(st.lists(feed_items(text), max_size=5))
    channel_title = draw(text)
    parts: list[str] = []
    for it in items:
        date = it["date"]
        if kind == "atom":
            body = _block("title", it["title"], how) + _block("id", it["guid"], how)
            if it["link"] is not None:
                body += f'<link href="{escape(it["link"], {chr(34): "&quot;"})}"/>'
            body += _block("summary", it["summary"], how) + _block("updated", date, how)
            parts.append(f"<entry>{body}</entry>")
        else:
            body = _block("title", it["title"], how) + _block("link", it["link"], how)
            body += _block("guid" if kind == "rss20" else "dc:identifier", it["guid"], how)
            body += _block("description", it["summary"], how)
            body += _block("pubDate" if kind == "rss20" else "dc:date", date, how)
            if it["language"] is not None:
                body += _block("dc:language", it["language"], "escaped")
            parts.append(f"<item>{body}</item>")
    items_xml = "".join(parts)
    head = draw(st.sampled_from(['<?xml version="1.0" encoding="utf-8"?>', "", '<?xml version="1.0"?>\n']))
    if kind == "rss20":
        doc = (
            f'{head}<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            f"{_block('title', channel_title, how)}<link>https://regulator.example/</link>"
            f"<language>en</language>{items_xml}</channel></rss>"
        )
    elif kind == "atom":
        doc = (
            f'{head}<feed xmlns="http://www.w3.org/2005/Atom">{_block("title", channel_title, how)}'
            f"<id>urn:x</id><updated>2026-11-16T09:00:00Z</updated>{items_xml}</feed>"
        )
    else:
        doc = (
            f'{head}<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://regulator.example/">'
            f"{_block('title', channel_title, how)}<link>https://regulator.example/</link></channel>"
            f"{items_xml}</rdf:RDF>"
        )
    return doc.encode("utf-8"), len(items)


# ---------------------------------------------------------------------------------------------------------
# Event messages to render

URLS = (
    None, "https://regulator.example/decision/1", "http://news.example/a?b=1&c=<2>",
    "https://x.example/a|<!channel>",
    "javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://files.example/x",
    "//no-scheme.example",
    "https://exa mple.example/\n<@U123>", "http://[::1", "https://" + "a" * 3000 + ".example/",
)  # fmt: skip
DECIMALS = st.one_of(
    st.integers(min_value=0, max_value=10**30).map(str),
    st.decimals(min_value=0, max_value=10**15, places=2, allow_nan=False).map(str),
    st.sampled_from(["0", "1e999999999", "NaN", "-Infinity", "1_000", " 5 ", "", "9" * 5000, "abc"]),
)


@st.composite
def sources(draw: st.DrawFn) -> Source:
    return Source(
        item_id=draw(st.integers(0, 16**20 - 1).map(lambda n: f"itm_{n:020x}")),
        feed_id="fuzz",
        outlet=draw(hostile_text(100)),
        kind=draw(st.sampled_from(["regulator", "court", "news", "ngo"]) | hostile_text(20)),
        first_seen="2026-11-16T09:05:00Z",
        url=draw(st.sampled_from(URLS) | hostile_text(100)),
        title=draw(st.none() | hostile_text(300)),
        language=draw(st.none() | st.sampled_from(["en", "fr", "de"])),
    )


@st.composite
def event_messages(draw: st.DrawFn) -> EventMessage:
    """An event message as any producer on the public topic could write it, text fields hostile."""
    opt_text = st.none() | hostile_text(300)
    amount = draw(
        st.none()
        | st.builds(Money, amount=DECIMALS, currency=st.sampled_from(["EUR", "USD", "gbp", "€", ""]))
    )
    primary = draw(st.sampled_from(["fine", "ruling", "appeal"]) | hostile_text(20))
    state = EventState(
        event_id=draw(st.integers(0, 16**20 - 1).map(lambda n: f"evt_{n:020x}") | hostile_text(50)),
        case_key=draw(hostile_text(50)),
        primary=primary,
        types=draw(st.lists(st.sampled_from(["fine", "ruling", "appeal"]), max_size=3)),
        title=draw(hostile_text(1000)),
        first_seen="2026-11-16T09:05:00Z",
        last_seen="2026-11-16T09:05:00Z",
        sources=draw(st.lists(sources(), max_size=11)),
        source_count=draw(st.integers(min_value=0, max_value=10**6)),
        classifier_version="fuzz",
        authority_id=draw(opt_text),
        authority_name=draw(opt_text),
        court_id=draw(opt_text),
        court_name=draw(opt_text),
        companies=draw(st.lists(hostile_text(100), max_size=8)),
        jurisdiction=draw(st.none() | st.sampled_from(["FR", "UK", "EU"]) | hostile_text(10)),
        amount=amount,
        periodic=draw(st.none() | st.sampled_from(["day"]) | hostile_text(20)),
        cap=draw(st.booleans()),
        amount_eur=draw(st.none() | DECIMALS),
        decision_date=draw(st.none() | st.sampled_from(["2026-11-16"]) | hostile_text(20)),
        confirmed_by_authority=draw(st.booleans()),
        evidence=draw(st.lists(hostile_text(200), max_size=3)),
    )
    kind = draw(st.sampled_from(["new", "update"]))
    changes = draw(
        st.lists(
            st.sampled_from(["new_source", "amount_revised", "appeal_linked", "decision_date"])
            | hostile_text(40),
            max_size=4,
        )
    )
    return EventMessage(
        kind=kind,
        event_id=state.event_id,
        revision=draw(st.integers(min_value=0, max_value=10**9)),
        emitted_at="2026-11-16T09:05:01Z",
        event=state,
        changes=changes,
    )
