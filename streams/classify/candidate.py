"""Map an `Analysis` onto the `Candidate` wire record."""

from __future__ import annotations

from collections.abc import Callable

from streams.classify.analysis import Analysis
from streams.classify.extract import analyse
from streams.ids import case_key
from streams.records import AmountMention, Candidate, Money, RawItem

TEXT_LIMIT = 2000


# analyse(title, summary, *, language, published, source, source_kind, feed_jurisdiction) -> Analysis
Analyse = Callable[..., Analysis]


def classify_raw(raw: RawItem, analyse: Analyse = analyse) -> Candidate | None:
    """The classify step of the pipeline: None when the item reports no enforcement event. The live agent
    and reprocessing both run it (reprocessing may pass another `analyse`)."""
    analysis = analyse(
        raw.title,
        raw.summary,
        language=raw.language,
        published=raw.published,
        source=raw.source,
        source_kind=raw.source_kind,
        feed_jurisdiction=raw.jurisdiction,
    )
    if analysis.primary == "none":
        return None
    return to_candidate(raw, analysis)


def to_candidate(raw: RawItem, analysis: Analysis) -> Candidate:
    text = ((raw.title + "\n") if raw.title else "") + (raw.summary or "")
    return Candidate(
        item_id=raw.item_id,
        case_key=case_key(list(analysis.companies), analysis.authority_id),
        feed_id=raw.feed_id,
        source=raw.source,
        source_kind=raw.source_kind,
        url=raw.url,
        title=raw.title,
        text=text[:TEXT_LIMIT],
        first_seen=raw.first_seen,
        classifier_version=analysis.classifier_version,
        primary=analysis.primary,
        types=list(analysis.types),
        confidence=analysis.confidence,
        evidence=list(analysis.evidence),
        published=raw.published,
        language=analysis.language,
        authority_id=analysis.authority_id,
        authority_name=analysis.authority_name,
        court_id=analysis.court_id,
        court_name=analysis.court_name,
        companies=list(analysis.companies),
        jurisdiction=analysis.jurisdiction,
        amount=Money(amount=analysis.amount, currency=analysis.currency)
        if analysis.amount and analysis.currency
        else None,
        periodic=analysis.periodic,
        cap=analysis.cap,
        amount_eur=analysis.amount_eur,
        other_amounts=[
            AmountMention(amount=a, currency=c, note=n) for a, c, n in analysis.other_amounts if c
        ],
        decision_date=analysis.decision_date,
        backfill=raw.backfill,
        revision=raw.revision,
    )
