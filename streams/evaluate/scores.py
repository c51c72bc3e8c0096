"""Metric functions, pure: per-class and macro F1, multi-label F1, exact-match field accuracy with the
corpus comparison rules, B-cubed clustering scores, appeal-link accuracy and false-link rate."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from streams.classify.authorities import resolve

CLASSES = ("ruling", "fine", "appeal", "none")


def per_class(gold: Sequence[str], pred: Sequence[str], classes: Sequence[str] = CLASSES) -> dict[str, dict]:
    out = {}
    for c in classes:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == c and p != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[c] = {"precision": prec, "recall": rec, "f1": f1, "support": tp + fn}
    return out


def macro_f1(table: dict[str, dict]) -> float:
    present = [v["f1"] for v in table.values() if v["support"]]
    return sum(present) / len(present) if present else 0.0


def multilabel_f1(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> float:
    """Micro F1 over (item, type) pairs."""
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        gs, ps = set(g), set(p)
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def false_alert_rate(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Share of items labelled none that were predicted as an enforcement event."""
    nones = [p for g, p in zip(gold, pred, strict=True) if g == "none"]
    return sum(1 for p in nones if p != "none") / len(nones) if nones else 0.0


_SUFFIX = re.compile(
    r"(?:[\s,]+(?:inc\.?|incorporated|ltd\.?|limited|llc|plc|s\.?a\.?|s\.?à\.?\s?r\.?l\.?|sarl|s\.?p\.?a\.?|"
    r"gmbh|ag|b\.?v\.?|n\.?v\.?|corp\.?|corporation|co\.?|ireland|group|holdings?|technologies|platforms))+$",
    re.IGNORECASE,
)


def company_key(name: str) -> str:
    return _SUFFIX.sub("", name.strip()).strip(" ,.").lower()


def same_company(label: Any, pred: Sequence[str] | str | None) -> bool:
    if isinstance(pred, str):
        pred = [pred]
    pset = {company_key(p) for p in (pred or []) if p}
    if label is None or label == [] or label == "":
        return not pset
    lset = {company_key(x) for x in (label if isinstance(label, list) else [label])}
    return lset == pset


def same_authority(label: str | None, pred: str | None) -> bool:
    if label is None and pred is None:
        return True
    if label is None or pred is None:
        return False
    a, b = resolve(label), resolve(pred)
    return a is not None and b is not None and a.id == b.id


def same_amount(label_amount: Any, label_currency: Any, amount: str | None, currency: str | None) -> bool:
    if label_amount is None and amount is None:
        return label_currency == currency or label_currency is None
    if label_amount is None or amount is None:
        return False
    try:
        a, b = Decimal(str(label_amount)), Decimal(str(amount))
    except InvalidOperation:
        return False
    if label_currency != currency:
        return False
    if a == 0:
        return b == 0
    return abs(a - b) <= abs(a) * Decimal("0.001")


def bcubed(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    """B-cubed precision, recall, F1 of predicted clusters `pred` against gold clusters `gold`."""
    n = len(gold)
    if n == 0:
        return 0.0, 0.0, 0.0
    by_gold: dict[str, set[int]] = defaultdict(set)
    by_pred: dict[str, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
        by_gold[g].add(i)
        by_pred[p].add(i)
    prec = rec = 0.0
    for i in range(n):
        same = by_gold[gold[i]] & by_pred[pred[i]]
        prec += len(same) / len(by_pred[pred[i]])
        rec += len(same) / len(by_gold[gold[i]])
    prec, rec = prec / n, rec / n
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1


def link_scores(
    rows: Sequence[dict[str, Any]],
) -> tuple[float | None, float | None]:
    """rows: {label_primary, label_related, label_event, pred_event, pred_related}.

    appeal_link_accuracy over rows labelled appeal with a related event: right when the predicted linked event
    is a cluster whose items mostly carry that labelled event id. false_link_rate: share of rows labelled with
    no related event that were linked anyway."""
    members: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r["pred_event"] and r["label_event"]:
            members[r["pred_event"]][r["label_event"]] += 1
    appeal_rows = [r for r in rows if r["label_primary"] == "appeal" and r["label_related"]]
    right = 0
    for r in appeal_rows:
        target = r["pred_related"]
        if target and members.get(target):
            top, count = members[target].most_common(1)[0]
            if top == r["label_related"] and count * 2 > sum(members[target].values()):
                right += 1
    unlinked = [r for r in rows if not r["label_related"]]
    false = sum(1 for r in unlinked if r["pred_related"])
    acc = right / len(appeal_rows) if appeal_rows else None
    rate = false / len(unlinked) if unlinked else None
    return acc, rate
