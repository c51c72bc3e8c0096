"""Run classify+extract and deduplication in-process over a corpus, write predictions, score them.

Items are fed in publication order (see `corpus.publication_order`: an undated item is placed right after
the dated item that precedes it in the file). Items predicted `none` are not sent to deduplication and get
event_id null. `now` for the dedup engine is the item's published date (or the last one seen).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from streams.classify import analyse
from streams.classify.analysis import Analysis
from streams.classify.candidate import to_candidate
from streams.evaluate import scores
from streams.evaluate.corpus import Item, load, publication_order
from streams.ids import item_id, slug
from streams.records import RawItem

_AUTHORITY_SOURCES = (
    "cnil",
    "commission",
    "ico.org",
    "data protection",
    "datatilsynet",
    "garante",
    "aepd",
    "autoriteit",
    "edpb",
    "ftc.gov",
    "sec.gov",
    "newsroom",
)


def _source_kind(item: Item) -> str:
    s = (item.source + " " + (item.url or "")).lower()
    return "regulator" if any(k in s for k in _AUTHORITY_SOURCES) and "blog" not in s else "news"


def _raw(item: Item, now: str) -> RawItem:
    feed = slug(item.source) or "unknown"
    return RawItem(
        item_id=item_id(feed, item.url or item.id),
        feed_id=feed,
        source=item.source,
        source_kind=_source_kind(item),
        url=item.url,
        title=item.title,
        summary=item.summary,
        first_seen=now,
        published=item.published,
        language=item.language,
    )


def _prediction(item: Item, a: Analysis, event_id: str | None, related: str | None) -> dict[str, Any]:
    return {
        "id": item.id,
        "types": list(a.types),
        "primary": a.primary,
        "regulator": a.authority_name,
        "court": a.court_name,
        "company": (a.companies[0] if len(a.companies) == 1 else list(a.companies) or None),
        "jurisdiction": a.jurisdiction,
        "amount": a.amount,
        "currency": a.currency,
        "periodic": a.periodic,
        "amount_eur": a.amount_eur,
        "decision_date": a.decision_date,
        "event_id": event_id,
        "related_event_id": related,
        "evidence": list(a.evidence),
    }


def predict(items: list[Item]) -> list[dict[str, Any]]:
    """Predictions in the corpus file order (processing happens in publication order)."""
    from streams.dedup.engine import DedupEngine

    engine = DedupEngine()
    by_id: dict[str, dict[str, Any]] = {}
    last = "1970-01-01"
    for item in publication_order(items):
        if item.published:
            last = item.published
        now = f"{last[:10]}T00:00:00Z"
        a = analyse(
            item.title, item.summary, language=item.language, published=item.published, source=item.source
        )
        event_id = related = None
        if a.primary != "none":
            raw = _raw(item, now)
            outcome = engine.observe(to_candidate(raw, a), now)
            if outcome.event is not None:
                event_id = outcome.event.event_id
                related = outcome.event.related_event_id
        by_id[item.id] = _prediction(item, a, event_id, related)
    return [by_id[it.id] for it in items]


def score(items: list[Item], preds: list[dict[str, Any]]) -> dict[str, Any]:
    labelled = [(it, p) for it, p in zip(items, preds, strict=True) if it.labels]
    gold_primary = [it.labels["primary"] for it, _ in labelled if it.labels]
    pred_primary = [p["primary"] for _, p in labelled]
    table = scores.per_class(gold_primary, pred_primary)
    n = len(labelled) or 1

    def acc(ok: list[bool]) -> float:
        return sum(ok) / len(ok) if ok else 0.0

    lab = [(it.labels or {}, p) for it, p in labelled]
    enforcement = [(it, p) for it, p in labelled if it.labels and it.labels.get("primary") != "none"]
    gold_clusters = [str(it.event_id) for it, _ in enforcement]
    pred_clusters = [p["event_id"] or f"single:{it.id}" for it, p in enforcement]
    bp, br, bf = scores.bcubed(gold_clusters, pred_clusters)
    rows = [
        {
            "label_primary": (it.labels or {}).get("primary"),
            "label_related": it.related_event_id,
            "label_event": it.event_id,
            "pred_event": p["event_id"],
            "pred_related": p["related_event_id"],
        }
        for it, p in labelled
    ]
    link_acc, false_link = scores.link_scores(rows)
    return {
        "items": len(items),
        "labelled": len(labelled),
        "type_macro_f1": scores.macro_f1(table),
        "type_per_class": {k: {m: v[m] for m in ("precision", "recall", "f1")} for k, v in table.items()},
        "types_multilabel_f1": scores.multilabel_f1(
            [lb.get("types", []) for lb, _ in lab], [p["types"] for _, p in lab]
        ),
        "none_false_alert_rate": scores.false_alert_rate(gold_primary, pred_primary),
        "amount_currency_accuracy": acc(
            [
                scores.same_amount(lb.get("amount"), lb.get("currency"), p["amount"], p["currency"])
                for lb, p in lab
            ]
        ),
        "periodic_accuracy": acc([lb.get("periodic") == p["periodic"] for lb, p in lab]),
        "company_accuracy": acc([scores.same_company(lb.get("company"), p["company"]) for lb, p in lab]),
        "jurisdiction_accuracy": acc([lb.get("jurisdiction") == p["jurisdiction"] for lb, p in lab]),
        "regulator_accuracy": acc(
            [scores.same_authority(lb.get("regulator"), p["regulator"]) for lb, p in lab]
        ),
        "court_accuracy": acc([scores.same_authority(lb.get("court"), p["court"]) for lb, p in lab]),
        "dedup_bcubed_precision": bp,
        "dedup_bcubed_recall": br,
        "dedup_bcubed_f1": bf,
        "appeal_link_accuracy": link_acc,
        "false_link_rate": false_link,
        "_n": n,
    }


def run_eval(corpus: Path, predictions: Path | None = None) -> dict[str, Any]:
    """Classify, extract and deduplicate every corpus item; write predictions; score when labelled."""
    items = load(Path(corpus))
    preds = predict(items)
    if predictions is not None:
        with Path(predictions).open("w", encoding="utf-8") as fh:
            for p in preds:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
    if not any(it.labels for it in items):
        return {"items": len(items)}
    result = score(items, preds)
    result.pop("_n", None)
    return result
